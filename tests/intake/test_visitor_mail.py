"""Changes that e-mail the visitor say so before saving (form help, live warning) and after."""

import pytest
from django.core import mail
from django.urls import reverse

from intake.admin_forms import VISITOR_MAIL_WARNINGS
from intake.models import AdviceCall, Notification, local_datetime_label
from intake.services import advice_call_visitor_mail
from tests.intake.admin_form import change_form_data
from tests.intake.test_admin import make_call

pytestmark = pytest.mark.django_db


def change_url(call):
    return reverse("admin:intake_advicecall_change", args=[call.pk])


def save(client, call, **changes):
    data = change_form_data(client, change_url(call), **changes)
    response = client.post(change_url(call), data, follow=True)
    assert response.status_code == 200
    return [str(message) for message in response.context["messages"]]


def visitor_mails(call):
    return list(
        call.notifications.exclude(kind__in=["call_received", "call_team"]).values_list("kind", flat=True)
    )


# The rule, in one place


def test_only_a_change_of_the_booked_place_mails_the_visitor(make_slot):
    first, second = make_slot(hour=10), make_slot(hour=11)
    call = AdviceCall(slot=first, status=AdviceCall.Status.REQUESTED)
    assert advice_call_visitor_mail(booked_before=first.pk, call=call) is None
    call.status = AdviceCall.Status.CONFIRMED
    assert advice_call_visitor_mail(booked_before=first.pk, call=call) is None
    call.slot = second
    assert advice_call_visitor_mail(booked_before=first.pk, call=call) == Notification.Kind.CALL_UPDATED
    call.status = AdviceCall.Status.CANCELLED
    assert advice_call_visitor_mail(booked_before=first.pk, call=call) == Notification.Kind.CALL_CANCELLED
    call.status, call.slot = AdviceCall.Status.CONFIRMED, None  # the slot field emptied: no time to cancel
    assert advice_call_visitor_mail(booked_before=first.pk, call=call) is None
    call.slot = first  # a cancelled call taken up again
    assert advice_call_visitor_mail(booked_before=None, call=call) == Notification.Kind.CALL_UPDATED


# Before saving: next to the fields, and for the live warning


def test_the_change_form_says_which_choices_mail_the_visitor(client, intake_staff, slot):
    call = make_call(slot)
    client.force_login(intake_staff)
    page = client.get(change_url(call)).content.decode()
    assert "Kies je ‘Geannuleerd’, dan krijgt de bezoeker na opslaan een e-mail" in page
    assert "Bevestigen, afronden of ‘niet verschenen’ stuurt geen e-mail." in page
    assert "Kies je een ander tijdslot, dan krijgt de bezoeker na opslaan een e-mail" in page
    assert f'data-booked="{slot.pk}"' in page and 'data-cancelled="geannuleerd"' in page
    for text in VISITOR_MAIL_WARNINGS.values():
        assert str(text) in page  # the live warning's texts, translated server-side
    assert "intake/admin/visitor-mail.js" in page
    assert "<script>" not in page.split("</head>")[1]  # no inline script: the CSP refuses it


def test_a_call_without_a_slot_says_a_status_change_mails_nobody(client, intake_staff):
    call = make_call(None)
    client.force_login(intake_staff)
    page = client.get(change_url(call)).content.decode()
    assert "Een andere status stuurt geen e-mail: dit gesprek heeft nog geen tijdslot." in page
    assert 'data-booked=""' in page


def test_a_cancelled_call_says_taking_it_up_again_mails_the_time(client, intake_staff, slot):
    call = make_call(slot)
    client.force_login(intake_staff)
    save(client, call, status=AdviceCall.Status.CANCELLED)
    page = client.get(change_url(call)).content.decode()
    assert "Zet je dit geannuleerde gesprek op een andere status, dan gaat het weer door" in page
    assert 'data-was-cancelled="1"' in page


# After saving: what happened, specifically


def test_cancelling_in_the_form_confirms_the_visitor_is_mailed(
    client, intake_staff, slot, django_capture_on_commit_callbacks
):
    call = make_call(slot)
    client.force_login(intake_staff)
    with django_capture_on_commit_callbacks(execute=True):
        messages = save(client, call, status=AdviceCall.Status.CANCELLED)
    assert "De bezoeker krijgt een e-mail dat het gesprek niet doorgaat." in messages
    assert visitor_mails(call) == [Notification.Kind.CALL_CANCELLED]
    assert any("gaat niet door" in message.subject for message in mail.outbox)


