"""The visitor's rights (AVG articles 15 and 17): find one person's requests, export them, erase them.

Used by the practice owner's page in the admin (admin_rights.py). The access log records each
export and erasure by kind and number only: what was exported or erased never enters it.
"""

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .forms import normalize_phone
from .models import AdviceCall, ContactRequest, Notification, RequestAccessLog
from .services import access_log_record, advice_calls_delete

# Created by practice_site/roles.py and given to no group: the practice owner grants it.
PERMISSION_CODENAME = "handle_visitor_rights"
PERMISSION = f"intake.{PERMISSION_CODENAME}"


@dataclass(frozen=True)
class Found:
    """One person's requests of both kinds, newest first."""

    contacts: tuple[ContactRequest, ...] = ()
    calls: tuple[AdviceCall, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.contacts or self.calls)

    @property
    def count(self) -> int:
        return len(self.contacts) + len(self.calls)


@dataclass(frozen=True)
class Erased:
    contacts: int
    calls: int
    notifications: int
    notes: int


def note_model():
    """The staff notes on requests, once that model exists (a later migration adds it)."""
    try:
        return apps.get_model("intake", "RequestNote")
    except LookupError:
        return None


def _request_field(model, request_model) -> str | None:
    """The name of `model`'s foreign key to `request_model` (notes and e-mails have one per kind)."""
    for field in model._meta.concrete_fields:
        if field.is_relation and field.related_model is request_model:
            return field.name
    return None


def _load(contacts: Q | None, calls: Q | None) -> Found:
    found_contacts = (
        ContactRequest.objects.filter(contacts).prefetch_related("notifications") if contacts else []
    )
    found_calls = (
        AdviceCall.objects.filter(calls)
        .select_related("slot")
        .prefetch_related("notifications")
        .order_by("-created_at")
        if calls
        else []
    )
    return Found(contacts=tuple(found_contacts), calls=tuple(found_calls))


def requests_find(*, email: str = "", phone: str = "") -> Found:
    """Every request with this e-mail address (any case) or this phone number (any notation).

    Raises ValueError when the phone number is not one (see forms.normalize_phone).
    """
    email = email.strip()
    phone = normalize_phone(phone) if phone.strip() else ""
    if not (email or phone):
        return Found()
    match = Q(pk__in=[])
    if email:
        match |= Q(email__iexact=email)
    if phone:
        match |= Q(phone=phone)
    return _load(match, match)


def requests_get(*, contact_ids: list[int], call_ids: list[int]) -> Found:
    """The requests with these numbers, as found earlier (export and erase work on these)."""
    return _load(
        Q(pk__in=contact_ids) if contact_ids else None,
        Q(pk__in=call_ids) if call_ids else None,
    )


# Export


def _plain(value):
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _fields(obj) -> dict:
    """Every stored field of `obj`: choices as code and label, a staff member by username."""
    data = {}
    for field in obj._meta.concrete_fields:
        if field.is_relation:
            related = getattr(obj, field.name)
            if field.related_model in (ContactRequest, AdviceCall):
                continue  # the request a note belongs to: the export nests notes under it
            if related is None:
                data[field.name] = None
            elif hasattr(related, "get_username"):
                data[field.name] = related.get_username()
            elif hasattr(related, "start"):
                data[field.name] = {"start": _plain(related.start), "duration_minutes": related.duration}
            else:
                data[field.name] = related.pk
            continue
        data[field.name] = _plain(field.value_from_object(obj))
        if field.choices:
            data[f"{field.name}_label"] = str(getattr(obj, f"get_{field.name}_display")())
    return data


def _notes(request) -> list:
    """The staff notes on `request`, oldest first; none before the notes model exists."""
    Note = note_model()
    field = Note and _request_field(Note, type(request))
    return list(Note.objects.filter(**{field: request}).order_by("pk")) if field else []


def _notifications(request) -> list:
    return [
        {
            "kind": notification.kind,
            "kind_label": str(notification.get_kind_display()),
            "created_at": _plain(notification.created_at),
            "sent_at": _plain(notification.sent_at),
        }
        for notification in request.notifications.all()
    ]


def _request_data(request) -> dict:
    return {
        **_fields(request),
        "notes": [_fields(note) for note in _notes(request)],
        "notifications": _notifications(request),
    }


