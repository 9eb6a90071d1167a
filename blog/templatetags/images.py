from django import template
from django.core.files.storage import default_storage
from django.utils.html import format_html, format_html_join

from blog.images import fallback_extension, rendition_name, rendition_widths

register = template.Library()


def srcset(name, widths, extension):
    return ", ".join(
        f"{default_storage.url(rendition_name(name, width, extension))} {width}w" for width in widths
    )


@register.simple_tag
def cover_picture(article, sizes="(min-width: 46rem) 42rem, 100vw", lazy=False):
    """<picture> with WebP and JPEG/PNG renditions, width and height (no layout shift)."""
    if not article.cover_image or not article.cover_width:
        return ""
    name = article.cover_image.name
    widths = rendition_widths(article.cover_width)
    fallback = fallback_extension(name)
    largest = rendition_name(name, widths[-1], fallback)
    attributes = {
        "src": default_storage.url(largest),
        "srcset": srcset(name, widths, fallback),
        "sizes": sizes,
        "width": article.cover_width,
        "height": article.cover_height,
        "alt": "" if article.cover_decorative else article.cover_alt,
        "decoding": "async",
        "loading": "lazy" if lazy else "eager",
    }
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}"><img {}></picture>',
        srcset(name, widths, "webp"),
        sizes,
        format_html_join(" ", '{}="{}"', attributes.items()),
    )
