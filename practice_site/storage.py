"""Uploaded media in an S3-compatible bucket (django-storages), with the local folder's safety.

Only re-encoded JPEG, PNG and WebP files are stored; each object gets its Content-Type from its
extension (never from what the browser sent) and a day of caching. URLs stay on the site's own
origin (MEDIA_URL, `/media/…`): the proxy in front (deploy/Caddyfile) fetches them from the
bucket and adds `nosniff` and a sandboxing CSP, so pages keep `img-src 'self'`, page caches hold
stable URLs (no expiring signatures), and visitors never talk to a third party.
"""

from pathlib import PurePosixPath
from urllib.parse import urljoin

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage

IMAGE_CONTENT_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
}


def image_content_type(name: str) -> str:
    """The Content-Type a stored media file is served with; anything but an image is refused."""
    content_type = IMAGE_CONTENT_TYPES.get(PurePosixPath(name).suffix.lower())
    if content_type is None:
        raise SuspiciousFileOperation(f"Only JPEG, PNG and WebP images are stored as media, not {name!r}.")
    return content_type


class MediaStorage(S3Storage):
    def get_object_parameters(self, name):
        return super().get_object_parameters(name) | {
            "ContentType": image_content_type(name),
            "CacheControl": "public, max-age=86400",
        }

    def url(self, name, parameters=None, expire=None, http_method=None):
        return urljoin(settings.MEDIA_URL, filepath_to_uri(name))
