import csv
from datetime import datetime, time, timedelta

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import AccessLog, AdviceCall, ContactRequest, Notification, PracticeInfo, Slot, start_of_today
from .services import (
    SlotUnavailable,
    access_log_record,
    advice_call_save,
    advice_call_set_status,
    advice_calls_delete,
    contact_request_save,
    contact_request_set_status,
    slots_generate,
)

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str:
    """A cell a spreadsheet shows as text: no formula injection from what a visitor typed."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = formats.date_format(timezone.localtime(value), "Y-m-d H:i")
    text = str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


class NotificationInline(admin.TabularInline):
    model = Notification
    fields = ("kind", "created_at", "sent_at", "attempts", "last_error")
    readonly_fields = fields
    extra = 0
    can_delete = False
    view_on_site = False
    verbose_name_plural = _("e-mails (verstuurd na opslaan; mislukte worden opnieuw geprobeerd)")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class IntakeRequestAdmin(admin.ModelAdmin):
    """Shared by both request kinds: audit trail on opening and exporting, status actions, CSV."""

    search_fields = ("first_name", "last_name", "email")
    list_select_related = ("assigned_to",)
    list_per_page = 50
    inlines = (NotificationInline,)
    csv_fields = ()
    status_class = None
    view_on_site = False  # get_absolute_url is the admin page itself

    def has_add_permission(self, request):
        return False  # requests come in through the website, with the visitor's consent

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        if request.method == "GET" and response.status_code == 200:
            obj = self.get_object(request, unquote(object_id))
            if obj is not None:
                access_log_record(user=request.user, action=AccessLog.Action.VIEW, objects=[obj])
        return response

    @admin.display(description=_("naam"), ordering="last_name")
    def full_name(self, obj):
        return obj.full_name

    @admin.display(description=_("e-mail"))
    def mail_status(self, obj):
        failed = [n for n in obj.notifications.all() if n.sent_at is None and n.attempts]
        if failed:
            return format_html("<strong>{}</strong>", _("nog niet verstuurd"))
        return _("verstuurd") if all(n.sent_at for n in obj.notifications.all()) else _("wacht")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("notifications")

    @admin.action(description=_("Exporteren als CSV (zonder vrije tekst en notities)"), permissions=["view"])
    def export_csv(self, request, queryset):
        objects = list(queryset)
        filename = f"{self.opts.model_name}-{timezone.localdate():%Y-%m-%d}.csv"
        response = HttpResponse(
            content_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )
        response.write("\ufeff")  # so Excel reads the file as UTF-8
        writer = csv.writer(response, delimiter=";")
        writer.writerow([str(self.opts.get_field(name).verbose_name) for name in self.csv_fields])
        for obj in objects:
            writer.writerow([csv_cell(self._csv_value(obj, name)) for name in self.csv_fields])
        access_log_record(user=request.user, action=AccessLog.Action.EXPORT, objects=objects)
        return response

    def _csv_value(self, obj, name):
        field = self.opts.get_field(name)
        if field.choices:
            return getattr(obj, f"get_{name}_display")()
        return getattr(obj, name)

    def _set_status(self, request, queryset, status, apply):
        done = full = 0
        for obj in queryset:
            if obj.status == status:
                continue
            try:
                apply(obj, status)
            except SlotUnavailable:
                full += 1
            else:
                done += 1
        label = self.status_class(status).label
        self.message_user(
            request,
            ngettext(
                "%(count)d aanvraag op ‘%(status)s’ gezet.",
                "%(count)d aanvragen op ‘%(status)s’ gezet.",
                done,
            )
            % {"count": done, "status": label},
            messages.SUCCESS,
        )
        if full:
            self.message_user(
                request,
                ngettext(
                    "%(count)d aanvraag niet gewijzigd: het tijdslot is vol.",
                    "%(count)d aanvragen niet gewijzigd: het tijdslot is vol.",
                    full,
                )
                % {"count": full},
                messages.ERROR,
            )


@admin.register(ContactRequest)
class ContactRequestAdmin(IntakeRequestAdmin):
    list_display = (
        "__str__",
        "created_at",
        "full_name",
        "status",
        "preferred_contact",
        "referral",
        "assigned_to",
        "mail_status",
    )
    list_display_links = ("__str__", "full_name")
    list_filter = (
        "status",
        "preferred_contact",
        "referral",
        "created_at",
        ("assigned_to", admin.RelatedOnlyFieldListFilter),
    )
    date_hierarchy = "created_at"
    actions = ("mark_in_progress", "mark_done", "export_csv")
    readonly_fields = (
        "message",
        "consent_at",
        "privacy_version",
        "created_at",
        "status_changed_at",
        "closed_at",
    )
    fieldsets = (
        (_("Behandeling"), {"fields": ("status", "assigned_to", "internal_notes")}),
        (
            _("Aanvraag"),
            {
                "fields": (
                    ("first_name", "last_name"),
                    ("email", "phone"),
                    ("preferred_contact", "reachable_at"),
                    "referral",
                    "message",
                )
            },
        ),
        (
            _("Toestemming en tijden"),
            {
                "classes": ("collapse",),
                "fields": ("created_at", "status_changed_at", "closed_at", "consent_at", "privacy_version"),
            },
        ),
    )
    csv_fields = (
        "id",
        "created_at",
        "status",
        "first_name",
        "last_name",
        "email",
        "phone",
        "preferred_contact",
        "reachable_at",
        "referral",
        "assigned_to",
        "closed_at",
    )
    status_class = ContactRequest.Status

    def save_model(self, request, obj, form, change):
        contact_request_save(contact=obj)

    def _apply(self, obj, status):
        contact_request_set_status(contact=obj, status=status)

    @admin.action(description=_("Op ‘in behandeling’ zetten"), permissions=["change"])
    def mark_in_progress(self, request, queryset):
        self._set_status(request, queryset, ContactRequest.Status.IN_PROGRESS, self._apply)

    @admin.action(description=_("Op ‘afgehandeld’ zetten"), permissions=["change"])
    def mark_done(self, request, queryset):
        self._set_status(request, queryset, ContactRequest.Status.DONE, self._apply)


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


@admin.register(AdviceCall)
class AdviceCallAdmin(IntakeRequestAdmin):
    form = AdviceCallAdminForm
    list_display = ("when", "full_name", "status", "kind", "assigned_to", "mail_status")
    list_display_links = ("when", "full_name")
    list_filter = (
        WhenFilter,
        "status",
        KindFilter,
        "created_at",
        ("assigned_to", admin.RelatedOnlyFieldListFilter),
    )
    list_select_related = ("assigned_to", "slot")
    date_hierarchy = "slot__start"
    actions = ("mark_confirmed", "mark_done", "mark_cancelled", "mark_no_show", "export_csv")
    readonly_fields = (
        "question",
        "preferences",
        "consent_at",
        "privacy_version",
        "created_at",
        "status_changed_at",
        "closed_at",
    )
    fieldsets = (
        (_("Behandeling"), {"fields": ("status", "slot", "assigned_to", "internal_notes")}),
        (
            _("Aanvraag"),
            {"fields": (("first_name", "last_name"), ("email", "phone"), "question", "preferences")},
        ),
        (
            _("Toestemming en tijden"),
            {
                "classes": ("collapse",),
                "fields": ("created_at", "status_changed_at", "closed_at", "consent_at", "privacy_version"),
            },
        ),
    )
    csv_fields = (
        "id",
        "slot",
        "status",
        "first_name",
        "last_name",
        "email",
        "phone",
        "preferred_days",
        "preferred_parts",
        "assigned_to",
        "created_at",
    )
    status_class = AdviceCall.Status

    def get_queryset(self, request):
        # Upcoming calls first (today at the top), then requests without a slot, then the past.
        today = start_of_today()
        return (
            super()
            .get_queryset(request)
            .annotate(
                _group=Case(
                    When(slot__start__gte=today, then=Value(0)),
                    When(slot__isnull=True, then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                ),
                _upcoming=Case(When(slot__start__gte=today, then=F("slot__start"))),
            )
        )

    def get_ordering(self, request):
        return [
            F("_group").asc(),
            F("_upcoming").asc(nulls_last=True),
            F("slot__start").desc(nulls_last=True),
            F("created_at").asc(),
        ]

    @admin.display(description=_("wanneer"), ordering="slot__start")
    def when(self, call):
        if call.slot is None:
            return _("geen tijdstip: bel terug")
        local = timezone.localtime(call.slot.start)
        moment = formats.date_format(local, "D j M H:i")
        if local.date() == timezone.localdate() and call.booked_slot_id:
            return format_html("<strong>{} {}</strong>", _("Vandaag"), formats.time_format(local, "H:i"))
        if call.status == AdviceCall.Status.CANCELLED:
            return format_html("<del>{}</del>", moment)
        return moment

    @admin.display(description=_("soort"))
    def kind(self, call):
        return _("tijdstip gekozen") if call.slot_id else _("op voorkeur")

    @admin.display(description=_("voorkeuren (als er geen vrij tijdstip was)"))
    def preferences(self, call):
        if not (call.preferred_days or call.preferred_parts):
            return "-"
        days = call.preferred_days_display() or _("elke dag")
        parts = call.preferred_parts_display() or _("elk dagdeel")
        return f"{days}; {parts}"

    def save_model(self, request, obj, form, change):
        advice_call_save(call=obj)

    def delete_model(self, request, obj):
        advice_calls_delete(calls=[obj])

    def delete_queryset(self, request, queryset):
        advice_calls_delete(calls=queryset)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except SlotUnavailable:
            # Someone took the last place between the form's check and the save.
            self.message_user(
                request, _("Dit tijdslot is net vol geraakt. Er is niets gewijzigd."), messages.ERROR
            )
            return HttpResponseRedirect(request.get_full_path())

    def _apply(self, obj, status):
        advice_call_set_status(call=obj, status=status)

    @admin.action(description=_("Bevestigen"), permissions=["change"])
    def mark_confirmed(self, request, queryset):
        self._set_status(request, queryset, AdviceCall.Status.CONFIRMED, self._apply)

    @admin.action(description=_("Op ‘afgerond’ zetten"), permissions=["change"])
    def mark_done(self, request, queryset):
        self._set_status(request, queryset, AdviceCall.Status.DONE, self._apply)

    @admin.action(
        description=_("Annuleren (maakt het tijdslot vrij en mailt de bezoeker)"), permissions=["change"]
    )
    def mark_cancelled(self, request, queryset):
        self._set_status(request, queryset, AdviceCall.Status.CANCELLED, self._apply)

    @admin.action(description=_("Op ‘niet verschenen’ zetten"), permissions=["change"])
    def mark_no_show(self, request, queryset):
        self._set_status(request, queryset, AdviceCall.Status.NO_SHOW, self._apply)


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


@admin.register(Slot)
class SlotAdmin(admin.ModelAdmin):
    list_display = ("__str__", "duration", "capacity", "booked_count", "free_places")
    list_filter = ("start",)
    date_hierarchy = "start"
    readonly_fields = ("booked_count",)
    fields = ("start", "duration", "capacity", "booked_count")
    view_on_site = False

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.booked_count:
            # Visitors have this time in their calendar: move their calls instead.
            return ("start", "duration", "booked_count")
        return self.readonly_fields

    def get_urls(self):
        generate = self.admin_site.admin_view(self.generate_view)
        return [path("genereren/", generate, name="intake_slot_generate"), *super().get_urls()]

    @admin.display(description=_("vrij"))
    def free_places(self, slot):
        return slot.free_places

    def generate_view(self, request):
        if not self.has_add_permission(request):
            return HttpResponseRedirect(reverse("admin:intake_slot_changelist"))
        form = SlotGenerateForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            created = slots_generate(
                first_day=data["first_day"],
                days=data["weeks"] * 7,
                start=data["start"],
                end=data["end"],
                every_minutes=data["every_minutes"],
                duration=data["duration"],
                capacity=data["capacity"],
                weekdays=data["weekdays"],
            )
            self.message_user(
                request,
                ngettext("%d tijdslot gepubliceerd.", "%d tijdsloten gepubliceerd.", created) % created,
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse("admin:intake_slot_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Tijdsloten genereren"),
            "form": form,
        }
        return TemplateResponse(request, "admin/intake/slot/generate.html", context)


@admin.register(PracticeInfo)
class PracticeInfoAdmin(admin.ModelAdmin):
    fieldsets = (
        (
            _("Wachttijden"),
            {"fields": ("waiting_time_intake", "waiting_time_treatment", "waiting_times_updated_on")},
        ),
        (_("Reactie"), {"fields": ("reply_time",)}),
    )

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not PracticeInfo.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        return redirect("admin:intake_practiceinfo_change", PracticeInfo.load().pk)

    def save_model(self, request, obj, form, change):
        changed = set(form.changed_data)
        if (
            changed & {"waiting_time_intake", "waiting_time_treatment"}
            and "waiting_times_updated_on" not in changed
        ):
            obj.waiting_times_updated_on = timezone.localdate()
        super().save_model(request, obj, form, change)


@admin.register(AccessLog)
class AccessLogAdmin(admin.ModelAdmin):
    """The audit trail: readable by the practice owner (superusers) only, editable by nobody."""

    list_display = ("at", "username", "action", "model", "object_repr")
    list_filter = ("action", "model", "at")
    search_fields = ("username", "object_ids")
    date_hierarchy = "at"
    view_on_site = False

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
