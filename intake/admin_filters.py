"""The request lists' own filters: by assignee (by name), by when a call is, by whether a time was chosen."""

from datetime import timedelta

from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .admin_forms import team_members
from .models import staff_name, start_of_today


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


class AssigneeFilter(admin.SimpleListFilter):
    """Who handles a request, by name: the team's active members, or nobody yet."""

    title = _("behandeld door")
    parameter_name = "behandeld_door"
    NOBODY = "niemand"

    def lookups(self, request, model_admin):
        return [(str(user.pk), staff_name(user)) for user in team_members()] + [
            (self.NOBODY, _("Nog niemand"))
        ]

    def queryset(self, request, queryset):
        if self.value() == self.NOBODY:
            return queryset.filter(assigned_to__isnull=True)
        if self.value() and self.value().isdigit():
            return queryset.filter(assigned_to_id=self.value())
        return queryset
