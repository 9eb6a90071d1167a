"""Deleting an article in the admin: the confirmation names what the editor will lose, in Dutch,
without the rows the site keeps for itself (category links, suggestions, the text index)."""

import pytest

from blog import text_index
from blog.models import Article, IndexedArticle, RelatedArticle

pytestmark = pytest.mark.django_db


def test_the_delete_confirmation_lists_the_article_without_derived_rows(client, editor, make_article):
    body = "## Slapen\n\nPiekeren houdt je wakker. Slapen en piekeren gaan samen: rust helpt slapen."
    article = make_article(title="Piekeren en slapen", body=body)
    make_article(title="Beter slapen", body=body + " Een vaste tijd helpt.")
    text_index.rebuild()
    assert RelatedArticle.objects.filter(article=article).exists()
    assert IndexedArticle.objects.filter(article=article).exists()

    client.force_login(editor)
    page = client.get(f"/admin/blog/article/{article.pk}/delete/")
    assert page.status_code == 200
    text = page.text
    assert "Piekeren en slapen" in text
    for derived in ("Article-category", "Article_categories", "object (", "Automatische suggestie"):
        assert derived not in text, derived

    assert client.post(f"/admin/blog/article/{article.pk}/delete/", {"post": "yes"}).status_code == 302
    assert not Article.objects.filter(pk=article.pk).exists()
    assert not RelatedArticle.objects.filter(article_id=article.pk).exists()
