import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from intake.emails import calendar_invite
from intake.ics import fold_line
from intake.models import AdviceCall, Notification
from intake.services import advice_call_set_status

pytestmark = pytest.mark.django_db

CONTACT_URL = reverse("intake:contact")
CALL_URL = reverse("intake:advice-call")


def invite_of(message):
    for part in message.message().walk():
        if part.get_content_type() == "text/calendar":
            return part.get_payload(decode=True), part
    return None, None


def unfold(ics: bytes) -> str:
    return ics.decode().replace("\r\n ", "")


def test_mails_go_out_after_commit(client, contact_data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        client.post(CONTACT_URL, contact_data())
    assert len(callbacks) == 1
    assert len(mail.outbox) == 2
    assert Notification.objects.filter(sent_at__isnull=True).count() == 0


def test_visitor_confirmation_says_what_happens_next_without_repeating_what_they_wrote(
    client, contact_data, django_capture_on_commit_callbacks, settings
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(CONTACT_URL, contact_data())
    visitor = next(m for m in mail.outbox if m.to == ["sanne@example.nl"])
    html = visitor.alternatives[0].content
    assert visitor.alternatives[0].mimetype == "text/html"
    for body in (visitor.body, html):
        assert "Wat gebeurt er nu?" in body and "binnen 2 werkdagen" in body
        assert "113" in body
        for written in ("Sanne", "Vries", "slaap", "06 12345678", "612345678", "16.00", "scheiding"):
            assert written not in body
    assert "Sanne" not in visitor.subject
    assert visitor.reply_to == [settings.PRACTICE["email"]]


def test_team_notification_has_no_personal_data_only_kind_time_and_admin_link(
    client, contact_data, django_capture_on_commit_callbacks, settings
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(CONTACT_URL, contact_data())
    team = next(m for m in mail.outbox if m.to == [settings.INTAKE_NOTIFY_EMAIL])
    text = team.subject + team.body + "".join(str(a) for a in team.attachments)
    assert "aanmelding" in team.subject
    assert f"{settings.SITE_URL}/admin/intake/contactrequest/" in team.body
    for personal in ("Sanne", "Vries", "sanne@example.nl", "612345678", "slaap", "weet"):
        assert personal not in text
    assert not team.alternatives and not team.attachments


def test_booked_call_mail_has_time_and_an_ics_invitation(
    client, call_data, slot, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(CALL_URL, call_data(slot))
    call = AdviceCall.objects.get()
    visitor = next(m for m in mail.outbox if m.to == ["joris@example.nl"])
    assert str(slot) in visitor.body and str(slot) in visitor.subject
    raw, part = invite_of(visitor)
    assert part.get_param("method") == "REQUEST"
    assert part.get_filename() == "adviesgesprek.ics"
    assert b"\r\n" in raw and re.search(rb"[^\r]\n", raw) is None  # CRLF only
    ics = unfold(raw)
    assert "METHOD:REQUEST" in ics and "STATUS:CONFIRMED" in ics
    assert f"UID:adviesgesprek-{call.calendar_uid}@" in ics
    assert "SEQUENCE:0" in ics
    assert "TZID:Europe/Amsterdam" in ics and "BEGIN:VTIMEZONE" in ics
    local = slot.start.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Amsterdam"))
    assert f"DTSTART;TZID=Europe/Amsterdam:{local:%Y%m%dT%H%M%S}" in ics
    assert "SUMMARY:Gratis adviesgesprek met Praktijk De Linde" in ics
    assert "paniek" not in ics and "Joris" not in ics and "paniek" not in visitor.body


def test_cancellation_sends_method_cancel_for_the_same_uid_with_a_higher_sequence(
    client, call_data, slot, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(CALL_URL, call_data(slot))
    call = AdviceCall.objects.get()
    booked_ics = unfold(invite_of(mail.outbox[0])[0])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        advice_call_set_status(call=call, status=AdviceCall.Status.CANCELLED)
    (cancel_mail,) = mail.outbox
    raw, part = invite_of(cancel_mail)
    ics = unfold(raw)
    assert part.get_param("method") == "CANCEL"
    assert "METHOD:CANCEL" in ics and "STATUS:CANCELLED" in ics
    uid = re.search(r"UID:(.*)\r\n", booked_ics).group(1)
    assert f"UID:{uid}\r\n" in ics
    assert "SEQUENCE:1" in ics
    assert "gaat niet door" in cancel_mail.subject


def test_a_call_without_slot_gets_a_confirmation_without_invitation(
    client, call_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(CALL_URL, call_data(preferred_days=["di"]))
    visitor = next(m for m in mail.outbox if m.to == ["joris@example.nl"])
    assert invite_of(visitor) == (None, None)
    assert "binnen 2 werkdagen" in visitor.body


def test_confirmation_still_queued_for_a_call_cancelled_meanwhile_is_not_sent(slot, call_data, client):
    client.post(CALL_URL, call_data(slot))  # e-mails stay queued: no on-commit here
    call = AdviceCall.objects.get()
    advice_call_set_status(call=call, status=AdviceCall.Status.CANCELLED)
    call_command("send_pending_notifications")
    subjects = [m.subject for m in mail.outbox]
    assert any("gaat niet door" in s for s in subjects)
    assert not any(s.startswith("Je gratis adviesgesprek:") for s in subjects)
    assert not Notification.objects.filter(sent_at__isnull=True).exists()


def test_ics_lines_are_folded_at_75_octets_without_splitting_characters():
    line = "DESCRIPTION:" + "é" * 100
    folded = fold_line(line)
    for part in folded.split("\r\n"):
        assert len(part.encode()) <= 75
    assert folded.replace("\r\n ", "") == line


def test_ics_escapes_text(slot, settings):
    settings.PRACTICE = {**settings.PRACTICE, "name": "Praktijk A, B; C"}
    call = AdviceCall(slot=slot, email="x@example.nl", first_name="x", last_name="y")
    ics = calendar_invite(call).replace("\r\n ", "")
    assert "SUMMARY:Gratis adviesgesprek met Praktijk A\\, B\\; C" in ics
    assert 'ORGANIZER;CN="Praktijk A, B; C":mailto:' in ics
