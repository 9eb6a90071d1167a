import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from blog import demo_content
from blog.models import Article, Author, Category

pytestmark = pytest.mark.django_db


def test_seed_demo_loads_the_demo_articles_once():
    call_command("seed_demo")
    assert Article.objects.count() == len(demo_content.ARTICLES) >= 12
    assert Category.objects.count() == len(demo_content.CATEGORIES)
    assert Author.objects.count() == len(demo_content.AUTHORS)
    assert Article.objects.published().count() == len(demo_content.ARTICLES) - 1  # one draft
    call_command("seed_demo")
    assert Article.objects.count() == len(demo_content.ARTICLES)


def test_seed_demo_keeps_what_staff_edited():
    call_command("seed_demo")
    article = Article.objects.get(slug="overprikkeling")
    article.title = "Aangepaste titel"
    article.save()
    call_command("seed_demo")
    assert Article.objects.get(slug="overprikkeling").title == "Aangepaste titel"


def test_seed_demo_if_empty_leaves_an_existing_site_alone(make_article):
    make_article()
    call_command("seed_demo", "--if-empty")
    assert Article.objects.count() == 1


def test_demo_articles_render_to_clean_html():
    call_command("seed_demo")
    for article in Article.objects.all():
        assert article.body_html.startswith("<p>")
        assert "<h2>" in article.body_html and "<script" not in article.body_html
        assert article.reading_time >= 2


def test_create_dev_admin_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("create_dev_admin")


def test_create_dev_admin_is_idempotent(settings, django_user_model):
    settings.DEBUG = True
    call_command("create_dev_admin")
    call_command("create_dev_admin")
    admin = django_user_model.objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("lokaal-ontwikkelen")
