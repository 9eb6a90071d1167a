"""The writer's desk in a real browser: an editor writes with the toolbar, inserts an image with alt
text, watches the advice follow the text, saves, saves a change, compares the two revisions and
restores the first; a visitor then sees the restored text with the image and its alt text.
Also: axe-core (WCAG 2.2 AA) on the article add and change pages, and screenshots at 1280 and 375 px."""

import json
import re
from io import BytesIO

import pytest
from django.conf import settings
from PIL import Image

from blog import revisions
from blog.models import Article, Author, Category, JargonWord
from tests.browser.conftest import WIDTHS, screenshot
from tests.browser.test_journeys import log_in, staff_member
from tests.browser.test_quality import AXE, require_checker

pytestmark = pytest.mark.browser
ALT = "Een kop thee op een houten tafel"
FIRST_SENTENCE = "Je lichaam en je hoofd komen tot rust."
SECOND_SENTENCE = "Je lichaam herstelt en je hoofd ordent de dag."


@pytest.fixture
def desk(transactional_db, live_server, settings, django_user_model):
    settings.SECURE_SSL_REDIRECT = False
    Author.objects.create(name="Sanne de Vries", role="GZ-psycholoog")
    Category.objects.create(name="Slapen", slug="slapen")
    # The starter list may be gone (an earlier transactional test empties the tables): set it here.
    JargonWord.objects.update_or_create(word="cognitief", defaults={"alternative": "over het denken"})
    staff_member(django_user_model, "redacteur", "Redactie")
    return live_server


def serve_media(page):
    """Uploaded files come from MEDIA_ROOT (in production the web server or S3 serves them)."""

    def fulfil(route):
        name = route.request.url.split("/media/", 1)[1]
        path = settings.MEDIA_ROOT / name
        if path.is_file():
            route.fulfill(path=path)
        else:
            route.fulfill(status=404)

    page.route(re.compile(r".*/media/.*"), fulfil)


def png_bytes():
    out = BytesIO()
    Image.new("RGB", (320, 200), (180, 140, 90)).save(out, format="PNG")
    return out.getvalue()


def run_axe(page):
    """axe-core with the WCAG 2.2 AA rules, in the page and in the preview frame."""
    for frame in page.frames:
        frame.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => await axe.run(document, "
        "{runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']})"
    )
    problems = []
    for violation in result["violations"]:
        where = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
        problems.append(f"{violation['id']}: {violation['help']} ({where})")
    return problems


def checks_panel(page):
    return page.locator("[data-writing-checks]")


