"""The Markdown editor's preview and upload endpoints, and writing an article in the admin."""

import re
from datetime import timedelta
from io import BytesIO
from unittest import mock

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from blog.models import Article
from tests.conftest import image_upload

pytestmark = pytest.mark.django_db

PREVIEW = "/markdownx/markdownify/"
UPLOAD = "/markdownx/upload/"


def exif_with_gps():
    exif = Image.Exif()
    exif[0x010F] = "Telefoonmerk"  # Make
    exif[0x8825] = {1: "N", 2: (52.0, 5.0, 7.0)}  # GPSInfo
    return exif


def test_anonymous_preview_is_refused(client):
    response = client.post(PREVIEW, {"content": "# hoi"})
    assert response.status_code == 403


def test_anonymous_upload_is_refused_and_nothing_is_stored(client, media_root):
    response = client.post(UPLOAD, {"image": image_upload()})
    assert response.status_code == 403
    assert not media_root.exists() or not any(media_root.rglob("*.jpg"))


def test_staff_without_blog_permission_is_refused(client, django_user_model):
    staff = django_user_model.objects.create_user("balie", password="x" * 14, is_staff=True)
    client.force_login(staff)
    assert client.post(PREVIEW, {"content": "x"}).status_code == 403
    assert client.post(UPLOAD, {"image": image_upload()}).status_code == 403


