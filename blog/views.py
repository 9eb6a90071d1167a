from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from . import text_index
from .models import Article, Category
from .permissions import may_edit_articles


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