def test_editor_writes_revises_and_restores_and_a_visitor_sees_the_image_with_its_alt_text(desk, page_at):
    page = page_at(1280)
    serve_media(page)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
    log_in(page, desk.url, "redacteur")
    page.goto(desk.url + "/admin/blog/article/add/")

    page.get_by_label("Titel").fill("Beter slapen")
    page.get_by_label("Samenvatting").fill("Vijf kleine stappen naar een betere nacht.")
    assert page.locator("#id_summary_count").inner_text() == "42 van 300 tekens"

    body = page.locator("#id_body")
    body.click()
    page.get_by_role("button", name="Kop", exact=True).click()
    page.keyboard.type("Waarom slapen belangrijk is")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.keyboard.type("Slaap helpt je ")
    page.get_by_role("button", name="Vet").click()  # inserts **Vet** with the word selected
    page.keyboard.type("herstellen")
    page.keyboard.press("End")
    page.keyboard.type(f". {FIRST_SENTENCE}")
    assert "## Waarom slapen belangrijk is\n\nSlaap helpt je **herstellen**." in body.input_value()

    frame = page.frame_locator(".writers-desk-frame")
    frame.locator(".prose h2", has_text="Waarom slapen belangrijk is").wait_for()
    assert frame.locator(".prose strong").inner_text() == "herstellen"
    assert frame.locator("h1").inner_text() == "Beter slapen"

    # The advice follows the text: jargon typed now is flagged with its plainer alternative.
    panel = checks_panel(page)
    assert "vakjargon" not in panel.inner_text()
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.keyboard.type("Piekeren is vaak cognitief: je gedachten blijven malen.")
    panel.get_by_text("schrijf liever ‘over het denken’").wait_for()
    assert re.search(r"Woorden\s+\d+", panel.inner_text())

    # The image button: the dialog insists on alt text (or "decorative") before it uploads.
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Afbeelding…").click()
    dialog = page.get_by_role("dialog", name="Afbeelding invoegen")
    dialog.get_by_label("Afbeelding (JPEG, PNG of WebP)").set_input_files(
        {"name": "evil<script>.html.png", "mimeType": "image/png", "buffer": png_bytes()}
    )
    dialog.get_by_role("button", name="Uploaden en invoegen").click()
    assert dialog.get_by_role("alert").inner_text() == (
        "Geef een alt-tekst, of vink aan dat de afbeelding alleen decoratief is."
    )
    assert dialog.get_by_label("Alt-tekst: wat staat er op de afbeelding?").evaluate(
        "field => field === document.activeElement"
    )
    screenshot(page, "admin-afbeelding-invoegen")
    dialog.get_by_label("Alt-tekst: wat staat er op de afbeelding?").fill(ALT)
    dialog.get_by_role("button", name="Uploaden en invoegen").click()
    dialog.wait_for(state="hidden")
    inserted = re.search(
        r"!\[(.*?)\]\((/media/markdownx/\d{4}/\d{2}/[0-9a-f]{32}\.png)\)", body.input_value()
    )
    assert inserted, body.input_value()
    assert inserted.group(1) == ALT
    preview_image = frame.locator(f'.prose img[alt="{ALT}"]')
    preview_image.wait_for()
    assert preview_image.evaluate("image => image.complete && image.naturalWidth") == 320

    page.get_by_label("Status").select_option("published")
    page.locator("#id_author").select_option(index=1)
    page.locator("#id_categories input[type=checkbox]").first.check()
    screenshot(page, "admin-artikel-schrijversbureau")
    page.get_by_role("button", name="Opslaan en opnieuw bewerken").click()
    page.wait_for_url(re.compile(r"/admin/blog/article/\d+/change/$"))
    assert dialogs == []  # saving is not "leaving with unsaved changes"

    # After the save the advice is shown again: as a message, and in the panel.
    assert (
        page.locator(".messagelist").get_by_text(re.compile(r"^Schrijfadvies: leesbaarheid \d+")).is_visible()
    )
    assert "schrijf liever ‘over het denken’" in checks_panel(page).inner_text()

    article = Article.objects.get(slug="beter-slapen")
    assert article.is_visible
    assert f'<img alt="{ALT}" src="{inserted.group(2)}">' in article.body_html

    # A second save, then the two revisions compared and the first restored.
    first_text = body.input_value()
    body.fill(first_text.replace(FIRST_SENTENCE, SECOND_SENTENCE))
    page.get_by_role("button", name="Opslaan en opnieuw bewerken").click()
    page.wait_for_url(re.compile(r"/admin/blog/article/\d+/change/$"))
    assert SECOND_SENTENCE in Article.objects.get(pk=article.pk).body
    second, first = revisions.versions_of(article)
    page.get_by_role("link", name="Geschiedenis").click()
    page.wait_for_url(re.compile(r"/history/$"))
    page.get_by_label(f"Vergelijk vanaf de versie van {revisions.when(first)}").check()
    page.get_by_label(f"Vergelijk met de versie van {revisions.when(second)}").check()
    page.get_by_role("button", name="Gekozen versies vergelijken").click()
    page.wait_for_url(re.compile(r"/history/compare/"))
    assert any(FIRST_SENTENCE in text for text in page.locator(".diff-removed").all_inner_texts())
    assert any(SECOND_SENTENCE in text for text in page.locator(".diff-added").all_inner_texts())
    page.get_by_role("button", name=f"Versie van {revisions.when(first)} terugzetten").click()
    page.wait_for_url(re.compile(r"/change/$"))
    assert "is teruggezet" in page.locator(".messagelist").inner_text()
    assert body.input_value().replace("\r\n", "\n") == first_text.replace("\r\n", "\n")
    assert revisions.versions_of(article).count() == 3  # the restore is a revision of its own
    assert dialogs == []

    # Leaving with unsaved changes asks first.
    page.locator("#id_body").press("End")
    page.keyboard.type(" Nog een zin.")
    page.get_by_role("link", name="Artikelen").first.click()
    page.wait_for_timeout(300)
    assert dialogs == ["beforeunload"]

    visitor = page_at(375)
    serve_media(visitor)
    visitor.goto(desk.url + article.get_absolute_url())
    image = visitor.get_by_role("img", name=ALT)
    assert image.is_visible()
    assert image.evaluate("image => image.complete && image.naturalWidth") == 320
    assert visitor.locator(".prose strong").inner_text() == "herstellen"
    text = visitor.locator("main").inner_text()
    assert FIRST_SENTENCE in text and SECOND_SENTENCE not in text  # the restored revision


