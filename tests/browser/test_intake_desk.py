"""The intake desk in the admin, as an Aanmeldteam member uses it: e-mails said before and after,
notes as a thread, and the assignee list."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from intake.models import AdviceCall, Slot
from intake.services import advice_call_create, request_note_add
from tests.browser.conftest import screenshot
from tests.browser.test_journeys import log_in, staff_member

pytestmark = pytest.mark.browser


@pytest.fixture
def desk(transactional_db, live_server, settings, django_user_model):
    """The live admin with one booked call and a logged-in-able team member, Fatma Yilmaz."""
    settings.SECURE_SSL_REDIRECT = False
    slot = Slot.objects.create(start=timezone.now() + timedelta(days=2))
    call = advice_call_create(
        first_name="Sem", last_name="Jansen", email="sem@example.org", phone="+31612345678",
        question="", slot_id=slot.pk, submit_token="desk-token",
    )  # fmt: skip
    member = staff_member(django_user_model, "fatma", "Aanmeldteam")
    member.first_name, member.last_name = "Fatma", "Yilmaz"
    member.save()
    return live_server.url, call, member


def open_call(page, base_url, call):
    log_in(page, base_url, "fatma")
    page.goto(f"{base_url}/admin/intake/advicecall/{call.pk}/change/")


def test_cancelling_a_call_warns_before_saving_and_confirms_after(desk, page_at):
    base_url, call, member = desk
    for text in ("Gebeld: wil liever volgende week.", "Volgende week zit vol, annuleren."):
        request_note_add(request=call, author=member, text=text)
    page = page_at(1280)
    open_call(page, base_url, call)
    warning = page.locator("#visitor-mail-warning")
    assert not warning.is_visible()  # nothing chosen yet that mails the visitor
    page.get_by_label("Status").select_option("bevestigd")
    assert not warning.is_visible()  # confirming mails nobody
    page.get_by_label("Status").select_option("geannuleerd")
    assert (
        warning.inner_text()
        == "Let op: na opslaan krijgt de bezoeker een e-mail dat het gesprek niet doorgaat."
    )
    screenshot(page, "adviesgesprek-annuleren-voor")
    page.get_by_role("button", name="Opslaan en opnieuw bewerken").click()
    page.wait_for_load_state()
    messages = page.locator(".messagelist").inner_text()
    assert "De bezoeker krijgt een e-mail dat het gesprek niet doorgaat." in messages
    screenshot(page, "adviesgesprek-annuleren-na")
    call.refresh_from_db()
    assert call.status == AdviceCall.Status.CANCELLED
    assert not warning.is_visible()  # now stored as cancelled: nothing new would be sent


def test_the_warning_follows_a_move_to_another_slot(desk, page_at):
    base_url, call, _member = desk
    other = Slot.objects.create(start=call.slot.start + timedelta(hours=1))
    page = page_at(1280)
    open_call(page, base_url, call)
    page.get_by_label("Tijdslot").select_option(str(other.pk))
    assert "e-mail met het nieuwe tijdstip" in page.locator("#visitor-mail-warning").inner_text()
    page.get_by_label("Tijdslot").select_option(str(call.slot_id))
    assert not page.locator("#visitor-mail-warning").is_visible()


def test_two_notes_show_in_order_with_author_and_time(desk, page_at):
    base_url, call, _member = desk
    page = page_at(1280)
    open_call(page, base_url, call)
    for text in ("Eerste keer gebeld, geen gehoor.", "Teruggebeld: gesprek gaat door."):
        page.get_by_label("Nieuwe notitie").fill(text)
        page.get_by_role("button", name="Opslaan en opnieuw bewerken").click()
        page.wait_for_load_state()
        assert "Je notitie is toegevoegd." in page.locator(".messagelist").inner_text()
        assert page.get_by_label("Nieuwe notitie").input_value() == ""
    notes = page.locator(".note-thread .note")
    assert notes.count() == 2
    first, second = notes.nth(0).inner_text(), notes.nth(1).inner_text()
    assert "Eerste keer gebeld" in first and "Teruggebeld" in second  # newest last
    for text in (first, second):
        assert "Fatma Yilmaz" in text
        assert re.search(r"\d{1,2} \w+ \d{4}, \d{2}:\d{2}", text)
    screenshot(page, "adviesgesprek-notities")


def test_the_assignee_list_holds_only_team_members_by_name(desk, page_at, django_user_model):
    base_url, call, _member = desk
    staff_member(django_user_model, "teamlid2", "Aanmeldteam")
    staff_member(django_user_model, "redacteur", "Redactie")
    django_user_model.objects.create_superuser("eigenaar", "eigenaar@example.org", "een-lang-wachtwoord-2026")
    gone = staff_member(django_user_model, "oud-teamlid", "Aanmeldteam")
    gone.is_active = False
    gone.save()
    page = page_at(1280)
    open_call(page, base_url, call)
    options = page.get_by_label("Behandeld door").locator("option").all_inner_texts()
    assert options == ["Nog niemand", "Fatma Yilmaz", "teamlid2"]
    page.get_by_label("Behandeld door").select_option(label="Fatma Yilmaz")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.wait_for_url(re.compile(r"/admin/intake/advicecall/$"))
    assert page.locator("td.field-assignee").first.inner_text() == "Fatma Yilmaz"
