"""One visibility rule: every place that shows articles to visitors hides drafts and scheduled
articles, and shows a scheduled article from its publish time on, without anyone saving it."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from blog import text_index
from blog.models import Article, PinnedRelation
from practice_site import page_cache

pytestmark = pytest.mark.django_db

WORD = "zeepbel"  # in every title: each article is found by a search for it


@pytest.fixture
def articles(make_article, django_capture_on_commit_callbacks, settings):
    settings.CACHE_MIDDLEWARE_SECONDS = 0  # each request asks the views themselves
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        made = {
            "visible": make_article(title=f"Zichtbaar {WORD}", slug="zichtbaar"),
            "draft": make_article(title=f"Concept {WORD}", slug="concept", status=Article.Status.DRAFT),
            "scheduled": make_article(
                title=f"Ingepland {WORD}", slug="ingepland", published_at=now + timedelta(hours=2)
            ),
            "reader": make_article(title="Lezer", slug="lezer"),
        }
        for position, key in enumerate(("draft", "scheduled", "visible")):
            PinnedRelation.objects.create(article=made["reader"], related=made[key], position=position)
    return made


def time_comes_for(article):
    """The scheduled time passes; no save, so no signal and no index update."""
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - timedelta(minutes=1))
    page_cache.invalidate_pages()  # as the page cache's own expiry at that time does


def shown_everywhere(client, category) -> dict[str, set[str]]:
    def slugs_in(url, **params):
        content = client.get(url, params).content.decode()
        return {slug for slug in ("zichtbaar", "concept", "ingepland") if f"/blog/{slug}/" in content}

    reader = Article.objects.get(slug="lezer")
    return {
        "article page": {
            slug
            for slug in ("zichtbaar", "concept", "ingepland")
            if client.get(reverse("blog:article-detail", kwargs={"slug": slug})).status_code == 200
        },
        "related cards": {article.slug for article in text_index.related_articles(reader)},
        "overview": slugs_in(reverse("blog:article-list")),
        "category page": slugs_in(category.get_absolute_url()),
        "search": slugs_in(reverse("blog:article-list"), q=WORD),
        "home page": slugs_in(reverse("home")),
        "rss feed": slugs_in(reverse("blog:feed-rss")),
        "atom feed": slugs_in(reverse("blog:feed-atom")),
        "sitemap": slugs_in(reverse("sitemap")),
    }


def test_drafts_and_scheduled_articles_are_hidden_everywhere(client, articles, category):
    shown = shown_everywhere(client, category)
    assert shown == dict.fromkeys(shown, {"zichtbaar"})


def test_a_scheduled_article_shows_everywhere_from_its_time(client, articles, category):
    time_comes_for(articles["scheduled"])
    shown = shown_everywhere(client, category)
    assert shown == dict.fromkeys(shown, {"zichtbaar", "ingepland"})


def test_the_page_cache_refreshes_at_the_next_publish_time(articles):
    state = page_cache.invalidate_pages()
    assert state["expires"] == articles["scheduled"].published_at.timestamp()
    time_comes_for(articles["scheduled"])
    assert page_cache.invalidate_pages()["expires"] is None


@pytest.mark.parametrize("status", Article.Status.values)
@pytest.mark.parametrize("hours", [-1, 1])
def test_queries_and_python_checks_agree(make_article, status, hours):
    article = make_article(status=status, published_at=timezone.now() + timedelta(hours=hours))
    assert Article.objects.published().filter(pk=article.pk).exists() == article.is_visible
    assert Article.objects.scheduled().filter(pk=article.pk).exists() == article.is_scheduled
    assert not (article.is_visible and article.is_scheduled)
