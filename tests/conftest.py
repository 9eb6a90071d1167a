from datetime import timedelta
from io import BytesIO

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from blog.models import Article, Author, Category


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads in tests go to a throw-away folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True, scope="session")
def jinja2_context_in_responses():
    """The test client sets response.context for Django templates only; visitor pages are Jinja2.

    Sending Django's template_rendered signal for them too gives tests the view's context.
    """
    from django.template.backends.jinja2 import Template
    from django.test.signals import template_rendered

    render = Template.render

    def instrumented(self, context=None, request=None):
        template_rendered.send(sender=self, template=self, context=dict(context or {}))
        return render(self, context, request)

    Template.render = instrumented
    yield
    Template.render = render


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (cached pages, rate limits)."""
    from django.core.cache import cache

    from practice_site import page_cache

    cache.clear()
    page_cache.local_first.clear()
    page_cache._local.update(state=None, read_at=0.0)


@pytest.fixture
def author(db):
    return Author.objects.create(name="Sanne de Vries", role="GZ-psycholoog", bio="Werkt met volwassenen.")


@pytest.fixture
def category(db):
    return Category.objects.create(name="Emoties", slug="emoties")


@pytest.fixture
def make_article(author, category):
    counter = iter(range(1, 1_000_000))

    def make(**fields):
        number = next(counter)
        fields.setdefault("title", f"Artikel {number}")
        fields.setdefault("slug", f"artikel-{number}")
        fields.setdefault("summary", f"Samenvatting van artikel {number}.")
        fields.setdefault("body", f"## Kop\n\nTekst van artikel {number}.")
        fields.setdefault("status", Article.Status.PUBLISHED)
        fields.setdefault("published_at", timezone.now() - timedelta(days=number))
        fields.setdefault("author", author)
        article = Article.objects.create(**fields)
        article.categories.add(category)
        return article

    return make


@pytest.fixture
def editor(django_user_model):
    """A staff member of the editorial team: may write articles, nothing else."""
    user = django_user_model.objects.create_user("redacteur", password="geheim-wachtwoord-123", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="blog"))
    return user


def image_upload(name="foto.jpg", image_format="JPEG", size=(64, 48), exif=None):
    image = Image.new("RGB", size, (200, 120, 80))
    out = BytesIO()
    options = {"exif": exif} if exif is not None else {}
    image.save(out, format=image_format, **options)
    content_type = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}.get(
        image_format, "image/jpeg"
    )
    return SimpleUploadedFile(name, out.getvalue(), content_type=content_type)
