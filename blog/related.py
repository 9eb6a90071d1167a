"""The Dutch text index behind "related articles" and the blog's search box.

Read it top to bottom:

1. Analysis: text becomes features. Lowercase, accents folded ("beïnvloeden" → "beinvloeden"),
   Dutch stop words dropped, every word reduced to its Snowball stem ("prikkels" → "prikkel").
   Dutch glues words into compounds ("overprikkeling", "prikkelgevoeligheid"), so each stem also
   yields its character 4-grams ("^pri", "prik", "rikk", …, "kel$"): compounds that share a part
   share grams. Title words count three times, summary words twice. Categories are features too.
2. Vectors: TF-IDF weights with raw term frequency (saturating it, BM25-style, made suggestions
   worse on the evaluation corpus), stems, grams and categories each normalised and mixed by
   BLOCK_WEIGHTS, cut to the VECTOR_SIZE strongest features. The small category block is the
   "shared category" boost: sharing one adds about its weight to the score.
3. Expansion: a vector is widened with those of its EXPANSION_NEIGHBOURS most similar articles
   (pseudo-relevance feedback), so a short text borrows the vocabulary of the texts most like it.
4. Suggestions: cosine similarity of the expanded vectors, ties to the newer article. The best
   stored_count() per article are stored as RelatedArticle rows with the strongest shared terms.
5. rebuild() computes everything from scratch (``manage.py rebuild_related``, nightly); update()
   redoes one article after a save: it reads every stored vector (one query), recomputes the
   article's own list, merges it into the lists it enters or stays in, and recomputes a list only
   when the article drops out of it. Document frequencies move with each update, but the other
   articles keep the weights and expansions of the last rebuild until the next one: that drift
   is small and the nightly rebuild re-anchors it.

   Storage is plain tables, the same on SQLite and PostgreSQL: IndexTerm (every stem, gram and
   category with its document count; a stem also with its postings for search), IndexedArticle
   (an article's vectors as packed arrays) and RelatedArticle (the stored suggestions).
6. related_articles(): what an article page shows, pinned first, in one query.
7. search(): the blog's search box, on the same analysis.

The index holds every article with status "published", scheduled ones included; visibility is
checked when reading, through Article.objects.published(), so a scheduled article turns up at its
publish time without anyone saving it again. Drafts get suggestions (for the staff preview) but are
never suggested, and neither is an article marked "exclude_from_related".
"""

from __future__ import annotations

import re
import threading
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import unescape
from itertools import chain

import numpy as np
import snowballstemmer
from django.conf import settings
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from .models import (
    Article,
    Category,
    IndexedArticle,
    IndexTerm,
    PinnedRelation,
    RelatedArticle,
)


class _LazySparse:
    """scipy.sparse, imported on first use: only rebuilds and updates need it, and it costs each
    web worker about 20 MB that public pages (and search) never use."""

    def __getattr__(self, name):
        from scipy import sparse as module

        return getattr(module, name)


sparse = _LazySparse()

# --- 1. Analysis -----------------------------------------------------------------------------

# The Snowball list for Dutch, plus the everyday words (komen, goed, manier, tijd, …) that say as
# little about a topic in articles written to "je".
STOP_WORDS = frozenset(
    """
    aan al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door
    dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand
    iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog
    nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want
    waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou
    bent bijvoorbeeld daarbij daardoor daarin daarmee daarna daarom daarvan dezelfde doe doet
    echt echter eerst eigen eigenlijk elk elke elkaar erbij erin ermee erop ervan ervoor even
    gaan gaat gewoon hebt heel hen hierbij hierdoor ieder iedere iedereen jezelf jij jou jouw
    juist jullie kun kunt laat maakt maken mag meestal meteen misschien moeten mogelijk niemand
    onze paar soms staat steeds terwijl tijdens tussen vaak vooral waar waardoor waarbij waarin
    waarom wanneer we weer wel welke wij willen wilt word zeer zitten zit zodat zoals zowel
    alleen beetje binnen blijft blijven daaraan denk denkt ding dingen eerste ene enkele eraan
    erna erover eruit gebeurde gebeuren gebeurt geeft genoeg geven goed groot grote hele
    helemaal hierover hoort horen houden houdt ineens keer klein kleine komen komt krijg krijgt
    laatste lang lange lijken lijkt manier meest mens mensen mezelf minder naast neemt nemen
    nieuw nieuwe ofwel opnieuw sommige staan tijd vast vinden vindt voelt waarmee waarna weet
    weinig werden weten zeg zeggen zegt zichzelf zien ziet zult
    """.split()
)
FIELD_WEIGHTS = (3, 2, 1)  # title, summary, body
GRAM_SIZE = 4
GRAM_PREFIX = "~"
CATEGORY_PREFIX = "#"

_COMBINING_MARKS = re.compile(r"[\u0300-\u036f]")
_WORD = re.compile(r"[^\W_]+")
_TAG = re.compile(r"<[^>]*>")
_stemmer = snowballstemmer.stemmer("dutch")
_stemmer_lock = threading.Lock()  # a Snowball stemmer keeps state while it works


def fold(text: str) -> str:
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text.lower()))


