"""Rebuild: the whole index and every article's suggestions, computed from scratch.

`manage.py rebuild_related` runs it, nightly: updates after each save keep the other articles'
weights and expansions from the last rebuild, and the rebuild re-anchors them. The same articles
always give the same index and the same suggestions.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain

import numpy as np
from django.db import transaction

from ..models import Article, IndexedArticle, IndexTerm, RelatedArticle, SearchNorms
from . import storage
from .analysis import category_term, stem, stem_counts, stem_grams, term_kind
from .similarity import Index, cutoff_of, shared_terms
from .vectors import pack_ids, pack_postings, sparse, to_matrix, weigh


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
            ids = [self.id(gram) for gram in stem_grams(text)]
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
    categories = storage.category_ids()
    total = Article.objects.count()
    # Pass 1: analyse each article once and keep only its stems.
    articles, stems_seen = [], set()
    for number, (pk, status, title, summary, body_html, published_at, excluded) in enumerate(
        storage.article_rows(Article.objects.order_by("pk")).iterator(chunk_size=500), start=1
    ):
        stems = stem_counts(title, summary, body_html)
        stems_seen.update(stems)
        stem_ids = np.fromiter(map(vocabulary.id, stems), np.int32, len(stems))
        category_ids = np.array([vocabulary.id(category_term(c)) for c in categories.get(pk, [])], np.int32)
        tf = np.fromiter(stems.values(), np.float32, len(stems))
        indexed = status in Article.VISIBLE_STATUSES  # drafts get suggestions, but are not indexed
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

    # The reasons are the terms both articles contain: their own vectors, not the widened ones
    # (those hold their neighbours' words too, which neither article need contain).
    own_vectors = to_matrix(list(drafts.values()), width)
    sources = sparse.vstack([index.base, own_vectors], format="csr") if drafts else index.base
    source_row = {pk: i for i, pk in enumerate([*index.article_ids, *drafts])}
    reasons = shared_terms(lists, sources, source_row, texts.__getitem__)
    del sources
    progress("Gedeelde termen van elke suggestie bepaald")
    postings = all_postings(index.article_ids, search_rows)
    del search_rows
    with transaction.atomic():
        storage.clear(RelatedArticle, IndexedArticle, IndexTerm, SearchNorms)
        storage.insert_rows(
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
        storage.reset_sequence(IndexTerm)
        progress(f"Termen en zoekindex opgeslagen: {term_count} termen")
        for i, pk in enumerate(index.article_ids):
            index.cutoff[i] = cutoff_of(lists[pk])
        del postings
        fields = ["base_ids", "base_weights", "expanded_ids", "expanded_weights", "recency", "suggestable"]

        def indexed_rows():
            for pk, (terms, weights, _) in zip(index.article_ids, article_terms, strict=True):
                stored = index.stored(pk)
                yield (pk, terms, weights, *(stored[field] for field in fields), stored["cutoff"])

        columns = ["article", "terms", "term_weights", *fields, "cutoff"]
        storage.insert_rows(IndexedArticle, columns, indexed_rows(), batch=500)
        norms = [norm for _, _, norm in article_terms]
        storage.write_search_norms(np.array(index.article_ids), np.array(norms))
        storage.insert_rows(
            RelatedArticle,
            ["article", "related", "rank", "score", "reasons"],
            (
                (pk, related, rank, score, reasons.get((pk, related), ""))
                for pk, suggestions in lists.items()
                for rank, (related, score) in enumerate(suggestions, start=1)
            ),
        )
    suggestion_count = sum(map(len, lists.values()))
    progress(f"Suggesties opgeslagen: {suggestion_count}")
    return RebuildResult(total, indexed_count, term_count, suggestion_count)


def all_postings(article_ids: list[int], search_rows) -> dict[int, bytes]:
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
