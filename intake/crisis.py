"""Where to turn in a crisis: one text for the site's pages, its footer and the e-mails.

The practice is no crisis service, so wherever people contact us we say who to call now.
"""

from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext

NUMBERS = {"emergency": "112", "suicide_line": "113", "suicide_line_free": "0800-0113"}


def _sentence() -> str:
    return gettext(
        "In een acute crisis bel je je huisarts, de huisartsenpost of {emergency}. "
        "Denk je aan zelfmoord? Bel {suicide_line} of gratis {suicide_line_free}, dag en nacht."
    )


def crisis_text() -> str:
    """As plain text: for the footer and the e-mails."""
    return _sentence().format(**NUMBERS)


def crisis_html() -> SafeString:
    """With each number a tel: link, for the intake pages."""
    links = {
        name: format_html('<a href="tel:{}">{}</a>', number.replace("-", ""), number)
        for name, number in NUMBERS.items()
    }
    return format_html(_sentence(), **links)