def export_data(*, found: Found) -> dict:
    """Everything stored about the found requests, as plain data (the JSON export)."""
    return {
        "practice": settings.PRACTICE["name"],
        "exported_at": _plain(timezone.now()),
        "contact_requests": [_request_data(contact) for contact in found.contacts],
        "advice_calls": [_request_data(call) for call in found.calls],
    }


def _record(*, user, action: str, found: Found) -> None:
    # One line per kind; access_log_record writes numbers and "Aanmelding #12", never names.
    for objects in (found.contacts, found.calls):
        access_log_record(user=user, action=action, objects=objects)


def requests_export_json(*, found: Found, user) -> str:
    """The machine-readable export (AVG article 15 and 20), recorded in the access log."""
    text = json.dumps(export_data(found=found), ensure_ascii=False, indent=2)
    _record(user=user, action=RequestAccessLog.Action.EXPORT, found=found)
    return text


# Technical keys a visitor cannot read anything from; the JSON export has them.
# Internal keys, and a note's author account (its author_name row says who wrote it).
NOT_FOR_READERS = {"id", "submit_token", "calendar_uid", "calendar_sequence", "author"}


def _readable(obj) -> list[tuple[str, str]]:
    """(label, value) for each stored field of `obj`, as the visitor reads it: Dutch labels, local times."""
    rows = []
    for field in obj._meta.concrete_fields:
        if field.name in NOT_FOR_READERS or field.related_model in (ContactRequest, AdviceCall):
            continue
        value = getattr(obj, field.name)
        if hasattr(obj, f"{field.name}_display"):
            value = getattr(obj, f"{field.name}_display")()
        elif field.choices:
            value = getattr(obj, f"get_{field.name}_display")()
        elif isinstance(value, datetime):
            value = formats.date_format(timezone.localtime(value), "j F Y, H:i")
        elif hasattr(value, "get_full_name"):
            value = value.get_full_name() or value.get_username()
        elif isinstance(value, bool):
            value = _("ja") if value else _("nee")
        rows.append((str(field.verbose_name), "–" if value in (None, "") else str(value)))
    return rows


def requests_export_document(*, found: Found, user) -> str:
    """The same in a standalone Dutch HTML document the visitor can read and print."""
    requests = [
        {
            "title": str(request),
            "rows": _readable(request),
            "notes": [_readable(note) for note in _notes(request)],
            "notifications": request.notifications.all(),
        }
        for request in (*found.contacts, *found.calls)
    ]
    html = render_to_string(
        "admin/intake/rights/document.html",
        {"practice": settings.PRACTICE, "requests": requests, "today": timezone.localdate()},
    )
    _record(user=user, action=RequestAccessLog.Action.EXPORT, found=found)
    return html


# Erase


def _count_linked(model, contact_ids: list[int], call_ids: list[int]) -> int:
    """How many rows of `model` (e-mails, notes) belong to these requests."""
    match = Q(pk__in=[])
    for request_model, ids in ((ContactRequest, contact_ids), (AdviceCall, call_ids)):
        field = _request_field(model, request_model)
        if field and ids:
            match |= Q(**{f"{field}__in": ids})
    return model.objects.filter(match).count()


def requests_erase(*, found: Found, user) -> Erased:
    """Delete the found requests with their notes and e-mails, and free the slot places they held.

    The access log keeps who did it, when, and the kinds and numbers of the requests.
    """
    contact_ids = [contact.pk for contact in found.contacts]
    call_ids = [call.pk for call in found.calls]
    with transaction.atomic():
        notifications = _count_linked(Notification, contact_ids, call_ids)
        Note = note_model()
        notes = _count_linked(Note, contact_ids, call_ids) if Note else 0
        _record(user=user, action=RequestAccessLog.Action.ERASE, found=found)
        calls = advice_calls_delete(calls=found.calls)
        # Notes and e-mails go with their request (on_delete=CASCADE).
        contacts = (
            ContactRequest.objects.filter(pk__in=contact_ids).delete()[1].get(ContactRequest._meta.label, 0)
        )
    return Erased(contacts=contacts, calls=calls, notifications=notifications, notes=notes)
