"""Every admin page staff can reach reads as Dutch in the site's voice: no English from Django or
its libraries, no "u", no raw constraint names."""

import html
import re
from pathlib import Path

import axes
import django
import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse

from intake.models import PracticeInfo, RequestAccessLog
from intake.services import advice_call_create, contact_request_create

pytestmark = pytest.mark.django_db

DJANGO = Path(django.__file__).parent
CATALOGUES = [
    DJANGO / "contrib/admin/locale/nl/LC_MESSAGES/django.po",
    DJANGO / "contrib/auth/locale/nl/LC_MESSAGES/django.po",
    DJANGO / "conf/locale/nl/LC_MESSAGES/django.po",
    # django-axes has no Dutch: its German catalogue lists the English texts it shows.
    Path(axes.__file__).parent / "locale/de/LC_MESSAGES/django.po",
]

# Seen before: each of these once showed in our admin.
KNOWN_OFFENDERS = [
    "Home ",
    "Add ",
    "AXES",
    "Access attempts",
    "Access failures",
    "Access logs",
    "is met succes gewijzigd",
    "U kunt",
    "Weet u",
    " uw ",
    "De artikel",
    "De adviesgesprek",
    "Nog een Vastgezet",
    "Beperking",
    "Note: ",
    "pinned_relation",
    "intake_slot_",
    "intake_notification_",
]


def unquote(lines):
    text = "".join(re.findall(r'^"(.*)"$', lines, re.M))
    return text.encode().decode("unicode_escape").encode("latin-1").decode()


def english_sentences():
    """Django's and axes' English texts staff might see: whole words, long enough to be unmistakable."""
    sentences = set()
    for path in CATALOGUES:
        for block in path.read_text().split("\n\n"):
            msgid = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
            msgstr = re.search(r'^msgstr(?:\[0\])? ((?:".*"\n?)+)', block, re.M)
            if not msgid or re.search(r"^msgctxt", block, re.M):
                continue
            english, dutch = unquote(msgid.group(1)), unquote(msgstr.group(1)) if msgstr else ""
            if english == dutch:
                continue
            # The literal parts between placeholders ("%(name)s", "{obj}", "%s").
            for part in re.split(r"%\(\w+\)[sd]|%[sd]|\{\w+\}|[“”‘’\"]", english):
                part = part.strip(" .:,?")
                if len(part) >= 14 and part.count(" ") >= 2 and re.fullmatch(r"[A-Za-z ,.'’-]+", part):
                    sentences.add(part)
    return sentences


ENGLISH = english_sentences()


def page_text(content: bytes) -> str:
    text = content.decode()
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", html.unescape(text))


def assert_dutch(url, response):
    assert response.status_code == 200, url
    text = page_text(response.content)
    english = sorted(sentence for sentence in ENGLISH if re.search(rf"\b{re.escape(sentence)}\b", text))
    offenders = [known for known in KNOWN_OFFENDERS if known in text]
    assert not english and not offenders, (url, english, offenders)
    for heading in re.findall(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S):
        heading = html.unescape(re.sub(r"<[^>]+>", "", heading)).strip()
        assert not heading or not heading[0].islower(), (url, heading)


@pytest.fixture
def some_of_everything(make_article, make_slot, owner):
    article, other = make_article(), make_article()
    article.pinned_relations.create(related=other)
    slot = make_slot()
    contact_request_create(
        first_name="Sanne",
        last_name="de Vries",
        email="sanne@example.nl",
        phone="+31612345678",
        preferred_contact="telefoon",
        reachable_at="",
        message="Ik pieker veel.",
        referral="ja",
        submit_token="walk-contact",
    )
    advice_call_create(
        first_name="Joris",
        last_name="Bakker",
        email="joris@example.nl",
        phone="+32470123456",
        question="Over paniek.",
        slot_id=slot.pk,
        submit_token="walk-call",
    )
    PracticeInfo.load()
    RequestAccessLog.objects.create(username="eigenaar", action="view", model="aanmelding", object_ids="1")
    # What django-axes keeps of sign-ins, which the practice owner sees when unlocking a colleague.
    axes_fields = {"username": "lisa", "ip_address": "203.0.113.7", "user_agent": "x", "http_accept": "x"}
    AccessAttempt.objects.create(
        **axes_fields, path_info="/admin/", get_data="", post_data="", failures_since_start=5
    )
    AccessFailureLog.objects.create(**axes_fields, path_info="/admin/", locked_out=True)
    AccessLog.objects.create(**axes_fields, path_info="/admin/")


