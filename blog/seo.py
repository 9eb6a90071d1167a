"""Structured data (JSON-LD) for search engines: the practice as an organisation, articles as BlogPosting."""

import json

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe

# The same escaping as Django's json_script: the JSON can never close the <script> element.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def organization(request) -> dict:
    practice = settings.PRACTICE
    home = request.build_absolute_uri("/")
    return {
        "@context": "https://schema.org",
        "@type": "MedicalBusiness",
        "@id": home + "#praktijk",
        "name": practice["name"],
        "description": practice["tagline"],
        "url": home,
        "logo": request.build_absolute_uri(static("img/favicon.svg")),
        "telephone": practice["phone"],
        "email": practice["email"],
        "address": {"@type": "PostalAddress", "streetAddress": practice["address"], "addressCountry": "NL"},
    }


def blog_posting(article, request, categories) -> dict:
    url = request.build_absolute_uri(article.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": article.title,
        "description": article.meta_description,
        "datePublished": article.published_at.isoformat(),
        "dateModified": article.updated_at.isoformat(),
        "inLanguage": "nl-NL",
        "mainEntityOfPage": url,
        "url": url,
        "timeRequired": f"PT{article.reading_time}M",
        "author": {"@type": "Person", "name": article.author.name, "jobTitle": article.author.role},
        "publisher": {
            "@type": "Organization",
            "name": settings.PRACTICE["name"],
            "url": request.build_absolute_uri("/"),
        },
        "articleSection": [category.name for category in categories],
    }
    if article.cover_image:
        data["image"] = request.build_absolute_uri(article.cover_image.url)
    return data


def json_ld(data: dict) -> str:
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


def organization_json_ld(request) -> str:
    return json_ld(organization(request))


def article_json_ld(article, request, categories) -> str:
    return json_ld(blog_posting(article, request, categories))
