"""Update: redo the articles a save touched, their suggestions, and every list their change enters.

It reads every stored vector (one query), recomputes the article's own list, merges it into the
lists it enters or stays in, and recomputes a list in full only when the article drops out of
it. Document frequencies move with each update, but the other articles keep the weights and
expansions of the last rebuild until the next one: that drift is small, and the nightly rebuild
re-anchors it.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from django.db import transaction

from ..models import Article, IndexedArticle, IndexTerm, RelatedArticle
from . import storage
from .analysis import category_term, feature_texts, features, stem_counts, term_kind
from .rebuild import rebuild
from .similarity import Index, cutoff_of, shared_terms, stored_count
from .vectors import Vector, pack_ids, row_of, sparse, to_matrix, weigh, widen

UPDATE_LIMIT = 50  # more articles at once (a category deleted, say): a rebuild is quicker


def _all_features(terms: dict[int, str]) -> set[str]:
    stems = [text for text in terms.values() if term_kind(text) == IndexTerm.Kind.STEM]
    categories = [int(text[1:]) for text in terms.values() if term_kind(text) == IndexTerm.Kind.CATEGORY]
    return feature_texts(stems, categories)


def forget(article_id: int):
    """Before an article is deleted: take it out of the postings and the document frequencies."""
    previous, _ = storage.indexed_terms(article_id)
    if previous:
        features = _all_features(previous)
        storage.Terms(features).change_counts(features, -1)
        storage.write_postings(article_id, previous, {})
        storage.set_search_norm(article_id, None)


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
        own_base: dict[int, Vector] = {}  # and their own vectors, for the terms they share
        for pk in article_ids:
            vectors = _reindex(index, pk)
            if vectors is not None:
                own_base[pk], own[pk] = vectors
        lists, scores_of = {}, {}
        for pk, expanded in own.items():
            scores = index.similarity(index.expanded, to_matrix([expanded], index.width))
            scores_of[pk] = scores[0].copy()
            if pk in index.row and index.suggestable[index.row[pk]]:
                # The lists it may enter: those whose last suggestion scores lower.
                holders.update(index.article_ids[i] for i in np.flatnonzero(scores[0] > index.cutoff))
            lists[pk] = index.suggestions(scores, [pk])[0]
        holders = {pk for pk in holders if pk in index.row and index.present[index.row[pk]]} - own.keys()
        current, reasons = storage.stored_lists(holders)
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

        # The reasons are the terms both articles contain: their own vectors, not the widened ones
        # (those hold their neighbours' words too, which neither article need contain).
        # A draft's vector may name terms the index does not hold yet: widest of the two.
        own_vectors = to_matrix(list(own_base.values()), index.width)
        width = max(index.width, own_vectors.shape[1])
        vectors = sparse.vstack([widen(index.base, width), widen(own_vectors, width)], format="csr")
        row = index.row | {pk: len(index.article_ids) + i for i, pk in enumerate(own)}
        unknown = {
            pk: [item for item in items if (pk, item[0]) not in reasons or item[0] in own or pk in own]
            for pk, items in lists.items()
        }
        reasons |= shared_terms(unknown, vectors, row)
        storage.write_lists(lists, reasons)
        for pk, suggestions in lists.items():
            if pk in index.row and index.present[index.row[pk]]:
                index.cutoff[index.row[pk]] = cutoff_of(suggestions)
                IndexedArticle.objects.filter(article_id=pk).update(cutoff=index.cutoff[index.row[pk]])


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


def _reindex(index: Index, pk: int) -> tuple[Vector, Vector] | None:
    """Analyse one article again; put it in (or take it out of) the index, postings and counts.

    Returns its own vector and its expanded vector (drafts too: they get suggestions), or None
    when it is gone.
    """
    row = storage.article_rows(Article.objects.filter(pk=pk)).first()
    previous_terms, previous_weights = storage.indexed_terms(pk)
    previous = _all_features(previous_terms)
    indexed = row is not None and row[1] in Article.VISIBLE_STATUSES
    if not indexed:
        if previous:
            storage.Terms(previous).change_counts(previous, -1)
            storage.write_postings(pk, previous_terms, {})
            storage.set_search_norm(pk, None)
        IndexedArticle.objects.filter(article_id=pk).delete()
        index.clear(pk)
        if row is None:
            return None
        previous, previous_terms, previous_weights = set(), {}, {}
    _, _, title, summary, body_html, published_at, excluded = row
    category_ids = storage.category_ids([pk]).get(pk, [])
    stems = stem_counts(title, summary, body_html)
    counts = features(stems, category_ids)
    terms = storage.Terms(previous | counts.keys(), create=counts.keys() if indexed else ())
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
        storage.write_postings(pk, previous_weights.keys() - weights.keys(), changed)
        storage.set_search_norm(pk, norm)
        index.put(pk, vector, expanded, published_at.timestamp(), not excluded)
        IndexedArticle.objects.update_or_create(
            article_id=pk,
            defaults={
                "terms": pack_ids(term_ids),
                "term_weights": np.array(list(weights.values()), np.float32).tobytes(),
                **index.stored(pk),
            },
        )
    return vector, expanded
