"""Related articles: stored after the transaction commits, read in one query, steered by editors."""

import logging
from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from blog import text_index
from blog.models import Article, Category, IndexedArticle, IndexTerm, PinnedRelation, RelatedArticle
from blog.text_index.analysis import category_term
from blog.text_index.similarity import Index

from .conftest import CORPUS

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_failed_updates(caplog):
    """Updates run as robust on-commit callbacks, which log errors instead of raising them."""
    with caplog.at_level(logging.ERROR):
        yield
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert not errors, errors[0].getMessage()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a change and its on-commit callbacks (the index update), as a request's transaction would."""

    def committed(change, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return change(*args, **kwargs)

    return committed


def suggested(article) -> list[str]:
    return list(
        RelatedArticle.objects.filter(article=article)
        .order_by("rank")
        .values_list("related__slug", flat=True)
    )


def shown(client, article) -> list[str]:
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return [item.slug for item in response.context["related_articles"]]


@pytest.fixture
def library(publish):
    """Three topics, three articles each."""
    keys = [
        "angst-01",
        "angst-02",
        "angst-03",
        "rouw-01",
        "rouw-02",
        "rouw-03",
        "slaap-01",
        "slaap-02",
        "slaap-03",
    ]
    return {key: publish(key) for key in keys}


def topic(slug):
    return slug.split("-")[0]


def test_article_page_shows_related_articles_as_cards(client, library):
    article = library["rouw-01"]
    response = client.get(article.get_absolute_url())
    content = response.content.decode()
    assert "Lees meer over dit onderwerp in onze artikelen" in content
    cards = response.context["related_articles"]
    assert len(cards) == 4
    assert [topic(card.slug) for card in cards[:2]] == ["rouw", "rouw"]
    first = cards[0]
    assert first.title in content
    assert first.summary in content
    assert f'href="{first.get_absolute_url()}"' in content
    assert "Lees verder" in content
    months = "januari februari maart april mei juni juli augustus september oktober november december"
    assert any(month in content for month in months.split())


def test_suggestions_are_stored_after_commit_not_before(make_article, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article = make_article(title="Piekeren in de nacht", body="Piekeren houdt je wakker.")
        make_article(title="Piekeren overdag", body="Piekeren kost energie.")
        assert not IndexedArticle.objects.exists()
    assert len(callbacks) == 1  # one update for the whole transaction, however many saves
    callbacks[0]()
    assert IndexedArticle.objects.count() == 2
    assert suggested(article) == ["artikel-2"]


def test_page_reads_related_articles_with_one_query_at_any_size(
    client, publish, django_assert_num_queries, settings
):
    """The article, its categories, its related articles: the same three queries at 4 and at 40."""
    settings.CACHE_MIDDLEWARE_SECONDS = 0  # the page cache off: these are the view's own queries
    keys = list(CORPUS)
    article = publish(keys[0])
    for key in keys[1:4]:
        publish(key)
    with django_assert_num_queries(3):
        assert len(shown(client, article)) == 3
    for key in keys[4:40]:
        publish(key)
    with django_assert_num_queries(3):
        assert len(shown(client, article)) == 4


def test_never_suggests_the_article_itself_drafts_or_excluded_articles(library, publish, client):
    draft = publish("rouw-04", status=Article.Status.DRAFT)
    excluded = publish("rouw-05", exclude_from_related=True)
    for article in Article.objects.all():
        slugs = suggested(article)
        assert article.slug not in slugs
        assert draft.slug not in slugs
        assert excluded.slug not in slugs
    # Drafts and excluded articles still get suggestions of their own (for the staff preview).
    assert topic(suggested(draft)[0]) == "rouw"
    assert topic(suggested(excluded)[0]) == "rouw"


def test_a_new_article_enters_the_lists_of_the_articles_it_continues(library, publish):
    before = suggested(library["slaap-01"])
    newcomer = publish("slaap-04")
    after = suggested(library["slaap-01"])
    assert newcomer.slug in after[:3]
    assert after != before


def test_unpublishing_takes_an_article_out_of_every_list(library, committed, client):
    gone = library["rouw-02"]
    assert any(gone.slug in suggested(article) for article in library.values())
    gone.status = Article.Status.DRAFT
    committed(gone.save)
    for article in Article.objects.exclude(pk=gone.pk):
        assert gone.slug not in suggested(article)
        assert gone.slug not in shown(client, article)
    assert not IndexedArticle.objects.filter(article=gone).exists()
    # Lists that held it are refilled to the full length again.
    assert all(len(suggested(article)) == len(library) - 2 for article in Article.objects.exclude(pk=gone.pk))


def test_deleting_an_article_removes_it_and_refills_the_lists(library, committed):
    gone = library["angst-02"]
    holders = set(RelatedArticle.objects.filter(related=gone).values_list("article_id", flat=True))
    assert holders
    committed(gone.delete)
    assert not RelatedArticle.objects.filter(related_id=gone.pk).exists()
    for article in Article.objects.filter(pk__in=holders):
        assert len(suggested(article)) == len(library) - 2


def test_scheduled_article_turns_up_at_its_publish_time_without_a_save(library, publish, client, settings):
    settings.BLOG_RELATED_COUNT = 10
    publish_at = timezone.now() + timedelta(hours=2)
    scheduled = publish("angst-04", published_at=publish_at)
    article = library["angst-01"]
    assert scheduled.slug in suggested(article)  # stored already, so no save is needed later
    assert scheduled.slug not in shown(client, article)
    with mock.patch("django.utils.timezone.now", return_value=publish_at + timedelta(minutes=1)):
        assert scheduled.slug in shown(client, article)


def test_pinned_articles_come_first_in_their_order_then_suggestions_fill_up(library, client):
    article = library["angst-01"]
    first, second = library["slaap-02"], library["rouw-03"]
    PinnedRelation.objects.create(article=article, related=second, position=2)
    PinnedRelation.objects.create(article=article, related=first, position=1)
    automatic = suggested(article)
    PinnedRelation.objects.create(article=article, related=library[automatic[0]], position=3)
    slugs = shown(client, article)
    assert slugs[:3] == [first.slug, second.slug, automatic[0]]
    pinned = {first.slug, second.slug, automatic[0]}
    assert slugs[3] == next(slug for slug in automatic if slug not in pinned)  # none shown twice
    assert len(slugs) == 4


def test_pinned_article_is_only_shown_while_visible(library, committed, client):
    article, pinned = library["angst-01"], library["slaap-03"]
    PinnedRelation.objects.create(article=article, related=pinned, position=1)
    assert shown(client, article)[0] == pinned.slug
    pinned.status = Article.Status.DRAFT
    committed(pinned.save)
    assert pinned.slug not in shown(client, article)


def test_an_excluded_article_can_still_be_pinned(library, committed, client):
    article, other = library["rouw-01"], library["rouw-02"]
    other.exclude_from_related = True
    committed(other.save)
    assert other.slug not in suggested(article)
    PinnedRelation.objects.create(article=article, related=other)
    assert shown(client, article)[0] == other.slug


def test_suggestions_explain_themselves_with_shared_terms(library):
    row = RelatedArticle.objects.get(article=library["slaap-01"], rank=1)
    assert topic(row.related.slug) == "slaap"
    assert 0 < row.score <= 1
    assert "slaap" in row.reasons or "slap" in row.reasons
    assert "categorie Emoties" in row.reasons  # the fixture puts every article in one category


def test_changing_categories_updates_the_index(library, committed, django_capture_on_commit_callbacks):
    article = library["slaap-01"]
    stress = Category.objects.create(name="Stress", slug="stress")
    committed(article.categories.add, stress)
    term = IndexTerm.objects.get(text=category_term(stress.pk))
    assert term.document_count == 1
    committed(article.categories.remove, stress)
    assert IndexTerm.objects.get(pk=term.pk).document_count == 0


def test_updates_keep_document_counts_equal_to_a_rebuild(library, publish, committed):
    publish("trauma-01")
    edited = library["angst-03"]
    edited.body += "\n\nEen extra alinea over hartkloppingen en vermijding."
    committed(edited.save)
    unpublished = library["rouw-03"]
    unpublished.status = Article.Status.DRAFT
    committed(unpublished.save)
    committed(library["slaap-02"].delete)
    counts = dict(IndexTerm.objects.filter(document_count__gt=0).values_list("text", "document_count"))
    text_index.rebuild()
    assert counts == dict(
        IndexTerm.objects.filter(document_count__gt=0).values_list("text", "document_count")
    )


def test_saving_an_unchanged_article_after_a_rebuild_changes_no_suggestion(library, committed):
    text_index.rebuild()
    before = list(RelatedArticle.objects.values_list("article_id", "related_id", "rank", "score", "reasons"))
    committed(library["rouw-02"].save)
    after = list(RelatedArticle.objects.values_list("article_id", "related_id", "rank", "score", "reasons"))
    assert sorted(after) == sorted(before)


def test_rebuild_is_idempotent_and_reports_progress(library, capsys):
    call_command("rebuild_related")
    first = sorted(RelatedArticle.objects.values_list("article_id", "related_id", "rank", "score", "reasons"))
    call_command("rebuild_related")
    output = capsys.readouterr().out
    assert "Geanalyseerd: 9/9 artikelen" in output
    assert "Klaar in" in output
    assert (
        sorted(RelatedArticle.objects.values_list("article_id", "related_id", "rank", "score", "reasons"))
        == first
    )


def test_related_count_follows_the_setting(library, client, settings):
    settings.BLOG_RELATED_COUNT = 2
    assert len(shown(client, library["angst-01"])) == 2


def test_admin_shows_scores_and_reasons_and_lists_thin_articles(library, publish, client, editor):
    for key in ("slaap-04", "slaap-05"):
        publish(key)
    lonely = publish("ouderschap-01")
    article = library["slaap-01"]
    client.force_login(editor)
    page = client.get(reverse("admin:blog_article_change", args=[article.pk])).content.decode()
    row = RelatedArticle.objects.get(article=article, rank=1)
    assert "automatische suggesties" in page
    assert f"{row.score:.2f}" in page
    words_of = text_index.surface_words(article.title, article.summary, article.body_html)
    shown = text_index.readable_reasons(row.reasons, words_of)
    assert shown.split(",")[0] in page
    text = f"{article.title} {article.summary} {article.body}".lower()
    assert all(word in text for word in shown.split(" · ")[0].split(", "))  # its own words, not stems
    thin = client.get(reverse("admin:blog_article_changelist"), {"suggesties": "weinig"})
    listed = {item.pk for item in thin.context["cl"].result_list}
    assert lonely.pk in listed
    assert article.pk not in listed


def test_editor_pins_and_excludes_articles_in_the_admin(
    library, client, editor, django_capture_on_commit_callbacks
):
    article, pinned, excluded = library["angst-01"], library["rouw-01"], library["angst-02"]
    client.force_login(editor)
    url = reverse("admin:blog_article_change", args=[article.pk])
    form = client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data |= {
        "categories": [category.pk for category in article.categories.all()],
        "published_at_0": timezone.localtime(article.published_at).strftime("%d-%m-%Y"),
        "published_at_1": timezone.localtime(article.published_at).strftime("%H:%M:%S"),
        "pinned_relations-TOTAL_FORMS": "1",
        "pinned_relations-INITIAL_FORMS": "0",
        "pinned_relations-0-related": pinned.pk,
        "pinned_relations-0-position": "1",
    }
    data.pop("cover_image", None)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert list(article.pinned_relations.values_list("related", flat=True)) == [pinned.pk]
    assert shown(client, article)[0] == pinned.slug

    excluded_url = reverse("admin:blog_article_change", args=[excluded.pk])
    form = client.get(excluded_url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data |= {
        "categories": [category.pk for category in excluded.categories.all()],
        "published_at_0": timezone.localtime(excluded.published_at).strftime("%d-%m-%Y"),
        "published_at_1": timezone.localtime(excluded.published_at).strftime("%H:%M:%S"),
        "exclude_from_related": "on",
        "pinned_relations-TOTAL_FORMS": "0",
        "pinned_relations-INITIAL_FORMS": "0",
    }
    data.pop("cover_image", None)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(excluded_url, data)
    assert response.status_code == 302
    assert not RelatedArticle.objects.filter(related=excluded).exists()


def stored_lists():
    lists = {}
    for pk, related_id, score in RelatedArticle.objects.order_by("article", "rank").values_list(
        "article_id", "related_id", "score"
    ):
        lists.setdefault(pk, []).append((related_id, round(score, 6)))
    return lists


def lists_from_stored_vectors():
    index = Index.load()
    computed = dict(
        zip(index.article_ids, index.suggestions_for(index.expanded, index.article_ids), strict=True)
    )
    return {
        pk: [(other, round(score, 6)) for other, score in items] for pk, items in computed.items() if items
    }


def test_updates_keep_every_list_equal_to_what_the_stored_vectors_give(library, publish, committed, settings):
    """An update recomputes some lists and merges the changed article into others: same result."""
    settings.BLOG_RELATED_COUNT = 2  # lists of 10 for 9-12 articles: full lists, so merges matter
    for key in ("rouw-04", "slaap-04", "trauma-01"):
        publish(key)
    text_index.rebuild()
    publish("angst-04")
    edited = library["slaap-02"]
    edited.body += "\n\nOver piekeren in bed en de angst om niet te kunnen slapen."
    committed(edited.save)
    library["rouw-03"].exclude_from_related = True
    committed(library["rouw-03"].save)
    committed(library["angst-02"].delete)
    drafts = set(Article.objects.filter(status=Article.Status.DRAFT).values_list("pk", flat=True))
    stored = {pk: items for pk, items in stored_lists().items() if pk not in drafts}
    assert stored == lists_from_stored_vectors()
