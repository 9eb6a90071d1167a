"""Whole-page cache for public pages, invalidated whenever published content changes.

Django's cache middleware does the work; this module gives its keys a *content version*.
Saving or deleting an article, category or author starts a new version, so every cached
page is stale at once (the home page, the overview and other articles' related cards all
show an article, so a narrower rule would miss pages). A scheduled article needs no save:
the version also ends at the next scheduled publish time.

Browsers get `Cache-Control: no-cache` with an ETag (ConditionalGetMiddleware) and a
Last-Modified of the content version, so a repeat visit is a cheap 304 and never stale.
"""

import logging
import pickle
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.middleware import cache as django_cache
from django.utils import timezone
from django.utils.cache import has_vary_header, patch_cache_control, set_response_etag
from django.utils.http import http_date

from blog.models import Article, Author, Category
from blog.signals import related_articles_changed

logger = logging.getLogger(__name__)
STATE_KEY = "page-cache:content-state"
# Never cached, and never dependent on the cache being up.
EXEMPT_PREFIXES = ("/healthz", "/admin/", "/markdownx/")
# Each process keeps the state it read for a moment, to spare the cache a round trip on
# every request; another process sees a change at most this much later.
LOCAL_SECONDS = 1.0
_local = {"state": None, "read_at": 0.0}


def _cache():
    return caches["default"]


def _page_cache():
    return caches[settings.CACHE_MIDDLEWARE_ALIAS]


def invalidate_pages(**kwargs) -> dict:
    """Start a new content version (signal receiver for content changes)."""
    next_publish = Article.objects.next_publish_time()
    state = {"version": timezone.now().timestamp(), "expires": next_publish and next_publish.timestamp()}
    _local.update(state=state, read_at=time.monotonic())
    try:
        _cache().set(STATE_KEY, state, None)
    except Exception:  # a cache outage must not stop an editor from saving
        logger.warning("page cache: could not store a new content version", exc_info=True)
    return state


def content_state() -> dict:
    state = _local["state"]
    if state is None or time.monotonic() - _local["read_at"] > LOCAL_SECONDS:
        state = _cache().get(STATE_KEY)
        _local.update(state=state, read_at=time.monotonic())
    if state is None or (state["expires"] is not None and timezone.now().timestamp() >= state["expires"]):
        state = invalidate_pages()
    return state


def enabled() -> bool:
    return settings.CACHE_MIDDLEWARE_SECONDS > 0


class _LocalFirst:
    """The shared page cache with a small per-process copy in front of it.

    A page this process already fetched is answered from its own memory, with no round trip
    to Redis. The keys carry the content version, so a local copy is never staler than the
    shared one. Values are kept pickled, so every request gets its own response object.
    """

    SIZE = 512

    def __init__(self):
        self.items = OrderedDict()
        self.lock = threading.Lock()

    @property
    def shared(self):
        return _page_cache()

    def _remember(self, key, value, timeout):
        with self.lock:
            self.items[key] = (time.monotonic() + timeout, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
            self.items.move_to_end(key)
            while len(self.items) > self.SIZE:
                self.items.popitem(last=False)

    def get(self, key, default=None):
        with self.lock:
            item = self.items.get(key)
            if item and item[0] > time.monotonic():
                self.items.move_to_end(key)
                return pickle.loads(item[1])  # noqa: S301 (our own pickles, never from outside)
        value = self.shared.get(key, default)
        if value is not default:
            self._remember(key, value, settings.CACHE_MIDDLEWARE_SECONDS)
        return value

    def set(self, key, value, timeout=None):
        self.shared.set(key, value, timeout)
        self._remember(key, value, timeout or settings.CACHE_MIDDLEWARE_SECONDS)

    def clear(self):
        with self.lock:
            self.items.clear()


local_first = _LocalFirst()


class _VersionedKeyPrefix:
    """Django's cache middleware with the content version in every key."""

    @property
    def cache(self):
        return local_first

    @property
    def key_prefix(self):
        return f"{self._base_prefix}v{content_state()['version']}"

    @key_prefix.setter
    def key_prefix(self, value):
        self._base_prefix = value


def applies_to(request) -> bool:
    return enabled() and not request.path.startswith(EXEMPT_PREFIXES)


class UpdateCacheMiddleware(_VersionedKeyPrefix, django_cache.UpdateCacheMiddleware):
    def process_response(self, request, response):
        if not applies_to(request):
            return response
        if has_vary_header(response, "Cookie"):
            # It depends on the session or a CSRF token (forms, previews, the admin): never shared.
            request._cache_update_cache = False
        elif response.status_code == 200 and not response.streaming:
            set_response_etag(response)  # stored with the page, so a cache hit needs no hashing
        # never_cache sets an Expires too: such a page keeps its private headers.
        private = any(word in response.get("Cache-Control", "") for word in ("private", "no-store"))
        try:
            response = super().process_response(request, response)
        except Exception:  # the cache is down: serve the page uncached
            logger.warning("page cache: could not store a page", exc_info=True)
            return response
        if not private and response.has_header("Expires") and request.method in ("GET", "HEAD"):
            # Server-cached: browsers must revalidate (ETag / Last-Modified give a 304).
            del response.headers["Expires"]
            response.headers.pop("Cache-Control", None)
            patch_cache_control(response, no_cache=True, public=True)
            response.headers.setdefault("Last-Modified", http_date(content_state()["version"]))
        return response


class FetchFromCacheMiddleware(_VersionedKeyPrefix, django_cache.FetchFromCacheMiddleware):
    def process_request(self, request):
        if not applies_to(request):
            return None
        try:
            return super().process_request(request)
        except DisallowedHost:
            raise  # not a cache problem: Django answers it with a 400
        except Exception:  # the cache is down: build the page as if it were not cached
            logger.warning("page cache: could not read", exc_info=True)
            request._cache_update_cache = False
            return None


def connect_signals():
    """Every change visitors could see starts a new content version (called by the AppConfig)."""
    for model in (Article, Category, Author):
        uid = f"page-cache-{model.__name__}"
        post_save.connect(invalidate_pages, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(invalidate_pages, sender=model, dispatch_uid=f"{uid}-delete")
    m2m_changed.connect(invalidate_pages, sender=Article.categories.through, dispatch_uid="page-cache-m2m")
    related_articles_changed.connect(invalidate_pages, dispatch_uid="page-cache-related")