def words(text: str) -> list[str]:
    return [
        word
        for word in _WORD.findall(fold(text))
        if len(word) > 1 and word not in STOP_WORDS and not word.isdigit()
    ]


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    with _stemmer_lock:
        return _stemmer.stemWord(word)


def _grams(stem: str) -> tuple[str, ...]:
    """Character 4-grams of a stem, with its start and end marked: "prikkel" → "^pri" … "kel$"."""
    if len(stem) < GRAM_SIZE:
        return ()
    marked = f"^{stem}$"
    return tuple(GRAM_PREFIX + marked[i : i + GRAM_SIZE] for i in range(len(marked) - GRAM_SIZE + 1))


grams = lru_cache(maxsize=20_000)(_grams)  # a rebuild calls _grams: it meets every stem once


def category_term(category_id: int) -> str:
    return f"{CATEGORY_PREFIX}{category_id}"


def term_kind(text: str) -> int:
    if text.startswith(GRAM_PREFIX):
        return IndexTerm.Kind.GRAM
    if text.startswith(CATEGORY_PREFIX):
        return IndexTerm.Kind.CATEGORY
    return IndexTerm.Kind.STEM


def plain_text(html: str) -> str:
    return unescape(_TAG.sub(" ", html))


def stem_counts(title: str, summary: str, body_html: str) -> Counter:
    """Stems of an article, each counted with the weight of the field it appears in."""
    counts = Counter()
    for weight, text in zip(FIELD_WEIGHTS, (title, summary, plain_text(body_html)), strict=True):
        for word, count in Counter(words(text)).items():
            counts[stem(word)] += weight * count
    return counts


def features(stems: Counter, category_ids: Iterable[int]) -> Counter:
    """All features of an article with their term frequency: stems, their grams, categories."""
    counts = Counter(stems)
    counts.update(chain.from_iterable(grams(text) * count for text, count in stems.items()))
    for category_id in category_ids:
        counts[category_term(category_id)] = 1
    return counts


def surface_words(title: str, summary: str, body_html: str) -> dict[str, str]:
    """Each stem of a text with the word form it uses most (ties: the shorter): "veil" → "veilig"."""
    best = {}
    for word, count in Counter(chain(words(title), words(summary), words(plain_text(body_html)))).items():
        key = stem(word)
        if key not in best or (count, -len(word)) > best[key][1]:
            best[key] = (word, (count, -len(word)))
    return {key: word for key, (word, _) in best.items()}


def readable_reasons(reasons: str, words_of: dict[str, str]) -> str:
    """Stored reasons name stems; show an editor the words the article itself uses for them."""
    terms, separator, category = reasons.partition(" · ")
    shown = ", ".join(words_of.get(term, term) for term in terms.split(", ") if term)
    return f"{shown}{separator}{category}"


def feature_texts(stems: Iterable[str], category_ids: Iterable[int]) -> set[str]:
    stems = list(stems)
    return {*stems, *chain.from_iterable(map(grams, stems)), *map(category_term, category_ids)}


# --- 2. Vectors ------------------------------------------------------------------------------

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
    return sparse.csr_matrix((weights, ids, indptr), shape=(len(id_blobs), max(width, _width(ids))))


def _width(ids) -> int:
    return int(np.max(ids, initial=-1)) + 1


def to_matrix(rows: Sequence[Vector], width: int) -> sparse.csr_matrix:
    indptr = np.zeros(len(rows) + 1, np.int32)
    np.cumsum([len(ids) for ids, _ in rows], out=indptr[1:])
    ids = np.concatenate([ids for ids, _ in rows]).astype(np.int32) if rows else np.zeros(0, np.int32)
    weights = np.concatenate([w for _, w in rows]).astype(np.float32) if rows else np.zeros(0, np.float32)
    return sparse.csr_matrix((weights, ids, indptr), shape=(len(rows), max(width, _width(ids))))


def row_of(matrix: sparse.csr_matrix, i: int) -> Vector:
    start, end = matrix.indptr[i], matrix.indptr[i + 1]
    return matrix.indices[start:end], matrix.data[start:end]


def _widen(matrix: sparse.csr_matrix, width: int) -> sparse.csr_matrix:
    if matrix.shape[1] >= width:
        return matrix
    return sparse.csr_matrix((matrix.data, matrix.indices, matrix.indptr), shape=(matrix.shape[0], width))


def _dense(vector: Vector, width: int) -> np.ndarray:
    column = np.zeros(width, np.float32)
    column[vector[0]] = vector[1]
    return column


# --- 3. Expansion and 4. suggestions --------------------------------------------------------

