"""The bulk actions on requests in the admin (a status change per status, the CSV export), and
what staff are told about the e-mails a change sends visitors."""

from collections import Counter

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .exports import csv_response
from .models import Notification, RequestAccessLog, local_datetime_label
from .services import SlotUnavailable, access_log_record


def visitor_mail_counts(mails: Counter) -> list[str]:
    """How many visitors get which e-mail after a bulk change: None counts those who get none."""
    texts = {
        Notification.Kind.CALL_CANCELLED: lambda count: ngettext(
            "%(count)d bezoeker krijgt een e-mail dat het gesprek niet doorgaat.",
            "%(count)d bezoekers krijgen een e-mail dat hun gesprek niet doorgaat.",
            count,
        ),
        Notification.Kind.CALL_UPDATED: lambda count: ngettext(
            "%(count)d bezoeker krijgt een e-mail dat het gesprek weer doorgaat, met het tijdstip.",
            "%(count)d bezoekers krijgen een e-mail dat hun gesprek weer doorgaat, met het tijdstip.",
            count,
        ),
        None: lambda count: ngettext(
            "%(count)d bezoeker krijgt geen e-mail.", "%(count)d bezoekers krijgen geen e-mail.", count
        ),
    }
    return [texts[kind](mails[kind]) % {"count": mails[kind]} for kind in texts if mails[kind]]


def status_action(status, description):
    """An action `mark_<status>` that puts the selected requests on `status` through the service.

    The model admin supplies the service as `apply_status(obj, status)`, returning the kind of
    e-mail the visitor gets (None for none) when its model admin `mails_visitors`.
    """

    def mark(modeladmin, request, queryset):
        done = full = 0
        mails = Counter()
        for obj in queryset:
            if obj.status == status:
                continue
            try:
                mails[modeladmin.apply_status(obj, status)] += 1
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
        if modeladmin.mails_visitors:
            for text in visitor_mail_counts(mails):
                modeladmin.message_user(request, text, messages.INFO)
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
    access_log_record(user=request.user, action=RequestAccessLog.Action.EXPORT, objects=objects)
    return response


def visitor_mail_message(kind, *, call, reopened: bool) -> str:
    """What staff are told after saving one call: which e-mail its visitor gets."""
    when = local_datetime_label(call.slot.start) if call.slot else ""
    if kind == Notification.Kind.CALL_CANCELLED:
        return _("De bezoeker krijgt een e-mail dat het gesprek niet doorgaat.")
    if kind == Notification.Kind.CALL_UPDATED and reopened:
        return _("De bezoeker krijgt een e-mail dat het gesprek weer doorgaat, op %(when)s.") % {"when": when}
    if kind == Notification.Kind.CALL_UPDATED:
        return _("De bezoeker krijgt een e-mail met het nieuwe tijdstip: %(when)s.") % {"when": when}
    return _("De bezoeker krijgt hierover geen e-mail.")
