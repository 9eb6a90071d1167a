"""The reminder before an advice call, over real SMTP (aiosmtpd), with the clock moved forward.

The job is `send_pending_notifications`, the one cron already runs every few minutes.
"""

import threading
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone

from intake import reminders
from intake.models import AdviceCall, Notification, Slot
from intake.services import advice_call_save, advice_call_set_status

from .conftest import form_token

pytestmark = pytest.mark.django_db(transaction=True)

REMINDER_SUBJECT = "Herinnering: je adviesgesprek"


@pytest.fixture
def clock(monkeypatch):
    """timezone.now() for the whole site, set by the test: clock.set(moment)."""
    real_now = timezone.now

    class Clock:
        moment = None

        def set(self, moment):
            self.moment = moment

    clock = Clock()
    monkeypatch.setattr(timezone, "now", lambda: clock.moment or real_now())
    return clock


def book(client, call_data, start, number=0):
    """Book through the form; `call_data` is the fixture, or a data dict for another visitor."""
    slot = Slot.objects.create(start=start + timedelta(minutes=30 * number))
    data = call_data(slot) if callable(call_data) else call_data | {"slot": str(slot.pk)}
    response = client.post(reverse("intake:advice-call"), data)
    assert response.status_code == 302
    return AdviceCall.objects.get(slot=slot)


def reminders_in(server):
    messages = [message_from_bytes(envelope.content, policy=policy.default) for envelope in server.messages]
    return [message for message in messages if message["Subject"].startswith(REMINDER_SUBJECT)]


def run_job():
    call_command("send_pending_notifications")


def test_a_call_three_days_ahead_gets_one_reminder_at_the_due_time_and_not_before(
    client, call_data, start_smtp, clock, settings
):
    server = start_smtp()
    start = (timezone.now() + timedelta(days=3)).replace(microsecond=0)
    call = book(client, call_data, start)
    assert len(server.messages) == 2  # the confirmation and the team's notice, nothing more

    for moment in (timezone.now(), start - timedelta(days=2), start - timedelta(hours=24, minutes=1)):
        clock.set(moment)
        run_job()
        assert reminders_in(server) == [], moment

    clock.set(start - timedelta(hours=24) + timedelta(minutes=3))  # the next cron run after the due time
    run_job()
    run_job()
    clock.set(start - timedelta(hours=2))
    run_job()
    (reminder,) = reminders_in(server)
    assert reminder["To"] == "joris@example.nl"
    text = reminder.get_body(preferencelist=("plain",)).get_content()
    html = reminder.get_body(preferencelist=("html",)).get_content()
    manage_path = reverse("intake:manage-call", args=["X"]).rsplit("X", 1)[0]
    assert settings.SITE_URL + manage_path in text and manage_path in html
    assert "bellen we je op het telefoonnummer dat je hebt opgegeven" in " ".join(text.split())
    # No health data and nothing the visitor wrote: not their question, name or number.
    for private in (call.question, "Joris", "Bakker", "87654321"):
        assert private not in text and private not in html
    assert Notification.objects.filter(advice_call=call, kind=Notification.Kind.CALL_REMINDER).count() == 1


def test_two_overlapping_runs_queue_the_reminder_once(client, call_data, start_smtp, clock, monkeypatch):
    """The second run starts and finishes while the first is between finding and claiming the call."""
    server = start_smtp()
    start = (timezone.now() + timedelta(days=3)).replace(microsecond=0)
    call = book(client, call_data, start)
    clock.set(start - timedelta(hours=23))
    claim = reminders.AdviceCall.objects.filter
    overlapped = []

    def filter_then_let_the_other_run_in(*args, **kwargs):
        if "pk" in kwargs and not overlapped:
            overlapped.append(True)
            run_job()  # the other run, complete, in the middle of this one
        return claim(*args, **kwargs)

    monkeypatch.setattr(reminders.AdviceCall.objects, "filter", filter_then_let_the_other_run_in)
    run_job()
    assert overlapped
    assert len(reminders_in(server)) == 1
    assert Notification.objects.filter(advice_call=call, kind=Notification.Kind.CALL_REMINDER).count() == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="real concurrent transactions need PostgreSQL")
