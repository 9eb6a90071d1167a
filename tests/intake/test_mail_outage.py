"""No request is lost when the mail server is down, and every e-mail goes out once it is back.

Real SMTP: Django's SMTP backend talks to an aiosmtpd server on a local port, which is
first closed (the server is down) and then opened.
"""

import logging
from email import message_from_bytes, policy

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from intake.models import AdviceCall, ContactRequest, Notification

from .conftest import form_token

# Real commits, so the e-mails are sent after commit exactly as in production.
pytestmark = pytest.mark.django_db(transaction=True)


def text_of(raw: bytes) -> str:
    message = message_from_bytes(raw, policy=policy.default)
    return message["Subject"] + message.get_body(preferencelist=("plain",)).get_content()


def submit_three_requests(client, contact_data, call_data, slot):
    responses = [
        client.post(reverse("intake:contact"), contact_data()),
        client.post(
            reverse("intake:contact"), contact_data(form_token=form_token(), email="tweede@example.nl")
        ),
        client.post(reverse("intake:advice-call"), call_data(slot)),
    ]
    return [response.status_code for response in responses]


def test_requests_are_kept_while_mail_is_down_and_all_sent_once_when_it_is_back(
    client, contact_data, call_data, slot, start_smtp, caplog, settings
):
    # 1. The mail server is down: every visitor still gets the thank-you page.
    with caplog.at_level(logging.WARNING):
        assert submit_three_requests(client, contact_data, call_data, slot) == [302, 302, 302]
    assert ContactRequest.objects.count() == 2 and AdviceCall.objects.count() == 1
    pending = Notification.objects.filter(sent_at__isnull=True)
    assert pending.count() == 6
    for notification in pending:
        assert notification.attempts == 1
        assert notification.last_error.startswith("ConnectionRefusedError")
    assert "sanne@example.nl" not in caplog.text  # failures are logged without addresses

    # 2. A cron run while it is still down: nothing sent, a non-zero exit for monitoring.
    with pytest.raises(CommandError):
        call_command("send_pending_notifications")
    assert Notification.objects.filter(sent_at__isnull=True, attempts=2).count() == 6

    # 3. The server is back: one run sends all six, each exactly once.
    server = start_smtp()
    call_command("send_pending_notifications")
    assert not Notification.objects.filter(sent_at__isnull=True).exists()
    delivered = [
        (rcpt, text_of(envelope.content)) for envelope in server.messages for rcpt in envelope.rcpt_tos
    ]
    assert len(delivered) == len(set(delivered)) == 6  # six different e-mails, none twice
    assert sorted(rcpt for rcpt, _subject in delivered) == sorted(
        ["sanne@example.nl", "tweede@example.nl", "joris@example.nl"] + [settings.INTAKE_NOTIFY_EMAIL] * 3
    )

    # 4. Running it again sends nothing.
    call_command("send_pending_notifications")
    assert len(server.messages) == 6


def test_with_the_mail_server_up_mails_go_out_right_after_the_request(
    client, contact_data, call_data, slot, start_smtp
):
    server = start_smtp()
    assert submit_three_requests(client, contact_data, call_data, slot) == [302, 302, 302]
    assert len(server.messages) == 6
    assert not Notification.objects.filter(sent_at__isnull=True).exists()
    call_command("send_pending_notifications")
    assert len(server.messages) == 6
