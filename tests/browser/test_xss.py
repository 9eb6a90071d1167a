"""XSS payloads through every text field a visitor or editor fills in: nothing executes in a real browser.

The browser ignores the site's Content-Security-Policy here (bypass_csp), so the test shows the
output itself is inert; CSP is a second wall on top.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from blog.models import Article, Author, Category
from intake.models import ContactRequest

pytestmark = pytest.mark.browser

PAYLOADS = [
    "<script>window.__xss=1</script>",
    '"><img src=x onerror="window.__xss=1">',
    "'><svg onload=window.__xss=1>",
    '<iframe src="javascript:window.__xss=1"></iframe>',
    '<a href="javascript:window.__xss=1" id="xss-link">klik</a>',
    "<details open ontoggle=window.__xss=1>",
    "</textarea><script>window.__xss=1</script>",
    "{{ 7*7 }}<style>body{display:none}</style>",
    "[klik](javascript:window.__xss=1)",
    '![x](x" onerror="window.__xss=1)',
]
PASSWORD = "een-lang-wachtwoord-2026"


@pytest.fixture
def hostile_browser(browser):
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    fired = []
    page.on("dialog", lambda dialog: (fired.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda message: fired.append(message.text) if "__xss" in message.text else None)
    yield page, fired
    context.close()


def assert_inert(page, fired):
    # Click anything the payloads may have turned into a link, then look for side effects.
    for link in page.locator("#xss-link").all():
        link.click(no_wait_after=True)
    assert page.evaluate("typeof window.__xss") == "undefined", page.url
    assert not fired, fired
    assert page.locator("body").is_visible()


def log_in_as_owner(page, base_url):
    get_user_model().objects.create_superuser("eigenaar", "eigenaar@example.org", PASSWORD)
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Gebruikersnaam").fill("eigenaar")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_payloads_in_intake_fields_never_execute_for_visitors_or_staff(demo_site, hostile_browser, settings):
    settings.INTAKE_MIN_FILL_SECONDS = 0
    settings.INTAKE_RATE_LIMIT = 0
    page, fired = hostile_browser
    for number, payload in enumerate(PAYLOADS):
        page.goto(demo_site.url + "/aanmelden/")
        page.evaluate("document.querySelector('main form').noValidate = true")
        # A name field refuses most payloads: the form comes back with the input, escaped.
        page.get_by_label("Voornaam").fill(payload)
        page.get_by_label("Achternaam").fill("Jansen")
        page.get_by_label("E-mailadres").fill(f"xss{number}@example.org")
        page.get_by_label("Per e-mail").check()
        page.get_by_label("Wanneer ben je het best bereikbaar?").fill(payload)
        page.get_by_label("Waarmee kunnen we je helpen?").fill(payload)
        page.get_by_label("Weet ik niet").check()
        page.get_by_label("Ik geef toestemming").check()
        page.get_by_role("button", name="Aanmelding versturen").click()
        page.wait_for_load_state()
        assert_inert(page, fired)
        if "/bedankt/" not in page.url:
            page.get_by_label("Voornaam").fill("Eva")
            page.get_by_role("button", name="Aanmelding versturen").click()
            page.wait_for_url("**/aanmelden/bedankt/")
    assert ContactRequest.objects.count() == len(PAYLOADS)
    log_in_as_owner(page, demo_site.url)
    page.goto(demo_site.url + "/admin/intake/contactrequest/")
    assert_inert(page, fired)
    for request in ContactRequest.objects.all():
        page.goto(demo_site.url + f"/admin/intake/contactrequest/{request.pk}/change/")
        assert_inert(page, fired)


def test_payloads_in_an_article_never_execute(demo_site, hostile_browser):
    page, fired = hostile_browser
    body = "\n\n".join(["## Kop", *PAYLOADS, "Gewone tekst."])
    article = Article.objects.create(
        title=PAYLOADS[1], slug="xss-proef", summary=PAYLOADS[0], body=body,
        author=Author.objects.first(), status=Article.Status.PUBLISHED,
    )  # fmt: skip
    article.categories.set([Category.objects.first()])
    call_command("seed_demo")  # nothing changes; the article stays as written
    for path in ("/", "/blog/", article.get_absolute_url(), "/blog/feed/", "/blog/?q=script"):
        page.goto(demo_site.url + path)
        assert_inert(page, fired)
    assert page.evaluate("document.title")  # the page rendered
    log_in_as_owner(page, demo_site.url)
    for path in ("/admin/blog/article/", f"/admin/blog/article/{article.pk}/change/"):
        page.goto(demo_site.url + path)
        page.wait_for_timeout(500)  # the editor's live preview renders the body too
        assert_inert(page, fired)
