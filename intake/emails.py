"""The intake's e-mails: built from templates when sent, with an .ics invitation for advice calls.

Mail is not a safe place for health data: visitors get no echo of what they wrote, and the intake
team gets only the kind of request, when it came in and a link to the admin.
"""

import logging
from datetime import UTC
from email.message import MIMEPart
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import AdviceCall, Notification, PracticeInfo, local_datetime_label

logger = logging.getLogger(__name__)

MAILER = "default"
CALENDAR_ZONE = "Europe/Amsterdam"

# Europe/Amsterdam as iCalendar wants it (RFC 5545 3.6.5): CET in winter, CEST in summer.
VTIMEZONE_AMSTERDAM = (
    "BEGIN:VTIMEZONE",
    f"TZID:{CALENDAR_ZONE}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


# iCalendar


def _ics_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _ics_param(value: str) -> str:
    value = value.replace('"', "")
    return f'"{value}"' if any(char in value for char in ":;,") else value


def _ics_fold(line: str) -> str:
    """Lines of at most 75 octets, continued with a space, never splitting a UTF-8 character."""
    parts, current = [], ""
    for char in line:
        limit = 75 if not parts else 74
        if len((current + char).encode()) > limit:
            parts.append(current)
            current = char
        else:
            current += char
    parts.append(current)
    return "\r\n ".join(parts)


def calendar_invite(call: AdviceCall, *, cancel: bool = False) -> str:
    """The call as an iCalendar object: one UID per call, SEQUENCE raised on every change."""
    practice = settings.PRACTICE
    zone = ZoneInfo(CALENDAR_ZONE)
    start = call.slot.start.astimezone(zone)
    end = call.slot.end.astimezone(zone)
    domain = urlsplit(settings.SITE_URL).hostname or "localhost"
    summary = _("Gratis adviesgesprek met %(practice)s") % {"practice": practice["name"]}
    description = _(
        "We bellen je op het telefoonnummer dat je hebt opgegeven. Verhinderd? Bel ons op %(phone)s."
    ) % {"phone": practice["phone"]}
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{_ics_text(practice['name'])}//Adviesgesprek//NL",
        "CALSCALE:GREGORIAN",
        f"METHOD:{'CANCEL' if cancel else 'REQUEST'}",
        *VTIMEZONE_AMSTERDAM,
        "BEGIN:VEVENT",
        f"UID:adviesgesprek-{call.calendar_uid}@{domain}",
        f"SEQUENCE:{call.calendar_sequence}",
        f"DTSTAMP:{timezone.now().astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={CALENDAR_ZONE}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={CALENDAR_ZONE}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{_ics_text(summary)}",
        f"DESCRIPTION:{_ics_text(description)}",
        f"ORGANIZER;CN={_ics_param(practice['name'])}:mailto:{practice['email']}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:{call.email}",
        f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_ics_fold(line) + "\r\n" for line in lines)


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
    if kind in (Notification.Kind.CONTACT_TEAM, Notification.Kind.CALL_TEAM):
        label = (
            _("aanmelding")
            if kind == Notification.Kind.CONTACT_TEAM
            else _("aanvraag voor een adviesgesprek")
        )
        context |= {
            "label": label,
            "received": local_datetime_label(request.created_at),
            "admin_url": _admin_url(request),
        }
        subject = _("Nieuwe %(label)s via de website") % {"label": label}
        return EmailMultiAlternatives(
            subject=subject,
            body=render_to_string("intake/email/team.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[settings.INTAKE_NOTIFY_EMAIL],
        )

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
        if kind == Notification.Kind.CALL_CANCELLED:
            template = "call_cancelled"
            subject = _("Je adviesgesprek van %(when)s gaat niet door") % {"when": when}
            invite = _invite_part(request, cancel=True)
        elif request.status == AdviceCall.Status.CANCELLED:
            return None  # cancelled before this went out: the cancellation says it all
        else:
            template = "call_booked" if kind == Notification.Kind.CALL_RECEIVED else "call_updated"
            subject = _("Je gratis adviesgesprek: %(when)s") % {"when": when}
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
