"""Machine checks in a real browser on every visitor page: axe-core (WCAG 2.1 AA) and the Nu HTML Checker."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from blog.models import Article
from tests.browser.conftest import ROOT, WIDTHS, require, screenshot

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def require_checker(path):
    """The checker from package-lock.json; `make test` runs `npm ci` for it when npm is installed."""
    require(path.exists(), f"{path.relative_to(ROOT)} missing: install npm, or run `npm ci`")


def submit_empty(path, button):
    """The form sent with nothing filled in (the browser's own checks switched off)."""

    def go(page, base_url):
        page.goto(base_url + path)
        page.evaluate("document.querySelector('main form').noValidate = true")
        page.get_by_role("button", name=button).click()
        page.wait_for_load_state()

    return go


def thanks_after_contact(page, base_url):
    page.goto(base_url + "/aanmelden/")
    page.get_by_label("Voornaam").fill("Noor")
    page.get_by_label("Achternaam").fill("de Boer")
    page.get_by_label("E-mailadres").fill("noor@example.org")
    page.get_by_label("Per e-mail").check()
    page.get_by_label("Waarmee kunnen we je helpen?").fill("Ik wil graag een gesprek.")
    page.get_by_label("Weet ik niet").check()
    page.get_by_label("Ik geef toestemming").check()
    page.get_by_role("button", name="Aanmelding versturen").click()
    page.wait_for_url("**/aanmelden/bedankt/")


def thanks_after_booking(page, base_url):
    page.goto(base_url + "/adviesgesprek/")
    page.locator("input[name=slot]").first.check()
    page.get_by_label("Voornaam").fill("Sem")
    page.get_by_label("Achternaam").fill("Jansen")
    page.get_by_label("Telefoonnummer").fill("0612345678")
    page.get_by_label("E-mailadres").fill("sem@example.org")
    page.get_by_label("Ik geef toestemming").check()
    page.get_by_role("button", name=re.compile("Adviesgesprek")).click()
    page.wait_for_url("**/adviesgesprek/bedankt/")


def published_with_admin_action(article):
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("hoofdredactie", password="geheim-123-abc"))
    changelist = reverse("admin:blog_article_changelist")
    response = client.post(changelist, {"action": "publish", "_selected_action": [article.pk]})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.is_visible
    return article


@pytest.fixture
def visitor_pages(demo_site, settings):
    """Every page a visitor can land on, with the states worth checking: a path or a way to get there."""
    settings.INTAKE_MIN_FILL_SECONDS = 0
    settings.INTAKE_RATE_LIMIT = 0
    # Published with the admin's action (at the current time, not on a whole hour like the demo
    # articles): the newest article, so every page that lists articles shows its publish time.
    article = published_with_admin_action(Article.objects.filter(status=Article.Status.DRAFT).first())
    assert Article.objects.published().first() == article
    return {
        "home": "/",
        "overzicht": "/blog/",
        "categorie": article.categories.first().get_absolute_url(),
        "artikel": article.get_absolute_url(),
        "zoeken": "/blog/?q=prikkels",
        "zoeken-niets-gevonden": "/blog/?q=qwertyuiop",
        "privacy": "/privacy/",
        "aanmelden": "/aanmelden/",
        "adviesgesprek": "/adviesgesprek/",
        "niet-gevonden": "/bestaat-niet/",
        "aanmelden-met-fouten": submit_empty("/aanmelden/", "Aanmelding versturen"),
        "adviesgesprek-met-fouten": submit_empty("/adviesgesprek/", re.compile("Adviesgesprek")),
        "aanmelden-bedankt": thanks_after_contact,
        "adviesgesprek-bedankt": thanks_after_booking,
    }


def run_axe(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})"
    )
    problems = []
    for violation in result["violations"]:
        where = ", ".join(str(node["target"][0]) for node in violation["nodes"][:3])
        problems.append(f"{violation['id']}: {violation['help']} ({where})")
    return problems


@pytest.mark.parametrize("width", WIDTHS)
def test_axe_finds_no_wcag_violations(browser, demo_site, visitor_pages, width):
    require_checker(AXE)
    # The checker is injected as a script; CSP would (rightly) block that on the real site.
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
    page = context.new_page()
    problems = {}
    for name, path in visitor_pages.items():
        if callable(path):
            path(page, demo_site.url)
        else:
            page.goto(demo_site.url + path)
        if violations := run_axe(page):
            problems[name] = violations
        screenshot(page, name)
    context.close()
    assert not problems, json.dumps(problems, indent=2, ensure_ascii=False)


def test_nu_html_checker_finds_no_errors(browser, demo_site, visitor_pages, tmp_path):
    require_checker(VNU)
    require(shutil.which("java") is not None, "java not found: `apt-get install default-jre-headless`")
    context = browser.new_context()
    page = context.new_page()
    documents = []  # the HTML as the server sent it (not the browser's DOM), page by page
    page.on(
        "response",
        lambda response: response.request.resource_type == "document" and documents.append(response),
    )
    files = []
    for name, path in visitor_pages.items():
        if callable(path):
            path(page, demo_site.url)
        else:
            page.goto(demo_site.url + path)
        file = tmp_path / f"{name}.html"
        file.write_bytes(documents[-1].body())
        files.append(str(file))
    context.close()
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=120,
    )
    messages = json.loads(result.stderr or "{}").get("messages", [])
    problems = [f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert not problems, "\n".join(problems)
