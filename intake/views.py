import hashlib
import logging
import time

from axes.helpers import get_client_ip_address
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView, TemplateView

from .forms import AdviceCallForm, ContactForm
from .models import PRIVACY_STATEMENT_VERSION, AdviceCall, PracticeInfo
from .services import SlotUnavailable, advice_call_create, contact_request_create
from .slot_picker import picker_slots

logger = logging.getLogger(__name__)


def over_rate_limit(request) -> bool:
    """Count this submit against the client's limit (a fixed window in Django's cache)."""
    limit, window = settings.INTAKE_RATE_LIMIT, settings.INTAKE_RATE_LIMIT_WINDOW
    if not limit:
        return False
    # Hashed with the secret key, so the cache holds no IP addresses.
    client = hashlib.sha256(f"{settings.SECRET_KEY}|{get_client_ip_address(request)}".encode()).hexdigest()[
        :32
    ]
    key = f"intake:rate:{client}:{int(time.time() // window)}"
    try:
        cache.add(key, 0, timeout=window)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout=window)
            count = 1
    except Exception:  # the cache is down: a visitor's request matters more than the limit
        logger.warning("intake: rate limit cache unavailable", exc_info=True)
        return False
    return count > limit


@method_decorator(sensitive_post_parameters(), name="dispatch")
class IntakeFormView(FormView):
    """A public intake form: validate, call the service, redirect to a thank-you page.

    The thank-you page finds the request through the session, so no personal data is in a URL.
    """

    session_key = ""

    def get_context_data(self, **kwargs):
        return super().get_context_data(info=PracticeInfo.load(), **kwargs)

    def post(self, request, *args, **kwargs):
        if over_rate_limit(request):
            # Keep what they typed: the form comes back filled in, with a calm explanation.
            form = self.get_form_class()(initial=self._typed_input(), **self.get_extra_form_kwargs())
            return self.render_to_response(self.get_context_data(form=form, rate_limited=True), status=429)
        return super().post(request, *args, **kwargs)

    def _typed_input(self):
        initial = {}
        for name, field in self.get_form_class().base_fields.items():
            if name in ("form_token", "website"):
                continue
            if isinstance(field, forms.MultipleChoiceField):
                initial[name] = self.request.POST.getlist(name)
            else:
                initial[name] = self.request.POST.get(name, "")
        return initial

    def get_extra_form_kwargs(self):
        return {}

    def get_form_kwargs(self):
        return super().get_form_kwargs() | self.get_extra_form_kwargs()

    def thank(self, intake_request):
        self.request.session[self.session_key] = intake_request.pk
        return redirect(self.get_success_url())


class ContactView(IntakeFormView):
    template_name = "intake/contact.html"
    form_class = ContactForm
    success_url = reverse_lazy("intake:contact-thanks")
    session_key = "intake_contact"

    def form_valid(self, form):
        return self.thank(contact_request_create(**form.service_kwargs()))


class AdviceCallView(IntakeFormView):
    template_name = "intake/advice_call.html"
    form_class = AdviceCallForm
    success_url = reverse_lazy("intake:advice-call-thanks")
    session_key = "intake_advice_call"

    def get_extra_form_kwargs(self):
        return {"slots": picker_slots()}

    def form_valid(self, form):
        try:
            call = advice_call_create(**form.service_kwargs())
        except SlotUnavailable:
            # Taken by someone else a moment ago: validating against the fresh list says so.
            form = self.get_form(self.get_form_class())
            form.is_valid()
            return self.form_invalid(form)
        return self.thank(call)


@method_decorator(never_cache, name="dispatch")
class ThanksView(TemplateView):
    session_key = ""
    form_url = ""

    def get(self, request, *args, **kwargs):
        if self.session_key not in request.session:
            return redirect(self.form_url)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(info=PracticeInfo.load(), **kwargs)


class ContactThanksView(ThanksView):
    template_name = "intake/contact_thanks.html"
    session_key = ContactView.session_key
    form_url = reverse_lazy("intake:contact")


class AdviceCallThanksView(ThanksView):
    template_name = "intake/advice_call_thanks.html"
    session_key = AdviceCallView.session_key
    form_url = reverse_lazy("intake:advice-call")

    def get_context_data(self, **kwargs):
        call = (
            AdviceCall.objects.select_related("slot")
            .filter(pk=self.request.session[self.session_key])
            .first()
        )
        return super().get_context_data(call=call, **kwargs)


class PrivacyView(TemplateView):
    template_name = "intake/privacy.html"

    def get_context_data(self, **kwargs):
        days = settings.INTAKE_RETENTION_DAYS
        return super().get_context_data(
            retention_days=days,
            retention_months=round(days / 30.4),
            privacy_version=PRIVACY_STATEMENT_VERSION,
            **kwargs,
        )
