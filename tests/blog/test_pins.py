"""Pinning related articles in the admin (search, refusals) and the terms shown for each suggestion."""

import logging
import re

import pytest
from django.core.management import call_command
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from blog import text_index
from blog.admin_pins import ALREADY_PINNED, PINNED_ITSELF
from blog.models import Article, PinnedRelation, RelatedArticle
from blog.text_index.analysis import stem_counts

pytestmark = pytest.mark.django_db


def pin_search(client, term, article=None):
    params = {"term": term, "app_label": "blog", "model_name": "pinnedrelation", "field_name": "related"}
    if article is not None:
        params["exclude"] = article.pk
    response = client.get(reverse("admin:autocomplete"), params)
    assert response.status_code == 200
    return [item["text"] for item in response.json()["results"]]


@pytest.fixture
def self_care(make_article):
    return {
        "rouw": make_article(
            title="Rouw na een verlies", body="Wees mild voor jezelf: zelfcompassie helpt bij rouw."
        ),
        "mild": make_article(title="Zelfcompassie: mild zijn voor jezelf", body="Een vriendelijke blik."),
        "kritiek": make_article(title="Zelfcompassie tegen je innerlijke criticus", body="Oefeningen."),
        "slaap": make_article(title="Beter slapen", body="Een vast ritme helpt."),
    }


def test_pin_search_lists_title_matches_before_body_matches(client, editor, self_care):
    client.force_login(editor)
    results = pin_search(client, "zelfcomp")
    assert results == [
        "Zelfcompassie tegen je innerlijke criticus",
        "Zelfcompassie: mild zijn voor jezelf",
        "Rouw na een verlies",  # only its text mentions it: last
    ]


def test_pin_search_never_offers_the_article_being_edited(client, editor, self_care):
    client.force_login(editor)
    article = self_care["mild"]
    assert "Zelfcompassie: mild zijn voor jezelf" not in pin_search(client, "zelfcomp", article)
    assert pin_search(client, "zelfcomp", article) == [
        "Zelfcompassie tegen je innerlijke criticus",
        "Rouw na een verlies",
    ]


def test_change_page_names_the_article_in_its_pin_search_address(client, editor, self_care):
    client.force_login(editor)
    article = self_care["mild"]
    page = client.get(reverse("admin:blog_article_change", args=[article.pk])).content.decode()
    assert f'data-ajax--url="{reverse("admin:autocomplete")}?exclude={article.pk}"' in page


def test_the_site_search_of_the_article_list_keeps_its_own_order(client, editor, self_care):
    client.force_login(editor)
    response = client.get(reverse("admin:blog_article_changelist"), {"q": "zelfcompassie"})
    listed = [article.title for article in response.context["cl"].result_list]
    found = Article.objects.filter(Q(title__icontains="zelfcompassie") | Q(body__icontains="zelfcompassie"))
    assert listed == [article.title for article in found.order_by("-published_at", "-id")]


def change_form_data(client, article, pins=()):
    """What the article's change form sends, with these (article, position) pins added."""
    form = client.get(reverse("admin:blog_article_change", args=[article.pk])).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.pop("cover_image", None)
    existing = list(article.pinned_relations.all())
    data |= {
        "categories": [category.pk for category in article.categories.all()],
        "published_at_0": timezone.localtime(article.published_at).strftime("%d-%m-%Y"),
        "published_at_1": timezone.localtime(article.published_at).strftime("%H:%M:%S"),
        "pinned_relations-TOTAL_FORMS": str(len(existing) + len(pins)),
        "pinned_relations-INITIAL_FORMS": str(len(existing)),
    }
    for number, pin in enumerate(existing):
        data |= {
            f"pinned_relations-{number}-id": pin.pk,
            f"pinned_relations-{number}-article": article.pk,
            f"pinned_relations-{number}-related": pin.related_id,
            f"pinned_relations-{number}-position": pin.position,
        }
    for number, (related, position) in enumerate(pins, start=len(existing)):
        data |= {
            f"pinned_relations-{number}-related": related.pk,
            f"pinned_relations-{number}-position": position,
        }
    return data


def refusals(response) -> str:
    assert response.status_code == 200, "the form was saved"
    errors = [
        str(error)
        for formset in response.context["inline_admin_formsets"]
        for error in formset.formset.errors
    ]
    errors += [
        str(error)
        for formset in response.context["inline_admin_formsets"]
        for error in formset.formset.non_form_errors()
    ]
    return " ".join(errors)


def assert_no_constraint_named(response):
    page = response.content.decode()
    assert "Beperking" not in page
    assert "pinned_relation_not_itself" not in page
    assert "pinned_relation_once" not in page


