from functools import partial

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.db.models import Case, F, IntegerField, Value, When
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _

from . import admin_records  # noqa: F401 - registers the slot, practice details and access log admins
from .admin_actions import export_csv, status_action, visitor_mail_message
from .admin_filters import AssigneeFilter, KindFilter, WhenFilter
from .admin_forms import AdminPhoneField, AdviceCallAdminForm, IntakeRequestAdminForm
from .admin_notes import NOTES_FIELDSET, RequestNotesMixin
from .admin_rights import visitor_rights_urls
from .admin_views import calendar_feed_view
from .forms import normalize_phone
from .models import (
    AdviceCall,
    ContactRequest,
    Notification,
    RequestAccessLog,
    staff_name,
    start_of_today,
)
from .phone import phone_display
from .services import (
    SlotUnavailable,
    access_log_record,
    advice_call_save,
    advice_call_set_status,
    advice_call_visitor_mail,
    advice_calls_delete,
    contact_request_save,
    contact_request_set_status,
)

# The status actions that can take up a cancelled call again, which holds its place again.
REOPENS = _("mailt de bezoeker als het gesprek geannuleerd was")
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


class IntakeRequestAdmin(RequestNotesMixin, admin.ModelAdmin):
    """Shared by both request kinds: audit trail on opening and exporting, status actions, CSV, notes."""

    form = IntakeRequestAdminForm
    mails_visitors = False  # whether a status change can e-mail the visitor (see status_action)
    # What visitors wrote is encrypted (intake/encryption.py): the database cannot search it.
    search_fields = ("first_name", "last_name", "email", "phone")
    search_help_text = _(
        "Zoek op naam, e-mailadres of telefoonnummer. Wat de bezoeker schreef en de notities "
        "zijn versleuteld opgeslagen: daarop kun je niet zoeken."
    )
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
                access_log_record(user=request.user, action=RequestAccessLog.Action.VIEW, objects=[obj])
        return response

    @admin.display(description=_("naam"), ordering="last_name")
    def full_name(self, obj):
        return obj.full_name

    @admin.display(description=_("behandeld door"), ordering="assigned_to__first_name")
    def assignee(self, obj):
        return staff_name(obj.assigned_to) if obj.assigned_to else self.get_empty_value_display()

    @admin.display(description=_("telefoon"))
    def phone_number(self, obj):
        return phone_display(obj.phone)

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        try:  # a phone number in any notation finds the stored one (+31612345678)
            phone = normalize_phone(search_term)
        except ValueError:
            return results, may_have_duplicates
        return results | queryset.filter(phone=phone), may_have_duplicates

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "phone":
            return AdminPhoneField(
                label=capfirst(db_field.verbose_name), required=not db_field.blank, max_length=30
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

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
        "phone_number",
        "status",
        "preferred_contact",
        "referral",
        "assignee",
        "mail_status",
    )
    list_display_links = ("__str__", "full_name")
    list_filter = (
        "status",
        "preferred_contact",
        "referral",
        "created_at",
        AssigneeFilter,
    )
    date_hierarchy = "created_at"
    actions = (
        status_action(ContactRequest.Status.IN_PROGRESS, _("Op ‘in behandeling’ zetten")),
        status_action(ContactRequest.Status.DONE, _("Op ‘afgehandeld’ zetten")),
        export_csv,
    )
    readonly_fields = ("message", "notes_thread", *RECORD_FIELDS)
    fieldsets = (
        (_("Behandeling"), {"fields": ("status", "assigned_to")}),
        NOTES_FIELDSET,
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

    def get_urls(self):
        # The practice owner's page for the visitor's rights (find, export, erase one person).
        return [*visitor_rights_urls(self), *super().get_urls()]


@admin.register(AdviceCall)
class AdviceCallAdmin(IntakeRequestAdmin):
    form = AdviceCallAdminForm
    list_display = ("when", "full_name", "phone_number", "status", "kind", "assignee", "mail_status")
    list_display_links = ("when", "full_name")
    list_filter = (
        WhenFilter,
        "status",
        KindFilter,
        "created_at",
        AssigneeFilter,
    )
    list_select_related = ("assigned_to", "slot")
    date_hierarchy = "slot__start"
    actions = (
        status_action(AdviceCall.Status.CONFIRMED, format_lazy("{} ({})", _("Bevestigen"), REOPENS)),
        status_action(AdviceCall.Status.DONE, format_lazy("{} ({})", _("Op ‘afgerond’ zetten"), REOPENS)),
        status_action(
            AdviceCall.Status.CANCELLED, _("Annuleren (maakt het tijdslot vrij en mailt de bezoeker)")
        ),
        status_action(
            AdviceCall.Status.NO_SHOW, format_lazy("{} ({})", _("Op ‘niet verschenen’ zetten"), REOPENS)
        ),
        export_csv,
    )
    mails_visitors = True

    class Media:
        js = ("intake/admin/visitor-mail.js",)

    readonly_fields = ("question", "preferences", "notes_thread", *RECORD_FIELDS)
    fieldsets = (
        (_("Behandeling"), {"fields": ("status", "slot", "assigned_to")}),
        NOTES_FIELDSET,
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
        moment = formats.date_format(local, "D j b H:i")  # "wo 2 dec 15:00"
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
        stored = AdviceCall.objects.get(pk=obj.pk)
        advice_call_save(call=obj)
        if {"status", "slot"} & set(form.changed_data):
            mail = advice_call_visitor_mail(booked_before=stored.booked_slot_id, call=obj)
            reopened = stored.status == AdviceCall.Status.CANCELLED
            self.message_user(request, visitor_mail_message(mail, call=obj, reopened=reopened))

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

    def get_urls(self):
        view = partial(calendar_feed_view, model_admin=self)
        feed = path("agenda/", self.admin_site.admin_view(view), name="intake_calendar_feed")
        return [feed, *super().get_urls()]

    def apply_status(self, obj, status):
        booked_before = obj.booked_slot_id
        advice_call_set_status(call=obj, status=status)
        return advice_call_visitor_mail(booked_before=booked_before, call=obj)
