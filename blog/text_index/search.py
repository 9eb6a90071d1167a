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
from .vectors import unpack_posting

SEARCH_MAX_LENGTH = 200  # characters of a query that are read
SEARCH_MAX_TERMS = 10
PART_MATCH = 0.7  # "prikkel" found inside "overprikkel" counts for less than the word itself
PART_MIN_LENGTH = 4  # shorter stems only match whole stems


class SearchResults(Sequence):
    """Matching article ids with their scores, for a Paginator: best first, equal scores to the
    newer article (the higher id). Only the results up to the page asked for are put in order,
    and a page loads only its own articles."""

    def __init__(self, article_ids: np.ndarray, scores: np.ndarray):
        self.article_ids = article_ids
        self.scores = np.round(scores, 9)  # equal up to rounding: then the newer article wins

    def __len__(self):
        return len(self.article_ids)

    def ranked(self, count: int) -> np.ndarray:
        """The ids of the best `count` results, in order."""
        scores, ids = self.scores, self.article_ids
        if count < len(ids):
            # Every result at least as good as the count-th best: ties at the edge stay in.
            edge = np.partition(scores, len(ids) - count)[len(ids) - count]
            keep = scores >= edge
            scores, ids = scores[keep], ids[keep]
        return ids[np.lexsort((-ids, -scores))][:count]

    def __getitem__(self, item):
        if not isinstance(item, slice):
            return self[item : item + 1][0]
        start, stop, step = item.indices(len(self))
        ids = self.ranked(stop)[start:stop:step].tolist()
        # Looked up by primary key alone, visibility checked here: with the visibility condition
        # in SQL, SQLite walks the status index through every visible article instead.
        found = Article.objects.cards().in_bulk(ids)
        return [found[pk] for pk in ids if pk in found and found[pk].is_visible]


NO_RESULTS = SearchResults(np.zeros(0, np.int64), np.zeros(0))


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
        return NO_RESULTS
    vocabulary = _stems.refresh()
    matches: dict[int, list[tuple[int, float]]] = {}  # term id → [(query stem number, factor)]
    for number, wanted in enumerate(stems):
        for term_id, factor in vocabulary.matching(wanted).items():
            matches.setdefault(term_id, []).append((number, factor))
    indexed, norms = storage.search_norms()
    if not len(indexed):
        return NO_RESULTS
    # best[n, i]: the best match of query stem n in the i-th indexed article. A dense table (a few
    # rows of one number per article) costs far less than sorting every posting of the query.
    best = np.zeros((len(stems), len(indexed)))
    for term_id, blob in storage.postings_of(list(matches)):
        articles, weights = unpack_posting(blob)
        at = np.minimum(np.searchsorted(indexed, articles), len(indexed) - 1)
        known = indexed[at] == articles
        at, weights = at[known], weights[known].astype(np.float64)
        for number, factor in matches[term_id]:
            best[number, at] = np.maximum(best[number, at], weights * factor)
    found = np.count_nonzero(best, axis=0)
    # The index holds articles with a visible status only; of those, scheduled ones must wait.
    waiting = list(Article.objects.scheduled().values_list("pk", flat=True))
    if waiting:
        found[np.isin(indexed, waiting)] = 0
    hits = np.flatnonzero(found)
    scores = best[:, hits].sum(axis=0) / norms[hits] * found[hits] / len(stems)
    return SearchResults(indexed[hits], scores)
