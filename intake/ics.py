"""Writing iCalendar (RFC 5545): the visitor's invitations and the team's calendar feed share it."""

from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

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


def escape_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def quote_param(value: str) -> str:
    value = value.replace('"', "")
    return f'"{value}"' if any(char in value for char in ":;,") else value


def fold_line(line: str) -> str:
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


def site_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def stamp() -> str:
    return f"{timezone.now().astimezone(UTC):%Y%m%dT%H%M%SZ}"


def local_time(name: str, moment: datetime) -> str:
    """DTSTART/DTEND in the practice's time zone (defined by VTIMEZONE_AMSTERDAM)."""
    return f"{name};TZID={CALENDAR_ZONE}:{moment.astimezone(ZoneInfo(CALENDAR_ZONE)):%Y%m%dT%H%M%S}"


def calendar(
    *, product: str, method: str | None, events: list[list[str]], properties: Iterable[str] = ()
) -> str:
    """A VCALENDAR around the events (each a list of content lines), folded, CRLF line ends."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{escape_text(settings.PRACTICE['name'])}//{product}//NL",
        "CALSCALE:GREGORIAN",
        *([f"METHOD:{method}"] if method else []),
        *properties,
        *VTIMEZONE_AMSTERDAM,
    ]
    for event in events:
        lines += ["BEGIN:VEVENT", *event, "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)
