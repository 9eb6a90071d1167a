"""deploy/Caddyfile serves uploaded media, from the volume or the S3 bucket, with the same rules:
only images, `nosniff`, a sandboxing CSP, read-only. Runs Debian's caddy against SeaweedFS."""

import urllib.error
import urllib.request

import pytest

from tests.conftest import image_upload


def fetch(url, method="GET", data=None):
    request = urllib.request.Request(url, method=method, data=data)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def put_hostile_files(put):
    put("pagina.html", b"<script>alert(1)</script>", "text/html")
    put("plaatje.svg", b"<svg onload=alert(1)>", "image/svg+xml")
    put("vermomd.jpg", b"<script>alert(1)</script>", "text/html")  # slipped in past the site


def assert_served_safely(base, image_key, image_bytes, content_type):
    status, headers, body = fetch(f"{base}/media/{image_key}")
    assert status == 200 and body == image_bytes
    assert headers["Content-Type"] == content_type
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert "Server" not in headers

    assert fetch(f"{base}/media/pagina.html")[0] == 404
    assert fetch(f"{base}/media/plaatje.svg")[0] == 404
    status, headers, _ = fetch(f"{base}/media/vermomd.jpg")
    assert headers["X-Content-Type-Options"] == "nosniff"  # the browser will not run it as HTML
    assert "sandbox" in headers["Content-Security-Policy"]
    assert fetch(f"{base}/media/bestaat-niet.jpg")[0] == 404
    assert fetch(f"{base}/media/nieuw.jpg", method="PUT", data=b"x")[0] == 405


@pytest.mark.django_db
def test_media_from_the_s3_bucket(caddy, s3_media, seaweedfs, make_article):
    s3, bucket = s3_media
    article = make_article(cover_image=image_upload("omslag.jpg", size=(600, 300)), cover_alt="Een bos")
    key = article.cover_image.name
    stored = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    put_hostile_files(
        lambda name, body, kind: s3.put_object(Bucket=bucket, Key=name, Body=body, ContentType=kind)
    )

    base = caddy(MEDIA_SOURCE="s3", AWS_STORAGE_BUCKET_NAME=bucket, AWS_S3_ENDPOINT_URL=seaweedfs)

    assert_served_safely(base, key, stored, "image/jpeg")
    status, headers, body = fetch(f"{base}/media/{key}?acl")  # no S3 sub-resources through here
    assert status == 200 and body == stored
    assert not [name for name in headers if name.lower().startswith("x-amz-")]
    assert "nieuw.jpg" not in [item["Key"] for item in s3.list_objects_v2(Bucket=bucket)["Contents"]]


def test_media_from_the_volume(caddy, tmp_path):
    volume = tmp_path / "media"
    (volume / "covers").mkdir(parents=True)
    image = image_upload("foto.png", image_format="PNG").read()
    (volume / "covers" / "foto.png").write_bytes(image)

    def put(name, body, kind):
        (volume / name).write_bytes(body)

    put_hostile_files(put)
    base = caddy(MEDIA_VOLUME=str(volume))

    assert_served_safely(base, "covers/foto.png", image, "image/png")
    assert not (volume / "nieuw.jpg").exists()