def test_moving_a_call_confirms_the_new_time_is_mailed(client, intake_staff, make_slot):
    first, second = make_slot(hour=10), make_slot(hour=11)
    call = make_call(first)
    client.force_login(intake_staff)
    messages = save(client, call, slot=second.pk)
    assert (
        f"De bezoeker krijgt een e-mail met het nieuwe tijdstip: {local_datetime_label(second.start)}."
        in (messages)
    )
    assert visitor_mails(call) == [Notification.Kind.CALL_UPDATED]


def test_taking_up_a_cancelled_call_confirms_it_goes_ahead(client, intake_staff, slot):
    call = make_call(slot)
    client.force_login(intake_staff)
    save(client, call, status=AdviceCall.Status.CANCELLED)
    messages = save(client, call, status=AdviceCall.Status.CONFIRMED)
    expected = (
        f"De bezoeker krijgt een e-mail dat het gesprek weer doorgaat, op {local_datetime_label(slot.start)}."
    )
    assert expected in messages


def test_confirming_says_no_e_mail_goes_out(client, intake_staff, slot):
    call = make_call(slot)
    client.force_login(intake_staff)
    messages = save(client, call, status=AdviceCall.Status.CONFIRMED)
    assert "De bezoeker krijgt hierover geen e-mail." in messages
    assert visitor_mails(call) == []


def test_emptying_the_slot_field_mails_nobody_and_says_so(client, intake_staff, slot):
    call = make_call(slot)
    client.force_login(intake_staff)
    messages = save(client, call, slot="")
    assert "De bezoeker krijgt hierover geen e-mail." in messages
    assert visitor_mails(call) == []
    slot.refresh_from_db()
    assert slot.booked_count == 0


def test_saving_without_a_status_or_slot_change_says_nothing_about_e_mail(client, intake_staff, slot):
    call = make_call(slot)
    client.force_login(intake_staff)
    messages = save(client, call, first_name="Joost")
    assert not any("e-mail" in message for message in messages)


# List actions: the label warns, the message counts


def test_bulk_cancelling_counts_the_visitors_who_get_an_e_mail(client, intake_staff, make_slot):
    with_slot = [make_call(make_slot(hour=9 + number), number=number) for number in (1, 2)]
    without_slot = make_call(None, number=3)
    client.force_login(intake_staff)
    response = client.post(
        reverse("admin:intake_advicecall_changelist"),
        {"action": "mark_cancelled", "_selected_action": [c.pk for c in [*with_slot, without_slot]]},
        follow=True,
    )
    page = response.content.decode()
    assert "3 aanvragen op ‘Geannuleerd’ gezet." in page
    assert "2 bezoekers krijgen een e-mail dat hun gesprek niet doorgaat." in page
    assert "1 bezoeker krijgt geen e-mail." in page


def test_bulk_confirming_mails_only_visitors_of_cancelled_calls(client, intake_staff, make_slot):
    cancelled = make_call(make_slot(hour=9), number=1)
    requested = make_call(make_slot(hour=10), number=2)
    client.force_login(intake_staff)
    url = reverse("admin:intake_advicecall_changelist")
    client.post(url, {"action": "mark_cancelled", "_selected_action": [cancelled.pk]})
    response = client.post(
        url, {"action": "mark_confirmed", "_selected_action": [cancelled.pk, requested.pk]}, follow=True
    )
    page = response.content.decode()
    assert "1 bezoeker krijgt een e-mail dat het gesprek weer doorgaat, met het tijdstip." in page
    assert "1 bezoeker krijgt geen e-mail." in page
    assert visitor_mails(requested) == []


def test_contact_request_actions_say_nothing_about_visitor_e_mail(client, intake_staff):
    from tests.intake.test_admin import make_contact

    contact = make_contact()
    client.force_login(intake_staff)
    response = client.post(
        reverse("admin:intake_contactrequest_changelist"),
        {"action": "mark_done", "_selected_action": [contact.pk]},
        follow=True,
    )
    assert "bezoeker" not in " ".join(str(m) for m in response.context["messages"])
