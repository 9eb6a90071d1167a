"""The writing checks on Dutch sample texts, the endpoint behind the live panel, the advice after saving."""

import re

import pytest
from django.urls import reverse

from blog.markdown import render_markdown
from blog.models import Article, JargonWord
from blog.writing_checks import (
    LONG_PARAGRAPH_WORDS,
    check_text,
    dutch_syllables,
    jargon_pattern,
    split_sentences,
)

CHECKS = "/markdownx/checks/"


def kinds(report, kind):
    return [finding.message for finding in report.findings if finding.kind == kind]


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("kat", 1),
        ("huis", 1),  # ui
        ("tijd", 1),  # ij
        ("leeuw", 1),  # eeu
        ("koffie", 2),  # kof-fie
        ("bijzonder", 3),  # bij-zon-der
        ("ideeën", 3),  # i-dee-ën: the diaeresis starts a syllable
        ("psycho-educatie", 6),  # psy-cho-e-du-ca-tie
    ],
)
def test_dutch_syllables_are_counted_by_vowel_groups(word, syllables):
    assert dutch_syllables(word) == syllables


def test_readability_of_a_short_easy_text():
    """Two sentences, 6 words, 10 syllables: het (1) re-gent (2) van-daag (2), wij (1) blij-ven (2)
    bin-nen (2). 206.835 − 0.93·(6/2) − 77·(10/6) = 75.71."""
    report = check_text("Het regent vandaag. Wij blijven binnen.")
    readability = report.readability
    assert (readability.words, readability.sentences, readability.syllables) == (6, 2, 10)
    assert readability.score == pytest.approx(206.835 - 0.93 * 3 - 77 * 10 / 6)
    assert readability.score == pytest.approx(75.71, abs=0.01)
    assert readability.at_b1


def test_summary_says_geen_punten_when_nothing_was_found():
    report = check_text("Het regent vandaag. Wij blijven binnen.")
    assert not report.findings
    assert "; geen punten om naar te kijken." in report.summary()


def test_readability_of_a_hard_text_is_below_b1():
    """One sentence, 9 words, 28 syllables: psy-cho-e-du-ca-tie (6) ver-min-dert (3) de (1)
    con-se-quen-ties (4) van (1) co-mor-bi-di-teit (5) bij (1) cog-ni-tie-ve (4) dis-func-ties (3).
    206.835 − 0.93·9 − 77·(28/9) = −41.09."""
    text = "Psycho-educatie vermindert de consequenties van comorbiditeit bij cognitieve disfuncties."
    report = check_text(text)
    readability = report.readability
    assert (readability.words, readability.sentences, readability.syllables) == (9, 1, 28)
    assert readability.score == pytest.approx(206.835 - 0.93 * 9 - 77 * 28 / 9)
    assert readability.score == pytest.approx(-41.09, abs=0.01)
    assert not readability.at_b1
    assert "ver boven B1" in readability.verdict


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = 'Neem bijv. een korte pauze. J. de Vries zegt: "Rust helpt." Echt waar?'
    assert split_sentences(text) == [
        "Neem bijv. een korte pauze.",
        'J. de Vries zegt: "Rust helpt."',
        "Echt waar?",
    ]


def test_headings_and_code_are_not_counted_as_prose():
    report = check_text("## Een kop zonder punt\n\nDe kat zit op de mat.\n\n    code die niet meetelt.")
    assert report.readability.sentences == 1
    assert report.readability.words == 6


def test_longest_sentences_are_listed_longest_first():
    long = "Als je veel piekert over je werk en je gezin dan kan het helpen om dat op te schrijven."
    longer = (
        "Wie elke avond in bed ligt te malen over wat er die dag misging en wat er morgen nog moet "
        "gebeuren slaapt vaak slecht."
    )
    report = check_text(f"Rust is fijn. {long} {longer}")
    assert [sentence.text for sentence in report.longest_sentences] == [longer, long]
    assert [sentence.words for sentence in report.longest_sentences] == [24, 19]


def test_no_text_gives_no_score():
    report = check_text("")
    assert report.readability is None
    assert report.findings == []
    assert (report.words, report.reading_minutes) == (0, 1)


def test_words_and_reading_time():
    report = check_text(" ".join(["woord"] * 401))
    assert report.words == 401
    assert report.reading_minutes == 3  # 200 words a minute, rounded up


def test_skipped_heading_level_is_flagged():
    report = check_text("## Slapen\n\nTekst.\n\n#### Tips\n\nMeer tekst.\n\n### Goed\n\nTekst.")
    messages = kinds(report, "heading")
    assert len(messages) == 1
    assert "‘Tips’ slaat een niveau over: na ## komt ####. Gebruik ###." in messages[0]


