"""How good are the suggestions? Scored on a labelled corpus of Dutch articles (tests/blog/corpus.py).

precision@3: the share of each article's top three suggestions that share a topic with it. Topics
are labels for this test only: the index sees titles, summaries, bodies and categories.
"""

import re
from collections import Counter

import pytest

from blog import text_index
from blog.models import Article, Author, Category, RelatedArticle
from blog.text_index.analysis import STOP_WORDS

from .corpus import ARTICLES, CATEGORIES, TOPICS

pytestmark = pytest.mark.django_db

SHORT_BODY = 300  # characters: the harder setting, with little text to go on


def cut(body, length):
    return body if length is None else body[:length]


def load_corpus(body_length=None):
    author = Author.objects.create(name="Redactie", role="Redactie")
    categories = {
        slug: Category.objects.create(name=slug.replace("-", " ").capitalize(), slug=slug)
        for slug in CATEGORIES
    }
    topics = {}
    for number, item in enumerate(ARTICLES):
        article = Article.objects.create(
            title=item["title"],
            slug=item["key"],
            summary=item["summary"],
            body=cut(item["body"], body_length),
            status=Article.Status.PUBLISHED,
            author=author,
            published_at=Article._meta.get_field("published_at").default()
            - __import__("datetime").timedelta(days=number),
        )
        article.categories.add(categories[item["category"]])
        topics[article.pk] = set(item["topics"])
    return topics


def precision_at_3(top3: dict[int, list[int]], topics: dict[int, set[str]]) -> float:
    hits = sum(bool(topics[pk] & topics[other]) for pk, others in top3.items() for other in others[:3])
    return hits / (3 * len(top3))


def stored_top3() -> dict[int, list[int]]:
    top3 = {}
    for article_id, related_id in RelatedArticle.objects.order_by("article", "rank").values_list(
        "article_id", "related_id"
    ):
        top3.setdefault(article_id, []).append(related_id)
    return top3


def word_overlap_top3(body_length=None) -> dict[int, list[int]]:
    """The baseline: WordPress's YARPP. The top 20 words of title and body, no stemming; the
    articles sharing most of them win (ties to the newer)."""
    keywords = {}
    for article in Article.objects.all():
        text = f"{article.title} {cut(article.body, body_length)}".lower()
        words = [w for w in re.findall(r"\w+", text) if len(w) > 1 and w not in STOP_WORDS]
        keywords[article.pk] = ({w for w, _ in Counter(words).most_common(20)}, article.published_at)
    return {
        pk: sorted(
            (other for other in keywords if other != pk),
            key=lambda other: (-len(words & keywords[other][0]), -keywords[other][1].timestamp()),
        )[:3]
        for pk, (words, _) in keywords.items()
    }


@pytest.mark.parametrize(
    ("body_length", "required", "baseline_margin"),
    [(None, 0.90, None), (SHORT_BODY, 0.85, 0.15)],
    ids=["full-articles", "first-300-characters"],
)
def test_suggestions_share_a_topic_with_the_article(body_length, required, baseline_margin, capsys):
    topics = load_corpus(body_length)
    text_index.rebuild()
    ours = precision_at_3(stored_top3(), topics)
    baseline = precision_at_3(word_overlap_top3(body_length), topics)
    setting = "full articles" if body_length is None else f"bodies cut to {body_length} characters"
    with capsys.disabled():
        print(
            f"\nprecision@3, {setting} ({len(ARTICLES)} articles, {len(TOPICS)} topics): "
            f"ours {ours:.3f} (required {required:.2f}), word-overlap baseline {baseline:.3f}"
        )
    assert ours >= required
    if baseline_margin is not None:
        assert ours - baseline >= baseline_margin
