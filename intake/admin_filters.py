"""The advice call list's own filters: by when the call is, and by whether a time was chosen."""

from datetime import timedelta

from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .models import start_of_today


class ConditionFilter(admin.SimpleListFilter):
    """A list filter given as rows of (value in the address, label, condition)."""

    def conditions(self) -> list[tuple[str, str, Q]]:
        raise NotImplementedError

    def lookups(self, request, model_admin):
        return [(value, label) for value, label, _condition in self.conditions()]

    def queryset(self, request, queryset):
        for value, _label, condition in self.conditions():
            if self.value() == value:
                return queryset.filter(condition)
        return queryset


class WhenFilter(ConditionFilter):
    title = _("wanneer")
    parameter_name = "wanneer"

    def conditions(self):
        today = start_of_today()
        return [
            ("vandaag", _("Vandaag"), Q(slot__start__gte=today, slot__start__lt=today + timedelta(days=1))),
            ("komend", _("Vanaf vandaag"), Q(slot__start__gte=today)),
            ("verleden", _("Voorbij"), Q(slot__start__lt=today)),
        ]


class KindFilter(ConditionFilter):
    title = _("soort")
    parameter_name = "soort"

    def conditions(self):
        return [
            ("tijdslot", _("Met gekozen tijdstip"), Q(slot__isnull=False)),
            ("voorkeur", _("Op voorkeur (geen vrij tijdstip)"), Q(slot__isnull=True)),
        ]