def test_first_heading_below_level_two_is_flagged():
    messages = kinds(check_text("### Te diep\n\nTekst."), "heading")
    assert len(messages) == 1 and "na de titel komt ###" in messages[0]


def test_a_second_page_title_is_flagged():
    messages = kinds(check_text("# Nog een titel\n\nTekst.\n\n## Kop\n\nTekst."), "heading")
    assert len(messages) == 1
    assert "tweede paginatitel" in messages[0] and "Nog een titel" in messages[0]


def test_headings_in_order_give_no_finding():
    assert kinds(check_text("## Een\n\n### Twee\n\n## Drie\n\n### Vier\n\n#### Vijf"), "heading") == []


def test_a_long_paragraph_is_flagged():
    paragraph = " ".join(["woord"] * (LONG_PARAGRAPH_WORDS + 1))
    assert len(kinds(check_text(paragraph), "paragraph")) == 1
    assert kinds(check_text(" ".join(["woord"] * LONG_PARAGRAPH_WORDS)), "paragraph") == []


def test_image_without_alt_is_flagged_and_a_decorative_one_is_not():
    report = check_text(
        "![](/media/markdownx/2026/12/vergeten.png)\n\n"
        "![(decoratief)](/media/markdownx/2026/12/versiering.png)\n\n"
        "![Een rustig meer in de ochtend](/media/markdownx/2026/12/meer.png)"
    )
    messages = kinds(report, "image")
    assert len(messages) == 1
    assert "zonder alt-tekst (vergeten.png)" in messages[0]


def test_an_alt_text_that_is_a_file_name_is_flagged():
    messages = kinds(check_text("![IMG_2041.jpg](/media/a.jpg)"), "image")
    assert len(messages) == 1 and "bestandsnaam" in messages[0]


def test_decorative_image_reaches_visitors_with_an_empty_alt():
    html = render_markdown("![(decoratief)](/media/markdownx/2026/12/versiering.png)")
    assert '<img alt="" src="/media/markdownx/2026/12/versiering.png">' in html


@pytest.mark.parametrize(
    "markdown",
    [
        "Wil je meer weten? [Klik hier](https://example.org/tarieven).",
        "Over slapen. [Lees meer](/blog/slapen/)",
        "Zie [hier](/blog/).",
        "Bekijk [https://example.org/tarieven](https://example.org/tarieven).",
        "Of <https://example.org/tarieven>.",
        "Ga naar [www.example.org](https://www.example.org).",
    ],
)
def test_vague_link_text_is_flagged(markdown):
    assert len(kinds(check_text(markdown), "link")) == 1


def test_a_link_that_says_where_it_goes_is_fine():
    report = check_text("Bekijk [onze tarieven voor 2027](https://example.org/tarieven).")
    assert kinds(report, "link") == []


def test_jargon_is_found_with_its_suggestion():
    report = check_text(
        "We beginnen met psycho-educatie. Daarna kijken we naar cognitieve klachten en naar "
        "comorbiditeiten. Ook cognitief kun je veel leren.",
        jargon={
            "cognitief": "over het denken",
            "psycho-educatie": "uitleg over je klachten",
            "comorbiditeit": "meer dan één klacht tegelijk",
            "exposure": "stap voor stap oefenen",
        },
    )
    assert kinds(report, "jargon") == [
        "‘cognitieve’ (2×) is vakjargon: schrijf liever ‘over het denken’.",
        "‘comorbiditeiten’ (1×) is vakjargon: schrijf liever ‘meer dan één klacht tegelijk’.",
        "‘psycho-educatie’ (1×) is vakjargon: schrijf liever ‘uitleg over je klachten’.",
    ]


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ("cognitief", "Cognitief gezien", True),
        ("cognitief", "cognitieve therapie", True),
        ("psycho-educatie", "psychoeducatie", True),
        ("comorbiditeit", "comorbiditeiten", True),
        ("somatisch", "somatische klachten", True),
        ("prognose", "prognoses", True),
        ("ambulant", "ambulance", False),  # a different word that starts the same
        ("exposure", "expositie", False),
    ],
)
def test_jargon_matches_inflections_but_not_other_words(term, text, found):
    assert bool(jargon_pattern(term).search(text)) is found


@pytest.mark.django_db
def test_starter_jargon_list_comes_with_the_migrations():
    words = set(JargonWord.objects.values_list("word", flat=True))
    assert {"cognitief", "psycho-educatie", "comorbiditeit"} <= words


