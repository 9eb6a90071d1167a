"""The intake's business rules: saving requests, booking slots without overbooking, retention.

Every change that mails someone queues a Notification in the same transaction and sends it after
commit, so a request is never lost to a mail server that is down (see emails.py).
"""

import logging
from collections import Counter
from collections.abc import Collection, Iterable
from datetime import date, datetime, time, timedelta
from functools import partial

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables

from .models import (
    PRIVACY_STATEMENT_VERSION,
    AdviceCall,
    ContactRequest,
    IntakeRequest,
    Notification,
    RequestAccessLog,
    RequestNote,
    Slot,
    staff_name,
)
from .reminders import reminder_time

logger = logging.getLogger(__name__)

# A second identical request this soon after the first is a double submit, not a new question.
DUPLICATE_WINDOW = timedelta(hours=1)


class SlotUnavailable(Exception):
    """The slot is full, gone, or starts too soon to book."""


# Notifications


def queue_notifications(request, kinds: Iterable[str]) -> None:
    """Save the e-mails to send with the request's transaction; they go out after commit."""
    field = "contact_request" if isinstance(request, ContactRequest) else "advice_call"
    ids = [Notification.objects.create(kind=kind, **{field: request}).pk for kind in kinds]
    transaction.on_commit(partial(_deliver_quietly, ids))


def _deliver_quietly(ids: list[int]) -> None:
    from .emails import deliver

    for pk in ids:
        try:
            deliver(notification_id=pk)
        except Exception as error:  # the request is saved; the cron job retries
            logger.error("intake: e-mail %s not sent (%s)", pk, type(error).__name__)


# Slots


def _occupy(slot_id: int, *, by_visitor: bool) -> None:
    # One conditional UPDATE: the database checks the capacity and takes the row lock, so two
    # transactions can never both take the last place. Visitors may only book bookable slots.
    slots = Slot.objects.bookable() if by_visitor else Slot.objects.all()
    taken = slots.filter(pk=slot_id, booked_count__lt=F("capacity")).update(
        booked_count=F("booked_count") + 1
    )
    if not taken:
        raise SlotUnavailable(slot_id)


def _release(slot_id: int, places: int = 1) -> None:
    Slot.objects.filter(pk=slot_id).update(booked_count=F("booked_count") - places)