EXPANSION_NEIGHBOURS = 8
EXPANSION_WEIGHT = 2.0
# The admin counts a suggestion at least this similar as a good match. On the evaluation corpus
# 89% of same-topic suggestions score that high, and 16% of the others.
GOOD_SCORE = 0.4
REASON_COUNT = 3
UPDATE_LIMIT = 50  # more articles at once (a category deleted, say): a rebuild is quicker
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
        fields = ["article_id", "base_ids", "base_weights", "expanded_ids", "expanded_weights"]
        fields += ["recency", "suggestable", "cutoff"]
        table = connection.ops.quote_name(IndexedArticle._meta.db_table)
        with connection.cursor() as cursor:  # 36 MB at 10,000 articles: no per-value ORM work
            cursor.execute(f"SELECT {', '.join(fields)} FROM {table} ORDER BY article_id")  # noqa: S608
            columns = list(zip(*cursor.fetchall(), strict=True)) or [()] * 8
        width = _width([0]) + (IndexTerm.objects.order_by("-pk").values_list("pk", flat=True).first() or 0)
        base = unpack_matrix(columns[1], columns[2], width)
        expanded = unpack_matrix(columns[3], columns[4], width)
        return cls(columns[0], base, expanded, columns[5], columns[6], columns[7])

    @property
    def base(self) -> sparse.csr_matrix:
        for i, vector in self._base_rows.items():
            self._base = _with_row(self._base, i, vector)
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
        self.expanded = _with_row(self.expanded, i, expanded)

    def clear(self, pk):
        i = self.row.get(pk)
        if i is not None:
            self._base_rows[i] = EMPTY
            self.expanded = _with_row(self.expanded, i, EMPTY)
            self.suggestable[i], self.present[i], self.cutoff[i] = False, False, 0.0

    def expand(self, vectors: sparse.csr_matrix, own_rows: Sequence[int | None]) -> sparse.csr_matrix:
        """Each vector plus its nearest neighbours' vectors, weighted by their similarity."""
        base = self.base
        sizes, kept_ids, kept_weights = array("q"), array("i"), array("f")  # compact: no object per row
        for start in range(0, vectors.shape[0], CHUNK):
            block = _widen(vectors[start : start + CHUNK], base.shape[1])
            base = _widen(base, block.shape[1])
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
        matrix, vectors = _widen(matrix, width), _widen(vectors, width)
        if vectors.shape[0] == 1:  # one vector: a dense column is much quicker
            start, end = vectors.indptr[0], vectors.indptr[1]
            column = _dense((vectors.indices[start:end], vectors.data[start:end]), width)
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


def _with_row(matrix: sparse.csr_matrix, i: int, vector: Vector) -> sparse.csr_matrix:
    """The matrix with row i replaced (or, for i == its row count, appended)."""
    ids, weights = vector
    rows = matrix.shape[0]
    start, end = matrix.indptr[i], matrix.indptr[min(i + 1, rows)]
    tail = matrix.indptr[i + 1 :] + (len(ids) - (end - start)) if i < rows else [matrix.indptr[-1] + len(ids)]
    indptr = np.concatenate([matrix.indptr[: i + 1], tail]).astype(np.int32)
    indices = np.concatenate([matrix.indices[:start], ids, matrix.indices[end:]]).astype(np.int32)
    data = np.concatenate([matrix.data[:start], weights, matrix.data[end:]]).astype(np.float32)
    shape = (max(rows, i + 1), max(matrix.shape[1], _width(ids)))
    return sparse.csr_matrix((data, indices, indptr), shape=shape)


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


def _reasons(lists, vectors: sparse.csr_matrix, row: dict[int, int], text_of=None) -> dict:
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


# --- 5. Rebuilding and updating -------------------------------------------------------------


def _article_rows(queryset):
    return queryset.values_list(
        "pk", "status", "title", "summary", "body_html", "published_at", "exclude_from_related"
    )


def _category_ids(article_ids=None) -> dict[int, list[int]]:
    links = Article.categories.through.objects.all()
    if article_ids is not None:
        links = links.filter(article_id__in=article_ids)
    result = {}
    for article_id, category_id in links.values_list("article_id", "category_id").order_by("category_id"):
        result.setdefault(article_id, []).append(category_id)
    return result


def _cutoff(suggestions) -> float:
    """The score a newcomer must beat to enter a full list (any positive score if it is not full)."""
    return suggestions[-1][1] if len(suggestions) >= stored_count() else 0.0


def _write_lists(lists: dict[int, list[tuple[int, float]]], reasons: dict[tuple[int, int], str]):
    RelatedArticle.objects.filter(article_id__in=list(lists)).delete()
    RelatedArticle.objects.bulk_create(
        (
            RelatedArticle(
                article_id=pk,
                related_id=related,
                rank=rank,
                score=score,
                reasons=reasons.get((pk, related), ""),
            )
            for pk, suggestions in lists.items()
            for rank, (related, score) in enumerate(suggestions, start=1)
        ),
        batch_size=2000,
    )


def _insert_rows(model, columns, rows, batch=20_000):
    """Plain multi-row INSERTs: a rebuild writes hundreds of thousands of rows."""
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join(['%s'] * len(columns))})"  # noqa: S608
    with connection.cursor() as cursor:
        pending = []
        for row in rows:
            pending.append(row)
            if len(pending) >= batch:
                cursor.executemany(sql, pending)
                pending = []
        if pending:
            cursor.executemany(sql, pending)


def _clear(*models):
    """Empty whole tables at once (a queryset delete would first load every row to cascade)."""
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")  # noqa: S608


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


