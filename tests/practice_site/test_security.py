import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import reverse

from practice_site.views import server_error

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "PATH": os.environ.get("PATH", ""),
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-key-4f8a9c2e7b1d6f3a0e5c8b2d9f4a7c1e6b3d8f0a2c5e",
    "ALLOWED_HOSTS": "www.praktijk.example",
    "ENCRYPTION_KEYS": "KqTDCXVy9nNtSvb3-F17zhf9wdbawowrxQ2ZJBcdLDI=",
    "DATABASE_URL": "sqlite:////tmp/deploy-check.sqlite3",
    "ENV_FILE": os.devnull,  # a server without the development .env that `make run` writes
}


def run_manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "ENCRYPTION_KEYS"])
def test_production_refuses_to_start_without(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert f"Set {missing}" in result.stderr


def test_production_refuses_the_development_secret_key():
    result = run_manage(
        "check", env={**PRODUCTION_ENV, "SECRET_KEY": "dev-only-insecure-key-do-not-use-in-production"}
    )
    assert result.returncode != 0


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
def test_security_headers_are_set(client):
    response = client.get(reverse("home"), secure=True)
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "geolocation=()" in response.headers["Permissions-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https_in_production(settings):
    settings.SECURE_SSL_REDIRECT = True
    response = Client().get(reverse("home"))
    assert response.status_code == 301 and response.url.startswith("https://")
    assert Client().get(reverse("healthz")).status_code == 200  # the container health check stays on HTTP


@pytest.mark.django_db
def test_session_and_csrf_cookies_are_secure_httponly_and_samesite(client, django_user_model, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    django_user_model.objects.create_user("beheer", password="een-lang-wachtwoord", is_staff=True)
    client.get(reverse("admin:login"), secure=True)
    response = client.post(
        reverse("admin:login"), {"username": "beheer", "password": "een-lang-wachtwoord"}, secure=True
    )
    assert response.status_code == 302
    session = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    csrf = client.cookies[settings.CSRF_COOKIE_NAME]
    assert csrf["secure"] and csrf["samesite"] == "Lax"


@pytest.mark.django_db
def test_admin_login_is_locked_after_repeated_failures(client, django_user_model, settings):
    django_user_model.objects.create_user("beheer", password="een-lang-wachtwoord", is_staff=True)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(reverse("admin:login"), {"username": "beheer", "password": "fout"})
        assert response.status_code == 200  # the normal form with an error
    response = client.post(reverse("admin:login"), {"username": "beheer", "password": "fout"})
    assert response.status_code == 429
    # Even the right password is refused during the lockout.
    response = client.post(reverse("admin:login"), {"username": "beheer", "password": "een-lang-wachtwoord"})
    assert response.status_code == 429
    assert "Te veel inlogpogingen" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # The practice owner's log of failed sign-ins keeps every one of them.
    from axes.models import AccessFailureLog

    assert AccessFailureLog.objects.filter(username="beheer").count() >= settings.AXES_FAILURE_LIMIT


@pytest.mark.django_db
def test_behind_the_proxy_a_lockout_holds_only_the_address_that_failed(client, django_user_model, settings):
    """Behind the TLS proxy every request comes from the proxy: the lockout must key on the
    visitor's address (AXES_CLIENT_IP_CALLABLE), or anyone could lock a colleague out."""
    settings.AXES_IPWARE_PROXY_COUNT = 1
    django_user_model.objects.create_user("beheer", password="een-lang-wachtwoord", is_staff=True)
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            reverse("admin:login"),
            {"username": "beheer", "password": "fout"},
            HTTP_X_FORWARDED_FOR="203.0.113.7",
            **proxy,
        )
    attacker = client.post(
        reverse("admin:login"),
        {"username": "beheer", "password": "een-lang-wachtwoord"},
        HTTP_X_FORWARDED_FOR="203.0.113.7",
        **proxy,
    )
    assert attacker.status_code == 429
    colleague = client.post(
        reverse("admin:login"),
        {"username": "beheer", "password": "een-lang-wachtwoord"},
        HTTP_X_FORWARDED_FOR="198.51.100.9",
        **proxy,
    )
    assert colleague.status_code == 302


@pytest.mark.django_db
def test_404_page_is_dutch(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet (meer)" in response.content.decode()


@pytest.mark.django_db
def test_400_page_for_a_forged_host_is_dutch(client):
    response = client.get(reverse("home"), headers={"host": "evil.example"})
    assert response.status_code == 400
    assert "Dit verzoek kunnen we niet verwerken" in response.content.decode()


@pytest.mark.django_db
def test_expired_form_gets_a_dutch_403():
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("admin:login"), {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert "Je sessie is verlopen" in response.content.decode()


def test_500_page_is_dutch_and_leaks_nothing(rf):
    try:
        raise ValueError("geheime interne details")
    except ValueError:
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    content = response.content.decode()
    assert "Er ging iets mis aan onze kant" in content
    assert "geheime" not in content and "Traceback" not in content


def test_database_outage_gives_a_503_not_a_500(rf):
    try:
        raise OperationalError("connection to server at 127.0.0.1 refused")
    except OperationalError:
        response = server_error(rf.get("/"))
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    content = response.content.decode()
    assert "De website is even niet bereikbaar" in content
    assert "127.0.0.1" not in content


@pytest.mark.django_db
def test_healthz_checks_the_database(client, monkeypatch):
    assert client.get(reverse("healthz")).json() == {"status": "ok"}

    def broken_cursor(*args, **kwargs):
        raise OperationalError("down")

    from django.db import connection

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    assert client.get(reverse("healthz")).status_code == 503


@pytest.mark.django_db
def test_staff_refused_in_the_admin_stay_in_the_admin(client, django_user_model):
    """An editor who opens an intake list gets a 403 in the admin's own layout, with a way back."""
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("redacteur", password="x" * 20, is_staff=True)
    editor.groups.add(Group.objects.get(name="Redactie"))
    client.force_login(editor)
    response = client.get(reverse("admin:intake_contactrequest_changelist"))
    assert response.status_code == 403
    content = response.content.decode()
    assert "Dit deel van het beheer is niet voor jouw account" in content
    assert reverse("admin:index") in content
    assert "crisis" not in content.lower()  # not the visitor site's page
    # Visitors still get the site's own page.
    client.logout()
    response = client.post("/markdownx/upload/")
    assert response.status_code == 403 and "Geen toegang" in response.content.decode()
