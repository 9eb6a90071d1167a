"""The development path: `make run` leaves a checkout where manage.py works, logs print once,
and e-mails in the console are readable."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What a developer's shell has: none of the variables pytest-env sets for the test run.
TEST_ONLY = {
    "DEBUG",
    "SECRET_KEY",
    "ENCRYPTION_KEYS",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "ENV_FILE",
    "CACHE_URL",
}


def shell_environment(**extra):
    return {key: value for key, value in os.environ.items() if key not in TEST_ONLY} | extra


def manage(*args, cwd=ROOT, **extra):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=cwd,
        env=shell_environment(**extra),
        capture_output=True,
        text=True,
        timeout=120,
    )


def checkout_copy(tmp_path) -> Path:
    """The project's files in a fresh folder, as a clone has them (no .env, no database)."""
    copy = tmp_path / "checkout"
    ignored = shutil.ignore_patterns(
        ".git", ".venv", "node_modules", "var", "backup", "media", "staticfiles", ".env", ".*_cache",
        ".hypothesis", "__pycache__", "*.pyc",
    )  # fmt: skip
    shutil.copytree(ROOT, copy, ignore=ignored)
    return copy


def test_after_make_run_writes_env_createsuperuser_works_without_prefixes(tmp_path):
    checkout = checkout_copy(tmp_path)
    refused = manage("check", cwd=checkout)
    assert refused.returncode != 0 and "Set SECRET_KEY" in refused.stderr  # production stays closed

    made = subprocess.run(
        ["make", "--no-print-directory", ".env"], cwd=checkout, capture_output=True, text=True
    )
    assert made.returncode == 0, made.stderr
    assert ".env aangemaakt" in made.stdout
    settings = dict(
        line.split("=", 1)
        for line in (checkout / ".env").read_text().splitlines()
        if "=" in line and line[0] != "#"
    )
    assert settings["DEBUG"] == "1" and len(settings["SECRET_KEY"]) == 50

    assert manage("migrate", "--noinput", cwd=checkout).returncode == 0
    created = manage(
        "createsuperuser", "--noinput", "--username", "beheer", "--email", "beheer@example.org",
        cwd=checkout, DJANGO_SUPERUSER_PASSWORD="een-lang-wachtwoord-123",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    assert "Superuser created" in created.stdout or "aangemaakt" in created.stdout


def test_make_keeps_an_existing_env_and_each_checkout_gets_its_own_key(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
        shutil.copy(ROOT / "Makefile", folder)
        subprocess.run(["make", "-s", ".env"], cwd=folder, check=True, capture_output=True)
    assert (first / ".env").read_text() != (second / ".env").read_text()
    (first / ".env").write_text("DEBUG=0\n")
    subprocess.run(["make", "-s", ".env"], cwd=first, check=True, capture_output=True)
    assert (first / ".env").read_text() == "DEBUG=0\n"


def test_the_env_file_stays_out_of_git_and_the_image():
    assert "/.env" in (ROOT / ".gitignore").read_text().splitlines()
    assert ".env" in (ROOT / ".dockerignore").read_text().splitlines()


def test_real_environment_variables_win_over_the_env_file(tmp_path):
    """pytest-env (DEBUG=0) and production variables are not overridden by a developer's .env."""
    env_file = tmp_path / "dev.env"
    env_file.write_text("DEBUG=1\nSECRET_KEY=uit-het-bestand-maar-lang-genoeg\n")
    script = "from django.conf import settings; print(settings.DEBUG, settings.SECRET_KEY)"
    result = manage(
        "shell", "--verbosity=0", "-c", script,
        ENV_FILE=str(env_file), DEBUG="0", SECRET_KEY="uit-de-omgeving", ALLOWED_HOSTS="example.nl",
        ENCRYPTION_KEYS=os.environ["ENCRYPTION_KEYS"],
    )  # fmt: skip
    assert result.stdout.split() == ["False", "uit-de-omgeving"], result.stderr


def test_a_django_log_line_appears_once_in_development():
    script = "import logging; logging.getLogger('django.request').warning('regel-%s', 'een')"
    result = manage("shell", "--verbosity=0", "-c", script, ENV_FILE=os.devnull, DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("regel-een") == 1, result.stderr


def test_development_console_email_is_plain_utf8_with_the_invitation_readable():
    script = """
from django.core.mail import EmailMessage
message = EmailMessage("Je adviesgesprek – bevestiging", "Hallo Noëlle,\\n\\nTot dinsdag om 10:00 uur.",
                       "praktijk@example.nl", ["noelle@example.org"])
ics = "BEGIN:VCALENDAR\\r\\nSUMMARY:Adviesgesprek met één psycholoog\\r\\nEND:VCALENDAR\\r\\n"
message.attach("adviesgesprek.ics", ics, "text/calendar")
message.send()
"""
    result = manage("shell", "--verbosity=0", "-c", script, ENV_FILE=os.devnull, DEBUG="1")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Subject: Je adviesgesprek – bevestiging" in out
    assert "Hallo Noëlle,\n\nTot dinsdag om 10:00 uur." in out
    assert "--- text/calendar (adviesgesprek.ics) ---" in out
    assert "SUMMARY:Adviesgesprek met één psycholoog" in out
    assert "=C3" not in out and "base64" not in out.lower()
