import gettext
import re
from pathlib import Path

import pytest
from django.template import Context, Template
from django.utils import translation

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "nl" / "LC_MESSAGES"


def po_entries():
    """(msgid, [msgstr...]) for each entry of our Dutch catalogue, read with the standard library only."""
    text = (LOCALE / "django.po").read_text()

    def unquote(lines):
        return (
            "".join(re.findall(r'^"(.*)"$', lines, re.M))
            .encode()
            .decode("unicode_escape")
            .encode("latin-1")
            .decode()
        )

    entries = []
    for block in text.split("\n\n"):
        if match := re.search(r'^msgid ((?:".*"\n?)+)', block, re.M):
            msgid = unquote(match.group(1))
            msgstrs = [unquote(m) for m in re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', block, re.M)]
            entries.append((msgid, msgstrs))
    return entries


def test_dutch_catalogue_is_complete():
    entries = [(msgid, msgstrs) for msgid, msgstrs in po_entries() if msgid]
    assert len(entries) > 100
    untranslated = [msgid for msgid, msgstrs in entries if not all(msgstrs)]
    assert not untranslated
    assert "#, fuzzy" not in (LOCALE / "django.po").read_text()


def test_compiled_catalogue_matches_the_source():
    with open(LOCALE / "django.mo", "rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)
    for msgid, msgstrs in po_entries():
        if msgid and "\x00" not in msgid:
            # A plural entry (two msgstrs) is found under its singular with n = 1.
            found = compiled.ngettext(msgid, msgid, 1) if len(msgstrs) > 1 else compiled.gettext(msgid)
            assert found == msgstrs[0], msgid


@pytest.mark.parametrize(
    ("english", "dutch"), [("- Select an option -", "- Maak een keuze -"), ("Logout", "Afmelden")]
)
def test_django_strings_it_has_not_translated_are_dutch(english, dutch):
    with translation.override("nl"):
        assert Template("{% load i18n %}{% translate text %}").render(Context({"text": english})) == dutch
