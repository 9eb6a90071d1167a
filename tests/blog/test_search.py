"""The blog's search box: /blog/?q=… ranks visible articles with the analysis of the text index."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from blog.models import Article

from .conftest import CORPUS

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(publish):
    keys = ["overprikkeling-01", "overprikkeling-02", "burn-out-06", "angst-01", "rouw-01", "slaap-01"]
    return {key: publish(key) for key in keys}


def search(client, query, REMOTE_ADDR="127.0.0.1", **params):
    response = client.get(reverse("blog:article-list"), {"q": query, **params}, REMOTE_ADDR=REMOTE_ADDR)
    assert response.status_code == 200
    return response


def found(response) -> list[str]:
    return [article.slug for article in response.context["articles"]]


def test_a_word_finds_the_compounds_it_is_part_of(client, library):
    """ "prikkels" finds "overprikkeling" and "overprikkeld": both stems contain "prikkel"."""
    assert "overprikkeling" in CORPUS["overprikkeling-01"]["body"].lower()
    assert "overprikkeld" in CORPUS["overprikkeling-01"]["body"].lower()
    slugs = found(search(client, "prikkels"))
    assert slugs[0] == "overprikkeling-01"
    assert {"overprikkeling-01", "overprikkeling-02", "burn-out-06"} <= set(slugs)
    assert "rouw-01" not in slugs


def test_results_are_ranked_by_relevance_with_dutch_stemming(client, library):
    assert found(search(client, "rouwen"))[0] == "rouw-01"
    assert found(search(client, "slapeloosheid"))[0] == "slaap-01"
    assert found(search(client, "paniekaanvallen"))[0] == "angst-01"


def test_articles_matching_more_of_the_query_come_first(client, library):
    slugs = found(search(client, "paniekaanval lichaam"))
    assert slugs[0] == "angst-01"


def test_each_hit_shows_title_date_and_summary(client, library):
    response = search(client, "slapeloosheid")
    content = response.content.decode()
    article = library["slaap-01"]
    assert article.title in content
    assert article.summary in content
    assert timezone.localtime(article.published_at).strftime("%Y-%m-%d") in content  # <time datetime>
    assert "1 artikel gevonden voor “slapeloosheid”" in content or "artikelen gevonden voor" in content


def test_results_are_paginated_and_pages_keep_the_query(client, library, settings):
    settings.BLOG_PAGE_SIZE = 2
    first = search(client, "prikkels")
    assert first.context["paginator"].num_pages >= 2
    assert "?q=prikkels&amp;page=2" in first.content.decode()
    second = search(client, "prikkels", page=2)
    assert set(found(first)).isdisjoint(found(second))


def test_no_results_says_so_clearly(client, library):
    response = search(client, "zeilboot")
    assert found(response) == []
    content = response.content.decode()
    assert "Geen artikelen gevonden voor “zeilboot”." in content
    assert "Hier staan nog geen artikelen" not in content


def test_drafts_and_scheduled_articles_are_not_found(client, publish):
    publish("trauma-01", status=Article.Status.DRAFT)
    publish("trauma-02", published_at=timezone.now() + timedelta(days=1))
    publish("trauma-03")
    assert found(search(client, "trauma")) == ["trauma-03"]


def test_a_new_article_is_found_after_it_is_saved(client, library, publish):
    assert found(search(client, "EMDR")) == []
    publish("trauma-02")
    assert found(search(client, "EMDR")) == ["trauma-02"]


def test_an_unpublished_or_deleted_article_is_no_longer_found(
    client, library, django_capture_on_commit_callbacks
):
    article = library["slaap-01"]
    article.status = Article.Status.DRAFT
    with django_capture_on_commit_callbacks(execute=True):
        article.save()
    assert "slaap-01" not in found(search(client, "slapeloosheid"))
    with django_capture_on_commit_callbacks(execute=True):
        library["angst-01"].delete()
    assert found(search(client, "paniekaanval")) == []


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"',
        "'",
        '"prikkels',
        "de het een",  # stop words only
        "a",
        "😀🧠",
        "%",
        "_",
        "\\",
        "prikkels' OR 1=1 --",
        "'; DROP TABLE blog_article; --",
        "<script>alert(1)</script>",
        "x" * 5000,
        "prikkels " * 300,
        "ĳsberg Ærø ß",
    ],
)
def test_odd_input_gives_a_normal_page(client, library, query):
    response = search(client, query)
    assert b"<h1>" in response.content
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert Article.objects.count() == len(library)


def test_search_form_has_a_visible_label_and_keeps_the_query(client, library):
    content = search(client, "prikkels").content.decode()
    assert '<label for="search-query">Zoeken in onze artikelen</label>' in content
    assert 'id="search-query" name="q" value="prikkels"' in content


def test_search_results_point_search_engines_to_the_overview(client, library):
    """Result pages carry the overview as their canonical address instead of a noindex."""
    content = search(client, "prikkels").content.decode()
    assert '<link rel="canonical" href="http://testserver/blog/">' in content


def test_search_takes_a_fixed_number_of_queries(client, library, django_assert_max_num_queries, settings):
    settings.CACHE_MIDDLEWARE_SECONDS = 0  # the page cache off: these are the view's own queries
    search(client, "prikkels")  # loads this process's list of stems
    with django_assert_max_num_queries(6):
        search(client, "prikkels slapen")


def test_searching_faster_than_a_person_types_gets_a_calm_429(client, library, settings):
    settings.CACHE_MIDDLEWARE_SECONDS = 0  # a cached result page costs nothing and is not counted
    settings.BLOG_SEARCH_RATE_LIMIT = 3
    for _ in range(3):
        search(client, "prikkels")
    response = client.get(reverse("blog:article-list"), {"q": "prikkels"})
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "60"
    content = response.content.decode()
    assert "Even rustig aan" in content and "Wacht een minuut" in content
    assert "overprikkeling-01" not in content  # the search itself did not run
    # Another address, and the overview and category pages, are not held back.
    search(client, "prikkels", REMOTE_ADDR="198.51.100.9")
    assert client.get(reverse("blog:article-list")).status_code == 200


def test_the_search_limit_can_be_turned_off(client, library, settings):
    settings.CACHE_MIDDLEWARE_SECONDS = 0
    settings.BLOG_SEARCH_RATE_LIMIT = 0
    for _ in range(5):
        search(client, "prikkels")


def test_a_cache_outage_lets_searches_through(client, library, settings, monkeypatch):
    settings.CACHE_MIDDLEWARE_SECONDS = 0
    settings.BLOG_SEARCH_RATE_LIMIT = 1

    def down(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr("blog.views.cache.add", down)
    for _ in range(3):
        assert found(search(client, "prikkels"))