def _postings(article_ids: list[int], search_rows) -> dict[int, bytes]:
    """Each stem's postings, packed: the articles it occurs in (ascending), then its weights there."""
    if not search_rows:
        return {}
    terms = np.concatenate([terms for terms, _ in search_rows])
    weights = np.concatenate([weights for _, weights in search_rows])
    articles = np.repeat(np.array(article_ids, np.int64), [len(terms) for terms, _ in search_rows])
    order = np.lexsort((articles, terms))
    terms, articles, weights = terms[order], articles[order], weights[order]
    starts = np.flatnonzero(np.diff(terms, prepend=-1))
    ends = np.append(starts[1:], len(terms))
    return {
        int(terms[start]): pack_postings(articles[start:end], weights[start:end])
        for start, end in zip(starts.tolist(), ends.tolist(), strict=True)
    }


class _Vocabulary:
    """Term texts and ids for a rebuild. A term keeps its id; a new one gets an id never used
    before, so a process's copy of the stems is current as long as no newer id exists."""

    def __init__(self):
        existing = IndexTerm.objects.values_list("text", "pk")
        self.ids: dict[str, int] = dict(existing.iterator(chunk_size=10_000))
        self.newest = max(self.ids.values(), default=0)
        self.next_id = self.newest + 1
        self.used: set[int] = set()

    def id(self, text: str) -> int:
        found = self.ids.get(text)
        if found is None:
            found = self.ids[text] = self.next_id
            self.next_id += 1
        self.used.add(found)
        return found

    def add_grams(self, stems: Iterable[str]):
        """Give every stem its gram ids, kept as flat arrays indexed by stem id."""
        stem_ids, counts, flat = array("q"), array("q"), array("q")  # compact: millions of ids
        for text in sorted(stems, key=self.ids.__getitem__):  # in id order: the same ids every time
            stem_ids.append(self.ids[text])
            ids = [self.id(gram) for gram in _grams(text)]
            counts.append(len(ids))
            flat.extend(ids)
        self.gram_count = np.zeros(self.next_id, np.int64)
        self.gram_start = np.zeros(self.next_id, np.int64)
        counts = np.frombuffer(counts, np.int64)
        self.gram_count[stem_ids] = counts
        self.gram_start[stem_ids] = np.cumsum(counts) - counts
        self.gram_ids = np.frombuffer(flat, np.int64)

    def feature_arrays(self, stem_ids, stem_tf, category_ids) -> tuple[np.ndarray, np.ndarray]:
        """Unique feature ids and their term frequencies: the sums features() makes, on arrays."""
        counts = self.gram_count[stem_ids]
        offsets = np.repeat(self.gram_start[stem_ids] - np.cumsum(counts) + counts, counts)
        gram_ids = self.gram_ids[offsets + np.arange(len(offsets))]
        ids = np.concatenate([stem_ids, category_ids, gram_ids])
        tf = np.concatenate([stem_tf, np.ones(len(category_ids)), np.repeat(stem_tf, counts)])
        unique, inverse = np.unique(ids, return_inverse=True)
        return unique, np.bincount(inverse, weights=tf)


@dataclass
class RebuildResult:
    articles: int
    indexed: int
    terms: int
    suggestions: int


