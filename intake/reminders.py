"""The reminder before an advice call: when it is due, and queuing it in the outbox exactly once.

`send_pending_notifications` (the job that already runs every few minutes) queues the due
reminders and then sends them with the other e-mails, so a reminder is retried like any e-mail
when the mail server is down.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import AdviceCall, Notification


def reminder_time(start: datetime | None) -> datetime | None:
    """When to remind the visitor of a call at `start`: INTAKE_REMINDER_HOURS before it.

    None for no call, with reminders off, or for a call booked (or moved) inside that window:
    the confirmation has just told the visitor the time.
    """
    hours = settings.INTAKE_REMINDER_HOURS
    if start is None or hours <= 0:
        return None
    due = start - timedelta(hours=hours)
    return due if due > timezone.now() else None


def reminders_queue_due() -> int:
    """Queue every reminder that is due; returns how many. Safe to run twice at once."""
    now = timezone.now()
    open_calls = AdviceCall.objects.exclude(status__in=AdviceCall.CLOSED_STATUSES)
    # A call that started while the job was not running needs no reminder any more.
    AdviceCall.objects.filter(remind_at__lte=now, slot__start__lte=now).update(remind_at=None)
    queued = 0
    for pk in open_calls.filter(remind_at__lte=now, slot__start__gt=now).values_list("pk", flat=True):
        with transaction.atomic():
            # Emptying remind_at is the claim. An overlapping run waits for this row's lock and
            # then updates nothing (PostgreSQL re-checks the condition; SQLite runs one at a time).
            if AdviceCall.objects.filter(pk=pk, remind_at__lte=now).update(remind_at=None):
                Notification.objects.create(kind=Notification.Kind.CALL_REMINDER, advice_call_id=pk)
                queued += 1
    return queued
