"""Uploaded images: verified by Pillow, size-capped, and re-encoded without metadata (EXIF, GPS)."""

import uuid
from io import BytesIO
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
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
