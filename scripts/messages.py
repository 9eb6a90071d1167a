"""Refresh the Dutch catalogue: extract, fill, compile (`make messages`).

Django's makemessages reads the Python code and the Django templates (admin, e-mails); the
visitor pages' Jinja2 templates (jinja2/) are read with Jinja2's own extractor and merged in.
Source texts are Dutch, so each new entry's msgstr is its msgid. Our Dutch for Django's and
django-axes' own texts (practice_site/translations.py) is written over theirs: DJANGO into
django.po, DJANGOJS into djangojs.po (the admin's JavaScript), which is made from that alone.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "locale" / "nl" / "LC_MESSAGES" / "django.po"
JS_PO = PO.with_name("djangojs.po")
IGNORE = [".venv", "node_modules", "var", "staticfiles", "tests", "jinja2"]


def manage(*args):
    env = {**os.environ, "DEBUG": "1"}
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def po_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


KEYWORDS = ("_", "gettext", "ngettext")


def jinja2_catalogue(path: Path) -> None:
    """The Jinja2 templates' texts as a .pot file: {{ _("…") }} and {% trans %} blocks."""
    from jinja2.ext import babel_extract

    entries = {}
    for template in sorted((ROOT / "jinja2").rglob("*")):
        if template.is_file():
            with template.open("rb") as file:
                for _line, _function, message, _comments in babel_extract(file, KEYWORDS, [], {}):
                    # ngettext gives (singular, plural, None): None stands for the count.
                    texts = message if isinstance(message, tuple) else (message,)
                    entries.setdefault(tuple(text for text in texts if text), None)
    blocks = ['msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n']
    for texts in entries:
        flag = "#, python-format\n" if any("%(" in text for text in texts) else ""
        if len(texts) == 1:
            blocks.append(f'{flag}msgid {po_string(texts[0])}\nmsgstr ""\n')
        else:
            blocks.append(
                f"{flag}msgid {po_string(texts[0])}\nmsgid_plural {po_string(texts[1])}\n"
                'msgstr[0] ""\nmsgstr[1] ""\n'
            )
    path.write_text("\n".join(blocks))


PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w+\}")


def po_entry(msgid, dutch) -> str:
    """One catalogue entry; a pair of msgids is a plural with a pair of translations."""
    texts = msgid if isinstance(msgid, tuple) else (msgid,)
    translations = dutch if isinstance(msgid, tuple) else (dutch,)
    placeholders = set(PLACEHOLDER.findall(" ".join(texts)))
    flag = ""
    # msgfmt checks the placeholders of a flagged entry; a text may leave one out on purpose
    # (no raw constraint name for staff), and Python's formatting does not mind.
    if placeholders and all(placeholders <= set(PLACEHOLDER.findall(text)) for text in translations):
        flag = "#, python-brace-format\n" if "{" in next(iter(placeholders)) else "#, python-format\n"
    if isinstance(msgid, tuple):
        return (
            f"{flag}msgid {po_string(msgid[0])}\nmsgid_plural {po_string(msgid[1])}\n"
            f"msgstr[0] {po_string(dutch[0])}\nmsgstr[1] {po_string(dutch[1])}\n"
        )
    return f"{flag}msgid {po_string(msgid)}\nmsgstr {po_string(dutch)}\n"


def with_translations(text: str, translations: dict) -> str:
    """`text` (a .po file) with our Dutch for each msgid: written over an extracted entry, or added."""
    for msgid, dutch in translations.items():
        if isinstance(msgid, tuple):
            head = f"msgid {po_string(msgid[0])}\nmsgid_plural {po_string(msgid[1])}\n"
            pattern = r"(?:#.*\n)*" + re.escape(head) + r'msgstr\[0\] ".*"\nmsgstr\[1\] ".*"\n'
        else:
            pattern = r"(?:#.*\n)*" + re.escape(f"msgid {po_string(msgid)}\n") + r'msgstr ".*"\n'
        entry = po_entry(msgid, dutch)
        text, count = re.subn(pattern, lambda _match: entry, text)  # noqa: B023 (used at once)
        assert count <= 1, msgid
        if not count:
            text = text.rstrip("\n") + "\n\n" + entry
    return text


JS_HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: nl\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
)


def main() -> int:
    PO.parent.mkdir(parents=True, exist_ok=True)
    ignores = [f"--ignore={path}" for path in IGNORE]
    # From scratch each time: merging would carry "fuzzy" guesses from similar old strings.
    PO.unlink(missing_ok=True)
    manage("makemessages", "-l", "nl", "--no-obsolete", "--no-location", *ignores)
    pot = PO.with_name("jinja2.pot")
    jinja2_catalogue(pot)
    subprocess.run(["msgcat", "--use-first", "--no-wrap", "-o", str(PO), str(PO), str(pot)], check=True)
    pot.unlink()
    subprocess.run(["msgen", "--no-wrap", "-o", str(PO), str(PO)], check=True)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "practice_site.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    from practice_site.translations import DJANGO, DJANGOJS

    text = with_translations(PO.read_text(), DJANGO)
    text = text.replace("#, fuzzy\n", "", 1)  # the header: complete, not fuzzy
    text = text.replace('"Language: \\n"', '"Language: nl\\n"', 1)
    text = re.sub(r'"POT-Creation-Date: .*\\n"\n', "", text, count=1)  # no churn on every run
    PO.write_text(text)
    JS_PO.write_text(with_translations(JS_HEADER, DJANGOJS))
    manage("compilemessages", "-l", "nl", *[f"--ignore={path}" for path in IGNORE])
    return 0


if __name__ == "__main__":
    sys.exit(main())