@pytest.mark.django_db
def test_the_same_jargon_word_twice_gets_a_dutch_message(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("admin:blog_jargonword_add"), {"word": "Cognitief", "alternative": "denk-"}
    )
    assert response.status_code == 200
    assert "Deze vakterm staat al in de lijst." in response.content.decode()


@pytest.mark.django_db
def test_checks_endpoint_uses_the_jargon_list_from_the_admin(client, editor):
    JargonWord.objects.create(word="mindfulness", alternative="aandachtig leven")
    client.force_login(editor)
    response = client.post(CHECKS, {"content": "Mindfulness helpt. [Klik hier](/blog/)."})
    assert response.status_code == 200
    html = response.content.decode()
    assert "schrijf liever ‘aandachtig leven’" in html
    assert "De linktekst ‘Klik hier’" in html


@pytest.mark.django_db
def test_checks_endpoint_escapes_what_was_typed(client, editor):
    client.force_login(editor)
    html = client.post(CHECKS, {"content": "![](/x.png)\n\n[<img src=x onerror=alert(1)>](/a)"}).content
    assert b"<img" not in html


@pytest.mark.django_db
def test_checks_endpoint_is_for_editors_only(client, django_user_model):
    assert client.post(CHECKS, {"content": "tekst"}).status_code == 403
    staff = django_user_model.objects.create_user("balie", password="x" * 14, is_staff=True)
    client.force_login(staff)
    assert client.post(CHECKS, {"content": "tekst"}).status_code == 403


@pytest.mark.django_db
def test_checks_endpoint_without_content_is_not_an_error(client, editor):
    client.force_login(editor)
    response = client.post(CHECKS, {})
    assert response.status_code == 200
    assert "Nog geen tekst om te meten." in response.content.decode()


@pytest.mark.django_db
def test_saving_shows_the_advice_and_never_blocks(client, editor, author, category):
    """A text full of problems is saved and published; the advice follows as a message and a panel."""
    client.force_login(editor)
    response = client.post(
        reverse("admin:blog_article_add"),
        {
            "title": "Piekeren",
            "slug": "piekeren",
            "summary": "Over piekeren\nen slapen.",
            "body": "# Tweede titel\n\n![](/media/x.png)\n\n[Klik hier](/blog/). Cognitief piekeren.",
            "status": "published",
            "published_at_0": "01-10-2025",
            "published_at_1": "09:00:00",
            "author": author.pk,
            "categories": [category.pk],
            "pinned_relations-TOTAL_FORMS": "0",
            "pinned_relations-INITIAL_FORMS": "0",
            "_continue": "1",
        },
        follow=True,
    )
    article = Article.objects.get(slug="piekeren")
    assert article.is_visible
    assert article.summary == "Over piekeren en slapen."  # one paragraph
    html = response.content.decode()
    assert re.search(
        r"Schrijfadvies: leesbaarheid -?\d+, (moeilijker dan B1|B1 of eenvoudiger); 4 punten", html
    )
    panel = html[html.index("data-writing-checks") :]
    assert "tweede paginatitel" in panel and "zonder alt-tekst" in panel
    assert "schrijf liever ‘over het denken, of: wat je denkt’" in panel


@pytest.mark.django_db
def test_article_form_has_the_writers_desk(client, editor):
    client.force_login(editor)
    html = client.get(reverse("admin:blog_article_add")).content.decode()
    assert 'role="toolbar"' in html and "Afbeelding…" in html
    assert ">Voorbeeld</h2>" in html and "Hulp bij Markdown" in html
    assert 'id="id_summary_count"' in html and "0 van 300 tekens" in html
    assert "blog/admin/editor.js" in html and "blog/admin/writers-desk.css" in html


@pytest.mark.django_db
@pytest.mark.parametrize("word", ["twee woorden hier!", "?cognitief", "-"])
def test_a_jargon_term_the_checks_could_never_find_is_refused_in_dutch(admin_client, word):
    data = {"word": word, "alternative": "iets gewoners"}
    response = admin_client.post("/admin/blog/jargonword/add/", data)
    assert response.status_code == 200
    assert "Schrijf een woord of woordgroep, zonder leestekens aan het begin of eind." in response.text
    assert not JargonWord.objects.filter(word=word).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("word", ["exposure-oefening", "cognitieve gedragstherapie", "EMDR"])
def test_words_and_word_groups_are_accepted_as_jargon(admin_client, word):
    data = {"word": word, "alternative": "iets gewoners"}
    response = admin_client.post("/admin/blog/jargonword/add/", data)
    assert response.status_code == 302
    assert JargonWord.objects.filter(word=word).exists()
