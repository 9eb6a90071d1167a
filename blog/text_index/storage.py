"""The stored index: every read and write of its tables, and the only SQL written by hand.

The tables are plain, the same on SQLite and PostgreSQL: IndexTerm (every stem, gram and
category with its document count; a stem also with its postings), IndexedArticle (an article's
vectors as packed arrays), SearchNorms (every indexed article's length for search, in one row)
and RelatedArticle (the stored suggestions).

Hand-written SQL is used where the ORM's per-row and per-query work would dominate: whole-table
reads and writes in a rebuild, the blobs an update and a search read, and the article page's
related cards (`make bench` and `make bench-related` measure these paths). Table and column
names always come from the models' `_meta`; values always go in as parameters.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from django.core.management.color import no_style
from django.db import connection
from django.db.models import F

from ..models import Article, IndexedArticle, IndexTerm, PinnedRelation, RelatedArticle, SearchNorms
from .analysis import term_kind
from .vectors import pack_postings, unpack_ids, unpack_postings, unpack_weights


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _column(model, name: str) -> str:
    return connection.ops.quote_name(model._meta.get_field(name).column)


def _columns(model, names: Iterable[str]) -> str:
    return ", ".join(_column(model, name) for name in names)


# --- Articles as the index reads them --------------------------------------------------------


def article_rows(queryset):
    return queryset.values_list(
        "pk", "status", "title", "summary", "body_html", "published_at", "exclude_from_related"
    )


def category_ids(article_ids=None) -> dict[int, list[int]]:
    links = Article.categories.through.objects.all()
    if article_ids is not None:
        links = links.filter(article_id__in=article_ids)
    result = {}
    for article_id, category_id in links.values_list("article_id", "category_id").order_by("category_id"):
        result.setdefault(article_id, []).append(category_id)
    return result


# --- Whole tables, for a rebuild --------------------------------------------------------------

VECTOR_FIELDS = (
    "base_ids",
    "base_weights",
    "expanded_ids",
    "expanded_weights",
    "recency",
    "suggestable",
    "cutoff",
)


def load_vectors() -> tuple[list, ...]:
    """Every indexed article's stored vectors, column by column (article ids ascending)."""
    fields = ("article", *VECTOR_FIELDS)
    with connection.cursor() as cursor:  # every vector at once: no per-value ORM work
        cursor.execute(
            f"SELECT {_columns(IndexedArticle, fields)} FROM {_table(IndexedArticle)}"  # noqa: S608
            f" ORDER BY {_column(IndexedArticle, 'article')}"
        )
        return tuple(zip(*cursor.fetchall(), strict=True)) or ((),) * len(fields)


def newest_term_id() -> int:
    with connection.cursor() as cursor:  # every search asks: a plain query, no ORM work
        cursor.execute(f"SELECT MAX({_column(IndexTerm, 'id')}) FROM {_table(IndexTerm)}")  # noqa: S608
        return cursor.fetchone()[0] or 0


def insert_rows(model, fields: Iterable[str], rows: Iterable[tuple], batch: int = 20_000):
    """Plain multi-row INSERTs: a rebuild writes hundreds of thousands of rows."""
    fields = list(fields)
    sql = (
        f"INSERT INTO {_table(model)} ({_columns(model, fields)})"  # noqa: S608
        f" VALUES ({', '.join(['%s'] * len(fields))})"
    )
    with connection.cursor() as cursor:
        pending = []
        for row in rows:
            pending.append(row)
            if len(pending) >= batch:
                cursor.executemany(sql, pending)
                pending = []
        if pending:
            cursor.executemany(sql, pending)


def clear(*models):
    """Empty whole tables at once (a queryset delete would first load every row to cascade)."""
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"DELETE FROM {_table(model)}")  # noqa: S608


def reset_sequence(model):
    """After rows were inserted with their ids: new rows get ids after them."""
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [model]):
            cursor.execute(sql)


# --- Terms and postings, for an update --------------------------------------------------------


class Terms:
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


def indexed_terms(article_id: int) -> tuple[dict[int, str], dict[int, float]]:
    """The stems and categories an indexed article was counted with (by term id), and its weights."""
    entry = IndexedArticle.objects.filter(article_id=article_id).values_list("terms", "term_weights").first()
    if not entry:
        return {}, {}
    ids = unpack_ids(bytes(entry[0])).tolist()
    weights = dict(zip(ids, unpack_weights(bytes(entry[1])).tolist(), strict=True))
    return dict(IndexTerm.objects.filter(pk__in=ids).values_list("pk", "text")), weights


def write_postings(article_id: int, removed: Iterable[int], weights: dict[int, float]):
    """Take the article out of some stems' postings and put it into others with a new weight."""
    # By primary key alone: with the kind in the query too, SQLite walks the (kind, text) index
    # through every stem instead of looking up a few rows.
    rows = [
        (pk, postings)
        for pk, kind, postings in IndexTerm.objects.select_for_update()
        .filter(pk__in={*removed, *weights})
        .values_list("pk", "kind", "postings")
        if kind == IndexTerm.Kind.STEM
    ]
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
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {_table(IndexTerm)} SET {_column(IndexTerm, 'postings')} = %s"  # noqa: S608
            f" WHERE {_column(IndexTerm, 'id')} = %s",
            updates,
        )