def test_two_runs_at_the_same_moment_send_one_reminder(client, call_data, start_smtp, clock):
    server = start_smtp()
    start = (timezone.now() + timedelta(days=3)).replace(microsecond=0)
    calls = [
        book(client, call_data(form_token=form_token(), email=f"v{number}@example.nl"), start, number)
        for number in range(5)
    ]
    clock.set(start - timedelta(hours=21))  # all five are due (the last starts two hours later)
    barrier = threading.Barrier(2)
    errors = []

    def run():
        try:
            barrier.wait()
            call_command("send_pending_notifications")
        except Exception as error:  # noqa: BLE001 - the test reports what a run raised
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert len(reminders_in(server)) == len(calls) == 5
    assert Notification.objects.filter(kind=Notification.Kind.CALL_REMINDER).count() == 5


def test_a_cancelled_call_gets_no_reminder(client, call_data, start_smtp, clock):
    server = start_smtp()
    start = (timezone.now() + timedelta(days=3)).replace(microsecond=0)
    call = book(client, call_data, start)
    advice_call_set_status(call=call, status=AdviceCall.Status.CANCELLED)
    clock.set(start - timedelta(hours=23))
    run_job()
    assert reminders_in(server) == []
    last = message_from_bytes(server.messages[-1].content, policy=policy.default)
    assert last["Subject"].startswith("Je adviesgesprek van")  # the cancellation was the last mail


def test_a_reminder_queued_while_mail_was_down_is_dropped_when_the_call_is_cancelled_meanwhile(
    client, call_data, smtp_settings, start_smtp, clock
):
    start = (timezone.now() + timedelta(days=3)).replace(microsecond=0)
    call = book(client, call_data, start)  # the mail server is down: everything waits
    clock.set(start - timedelta(hours=23))
    with pytest.raises(Exception):  # noqa: B017 - the job exits non-zero while mail is down
        run_job()
    assert Notification.objects.filter(kind=Notification.Kind.CALL_REMINDER, sent_at__isnull=True).exists()
    advice_call_set_status(call=call, status=AdviceCall.Status.CANCELLED)
    server = start_smtp()
    run_job()
    assert reminders_in(server) == []
    assert not Notification.objects.filter(sent_at__isnull=True).exists()


def test_a_call_booked_two_hours_ahead_gets_no_reminder(client, call_data, start_smtp, clock):
    server = start_smtp()
    start = (timezone.now() + timedelta(hours=2, minutes=5)).replace(microsecond=0)
    call = book(client, call_data, start)
    assert call.remind_at is None
    for moment in (timezone.now(), start - timedelta(hours=1), start - timedelta(minutes=5)):
        clock.set(moment)
        run_job()
    assert reminders_in(server) == []
    assert len(server.messages) == 2


def test_a_moved_call_is_reminded_for_its_new_time(client, call_data, start_smtp, clock, settings):
    settings.INTAKE_REMINDER_HOURS = 48
    server = start_smtp()
    start = (timezone.now() + timedelta(days=3)).replace(microsecond=0)
    call = book(client, call_data, start)
    assert call.remind_at == start - timedelta(hours=48)
    later = Slot.objects.create(start=start + timedelta(days=2))
    call.slot = later
    advice_call_save(call=call)
    call.refresh_from_db()
    assert call.remind_at == later.start - timedelta(hours=48)
    clock.set(start - timedelta(hours=47))  # the old due time has passed: nothing yet
    run_job()
    assert reminders_in(server) == []
    clock.set(later.start - timedelta(hours=47))
    run_job()
    assert len(reminders_in(server)) == 1


def test_reminders_can_be_turned_off(client, call_data, start_smtp, settings):
    settings.INTAKE_REMINDER_HOURS = 0
    start_smtp()
    call = book(client, call_data, (timezone.now() + timedelta(days=3)).replace(microsecond=0))
    assert call.remind_at is None
