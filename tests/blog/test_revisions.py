"""Revisions of articles: kept on every admin save, compared, restored through the normal save."""

import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from reversion.models import Revision

from blog import revisions
from blog.models import Article, Category
from blog.signals import PendingUpdate

from .test_pins import change_form_data

pytestmark = pytest.mark.django_db

ENGLISH = ("Revert", "Recover", "Choose a date", "Date/time", "revision", "History")


def save_in_admin(client, article, django_capture_on_commit_callbacks, **changes):
    data = change_form_data(client, article) | changes
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(reverse("admin:blog_article_change", args=[article.pk]), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return callbacks


@pytest.fixture
def edited(client, editor, make_article, django_capture_on_commit_callbacks):
    """An article saved twice in the admin: first text, then second text."""
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(title="Omgaan met piekeren", body="## Piekeren\n\nEerste tekst over piekeren.")
    save_in_admin(client, article, django_capture_on_commit_callbacks, body=article.body)
    other = Category.objects.create(name="Slaap", slug="slaap")
    save_in_admin(
        client,
        article,
        django_capture_on_commit_callbacks,
        title="Piekeren in de nacht",
        body="## Piekeren\n\nTweede tekst over piekeren 's nachts.",
        categories=[other.pk],
    )
    article.refresh_from_db()
    return article


def test_every_admin_save_keeps_a_revision_with_who_and_what(edited, editor):
    newest, first = revisions.versions_of(edited)
    assert newest.revision.user == editor
    assert first.revision.user == editor
    kept = newest.field_dict
    assert kept["title"] == "Piekeren in de nacht"
    assert kept["body"] == "## Piekeren\n\nTweede tekst over piekeren 's nachts."
    assert kept["categories"] == [Category.objects.get(slug="slaap").pk]
    for name in ("summary", "cover_image", "cover_alt", "status", "published_at", "author_id"):
        assert name in kept
    assert first.field_dict["body"] == "## Piekeren\n\nEerste tekst over piekeren."


def test_history_lists_the_revisions_in_dutch(client, edited):
    response = client.get(reverse("admin:blog_article_history", args=[edited.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Bewaarde versies, nieuwste eerst" in page
    assert page.count('name="van"') == 2
    assert "Vergelijken met de huidige tekst" in page
    text = re.sub(r"<[^>]+>", " ", page)
    assert not [word for word in ENGLISH if word in text]


def test_comparison_shows_changed_fields_and_marked_lines(client, edited):
    newest, first = revisions.versions_of(edited)
    url = reverse("admin:blog_article_compare", args=[edited.pk])
    response = client.get(url, {"van": newest.pk, "met": first.pk})  # either order: older → newer
    page = response.content.decode()
    assert response.status_code == 200
    changes = {change.label: (change.before, change.after) for change in response.context["changes"]}
    assert changes["Titel"] == ("Omgaan met piekeren", "Piekeren in de nacht")
    assert changes["Categorieën"] == ("Emoties", "Slaap")
    assert "<del>Eerste </del>" in page
    assert "<ins>Tweede </ins>" in page
    assert "<ins>piekeren &#x27;s nachts.</ins>" in page
    assert page.count('class="visually-hidden">weggehaald<') == 1
    assert page.count('class="visually-hidden">erbij gekomen<') == 1
    assert "Versies vergelijken" in page
    text = re.sub(r"<[^>]+>", " ", page)
    assert not [word for word in ENGLISH if word in text]


def test_comparison_with_the_current_text_and_unknown_versions(client, edited):
    first = revisions.versions_of(edited).last()
    url = reverse("admin:blog_article_compare", args=[edited.pk])
    response = client.get(url, {"van": first.pk})
    assert response.context["newer"] is None
    assert "naar de huidige tekst" in response.content.decode()
    response = client.get(url, {"van": "999999"}, follow=True)
    assert "Kies twee bewaarde versies om te vergelijken." in response.content.decode()


def test_reversion_revert_form_leads_to_the_comparison(client, edited):
    first = revisions.versions_of(edited).last()
    response = client.get(reverse("admin:blog_article_revision", args=[edited.pk, first.pk]))
    assert response.status_code == 302
    assert response.url == reverse("admin:blog_article_compare", args=[edited.pk]) + f"?van={first.pk}"


def test_restore_is_one_step_through_the_normal_save_and_a_new_revision(
    client, edited, editor, django_capture_on_commit_callbacks
):
    cached = client.get(edited.get_absolute_url())  # fills the page cache as an anonymous visitor would
    assert "Tweede tekst" in cached.content.decode()
    first = revisions.versions_of(edited).last()
    url = reverse("admin:blog_article_restore", args=[edited.pk, first.pk])
    assert client.get(url).status_code == 405
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(url, follow=True)
    assert "is teruggezet" in response.content.decode()
    edited.refresh_from_db()
    assert edited.title == "Omgaan met piekeren"
    assert "Eerste tekst over piekeren." in edited.body_html  # rendered again on save
    assert list(edited.categories.values_list("slug", flat=True)) == ["emoties"]
    assert edited.slug == "artikel-1"
    assert any(isinstance(callback, PendingUpdate) for callback in callbacks)  # related articles
    newest = revisions.versions_of(edited).first()
    assert revisions.versions_of(edited).count() == 3
    assert newest.revision.user == editor
    assert newest.revision.comment.startswith("Teruggezet naar de versie van")
    client.logout()
    page = client.get(edited.get_absolute_url()).content.decode()
    assert "Eerste tekst over piekeren." in page
    assert "Tweede tekst" not in page


def test_restore_keeps_a_text_saved_outside_the_admin_first(client, edited):
    edited.body = "Tekst die buiten het beheer is opgeslagen."
    edited.save()
    first = revisions.versions_of(edited).last()
    client.post(reverse("admin:blog_article_restore", args=[edited.pk, first.pk]))
    kept = [version.field_dict["body"] for version in revisions.versions_of(edited)]
    assert kept[1] == "Tekst die buiten het beheer is opgeslagen."
    assert kept[0] == "## Piekeren\n\nEerste tekst over piekeren."


def test_restore_needs_the_right_to_change_articles(client, edited, django_user_model):
    reader = django_user_model.objects.create_user("lezer", password="geheim-wachtwoord-123", is_staff=True)
    client.force_login(reader)
    first = revisions.versions_of(edited).last()
    response = client.post(reverse("admin:blog_article_restore", args=[edited.pk, first.pk]))
    assert response.status_code in (403, 404)
    edited.refresh_from_db()
    assert edited.title == "Piekeren in de nacht"


def test_publish_action_keeps_a_revision_and_whole_seconds(client, editor, make_article):
    client.force_login(editor)
    draft = make_article(status=Article.Status.DRAFT, published_at=timezone.now() - timedelta(days=2))
    response = client.post(
        reverse("admin:blog_article_changelist"),
        {"action": "publish", "_selected_action": [draft.pk]},
        follow=True,
    )
    assert "1 artikel gepubliceerd." in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED
    assert draft.published_at.microsecond == 0
    version = revisions.versions_of(draft).get()
    assert version.revision.user == editor
    assert version.field_dict["status"] == Article.Status.PUBLISHED
    client.logout()
    page = client.get(reverse("blog:article-list")).content.decode()
    stamps = re.findall(r'<time datetime="([^"]+)"', page)
    assert stamps
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", stamp) for stamp in stamps)


def test_time_attributes_never_carry_fractions_of_a_second(client, make_article):
    article = make_article(published_at=timezone.now().replace(microsecond=279452) - timedelta(hours=1))
    page = client.get(article.get_absolute_url()).content.decode()
    (stamp,) = re.findall(r'<time datetime="([^"]+)"', page)
    assert stamp == timezone.localtime(article.published_at).isoformat(timespec="seconds")
    assert "." not in stamp


def test_demo_articles_start_with_a_revision():
    call_command("seed_demo")
    article = Article.objects.first()
    version = revisions.versions_of(article).get()
    assert version.revision.comment == "Demo-inhoud geladen."
    assert version.field_dict["categories"] == list(article.categories.values_list("pk", flat=True))


def test_prune_revisions_deletes_old_ones_but_keeps_the_newest_of_each_article(
    edited, settings, client, django_capture_on_commit_callbacks
):
    for number in range(3):
        save_in_admin(client, edited, django_capture_on_commit_callbacks, summary=f"Samenvatting {number}.")
    assert revisions.versions_of(edited).count() == 5
    Revision.objects.update(date_created=timezone.now() - timedelta(days=400))
    save_in_admin(client, edited, django_capture_on_commit_callbacks, summary="Vandaag.")
    settings.BLOG_REVISIONS_KEEP_DAYS = 365
    settings.BLOG_REVISIONS_KEEP_LATEST = 2
    call_command("prune_revisions", stdout=StringIO())
    kept = [version.field_dict["summary"] for version in revisions.versions_of(edited)]
    assert kept == ["Vandaag.", "Samenvatting 2."]


def test_a_deleted_article_can_be_found_again_in_dutch(client, edited):
    changelist = client.get(reverse("admin:blog_article_changelist")).content.decode()
    assert "Verwijderde artikelen terughalen" in changelist
    title = edited.title
    response = client.post(reverse("admin:blog_article_delete", args=[edited.pk]), {"post": "yes"})
    assert response.status_code == 302
    response = client.get(reverse("admin:blog_article_recoverlist"))
    page = response.content.decode()
    assert title in page
    (deleted,) = response.context["deleted"]
    form = client.get(reverse("admin:blog_article_recover", args=[deleted.pk])).content.decode()
    assert f"‘{title}’ terughalen" in form
    assert "Dit zijn de gegevens van vlak voor het verwijderen." in form
    for text in (page, form):
        assert not [word for word in ENGLISH if word in re.sub(r"<[^>]+>", " ", text)]
