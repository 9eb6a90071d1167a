"""Markdown to safe HTML: the one renderer for stored article bodies and the admin preview."""

import re

import markdown
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "em", "figcaption", "figure",
    "h2", "h3", "h4", "h5", "h6", "hr", "img", "li", "ol", "p", "pre",
    "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": {"align"},
    "td": {"align"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}


def sanitise_html(html: str) -> str:
    """Keep the structure Markdown produces; drop scripts, handlers, styles and unsafe URLs."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


# The alt text that marks an image as decorative: `![(decoratief)](/media/…)`. Visitors get
# alt="" (screen readers skip the image); a plain `![](…)` is a forgotten alt text, which the
# writing checks flag.
DECORATIVE_ALT = "(decoratief)"


def markdown_html(text: str) -> str:
    """Markdown as written, in HTML, before any rewriting or sanitising: what the writing checks read."""
    return markdown.markdown(text or "", extensions=["tables", "sane_lists"], output_format="html")


def render_markdown(text: str) -> str:
    """Render article Markdown to sanitised HTML (also MARKDOWNX_MARKDOWNIFY_FUNCTION)."""
    html = markdown_html(text)
    # The article title is the page's only <h1>; a "# heading" in the body becomes an <h2>.
    html = re.sub(r"<(/?)h1>", r"<\1h2>", html)
    html = html.replace(f'alt="{DECORATIVE_ALT}"', 'alt=""')
    return sanitise_html(html)
