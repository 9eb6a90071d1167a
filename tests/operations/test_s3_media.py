"""Uploads on S3-compatible object storage (django-storages), against a real SeaweedFS server.

Each test looks in the bucket itself (boto3) and on the local disk, so it fails when the
storage falls back to the local folder.
"""

from io import BytesIO

import pytest
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from blog.images import RENDITION_WIDTHS, rendition_name
from blog.models import Author
from tests.conftest import image_upload

pytestmark = pytest.mark.django_db


def bucket_objects(client, bucket) -> dict[str, str]:
    """Every key in the bucket with the Content-Type it is served with."""
    keys = [item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", [])]
    return {key: client.head_object(Bucket=bucket, Key=key)["ContentType"] for key in keys}


def local_files(media_root):
    return [path for path in media_root.rglob("*") if path.is_file()] if media_root.exists() else []


def test_cover_image_and_its_renditions_go_to_the_bucket(s3_media, make_article, media_root, client):
    s3, bucket = s3_media
    article = make_article(cover_image=image_upload("omslag.jpg", size=(1000, 500)), cover_alt="Een bos")

    objects = bucket_objects(s3, bucket)
    name = article.cover_image.name
    assert objects[name] == "image/jpeg"
    widths = [width for width in RENDITION_WIDTHS if width < 1000] + [1000]
    for width in widths:
        assert objects[rendition_name(name, width, "webp")] == "image/webp"
        assert objects[rendition_name(name, width, "jpg")] == "image/jpeg"
    assert len(objects) == 1 + 2 * len(widths)
    assert local_files(media_root) == []

    # The page points at the site's own /media/ (same origin, through the proxy), unsigned.
    page = client.get(article.get_absolute_url()).content.decode()
    assert f'src="/media/{rendition_name(name, widths[-1], "jpg")}"' in page
    assert "X-Amz-" not in page and "Signature=" not in page

    stored = Image.open(
        BytesIO(s3.get_object(Bucket=bucket, Key=rendition_name(name, 480, "webp"))["Body"].read())
    )
    assert (stored.format, stored.width) == ("WEBP", 480)


def test_editor_upload_goes_to_the_bucket(s3_media, client, editor, media_root):
    s3, bucket = s3_media
    client.force_login(editor)
    response = client.post("/markdownx/upload/", {"image": image_upload("schets.png", image_format="PNG")})

    assert response.status_code == 200
    url = response.json()["image_code"].removeprefix("![](").removesuffix(")")
    assert url.startswith("/media/markdownx/")
    key = url.removeprefix("/media/")
    assert bucket_objects(s3, bucket) == {key: "image/png"}
    assert local_files(media_root) == []


def test_content_type_comes_from_the_stored_name_not_the_browser(s3_media, media_root):
    """An author photo keeps the Content-Type of its image extension, whatever the upload claimed."""
    s3, bucket = s3_media
    upload = image_upload("portret.jpg")
    upload.content_type = "text/html"
    author = Author.objects.create(name="Joris", role="Psycholoog", photo=upload)

    assert bucket_objects(s3, bucket) == {author.photo.name: "image/jpeg"}
    assert s3.head_object(Bucket=bucket, Key=author.photo.name)["CacheControl"] == "public, max-age=86400"


@pytest.mark.parametrize("name", ["pagina.html", "tekening.svg", "script.js", "zonder-extensie"])
def test_anything_but_an_image_is_refused_by_the_storage(s3_media, name):
    s3, bucket = s3_media
    with pytest.raises(SuspiciousFileOperation):
        default_storage.save(name, ContentFile(b"<script>alert(1)</script>"))
    assert bucket_objects(s3, bucket) == {}


def test_local_folder_stays_the_default(settings):
    assert settings.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
