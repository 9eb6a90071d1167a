"""Uploaded images: verified by Pillow, size-capped, and re-encoded without metadata (EXIF, GPS)."""

import uuid
from io import BytesIO
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def validate_image_file(file) -> None:
    """Refuse anything that is not a sane JPEG, PNG or WebP, with a Dutch message."""
    if file.size > settings.IMAGE_MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("Dit bestand is te groot. Het maximum is %(mb)s MB.")
            % {"mb": settings.IMAGE_MAX_UPLOAD_BYTES // (1024 * 1024)},
            code="too_large",
        )
    invalid = ValidationError(
        _("Dit bestand is geen geldige afbeelding. Gebruik een JPEG-, PNG- of WebP-bestand."),
        code="invalid_image",
    )
    too_many_pixels = ValidationError(
        _("Deze afbeelding heeft te veel pixels. Verklein haar eerst (maximaal %(mp)s megapixel).")
        % {"mp": settings.IMAGE_MAX_PIXELS // 1_000_000},
        code="too_many_pixels",
    )
    try:
        file.seek(0)
        with Image.open(file) as image:
            if image.format not in EXTENSIONS:
                raise invalid
            if image.width * image.height > settings.IMAGE_MAX_PIXELS:
                raise too_many_pixels
            image.verify()
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise too_many_pixels from None
    except (Image.DecompressionBombWarning, OSError, SyntaxError, ValueError):
        raise invalid from None
    finally:
        file.seek(0)


def reencode_image(file, *, max_side: int | None = None) -> ContentFile:
    """A fresh copy of the pixels only: orientation applied, metadata dropped, random name."""
    file.seek(0)
    with Image.open(file) as original:
        image_format = original.format
        image = ImageOps.exif_transpose(original)
        if max_side:
            image.thumbnail((max_side, max_side))
        if image_format == "JPEG" and image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        out = BytesIO()
        options = (
            {"quality": 85, "optimize": True} if image_format in ("JPEG", "WEBP") else {"optimize": True}
        )
        image.save(out, format=image_format, **options)
    stem = PurePath(getattr(file, "name", "") or "afbeelding").stem[:40] or "afbeelding"
    return ContentFile(out.getvalue(), name=f"{stem}-{uuid.uuid4().hex[:8]}.{EXTENSIONS[image_format]}")


# Renditions: each cover image is also stored at a few widths, as WebP and in its own format
# (JPEG or PNG) for browsers without WebP. Made once when the image is saved; the names follow
# from the original's name, so pages need no query to find them.
RENDITION_WIDTHS = (480, 960, 1440)


def rendition_name(name: str, width: int, extension: str) -> str:
    path = PurePath(name)
    return str(PurePath("renditions") / path.parent / f"{path.stem}-{width}.{extension}")


def rendition_widths(original_width: int) -> list[int]:
    """The widths made for an image: the standard ones below its own width, plus its own (capped)."""
    widths = [width for width in RENDITION_WIDTHS if width < original_width]
    return [*widths, min(original_width, RENDITION_WIDTHS[-1])]


def fallback_extension(name: str) -> str:
    return "png" if name.lower().endswith(".png") else "jpg"


def make_renditions(field_file) -> None:
    from django.core.files.storage import default_storage

    with field_file.open("rb") as source, Image.open(source) as original:
        original.load()
        fallback = fallback_extension(field_file.name)
        formats = (("webp", "WEBP"), (fallback, "PNG" if fallback == "png" else "JPEG"))
        for width in rendition_widths(original.width):
            height = round(original.height * width / original.width)
            resized = original.resize((width, height), Image.Resampling.LANCZOS)
            for extension, image_format in formats:
                needs_rgb = image_format == "JPEG" and resized.mode != "RGB"
                image = resized.convert("RGB") if needs_rgb else resized
                out = BytesIO()
                image.save(out, format=image_format, quality=80, optimize=True)
                name = rendition_name(field_file.name, width, extension)
                if default_storage.exists(name):
                    default_storage.delete(name)
                default_storage.save(name, ContentFile(out.getvalue()))


def _srcset(name, widths, extension):
    return ", ".join(
        f"{default_storage.url(rendition_name(name, width, extension))} {width}w" for width in widths
    )


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
        "srcset": _srcset(name, widths, fallback),
        "sizes": sizes,
        "width": article.cover_width,
        "height": article.cover_height,
        "alt": "" if article.cover_decorative else article.cover_alt,
        "decoding": "async",
        "loading": "lazy" if lazy else "eager",
    }
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}"><img {}></picture>',
        _srcset(name, widths, "webp"),
        sizes,
        format_html_join(" ", '{}="{}"', attributes.items()),
    )
