"""No overbooking and no duplicates when requests really run at the same time (PostgreSQL).

Each thread has its own database connection and transaction, like two gunicorn workers.
SQLite serialises all writers, so these races only exist (and are only tested) on PostgreSQL.
"""

import threading
import time

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from intake import services
from intake.models import AdviceCall, ContactRequest, Slot
from intake.services import SlotUnavailable, advice_call_create, advice_call_save

from .conftest import form_token

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="row locks and concurrent transactions need PostgreSQL (CI runs this on PostgreSQL)",
    ),
]


def run_at_once(*jobs):
    """Start all jobs at the same moment, each in its own thread and connection; return results."""
    barrier = threading.Barrier(len(jobs))
    results = [None] * len(jobs)

    def run(index, job):
        try:
            barrier.wait()
            results[index] = job()
        except Exception as error:  # noqa: BLE001 - the test inspects what each thread got
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index, job)) for index, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


@pytest.fixture
def slow_booking(monkeypatch):
    """Hold the slot lock a moment longer, so the competing transactions surely overlap."""
    occupy = services._occupy

    def slow_occupy(*args, **kwargs):
        occupy(*args, **kwargs)
        time.sleep(0.2)

    monkeypatch.setattr(services, "_occupy", slow_occupy)


def visitor(slot, number, token=None):
    return lambda: advice_call_create(
        first_name="Bezoeker",
        last_name=str(number),
        email=f"bezoeker{number}@example.nl",
        phone="+31612345678",
        question="",
        slot_id=slot.pk,
        submit_token=token or f"token-{number}",
    )


def test_visitors_booking_the_last_places_at_once_never_overbook(make_slot, slow_booking):
    slot = make_slot(capacity=2)
    results = run_at_once(*(visitor(slot, number) for number in range(6)))
    booked = [result for result in results if isinstance(result, AdviceCall)]
    refused = [result for result in results if isinstance(result, SlotUnavailable)]
    assert (len(booked), len(refused)) == (2, 4), results
    slot.refresh_from_db()
    assert slot.booked_count == 2
    assert AdviceCall.objects.filter(slot=slot).count() == 2


def test_two_visitors_submitting_the_form_for_the_last_place_at_once_get_one_booking(
    make_slot, call_data, slow_booking
):
    slot = make_slot(capacity=1)
    url = reverse("intake:advice-call")

    def submit(number):
        return lambda: Client().post(url, call_data(slot, email=f"v{number}@example.nl")).status_code

    statuses = run_at_once(submit(1), submit(2))
    assert sorted(statuses) == [200, 302]  # one thank-you page, one "no longer free" form
    assert AdviceCall.objects.count() == 1
    slot.refresh_from_db()
    assert slot.booked_count == 1


def test_two_staff_confirming_two_requests_into_the_last_place_at_once_never_overbook(
    make_slot, slow_booking
):
    slot = make_slot(capacity=1)
    calls = [
        advice_call_create(
            first_name="Terugbel",
            last_name=str(number),
            email=f"t{number}@example.nl",
            phone="+31612345678",
            question="",
            slot_id=None,
            submit_token=f"callback-{number}",
        )
        for number in range(2)
    ]

    def confirm(call):
        def job():
            call.slot = Slot.objects.get(pk=slot.pk)
            call.status = AdviceCall.Status.CONFIRMED
            return advice_call_save(call=call)

        return job

    results = run_at_once(confirm(calls[0]), confirm(calls[1]))
    assert sum(isinstance(result, AdviceCall) for result in results) == 1, results
    assert sum(isinstance(result, SlotUnavailable) for result in results) == 1, results
    slot.refresh_from_db()
    assert slot.booked_count == 1
    assert AdviceCall.objects.filter(slot=slot, status=AdviceCall.Status.CONFIRMED).count() == 1


def test_a_double_click_on_the_booking_form_books_once_and_both_see_thanks(make_slot, slow_booking):
    slot = make_slot(capacity=1)
    token = "double-click"
    results = run_at_once(visitor(slot, 1, token), visitor(slot, 1, token))
    assert all(isinstance(result, AdviceCall) for result in results), results
    assert results[0].pk == results[1].pk
    slot.refresh_from_db()
    assert slot.booked_count == 1


def test_a_double_click_on_the_contact_form_saves_one_request(contact_data):
    data = contact_data(form_token=form_token())
    url = reverse("intake:contact")
    statuses = run_at_once(*(lambda: Client().post(url, data).status_code for _ in range(3)))
    assert statuses == [302, 302, 302]
    assert ContactRequest.objects.count() == 1


def test_two_visitors_moving_their_calls_to_the_last_free_place_at_once_never_overbook(
    make_slot, slow_booking
):
    from intake.manage_call import manage_token

    calls = [visitor(make_slot(days_ahead=3, hour=9 + number), number)() for number in range(2)]
    last_place = make_slot(days_ahead=4, hour=10, capacity=1)

    def move(call):
        url = reverse("intake:manage-call", args=[manage_token(call)])
        return lambda: Client().post(url, {"slot": last_place.pk})

    responses = run_at_once(*(move(call) for call in calls))
    statuses = sorted(response.status_code for response in responses)
    assert statuses == [302, 409], responses
    refused = next(response for response in responses if response.status_code == 409)
    assert "Dit tijdstip is niet meer vrij. Kies een ander tijdstip." in refused.content.decode()
    last_place.refresh_from_db()
    assert last_place.booked_count == 1
    assert AdviceCall.objects.filter(slot=last_place).count() == 1
    # The one who lost keeps their own time, and its place stays taken.
    loser = AdviceCall.objects.exclude(slot=last_place).get()
    assert loser.calendar_sequence == 0 and loser.slot.booked_count == 1
