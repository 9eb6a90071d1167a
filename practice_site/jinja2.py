"""The Jinja2 environment of the visitor pages (templates in jinja2/).

Visitor pages use Jinja2 rather than Django's template language: Jinja2 compiles a template to
Python once and renders an article page in a fraction of the time, which was most of what an
uncached page cost (`make bench` prints the figures; the README keeps them). The admin and the
e-mails keep Django templates (templates/).

What every page asks for many times (URLs, static file names, texts) is worked out once per
process: none of it depends on the request, only on code, settings and the catalogue.
Texts are translated with Django's gettext, so one catalogue (locale/) serves both engines;
`make messages` extracts the Jinja2 templates' texts too.
"""

from datetime import datetime
from functools import lru_cache

from django.template import defaultfilters
from django.templatetags.static import static as static_url
from django.urls import get_script_prefix, reverse
from django.utils import timezone, translation
from django.utils.dates import MONTHS
from django.utils.text import capfirst
from jinja2 import Environment

from blog.images import cover_picture
from blog.seo import article_json_ld, organization_json_ld
from intake.crisis import crisis_html, crisis_text


@lru_cache(maxsize=4096)
def _reverse(name: str, prefix: str, kwargs: tuple) -> str:
    return reverse(name, kwargs=dict(kwargs))


def url(name: str, **kwargs) -> str:
    """reverse() for templates: url("blog:article-detail", slug=article.slug)."""
    return _reverse(name, get_script_prefix(), tuple(sorted(kwargs.items())))


@lru_cache(maxsize=256)
def static(path: str) -> str:
    """The hashed name of a static file (from the manifest, which is fixed while the process runs)."""
    return static_url(path)


@lru_cache(maxsize=4096)
def _gettext(language: str, message: str) -> str:
    return translation.gettext(message)


@lru_cache(maxsize=1024)
def _ngettext(language: str, singular: str, plural: str, number: int) -> str:
    return translation.ngettext(singular, plural, number)


def gettext(message: str) -> str:
    return _gettext(translation.get_language(), message)


def ngettext(singular: str, plural: str, number: int) -> str:
    return _ngettext(translation.get_language(), singular, plural, number)


def _local(value):
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def date(value, format_string=None) -> str:
    """Django's |date filter, in the site's time zone (Django's templates convert automatically)."""
    return "" if value is None else defaultfilters.date(_local(value), format_string)


def isoformat(value) -> str:
    """For datetime attributes and structured data: what |date("c") gives, without parsing a format.

    In whole seconds: HTML's <time datetime> allows at most three digits of a second.
    """
    if isinstance(value, datetime):
        return _local(value).isoformat(timespec="seconds")
    return "" if value is None else value.isoformat()


def long_date(value) -> str:
    """ "24 november 2026": what |date("j F Y") gives, at a quarter of its cost (dates on every card)."""
    if value is None:
        return ""
    value = _local(value)
    return f"{value.day} {MONTHS[value.month]} {value.year}"


def environment(**options) -> Environment:
    options.pop("autoescape", None)  # always on, as Django's backend sets it
    env = Environment(autoescape=True, extensions=["jinja2.ext.i18n"], **options)
    env.install_gettext_callables(gettext=gettext, ngettext=ngettext, newstyle=True)
    # {{ _("text") }} without the i18n extension's formatting step; the text is escaped on output.
    # ({% trans %} blocks, which may hold HTML and placeholders, go through the extension.)
    env.globals["_"] = gettext
    env.globals.update(
        url=url,
        static=static,
        cover_picture=cover_picture,
        article_json_ld=article_json_ld,
        organization_json_ld=organization_json_ld,
        crisis_text=crisis_text,
        crisis_html=crisis_html,
    )
    env.filters.update(date=date, isoformat=isoformat, long_date=long_date, capfirst=capfirst)
    return env
