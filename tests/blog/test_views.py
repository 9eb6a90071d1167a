from datetime import datetime, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from blog.models import Article

pytestmark = pytest.mark.django_db


def test_overview_lists_published_articles_newest_first(client, make_article):
    older = make_article(title="Ouder stuk", published_at=timezone.now() - timedelta(days=10))
    newer = make_article(title="Nieuw stuk", published_at=timezone.now() - timedelta(days=1))
    response = client.get(reverse("blog:article-list"))
    assert response.status_code == 200
    assert list(response.context["articles"]) == [newer, older]


def test_overview_hides_drafts_and_scheduled_articles(client, make_article):
    make_article(title="Zichtbaar stuk")
    make_article(title="Concept stuk", status=Article.Status.DRAFT)
    make_article(title="Ingepland stuk", published_at=timezone.now() + timedelta(hours=2))
    content = client.get(reverse("blog:article-list")).content.decode()
    assert "Zichtbaar stuk" in content
    assert "Concept stuk" not in content
    assert "Ingepland stuk" not in content


def test_overview_is_paginated(client, make_article, settings):
    settings.BLOG_PAGE_SIZE = 3
    for _ in range(7):
        make_article()
    assert len(client.get(reverse("blog:article-list")).context["articles"]) == 3
    last = client.get(reverse("blog:article-list"), {"page": 3})
    assert len(last.context["articles"]) == 1
    assert client.get(reverse("blog:article-list"), {"page": 99}).status_code == 404


def test_category_page_shows_only_that_category(client, make_article):
    from blog.models import Category

    other = Category.objects.create(name="Relaties", slug="relaties")
    in_category = make_article(title="Over relaties")
    in_category.categories.set([other])
    make_article(title="Over emoties")
    response = client.get(other.get_absolute_url())
    assert list(response.context["articles"]) == [in_category]
    assert client.get(reverse("blog:category", kwargs={"slug": "bestaat-niet"})).status_code == 404


def test_article_page_shows_everything_a_reader_needs(client, make_article):
    published_at = datetime(2025, 10, 1, 9, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    article = make_article(
        title="Emotionele veiligheid", body="## Wat is het?\n\n" + "woord " * 450, published_at=published_at
    )
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="nl">' in content
    assert "<h1>Emotionele veiligheid</h1>" in content
    assert "1 oktober 2025" in content
    assert "3 minuten lezen" in content
    assert "Sanne de Vries, GZ-psycholoog" in content
    assert "<h2>Wat is het?</h2>" in content
    assert "Terug naar het overzicht" in content
    assert f'href="{reverse("intake:contact")}"' in content
    assert f'href="{reverse("intake:advice-call")}"' in content
    assert f'content="{article.summary}"' in content  # meta description


def test_draft_article_is_404_for_visitors(client, make_article):
    article = make_article(status=Article.Status.DRAFT)
    assert client.get(article.get_absolute_url()).status_code == 404


def test_scheduled_article_is_404_until_its_publish_time(client, make_article):
    publish_at = timezone.now() + timedelta(hours=3)
    article = make_article(published_at=publish_at)
    assert client.get(article.get_absolute_url()).status_code == 404
    assert article not in client.get(reverse("blog:article-list")).context["articles"]
    later = publish_at + timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert client.get(article.get_absolute_url()).status_code == 200
        assert article in client.get(reverse("blog:article-list")).context["articles"]


def test_staff_editor_can_preview_a_draft(client, make_article, editor):
    article = make_article(status=Article.Status.DRAFT)
    client.force_login(editor)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Voorbeeld: dit artikel is een concept" in response.content.decode()
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_staff_without_blog_permission_cannot_preview(client, make_article, django_user_model):
    staff = django_user_model.objects.create_user("balie", password="x" * 14, is_staff=True)
    article = make_article(status=Article.Status.DRAFT)
    client.force_login(staff)
    assert client.get(article.get_absolute_url()).status_code == 404


def test_home_shows_latest_articles_and_calls_to_action(client, make_article):
    make_article(title="Het nieuwste stuk", published_at=timezone.now() - timedelta(minutes=5))
    content = client.get(reverse("home")).content.decode()
    assert "Het nieuwste stuk" in content
    assert reverse("intake:contact") in content and reverse("intake:advice-call") in content


@pytest.mark.parametrize("count", [3, 30])
def test_overview_query_count_is_constant(client, make_article, django_assert_max_num_queries, count):
    for _ in range(count):
        make_article()
    with django_assert_max_num_queries(4):
        client.get(reverse("blog:article-list"))


@pytest.mark.parametrize("count", [3, 30])
def test_category_page_query_count_is_constant(
    client, make_article, category, django_assert_max_num_queries, count
):
    for _ in range(count):
        make_article()
    with django_assert_max_num_queries(5):
        client.get(category.get_absolute_url())


def test_article_page_query_count_is_constant(client, make_article, django_assert_max_num_queries):
    article = make_article()
    for _ in range(20):
        make_article()
    with django_assert_max_num_queries(3):  # the article, its categories, its related articles
        client.get(article.get_absolute_url())


def test_for_page_reads_the_article_with_its_author_and_sorted_categories(make_article, author, category):
    from blog.models import Category

    article = make_article(title="Over rouw")
    article.categories.add(Category.objects.create(name="Angst", slug="angst"))

    found = Article.objects.for_page(article.slug)

    assert (found.pk, found.title, found.body_html) == (article.pk, "Over rouw", article.body_html)
    assert (found.author.name, found.author.role, found.author.bio) == (author.name, author.role, author.bio)
    assert [item.name for item in found.category_list] == ["Angst", "Emoties"]
    assert found.published_at == article.published_at  # an aware datetime, as from the ORM
    assert Article.objects.for_page("bestaat-niet") is None


def test_for_page_refuses_a_filtered_queryset_instead_of_ignoring_the_filter(make_article):
    article = make_article(status=Article.Status.DRAFT)
    with pytest.raises(TypeError):
        Article.objects.published().for_page(article.slug)
