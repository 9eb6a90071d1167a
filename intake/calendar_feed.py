"""The intake team's calendar feed: each member subscribes their calendar app to a secret address.

The feed lists the booked calls from today on as "Adviesgesprek", with the time and a link to
the request in the admin: no names, phone numbers, e-mail addresses or questions. Only a hash of
the secret is stored; renewing the address replaces it, so the old address answers 404 at once.
Only members of the intake team (settings.INTAKE_TEAM_GROUP) get one, and a member who leaves
the team loses the feed with their membership.
"""

import hashlib
import secrets

from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from . import ics
from .models import AdviceCall, CalendarFeed, start_of_today

# How often calendar apps should fetch the feed again (most take it as a hint).
REFRESH_INTERVAL = "PT15M"


def may_subscribe(user) -> bool:
    return user.is_active and user.is_staff and user.groups.filter(name=settings.INTAKE_TEAM_GROUP).exists()


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def feed_url(secret: str) -> str:
    return settings.SITE_URL + reverse("intake:calendar-feed", args=[secret])


def calendar_feed_renew(*, user) -> str:
    """A new secret address for `user` (the old one stops working); returns the secret, which is
    not stored and can be shown only now. PermissionError for anyone outside the intake team."""
    if not may_subscribe(user):
        raise PermissionError("only members of the intake team get a calendar feed")
    secret = secrets.token_urlsafe(32)
    fresh = {"secret_hash": _hash(secret), "created_at": timezone.now(), "last_used_at": None}
    CalendarFeed.objects.update_or_create(user=user, defaults=fresh)
    return secret


def calendar_feed_revoke(*, user) -> None:
    CalendarFeed.objects.filter(user=user).delete()


def team_calendar() -> str:
    """The booked calls from the start of today on, as iCalendar, content-free."""
    calls = (
        AdviceCall.objects.filter(slot__start__gte=start_of_today())
        .exclude(status=AdviceCall.Status.CANCELLED)
        .select_related("slot")
        .order_by("slot__start", "pk")
    )
    domain = ics.site_domain()
    stamp = ics.stamp()
    title = ics.escape_text(_("Adviesgesprek"))
    where = _("In het beheer (inloggen nodig): %(url)s")
    events = []
    for call in calls:
        admin_url = settings.SITE_URL + call.get_absolute_url()
        events.append(
            [
                f"UID:team-{call.calendar_uid}@{domain}",
                f"SEQUENCE:{call.calendar_sequence}",
                f"DTSTAMP:{stamp}",
                ics.local_time("DTSTART", call.slot.start),
                ics.local_time("DTEND", call.slot.end),
                f"SUMMARY:{title}",
                f"URL:{admin_url}",
                f"DESCRIPTION:{ics.escape_text(where % {'url': admin_url})}",
            ]
        )
    name = ics.escape_text(_("Adviesgesprekken %(practice)s") % {"practice": settings.PRACTICE["name"]})
    properties = [
        f"X-WR-CALNAME:{name}",
        f"REFRESH-INTERVAL;VALUE=DURATION:{REFRESH_INTERVAL}",
        f"X-PUBLISHED-TTL:{REFRESH_INTERVAL}",
    ]
    return ics.calendar(product="Aanmeldteam", method=None, events=events, properties=properties)


@never_cache
def feed(request, secret):
    """The feed itself. Over plain HTTP in production it answers 404 rather than redirecting
    (settings.SECURE_REDIRECT_EXEMPT), so a calendar app is never taught an http:// address."""
    if settings.SECURE_SSL_REDIRECT and not request.is_secure():
        raise Http404
    subscription = CalendarFeed.objects.select_related("user").filter(secret_hash=_hash(secret)).first()
    if subscription is None or not may_subscribe(subscription.user):
        raise Http404
    CalendarFeed.objects.filter(pk=subscription.pk).update(last_used_at=timezone.now())
    response = HttpResponse(team_calendar(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="adviesgesprekken.ics"'
    response["X-Robots-Tag"] = "noindex"
    return response
