"""Search: the blog's search box, on the same analysis as the related articles.

A query stem matches the same stem, and (for PART_MATCH) a stem it is part of, so "prikkels"
finds "overprikkeling" and "overprikkeld". An article scores the TF-IDF weights of its best match
for each query stem, summed, divided by its norm, times the share of query stems it matches:
articles that match more of the query come first; equal scores go to the newer article.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence

import numpy as np

from ..models import Article, IndexTerm
from . import storage
from .analysis import stem, words
from .vectors import unpack_postings

SEARCH_MAX_LENGTH = 200  # characters of a query that are read
SEARCH_MAX_TERMS = 10
PART_MATCH = 0.7  # "prikkel" found inside "overprikkel" counts for less than the word itself
PART_MIN_LENGTH = 4  # shorter stems only match whole stems


class SearchResults(Sequence):
    """Ranked article ids that a Paginator can page through; a page loads only its own articles."""

    def __init__(self, article_ids: list[int]):
        self.article_ids = article_ids

    def __len__(self):
        return len(self.article_ids)

    def __getitem__(self, item):
        if not isinstance(item, slice):
            return self[item : item + 1][0]
        ids = self.article_ids[item]
        found = Article.objects.published().cards().in_bulk(ids)
        return [found[pk] for pk in ids if pk in found]


class _Stems:
    """Every stem in the index, joined in one string, to find the stems a query stem is part of.

    Each process keeps a copy and reloads it when a newer term id exists: a term keeps its id,
    and an id is never given to another term, so a copy without the newest ids is still right.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self.newest_id = None
        self.text = "\n"
        self.starts = np.zeros(1, np.int64)
        self.ids = np.zeros(0, np.int64)

    def refresh(self) -> _Stems:
        newest = storage.newest_term_id()
        with self._lock:
            if newest != self.newest_id:
                rows = list(IndexTerm.objects.filter(kind=IndexTerm.Kind.STEM).values_list("pk", "text"))
                lengths = np.fromiter((len(text) + 1 for _, text in rows), np.int64, len(rows))
                self.text = "\n" + "".join(f"{text}\n" for _, text in rows)
                self.starts = np.concatenate([[1], 1 + np.cumsum(lengths)]).astype(np.int64)
                self.ids = np.array([pk for pk, _ in rows], np.int64)
                self.newest_id = newest
        return self

    def matching(self, stem: str) -> dict[int, float]:
        """Term ids of the stem itself (1.0) and, for a long enough stem, of stems containing it."""
        if len(stem) < PART_MIN_LENGTH:
            pattern = re.compile(f"\n{re.escape(stem)}\n")
            positions = np.array([match.start() + 1 for match in pattern.finditer(self.text)], np.int64)
        else:
            pattern = re.compile(re.escape(stem))
            positions = np.array([match.start() for match in pattern.finditer(self.text)], np.int64)
        rows = np.searchsorted(self.starts, positions, side="right") - 1
        whole = (self.starts[rows] == positions) & (self.starts[rows + 1] - 1 == positions + len(stem))
        factors = np.where(whole, 1.0, PART_MATCH)
        found = {}
        for term_id, factor in zip(self.ids[rows].tolist(), factors.tolist(), strict=True):
            found[term_id] = max(found.get(term_id, 0.0), factor)
        return found


_stems = _Stems()


def query_stems(query: str) -> list[str]:
    return list(dict.fromkeys(stem(word) for word in words(query[:SEARCH_MAX_LENGTH])))[:SEARCH_MAX_TERMS]


def search(query: str) -> SearchResults:
    """Visible articles ranked by how well they match the query."""
    stems = query_stems(query)
    if not stems:
        return SearchResults([])
    vocabulary = _stems.refresh()
    matches: dict[int, list[tuple[int, float]]] = {}  # term id → [(query stem number, factor)]
    for number, wanted in enumerate(stems):
        for term_id, factor in vocabulary.matching(wanted).items():
            matches.setdefault(term_id, []).append((number, factor))
    indexed, norms = storage.search_norms()
    # best[n, i]: the best match of query stem n in the i-th indexed article (a dense table: a
    # few rows of one float per article, far cheaper than sorting every posting).
    best = np.zeros((len(stems), len(indexed)))
    for term_id, blob in storage.postings_of(list(matches)):
        articles, weights, _ = unpack_postings([blob])
        at = np.minimum(np.searchsorted(indexed, articles), max(len(indexed) - 1, 0))
        known = indexed[at] == articles if len(indexed) else np.zeros(len(articles), bool)
        at, weights = at[known], weights[known].astype(np.float64)
        for number, factor in matches[term_id]:
            best[number, at] = np.maximum(best[number, at], weights * factor)
    found = np.count_nonzero(best, axis=0)
    hits = np.flatnonzero(found)
    scores = best[:, hits].sum(axis=0) / norms[hits] * found[hits] / len(stems)
    candidates = indexed[hits]
    ranked = candidates[np.lexsort((-candidates, -np.round(scores, 9)))].tolist()
    # The index holds articles with a visible status only; of those, scheduled ones wait.
    waiting = set(Article.objects.scheduled().values_list("pk", flat=True))
    return SearchResults([pk for pk in ranked if pk not in waiting])
