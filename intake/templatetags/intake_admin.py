from datetime import timedelta
from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.translation import ngettext

from intake.calendar_feed import may_subscribe
from intake.models import AdviceCall, ContactRequest, Notification, start_of_today

register = template.Library()


def _changelist(model, **query):
    return f"{reverse(f'admin:intake_{model._meta.model_name}_changelist')}?{urlencode(query)}"


@register.inclusion_tag("admin/intake/_new_requests.html", takes_context=True)
def intake_summary(context):
    """What the intake team sees first on the admin index: how many requests are waiting."""
    user = context["request"].user
    items = []
    if user.has_perm("intake.view_contactrequest"):
        count = ContactRequest.objects.filter(status=ContactRequest.Status.NEW).count()
        items.append(
            {
                "count": count,
                "label": ngettext("nieuwe aanmelding", "nieuwe aanmeldingen", count),
                "url": _changelist(ContactRequest, status__exact=ContactRequest.Status.NEW),
            }
        )
    if user.has_perm("intake.view_advicecall"):
        count = AdviceCall.objects.filter(status=AdviceCall.Status.REQUESTED).count()
        items.append(
            {
                "count": count,
                "label": ngettext("nieuwe adviesgesprek-aanvraag", "nieuwe adviesgesprek-aanvragen", count),
                "url": _changelist(AdviceCall, status__exact=AdviceCall.Status.REQUESTED),
            }
        )
        today = start_of_today()
        count = (
            AdviceCall.objects.filter(slot__start__gte=today, slot__start__lt=today + timedelta(days=1))
            .exclude(status=AdviceCall.Status.CANCELLED)
            .count()
        )
        items.append(
            {
                "count": count,
                "label": ngettext("adviesgesprek vandaag", "adviesgesprekken vandaag", count),
                "url": _changelist(AdviceCall, wanneer="vandaag"),
            }
        )
    failed = 0
    if items:
        failed = Notification.objects.filter(sent_at__isnull=True, attempts__gt=0).count()
    feed_url = reverse("admin:intake_calendar_feed") if may_subscribe(user) else ""
    return {"items": items, "failed_mails": failed, "calendar_feed_url": feed_url}


@register.inclusion_tag("admin/intake/rights/_link.html", takes_context=True)
def visitor_rights_link(context):
    """The way to the visitor's-rights page, for those allowed to use it (see intake/rights.py)."""
    from intake.rights import PERMISSION

    user = context["request"].user
    return {"url": reverse("admin:intake_visitor_rights") if user.has_perm(PERMISSION) else ""}
