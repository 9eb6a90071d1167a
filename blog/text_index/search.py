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

    def matching(self, stem: str) -> tuple[np.ndarray, np.ndarray]:
        """Term ids of the stem itself (factor 1.0) and, for a long enough stem, of the stems
        containing it (PART_MATCH), each once."""
        if len(stem) < PART_MIN_LENGTH:
            pattern = re.compile(f"\n{re.escape(stem)}\n")
            positions = np.fromiter((match.start() + 1 for match in pattern.finditer(self.text)), np.int64)
        else:
            pattern = re.compile(re.escape(stem))
            positions = np.fromiter((match.start() for match in pattern.finditer(self.text)), np.int64)
        rows = np.searchsorted(self.starts, positions, side="right") - 1
        whole = (self.starts[rows] == positions) & (self.starts[rows + 1] - 1 == positions + len(stem))
        rows, first = np.unique(rows, return_index=True)  # a stem can hold the query stem twice
        return self.ids[rows], np.where(whole[first], 1.0, PART_MATCH)


_stems = _Stems()


def query_stems(query: str) -> list[str]:
    return list(dict.fromkeys(stem(word) for word in words(query[:SEARCH_MAX_LENGTH])))[:SEARCH_MAX_TERMS]


def search(query: str) -> SearchResults:
    """Visible articles ranked by how well they match the query."""
    stems = query_stems(query)
    if not stems:
        return NO_RESULTS
    vocabulary = _stems.refresh()
    # Each stem that matches a query stem, with the query stem's number and the match's factor;
    # a stem inside two query stems counts for both.
    term_ids, numbers, factors = [], [], []
    for number, wanted in enumerate(stems):
        ids, match_factors = vocabulary.matching(wanted)
        term_ids.append(ids)
        numbers.append(np.full(len(ids), number))
        factors.append(match_factors)
    term_ids, numbers, factors = np.concatenate(term_ids), np.concatenate(numbers), np.concatenate(factors)
    indexed, norms = storage.search_norms()
    if not len(indexed) or not len(term_ids):
        return NO_RESULTS
    blobs = dict(storage.postings_of(np.unique(term_ids).tolist()))
    articles, weights, counts = unpack_postings([blobs.get(term_id, b"") for term_id in term_ids.tolist()])
    numbers = np.repeat(numbers, counts)
    scores = weights * np.repeat(factors, counts)
    # Each article's place in the indexed articles, through a table by article id.
    place = np.full(int(max(indexed[-1], articles.max(initial=0))) + 1, -1)
    place[indexed] = np.arange(len(indexed))
    at = place[articles]
    known = at >= 0
    # best[n, i]: the best match of query stem n in the i-th indexed article. A dense table (a few
    # rows of one number per article) costs far less than sorting every posting of the query.
    best = np.zeros((len(stems), len(indexed)))
    np.maximum.at(best, (numbers[known], at[known]), scores[known])
    found = np.count_nonzero(best, axis=0)
    # The index holds articles with a visible status only; of those, scheduled ones must wait.
    waiting = list(Article.objects.scheduled().values_list("pk", flat=True))
    if waiting:
        found[np.isin(indexed, waiting)] = 0
    hits = np.flatnonzero(found)
    scores = best[:, hits].sum(axis=0) / norms[hits] * found[hits] / len(stems)
    return SearchResults(indexed[hits], scores)
