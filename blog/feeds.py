from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .models import Article


class LatestArticlesFeed(Feed):
    title = _("Blog van %(name)s") % {"name": settings.PRACTICE["name"]}
    link = reverse_lazy("blog:article-list")
    description = _("Nieuwe artikelen van onze psychologen.")
    language = "nl"

    def items(self):
        return Article.objects.published().select_related("author")[:20]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.summary

    def item_pubdate(self, article):
        return article.published_at

    def item_updateddate(self, article):
        return article.updated_at

    def item_author_name(self, article):
        return article.author.name


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed
    subtitle = LatestArticlesFeed.description
