from functools import partial

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.db.models import Case, F, IntegerField, Value, When
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import path
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .admin_actions import export_csv, status_action
from .admin_filters import KindFilter, WhenFilter
from .admin_forms import AdviceCallAdminForm
from .admin_views import slot_generate_view
from .models import AccessLog, AdviceCall, ContactRequest, Notification, PracticeInfo, Slot, start_of_today
from .services import (
    SlotUnavailable,
    access_log_record,
    advice_call_save,
    advice_call_set_status,
    advice_calls_delete,
    contact_request_save,
    contact_request_set_status,
)

# When a request came in and under which privacy statement: the same collapsed group on both kinds.
RECORD_FIELDS = ("created_at", "status_changed_at", "closed_at", "consent_at", "privacy_version")
RECORD_FIELDSET = (_("Toestemming en tijden"), {"classes": ("collapse",), "fields": RECORD_FIELDS})


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
    csv_fields = ()  # what export_csv writes: never free text or notes
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
    actions = (
        status_action(ContactRequest.Status.IN_PROGRESS, _("Op ‘in behandeling’ zetten")),
        status_action(ContactRequest.Status.DONE, _("Op ‘afgehandeld’ zetten")),
        export_csv,
    )
    readonly_fields = ("message", *RECORD_FIELDS)
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
        RECORD_FIELDSET,
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

    def save_model(self, request, obj, form, change):
        contact_request_save(contact=obj)

    def apply_status(self, obj, status):
        contact_request_set_status(contact=obj, status=status)


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
    actions = (
        status_action(AdviceCall.Status.CONFIRMED, _("Bevestigen")),
        status_action(AdviceCall.Status.DONE, _("Op ‘afgerond’ zetten")),
        status_action(
            AdviceCall.Status.CANCELLED, _("Annuleren (maakt het tijdslot vrij en mailt de bezoeker)")
        ),
        status_action(AdviceCall.Status.NO_SHOW, _("Op ‘niet verschenen’ zetten")),
        export_csv,
    )
    readonly_fields = ("question", "preferences", *RECORD_FIELDS)
    fieldsets = (
        (_("Behandeling"), {"fields": ("status", "slot", "assigned_to", "internal_notes")}),
        (
            _("Aanvraag"),
            {"fields": (("first_name", "last_name"), ("email", "phone"), "question", "preferences")},
        ),
        RECORD_FIELDSET,
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

    def apply_status(self, obj, status):
        advice_call_set_status(call=obj, status=status)


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
        generate = self.admin_site.admin_view(partial(slot_generate_view, model_admin=self))
        return [path("genereren/", generate, name="intake_slot_generate"), *super().get_urls()]

    @admin.display(description=_("vrij"))
    def free_places(self, slot):
        return slot.free_places


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
