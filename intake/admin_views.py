"""Admin pages beyond the standard list and form: publishing slots in bulk, the calendar feed."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .admin_forms import SlotGenerateForm
from .calendar_feed import calendar_feed_renew, calendar_feed_revoke, feed_url, may_subscribe
from .models import CalendarFeed
from .services import slots_generate


def slot_generate_view(request, *, model_admin):
    """Publish slots for weeks ahead in one go; linked from the slot list (SlotAdmin.get_urls)."""
    changelist = reverse("admin:intake_slot_changelist")
    if not model_admin.has_add_permission(request):
        return HttpResponseRedirect(changelist)
    form = SlotGenerateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        created = slots_generate(**form.service_kwargs())
        model_admin.message_user(
            request,
            ngettext("%d tijdslot gepubliceerd.", "%d tijdsloten gepubliceerd.", created) % created,
            messages.SUCCESS,
        )
        return HttpResponseRedirect(changelist)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": _("Tijdsloten genereren"),
        "form": form,
    }
    return TemplateResponse(request, "admin/intake/slot/generate.html", context)


def calendar_feed_view(request, *, model_admin):
    """A team member's own calendar address: make or renew it (shown once), or revoke it."""
    if not may_subscribe(request.user):
        raise PermissionDenied
    new_url = ""
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            calendar_feed_revoke(user=request.user)
            model_admin.message_user(request, _("Je agenda-adres is ingetrokken."), messages.SUCCESS)
            return HttpResponseRedirect(request.path)
        # Shown in this answer only: the secret is not stored, so no redirect can show it again.
        new_url = feed_url(calendar_feed_renew(user=request.user))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": _("Mijn agenda-abonnement"),
        "subscription": CalendarFeed.objects.filter(user=request.user).first(),
        "new_url": new_url,
        "webcal_url": new_url.replace("https://", "webcal://", 1) if new_url.startswith("https://") else "",
    }
    return TemplateResponse(request, "admin/intake/calendar_feed.html", context)  # never cached (admin)
