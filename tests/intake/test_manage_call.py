"""The visitor moves or cancels their call through the signed link in their e-mails."""

import re
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone

from intake.emails import build_message
from intake.manage_call import manage_token, manage_url
from intake.models import AdviceCall, Notification, RequestNote, Slot, local_datetime_label
from intake.services import advice_call_create, advice_call_set_status

pytestmark = pytest.mark.django_db

PRIVATE = ("Joris", "Bakker", "joris@example.nl", "612345678", "paniekaanvallen")


def book(slot, number=1, **fields):
    return advice_call_create(
        first_name="Joris",
        last_name="Bakker",
        email=f"joris{number}@example.nl" if number > 1 else "joris@example.nl",
        phone="+31612345678",
        question="Mijn vraag gaat over paniekaanvallen.",
        slot_id=slot.pk,
        submit_token=f"call-{number}",
        **fields,
    )


def link(call):
    return reverse("intake:manage-call", args=[manage_token(call)])


def cancel_link(call):
    return reverse("intake:manage-call-cancel", args=[manage_token(call)])


@pytest.fixture
def booked(make_slot):
    return book(make_slot(days_ahead=3, hour=10))


def kinds(call):
    return sorted(call.notifications.values_list("kind", flat=True))


# The link


def test_the_confirmation_mail_carries_the_link(
    client, call_data, make_slot, django_capture_on_commit_callbacks
):
    slot = make_slot(days_ahead=3)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("intake:advice-call"), call_data(slot))
    call = AdviceCall.objects.get()
    visitor = next(m for m in mail.outbox if m.to == ["joris@example.nl"])
    assert manage_url(call) in visitor.body
    assert manage_url(call) in visitor.alternatives[0].content
    team = next(m for m in mail.outbox if m.to != ["joris@example.nl"])
    assert manage_token(call) not in team.body  # the team does not need the visitor's key


def test_the_page_shows_the_time_and_the_actions_and_nothing_personal(client, booked):
    response = client.get(link(booked))
    assert response.status_code == 200
    page = response.content.decode()
    assert str(booked.slot) in page
    assert "Ander moment kiezen" in page and "Gesprek annuleren" in page
    for private in PRIVATE:
        assert private not in page
    assert 'name="robots" content="noindex"' in page


def test_the_page_is_never_cached(client, booked, settings):
    settings.CACHE_MIDDLEWARE_SECONDS = 600  # the page cache is on
    first = client.get(link(booked))
    assert "no-store" in first["Cache-Control"] and "private" in first["Cache-Control"]
    advice_call_set_status(call=booked, status=AdviceCall.Status.CANCELLED)
    assert client.get(link(booked)).status_code == 410  # not a stored copy of the first answer


def test_a_link_that_was_not_signed_by_us_is_a_404_with_the_same_dutch_page(client, booked):
    forged = signing.Signer(salt="iets-anders", sep=".").sign(booked.calendar_uid.hex)
    tampered = manage_token(booked)[:-2] + "xx"
    for token in (forged, tampered, booked.calendar_uid.hex, "onzin"):
        response = client.get(reverse("intake:manage-call", args=[token]))
        assert response.status_code == 404, token
        assert "Deze link werkt niet meer" in response.content.decode()


def test_a_link_works_for_its_own_call_only(client, make_slot):
    first = book(make_slot(days_ahead=3, hour=10))
    second_slot = make_slot(days_ahead=3, hour=11)
    second = book(second_slot, number=2)
    target = make_slot(days_ahead=4, hour=9)
    client.post(link(first), {"slot": target.pk})
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.slot == target
    assert second.slot == second_slot and second.calendar_sequence == 0


def test_the_link_stops_once_the_call_has_started(client, booked):
    Slot.objects.filter(pk=booked.slot_id).update(start=timezone.now() - timedelta(minutes=1))
    response = client.get(link(booked))
    assert response.status_code == 410
    assert "Deze link werkt niet meer" in response.content.decode()
    assert client.post(cancel_link(booked)).status_code == 410
    booked.refresh_from_db()
    assert booked.status == AdviceCall.Status.REQUESTED


