"""Machine checks in a real browser on every visitor page: axe-core (WCAG 2.1 AA) and the Nu HTML Checker."""

import json
import subprocess
from pathlib import Path

import pytest

from blog.models import Article
from tests.browser.conftest import ROOT, WIDTHS, screenshot

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def checkers_missing():
    missing = [str(path.relative_to(ROOT)) for path in (AXE, VNU) if not path.exists()]
    return f"{', '.join(missing)} missing: run `npm ci`" if missing else ""


@pytest.fixture
def visitor_pages(demo_site):
    """Every page a visitor can land on, with the states worth checking: name -> (path, how to get there)."""
    article = Article.objects.published().first()
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
    if message := checkers_missing():
        pytest.fail(message)
    # The checker is injected as a script; CSP would (rightly) block that on the real site.
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
    page = context.new_page()
    problems = {}
    for name, path in visitor_pages.items():
        page.goto(demo_site.url + path)
        if violations := run_axe(page):
            problems[name] = violations
        screenshot(page, name)
    context.close()
    assert not problems, json.dumps(problems, indent=2, ensure_ascii=False)


def test_nu_html_checker_finds_no_errors(demo_site, visitor_pages, tmp_path, client):
    if message := checkers_missing():
        pytest.fail(message)
    files = []
    for name, path in visitor_pages.items():
        response = client.get(path)
        file = tmp_path / f"{name}.html"
        file.write_bytes(response.content)
        files.append(str(file))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=120,
    )
    messages = json.loads(result.stderr or "{}").get("messages", [])
    problems = [f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert not problems, "\n".join(problems)