def rebuild(*, progress: Callable[[str], None] = lambda message: None) -> RebuildResult:
    """Recompute the whole index and every article's suggestions. Same articles, same suggestions."""
    vocabulary = _Vocabulary()
    categories = _category_ids()
    total = Article.objects.count()
    # Pass 1: analyse each article once and keep only its stems.
    articles, stems_seen = [], set()
    for number, (pk, status, title, summary, body_html, published_at, excluded) in enumerate(
        _article_rows(Article.objects.order_by("pk")).iterator(chunk_size=500), start=1
    ):
        stems = stem_counts(title, summary, body_html)
        stems_seen.update(stems)
        stem_ids = np.fromiter(map(vocabulary.id, stems), np.int32, len(stems))
        category_ids = np.array([vocabulary.id(category_term(c)) for c in categories.get(pk, [])], np.int32)
        tf = np.fromiter(stems.values(), np.float32, len(stems))
        indexed = status == Article.Status.PUBLISHED
        articles.append((pk, indexed, not excluded, published_at.timestamp(), stem_ids, tf, category_ids))
        if number % 1000 == 0 or number == total:
            progress(f"Geanalyseerd: {number}/{total} artikelen")
    stem.cache_clear()  # from here on memory is better spent on vectors
    vocabulary.add_grams(stems_seen)
    del stems_seen
    width = vocabulary.next_id
    texts: list[str | None] = [None] * width
    kinds = np.zeros(width, np.int8)
    newest = None  # the newest id stays taken even when unused: ids are never given out twice
    for text, pk in vocabulary.ids.items():
        if pk in vocabulary.used:
            texts[pk], kinds[pk] = text, term_kind(text)
        elif pk == vocabulary.newest:
            newest = (pk, text, term_kind(text), 0, b"")
    term_count = len(vocabulary.used)
    vocabulary.ids = vocabulary.used = None  # the texts list has what the rest needs
    # Pass 2: document frequencies; pass 3: vectors. Drafts are not counted: they are not indexed.
    df = np.zeros(width)
    for _, indexed, _, _, stem_ids, stem_tf, category_ids in articles:
        if indexed:
            df[vocabulary.feature_arrays(stem_ids, stem_tf, category_ids)[0]] += 1
    indexed_count = sum(1 for article in articles if article[1])
    rows, drafts, search_rows = [], {}, []
    for pk, indexed, suggestable, recency, stem_ids, stem_tf, category_ids in articles:
        ids, tf = vocabulary.feature_arrays(stem_ids, stem_tf, category_ids)
        vector, search, norm = weigh(ids, tf, kinds[ids], df[ids], indexed_count)
        if indexed:
            terms = np.concatenate([stem_ids, category_ids])
            weights = search[np.searchsorted(ids, terms)]
            rows.append((pk, vector, recency, suggestable, (pack_ids(terms), weights.tobytes(), norm)))
            search_rows.append((stem_ids.astype(np.int32), weights[: len(stem_ids)]))
        else:
            drafts[pk] = vector
    del articles
    progress(f"Vectoren berekend: {total} artikelen, {term_count} termen")

    index = Index(
        [row[0] for row in rows],
        to_matrix([row[1] for row in rows], width),
        to_matrix([], width),
        [row[2] for row in rows],
        [row[3] for row in rows],
        np.zeros(len(rows)),
    )
    article_terms = [row[4] for row in rows]
    del rows
    index.expanded = index.expand(index.base, list(range(len(article_terms))))
    drafts_expanded = index.expand(to_matrix(list(drafts.values()), width), [None] * len(drafts))
    progress("Vectoren verbreed met die van hun naaste buren")
    lists = dict(
        zip(
            index.article_ids,
            index.suggestions_for(index.expanded, index.article_ids),
            strict=True,
        )
    )
    lists |= dict(zip(drafts, index.suggestions_for(drafts_expanded, list(drafts)), strict=True))
    progress(f"Suggesties berekend voor {len(lists)} artikelen")

    sources = sparse.vstack([index.expanded, drafts_expanded], format="csr") if drafts else index.expanded
    source_row = {pk: i for i, pk in enumerate([*index.article_ids, *drafts])}
    reasons = _reasons(lists, sources, source_row, texts.__getitem__)
    del sources
    progress("Gedeelde termen van elke suggestie bepaald")
    postings = _postings(index.article_ids, search_rows)
    del search_rows
    with transaction.atomic():
        _clear(RelatedArticle, IndexedArticle, IndexTerm)
        _insert_rows(
            IndexTerm,
            ("id", "text", "kind", "document_count", "postings"),
            chain(
                (
                    (pk, text, int(kinds[pk]), int(df[pk]), postings.get(pk, b""))
                    for pk, text in enumerate(texts)
                    if text is not None
                ),
                [newest] if newest else [],
            ),
        )
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), [IndexTerm]):
                cursor.execute(sql)
        progress(f"Termen en zoekindex opgeslagen: {term_count} termen")
        for i, pk in enumerate(index.article_ids):
            index.cutoff[i] = _cutoff(lists[pk])
        del postings
        fields = ["base_ids", "base_weights", "expanded_ids", "expanded_weights", "recency", "suggestable"]

        def indexed_rows():
            for pk, (terms, weights, norm) in zip(index.article_ids, article_terms, strict=True):
                stored = index.stored(pk)
                yield (pk, terms, weights, norm, *(stored[field] for field in fields), stored["cutoff"])

        columns = ["article_id", "terms", "term_weights", "search_norm", *fields, "cutoff"]
        _insert_rows(IndexedArticle, columns, indexed_rows(), batch=500)
        _insert_rows(
            RelatedArticle,
            ["article_id", "related_id", "rank", "score", "reasons"],
            (
                (pk, related, rank, score, reasons.get((pk, related), ""))
                for pk, suggestions in lists.items()
                for rank, (related, score) in enumerate(suggestions, start=1)
            ),
        )
    suggestion_count = sum(map(len, lists.values()))
    progress(f"Suggesties opgeslagen: {suggestion_count}")
    return RebuildResult(total, indexed_count, term_count, suggestion_count)


class _Terms:
    """The index terms one update needs: ids and document counts, created when new."""

    def __init__(self, texts: set[str], *, create: Iterable[str] = ()):
        self.ids, self.counts = {}, {}
        self._load(texts)
        missing = set(create) - self.ids.keys()
        if missing:
            IndexTerm.objects.bulk_create(
                [IndexTerm(text=text, kind=term_kind(text)) for text in sorted(missing)],
                ignore_conflicts=True,
            )
            self._load(missing)

    def _load(self, texts):
        rows = IndexTerm.objects.filter(text__in=texts).values_list("text", "pk", "document_count")
        for text, pk, count in rows:
            self.ids[text], self.counts[pk] = pk, count

    def change_counts(self, texts: Iterable[str], delta: int):
        ids = [self.ids[text] for text in texts if text in self.ids]
        if ids:
            IndexTerm.objects.filter(pk__in=ids).update(document_count=F("document_count") + delta)
            for pk in ids:
                self.counts[pk] = max(0, self.counts[pk] + delta)


def _indexed_terms(article_id: int) -> tuple[dict[int, str], dict[int, float]]:
    """The stems and categories an indexed article was counted with (by term id), and its weights."""
    entry = IndexedArticle.objects.filter(article_id=article_id).values_list("terms", "term_weights").first()
    if not entry:
        return {}, {}
    ids = unpack_ids(bytes(entry[0])).tolist()
    weights = dict(zip(ids, unpack_weights(bytes(entry[1])).tolist(), strict=True))
    return dict(IndexTerm.objects.filter(pk__in=ids).values_list("pk", "text")), weights


