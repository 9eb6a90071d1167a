"""The practice owner's page for the visitor's rights: find, export and erase one person's requests.

Mounted under the aanmeldingen admin (ContactRequestAdmin.get_urls). Only users with
intake.handle_visitor_rights get in; everyone else gets 403 on every URL. The search is posted, so
no e-mail address or phone number ends up in a URL (server logs, browser history); export and
erase work on the request numbers found.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from .forms import normalize_phone
from .rights import (
    PERMISSION,
    Found,
    requests_erase,
    requests_export_document,
    requests_export_json,
    requests_find,
    requests_get,
)

# Query parameters naming the found requests: ?aanmelding=3&adviesgesprek=7
CONTACT_PARAM, CALL_PARAM = "aanmelding", "adviesgesprek"


class RightsSearchForm(forms.Form):
    email = forms.EmailField(label=_("E-mailadres"), required=False)
    phone = forms.CharField(
        label=_("Telefoonnummer"),
        required=False,
        max_length=30,
        help_text=_("Elke schrijfwijze: 06 12345678, +31 6 1234 5678 en +31612345678 vinden hetzelfde."),
    )

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone:
            try:
                normalize_phone(phone)
            except ValueError:
                raise ValidationError(_("Dit is geen geldig telefoonnummer.")) from None
        return phone

    def clean(self):
        data = super().clean()
        if not self.errors and not (data.get("email") or data.get("phone")):
            raise ValidationError(_("Vul een e-mailadres of een telefoonnummer in (of allebei)."))
        return data


def _ids(request, name) -> list[int]:
    return [int(value) for value in request.GET.getlist(name) if value.isdigit()]


def _found_from_query(request) -> Found:
    return requests_get(contact_ids=_ids(request, CONTACT_PARAM), call_ids=_ids(request, CALL_PARAM))


def _query(found: Found) -> str:
    return urlencode(
        [(CONTACT_PARAM, obj.pk) for obj in found.contacts] + [(CALL_PARAM, obj.pk) for obj in found.calls]
    )


def _context(request, model_admin, **context):
    return {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "find_url": reverse("admin:intake_visitor_rights"),
        **context,
    }


def find_view(request, *, model_admin):
    form = RightsSearchForm(request.POST or None)
    found = None
    if request.method == "POST" and form.is_valid():
        found = requests_find(email=form.cleaned_data["email"], phone=form.cleaned_data["phone"])
    query = _query(found) if found else ""
    context = _context(
        request,
        model_admin,
        title=_("Inzage en verwijdering"),
        form=form,
        found=found,
        json_url=f"{reverse('admin:intake_visitor_rights_export', args=['json'])}?{query}",
        document_url=f"{reverse('admin:intake_visitor_rights_export', args=['html'])}?{query}",
        erase_url=f"{reverse('admin:intake_visitor_rights_erase')}?{query}",
    )
    return TemplateResponse(request, "admin/intake/rights/find.html", context)


EXPORTS = {
    "json": (requests_export_json, "application/json; charset=utf-8", "json"),
    "html": (requests_export_document, "text/html; charset=utf-8", "html"),
}


@require_GET
def export_view(request, export_format, *, model_admin):
    if export_format not in EXPORTS:
        return HttpResponseRedirect(reverse("admin:intake_visitor_rights"))
    found = _found_from_query(request)
    if not found:
        messages.warning(request, _("Er is niets om te exporteren: zoek de aanvragen opnieuw op."))
        return HttpResponseRedirect(reverse("admin:intake_visitor_rights"))
    export, content_type, extension = EXPORTS[export_format]
    filename = f"inzage-gegevens-{timezone.localdate():%Y-%m-%d}.{extension}"
    return HttpResponse(
        export(found=found, user=request.user),
        content_type=content_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"},
    )


@require_http_methods(["GET", "POST"])
def erase_view(request, *, model_admin):
    found = _found_from_query(request)
    if not found:
        messages.warning(request, _("Er is niets om te verwijderen: zoek de aanvragen opnieuw op."))
        return HttpResponseRedirect(reverse("admin:intake_visitor_rights"))
    if request.method == "POST":
        erased = requests_erase(found=found, user=request.user)
        total = erased.contacts + erased.calls
        messages.success(
            request,
            ngettext(
                "%(count)d aanvraag is definitief verwijderd, met de e-mails en notities erbij.",
                "%(count)d aanvragen zijn definitief verwijderd, met de e-mails en notities erbij.",
                total,
            )
            % {"count": total},
        )
        return HttpResponseRedirect(reverse("admin:intake_visitor_rights"))
    context = _context(request, model_admin, title=_("Weet je het zeker?"), found=found)
    return TemplateResponse(request, "admin/intake/rights/erase.html", context)


def _owner_only(view, model_admin):
    def guarded(request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return view(request, *args, model_admin=model_admin, **kwargs)

    return model_admin.admin_site.admin_view(guarded)


def visitor_rights_urls(model_admin) -> list:
    """The page's URLs, for ContactRequestAdmin.get_urls: /admin/intake/contactrequest/rechten/…"""
    return [
        path("rechten/", _owner_only(find_view, model_admin), name="intake_visitor_rights"),
        path(
            "rechten/export/<str:export_format>/",
            _owner_only(export_view, model_admin),
            name="intake_visitor_rights_export",
        ),
        path(
            "rechten/verwijderen/",
            _owner_only(erase_view, model_admin),
            name="intake_visitor_rights_erase",
        ),
    ]