def test_a_decorative_image_is_inserted_with_the_decorative_marker(desk, page_at):
    page = page_at(1280)
    log_in(page, desk.url, "redacteur")
    page.goto(desk.url + "/admin/blog/article/add/")
    page.locator("#id_body").click()
    page.get_by_role("button", name="Afbeelding…").click()
    dialog = page.get_by_role("dialog", name="Afbeelding invoegen")
    dialog.get_by_label("Afbeelding (JPEG, PNG of WebP)").set_input_files(
        {"name": "lijn.png", "mimeType": "image/png", "buffer": png_bytes()}
    )
    dialog.get_by_label(re.compile("Alleen decoratief")).check()
    dialog.get_by_role("button", name="Uploaden en invoegen").click()
    dialog.wait_for(state="hidden")
    assert re.fullmatch(
        r"!\[\(decoratief\)\]\(/media/markdownx/\S+\.png\)\n\n", page.locator("#id_body").input_value()
    )
    checks_panel(page).get_by_text("Geen punten gevonden").wait_for()


def test_the_toolbar_is_one_tab_stop_and_tab_leaves_the_text(desk, page_at):
    page = page_at(1280)
    log_in(page, desk.url, "redacteur")
    page.goto(desk.url + "/admin/blog/article/add/")
    page.get_by_role("button", name="Kop", exact=True).focus()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Tussenkop"
    page.keyboard.press("End")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Afbeelding…"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_body"
    page.keyboard.type("Tekst")
    page.keyboard.press("Tab")  # markdownx would type a tab character here and keep the focus
    assert page.locator("#id_body").input_value() == "Tekst"
    assert page.evaluate("document.activeElement.id") != "id_body"


@pytest.mark.parametrize("width", WIDTHS)
def test_axe_finds_no_wcag_22_violations_on_the_article_add_and_change_pages(browser, desk, width):
    require_checker(AXE)
    article = Article.objects.create(
        title="Rust in je hoofd",
        slug="rust-in-je-hoofd",
        summary="Kleine stappen naar meer rust.",
        body="## Adem\n\nNeem drie rustige ademhalingen. [Klik hier](/blog/).\n\n#### Te diep",
        author=Author.objects.get(),
    )
    # The checker is injected as a script; the admin's CSP would (rightly) block that otherwise.
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True, locale="nl-NL")
    page = context.new_page()
    log_in(page, desk.url, "redacteur")
    problems = {}
    for name, path in {
        "admin-artikel-toevoegen": "/admin/blog/article/add/",
        "admin-artikel-wijzigen": f"/admin/blog/article/{article.pk}/change/",
    }.items():
        page.goto(desk.url + path)
        page.frame_locator(".writers-desk-frame").locator(".prose").wait_for(state="attached")
        if violations := run_axe(page):
            problems[name] = violations
        screenshot(page, name)
    page.get_by_role("button", name="Afbeelding…").click()
    page.get_by_role("dialog", name="Afbeelding invoegen").wait_for()
    if violations := run_axe(page):
        problems["afbeelding-invoegen"] = violations
    context.close()
    assert not problems, json.dumps(problems, indent=2, ensure_ascii=False)
