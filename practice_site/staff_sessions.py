"""Staff sessions that lock: after a spell without activity, and after an absolute maximum.

Intake requests are health data; NEN 7510 and the Autoriteit Persoonsgegevens expect a session
to end when a desk is left alone. A staff member whose session has run out is signed out; the
admin then shows its sign-in page, with a Dutch message saying why. Visitors are not affected.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.utils.translation import gettext as _

SIGNED_IN_AT = "staff_signed_in_at"
LAST_SEEN_AT = "staff_last_seen_at"
# The session is written when a minute has passed, not on every click.
RESOLUTION_SECONDS = 60


class StaffSessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Without a session cookie nobody is signed in; not reading the session then keeps
        # "Vary: Cookie" off public pages, which the page cache would otherwise not store.
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated and user.is_staff:
                self.check(request)
        return self.get_response(request)

    def check(self, request):
        now = time.time()
        session = request.session
        signed_in_at = session.setdefault(SIGNED_IN_AT, now)
        last_seen_at = session.get(LAST_SEEN_AT, now)
        if now - last_seen_at > settings.STAFF_SESSION_IDLE_SECONDS:
            logout(request)
            messages.info(request, _("Je was een tijd niet actief. Meld je opnieuw aan om verder te gaan."))
        elif now - signed_in_at > settings.STAFF_SESSION_MAX_SECONDS:
            logout(request)
            messages.info(
                request, _("Je bent lang genoeg aangemeld geweest. Meld je opnieuw aan om verder te gaan.")
            )
        elif now - session.get(LAST_SEEN_AT, 0) >= RESOLUTION_SECONDS:
            session[LAST_SEEN_AT] = now
