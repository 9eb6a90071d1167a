"""The visitor's page behind the link in their e-mails: see the call's time, move it or cancel it.

No account: the signed link is the key (manage_call.py). The pages depend on that secret, so
they are never cached, and they show the time and the actions only.
"""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from .forms import MoveCallForm
from .manage_call import (
    CallNotChangeable,
    advice_call_cancel_by_visitor,
    advice_call_move_by_visitor,
    call_for_token,
    is_changeable,
)
from .models import local_datetime_label
from .services import SlotUnavailable
from .slot_picker import picker_slots
from .views import ThanksView

MOVED_SESSION_KEY = "intake_call_moved"
CANCELLED_SESSION_KEY = "intake_call_cancelled"


def link_no_longer_valid(request, *, status=410):
    """One page for every link that does not (or no longer) work: it says nothing about the call."""
    return TemplateResponse(request, "intake/manage_call_invalid.html", status=status)


@method_decorator(never_cache, name="dispatch")
class CallLinkMixin:
    """Finds the call the link is for; answers 'no longer valid' when it cannot be changed."""

    def dispatch(self, request, *args, token, **kwargs):
        self.call = call_for_token(token)
        if self.call is None:
            return link_no_longer_valid(request, status=404)
        if not is_changeable(self.call):
            return link_no_longer_valid(request)
        self.token = token
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            when=local_datetime_label(self.call.slot.start),
            manage_url=reverse("intake:manage-call", args=[self.token]),
            cancel_url=reverse("intake:manage-call-cancel", args=[self.token]),
            **kwargs,
        )


class ManageCallView(CallLinkMixin, FormView):
    template_name = "intake/manage_call.html"
    form_class = MoveCallForm

    def get_form_kwargs(self):
        return super().get_form_kwargs() | {"slots": picker_slots(exclude=self.call.slot_id)}

    def get_context_data(self, **kwargs):
        moved = self.request.session.pop(MOVED_SESSION_KEY, None) == self.call.pk
        return super().get_context_data(moved=moved, **kwargs)

    def form_valid(self, form):
        try:
            advice_call_move_by_visitor(call=self.call, slot_id=form.cleaned_data["slot"])
        except SlotUnavailable:
            # Taken by someone else a moment ago: the fresh list no longer offers it, and says so.
            form = self.get_form_class()(self.request.POST, slots=picker_slots(exclude=self.call.slot_id))
            if form.is_valid():
                form.add_error(
                    "slot", _("Dit tijdstip is net door iemand anders gekozen. Kies een ander tijdstip.")
                )
            return self.render_to_response(self.get_context_data(form=form), status=409)
        except CallNotChangeable:
            return link_no_longer_valid(self.request)
        self.request.session[MOVED_SESSION_KEY] = self.call.pk
        return redirect(self.request.path)


class CancelCallView(CallLinkMixin, TemplateView):
    """Asks once more before cancelling: a button in an e-mail is easily pressed by mistake."""

    template_name = "intake/manage_call_cancel.html"

    def post(self, request, *args, **kwargs):
        try:
            advice_call_cancel_by_visitor(call=self.call)
        except CallNotChangeable:
            return link_no_longer_valid(request)
        request.session[CANCELLED_SESSION_KEY] = self.call.pk
        return redirect("intake:manage-call-cancelled")


class CallCancelledView(ThanksView):
    template_name = "intake/manage_call_cancelled.html"
    session_key = CANCELLED_SESSION_KEY
    form_url = reverse_lazy("intake:advice-call")
