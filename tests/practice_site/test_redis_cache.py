"""The production cache: Django's built-in Redis backend, reusing its redis client."""

import os
import socket

import pytest
from django.core.cache import caches
from django.urls import reverse

REDIS_URL = "redis://127.0.0.1:6379/11"


def redis_is_up():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


@pytest.fixture
def redis_cache(settings):
    if not redis_is_up():
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail("REQUIRE_REDIS=1 but no Redis at 127.0.0.1:6379")
        pytest.skip("no Redis at 127.0.0.1:6379 (CI has one and sets REQUIRE_REDIS=1)")
    settings.CACHES = {"default": {"BACKEND": "practice_site.redis_cache.RedisCache", "LOCATION": REDIS_URL}}
    cache = caches["default"]
    cache.clear()
    yield cache
    cache.clear()


def test_redis_backend_keeps_one_client_per_pool(redis_cache):
    client = redis_cache._cache
    assert client.get_client(write=True) is client.get_client(write=True)
    redis_cache.set("sleutel", {"waarde": 1}, 30)
    assert redis_cache.get("sleutel") == {"waarde": 1}


@pytest.mark.django_db
def test_pages_are_shared_through_redis_between_processes(
    redis_cache, client, make_article, django_assert_num_queries
):
    """A page cached by one worker is served by another (its local copy empty) without the database."""
    from practice_site import page_cache

    article = make_article(title="Gedeeld via Redis")
    client.get(article.get_absolute_url())
    page_cache.local_first.clear()  # as if another worker answers
    with django_assert_num_queries(0):
        response = client.get(article.get_absolute_url())
    assert "Gedeeld via Redis" in response.content.decode()
    article.title = "Nieuwe titel via Redis"
    article.save()
    assert "Nieuwe titel via Redis" in client.get(article.get_absolute_url()).content.decode()
    assert client.get(reverse("healthz")).status_code == 200
