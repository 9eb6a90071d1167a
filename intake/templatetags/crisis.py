"""{% crisis_text %} for the e-mails; the visitor pages (Jinja2) have crisis_text() as a global."""

from django import template

from intake.crisis import crisis_text

register = template.Library()
register.simple_tag(crisis_text, name="crisis_text")
