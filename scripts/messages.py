"""Refresh the Dutch catalogue: extract, fill, compile (`make messages`).

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
IGNORE = [".venv", "node_modules", "var", "staticfiles", "tests"]


def manage(*args):
    env = {**os.environ, "DEBUG": "1"}
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def po_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> int:
    PO.parent.mkdir(parents=True, exist_ok=True)
    ignores = [f"--ignore={path}" for path in IGNORE]
    # From scratch each time: merging would carry "fuzzy" guesses from similar old strings.
    PO.unlink(missing_ok=True)
    manage("makemessages", "-l", "nl", "--no-obsolete", "--no-location", *ignores)
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
