from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView, TemplateView

from . import related
from .models import Article, Category


def can_preview(user) -> bool:
    """Staff who may edit articles also see drafts and scheduled articles (as a preview)."""
    return user.is_active and user.is_staff and user.has_perm("blog.change_article")


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["latest_articles"] = Article.objects.published().cards()[:3]
        return context


class ArticleListView(ListView):
    template_name = "blog/article_list.html"
    context_object_name = "articles"

    def get_paginate_by(self, queryset):
        return settings.BLOG_PAGE_SIZE

    def get_queryset(self):
        self.query = ""
        queryset = Article.objects.published().cards()
        if "slug" in self.kwargs:
            self.category = get_object_or_404(Category, slug=self.kwargs["slug"])
            return queryset.filter(categories=self.category)
        self.category = None
        self.query = " ".join(self.request.GET.get("q", "").split())[: related.SEARCH_MAX_LENGTH]
        if self.query:
            return related.search(self.query)
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
        if article is None or (not article.is_visible and not can_preview(self.request.user)):
            raise Http404
        return article

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["related_articles"] = related.related_articles(self.object)
        return context
