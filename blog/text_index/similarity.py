"""Similarity: expansion with neighbours, suggestion lists, and why each suggestion was made.

A vector is widened with those of its EXPANSION_NEIGHBOURS most similar articles (pseudo-relevance
feedback), so a short text borrows the vocabulary of the texts most like it. Suggestions are the
cosine similarity of the expanded vectors, ties to the newer article; the best stored_count() per
article are stored with the strongest terms the two share.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

import numpy as np
from django.conf import settings

from ..models import Category, IndexTerm
from . import storage
from .analysis import term_kind
from .vectors import (
    Vector,
    dense,
    pack_ids,
    pack_weights,
    row_of,
    sparse,
    strongest,
    unpack_matrix,
    widen,
    with_row,
)

EXPANSION_NEIGHBOURS = 8
EXPANSION_WEIGHT = 2.0
# The admin counts a suggestion at least this similar as a good match. On the evaluation corpus
# 89% of same-topic suggestions score that high, and 16% of the others.
GOOD_SCORE = 0.4
REASON_COUNT = 3
CHUNK = 128  # rows per block of similarity scores: bounds the memory of a rebuild
EMPTY: Vector = (np.zeros(0, np.int32), np.zeros(0, np.float32))


def stored_count() -> int:
    return max(10, 2 * settings.BLOG_RELATED_COUNT)


class Index:
    """Every indexed article's vector and expanded vector, as the rows of two sparse matrices.

    A row whose article left the index stays, empty, so row numbers never shift during an update.
    """

    def __init__(self, article_ids, base, expanded, recency, suggestable, cutoff):
        self.article_ids = list(article_ids)
        self._base, self._base_rows = base, {}  # rows waiting to be written into the matrix
        self.expanded = expanded
        self.recency = np.asarray(recency, np.float64)
        self.suggestable = np.asarray(suggestable, bool)
        self.cutoff = np.asarray(cutoff, np.float64)
        self.present = np.ones(len(self.article_ids), bool)
        self.row = {pk: i for i, pk in enumerate(self.article_ids)}

    @classmethod
    def load(cls) -> Index:
        article_ids, base_ids, base_weights, expanded_ids, expanded_weights, *rest = storage.load_vectors()
        width = storage.newest_term_id() + 1
        base = unpack_matrix(base_ids, base_weights, width)
        expanded = unpack_matrix(expanded_ids, expanded_weights, width)
        return cls(article_ids, base, expanded, *rest)

    @property
    def base(self) -> sparse.csr_matrix:
        for i, vector in self._base_rows.items():
            self._base = with_row(self._base, i, vector)
        self._base_rows = {}
        return self._base

    @property
    def width(self) -> int:
        return max(self.expanded.shape[1], self._base.shape[1])

    @property
    def article_count(self) -> int:
        return int(self.present.sum())

    def put(self, pk, vector: Vector, expanded: Vector, recency: float, suggestable: bool):
        i = self.row.get(pk, len(self.article_ids))
        if i == len(self.article_ids):
            self.article_ids.append(pk)
            self.row[pk] = i
            self.recency = np.append(self.recency, recency)
            self.suggestable = np.append(self.suggestable, suggestable)
            self.cutoff = np.append(self.cutoff, 0.0)
            self.present = np.append(self.present, True)
        else:
            self.recency[i], self.suggestable[i], self.present[i] = recency, suggestable, True
        self._base_rows[i] = vector
        self.expanded = with_row(self.expanded, i, expanded)

    def clear(self, pk):
        i = self.row.get(pk)
        if i is not None:
            self._base_rows[i] = EMPTY
            self.expanded = with_row(self.expanded, i, EMPTY)
            self.suggestable[i], self.present[i], self.cutoff[i] = False, False, 0.0

    def expand(self, vectors: sparse.csr_matrix, own_rows: Sequence[int | None]) -> sparse.csr_matrix:
        """Each vector plus its nearest neighbours' vectors, weighted by their similarity."""
        base = self.base
        sizes, kept_ids, kept_weights = array("q"), array("i"), array("f")  # compact: no object per row
        for start in range(0, vectors.shape[0], CHUNK):
            block = widen(vectors[start : start + CHUNK], base.shape[1])
            base = widen(base, block.shape[1])
            scores = self.similarity(base, block)
            for offset, own_row in enumerate(own_rows[start : start + CHUNK]):
                if own_row is not None:
                    scores[offset, own_row] = 0
            k = min(EXPANSION_NEIGHBOURS, scores.shape[1])
            mix = sparse.csr_matrix(scores.shape, dtype=np.float32)
            if k:
                nearest = np.argpartition(-scores, k - 1, axis=1)[:, :k]
                weights = np.take_along_axis(scores, nearest, axis=1).ravel()
                rows = np.repeat(np.arange(block.shape[0]), k)
                keep = weights > 0
                mix = sparse.csr_matrix(
                    (EXPANSION_WEIGHT * weights[keep], (rows[keep], nearest.ravel()[keep])),
                    shape=scores.shape,
                    dtype=np.float32,
                )
            widened = (block + mix @ base).tocsr()
            widened.sort_indices()
            for i in range(widened.shape[0]):
                row_ids, row_weights = strongest(*row_of(widened, i))
                sizes.append(len(row_ids))
                kept_ids.extend(row_ids.tolist())
                kept_weights.extend(row_weights.tolist())
        indptr = np.concatenate([[0], np.cumsum(np.frombuffer(sizes, np.int64))]).astype(np.int32)
        data = (np.frombuffer(kept_weights, np.float32), np.frombuffer(kept_ids, np.int32), indptr)
        return sparse.csr_matrix(data, shape=(vectors.shape[0], max(base.shape[1], vectors.shape[1])))

    @staticmethod
    def similarity(matrix: sparse.csr_matrix, vectors: sparse.csr_matrix) -> np.ndarray:
        """Each vector's similarity to every row of the matrix: (vectors × rows), rounded."""
        width = max(matrix.shape[1], vectors.shape[1])
        matrix, vectors = widen(matrix, width), widen(vectors, width)
        if vectors.shape[0] == 1:  # one vector: a dense column is much quicker
            start, end = vectors.indptr[0], vectors.indptr[1]
            column = dense((vectors.indices[start:end], vectors.data[start:end]), width)
            scores = (matrix @ column)[np.newaxis, :]
        else:
            scores = (matrix @ vectors.T).T.toarray()
        return np.round(scores.astype(np.float64), 6)

    def suggestions(self, scores: np.ndarray, own_ids: Sequence[int]) -> list[list[tuple[int, float]]]:
        """From similarity scores to each row: [(article id, score), …], best first, ties to the newer."""
        ids = np.array(self.article_ids, np.int64)
        count = stored_count()
        scores[:, ~self.suggestable] = 0
        result = []
        for row, own_id in zip(scores, own_ids, strict=True):
            if own_id in self.row:
                row[self.row[own_id]] = 0
            k = min(2 * count, len(row))
            top = np.argpartition(-row, k - 1)[:k] if k else np.zeros(0, np.int64)
            top = top[row[top] > 0]
            top = top[np.lexsort((-self.recency[top], -row[top]))][:count]
            result.append([(int(ids[i]), float(row[i])) for i in top])
        return result

    def suggestions_for(self, vectors: sparse.csr_matrix, own_ids: Sequence[int]) -> list:
        result = []
        for start in range(0, vectors.shape[0], CHUNK):
            scores = self.similarity(self.expanded, vectors[start : start + CHUNK])
            result.extend(self.suggestions(scores, own_ids[start : start + CHUNK]))
        return result

    def stored(self, pk) -> dict:
        """The IndexedArticle fields of one row."""
        i = self.row[pk]
        base = self._base_rows[i] if i in self._base_rows else row_of(self.base, i)
        expanded = row_of(self.expanded, i)
        return {
            "base_ids": pack_ids(base[0]),
            "base_weights": pack_weights(base[1]),
            "expanded_ids": pack_ids(expanded[0]),
            "expanded_weights": pack_weights(expanded[1]),
            "recency": float(self.recency[i]),
            "suggestable": bool(self.suggestable[i]),  # SQLite returns 0/1
            "cutoff": float(self.cutoff[i]),
        }


