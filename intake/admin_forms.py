"""The intake team's forms in the admin: an advice call's slot, and publishing slots in bulk."""

from datetime import time

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import AdviceCall, Slot, start_of_today


class SlotChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, slot):
        return _("%(slot)s (%(free)d van %(capacity)d vrij)") % {
            "slot": slot,
            "free": slot.free_places,
            "capacity": slot.capacity,
        }


class AdviceCallAdminForm(forms.ModelForm):
    slot = SlotChoiceField(queryset=Slot.objects.none(), required=False, label=_("Tijdslot"))

    class Meta:
        model = AdviceCall
        fields = (
            "status",
            "slot",
            "assigned_to",
            "internal_notes",
            "first_name",
            "last_name",
            "email",
            "phone",
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].help_text = AdviceCall._meta.get_field("slot").help_text
        self.fields["slot"].queryset = Slot.objects.filter(
            Q(start__gte=start_of_today()) | Q(pk=self.instance.slot_id)
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
