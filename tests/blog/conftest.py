import pytest

from .corpus import ARTICLES

CORPUS = {item["key"]: item for item in ARTICLES}


@pytest.fixture
def publish(make_article, django_capture_on_commit_callbacks):
    """Create an article from the evaluation corpus, committed as the admin would: the index updates."""

    def publish(key, **fields):
        item = CORPUS[key]
        fields = {
            "title": item["title"],
            "summary": item["summary"],
            "body": item["body"],
            "slug": key,
        } | fields
        with django_capture_on_commit_callbacks(execute=True):
            return make_article(**fields)

    return publish
