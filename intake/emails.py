"""The intake's e-mails: built from templates when sent, with an .ics invitation for advice calls.

Mail is not a safe place for health data: visitors get no echo of what they wrote, and the intake
team gets only the kind of request, when it came in and a link to the admin.
"""

import logging
from email.message import MIMEPart

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from . import ics
from .manage_call import is_changeable, manage_url
from .models import AdviceCall, Notification, PracticeInfo, local_datetime_label

logger = logging.getLogger(__name__)

MAILER = "default"


def calendar_invite(call: AdviceCall, *, cancel: bool = False) -> str:
    """The call as an iCalendar object: one UID per call, SEQUENCE raised on every change."""
    practice = settings.PRACTICE
    summary = _("Gratis adviesgesprek met %(practice)s") % {"practice": practice["name"]}
    description = _(
        "We bellen je op het telefoonnummer dat je hebt opgegeven. Verhinderd? Bel ons op %(phone)s."
    ) % {"phone": practice["phone"]}
    event = [
        f"UID:adviesgesprek-{call.calendar_uid}@{ics.site_domain()}",
        f"SEQUENCE:{call.calendar_sequence}",
        f"DTSTAMP:{ics.stamp()}",
        ics.local_time("DTSTART", call.slot.start),
        ics.local_time("DTEND", call.slot.end),
        f"SUMMARY:{ics.escape_text(summary)}",
        f"DESCRIPTION:{ics.escape_text(description)}",
        f"ORGANIZER;CN={ics.quote_param(practice['name'])}:mailto:{practice['email']}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:{call.email}",
        f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
    ]
    return ics.calendar(product="Adviesgesprek", method="CANCEL" if cancel else "REQUEST", events=[event])


def _invite_part(call: AdviceCall, *, cancel: bool) -> MIMEPart:
    # As bytes in base64, so the CRLF line endings RFC 5545 requires arrive untouched.
    part = MIMEPart()
    part.set_content(
        calendar_invite(call, cancel=cancel).encode(),
        maintype="text",
        subtype="calendar",
        params={"method": "CANCEL" if cancel else "REQUEST", "charset": "utf-8"},
        disposition="attachment",
        filename="adviesgesprek.ics",
    )
    return part


# Messages


def _admin_url(request) -> str:
    return settings.SITE_URL + request.get_absolute_url()


TEAM_KINDS = {
    Notification.Kind.CONTACT_TEAM: ("team", _lazy("aanmelding")),
    Notification.Kind.CALL_TEAM: ("team", _lazy("aanvraag voor een adviesgesprek")),
    Notification.Kind.CALL_MOVED_TEAM: ("team_call_changed", _lazy("verplaatst")),
    Notification.Kind.CALL_CANCELLED_TEAM: ("team_call_changed", _lazy("geannuleerd")),
}


def _team_message(notification: Notification, context: dict) -> EmailMultiAlternatives:
    """What kind of thing happened, when, and where in the admin: nothing about the person."""
    template, label = TEAM_KINDS[notification.kind]
    request = notification.request
    context |= {
        "label": label,
        "received": local_datetime_label(request.created_at),
        "admin_url": _admin_url(request),
    }
    if template == "team":
        subject = _("Nieuwe %(label)s via de website") % {"label": label}
    else:
        subject = _("Adviesgesprek %(label)s door de bezoeker") % {"label": label}
    return EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"intake/email/{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[settings.INTAKE_NOTIFY_EMAIL],
    )


def build_message(notification: Notification) -> EmailMultiAlternatives | None:
    """The e-mail for a notification, from the request's current state; None if no longer needed."""
    kind = notification.kind
    request = notification.request
    practice = settings.PRACTICE
    context = {
        "practice": practice,
        "info": PracticeInfo.load(),
        "request": request,
        "site_url": settings.SITE_URL,
    }
    if kind in TEAM_KINDS:
        return _team_message(notification, context)

    invite = None
    if kind == Notification.Kind.CONTACT_RECEIVED:
        template = "contact_received"
        subject = _("We hebben je aanmelding ontvangen")
    elif request.slot is None:
        if kind != Notification.Kind.CALL_RECEIVED:
            return None
        template = "call_requested"
        subject = _("We hebben je aanvraag voor een adviesgesprek ontvangen")
    else:
        when = local_datetime_label(request.slot.start)
        context["when"] = when
        if is_changeable(request):
            context["manage_url"] = manage_url(request)
        if kind == Notification.Kind.CALL_CANCELLED:
            template = "call_cancelled"
            subject = _("Je adviesgesprek van %(when)s gaat niet door") % {"when": when}
            invite = _invite_part(request, cancel=True)
        elif request.status == AdviceCall.Status.CANCELLED:
            return None  # cancelled before this went out: the cancellation says it all
        elif kind == Notification.Kind.CALL_REMINDER:
            if "manage_url" not in context:
                return None  # closed, or the call has started: too late to remind
            template = "call_reminder"
            subject = _("Herinnering: je adviesgesprek van %(when)s") % {"when": when}
        else:
            if kind == Notification.Kind.CALL_RECEIVED:
                template = "call_booked"
                subject = _("Je gratis adviesgesprek: %(when)s") % {"when": when}
            else:
                template = "call_updated"
                subject = _("Je adviesgesprek staat nu op %(when)s") % {"when": when}
            invite = _invite_part(request, cancel=False)
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"intake/email/{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[request.email],
        reply_to=[practice["email"]],
    )
    message.attach_alternative(render_to_string(f"intake/email/{template}.html", context), "text/html")
    if invite is not None:
        message.attach(invite)
    return message


# Sending


def deliver(*, notification_id: int) -> str:
    """Send one queued e-mail at most once: 'sent', 'failed', 'skipped' (sent or being sent)."""
    with transaction.atomic():
        # The row lock makes a cron run and an after-commit send of the same e-mail take turns.
        notification = (
            Notification.objects.select_for_update(skip_locked=True)
            .filter(pk=notification_id, sent_at__isnull=True)
            .first()
        )
        if notification is None:
            return "skipped"
        notification.attempts += 1
        notification.last_attempt_at = timezone.now()
        try:
            with translation.override(settings.LANGUAGE_CODE):
                message = build_message(notification)
                if message is not None:
                    message.send(using=MAILER)
        except Exception as error:
            notification.last_error = f"{type(error).__name__}: {error}"[:500]
            notification.save(update_fields=["attempts", "last_attempt_at", "last_error"])
            # The class only: an SMTP error message can contain an e-mail address.
            logger.warning("intake: e-mail %s failed (%s)", notification.pk, type(error).__name__)
            return "failed"
        notification.sent_at = timezone.now()
        notification.last_error = ""
        notification.save(update_fields=["attempts", "last_attempt_at", "last_error", "sent_at"])
        return "sent"


def send_pending() -> dict[str, int]:
    """Try every e-mail that has not gone out yet, oldest first."""
    results = {"sent": 0, "failed": 0, "skipped": 0}
    pending = Notification.objects.filter(sent_at__isnull=True).order_by("created_at", "pk")
    for pk in list(pending.values_list("pk", flat=True)):
        results[deliver(notification_id=pk)] += 1
    return results
