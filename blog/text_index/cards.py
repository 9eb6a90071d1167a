"""What an article page shows under the article: its related articles, pinned ones first."""

from django.conf import settings

from ..models import Article
from . import storage


def related_articles(article: Article, count: int | None = None) -> list[Article]:
    """Pinned articles in their order, then the stored suggestions; visible ones only. One query.

    The query reads only this article's own rows of the two relation tables (an index lookup)
    with their few related articles joined by primary key; the invisible ones are left out here,
    by the model's own rule: a visibility condition in SQL lets SQLite start from all visible
    articles instead, which grows with the blog.
    """
    count = count or settings.BLOG_RELATED_COUNT
    related = []
    for card in storage.related_cards(article.pk):
        candidate = Article(**card)
        if candidate.is_visible:
            related.append(candidate)
            if len(related) == count:
                break
    return related
