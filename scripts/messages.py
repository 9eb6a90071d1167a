"""Refresh the Dutch catalogue: extract, fill, compile (`make messages`).

Django's makemessages reads the Python code and the Django templates (admin, e-mails); the
visitor pages' Jinja2 templates (jinja2/) are read with Jinja2's own extractor and merged in.
Source texts are Dutch, so each new entry's msgstr is its msgid; the few Django strings
that Django has not translated get theirs from practice_site/translations.py.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "locale" / "nl" / "LC_MESSAGES" / "django.po"
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
    from practice_site.translations import DJANGO_GAPS

    text = PO.read_text()
    for msgid, dutch in DJANGO_GAPS.items():
        pattern = re.escape(f"msgid {po_string(msgid)}\nmsgstr ") + r'".*"'
        text, count = re.subn(pattern, f"msgid {po_string(msgid)}\nmsgstr {po_string(dutch)}", text)
        assert count == 1, msgid
    text = text.replace("#, fuzzy\n", "", 1)  # the header: complete, not fuzzy
    text = text.replace('"Language: \\n"', '"Language: nl\\n"', 1)
    text = re.sub(r'"POT-Creation-Date: .*\\n"\n', "", text, count=1)  # no churn on every run
    PO.write_text(text)
    manage("compilemessages", "-l", "nl", *[f"--ignore={path}" for path in IGNORE])
    return 0


if __name__ == "__main__":
    sys.exit(main())
