import pytest

from blog.models import Article
from tests.browser.conftest import WIDTHS, screenshot

pytestmark = pytest.mark.browser


def test_visitor_reads_an_article_and_follows_a_related_one_on_a_phone(demo_site, page):
    page.goto(demo_site.url + "/blog/")
    cards = page.locator(".card")
    assert cards.count() >= 10
    first_title = cards.first.locator(".card-title").inner_text()
    cards.first.get_by_role("link", name="Lees verder").click()
    assert page.locator("h1").inner_text() == first_title
    assert page.get_by_role("link", name="Contact met het aanmeldteam").is_visible()
    assert page.get_by_role("link", name="Plan een gratis adviesgesprek").is_visible()
    related = page.get_by_role("region", name="Lees meer over dit onderwerp in onze artikelen")
    assert related.locator(".card").count() >= 3
    next_title = related.locator(".card-title").first.inner_text()
    related.get_by_role("link", name="Lees verder").first.click()
    assert page.locator("h1").inner_text() == next_title
    page.get_by_role("link", name="Terug naar het overzicht").click()
    assert page.url == demo_site.url + "/blog/"


def test_navigation_works_on_a_phone_without_javascript(browser, demo_site):
    context = browser.new_context(viewport={"width": 375, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site.url + "/")
    nav = page.get_by_role("navigation", name="Hoofdmenu")
    for name in ("Blog", "Aanmelden", "Gratis adviesgesprek", "Privacy"):
        assert nav.get_by_role("link", name=name).is_visible()
    nav.get_by_role("link", name="Blog").click()
    assert page.locator("h1").inner_text() == "Blog"
    # Nothing is wider than the phone's screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshots_of_the_reading_pages(demo_site, page_at, width):
    page = page_at(width)
    article = Article.objects.published().first()
    for name, path in (("home", "/"), ("overzicht", "/blog/"), ("artikel", article.get_absolute_url())):
        page.goto(demo_site.url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        screenshot(page, name)
