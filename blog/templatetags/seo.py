import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from blog import seo

register = template.Library()

# The same escaping as Django's json_script: the JSON can never close the <script> element.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data: dict) -> str:
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag(takes_context=True)
def organization_json_ld(context):
    return json_ld(seo.organization(context["request"]))


@register.simple_tag(takes_context=True)
def article_json_ld(context, article):
    return json_ld(seo.blog_posting(article, context["request"]))
