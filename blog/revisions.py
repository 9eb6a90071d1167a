"""Revisions of articles (django-reversion): what is kept, what changed, and restoring one.

Every save in the admin (the form, the publish actions, a restore) keeps a revision with who
and when; `seed_demo` gives the demo articles their first. A restore sets the kept fields on
the article and saves it the normal way (rendering, sanitising, the index update and the page
cache after commit), which keeps a new revision of its own: nothing is ever overwritten.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

import reversion
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from reversion.models import Version

from .models import Article, Author, Category

# Fields a restore puts back. The slug stays: links to the article must keep working.
RESTORED_FIELDS = (
    "title",
    "summary",
    "body",
    "categories",
    "cover_image",
    "cover_width",
    "cover_height",
    "cover_alt",
    "cover_decorative",
    "status",
    "published_at",
    "author_id",
    "seo_description",
)
# The ones an editor compares, with their labels (the body gets a diff of its own).
COMPARED_FIELDS = (
    "title",
    "summary",
    "status",
    "published_at",
    "author_id",
    "categories",
    "cover_image",
    "cover_alt",
    "cover_decorative",
    "seo_description",
)
CONTEXT_LINES = 2  # unchanged lines shown around each change

reversion.register(Article)


def versions_of(article: Article):
    """The article's kept versions, newest first, with who and when."""
    return Version.objects.get_for_object(article).select_related("revision", "revision__user")


def when(version: Version) -> str:
    """When a version was kept, to the second: two saves in one minute stay apart."""
    return formats.date_format(timezone.localtime(version.revision.date_created), "j F Y, H:i:s")


def current_values(article: Article) -> dict:
    values = {name: getattr(article, name) for name in RESTORED_FIELDS if name != "categories"}
    values["cover_image"] = article.cover_image.name or ""
    values["categories"] = sorted(article.categories.values_list("pk", flat=True))
    return values


def version_values(version: Version) -> dict:
    stored = version.field_dict
    values = {name: stored.get(name) for name in RESTORED_FIELDS}
    values["cover_image"] = str(values["cover_image"] or "")
    values["categories"] = sorted(values["categories"] or [])
    return values


def shown_value(name: str, value) -> str:
    """A kept value as an editor reads it."""
    if name == "status":
        return str(Article.Status(value).label) if value in Article.Status.values else str(value)
    if name == "published_at":
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT") if value else ""
    if name == "author_id":
        author = Author.objects.filter(pk=value).first()
        return str(author) if author else _("(auteur bestaat niet meer)")
    if name == "categories":
        names = Category.objects.filter(pk__in=value).values_list("name", flat=True)
        return ", ".join(names) or _("(geen)")
    if name == "cover_decorative":
        return _("ja") if value else _("nee")
    return str(value or "")


def field_label(name: str) -> str:
    return str(Article._meta.get_field(name.removesuffix("_id")).verbose_name).capitalize()


@dataclass
class FieldChange:
    label: str
    before: str
    after: str


def field_changes(before: dict, after: dict) -> list[FieldChange]:
    return [
        FieldChange(field_label(name), shown_value(name, before[name]), shown_value(name, after[name]))
        for name in COMPARED_FIELDS
        if before[name] != after[name]
    ]


@dataclass
class DiffLine:
    """One line of the body's diff: kind is "same", "removed" or "added"; parts are
    (kind, text) pieces, the changed words of a changed line marked."""

    kind: str
    parts: list[tuple[str, str]]


WORDS = re.compile(r"\s*\S+\s*|\s+")  # each word with its spaces: a changed phrase is marked whole


def _changed_words(old: str, new: str) -> tuple[list, list]:
    old_words, new_words = WORDS.findall(old), WORDS.findall(new)
    removed, added = [], []
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            removed.append(("same", "".join(old_words[i1:i2])))
            added.append(("same", "".join(new_words[j1:j2])))
        else:
            if i2 > i1:
                removed.append(("removed", "".join(old_words[i1:i2])))
            if j2 > j1:
                added.append(("added", "".join(new_words[j1:j2])))
    return removed, added


def body_diff(old: str, new: str) -> list[DiffLine | None]:
    """What changed between two texts, line by line, with changed words marked; None stands
    for unchanged lines left out."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    lines: list[DiffLine | None] = []
    end = 0
    for group in matcher.get_grouped_opcodes(CONTEXT_LINES):
        if group[0][1] > end:
            lines.append(None)
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines += [DiffLine("same", [("same", line)]) for line in old_lines[i1:i2]]
                continue
            old_part, new_part = old_lines[i1:i2], new_lines[j1:j2]
            if tag == "replace" and len(old_part) == len(new_part):
                pairs = [_changed_words(a, b) for a, b in zip(old_part, new_part, strict=True)]
                lines += [DiffLine("removed", removed) for removed, _ in pairs]
                lines += [DiffLine("added", added) for _, added in pairs]
            else:
                lines += [DiffLine("removed", [("removed", line)]) for line in old_part]
                lines += [DiffLine("added", [("added", line)]) for line in new_part]
        end = group[-1][2]
    if lines and end < len(old_lines):
        lines.append(None)
    return lines


def article_restore(*, article: Article, version: Version, user) -> tuple[Article, list[str]]:
    """Put a kept version's fields back and save the article as the admin does.

    Returns the article and what could not be put back (a deleted author or category), in
    Dutch. When the current text was never kept (saved outside the admin), it is kept first.
    """
    values = version_values(version)
    notes = []
    with transaction.atomic():
        latest = versions_of(article).first()
        if latest is None or version_values(latest) != current_values(article):
            with reversion.create_revision():
                reversion.add_to_revision(article)
                reversion.set_user(user)
                reversion.set_comment(_("De tekst van vóór het terugzetten."))
        with reversion.create_revision():
            if not Author.objects.filter(pk=values["author_id"]).exists():
                values["author_id"] = article.author_id
                notes.append(_("De auteur van die versie bestaat niet meer: de huidige auteur blijft."))
            categories = list(Category.objects.filter(pk__in=values["categories"]))
            if len(categories) < len(values["categories"]):
                notes.append(_("Een categorie van die versie bestaat niet meer en is weggelaten."))
            for name in RESTORED_FIELDS:
                if name != "categories":
                    setattr(article, name, values[name])
            article.save()
            article.categories.set(categories)
            reversion.set_user(user)
            reversion.set_comment(_("Teruggezet naar de versie van %(when)s.") % {"when": when(version)})
    return article, notes
