"""The intake team's private calendar feeds: one secret address per team member."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CalendarFeed(models.Model):
    """A team member's subscription to the booked calls. Only a hash of the secret is stored:
    the address is shown once, when it is made; renewing it replaces the hash, so the old
    address stops working."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("medewerker"),
        on_delete=models.CASCADE,
        related_name="intake_calendar_feed",
    )
    secret_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("aangemaakt op"), default=timezone.now)
    last_used_at = models.DateTimeField(_("laatst opgehaald op"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("agenda-abonnement")
        verbose_name_plural = _("agenda-abonnementen")

    def __str__(self):
        return _("Agenda-abonnement van %(user)s") % {"user": self.user.get_username()}

    def get_absolute_url(self):
        return reverse("admin:intake_calendar_feed")
