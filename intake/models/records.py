"""What is kept about a request besides itself: its e-mails (the outbox), notes and the access log."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..encryption import EncryptedTextField
from .requests import AdviceCall, ContactRequest

ONE_REQUEST = Q(contact_request__isnull=False, advice_call__isnull=True) | Q(
    contact_request__isnull=True, advice_call__isnull=False
)


class OfOneRequest:
    """For a model linked to a contact request or an advice call (ONE_REQUEST): which one."""

    @property
    def request(self):
        return self.contact_request or self.advice_call

    def get_absolute_url(self):
        return self.request.get_absolute_url()


class Notification(OfOneRequest, models.Model):
    """One e-mail to send: saved with the request, sent after commit, retried until it goes out."""

    class Kind(models.TextChoices):
        CONTACT_RECEIVED = "contact_received", _("Bevestiging aan bezoeker (aanmelding)")
        CONTACT_TEAM = "contact_team", _("Melding aan aanmeldteam (aanmelding)")
        CALL_RECEIVED = "call_received", _("Bevestiging aan bezoeker (adviesgesprek)")
        CALL_TEAM = "call_team", _("Melding aan aanmeldteam (adviesgesprek)")
        CALL_UPDATED = "call_updated", _("Gewijzigd tijdstip aan bezoeker (adviesgesprek)")
        CALL_CANCELLED = "call_cancelled", _("Annulering aan bezoeker (adviesgesprek)")
        CALL_REMINDER = "call_reminder", _("Herinnering aan bezoeker (adviesgesprek)")
        CALL_MOVED_TEAM = "call_moved_team", _("Melding aan aanmeldteam (verplaatst door bezoeker)")
        CALL_CANCELLED_TEAM = "call_cancelled_team", _("Melding aan aanmeldteam (geannuleerd door bezoeker)")

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    contact_request = models.ForeignKey(
        ContactRequest, on_delete=models.CASCADE, null=True, blank=True, related_name="notifications"
    )
    advice_call = models.ForeignKey(
        AdviceCall, on_delete=models.CASCADE, null=True, blank=True, related_name="notifications"
    )
    created_at = models.DateTimeField(_("aangemaakt op"), default=timezone.now)
    sent_at = models.DateTimeField(_("verstuurd op"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    last_attempt_at = models.DateTimeField(_("laatste poging"), null=True, blank=True)
    last_error = models.CharField(_("laatste fout"), max_length=500, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        constraints = [
            models.CheckConstraint(condition=ONE_REQUEST, name="intake_notification_has_one_request"),
        ]
        indexes = [models.Index(fields=["sent_at"], name="intake_notification_pending")]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.request})"


class RequestNote(OfOneRequest, models.Model):
    """One note on a request: added, never edited; deleted with the request.

    Written by the intake team, or by the site when the visitor changed their call themselves
    (no author then): together they are the request's history."""

    text = EncryptedTextField(_("notitie"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, verbose_name=_("auteur"), null=True, related_name="+"
    )
    # Kept as text: the note still says who wrote it after that account is deleted.
    author_name = models.CharField(_("geschreven door"), max_length=150)
    created_at = models.DateTimeField(_("geschreven op"), default=timezone.now)
    contact_request = models.ForeignKey(
        ContactRequest, models.CASCADE, null=True, blank=True, related_name="notes"
    )
    advice_call = models.ForeignKey(AdviceCall, models.CASCADE, null=True, blank=True, related_name="notes")

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("notitie")
        verbose_name_plural = _("notities")
        constraints = [
            models.CheckConstraint(condition=ONE_REQUEST, name="intake_requestnote_has_one_request"),
        ]

    def __str__(self):
        return _("Notitie bij %(request)s") % {"request": self.request}


class RequestAccessLog(models.Model):
    """Who opened, exported, annotated or erased which requests, and when (never their content).
    Read by the practice owner only; named so that django-axes' AccessLog does not shadow it."""

    class Action(models.TextChoices):
        VIEW = "view", _("Geopend")
        EXPORT = "export", _("Geëxporteerd")
        NOTE = "note", _("Notitie toegevoegd")
        ERASE = "erase", _("Gewist")

    at = models.DateTimeField(_("tijdstip"), default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("medewerker"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    username = models.CharField(_("gebruikersnaam"), max_length=150)
    action = models.CharField(_("actie"), max_length=10, choices=Action.choices)
    model = models.CharField(_("soort"), max_length=40)
    object_ids = models.TextField(_("nummers"))
    object_repr = models.CharField(_("omschrijving"), max_length=200)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("inzage-logregel")
        verbose_name_plural = _("inzagelog")

    def __str__(self):
        return f"{self.username}: {self.get_action_display()} {self.object_repr}"

    def get_absolute_url(self):
        return reverse("admin:intake_requestaccesslog_change", args=[self.pk])
