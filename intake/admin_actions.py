"""The bulk actions on requests in the admin: a status change per status, and the CSV export."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .exports import csv_response
from .models import AccessLog
from .services import SlotUnavailable, access_log_record


def status_action(status, description):
    """An action `mark_<status>` that puts the selected requests on `status` through the service.

    The model admin supplies the service as `apply_status(obj, status)`.
    """

    def mark(modeladmin, request, queryset):
        done = full = 0
        for obj in queryset:
            if obj.status == status:
                continue
            try:
                modeladmin.apply_status(obj, status)
            except SlotUnavailable:
                full += 1
            else:
                done += 1
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d aanvraag op ‘%(status)s’ gezet.",
                "%(count)d aanvragen op ‘%(status)s’ gezet.",
                done,
            )
            % {"count": done, "status": status.label},
            messages.SUCCESS,
        )
        if full:
            modeladmin.message_user(
                request,
                ngettext(
                    "%(count)d aanvraag niet gewijzigd: het tijdslot is vol.",
                    "%(count)d aanvragen niet gewijzigd: het tijdslot is vol.",
                    full,
                )
                % {"count": full},
                messages.ERROR,
            )

    # The name is what the changelist posts, e.g. "mark_done" for Status.DONE.
    mark.__name__ = mark.__qualname__ = f"mark_{status.name.lower()}"
    return admin.action(description=description, permissions=["change"])(mark)


@admin.action(description=_("Exporteren als CSV (zonder vrije tekst en notities)"), permissions=["view"])
def export_csv(modeladmin, request, queryset):
    """The model admin's `csv_fields` of the selection, noted in the access log."""
    objects = list(queryset)
    response = csv_response(modeladmin.model, objects, modeladmin.csv_fields)
    access_log_record(user=request.user, action=AccessLog.Action.EXPORT, objects=objects)
    return response
