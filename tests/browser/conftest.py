"""Browser tests: Playwright for Python driving Debian's chromium against pytest-django's live server.

Without /usr/bin/chromium they skip with a message, so a user's `make test` stays green;
CI sets REQUIRE_BROWSER=1 and installs chromium, which turns that skip into a failure.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "var" / "screenshots"
WIDTHS = (375, 1280)


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists():
        return
    message = (
        f"chromium not found at {CHROMIUM}: install it with `apt-get install chromium` to run browser tests"
    )
    if os.environ.get("REQUIRE_BROWSER") == "1":
        raise pytest.UsageError(f"REQUIRE_BROWSER=1 but {message}")
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.skip(reason=message))


def require(available: bool, message: str):
    """Skip a test whose tool (npm's checkers, Java) is absent, like a missing chromium;
    with REQUIRE_BROWSER=1 (CI) the absence is a failure."""
    if available:
        return
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {message}")
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page_at(browser):
    """A new page at a given viewport width; browser console errors fail the test."""
    contexts = []
    errors = []

    def make(width=375):
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
        contexts.append(context)
        page = context.new_page()
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.on("pageerror", lambda error: errors.append(str(error)))
        return page

    yield make
    for context in contexts:
        context.close()
    assert not errors, f"browser console errors: {errors}"


@pytest.fixture
def page(page_at):
    return page_at(375)


@pytest.fixture
def demo_site(transactional_db, live_server, settings):
    settings.SECURE_SSL_REDIRECT = False
    call_command("seed_demo")
    return live_server


def screenshot(page, name):
    """Keep a picture of the page for a person to look at (var/ is git-ignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    width = page.viewport_size["width"]
    page.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=True)