def reasons_label(shared: list[str], category_names: dict[int, str]) -> str:
    """The strongest shared stems, and a shared category, in words an editor can read."""
    stems = [text for text in shared if text and term_kind(text) == IndexTerm.Kind.STEM]
    if not stems:  # only parts of words in common: show those
        stems = [f"…{text[1:].strip('^$')}…" for text in shared if term_kind(text) == IndexTerm.Kind.GRAM]
    label = ", ".join(stems[:REASON_COUNT])
    categories = [text for text in shared if term_kind(text) == IndexTerm.Kind.CATEGORY]
    if categories and (name := category_names.get(int(categories[0][1:]))):
        label += f" · categorie {name}"
    return label[:250]


def shared_terms(lists, vectors: sparse.csr_matrix, row: dict[int, int], text_of=None) -> dict:
    """For each suggestion, the terms its article and the suggested one share, strongest first."""
    pairs = [(pk, related) for pk, suggestions in lists.items() for related, _ in suggestions]
    names = dict(Category.objects.values_list("pk", "name"))
    reasons = {}
    for start in range(0, len(pairs), 5000):
        block = pairs[start : start + 5000]
        left = vectors[[row[pk] for pk, _ in block]]
        right = vectors[[row[related] for _, related in block]]
        shared = left.multiply(right).tocoo()  # each shared term's contribution to the score
        order = np.lexsort((-shared.data, shared.row))
        rows, terms = shared.row[order], shared.col[order]
        keep = np.arange(len(rows)) - np.searchsorted(rows, rows) < 20  # each pair's 20 strongest
        rows, terms = rows[keep].tolist(), terms[keep].tolist()
        texts = text_of or dict(IndexTerm.objects.filter(pk__in=set(terms)).values_list("pk", "text")).get
        top = {}
        for i, term in zip(rows, terms, strict=True):
            top.setdefault(i, []).append(texts(term) or "")
        reasons.update((block[i], reasons_label(shared_texts, names)) for i, shared_texts in top.items())
    return reasons


def cutoff_of(suggestions) -> float:
    """The score a newcomer must beat to enter a full list (any positive score if it is not full)."""
    return suggestions[-1][1] if len(suggestions) >= stored_count() else 0.0
