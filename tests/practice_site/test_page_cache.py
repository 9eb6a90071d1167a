from datetime import timedelta
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from blog.models import Article

pytestmark = pytest.mark.django_db


def test_second_visit_is_served_from_the_cache_without_queries(
    client, make_article, django_assert_num_queries
):
    article = make_article()
    assert client.get(article.get_absolute_url()).status_code == 200
    with django_assert_num_queries(0):
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert article.title in response.content.decode()


def test_saving_an_article_refreshes_every_page_that_shows_it(client, make_article):
    article = make_article(title="Oude titel")
    for url in (reverse("home"), reverse("blog:article-list"), article.get_absolute_url()):
        assert "Oude titel" in client.get(url).content.decode()
    article.title = "Nieuwe titel"
    article.save()
    for url in (reverse("home"), reverse("blog:article-list"), article.get_absolute_url()):
        content = client.get(url).content.decode()
        assert "Nieuwe titel" in content and "Oude titel" not in content


def test_unpublishing_removes_the_article_from_cached_pages(client, make_article):
    article = make_article(title="Even zichtbaar")
    assert "Even zichtbaar" in client.get(reverse("blog:article-list")).content.decode()
    article.status = Article.Status.DRAFT
    article.save()
    assert "Even zichtbaar" not in client.get(reverse("blog:article-list")).content.decode()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_deleting_an_article_removes_it_from_cached_pages(client, make_article):
    article = make_article(title="Verdwijnt zo")
    assert "Verdwijnt zo" in client.get(reverse("blog:article-list")).content.decode()
    article.delete()
    assert "Verdwijnt zo" not in client.get(reverse("blog:article-list")).content.decode()


def test_category_and_author_changes_refresh_cached_pages(client, make_article, category, author):
    article = make_article()
    client.get(article.get_absolute_url())
    category.name = "Gevoelens"
    category.save()
    author.name = "Dr. Anna Jansen"
    author.save()
    content = client.get(article.get_absolute_url()).content.decode()
    assert "Gevoelens" in content and "Dr. Anna Jansen" in content


def test_scheduled_article_appears_on_cached_pages_at_its_publish_time(client, make_article):
    publish_at = timezone.now() + timedelta(hours=1)
    make_article(title="Komt er zo aan", published_at=publish_at)
    assert "Komt er zo aan" not in client.get(reverse("blog:article-list")).content.decode()
    with mock.patch("django.utils.timezone.now", return_value=publish_at + timedelta(seconds=1)):
        assert "Komt er zo aan" in client.get(reverse("blog:article-list")).content.decode()


def test_repeat_visit_gets_304(client, make_article):
    article = make_article()
    first = client.get(article.get_absolute_url())
    assert first.headers["ETag"]
    assert first.headers["Last-Modified"]
    assert "no-cache" in first.headers["Cache-Control"]
    again = client.get(article.get_absolute_url(), headers={"if-none-match": first.headers["ETag"]})
    assert again.status_code == 304
    since = client.get(
        article.get_absolute_url(), headers={"if-modified-since": first.headers["Last-Modified"]}
    )
    assert since.status_code == 304


def test_a_staff_preview_is_never_cached_for_visitors(client, make_article, editor):
    draft = make_article(status=Article.Status.DRAFT)
    client.force_login(editor)
    assert client.get(draft.get_absolute_url()).status_code == 200
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("path", ["/aanmelden/", "/adviesgesprek/"])
def test_form_pages_are_never_served_from_the_shared_cache(client, path):
    """Forms carry a per-visit token (double-submit guard, fill time); a cached copy would replay it."""
    first = client.get(path)
    second = client.get(path)
    assert second.headers.get("Age") is None
    assert first.context["form"].render_token != second.context["form"].render_token


def test_site_keeps_working_when_the_cache_is_down(client, make_article, settings):
    """Redis unreachable: pages are built uncached, editors can still save, /healthz answers."""
    article = make_article(title="Zonder cache")
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    from practice_site import page_cache

    page_cache._local.update(state=None, read_at=0.0)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200 and "Zonder cache" in response.content.decode()
    article.title = "Nog steeds zonder cache"
    article.save()
    assert "Nog steeds zonder cache" in client.get(article.get_absolute_url()).content.decode()
    assert client.get(reverse("healthz")).status_code == 200


def test_a_forged_host_gets_a_400_without_a_cache_warning(client, caplog):
    """DisallowedHost is Django's to answer; it is no sign of a cache outage."""
    with caplog.at_level("WARNING", logger="practice_site.page_cache"):
        response = client.get("/blog/", HTTP_HOST="aanvaller.example")
    assert response.status_code == 400
    assert not [record for record in caplog.records if record.name == "practice_site.page_cache"]


@pytest.mark.parametrize("path", ["/aanmelden/bedankt/", "/adviesgesprek/bedankt/"])
def test_a_never_cache_view_stays_private_through_the_page_cache(client, path):
    """never_cache sets its own Expires; the cache must not take it for one of its stored pages."""
    response = client.get(path)
    cache_control = response.headers["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    assert "public" not in cache_control