def _lock_slots(slot_ids: Iterable[int | None]) -> None:
    # Always in the same order, so two staff moving calls between the same slots cannot deadlock.
    ids = sorted({pk for pk in slot_ids if pk is not None})
    if ids:
        list(Slot.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk"))


def slots_generate(
    *,
    first_day: date,
    days: int,
    start: time = time(9, 0),
    end: time = time(17, 0),
    every_minutes: int = 30,
    duration: int = 15,
    capacity: int = 1,
    weekdays: Collection[int] = (0, 1, 2, 3, 4),
) -> int:
    """Publish slots from first_day for `days` days, in local time; skips existing and past ones."""
    if days < 1 or every_minutes < 1 or duration < 1 or capacity < 1:
        raise ValueError("days, every_minutes, duration and capacity must be positive")
    zone = timezone.get_current_timezone()
    now = timezone.now()
    starts = []
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        if day.weekday() not in weekdays:
            continue
        moment = datetime.combine(day, start, tzinfo=zone)
        day_end = datetime.combine(day, end, tzinfo=zone)
        while moment + timedelta(minutes=duration) <= day_end:
            if moment > now:
                starts.append(moment)
            moment += timedelta(minutes=every_minutes)
    existing = set(Slot.objects.filter(start__in=starts).values_list("start", flat=True))
    new = [Slot(start=moment, duration=duration, capacity=capacity) for moment in starts]
    new = [slot for slot in new if slot.start not in existing]
    Slot.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


# Requests


def _stamp_status(request, old_status: str) -> None:
    if request.status != old_status:
        request.status_changed_at = timezone.now()
        request.closed_at = request.status_changed_at if request.status in request.CLOSED_STATUSES else None


def _first_reading(queryset, **texts):
    """The first row of `queryset` whose encrypted fields read `texts` (the database cannot compare them)."""
    return next((row for row in queryset if all(getattr(row, f) == t for f, t in texts.items())), None)


@sensitive_variables()
def contact_request_create(
    *,
    first_name: str,
    last_name: str,
    email: str,
    phone: str,
    preferred_contact: str,
    reachable_at: str,
    message: str,
    referral: str,
    submit_token: str,
) -> ContactRequest:
    """Save a request to the intake team and queue its e-mails; a double submit returns the first."""
    recent = timezone.now() - DUPLICATE_WINDOW
    duplicate = ContactRequest.objects.filter(submit_token=submit_token).first() or _first_reading(
        ContactRequest.objects.filter(email__iexact=email, created_at__gte=recent), message=message
    )
    if duplicate:
        return duplicate
    try:
        with transaction.atomic():
            contact = ContactRequest.objects.create(
                first_name=first_name,
                last_name=last_name,
                email=email,
                phone=phone,
                preferred_contact=preferred_contact,
                reachable_at=reachable_at,
                message=message,
                referral=referral,
                consent_at=timezone.now(),
                privacy_version=PRIVACY_STATEMENT_VERSION,
                submit_token=submit_token,
            )
            queue_notifications(contact, [Notification.Kind.CONTACT_RECEIVED, Notification.Kind.CONTACT_TEAM])
    except IntegrityError:
        # Its twin (a double click) committed between our check and our insert.
        return ContactRequest.objects.get(submit_token=submit_token)
    logger.info("intake: contact request %s received", contact.pk)
    return contact


@sensitive_variables()
def advice_call_create(
    *,
    first_name: str,
    last_name: str,
    email: str,
    phone: str,
    question: str,
    slot_id: int | None,
    preferred_days: Collection[str] = (),
    preferred_parts: Collection[str] = (),
    submit_token: str,
) -> AdviceCall:
    """Book a free advice call (or ask for one on preferred days when no slot was free).

    Raises SlotUnavailable when the slot was taken in the meantime. A double submit returns the
    call the first submit made.
    """
    recent = timezone.now() - DUPLICATE_WINDOW
    try:
        with transaction.atomic():
            # Lock first, then look for a twin: a double click waits here for the first submit
            # and then finds its call, instead of being told that the slot is full.
            _lock_slots([slot_id])
            twins = AdviceCall.objects.filter(email__iexact=email)
            if slot_id:
                twin = twins.filter(
                    slot_id=slot_id, status__in=[AdviceCall.Status.REQUESTED, AdviceCall.Status.CONFIRMED]
                ).first()
            else:
                recent_twins = twins.filter(slot__isnull=True, created_at__gte=recent)
                twin = _first_reading(recent_twins, question=question)
            duplicate = AdviceCall.objects.filter(submit_token=submit_token).first() or twin
            if duplicate:
                return duplicate
            slot_start = None
            if slot_id is not None:
                _occupy(slot_id, by_visitor=True)
                slot_start = Slot.objects.values_list("start", flat=True).get(pk=slot_id)
            call = AdviceCall.objects.create(
                remind_at=reminder_time(slot_start),
                first_name=first_name,
                last_name=last_name,
                email=email,
                phone=phone,
                question=question,
                slot_id=slot_id,
                preferred_days=",".join(preferred_days),
                preferred_parts=",".join(preferred_parts),
                consent_at=timezone.now(),
                privacy_version=PRIVACY_STATEMENT_VERSION,
                submit_token=submit_token,
            )
            queue_notifications(call, [Notification.Kind.CALL_RECEIVED, Notification.Kind.CALL_TEAM])
    except IntegrityError:
        return AdviceCall.objects.get(submit_token=submit_token)
    logger.info("intake: advice call %s received", call.pk)
    return call


def advice_call_save(*, call: AdviceCall, by_visitor: bool = False) -> AdviceCall:
    """Save changes to a call (status, slot, notes...), keeping slot capacity exact.

    A call holds a place in its slot unless it is cancelled. Moving or cancelling a call
    updates both slots under row locks, reschedules its reminder and mails the visitor an
    updated or cancelled invitation. Staff may use any slot with room; a visitor (moving their
    own call, manage_call.py) only a bookable one. Raises SlotUnavailable when the new slot is full.
    """
    with transaction.atomic():
        stored = AdviceCall.objects.select_for_update().get(pk=call.pk)
        old_slot, new_slot = stored.booked_slot_id, call.booked_slot_id
        if old_slot != new_slot:
            _lock_slots([old_slot, new_slot])
            if old_slot is not None:
                _release(old_slot)
            new_start = None
            if new_slot is not None:
                _occupy(new_slot, by_visitor=by_visitor)
                new_start = Slot.objects.values_list("start", flat=True).get(pk=new_slot)
            call.calendar_sequence = stored.calendar_sequence + 1
            call.remind_at = reminder_time(new_start)
        else:
            # As stored: the reminder job may have queued it since this copy was read.
            call.remind_at = stored.remind_at
        _stamp_status(call, stored.status)
        call.save()
        mail = advice_call_visitor_mail(booked_before=old_slot, call=call)
        if mail:
            queue_notifications(call, [mail])
    return call


def advice_call_visitor_mail(*, booked_before: int | None, call: AdviceCall) -> str | None:
    """The e-mail the visitor gets when staff save `call`, which held a place in `booked_before`.

    Only a change of the place the call holds mails the visitor: cancelling it (a cancellation),
    moving it, giving it a slot or taking a cancelled call up again (the time). Confirming,
    closing or editing alone mails nobody; nor does emptying the slot field (no time to cancel).
    """
    if booked_before == call.booked_slot_id:
        return None
    if call.booked_slot_id is not None:
        return Notification.Kind.CALL_UPDATED
    return Notification.Kind.CALL_CANCELLED if call.slot_id else None


def advice_call_set_status(*, call: AdviceCall, status: str) -> AdviceCall:
    call.status = status
    return advice_call_save(call=call)


def advice_calls_delete(*, calls) -> int:
    """Delete calls (staff, e.g. on a visitor's request to erase their data), freeing their places."""
    with transaction.atomic():
        ids = [call.pk for call in calls]
        # order_by: the default ordering joins the (nullable) slot, which FOR UPDATE refuses.
        calls = list(AdviceCall.objects.select_for_update().filter(pk__in=ids).order_by("pk"))
        held = Counter(call.booked_slot_id for call in calls if call.booked_slot_id)
        _lock_slots(held)
        for slot_id, places in held.items():
            _release(slot_id, places)
        AdviceCall.objects.filter(pk__in=ids).delete()
    return len(calls)


def contact_request_save(*, contact: ContactRequest) -> ContactRequest:
    with transaction.atomic():
        stored_status = ContactRequest.objects.filter(pk=contact.pk).values_list("status", flat=True).get()
        _stamp_status(contact, stored_status)
        contact.save()
    return contact


def contact_request_set_status(*, contact: ContactRequest, status: str) -> ContactRequest:
    contact.status = status
    return contact_request_save(contact=contact)


# Retention


def requests_purge(*, older_than_days: int) -> tuple[int, int]:
    """Delete handled requests closed more than `older_than_days` ago. Returns (contacts, calls)."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    contacts = ContactRequest.objects.filter(status__in=ContactRequest.CLOSED_STATUSES, closed_at__lt=cutoff)
    calls = AdviceCall.objects.filter(status__in=AdviceCall.CLOSED_STATUSES, closed_at__lt=cutoff)
    with transaction.atomic():
        held = Counter(
            calls.exclude(status=AdviceCall.Status.CANCELLED)
            .filter(slot__isnull=False)
            .values_list("slot_id", flat=True)
        )
        _lock_slots(held)
        for slot_id, places in held.items():
            _release(slot_id, places)
        deleted_calls = calls.delete()[1].get(AdviceCall._meta.label, 0)
        deleted_contacts = contacts.delete()[1].get(ContactRequest._meta.label, 0)
    logger.info("intake: purged %s contact requests and %s advice calls", deleted_contacts, deleted_calls)
    return deleted_contacts, deleted_calls


# Notes


def request_note_add(*, request: IntakeRequest, author, text: str) -> RequestNote:
    """Add the team's note to a request, noted in the access log without its text."""
    field = "contact_request" if isinstance(request, ContactRequest) else "advice_call"
    with transaction.atomic():
        note = RequestNote.objects.create(
            text=text, author=author, author_name=staff_name(author), **{field: request}
        )
        access_log_record(user=author, action=RequestAccessLog.Action.NOTE, objects=[request])
    return note


# Audit trail


def access_log_record(*, user, action: str, objects: Iterable) -> RequestAccessLog | None:
    """Note who opened or exported which requests; the log holds numbers, never names."""
    objects = list(objects)
    if not objects:
        return None
    opts = objects[0]._meta
    described = str(objects[0]) if len(objects) == 1 else f"{len(objects)} {opts.verbose_name_plural}"
    return RequestAccessLog.objects.create(
        user=user,
        username=user.get_username(),
        action=action,
        model=str(opts.verbose_name_plural),
        object_ids=",".join(str(obj.pk) for obj in objects),
        object_repr=described[:200],
    )