def test_pinning_an_article_to_itself_is_refused_in_a_dutch_sentence(client, editor, self_care):
    client.force_login(editor)
    article = self_care["mild"]
    url = reverse("admin:blog_article_change", args=[article.pk])
    response = client.post(url, change_form_data(client, article, pins=[(article, 1)]))
    shown = refusals(response)
    assert str(PINNED_ITSELF) in shown
    assert str(PINNED_ITSELF) in response.content.decode()
    assert_no_constraint_named(response)
    assert not PinnedRelation.objects.exists()


def test_pinning_an_article_twice_is_refused_in_a_dutch_sentence(client, editor, self_care):
    client.force_login(editor)
    article, other = self_care["mild"], self_care["kritiek"]
    url = reverse("admin:blog_article_change", args=[article.pk])
    response = client.post(url, change_form_data(client, article, pins=[(other, 1), (other, 2)]))
    assert str(ALREADY_PINNED) in refusals(response)
    assert_no_constraint_named(response)

    PinnedRelation.objects.create(article=article, related=other, position=1)
    response = client.post(url, change_form_data(client, article, pins=[(other, 2)]))
    assert str(ALREADY_PINNED) in refusals(response)
    assert_no_constraint_named(response)
    assert PinnedRelation.objects.count() == 1


def test_a_valid_pin_is_saved(client, editor, self_care):
    client.force_login(editor)
    article, other = self_care["mild"], self_care["kritiek"]
    url = reverse("admin:blog_article_change", args=[article.pk])
    response = client.post(url, change_form_data(client, article, pins=[(other, 1)]))
    assert response.status_code == 302
    assert list(article.pinned_relations.values_list("related", flat=True)) == [other.pk]


WORD = re.compile(r"[^\W_]+")


def written_words(article) -> set[str]:
    return set(WORD.findall(f"{article.title} {article.summary} {article.body}".lower()))


@pytest.fixture
def topics(publish):
    """Four topics, four articles each: enough neighbours for the widened vectors to borrow words."""
    keys = [f"{topic}-0{n}" for topic in ("angst", "rouw", "slaap", "burn-out") for n in range(1, 5)]
    return {key: publish(key) for key in keys}


def shown_reasons(article) -> dict[int, list[str]]:
    words_of = text_index.surface_words(article.title, article.summary, article.body_html)
    shown = {}
    for row in RelatedArticle.objects.filter(article=article):
        parts = re.split(r", | · ", text_index.readable_reasons(row.reasons, words_of))
        shown[row.related_id] = [part for part in parts if part and not part.startswith("categorie ")]
    return shown


def assert_only_shared_words(articles):
    by_pk = {article.pk: article for article in Article.objects.filter(pk__in=[a.pk for a in articles])}
    checked = 0
    for article in by_pk.values():
        for related_pk, terms in shown_reasons(article).items():
            related = Article.objects.get(pk=related_pk)
            for term in terms:
                # As written in the article; the other article has the same word or one of its forms.
                assert term in written_words(article), (article.title, term)
                assert any(
                    text_index.surface_words(word, "", "").keys()
                    & text_index.surface_words(term, "", "").keys()
                    for word in written_words(related)
                ), (related.title, term)
                checked += 1
    assert checked > 50
    for row in RelatedArticle.objects.filter(article__in=by_pk):
        # Stored as stems (parts of words only when no whole word is shared): both have each one.
        stems = [term for term in row.reasons.partition(" · ")[0].split(", ") if term and "…" not in term]
        for article in (row.article, row.related):
            assert set(stems) <= stem_counts(article.title, article.summary, article.body_html).keys()


def test_reasons_are_words_both_articles_contain_after_each_save(topics):
    assert_only_shared_words(topics.values())


def test_reasons_are_words_both_articles_contain_after_a_rebuild(topics):
    text_index.rebuild()
    assert_only_shared_words(topics.values())


def test_reasons_are_shown_as_the_article_writes_them():
    html = "<p>Beïnvloeden kun je leren. Je beïnvloedt meer dan je denkt; ook Veiligheid telt.</p>"
    words_of = text_index.surface_words("Veilig beïnvloeden", "", html)
    shown = text_index.readable_reasons(", ".join(sorted(words_of)) + " · categorie Angst", words_of)
    assert "beïnvloeden" in shown.split(", ")
    assert shown.endswith(" · categorie Angst")
    assert text_index.readable_reasons("perfection, veil", words_of) == "veilig"  # absent: left out


def test_reasons_for_a_draft_saved_with_new_words_in_one_transaction(
    django_capture_on_commit_callbacks, caplog
):
    """seed_demo saves published articles and a draft in one transaction: the published ones
    create index terms for all their words but keep only their strongest in their vectors, and
    the draft's vector may hold one of the others."""
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo")
    assert not [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    draft = Article.objects.get(status=Article.Status.DRAFT)
    reasons = shown_reasons(draft)
    assert reasons
    for terms in reasons.values():
        assert set(terms) <= written_words(draft)
