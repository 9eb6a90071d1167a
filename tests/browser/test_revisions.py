"""Revisions in a real browser, as the editor: save twice, compare the two versions, restore the
first; a visitor then reads the restored text. The history and comparison pages run under the
site's CSP (a violation is a console error, which fails the test) and pass axe-core."""

import json
import re

import pytest

from blog import revisions
from blog.models import Article
from tests.browser.conftest import screenshot
from tests.browser.test_journeys import log_in, staff_member
from tests.browser.test_quality import AXE, require_checker

pytestmark = pytest.mark.browser

FIRST = "Eerste versie: adem rustig in en uit, tel tot vier."
SECOND = "Tweede versie: schrijf je zorgen op een vast moment van de dag."


def save_body(page, url, text):
    """The article's text with its last paragraph replaced by `text`, saved."""
    page.goto(url)
    body = page.locator("textarea[name=body]")
    body.fill(body.input_value().rstrip().rpartition("\n\n")[0] + f"\n\n{text}\n")
    page.get_by_role("button", name="Opslaan en opnieuw bewerken").click()
    page.wait_for_load_state()
    assert page.locator(".messagelist .success").count() == 1, page.locator(
        ".errornote, .errorlist"
    ).all_inner_texts()


def axe_problems(browser, cookies, url, name):
    """axe-core (WCAG 2.2 AA) on a signed-in admin page on a phone; only the injected checker
    bypasses CSP."""
    context = browser.new_context(viewport={"width": 375, "height": 900}, bypass_csp=True)
    context.add_cookies(cookies)
    page = context.new_page()
    page.goto(url)
    screenshot(page, name)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => await axe.run(document, "
        "{runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']})"
    )
    context.close()
    return [f"{v['id']}: {v['help']} ({v['nodes'][0]['target'][0]})" for v in result["violations"]]


def test_editor_compares_two_revisions_and_restores_the_first(browser, demo_site, page_at, django_user_model):
    require_checker(AXE)
    staff_member(django_user_model, "redacteur", "Redactie")
    article = Article.objects.published().first()
    change_url = f"{demo_site.url}/admin/blog/article/{article.pk}/change/"
    page = page_at(1280)
    log_in(page, demo_site.url, "redacteur")

    save_body(page, change_url, FIRST)
    save_body(page, change_url, SECOND)
    second, first, demo = revisions.versions_of(article)
    assert demo.revision.comment == "Demo-inhoud geladen."

    page.get_by_role("link", name="Geschiedenis").click()
    page.wait_for_url(re.compile(r"/history/$"))
    screenshot(page, "artikel-geschiedenis")
    history_url = page.url
    page.get_by_label(f"Vergelijk vanaf de versie van {revisions.when(first)}").check()
    page.get_by_label(f"Vergelijk met de versie van {revisions.when(second)}").check()
    page.get_by_role("button", name="Gekozen versies vergelijken").click()
    page.wait_for_url(re.compile(r"/history/compare/"))
    screenshot(page, "artikel-versies-vergelijken")
    compare_url = page.url
    removed = page.locator(".diff-removed del").all_inner_texts()
    added = page.locator(".diff-added ins").all_inner_texts()
    assert any("Eerste" in text for text in removed)
    assert any("Tweede" in text for text in added)
    assert page.get_by_text("weggehaald", exact=True).count() >= 1  # said in words, not only in colour

    page.get_by_role("button", name=f"Versie van {revisions.when(first)} terugzetten").click()
    page.wait_for_url(re.compile(r"/change/$"))
    assert "is teruggezet" in page.locator(".messagelist").inner_text()
    assert FIRST in page.locator("textarea[name=body]").input_value()
    assert SECOND not in page.locator("textarea[name=body]").input_value()
    assert revisions.versions_of(article).count() == 4  # the restore is a revision of its own

    visitor = page_at(375)
    visitor.goto(demo_site.url + article.get_absolute_url())
    text = visitor.locator("main").inner_text()
    assert FIRST in text
    assert SECOND not in text
    screenshot(visitor, "artikel-na-terugzetten")

    cookies = page.context.cookies()
    problems = {
        name: axe_problems(browser, cookies, url, name)
        for name, url in (("artikel-geschiedenis", history_url), ("artikel-versies-vergelijken", compare_url))
    }
    assert not any(problems.values()), json.dumps(problems, indent=2, ensure_ascii=False)


def pin_search_results(page, term):
    page.get_by_role("button", name=re.compile("Vastgezet gerelateerd artikel toevoegen")).click()
    page.locator("#pinned_relations-group tr.dynamic-pinned_relations .select2-selection").last.click()
    page.locator(".select2-search__field").fill(term)
    options = page.locator(".select2-results__option:not(.loading-results)")
    options.first.wait_for()
    page.wait_for_timeout(300)  # select2 waits 250 ms after typing before it asks
    return options.all_inner_texts()


def test_editor_pin_search_puts_titles_first_and_leaves_out_the_article_itself(
    demo_site, page_at, django_user_model
):
    """The issue's case: "zelfcomp" listed "Rouw…" first, and offered the article itself."""
    staff_member(django_user_model, "redacteur", "Redactie")
    page = page_at(1280)
    log_in(page, demo_site.url, "redacteur")
    perfectionism = Article.objects.get(title__startswith="Perfectionisme")
    page.goto(f"{demo_site.url}/admin/blog/article/{perfectionism.pk}/change/")
    results = pin_search_results(page, "zelfcomp")
    assert results[0] == "Zelfcompassie: vriendelijker zijn voor jezelf"
    assert len(results) > 1  # articles that only mention it follow
    screenshot(page, "artikel-vastzetten-zoeken")

    self_compassion = Article.objects.get(title__startswith="Zelfcompassie")
    page.goto(f"{demo_site.url}/admin/blog/article/{self_compassion.pk}/change/")
    results = pin_search_results(page, "zelfcomp")
    assert "Zelfcompassie: vriendelijker zijn voor jezelf" not in results
    assert results
