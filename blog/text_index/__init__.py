"""The Dutch text index behind "related articles" and the blog's search box.

The rest of the site imports only what this module names. Inside, one module per job:

- analysis.py: text becomes features (words, Dutch stems, their 4-grams, categories);
- vectors.py: TF-IDF vectors, sparse matrices, and their packed form in blobs;
- similarity.py: expansion with neighbours, suggestion lists, and the terms two articles share;
- storage.py: every read and write of the index's tables (and the only hand-written SQL);
- rebuild.py: everything from scratch (`manage.py rebuild_related`, nightly);
- update.py: one article again after a save, and the lists its change touches;
- search.py: the search box;
- cards.py: the related articles an article page shows.

The index holds every article whose status visitors may see (Article.VISIBLE_STATUSES),
scheduled ones included, so a scheduled article turns up at its publish time without a save;
visibility in time is checked when reading, by the model's own rule. Drafts get suggestions (for
the staff preview) but are never suggested, and neither is an article marked
"exclude_from_related".
"""

from .analysis import readable_reasons, surface_words
from .cards import related_articles
from .rebuild import RebuildResult, rebuild
from .search import SEARCH_MAX_LENGTH, search
from .similarity import GOOD_SCORE
from .update import forget, update

__all__ = [
    "GOOD_SCORE",
    "SEARCH_MAX_LENGTH",
    "RebuildResult",
    "forget",
    "readable_reasons",
    "rebuild",
    "related_articles",
    "search",
    "surface_words",
    "update",
]
