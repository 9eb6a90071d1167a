"""The intake team's private calendar feed: content-free, secret, renewable, team members only."""

from datetime import timedelta

import icalendar
import pytest
import vobject
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from intake.calendar_feed import calendar_feed_renew, feed_url
from intake.models import AdviceCall, CalendarFeed, Slot
from intake.services import advice_call_create, advice_call_set_status
from practice_site.roles import INTAKE_TEAM

from .conftest import staff_in

pytestmark = pytest.mark.django_db

FEED_PAGE = reverse("admin:intake_calendar_feed")
# What an event in the feed may say: when, that it is an advice call, and where in the admin.
ALLOWED = {"UID", "SEQUENCE", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "URL", "DESCRIPTION"}
PRIVATE = ("Joris", "Bakker", "joris", "612345678", "paniekaanvallen")


def book(slot, number=1):
    return advice_call_create(
        first_name="Joris",
        last_name=f"Bakker{number}",
        email=f"joris{number}@example.nl",
        phone="+31612345678",
        question="Mijn vraag gaat over paniekaanvallen.",
        slot_id=slot.pk,
        submit_token=f"feed-{number}",
    )


def path_of(secret):
    return reverse("intake:calendar-feed", args=[secret])


def fetch(client, secret, secure=True):
    return client.get(path_of(secret), secure=secure)


@pytest.fixture
def calls(make_slot):
    upcoming = book(make_slot(days_ahead=2, hour=10), 1)
    later = book(make_slot(days_ahead=5, hour=14), 2)
    cancelled = book(make_slot(days_ahead=3, hour=9), 3)
    advice_call_set_status(call=cancelled, status=AdviceCall.Status.CANCELLED)
    past = book(make_slot(days_ahead=3, hour=11), 4)
    Slot.objects.filter(pk=past.slot_id).update(start=timezone.now() - timedelta(days=2))
    return {"upcoming": upcoming, "later": later, "cancelled": cancelled, "past": past}


def test_the_feed_is_valid_icalendar_with_only_the_allowed_fields(client, intake_staff, calls, settings):
    secret = calendar_feed_renew(user=intake_staff)
    response = fetch(client, secret)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content.decode()
    calendar = icalendar.Calendar.from_ical(body)
    events = calendar.walk("VEVENT")
    assert len(events) == 2  # the two booked upcoming calls; not the cancelled or past one
    for event in events:
        assert set(event.keys()) <= ALLOWED, set(event.keys()) - ALLOWED
        assert str(event["SUMMARY"]) == "Adviesgesprek"
    by_start = sorted(events, key=lambda event: event.decoded("DTSTART"))
    expected = [calls["upcoming"], calls["later"]]
    assert [event.decoded("DTSTART") for event in by_start] == [call.slot.start for call in expected]
    assert [str(event["URL"]) for event in by_start] == [
        settings.SITE_URL + reverse("admin:intake_advicecall_change", args=[call.pk]) for call in expected
    ]
    assert [event.decoded("DTEND") - event.decoded("DTSTART") for event in by_start] == [
        timedelta(minutes=15)
    ] * 2
    for private in PRIVATE:
        assert private not in body
    # vobject, another reader, agrees.
    parsed = vobject.readOne(body)
    assert sorted(event.dtstart.value for event in parsed.vevent_list) == [c.slot.start for c in expected]


def test_the_feed_is_never_cached(client, intake_staff, settings):
    settings.CACHE_MIDDLEWARE_SECONDS = 600
    response = fetch(client, calendar_feed_renew(user=intake_staff))
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_renewed_address_revokes_the_old_one(client, intake_staff):
    old = calendar_feed_renew(user=intake_staff)
    assert fetch(client, old).status_code == 200
    new = calendar_feed_renew(user=intake_staff)
    assert new != old
    assert fetch(client, old).status_code == 404
    assert fetch(client, new).status_code == 200
    assert CalendarFeed.objects.count() == 1


def test_only_a_hash_of_the_secret_is_stored(intake_staff):
    secret = calendar_feed_renew(user=intake_staff)
    stored = CalendarFeed.objects.get(user=intake_staff)
    assert secret not in stored.secret_hash and len(stored.secret_hash) == 64


def test_members_have_their_own_addresses_that_do_not_work_across(client, django_user_model, intake_staff):
    colleague = staff_in(django_user_model, "collega", INTAKE_TEAM)
    mine, theirs = calendar_feed_renew(user=intake_staff), calendar_feed_renew(user=colleague)
    assert mine != theirs
    calendar_feed_renew(user=colleague)  # the colleague renews: only their old address stops
    assert fetch(client, mine).status_code == 200
    assert fetch(client, theirs).status_code == 404
    # A near miss of a valid secret is nobody's address.
    assert fetch(client, mine[:-1] + ("A" if mine[-1] != "A" else "B")).status_code == 404


def test_leaving_the_team_ends_the_feed(client, intake_staff):
    secret = calendar_feed_renew(user=intake_staff)
    intake_staff.groups.remove(Group.objects.get(name=INTAKE_TEAM))
    assert fetch(client, secret).status_code == 404


def test_an_editor_cannot_get_a_feed(client, editor_staff):
    client.force_login(editor_staff)
    assert client.get(FEED_PAGE).status_code == 403
    assert client.post(FEED_PAGE).status_code == 403
    assert not CalendarFeed.objects.exists()
    with pytest.raises(PermissionError):
        calendar_feed_renew(user=editor_staff)
    assert not CalendarFeed.objects.exists()


def test_a_team_member_makes_an_address_in_the_admin_and_sees_it_once(client, intake_staff):
    client.force_login(intake_staff)
    index = client.get(reverse("admin:index")).content.decode()
    assert FEED_PAGE in index
    page = client.get(FEED_PAGE).content.decode()
    assert "Je hebt nog geen agenda-adres." in page
    response = client.post(FEED_PAGE)
    page = response.content.decode()
    prefix = feed_url("X").rsplit("X", 1)[0]
    assert prefix in page
    secret = page.split(prefix, 1)[1].split(".ics", 1)[0]
    assert fetch(client, secret).status_code == 200
    again = client.get(FEED_PAGE).content.decode()
    assert secret not in again and "Je hebt een agenda-adres sinds" in again
    # Renewing from the page: the old address stops.
    renewed = client.post(FEED_PAGE).content.decode()
    assert secret not in renewed and fetch(client, secret).status_code == 404
    client.post(FEED_PAGE, {"action": "revoke"})
    assert not CalendarFeed.objects.exists()


def test_an_editor_does_not_see_the_link_in_the_admin(client, editor_staff):
    client.force_login(editor_staff)
    assert FEED_PAGE not in client.get(reverse("admin:index")).content.decode()


def test_over_plain_http_in_production_the_feed_answers_404_not_a_redirect(client, intake_staff, settings):
    settings.SECURE_SSL_REDIRECT = True
    secret = calendar_feed_renew(user=intake_staff)
    plain = fetch(client, secret, secure=False)
    assert plain.status_code == 404 and b"VCALENDAR" not in plain.content
    assert fetch(client, secret, secure=True).status_code == 200
    # Every other page still redirects to HTTPS.
    assert client.get(reverse("intake:privacy")).status_code == 301


def test_without_https_redirect_development_serves_the_feed_over_http(client, intake_staff, settings):
    settings.SECURE_SSL_REDIRECT = False
    assert fetch(client, calendar_feed_renew(user=intake_staff), secure=False).status_code == 200


def test_an_unknown_address_is_a_404(client):
    assert fetch(client, "geen-geldig-adres").status_code == 404
