"""The crisis lines are written once (intake/crisis.py) and shown by both template engines."""

from django.template import engines
from django.template.loader import render_to_string

from intake.crisis import crisis_html, crisis_text


def test_crisis_text_is_plain_text_with_every_number():
    text = crisis_text()
    assert "<" not in text
    assert "112" in text and "113" in text and "0800-0113" in text


def test_crisis_html_makes_every_number_a_tel_link():
    html = crisis_html()
    assert html.count("<a ") == 3
    assert '<a href="tel:112">112</a>' in html
    assert '<a href="tel:113">113</a>' in html
    assert '<a href="tel:08000113">0800-0113</a>' in html


def test_page_footer_has_the_crisis_lines_even_without_a_request(settings):
    """The 500 and 503 pages are rendered with no request context (practice_site.views.server_error)."""
    html = engines["jinja2"].get_template("500.html").render({"practice": settings.PRACTICE})
    assert f'<p class="crisis-footer">{crisis_text()}</p>' in html


def test_email_text_and_html_parts_have_the_crisis_lines(settings):
    assert crisis_text() in render_to_string("intake/email/_footer.txt", {"practice": settings.PRACTICE})
    assert crisis_text() in render_to_string("intake/email/_base.html", {"practice": settings.PRACTICE})
