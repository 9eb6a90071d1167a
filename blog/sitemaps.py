from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Article, Category


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Article.objects.published().only("slug", "updated_at")

    def lastmod(self, article):
        return article.updated_at


class CategorySitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return Category.objects.filter(articles__in=Article.objects.published()).distinct()


class PageSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return ["home", "blog:article-list", "intake:contact", "intake:advice-call", "intake:privacy"]

    def location(self, name):
        return reverse(name)


sitemaps = {"pages": PageSitemap, "articles": ArticleSitemap, "categories": CategorySitemap}
