"""The requests themselves: contact requests, advice calls and the slots they book."""

import uuid
from datetime import datetime, time, timedelta
from itertools import groupby

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from ..encryption import EncryptedTextField

# Bump when templates/intake/privacy.html changes in substance: every request stores the
# version its consent was given under.
PRIVACY_STATEMENT_VERSION = "2026-12-02"

# Visitors cannot book a slot that starts sooner than this: someone has to be ready to call.
BOOKING_NOTICE_MINUTES = 120


def start_of_today():
    return datetime.combine(timezone.localdate(), time.min, tzinfo=timezone.get_current_timezone())


def local_datetime_label(value):
    """'maandag 30 november 2026 om 10:30', for people and screen readers alike."""
    local = timezone.localtime(value)
    return _("%(day)s om %(time)s") % {
        "day": formats.date_format(local, "l j F Y"),
        "time": formats.time_format(local, "H:i"),
    }


def staff_name(user):
    """How the team knows a colleague: full name, else username."""
    return user.get_full_name() or user.get_username()


class PracticeInfo(models.Model):
    """What the forms tell visitors about waiting and reply times; one row, edited by staff."""

    waiting_time_intake = models.CharField(
        _("wachttijd tot de intake"),
        max_length=80,
        default="ongeveer 3 weken",
        help_text=_("Zoals bezoekers het lezen, bijvoorbeeld: ongeveer 3 weken."),
    )
    waiting_time_treatment = models.CharField(
        _("wachttijd tot de behandeling"),
        max_length=80,
        default="ongeveer 6 weken na de intake",
        help_text=_("Bijvoorbeeld: ongeveer 6 weken na de intake."),
    )
    waiting_times_updated_on = models.DateField(
        _("wachttijden bijgewerkt op"),
        default=timezone.localdate,
        help_text=_("Wordt vanzelf vandaag als je een wachttijd aanpast."),
    )
    reply_time = models.CharField(
        _("beloofde reactietijd"),
        max_length=80,
        default="binnen 2 werkdagen",
        help_text=_("Past in de zin 'We nemen … contact met je op', bijvoorbeeld: binnen 2 werkdagen."),
    )

    class Meta:
        verbose_name = _("wachttijden en reactietijd")
        verbose_name_plural = _("wachttijden en reactietijd")

    def __str__(self):
        return str(_("Wachttijden en reactietijd"))

    def get_absolute_url(self):
        return reverse("intake:contact")

    @classmethod
    def load(cls):
        info, _created = cls.objects.get_or_create(pk=1)
        return info


class SlotQuerySet(models.QuerySet):
    def bookable(self):
        """Slots a visitor may pick: far enough ahead and not full."""
        earliest = timezone.now() + timedelta(minutes=BOOKING_NOTICE_MINUTES)
        return self.filter(start__gte=earliest, booked_count__lt=F("capacity"))


class Slot(models.Model):
    start = models.DateTimeField(_("begint om"), unique=True)
    duration = models.PositiveSmallIntegerField(_("duur (minuten)"), default=15)
    capacity = models.PositiveSmallIntegerField(
        _("aantal plaatsen"), default=1, help_text=_("Hoeveel gesprekken er tegelijk kunnen.")
    )
    # Kept by the services under a row lock; the constraint below is the last line of defence.
    booked_count = models.PositiveSmallIntegerField(_("geboekt"), default=0, editable=False)

    objects = SlotQuerySet.as_manager()

    class Meta:
        ordering = ["start"]
        verbose_name = _("tijdslot")
        verbose_name_plural = _("tijdsloten")
        constraints = [
            models.CheckConstraint(
                condition=Q(booked_count__lte=F("capacity")), name="intake_slot_not_overbooked"
            ),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="intake_slot_capacity_positive"),
        ]

    def __str__(self):
        return local_datetime_label(self.start)

    def get_absolute_url(self):
        return reverse("admin:intake_slot_change", args=[self.pk])

    def clean(self):
        if self.capacity is not None and self.capacity < self.booked_count:
            raise ValidationError(
                {
                    "capacity": _("Er zijn al %(count)d gesprekken geboekt in dit tijdslot.")
                    % {"count": self.booked_count}
                }
            )

    @property
    def end(self):
        return self.start + timedelta(minutes=self.duration)

    @property
    def free_places(self):
        return self.capacity - self.booked_count


def slots_by_day(slots):
    """[(date, [slot, ...]), ...] in local days, for slots ordered by start."""
    return [
        (day, list(day_slots))
        for day, day_slots in groupby(slots, key=lambda slot: timezone.localdate(slot.start))
    ]


