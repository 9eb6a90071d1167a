"""Admin pages beyond the standard list and form: publishing slots in bulk."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .admin_forms import SlotGenerateForm
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
