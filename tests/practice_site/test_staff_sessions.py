"""Staff sessions lock after a spell without activity and after an absolute maximum
(practice_site/staff_sessions.py)."""

import time

import pytest

from practice_site.staff_sessions import LAST_SEEN_AT, SIGNED_IN_AT

pytestmark = pytest.mark.django_db


def shift_session(client, **seconds_ago):
    """Pretend the sign-in or the last activity happened that many seconds ago."""
    session = client.session
    for key, ago in seconds_ago.items():
        session[key] = time.time() - ago
    session.save()


def signed_in(client, editor):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    return client


def test_after_the_idle_time_the_next_admin_request_leads_to_the_sign_in_page(client, editor, settings):
    signed_in(client, editor)
    shift_session(client, **{LAST_SEEN_AT: settings.STAFF_SESSION_IDLE_SECONDS + 5})
    response = client.get("/admin/blog/article/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/?next=/admin/blog/article/")
    page = client.get(response.url)
    assert "Je was een tijd niet actief. Meld je opnieuw aan om verder te gaan." in page.text
    assert client.get("/admin/").status_code == 302  # signed out, not only redirected once


def test_activity_within_the_idle_time_keeps_the_session(client, editor, settings):
    signed_in(client, editor)
    shift_session(client, **{LAST_SEEN_AT: settings.STAFF_SESSION_IDLE_SECONDS - 60})
    assert client.get("/admin/blog/article/").status_code == 200
    assert time.time() - client.session[LAST_SEEN_AT] < 5  # the activity was noted


def test_after_the_absolute_maximum_the_session_ends_however_active(client, editor, settings):
    signed_in(client, editor)
    shift_session(client, **{SIGNED_IN_AT: settings.STAFF_SESSION_MAX_SECONDS + 5, LAST_SEEN_AT: 60})
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "Je bent lang genoeg aangemeld geweest." in client.get(response.url).text


def test_the_default_times_are_thirty_minutes_and_eight_hours(settings):
    assert settings.STAFF_SESSION_IDLE_SECONDS == 30 * 60
    assert settings.STAFF_SESSION_MAX_SECONDS == 8 * 60 * 60