@pytest.mark.parametrize(
    "status", [AdviceCall.Status.CANCELLED, AdviceCall.Status.DONE, AdviceCall.Status.NO_SHOW]
)
def test_the_link_stops_once_the_call_is_cancelled_or_closed(client, booked, status):
    advice_call_set_status(call=booked, status=status)
    assert client.get(link(booked)).status_code == 410
    assert client.get(cancel_link(booked)).status_code == 410


# Moving


def test_moving_frees_the_old_place_takes_the_new_and_sends_an_update(client, booked, make_slot):
    old_slot, new_slot = booked.slot, make_slot(days_ahead=4, hour=14)
    page = client.get(link(booked)).content.decode()
    assert f'value="{new_slot.pk}"' in page and f'value="{old_slot.pk}"' not in page
    response = client.post(link(booked), {"slot": new_slot.pk})
    assert response.status_code == 302 and response["Location"] == link(booked)
    booked.refresh_from_db()
    old_slot.refresh_from_db()
    new_slot.refresh_from_db()
    assert (booked.slot, booked.calendar_sequence) == (new_slot, 1)
    assert (old_slot.booked_count, new_slot.booked_count) == (0, 1)
    assert old_slot in Slot.objects.bookable()  # free again at once
    assert kinds(booked) == ["call_moved_team", "call_received", "call_team", "call_updated"]
    update = build_message(booked.notifications.get(kind=Notification.Kind.CALL_UPDATED))
    assert update.subject == f"Je adviesgesprek staat nu op {local_datetime_label(new_slot.start)}"
    after = client.get(response["Location"]).content.decode()
    assert "Je gesprek is verplaatst" in after and str(new_slot) in after


def test_the_team_sees_the_move_in_the_requests_history(client, booked, make_slot, intake_staff):
    new_slot = make_slot(days_ahead=4, hour=14)
    before = str(booked.slot)
    client.post(link(booked), {"slot": new_slot.pk})
    (note,) = RequestNote.objects.filter(advice_call=booked)
    assert note.author is None and note.author_name == "Bezoeker (via de link in de e-mail)"
    assert note.text == f"De bezoeker heeft het gesprek verplaatst van {before} naar {new_slot}."
    client.force_login(intake_staff)
    page = client.get(reverse("admin:intake_advicecall_change", args=[booked.pk])).content.decode()
    assert "Bezoeker (via de link in de e-mail)" in page and note.text in page
    # The admin's history page has no entry for it, so it points to the notes.
    history = client.get(reverse("admin:intake_advicecall_history", args=[booked.pk])).content.decode()
    assert "staat bij de notities op de pagina van het gesprek" in history


def test_the_team_notice_of_a_move_is_content_free(
    client, booked, make_slot, settings, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link(booked), {"slot": make_slot(days_ahead=4, hour=14).pk})
    team = next(m for m in mail.outbox if m.to == [settings.INTAKE_NOTIFY_EMAIL])
    assert team.subject == "Adviesgesprek verplaatst door de bezoeker"
    assert settings.SITE_URL + booked.get_absolute_url() in team.body
    assert "wat de bezoeker deed, staat bij de notities" in team.body
    for private in PRIVATE:
        assert private not in team.subject + team.body
    assert not team.attachments


def test_a_slot_that_filled_up_meanwhile_gives_a_clear_dutch_message(client, booked, make_slot):
    full = make_slot(days_ahead=4, hour=14)
    page = client.get(link(booked))
    assert f'value="{full.pk}"'.encode() in page.content
    book(full, number=2)  # someone else takes it while the page is open
    make_slot(days_ahead=5, hour=9)  # another free time, so the picker is still there
    response = client.post(link(booked), {"slot": full.pk})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Dit tijdstip is niet meer vrij. Kies een ander tijdstip." in page
    assert f'value="{full.pk}"' not in page
    booked.refresh_from_db()
    full.refresh_from_db()
    assert booked.calendar_sequence == 0 and full.booked_count == 1


