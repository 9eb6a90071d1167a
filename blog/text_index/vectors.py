"""Sparse vectors: TF-IDF weighting, the strongest features, matrices, and their packed form.

A vector is a pair of arrays: term ids (ascending) and their weights. Many vectors are the rows
of a scipy CSR matrix. Stored vectors and postings are packed little-endian arrays in blobs.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..models import IndexTerm


class _LazySparse:
    """scipy.sparse, imported on first use: only rebuilds and updates need it, and importing it
    would cost every web worker memory that public pages (and search) never use."""

    def __getattr__(self, name):
        from scipy import sparse as module

        return getattr(module, name)


sparse = _LazySparse()


BLOCK_WEIGHTS = {IndexTerm.Kind.STEM: 0.3, IndexTerm.Kind.GRAM: 0.7, IndexTerm.Kind.CATEGORY: 0.02}
VECTOR_SIZE = 300

Vector = tuple[np.ndarray, np.ndarray]  # term ids (ascending) and their weights


def weigh(ids, tf, kinds, document_counts, article_count) -> tuple[Vector, np.ndarray, float]:
    """An article's vector; for search, the TF-IDF of each of `ids` (0 unless a stem) and their norm."""
    weights = tf * (np.log((1 + article_count) / (1 + document_counts)) + 1)
    vector = np.zeros_like(weights)
    for kind, share in BLOCK_WEIGHTS.items():
        mask = kinds == kind
        norm = np.linalg.norm(weights[mask])
        if norm:
            vector[mask] = weights[mask] / norm * np.sqrt(share)
    search = np.where(kinds == IndexTerm.Kind.STEM, weights, 0.0).astype(np.float32)
    return strongest(ids, vector), search, float(np.linalg.norm(search)) or 1.0


def strongest(ids: np.ndarray, weights: np.ndarray, size: int = VECTOR_SIZE) -> Vector:
    """The `size` largest weights (ties to the lower id), L2-normalised, sorted by id."""
    keep = weights > 0
    ids, weights = np.asarray(ids, np.int32)[keep], np.asarray(weights, np.float64)[keep]
    if len(ids) > size:
        chosen = np.lexsort((ids, -weights))[:size]
        ids, weights = ids[chosen], weights[chosen]
    order = np.argsort(ids, kind="stable")
    ids, weights = ids[order], weights[order]
    norm = np.linalg.norm(weights)
    return ids, _as_stored(weights / norm if norm else weights)


def _as_stored(weights: np.ndarray) -> np.ndarray:
    # Stored as half-precision floats (an update reads every vector: bytes count). Computing
    # with exactly what is stored lets a rebuild and an update reach the very same scores.
    return np.asarray(weights).astype("<f2").astype(np.float32)


def pack_ids(ids) -> bytes:
    return np.asarray(ids).astype("<u4").tobytes()


def pack_weights(weights) -> bytes:
    return np.asarray(weights).astype("<f2").tobytes()


def unpack_ids(blob) -> np.ndarray:
    return np.frombuffer(blob, "<u4").view(np.int32)


def unpack_matrix(id_blobs: Sequence, weight_blobs: Sequence, width: int) -> sparse.csr_matrix:
    """Many stored vectors at once, as the rows of a matrix (no Python work per row)."""
    indptr = np.zeros(len(id_blobs) + 1, np.int32)
    np.cumsum([len(blob) // 4 for blob in id_blobs], out=indptr[1:])
    ids = unpack_ids(b"".join(id_blobs))
    weights = np.frombuffer(b"".join(weight_blobs), "<f2").astype(np.float32)
    return sparse.csr_matrix((weights, ids, indptr), shape=(len(id_blobs), max(width, width_of(ids))))


def width_of(ids) -> int:
    return int(np.max(ids, initial=-1)) + 1


def to_matrix(rows: Sequence[Vector], width: int) -> sparse.csr_matrix:
    indptr = np.zeros(len(rows) + 1, np.int32)
    np.cumsum([len(ids) for ids, _ in rows], out=indptr[1:])
    ids = np.concatenate([ids for ids, _ in rows]).astype(np.int32) if rows else np.zeros(0, np.int32)
    weights = np.concatenate([w for _, w in rows]).astype(np.float32) if rows else np.zeros(0, np.float32)
    return sparse.csr_matrix((weights, ids, indptr), shape=(len(rows), max(width, width_of(ids))))


def row_of(matrix: sparse.csr_matrix, i: int) -> Vector:
    start, end = matrix.indptr[i], matrix.indptr[i + 1]
    return matrix.indices[start:end], matrix.data[start:end]


def widen(matrix: sparse.csr_matrix, width: int) -> sparse.csr_matrix:
    if matrix.shape[1] >= width:
        return matrix
    return sparse.csr_matrix((matrix.data, matrix.indices, matrix.indptr), shape=(matrix.shape[0], width))


def dense(vector: Vector, width: int) -> np.ndarray:
    column = np.zeros(width, np.float32)
    column[vector[0]] = vector[1]
    return column


def with_row(matrix: sparse.csr_matrix, i: int, vector: Vector) -> sparse.csr_matrix:
    """The matrix with row i replaced (or, for i == its row count, appended)."""
    ids, weights = vector
    rows = matrix.shape[0]
    start, end = matrix.indptr[i], matrix.indptr[min(i + 1, rows)]
    tail = matrix.indptr[i + 1 :] + (len(ids) - (end - start)) if i < rows else [matrix.indptr[-1] + len(ids)]
    indptr = np.concatenate([matrix.indptr[: i + 1], tail], dtype=np.int32)
    indices = np.concatenate([matrix.indices[:start], ids, matrix.indices[end:]], dtype=np.int32)
    data = np.concatenate([matrix.data[:start], weights, matrix.data[end:]], dtype=np.float32)
    shape = (max(rows, i + 1), max(matrix.shape[1], width_of(ids)))
    return sparse.csr_matrix((data, indices, indptr), shape=shape)


def pack_postings(articles: np.ndarray, weights: np.ndarray) -> bytes:
    return np.asarray(articles).astype("<u4").tobytes() + np.asarray(weights).astype("<f4").tobytes()


def unpack_weights(blob) -> np.ndarray:
    return np.frombuffer(blob, "<f4")


def unpack_postings(blobs: Sequence) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Many stems' postings at once: (articles, weights, the number of postings of each stem)."""
    counts = np.array([len(blob) // 8 for blob in blobs], np.int64)
    words = np.frombuffer(b"".join(blobs), "<u4")
    rows = np.repeat(np.arange(len(blobs)), counts)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]) if len(blobs) else counts
    position = np.arange(counts.sum()) + starts[rows]  # a blob: its article ids, then their weights
    return words[position].astype(np.int64), words.view("<f4")[position + counts[rows]], counts
