"""Helpers for the operations tests: a database of their own, the site's commands and gunicorn
run as separate processes with production settings, and a small cookie-keeping HTTP client."""

import http.cookiejar
import os
import re
import secrets
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psycopg
from cryptography.fernet import Fernet
from django.conf import settings

from tests.operations.conftest import free_port, wait_for

ROOT = Path(__file__).resolve().parents[2]


def postgres_url(name: str) -> str:
    """A database on the PostgreSQL server the test run uses (DATABASE_URL), by another name."""
    db = settings.DATABASES["default"]
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{name}"


def own_database_name(purpose: str) -> str:
    """Named after this run's test database, so runs on other databases never collide."""
    return f"{settings.DATABASES['default']['NAME']}_{purpose}"


def recreate_database(name: str, *, drop_only=False):
    with psycopg.connect(postgres_url("postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not drop_only:
            connection.execute(f'CREATE DATABASE "{name}"')


def site_environment(**variables) -> dict[str, str]:
    """Production settings on loopback: DEBUG off, plain HTTP, no rate limits (one client address)."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("AWS_")}
    return environment | {
        "ENV_FILE": os.devnull,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "BEHIND_TLS_PROXY": "0",
        "EMAIL_URL": "consolemail://",
        "INTAKE_MIN_FILL_SECONDS": "0",
        "INTAKE_RATE_LIMIT": "0",
        "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "LOG_LEVEL": "WARNING",
        **variables,
    }


def manage(environment, *args, stdin=None) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=environment, input=stdin, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, f"manage.py {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def django_shell(environment, script: str) -> str:
    return manage(environment, "shell", "--verbosity=0", "-c", script)


class Gunicorn:
    """One web server: gunicorn with two workers, like one production container."""

    def __init__(self, environment, log_dir: Path, name: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log_dir / f"gunicorn-{name}.log"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "practice_site.wsgi:application",
             "--bind", f"127.0.0.1:{self.port}", "--workers", "2", "--timeout", "60"],
            cwd=ROOT, env=environment | {"SITE_URL": self.url},
            stdout=self.log.open("wb"), stderr=subprocess.STDOUT,
        )  # fmt: skip
        wait_for(
            lambda: Visitor().get(self.url + "/healthz")[0] == 200,
            seconds=60, what=f"gunicorn {name}", process=self.process, log=self.log,
        )  # fmt: skip

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=20)


class Visitor:
    """A browser without JavaScript: keeps cookies, follows redirects."""

    def __init__(self):
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, url):
        return self.open(urllib.request.Request(url))

    def post(self, url, fields: dict):
        data = urllib.parse.urlencode(fields, doseq=True).encode()
        return self.open(urllib.request.Request(url, data=data))

    def open(self, request):
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode(), response.url
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace"), request.full_url


def hidden_fields(html: str) -> dict[str, str]:
    """The form's CSRF and form tokens, as the page gave them."""
    return {
        name: value
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html)
        if name in ("csrfmiddlewaretoken", "form_token")
    }