def _all_features(terms: dict[int, str]) -> set[str]:
    stems = [text for text in terms.values() if term_kind(text) == IndexTerm.Kind.STEM]
    categories = [int(text[1:]) for text in terms.values() if term_kind(text) == IndexTerm.Kind.CATEGORY]
    return feature_texts(stems, categories)


def _write_postings(article_id: int, removed: Iterable[int], weights: dict[int, float]):
    """Take the article out of some stems' postings and put it into others with a new weight."""
    rows = list(
        IndexTerm.objects.select_for_update()
        .filter(pk__in={*removed, *weights}, kind=IndexTerm.Kind.STEM)
        .values_list("pk", "postings")
    )
    articles, found_weights, counts = unpack_postings([bytes(blob) for _, blob in rows])
    bounds = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64).tolist()
    updates = []
    for (term_id, _), start, end in zip(rows, bounds[:-1], bounds[1:], strict=True):
        found, found_at = articles[start:end], found_weights[start:end]
        keep = found != article_id
        found, found_at = found[keep], found_at[keep]
        if term_id in weights:
            at = int(np.searchsorted(found, article_id))
            found, found_at = np.insert(found, at, article_id), np.insert(found_at, at, weights[term_id])
        updates.append((pack_postings(found, found_at), term_id))
    table = connection.ops.quote_name(IndexTerm._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {table} SET postings = %s WHERE id = %s", updates)  # noqa: S608


def forget(article_id: int):
    """Before an article is deleted: take it out of the postings and the document frequencies."""
    previous, _ = _indexed_terms(article_id)
    if previous:
        features = _all_features(previous)
        _Terms(features).change_counts(features, -1)
        _write_postings(article_id, previous, {})


def update(article_ids: Iterable[int], *, suggested_by: Iterable[int] = ()) -> None:
    """Redo these articles in the index, their suggestions, and every list their change touches.

    `suggested_by`: articles whose lists held a deleted article (its rows are gone already).
    """
    article_ids = list(dict.fromkeys(article_ids))
    if len(article_ids) > UPDATE_LIMIT:
        rebuild()
        return
    with transaction.atomic():
        index = Index.load()
        recompute = set(suggested_by)  # lists to compute again in full
        holders = set(
            RelatedArticle.objects.filter(related_id__in=article_ids).values_list("article_id", flat=True)
        )
        own: dict[int, Vector] = {}  # expanded vectors of the updated articles that still exist
        for pk in article_ids:
            expanded = _reindex(index, pk)
            if expanded is not None:
                own[pk] = expanded
        lists, scores_of = {}, {}
        for pk, expanded in own.items():
            scores = index.similarity(index.expanded, to_matrix([expanded], index.width))
            scores_of[pk] = scores[0].copy()
            if pk in index.row and index.suggestable[index.row[pk]]:
                # The lists it may enter: those whose last suggestion scores lower.
                holders.update(index.article_ids[i] for i in np.flatnonzero(scores[0] > index.cutoff))
            lists[pk] = index.suggestions(scores, [pk])[0]
        holders = {pk for pk in holders if pk in index.row and index.present[index.row[pk]]} - own.keys()
        current, reasons = _stored_lists(holders)
        if len(article_ids) == 1:
            (changed,) = article_ids
            for pk in holders:
                merged = _merged(index, current.get(pk, []), changed, scores_of.get(changed), pk)
                if merged is None:
                    recompute.add(pk)
                else:
                    lists[pk] = merged
        else:
            recompute |= holders
        recompute = sorted(
            {pk for pk in recompute if pk in index.row and index.present[index.row[pk]]} - own.keys()
        )
        others = [row_of(index.expanded, index.row[pk]) for pk in recompute]
        lists |= dict(
            zip(recompute, index.suggestions_for(to_matrix(others, index.width), recompute), strict=True)
        )

        vectors = sparse.vstack(
            [_widen(index.expanded, index.width), to_matrix(list(own.values()), index.width)], format="csr"
        )
        row = index.row | {pk: len(index.article_ids) + i for i, pk in enumerate(own)}
        unknown = {
            pk: [item for item in items if (pk, item[0]) not in reasons or item[0] in own or pk in own]
            for pk, items in lists.items()
        }
        reasons |= _reasons(unknown, vectors, row)
        _write_lists(lists, reasons)
        for pk, suggestions in lists.items():
            if pk in index.row and index.present[index.row[pk]]:
                index.cutoff[index.row[pk]] = _cutoff(suggestions)
                IndexedArticle.objects.filter(article_id=pk).update(cutoff=index.cutoff[index.row[pk]])


def _stored_lists(article_ids) -> tuple[dict[int, list[tuple[int, float]]], dict[tuple[int, int], str]]:
    lists, reasons = {}, {}
    rows = RelatedArticle.objects.filter(article_id__in=article_ids).order_by("article_id", "rank")
    for pk, related, score, reason in rows.values_list("article_id", "related_id", "score", "reasons"):
        lists.setdefault(pk, []).append((related, score))
        reasons[pk, related] = reason
    return lists, reasons


def _merged(index: Index, current, changed: int, scores, holder: int) -> list | None:
    """A stored list after one other article changed, or None when only a full recompute can tell.

    Only the changed article's score moved, so the list stays the best of all others; only when
    the changed article drops out of a full list is its successor unknown.
    """
    count = stored_count()
    others = [item for item in current if item[0] != changed]
    was_in, full = len(others) < len(current), len(current) >= count
    i = index.row.get(changed)
    score = float(scores[index.row[holder]]) if scores is not None and i is not None else 0.0
    if i is None or not index.present[i] or not index.suggestable[i] or score <= 0:
        return None if was_in and full else others
    if was_in and full and not score > current[-1][1]:
        return None
    recency = {pk: index.recency[index.row[pk]] for pk, _ in others if pk in index.row}
    recency[changed] = index.recency[i]
    merged = sorted([*others, (changed, score)], key=lambda item: (-item[1], -recency.get(item[0], 0.0)))
    return merged[:count]


def _reindex(index: Index, pk: int) -> Vector | None:
    """Analyse one article again; put it in (or take it out of) the index, postings and counts.

    Returns its expanded vector (drafts too: they get suggestions), or None when it is gone.
    """
    row = _article_rows(Article.objects.filter(pk=pk)).first()
    previous_terms, previous_weights = _indexed_terms(pk)
    previous = _all_features(previous_terms)
    indexed = row is not None and row[1] == Article.Status.PUBLISHED
    if not indexed:
        if previous:
            _Terms(previous).change_counts(previous, -1)
            _write_postings(pk, previous_terms, {})
        IndexedArticle.objects.filter(article_id=pk).delete()
        index.clear(pk)
        if row is None:
            return None
        previous, previous_terms, previous_weights = set(), {}, {}
    _, _, title, summary, body_html, published_at, excluded = row
    category_ids = _category_ids([pk]).get(pk, [])
    stems = stem_counts(title, summary, body_html)
    counts = features(stems, category_ids)
    terms = _Terms(previous | counts.keys(), create=counts.keys() if indexed else ())
    if indexed:
        terms.change_counts(counts.keys() - previous, +1)
        terms.change_counts(previous - counts.keys(), -1)
    known = sorted((terms.ids[text], text) for text in counts if text in terms.ids)
    ids = np.array([term for term, _ in known], np.int64)
    tf = np.array([counts[text] for _, text in known], np.float64)
    kinds = np.array([term_kind(text) for _, text in known], np.int8)
    df = np.array([terms.counts[term] for term, _ in known], np.float64)
    own_row = index.row.get(pk)
    article_count = index.article_count - bool(own_row is not None and index.present[own_row]) + indexed
    vector, search, norm = weigh(ids, tf, kinds, df, article_count)
    expanded = row_of(index.expand(to_matrix([vector], index.width), [own_row]), 0)
    if indexed:
        term_ids = [terms.ids[text] for text in [*stems, *map(category_term, category_ids)]]
        weight_of = dict(zip(ids.tolist(), search.tolist(), strict=True))
        weights = {term: weight_of.get(term, 0.0) for term in term_ids}
        # Only postings whose weight changed are rewritten: a small edit touches a few stems.
        changed = {term: weight for term, weight in weights.items() if previous_weights.get(term) != weight}
        _write_postings(pk, previous_weights.keys() - weights.keys(), changed)
        index.put(pk, vector, expanded, published_at.timestamp(), not excluded)
        IndexedArticle.objects.update_or_create(
            article_id=pk,
            defaults={
                "terms": pack_ids(term_ids),
                "term_weights": np.array(list(weights.values()), np.float32).tobytes(),
                "search_norm": norm,
                **index.stored(pk),
            },
        )
    return expanded


# --- 6. What an article page shows -----------------------------------------------------------


CARD_FIELDS = ("title", "slug", "summary", "published_at")


@lru_cache(maxsize=1)
def _related_sql() -> str:
    """The pinned relations, then the suggestions not also pinned, each with its article's card.

    Plain SQL (the same on SQLite and PostgreSQL): the ORM spent 1.5 ms composing this UNION on
    every article page, about a third of an uncached page, and the query itself takes 0.05 ms.
    """
    qn = connection.ops.quote_name
    table = {model: qn(model._meta.db_table) for model in (Article, PinnedRelation, RelatedArticle)}
    card = ", ".join(f"a.{qn(Article._meta.get_field(name).column)}" for name in ("status", *CARD_FIELDS))
    return (  # only quoted table and column names are formatted in; the article id is a parameter
        f"SELECT 0, p.{qn('position')}, p.{qn('id')}, a.{qn('id')}, {card}"  # noqa: S608
        f" FROM {table[PinnedRelation]} p JOIN {table[Article]} a ON a.{qn('id')} = p.{qn('related_id')}"
        f" WHERE p.{qn('article_id')} = %s"
        " UNION ALL"
        f" SELECT 1, r.{qn('rank')}, r.{qn('id')}, a.{qn('id')}, {card}"
        f" FROM {table[RelatedArticle]} r JOIN {table[Article]} a ON a.{qn('id')} = r.{qn('related_id')}"
        f" WHERE r.{qn('article_id')} = %s AND r.{qn('related_id')} NOT IN"
        f" (SELECT {qn('related_id')} FROM {table[PinnedRelation]} WHERE {qn('article_id')} = %s)"
        " ORDER BY 1, 2, 3"
    )


def related_articles(article: Article, count: int | None = None) -> list[Article]:
    """Pinned articles in their order, then the stored suggestions; visible ones only. One query.

    The query reads only this article's own rows of the two relation tables (an index lookup)
    with their few related articles joined by primary key, and leaves out the invisible ones
    here: a visibility condition in SQL lets SQLite start from all visible articles instead,
    which grows with the blog.
    """
    count = count or settings.BLOG_RELATED_COUNT
    fields = ("status", *CARD_FIELDS)
    published_at = Article._meta.get_field("published_at")
    column = published_at.get_col(Article._meta.db_table)
    converters = connection.ops.get_db_converters(column) + published_at.get_db_converters(connection)
    with connection.cursor() as cursor:
        cursor.execute(_related_sql(), [article.pk] * 3)
        rows = cursor.fetchall()
    now = timezone.now()
    related = []
    for row in rows:
        values = dict(zip(fields, row[4:], strict=True))
        for converter in converters:
            values["published_at"] = converter(values["published_at"], column, connection)
        if values["status"] == Article.Status.PUBLISHED and values["published_at"] <= now:
            related.append(Article(pk=row[3], **values))
            if len(related) == count:
                break
    return related


# --- 7. Search -------------------------------------------------------------------------------

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
        newest = IndexTerm.objects.order_by("-pk").values_list("pk", flat=True).first()
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


def _postings_of(term_ids: list[int]) -> list[tuple[int, bytes]]:
    if not term_ids:
        return []
    table = connection.ops.quote_name(IndexTerm._meta.db_table)
    with connection.cursor() as cursor:  # a plain IN list: thousands of ids, no per-value ORM work
        cursor.execute(
            f"SELECT id, postings FROM {table} WHERE id IN ({', '.join(['%s'] * len(term_ids))})",  # noqa: S608
            term_ids,
        )
        return [(term_id, bytes(blob)) for term_id, blob in cursor.fetchall()]


def _search_norms() -> tuple[np.ndarray, np.ndarray]:
    table = connection.ops.quote_name(IndexedArticle._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT article_id, search_norm FROM {table} ORDER BY article_id")  # noqa: S608
        rows = cursor.fetchall()
    return np.array([pk for pk, _ in rows], np.int64), np.array([norm for _, norm in rows], np.float64)


def search(query: str) -> SearchResults:
    """Visible articles ranked by how well they match the query, on the analysis of the index.

    A query stem matches the same stem, and (for PART_MATCH) a stem it is part of, so "prikkels"
    finds "overprikkeling" and "overprikkeld". Articles that match more of the query come first;
    equal scores go to the newer article (the higher id).
    """
    stems = query_stems(query)
    if not stems:
        return SearchResults([])
    vocabulary = _stems.refresh()
    matches: dict[int, list[tuple[int, float]]] = {}  # term id → [(query stem number, factor)]
    for number, wanted in enumerate(stems):
        for term_id, factor in vocabulary.matching(wanted).items():
            matches.setdefault(term_id, []).append((number, factor))
    rows = _postings_of(list(matches))
    articles, weights, counts = unpack_postings([blob for _, blob in rows])
    # A term matching two query stems counts for both: repeat its postings.
    pairs = [
        (i, number, factor) for i, (term_id, _) in enumerate(rows) for number, factor in matches[term_id]
    ]
    starts = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    take = [np.arange(starts[i], starts[i + 1]) for i, _, _ in pairs]
    take = np.concatenate(take) if take else np.zeros(0, np.int64)
    lengths = [int(counts[i]) for i, _, _ in pairs]
    numbers = np.repeat([number for _, number, _ in pairs], lengths).astype(np.int64)
    scores = weights[take] * np.repeat([factor for _, _, factor in pairs], lengths)
    articles = articles[take]
    # Per article and query stem its best match; per article their sum, times the share matched.
    order = np.lexsort((-scores, numbers, articles))
    articles, numbers, scores = articles[order], numbers[order], scores[order]
    first = np.ones(len(articles), bool)
    first[1:] = (articles[1:] != articles[:-1]) | (numbers[1:] != numbers[:-1])
    candidates, inverse = np.unique(articles[first], return_inverse=True)
    indexed, norms = _search_norms()
    at = np.minimum(np.searchsorted(indexed, candidates), max(len(indexed) - 1, 0))
    norm = np.where(indexed[at] == candidates, norms[at], 1.0) if len(indexed) else np.ones(len(candidates))
    total = np.bincount(inverse, weights=scores[first]) / norm * np.bincount(inverse) / len(stems)
    ranked = candidates[np.lexsort((-candidates, -np.round(total, 9)))].tolist()
    sql, params = Article.objects.published().order_by().values_list("pk").query.sql_with_params()
    with connection.cursor() as cursor:  # every visible id: plain rows, no ORM work per row
        cursor.execute(sql, params)
        visible = {pk for (pk,) in cursor.fetchall()}
    return SearchResults([pk for pk in ranked if pk in visible])