def admin_pages(user):
    """The index, and of every model the user may see: its list, its add page, one object's page."""
    request = RequestFactory().get("/admin/")
    request.user = user
    urls = [reverse("admin:index")]
    for app in admin.site.get_app_list(request):
        urls.append(reverse("admin:app_list", args=[app["app_label"]]))
        for entry in app["models"]:
            model = entry["model"]
            if entry["admin_url"]:
                urls.append(entry["admin_url"])
            if entry["add_url"]:
                urls.append(entry["add_url"])
            obj = model._default_manager.first()
            if obj is not None:
                urls.append(
                    reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk])
                )
                urls.append(
                    reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_history", args=[obj.pk])
                )
    return urls


@pytest.mark.parametrize("who", ["intake_staff", "editor_staff", "owner"])
def test_every_admin_page_reads_as_dutch(client, request, some_of_everything, who):
    user = request.getfixturevalue(who)
    client.force_login(user)
    urls = admin_pages(user)
    assert len(urls) > 4
    for url in [*urls, reverse("admin:password_change")]:
        response = client.get(url, follow=True)
        assert_dutch(url, response)


def test_change_messages_need_no_article_and_say_je(client, owner, make_article):
    article = make_article(title="Slapen")
    client.force_login(owner)
    url = reverse("admin:blog_article_change", args=[article.pk])
    response = client.get(url)
    form = response.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(
        {
            "categories": [c.pk for c in article.categories.all()],
            "published_at_0": article.published_at.strftime("%d-%m-%Y"),
            "published_at_1": article.published_at.strftime("%H:%M:%S"),
            "pinned_relations-TOTAL_FORMS": 0,
            "pinned_relations-INITIAL_FORMS": 0,
            "_continue": "1",
        }
    )
    data = {key: value for key, value in data.items() if value is not None}
    response = client.post(url, data, follow=True)
    messages = [re.sub(r"<[^>]+>", "", str(message)) for message in response.context["messages"]]
    # Other messages (the blog's writing advice) may come with it; this one reads as Dutch with "je".
    assert "Gewijzigd: artikel ‘Slapen’. Je kunt hieronder verder bewerken." in messages, (
        messages,
        response.context["adminform"].form.errors if "adminform" in response.context else None,
    )


def test_a_violated_constraint_is_named_in_dutch_only(make_article):
    from django.core.exceptions import ValidationError

    from blog.models import PinnedRelation

    article = make_article()
    with pytest.raises(ValidationError) as error:
        PinnedRelation(article=article, related=article).full_clean()
    assert "pinned_relation" not in str(error.value)
    assert "Beperking" not in str(error.value)


def test_admin_sections_are_dutch_and_not_named_like_their_models():
    assert str(apps.get_app_config("axes").verbose_name) == "Inlogbeveiliging"
    for config in {model._meta.app_config for model in admin.site._registry}:
        plurals = {str(model._meta.verbose_name_plural).lower() for model in config.get_models()}
        assert str(config.verbose_name).lower() not in plurals, config.label


def test_the_admin_javascript_speaks_dutch(client, intake_staff):
    client.force_login(intake_staff)
    catalogue = client.get(reverse("admin:jsi18n")).content.decode()
    assert "Let op: vul tijden in" in catalogue
    assert "Vandaag (%(date)s)" in catalogue
    assert "U hebt" not in catalogue


def test_the_owner_reads_sign_in_records_by_a_dutch_name(client, owner, some_of_everything):
    attempt = AccessAttempt.objects.get()
    client.force_login(owner)
    for view in ("change", "delete"):
        response = client.get(reverse(f"admin:axes_accessattempt_{view}", args=[attempt.pk]))
        content = response.content.decode()
        assert "Mislukte inlogpogingen van lisa op" in content
        assert "Attempted Access" not in content


def test_the_add_page_breadcrumb_starts_with_a_capital(client, intake_staff):
    client.force_login(intake_staff)
    content = client.get(reverse("admin:intake_slot_add")).content.decode()
    assert '<li aria-current="page">Tijdslot toevoegen</li>' in content


def test_permissions_are_offered_by_dutch_names(client, owner, intake_staff):
    client.force_login(owner)
    response = client.get(reverse("admin:auth_user_change", args=[intake_staff.pk]))
    labels = [
        label for _value, label in response.context["adminform"].form.fields["user_permissions"].choices
    ]
    assert "Aanmeldteam | Notitie toevoegen" in labels
    assert "Blog | Artikel bekijken" in labels
    assert not [label for label in labels if "Can " in label]


def test_the_search_icon_labels_the_search_field_in_dutch(client, intake_staff):
    """The icon is the search field's label; Django writes its alt text in English."""
    client.force_login(intake_staff)
    page = client.get(reverse("admin:intake_advicecall_changelist")).content.decode()
    assert 'id="searchbar"' in page
    assert 'alt="Search"' not in page and 'alt="Zoeken"' in page