def test_the_race_lost_inside_the_service_gives_a_clear_dutch_message(client, booked, make_slot, monkeypatch):
    """The form's list said free; the booking under the row lock says full (a visitor was faster)."""
    from intake import services

    target = make_slot(days_ahead=4, hour=14)

    def full(*args, **kwargs):
        raise services.SlotUnavailable(target.pk)

    monkeypatch.setattr(services, "_occupy", full)
    response = client.post(link(booked), {"slot": target.pk})
    assert response.status_code == 409
    assert (
        "Dit tijdstip is net door iemand anders gekozen. Kies een ander tijdstip."
        in response.content.decode()
    )
    booked.refresh_from_db()
    assert booked.slot_id != target.pk and booked.calendar_sequence == 0


def test_a_slot_too_soon_to_book_is_refused(client, booked):
    soon = Slot.objects.create(start=timezone.now() + timedelta(minutes=30))
    response = client.post(link(booked), {"slot": soon.pk})
    assert response.status_code == 200
    assert "niet meer vrij" in response.content.decode()
    booked.refresh_from_db()
    assert booked.slot_id != soon.pk


def test_posting_nothing_or_rubbish_asks_for_a_time_in_dutch(client, booked):
    for data in ({}, {"slot": "abc"}):
        response = client.post(link(booked), data)
        assert response.status_code == 200
        assert re.search(
            "Kies een nieuwe dag en tijd voor het gesprek|Dit tijdstip is niet meer vrij",
            response.content.decode(),
        )


# Cancelling


def test_cancelling_asks_first_then_frees_the_place_and_sends_method_cancel(
    client, booked, django_capture_on_commit_callbacks
):
    slot = booked.slot
    confirm = client.get(cancel_link(booked))
    assert confirm.status_code == 200 and "Weet je zeker dat je wilt annuleren?" in confirm.content.decode()
    booked.refresh_from_db()
    assert booked.status == AdviceCall.Status.REQUESTED  # a GET changes nothing
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(cancel_link(booked))
    assert response.status_code == 302
    assert response["Location"] == reverse("intake:manage-call-cancelled")
    cancelled = client.get(response["Location"]).content.decode()
    assert "Je adviesgesprek is geannuleerd" in cancelled
    assert "Heb je nu hulp nodig?" in cancelled and "voordat we elkaar spreken" not in cancelled
    booked.refresh_from_db()
    slot.refresh_from_db()
    assert booked.status == AdviceCall.Status.CANCELLED and booked.calendar_sequence == 1
    assert booked.remind_at is None
    assert slot.booked_count == 0
    visitor = next(m for m in mail.outbox if m.to == ["joris@example.nl"])
    assert "gaat niet door" in visitor.subject
    ics = visitor.attachments[0].get_content()
    assert "METHOD:CANCEL" in ics and f"UID:adviesgesprek-{booked.calendar_uid}@" in ics
    assert "SEQUENCE:1" in ics
    assert kinds(booked) == ["call_cancelled", "call_cancelled_team", "call_received", "call_team"]
    (note,) = RequestNote.objects.filter(advice_call=booked)
    assert "geannuleerd" in note.text
    # And the link is done.
    again = client.get(link(booked))
    assert again.status_code == 410 and "Deze link werkt niet meer" in again.content.decode()


def test_the_cancelled_page_needs_the_cancellation_in_this_session(client):
    response = client.get(reverse("intake:manage-call-cancelled"))
    assert response.status_code == 302 and response["Location"] == reverse("intake:advice-call")


def test_a_call_cancelled_by_the_team_meanwhile_is_not_cancelled_twice(client, booked):
    client.get(cancel_link(booked))
    advice_call_set_status(call=booked, status=AdviceCall.Status.CANCELLED)
    assert client.post(cancel_link(booked)).status_code == 410
    assert Notification.objects.filter(kind=Notification.Kind.CALL_CANCELLED).count() == 1
    assert not RequestNote.objects.exists()
