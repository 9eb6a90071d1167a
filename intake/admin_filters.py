"""The advice call list's own filters: by when the call is, and by whether a time was chosen."""

from datetime import timedelta

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import start_of_today


class WhenFilter(admin.SimpleListFilter):
    title = _("wanneer")
    parameter_name = "wanneer"

    def lookups(self, request, model_admin):
        return (
            ("vandaag", _("Vandaag")),
            ("komend", _("Vanaf vandaag")),
            ("verleden", _("Voorbij")),
        )

    def queryset(self, request, queryset):
        today = start_of_today()
        if self.value() == "vandaag":
            return queryset.filter(slot__start__gte=today, slot__start__lt=today + timedelta(days=1))
        if self.value() == "komend":
            return queryset.filter(slot__start__gte=today)
        if self.value() == "verleden":
            return queryset.filter(slot__start__lt=today)
        return queryset


class KindFilter(admin.SimpleListFilter):
    title = _("soort")
    parameter_name = "soort"

    def lookups(self, request, model_admin):
        return (
            ("tijdslot", _("Met gekozen tijdstip")),
            ("voorkeur", _("Op voorkeur (geen vrij tijdstip)")),
        )

    def queryset(self, request, queryset):
        if self.value() == "tijdslot":
            return queryset.filter(slot__isnull=False)
        if self.value() == "voorkeur":
            return queryset.filter(slot__isnull=True)
        return queryset
