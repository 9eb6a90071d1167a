"""The visitor's own changes to a booked call, without an account: the signed link and its actions.

The link in the confirmation and the reminder carries the call's calendar UID, signed with the
site's secret key. It opens that call only, and only while the call is still ahead and not
cancelled; the page shows the time and the actions, never the visitor's details.
"""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import AdviceCall, Notification, RequestNote, Slot, local_datetime_label
from .services import advice_call_save, queue_notifications

SALT = "intake.manage-call"
# The author of the history notes for the visitor's own changes.
VISITOR = gettext_lazy("Bezoeker (via de link in de e-mail)")


class CallNotChangeable(Exception):
    """The call has started, is cancelled or closed, or has no time: the link no longer works."""


def _signer():
    return signing.Signer(salt=SALT, sep=".")


def manage_token(call: AdviceCall) -> str:
    return _signer().sign(call.calendar_uid.hex)


def manage_url(call: AdviceCall) -> str:
    """The link for the visitor's e-mails (absolute, from SITE_URL)."""
    return settings.SITE_URL + reverse("intake:manage-call", args=[manage_token(call)])


def call_for_token(token: str) -> AdviceCall | None:
    """The call a link is for, whatever its state now; None for a link we did not sign."""
    try:
        uid = _signer().unsign(token)
    except signing.BadSignature:
        return None
    return AdviceCall.objects.select_related("slot").filter(calendar_uid=uid).first()


def is_changeable(call: AdviceCall) -> bool:
    """Whether the visitor may still move or cancel the call: booked, open, not yet started."""
    return (
        call.booked_slot_id is not None
        and call.status not in AdviceCall.CLOSED_STATUSES
        and call.slot.start > timezone.now()
    )


def _locked_changeable(call: AdviceCall) -> AdviceCall:
    # Read again under the row lock: a second tab or the team may have changed it meanwhile.
    stored = AdviceCall.objects.select_for_update().get(pk=call.pk)
    stored.slot = Slot.objects.get(pk=stored.slot_id) if stored.slot_id else None
    if not is_changeable(stored):
        raise CallNotChangeable(call.pk)
    return stored


def _history(call: AdviceCall, text: str) -> None:
    RequestNote.objects.create(advice_call=call, author=None, author_name=str(VISITOR), text=text)


def advice_call_move_by_visitor(*, call: AdviceCall, slot_id: int) -> AdviceCall:
    """Move the call to another bookable slot, under the same guarantees as a booking.

    The calendar event keeps its UID with a higher SEQUENCE (an updated invitation); the old
    place is free at once. Raises SlotUnavailable or CallNotChangeable.
    """
    with transaction.atomic():
        stored = _locked_changeable(call)
        before = local_datetime_label(stored.slot.start)
        if slot_id == stored.slot_id:
            return stored
        stored.slot_id = slot_id
        advice_call_save(call=stored, by_visitor=True)
        stored.slot = Slot.objects.get(pk=slot_id)
        _history(
            stored,
            _("De bezoeker heeft het gesprek verplaatst van %(before)s naar %(after)s.")
            % {"before": before, "after": local_datetime_label(stored.slot.start)},
        )
        queue_notifications(stored, [Notification.Kind.CALL_MOVED_TEAM])
    return stored


def advice_call_cancel_by_visitor(*, call: AdviceCall) -> AdviceCall:
    """Cancel the call: its place is free at once and the visitor gets a METHOD:CANCEL.
    Raises CallNotChangeable."""
    with transaction.atomic():
        stored = _locked_changeable(call)
        stored.status = AdviceCall.Status.CANCELLED
        advice_call_save(call=stored, by_visitor=True)
        _history(
            stored,
            _("De bezoeker heeft het gesprek van %(when)s geannuleerd.")
            % {"when": local_datetime_label(stored.slot.start)},
        )
        queue_notifications(stored, [Notification.Kind.CALL_CANCELLED_TEAM])
    return stored
