import hashlib
import logging
import time

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core.cache import cache
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.generic import DetailView, ListView

from . import text_index
from .models import Article, Category
from .permissions import may_edit_articles

logger = logging.getLogger(__name__)


def searched_too_often(request) -> bool:
    """Count a search against its address's BLOG_SEARCH_RATE_LIMIT per minute.

    No cache holds searches (every query differs), so a flood of them is the cheapest way to keep
    the server busy; a person types far fewer. A cache outage lets every search through.
    """
    limit = settings.BLOG_SEARCH_RATE_LIMIT
    if not limit:
        return False
    # Hashed with the secret key, so the cache holds no IP addresses.
    address = hashlib.sha256(f"{settings.SECRET_KEY}|{get_client_ip_address(request)}".encode()).hexdigest()
    key = f"blog:searches:{address[:32]}:{int(time.time() // 60)}"
    try:
        return not cache.add(key, 1, timeout=60) and cache.incr(key) > limit
    except Exception:
        logger.warning("blog: search limit cache unavailable", exc_info=True)
        return False


class ArticleListView(ListView):
    template_name = "blog/article_list.html"
    context_object_name = "articles"

    def get(self, request, *args, **kwargs):
        if "slug" not in kwargs and request.GET.get("q", "").strip() and searched_too_often(request):
            return TemplateResponse(
                request, "blog/search_limited.html", status=429, headers={"Retry-After": "60"}
            )
        return super().get(request, *args, **kwargs)

    def get_paginate_by(self, queryset):
        return settings.BLOG_PAGE_SIZE

    def get_queryset(self):
        self.query = ""
        queryset = Article.objects.published().cards()
        if "slug" in self.kwargs:
            self.category = get_object_or_404(Category, slug=self.kwargs["slug"])
            return queryset.filter(categories=self.category)
        self.category = None
        self.query = " ".join(self.request.GET.get("q", "").split())[: text_index.SEARCH_MAX_LENGTH]
        if self.query:
            return text_index.search(self.query)
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        context["categories"] = Category.objects.all()
        context["query"] = self.query
        return context


class ArticleDetailView(DetailView):
    template_name = "blog/article_detail.html"
    context_object_name = "article"

    def get_object(self, queryset=None):
        article = Article.objects.for_page(self.kwargs["slug"])
        # Only for an invisible article look at who is asking: a visible article's page must
        # not depend on the session, so it can be cached for everyone.
        if article is None or (not article.is_visible and not may_edit_articles(self.request.user)):
            raise Http404
        return article

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["related_articles"] = text_index.related_articles(self.object)
        return context
