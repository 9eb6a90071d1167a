"""The admin of what is not a request: advice-call slots, the practice's waiting times, and the
access log (read by the practice owner only)."""

from functools import partial

from django.contrib import admin
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .admin_views import slot_generate_view
from .models import PracticeInfo, RequestAccessLog, Slot


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


@admin.register(RequestAccessLog)
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