def test_preview_uses_the_sanitising_renderer(client, editor):
    client.force_login(editor)
    response = client.post(
        PREVIEW, {"content": "## Kop\n\n<script>alert(1)</script>[x](javascript:alert(1))"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h2>Kop</h2>" in html
    assert "<script" not in html and "javascript:" not in html


def test_preview_without_content_is_not_an_error(client, editor):
    client.force_login(editor)
    response = client.post(PREVIEW, {})
    assert response.status_code == 200
    assert response.content == b""


def test_preview_refuses_get(client, editor):
    client.force_login(editor)
    assert client.get(PREVIEW).status_code == 405


def test_upload_stores_a_clean_copy_without_exif(client, editor):
    client.force_login(editor)
    response = client.post(
        UPLOAD,
        {"image": image_upload("vakantie.jpg", exif=exif_with_gps())},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    code = response.json()["image_code"]
    assert code.startswith("![](/media/markdownx/") and code.endswith(".jpg)")
    stored = code[len("![](/media/") : -1]
    with default_storage.open(stored) as stored_file, Image.open(stored_file) as image:
        assert image.format == "JPEG"
        assert image.size == (64, 48)
        assert not image.getexif()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("script.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'),
        ("tekst.jpg", b"dit is geen afbeelding"),
        ("leeg.png", b""),
        ("pagina.html", b"<html><script>alert(1)</script></html>"),
    ],
)
def test_upload_refuses_what_is_not_an_image_with_a_dutch_message(client, editor, name, content):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(editor)
    response = client.post(UPLOAD, {"image": SimpleUploadedFile(name, content)})
    assert response.status_code == 400
    assert "geen geldige afbeelding" in response.json()["image"][0]


def test_upload_refuses_a_gif(client, editor):
    client.force_login(editor)
    response = client.post(UPLOAD, {"image": image_upload("a.gif", image_format="GIF")})
    assert response.status_code == 400


def test_upload_refuses_an_oversized_file(client, editor, settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 1024
    client.force_login(editor)
    response = client.post(UPLOAD, {"image": image_upload(size=(400, 400))})
    assert response.status_code == 400
    assert "te groot" in response.json()["image"][0]


def test_upload_refuses_a_decompression_bomb(client, editor, settings):
    """A small file that would unpack into an enormous bitmap."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.IMAGE_MAX_PIXELS = 10_000_000
    out = BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, format="PNG")
    client.force_login(editor)
    response = client.post(UPLOAD, {"image": SimpleUploadedFile("bom.png", out.getvalue())})
    assert response.status_code == 400
    assert "te veel pixels" in response.json()["image"][0]


def test_upload_without_a_file_gets_a_message(client, editor):
    client.force_login(editor)
    response = client.post(UPLOAD, {})
    assert response.status_code == 400
    assert response.json()["image"]


def test_editor_writes_schedules_and_publishes_an_article_in_the_admin(client, editor, author, category):
    """The whole flow: admin form with Markdown, an uploaded cover image, a publish time in the future."""
    client.force_login(editor)
    form_page = client.get(reverse("admin:blog_article_add"))
    assert form_page.status_code == 200
    assert 'data-markdownx-urls-path="/markdownx/markdownify/"' in form_page.content.decode()

    upload = client.post(UPLOAD, {"image": image_upload()}, headers={"x-requested-with": "XMLHttpRequest"})
    image_code = upload.json()["image_code"]

    publish_at = timezone.localtime() + timedelta(days=2)
    response = client.post(
        reverse("admin:blog_article_add"),
        {
            "title": "Omgaan met onzekerheid",
            "slug": "omgaan-met-onzekerheid",
            "summary": "Hoe je leert leven met wat je niet weet.",
            "body": f"## Inleiding\n\nOnzekerheid hoort bij het leven.\n\n{image_code}\n\n<script>x</script>",
            "status": "published",
            "published_at_0": publish_at.strftime("%d-%m-%Y"),
            "published_at_1": publish_at.strftime("%H:%M:%S"),
            "author": author.pk,
            "categories": [category.pk],
            "cover_image": image_upload("omslag.png", image_format="PNG", size=(800, 400)),
            "cover_alt": "Een rustig meer in de ochtend",
            "seo_description": "",
            "pinned_relations-TOTAL_FORMS": "0",  # the inline for pinned related articles
            "pinned_relations-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="omgaan-met-onzekerheid")
    assert article.status == Article.Status.PUBLISHED
    assert "<h2>Inleiding</h2>" in article.body_html and "<img" in article.body_html
    assert "<script" not in article.body_html
    assert (article.cover_width, article.cover_height) == (800, 400)

    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 404
    with mock.patch("django.utils.timezone.now", return_value=publish_at + timedelta(minutes=1)):
        page = client.get(article.get_absolute_url())
        assert page.status_code == 200
        assert "Een rustig meer in de ochtend" in page.content.decode()


def test_cover_image_needs_alt_text_unless_decorative(client, editor, author, category):
    client.force_login(editor)
    data = {
        "title": "Zonder alt",
        "slug": "zonder-alt",
        "summary": "s",
        "body": "tekst",
        "status": "draft",
        "published_at_0": "01-10-2025",
        "published_at_1": "09:00:00",
        "author": author.pk,
        "categories": [category.pk],
        "cover_alt": "",
        "pinned_relations-TOTAL_FORMS": "0",
        "pinned_relations-INITIAL_FORMS": "0",
    }
    response = client.post(reverse("admin:blog_article_add"), {**data, "cover_image": image_upload()})
    assert response.status_code == 200
    assert "Geef een alt-tekst" in response.content.decode()
    response = client.post(
        reverse("admin:blog_article_add"), {**data, "cover_image": image_upload(), "cover_decorative": "on"}
    )
    assert response.status_code == 302


def test_publish_action_publishes_an_old_draft_now(client, editor, make_article):
    draft = make_article(status=Article.Status.DRAFT, published_at=timezone.now() - timedelta(days=30))
    client.force_login(editor)
    client.post(
        reverse("admin:blog_article_changelist"), {"action": "publish", "_selected_action": [draft.pk]}
    )
    draft.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED
    assert timezone.now() - draft.published_at < timedelta(minutes=1)
    client.post(
        reverse("admin:blog_article_changelist"), {"action": "unpublish", "_selected_action": [draft.pk]}
    )
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT


def test_cover_image_gets_webp_and_fallback_renditions(make_article, media_root):
    article = make_article(cover_image=image_upload("omslag.jpg", size=(1200, 600)), cover_alt="Een bos")
    stem = article.cover_image.name.rsplit(".", 1)[0]
    for width in (480, 960, 1200):
        for extension in ("webp", "jpg"):
            rendition = media_root / "renditions" / f"{stem}-{width}.{extension}"
            assert rendition.exists(), rendition
            with Image.open(rendition) as image:
                assert image.width == width and image.height == width // 2
    assert not (media_root / "renditions" / f"{stem}-1440.webp").exists()  # never larger than the original


def test_article_page_serves_a_responsive_picture(client, make_article):
    article = make_article(
        cover_image=image_upload("omslag.png", image_format="PNG", size=(1000, 500)), cover_alt="Een bos"
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<source type="image/webp" srcset="/media/renditions/' in html
    assert "480w" in html and "960w" in html and "1000w" in html
    assert 'width="1000" height="500"' in html
    assert 'alt="Een bos"' in html and ".png 1000w" in html


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"GIF89a not really", "geldige afbeelding"),
        (b"<svg onload=alert(1)></svg>", "geldige afbeelding"),
    ],
)
def test_cover_upload_that_is_not_an_image_is_refused_in_the_admin(
    client, editor, author, category, content, message
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(editor)
    response = client.post(
        reverse("admin:blog_article_add"),
        {
            "title": "t", "slug": "t", "summary": "s", "body": "b", "status": "draft",
            "published_at_0": "01-10-2025", "published_at_1": "09:00:00",
            "author": author.pk, "categories": [category.pk], "cover_alt": "x",
            "cover_image": SimpleUploadedFile("omslag.jpg", content),
        },
    )  # fmt: skip
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.exists()


def test_upload_gets_a_generated_name_whatever_it_was_called(client, editor, media_root):
    client.force_login(editor)
    response = client.post(
        UPLOAD,
        {"image": image_upload("evil<script>.html.png", image_format="PNG")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    url = response.json()["image_url"]
    assert re.fullmatch(r"/media/markdownx/\d{4}/\d{2}/[0-9a-f]{32}\.png", url), url
    assert response.json()["image_code"] == f"![]({url})"
    stored = [path.name for path in media_root.rglob("*") if path.is_file()]
    assert stored == [url.rsplit("/", 1)[-1]]
