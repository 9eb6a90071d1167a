"""The intake team's forms in the admin: a request's assignee and notes, an advice call's slot
(saying which changes e-mail the visitor), and publishing slots in bulk."""

from datetime import time

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .forms import PhoneField, normalize_phone
from .models import AdviceCall, Slot, staff_name, start_of_today
from .phone import phone_display


class AdminPhoneField(PhoneField):
    """The stored '+31612345678' shown as '06 12345678'; what staff type is stored as E.164 again."""

    def prepare_value(self, value):
        return phone_display(value) if isinstance(value, str) else value

    def has_changed(self, initial, data):
        try:
            data = normalize_phone(data) if data else ""
        except ValueError:
            return True
        return (initial or "") != data


# The live warning (static/intake/admin/visitor-mail.js) next to an advice call's status and slot.
VISITOR_MAIL_WARNINGS = {
    "cancel": _("Let op: na opslaan krijgt de bezoeker een e-mail dat het gesprek niet doorgaat."),
    "move": _("Let op: na opslaan krijgt de bezoeker een e-mail met het nieuwe tijdstip."),
    "reopen": _("Let op: na opslaan krijgt de bezoeker een e-mail dat het gesprek weer doorgaat."),
    "release": _(
        "Het tijdslot komt vrij, maar de bezoeker krijgt hierover geen e-mail. "
        "Laat het de bezoeker zelf weten."
    ),
}


class SlotChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, slot):
        return _("%(slot)s (%(free)d van %(capacity)d vrij)") % {
            "slot": slot,
            "free": slot.free_places,
            "capacity": slot.capacity,
        }


def team_members(*, also=None):
    """Who can handle a request: the active members of the intake team (plus user `also`)."""
    team = Q(is_active=True, groups__name=settings.INTAKE_TEAM_GROUP)
    return (
        get_user_model()
        .objects.filter(team | Q(pk=also) if also else team)
        .distinct()
        .order_by(Coalesce(NullIf("first_name", Value("")), "username"), "last_name", "username")
    )


class TeamMemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return staff_name(user)


class IntakeRequestAdminForm(forms.ModelForm):
    """Both request kinds: who handles it (a team member, by name) and a box for a new note."""

    assigned_to = TeamMemberChoiceField(
        queryset=get_user_model().objects.none(),
        required=False,
        label=_("Behandeld door"),
        empty_label=_("Nog niemand"),
    )
    new_note = forms.CharField(
        label=_("Nieuwe notitie"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Komt onder de andere notities, met je naam en het tijdstip. "
            "Een notitie kun je daarna niet meer wijzigen."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "assigned_to" in self.fields:
            # Whoever handles it now stays selectable, even after leaving the team.
            self.fields["assigned_to"].queryset = team_members(also=self.instance.assigned_to_id)


class AdviceCallAdminForm(IntakeRequestAdminForm):
    slot = SlotChoiceField(queryset=Slot.objects.none(), required=False, label=_("Tijdslot"))

    class Meta:
        model = AdviceCall
        fields = (
            "status",
            "slot",
            "assigned_to",
            "first_name",
            "last_name",
            "email",
            "phone",
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].queryset = Slot.objects.filter(
            Q(start__gte=start_of_today()) | Q(pk=self.instance.slot_id)
        )
        status, slot = self.fields["status"], self.fields["slot"]
        status.help_text, slot.help_text = self.visitor_mail_help()
        status.widget.attrs |= {
            "data-booked": self.instance.booked_slot_id or "",
            "data-was-cancelled": "1" if self.instance.status == AdviceCall.Status.CANCELLED else "",
            "data-cancelled": AdviceCall.Status.CANCELLED,
        } | {f"data-warning-{key}": text for key, text in VISITOR_MAIL_WARNINGS.items()}

    def visitor_mail_help(self):
        """Which choices e-mail this call's visitor (services.advice_call_visitor_mail)."""
        call = self.instance
        if call.status == AdviceCall.Status.CANCELLED:
            if not call.slot_id:
                return (
                    _("Dit gesprek heeft geen tijdslot: een andere status stuurt geen e-mail."),
                    _("Kies je een tijdslot en een andere status, dan krijgt de bezoeker een e-mail."),
                )
            return (
                _(
                    "Zet je dit geannuleerde gesprek op een andere status, dan gaat het weer door en "
                    "krijgt de bezoeker na opslaan een e-mail met het tijdstip."
                ),
                _("Zolang het gesprek geannuleerd is, stuurt een ander tijdslot geen e-mail."),
            )
        if not call.slot_id:
            return (
                _("Een andere status stuurt geen e-mail: dit gesprek heeft nog geen tijdslot."),
                _(
                    "Leeg als de bezoeker geen vrij tijdstip kon kiezen: zie de voorkeuren. Kies je een "
                    "tijdslot, dan krijgt de bezoeker na opslaan een e-mail met dat tijdstip."
                ),
            )
        return (
            _(
                "Kies je ‘Geannuleerd’, dan krijgt de bezoeker na opslaan een e-mail dat het gesprek "
                "niet doorgaat. Bevestigen, afronden of ‘niet verschenen’ stuurt geen e-mail."
            ),
            _(
                "Kies je een ander tijdslot, dan krijgt de bezoeker na opslaan een e-mail met het "
                "nieuwe tijdstip. Maak je het veld leeg, dan krijgt de bezoeker geen e-mail."
            ),
        )

    def clean(self):
        cleaned = super().clean()
        slot, status = cleaned.get("slot"), cleaned.get("status")
        wanted = None if status == AdviceCall.Status.CANCELLED or slot is None else slot.pk
        if wanted and wanted != self.instance.booked_slot_id and slot.free_places < 1:
            self.add_error(
                "slot", _("Dit tijdslot is vol. Kies een ander tijdslot of verhoog de capaciteit.")
            )
        return cleaned


class SlotGenerateForm(forms.Form):
    first_day = forms.DateField(
        label=_("Vanaf"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    weeks = forms.IntegerField(label=_("Aantal weken"), initial=4, min_value=1, max_value=26)
    weekdays = forms.TypedMultipleChoiceField(
        label=_("Dagen"),
        coerce=int,
        choices=[
            (0, _("ma")),
            (1, _("di")),
            (2, _("wo")),
            (3, _("do")),
            (4, _("vr")),
            (5, _("za")),
            (6, _("zo")),
        ],
        initial=[0, 1, 2, 3, 4],
        widget=forms.CheckboxSelectMultiple,
    )
    start = forms.TimeField(
        label=_("Van"), initial=time(9, 0), widget=forms.TimeInput(attrs={"type": "time"})
    )
    end = forms.TimeField(label=_("Tot"), initial=time(17, 0), widget=forms.TimeInput(attrs={"type": "time"}))
    every_minutes = forms.IntegerField(label=_("Om de (minuten)"), initial=30, min_value=5, max_value=480)
    duration = forms.IntegerField(label=_("Duur (minuten)"), initial=15, min_value=5, max_value=240)
    capacity = forms.IntegerField(label=_("Plaatsen per tijdslot"), initial=1, min_value=1, max_value=20)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["start"] >= cleaned["end"]:
            self.add_error("end", _("De eindtijd moet na de begintijd liggen."))
        return cleaned

    def service_kwargs(self) -> dict:
        """The arguments of services.slots_generate()."""
        data = self.cleaned_data
        fields = ("first_day", "start", "end", "every_minutes", "duration", "capacity", "weekdays")
        return {name: data[name] for name in fields} | {"days": data["weeks"] * 7}
