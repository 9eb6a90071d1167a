"""Property-based: whatever a visitor sends in a query string or a form, the answer is never a 500."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.forms import TOKEN_SALT, AdviceCallForm, ContactForm

pytestmark = pytest.mark.django_db

# Any unicode, including control characters, emoji, quotes and very long values.
nasty_text = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "' OR 1=1 --",
            '"; DROP TABLE blog_article; --',
            "<script>alert(1)</script>",
            "\x00\x01\x1f",
            "🙂" * 200,
            "a" * 20_000,
            "%00",
            "../../etc/passwd",
            "\u202egnp.exe",
            "-1",
            "1e309",
            "９",
        ]
    ),
)
examples = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

PUBLIC_GET_PATHS = ["/", "/blog/", "/blog/categorie/emoties/", "/aanmelden/", "/adviesgesprek/", "/privacy/"]


@examples
@given(path=st.sampled_from(PUBLIC_GET_PATHS), page=nasty_text, query=nasty_text)
def test_query_parameters_never_cause_a_server_error(path, page, query):
    client = Client()
    response = client.get(path, {"page": page, "q": query})
    assert response.status_code < 500, (path, page, query)


@examples
@given(slug=nasty_text)
def test_article_and_category_addresses_never_cause_a_server_error(slug):
    client = Client()
    for prefix in ("/blog/", "/blog/categorie/"):
        assert client.get(prefix + slug.replace("/", "") + "/").status_code < 500


def valid_token():
    """A form token as a real page would have rendered it a minute ago (past the minimum fill time)."""
    import time
    import uuid

    from django.core import signing

    return signing.dumps({"id": uuid.uuid4().hex, "t": int(time.time()) - 60}, salt=TOKEN_SALT)


@pytest.mark.parametrize(
    ("path", "form_class"), [("/aanmelden/", ContactForm), ("/adviesgesprek/", AdviceCallForm)]
)
def test_form_posts_never_cause_a_server_error(path, form_class):
    """Also with a valid form token, so the input reaches every field's validation."""
    fields = dict.fromkeys([*form_class.base_fields, "slot"], nasty_text)
    fields["form_token"] = st.one_of(nasty_text, st.builds(valid_token))
    fields["website"] = st.one_of(st.just(""), nasty_text)

    @examples
    @given(values=st.fixed_dictionaries(fields))
    def post(values):
        from django.core.cache import cache

        cache.clear()  # the rate limit is tested elsewhere; here every post reaches the form
        response = Client().post(path, values)
        assert response.status_code < 500, values

    post()