def postings_of(term_ids: list[int]) -> list[tuple[int, bytes]]:
    if not term_ids:
        return []
    with connection.cursor() as cursor:  # a plain IN list: no per-value ORM work
        cursor.execute(
            f"SELECT {_columns(IndexTerm, ('id', 'postings'))} FROM {_table(IndexTerm)}"  # noqa: S608
            f" WHERE {_column(IndexTerm, 'id')} IN ({', '.join(['%s'] * len(term_ids))})",
            term_ids,
        )
        return [(term_id, bytes(blob)) for term_id, blob in cursor.fetchall()]


# --- Search norms: every indexed article's length, in one row ---------------------------------


def search_norms() -> tuple[np.ndarray, np.ndarray]:
    """Indexed article ids (ascending) and their norms, in one read of one row."""
    with connection.cursor() as cursor:  # every search reads it: a plain query, no ORM work
        cursor.execute(
            f"SELECT {_columns(SearchNorms, ('article_ids', 'norms'))} FROM {_table(SearchNorms)}"  # noqa: S608
            f" WHERE {_column(SearchNorms, 'id')} = %s",
            [SearchNorms.ONLY],
        )
        row = cursor.fetchone()
    if row is None:
        return np.zeros(0, np.int64), np.zeros(0, np.float64)
    return unpack_ids(bytes(row[0])).astype(np.int64), np.frombuffer(bytes(row[1]), "<f8")


def write_search_norms(article_ids: np.ndarray, norms: np.ndarray):
    SearchNorms.objects.update_or_create(
        pk=SearchNorms.ONLY,
        defaults={
            "article_ids": np.asarray(article_ids).astype("<u4").tobytes(),
            "norms": np.asarray(norms).astype("<f8").tobytes(),
        },
    )


def set_search_norm(article_id: int, norm: float | None):
    """Put one article's norm in (or, with None, take it out), under a row lock."""
    SearchNorms.objects.select_for_update().get_or_create(pk=SearchNorms.ONLY)
    ids, norms = search_norms()
    at = int(np.searchsorted(ids, article_id))
    present = at < len(ids) and ids[at] == article_id
    if present:
        ids, norms = np.delete(ids, at), np.delete(norms, at)
    if norm is not None:
        ids, norms = np.insert(ids, at, article_id), np.insert(norms, at, norm)
    if present or norm is not None:
        write_search_norms(ids, norms)


# --- Suggestion lists -------------------------------------------------------------------------


def write_lists(lists: dict[int, list[tuple[int, float]]], reasons: dict[tuple[int, int], str]):
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


def stored_lists(article_ids) -> tuple[dict[int, list[tuple[int, float]]], dict[tuple[int, int], str]]:
    lists, reasons = {}, {}
    rows = RelatedArticle.objects.filter(article_id__in=article_ids).order_by("article_id", "rank")
    for pk, related, score, reason in rows.values_list("article_id", "related_id", "score", "reasons"):
        lists.setdefault(pk, []).append((related, score))
        reasons[pk, related] = reason
    return lists, reasons


# --- What an article page reads ---------------------------------------------------------------

CARD_FIELDS = ("status", "title", "slug", "summary", "published_at")


@lru_cache(maxsize=1)
def _related_cards_sql() -> str:
    a, p, r = Article, PinnedRelation, RelatedArticle
    card = ", ".join(f"a.{_column(a, name)}" for name in CARD_FIELDS)
    pinned_to = f"SELECT {_column(p, 'related')} FROM {_table(p)} WHERE {_column(p, 'article')} = %s"  # noqa: S608
    return (  # only quoted table and column names are formatted in; the article id is a parameter
        f"SELECT 0, p.{_column(p, 'position')}, p.{_column(p, 'id')}, a.{_column(a, 'id')}, {card}"  # noqa: S608
        f" FROM {_table(p)} p JOIN {_table(a)} a ON a.{_column(a, 'id')} = p.{_column(p, 'related')}"
        f" WHERE p.{_column(p, 'article')} = %s"
        " UNION ALL"
        f" SELECT 1, r.{_column(r, 'rank')}, r.{_column(r, 'id')}, a.{_column(a, 'id')}, {card}"
        f" FROM {_table(r)} r JOIN {_table(a)} a ON a.{_column(a, 'id')} = r.{_column(r, 'related')}"
        f" WHERE r.{_column(r, 'article')} = %s AND r.{_column(r, 'related')} NOT IN ({pinned_to})"
        " ORDER BY 1, 2, 3"
    )


def related_cards(article_id: int) -> list[dict]:
    """Pinned articles in their order, then the stored suggestions not also pinned: the card fields
    of each (visible or not), in one query of this article's own relation rows."""
    published_at = Article._meta.get_field("published_at")
    column = published_at.get_col(Article._meta.db_table)
    converters = connection.ops.get_db_converters(column) + published_at.get_db_converters(connection)
    with connection.cursor() as cursor:
        cursor.execute(_related_cards_sql(), [article_id] * 3)
        rows = cursor.fetchall()
    cards = []
    for row in rows:
        card = dict(zip(CARD_FIELDS, row[4:], strict=True), pk=row[3])
        for converter in converters:
            card["published_at"] = converter(card["published_at"], column, connection)
        cards.append(card)
    return cards
