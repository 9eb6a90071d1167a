"""The Jinja2 environment of the visitor pages gives what Django's template language gave."""

from datetime import UTC, date, datetime

import pytest
from django.template import defaultfilters, engines
from django.utils import timezone

from practice_site import jinja2

MOMENTS = [
    datetime(2026, 1, 1, 0, 30, tzinfo=UTC),
    datetime(2026, 3, 28, 23, 30, tzinfo=UTC),  # the night clocks go forward: already 29 March here
    datetime(2026, 10, 25, 0, 59, tzinfo=UTC),  # and back
    datetime(2026, 5, 31, 22, 15, tzinfo=UTC),  # 1 June in Amsterdam
    datetime(2026, 12, 31, 23, 0, tzinfo=UTC),  # 1 January 2027 in Amsterdam
]


def render(source, **context):
    return engines["jinja2"].from_string(source).render(context)


@pytest.mark.parametrize("moment", MOMENTS)
def test_long_date_and_isoformat_match_djangos_date_filter_in_local_time(moment):
    local = timezone.localtime(moment)
    assert jinja2.long_date(moment) == defaultfilters.date(local, "j F Y")
    assert jinja2.isoformat(moment) == defaultfilters.date(local, "c")


def test_dates_are_dutch_and_in_the_practices_time_zone():
    assert render("{{ moment|long_date }}", moment=datetime(2026, 5, 31, 22, 15, tzinfo=UTC)) == "1 juni 2026"
    assert render("{{ day|date('j F Y') }}", day=date(2026, 3, 4)) == "4 maart 2026"
    assert render("{{ moment|isoformat }}", moment=None) == ""


def test_texts_are_translated_and_escaped_and_placeholders_in_trans_blocks_are_escaped():
    assert render('{{ _("Blog") }}') == "Blog"
    assert render('{{ _("Tom & Jerry <b>") }}') == "Tom &amp; Jerry &lt;b&gt;"
    source = "{% trans name=name %}Door <strong>{{ name }}</strong>{% endtrans %}"
    html = render(source, name="<script>alert(1)</script>")
    assert html == "Door <strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>"


def test_url_reverses_with_and_without_arguments():
    assert render('{{ url("home") }}') == "/"
    assert render('{{ url("blog:article-detail", slug="een") }}') == "/blog/een/"
    assert render('{{ url("blog:article-detail", slug="twee") }}') == "/blog/twee/"


def test_error_pages_render_without_a_request(db):
    """The 500 and 503 pages are rendered without a request (see practice_site.views.server_error)."""
    practice = {"name": "Praktijk", "phone": "030 123 45 67"}
    html = engines["jinja2"].get_template("503.html").render({"practice": practice})
    assert "De website is even niet bereikbaar" in html
    assert 'aria-current="page"' not in html