class IntakeRequest(models.Model):
    """What both request kinds share: the visitor's details, consent, and the team's handling."""

    first_name = models.CharField(_("voornaam"), max_length=100)
    last_name = models.CharField(_("achternaam"), max_length=100)
    email = models.EmailField(_("e-mailadres"))
    phone = models.CharField(_("telefoonnummer"), max_length=20, blank=True)
    consent_at = models.DateTimeField(_("toestemming gegeven op"))
    privacy_version = models.CharField(_("versie privacyverklaring"), max_length=20)
    # The idempotency key of the form render: a double submit finds the request it already made.
    submit_token = models.CharField(max_length=64, unique=True, editable=False)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("behandeld door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        limit_choices_to={"is_staff": True},
        related_name="+",
    )
    created_at = models.DateTimeField(_("binnengekomen op"), default=timezone.now, db_index=True)
    status_changed_at = models.DateTimeField(_("status gewijzigd op"), default=timezone.now)
    closed_at = models.DateTimeField(
        _("afgesloten op"),
        null=True,
        blank=True,
        help_text=_("Vanaf dit moment telt de bewaartermijn."),
    )

    CLOSED_STATUSES = ()

    class Meta:
        abstract = True

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}"


class ContactRequest(IntakeRequest):
    class Status(models.TextChoices):
        NEW = "nieuw", _("Nieuw")
        IN_PROGRESS = "in_behandeling", _("In behandeling")
        DONE = "afgehandeld", _("Afgehandeld")

    class ContactPreference(models.TextChoices):
        PHONE = "telefoon", _("Telefonisch")
        EMAIL = "email", _("Per e-mail")

    class Referral(models.TextChoices):
        YES = "ja", _("Ja")
        NO = "nee", _("Nee")
        UNKNOWN = "weet_niet", _("Weet ik niet")

    CLOSED_STATUSES = (Status.DONE,)

    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    preferred_contact = models.CharField(
        _("voorkeur voor contact"), max_length=10, choices=ContactPreference.choices
    )
    reachable_at = models.CharField(_("bereikbaar op"), max_length=200, blank=True)
    message = EncryptedTextField(_("waarmee kunnen we helpen?"), max_length=3000)
    referral = models.CharField(_("verwijsbrief van de huisarts"), max_length=10, choices=Referral.choices)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")

    def __str__(self):
        # No name here: this text ends up in the admin's history and the access log.
        return _("Aanmelding #%(pk)s") % {"pk": self.pk}

    def get_absolute_url(self):
        return reverse("admin:intake_contactrequest_change", args=[self.pk])


class AdviceCall(IntakeRequest):
    class Status(models.TextChoices):
        REQUESTED = "aangevraagd", _("Aangevraagd")
        CONFIRMED = "bevestigd", _("Bevestigd")
        DONE = "afgerond", _("Afgerond")
        CANCELLED = "geannuleerd", _("Geannuleerd")
        NO_SHOW = "niet_verschenen", _("Niet verschenen")

    class Weekday(models.TextChoices):
        MONDAY = "ma", _("maandag")
        TUESDAY = "di", _("dinsdag")
        WEDNESDAY = "wo", _("woensdag")
        THURSDAY = "do", _("donderdag")
        FRIDAY = "vr", _("vrijdag")

    class DayPart(models.TextChoices):
        MORNING = "ochtend", _("ochtend (9-12 uur)")
        AFTERNOON = "middag", _("middag (12-17 uur)")

    CLOSED_STATUSES = (Status.DONE, Status.CANCELLED, Status.NO_SHOW)

    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.REQUESTED)
    slot = models.ForeignKey(
        Slot,
        verbose_name=_("tijdslot"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="calls",
        help_text=_("Leeg als de bezoeker geen vrij tijdstip kon kiezen: zie de voorkeuren."),
    )
    question = EncryptedTextField(_("korte vraag"), max_length=500, blank=True)
    preferred_days = models.CharField(_("voorkeursdagen"), max_length=40, blank=True)
    preferred_parts = models.CharField(_("voorkeur dagdeel"), max_length=40, blank=True)
    # The .ics invitation: one stable UID per call, SEQUENCE raised on every change.
    calendar_uid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    calendar_sequence = models.PositiveIntegerField(default=0, editable=False)
    # When the reminder is due; emptied once it is queued, and when the call is cancelled.
    remind_at = models.DateTimeField(_("herinnering op"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["slot__start", "-created_at"]
        verbose_name = _("adviesgesprek")
        verbose_name_plural = _("adviesgesprekken")
        indexes = [
            models.Index(
                fields=["remind_at"], name="intake_call_reminder_due", condition=Q(remind_at__isnull=False)
            )
        ]

    def __str__(self):
        return _("Adviesgesprek #%(pk)s") % {"pk": self.pk}

    def get_absolute_url(self):
        return reverse("admin:intake_advicecall_change", args=[self.pk])

    @property
    def booked_slot_id(self):
        """The slot this call holds a place in: its slot, unless cancelled."""
        return None if self.status == self.Status.CANCELLED else self.slot_id

    def preferred_days_display(self):
        labels = dict(self.Weekday.choices)
        return ", ".join(str(labels.get(key, key)) for key in self.preferred_days.split(",") if key)

    def preferred_parts_display(self):
        labels = dict(self.DayPart.choices)
        return ", ".join(str(labels.get(key, key)) for key in self.preferred_parts.split(",") if key)
