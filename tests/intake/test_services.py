from datetime import date, time, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from intake.models import AdviceCall, ContactRequest, Notification, Slot
from intake.services import (
    SlotUnavailable,
    advice_call_create,
    advice_call_save,
    advice_call_set_status,
    contact_request_create,
    contact_request_set_status,
    requests_purge,
    slots_generate,
)

pytestmark = pytest.mark.django_db


def book(slot=None, token="t1", email="a@example.nl", **extra):
    return advice_call_create(
        first_name="An",
        last_name="Jansen",
        email=email,
        phone="+31612345678",
        question="",
        slot_id=slot.pk if slot else None,
        submit_token=token,
        **extra,
    )


def contact(token="c1", **extra):
    fields = {
        "first_name": "An",
        "last_name": "Jansen",
        "email": "an@example.nl",
        "phone": "",
        "preferred_contact": "email",
        "reachable_at": "",
        "message": "Hallo",
        "referral": "nee",
        "submit_token": token,
    } | extra
    return contact_request_create(**fields)


# Capacity


def test_the_database_refuses_more_bookings_than_places(slot):
    """The CheckConstraint, not only Python, guards the capacity."""
    Slot.objects.filter(pk=slot.pk).update(booked_count=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Slot.objects.filter(pk=slot.pk).update(booked_count=F("booked_count") + 1)


def test_a_full_slot_cannot_be_booked(make_slot):
    slot = make_slot(capacity=2)
    book(slot, token="a", email="a@example.nl")
    book(slot, token="b", email="b@example.nl")
    with pytest.raises(SlotUnavailable):
        book(slot, token="c", email="c@example.nl")
    slot.refresh_from_db()
    assert slot.booked_count == 2
    assert AdviceCall.objects.count() == 2


def test_a_slot_starting_too_soon_cannot_be_booked_by_a_visitor(make_slot):
    soon = make_slot(days_ahead=0, hour=0, minute=0)
    Slot.objects.filter(pk=soon.pk).update(start=timezone.now() + timedelta(minutes=30))
    with pytest.raises(SlotUnavailable):
        book(soon)


def test_cancelling_frees_the_slot_and_a_new_visitor_can_book_it(slot):
    call = book(slot)
    advice_call_set_status(call=call, status=AdviceCall.Status.CANCELLED)
    slot.refresh_from_db()
    assert slot.booked_count == 0
    call.refresh_from_db()
    assert call.closed_at is not None and call.calendar_sequence == 1
    book(slot, token="t2", email="b@example.nl")
    slot.refresh_from_db()
    assert slot.booked_count == 1


def test_reopening_a_cancelled_call_needs_a_free_place(slot):
    call = book(slot)
    advice_call_set_status(call=call, status=AdviceCall.Status.CANCELLED)
    book(slot, token="t2", email="b@example.nl")
    with pytest.raises(SlotUnavailable):
        advice_call_set_status(call=AdviceCall.objects.get(pk=call.pk), status=AdviceCall.Status.CONFIRMED)
    assert AdviceCall.objects.get(pk=call.pk).status == AdviceCall.Status.CANCELLED


def test_moving_a_call_moves_its_place_and_mails_an_update(make_slot):
    first, second = make_slot(hour=10), make_slot(hour=11)
    call = book(first)
    call.slot = second
    advice_call_save(call=call)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.booked_count, second.booked_count) == (0, 1)
    assert call.notifications.filter(kind=Notification.Kind.CALL_UPDATED).count() == 1


def test_staff_can_give_a_callback_request_a_slot(slot):
    call = book(None, preferred_days=["ma"], preferred_parts=["middag"])
    call.slot = slot
    call.status = AdviceCall.Status.CONFIRMED
    advice_call_save(call=call)
    slot.refresh_from_db()
    assert slot.booked_count == 1


def test_finishing_or_no_show_keeps_the_place_and_sends_nothing(slot):
    call = book(slot)
    advice_call_set_status(call=call, status=AdviceCall.Status.CONFIRMED)
    advice_call_set_status(call=call, status=AdviceCall.Status.NO_SHOW)
    slot.refresh_from_db()
    assert slot.booked_count == 1
    assert call.notifications.count() == 2  # only the two on arrival


def test_status_changes_stamp_the_time_and_closing(db):
    request = contact()
    assert request.closed_at is None
    contact_request_set_status(contact=request, status=ContactRequest.Status.IN_PROGRESS)
    assert request.status_changed_at is not None and request.closed_at is None
    contact_request_set_status(contact=request, status=ContactRequest.Status.DONE)
    assert request.closed_at is not None


def test_same_token_returns_the_first_request(db):
    first = contact(token="same")
    second = contact(token="same", message="Anders")
    assert first.pk == second.pk and ContactRequest.objects.count() == 1


# Slot generation


def test_generates_weekdays_nine_to_five_every_half_hour_in_local_time(db):
    monday = timezone.localdate() + timedelta(days=7 - timezone.localdate().weekday())
    created = slots_generate(first_day=monday, days=7)
    assert created == 5 * 16  # 09:00 ... 16:30
    starts = [timezone.localtime(s.start) for s in Slot.objects.all()]
    assert {s.weekday() for s in starts} == {0, 1, 2, 3, 4}
    assert min(s.time() for s in starts) == time(9, 0) and max(s.time() for s in starts) == time(16, 30)
    assert all(s.duration == 15 and s.capacity == 1 for s in Slot.objects.all())
    assert slots_generate(first_day=monday, days=7) == 0  # idempotent


def test_generated_slots_keep_local_time_across_daylight_saving(db, settings):
    # The last Sunday of October: CEST becomes CET. Both weeks start at 09:00 local time.
    year = timezone.localdate().year + 1
    created = slots_generate(first_day=date(year, 10, 20), days=14, every_minutes=480, end=time(10, 0))
    assert created == 10
    assert {timezone.localtime(s.start).time() for s in Slot.objects.all()} == {time(9, 0)}
    assert {timezone.localtime(s.start).utcoffset() for s in Slot.objects.all()} == {
        timedelta(hours=1),
        timedelta(hours=2),
    }


def test_past_slots_are_not_generated(db):
    assert slots_generate(first_day=timezone.localdate() - timedelta(days=10), days=5) == 0


# Retention


def test_purge_deletes_only_handled_requests_past_the_retention_period(slot):
    old = timezone.now() - timedelta(days=400)
    handled_old = contact(token="1", email="1@example.nl")
    ContactRequest.objects.filter(pk=handled_old.pk).update(status="afgehandeld", closed_at=old)
    handled_recent = contact(token="2", email="2@example.nl")
    contact_request_set_status(contact=handled_recent, status=ContactRequest.Status.DONE)
    open_old = contact(token="3", email="3@example.nl")
    ContactRequest.objects.filter(pk=open_old.pk).update(created_at=old)
    finished_call = book(slot)
    AdviceCall.objects.filter(pk=finished_call.pk).update(status="afgerond", closed_at=old)

    assert requests_purge(older_than_days=365) == (1, 1)
    assert set(ContactRequest.objects.values_list("pk", flat=True)) == {handled_recent.pk, open_old.pk}
    assert not AdviceCall.objects.exists()
    assert not Notification.objects.filter(contact_request=handled_old.pk).exists()
    slot.refresh_from_db()
    assert slot.booked_count == 0
