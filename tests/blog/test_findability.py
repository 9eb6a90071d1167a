import json
import re
from xml.etree import ElementTree

import pytest
from django.urls import reverse

from blog.models import Article

pytestmark = pytest.mark.django_db


def json_ld_blocks(html):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_sitemap_lists_visible_articles_only(client, make_article):
    visible = make_article()
    draft = make_article(status=Article.Status.DRAFT)
    response = client.get(reverse("sitemap"))
    assert response.status_code == 200
    locations = [
        element.text
        for element in ElementTree.fromstring(response.content).iter()
        if element.tag.endswith("loc")
    ]
    assert f"http://testserver{visible.get_absolute_url()}" in locations
    assert f"http://testserver{draft.get_absolute_url()}" not in locations
    assert "http://testserver/aanmelden/" in locations


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


@pytest.mark.parametrize("name", ["blog:feed-rss", "blog:feed-atom"])
def test_feeds_list_visible_articles(client, make_article, name):
    visible = make_article(title="Zichtbaar in de feed")
    make_article(title="Concept niet in de feed", status=Article.Status.DRAFT)
    response = client.get(reverse(name))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Zichtbaar in de feed" in body and visible.get_absolute_url() in body
    assert "Concept niet in de feed" not in body


def test_pages_link_their_feed_and_canonical_url(client, make_article):
    article = make_article()
    html = client.get(article.get_absolute_url() + "?utm_source=x").content.decode()
    assert f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">' in html
    assert 'type="application/rss+xml"' in html


def test_article_has_open_graph_and_blog_posting_data(client, make_article):
    article = make_article(title="Grenzen aangeven", summary="Waarom nee zeggen zo lastig is.")
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Grenzen aangeven">' in html
    assert '<meta property="og:description" content="Waarom nee zeggen zo lastig is.">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    (posting,) = json_ld_blocks(html)
    assert posting["@type"] == "BlogPosting"
    assert posting["headline"] == "Grenzen aangeven"
    assert posting["author"]["name"] == "Sanne de Vries"
    assert posting["datePublished"] == article.published_at.isoformat()


def test_json_ld_cannot_break_out_of_its_script_element(client, make_article):
    article = make_article(title="</script><script>alert(1)</script>")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "</script><script>alert(1)" not in html
    assert json_ld_blocks(html)[0]["headline"] == "</script><script>alert(1)</script>"


def test_home_has_the_practice_as_organisation(client, settings):
    html = client.get(reverse("home")).content.decode()
    (organisation,) = json_ld_blocks(html)
    assert organisation["name"] == settings.PRACTICE["name"]
    assert organisation["telephone"] == settings.PRACTICE["phone"]
