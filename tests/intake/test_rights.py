"""The visitor's rights (AVG articles 15 and 17): the practice owner finds, exports and erases."""

import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from intake import services
from intake.models import AdviceCall, ContactRequest, Notification, RequestAccessLog
from intake.rights import PERMISSION_CODENAME, note_model, requests_find
from intake.services import advice_call_create, contact_request_create

pytestmark = pytest.mark.django_db

FIND_URL = reverse("admin:intake_visitor_rights")
ERASE_URL = reverse("admin:intake_visitor_rights_erase")
PERSONAL = ("Sanne", "Visser", "sanne", "example.nl", "612345678", "slaap slecht", "paniek")


def export_url(export_format):
    return reverse("admin:intake_visitor_rights_export", args=[export_format])


def make_contact(number=1, **extra):
    fields = {
        "first_name": "Sanne",
        "last_name": "Visser",
        "email": "Sanne.Visser@Example.nl",
        "phone": "+31612345678",
        "preferred_contact": "telefoon",
        "reachable_at": "na 16.00 uur",
        "message": "Ik slaap slecht <en> pieker veel.",
        "referral": "ja",
        "submit_token": f"contact-{number}",
    } | extra
    return contact_request_create(**fields)


def make_call(slot=None, number=1, **extra):
    fields = {
        "first_name": "Sanne",
        "last_name": "Visser",
        "email": "sanne.visser@example.nl",
        "phone": "+31612345678",
        "question": "Vraag over paniekaanvallen.",
        "slot_id": slot.pk if slot else None,
        "submit_token": f"call-{number}",
    } | extra
    return advice_call_create(**fields)


def add_note(request, author, text):
    if not hasattr(services, "request_note_add"):
        return None
    return services.request_note_add(request=request, author=author, text=text)


def query(*requests):
    parts = [
        f"{'aanmelding' if isinstance(obj, ContactRequest) else 'adviesgesprek'}={obj.pk}" for obj in requests
    ]
    return "?" + "&".join(parts)


@pytest.fixture
def person(slot):
    """One person's contact request and booked call, and someone else's request."""
    contact = make_contact()
    call = make_call(slot)
    other = make_contact(
        2, first_name="Joris", last_name="Bakker", email="joris@example.nl", phone="+31687654321"
    )
    return contact, call, other


def assert_no_personal_data(entries):
    for entry in entries:
        stored = " ".join([entry.model, entry.object_ids, entry.object_repr, str(entry)])
        for text in PERSONAL:
            assert text.lower() not in stored.lower()


# Finding


def test_finds_both_kinds_by_email_in_any_case(person):
    contact, call, _other = person
    found = requests_find(email="  SANNE.visser@example.NL ")
    assert found.contacts == (contact,)
    assert found.calls == (call,)


@pytest.mark.parametrize("written", ["06 12345678", "+31 6 1234 5678", "+31612345678", "0031-6-12345678"])
def test_finds_by_phone_however_it_is_written(person, written):
    contact, call, _other = person
    found = requests_find(phone=written)
    assert found.contacts == (contact,) and found.calls == (call,)


def test_finds_by_phone_a_request_with_another_email(person):
    contact, call, _other = person
    again = make_contact(3, email="ander-adres@example.org", message="Nog een vraag.")
    found = requests_find(phone="06-12345678")
    assert set(found.contacts) == {contact, again}


def test_nothing_is_found_without_email_or_phone(person):
    assert not requests_find(email="", phone="")


def test_page_lists_what_was_found_without_free_text(client, owner, person):
    contact, call, other = person
    client.force_login(owner)
    response = client.post(FIND_URL, {"email": "", "phone": "+31 6 1234 5678"})
    assert response.status_code == 200
    assert response.context["found"].count == 2
    page = response.content.decode()
    assert str(contact) in page and str(call) in page and str(other) not in page
    assert "Nieuw" in page and "Aangevraagd" in page
    assert "slaap slecht" not in page and "paniekaanvallen" not in page
    assert query(contact, call)[1:].replace("&", "&amp;") in page  # export and erase links


def test_page_asks_for_an_email_or_a_valid_phone_number(client, owner):
    client.force_login(owner)
    response = client.post(FIND_URL, {"email": "", "phone": ""})
    assert "Vul een e-mailadres of een telefoonnummer in" in response.content.decode()
    response = client.post(FIND_URL, {"email": "", "phone": "12"})
    assert response.context["form"].errors == {"phone": ["Dit is geen geldig telefoonnummer."]}
    assert response.context["found"] is None


# Export


def test_json_export_holds_every_field_notes_and_emails(client, owner, person):
    contact, call, _other = person
    note = add_note(contact, owner, "Gebeld, terugbellen op maandag.")
    client.force_login(owner)
    response = client.get(export_url("json") + query(contact, call))
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="inzage-gegevens-20')
    assert response["Content-Disposition"].endswith('.json"')
    data = json.loads(response.content)
    [exported] = data["contact_requests"]
    assert exported["id"] == contact.pk
    assert exported["email"] == "Sanne.Visser@Example.nl"
    assert exported["message"] == "Ik slaap slecht <en> pieker veel."
    assert exported["status_label"] == "Nieuw"
    assert {field.name for field in ContactRequest._meta.concrete_fields} <= set(exported)
    assert [n["kind"] for n in exported["notifications"]] == ["contact_received", "contact_team"]
    assert exported["notifications"][0]["sent_at"] is None
    if note is not None:
        assert [n["text"] for n in exported["notes"]] == ["Gebeld, terugbellen op maandag."]
    [exported_call] = data["advice_calls"]
    assert exported_call["question"] == "Vraag over paniekaanvallen."
    assert exported_call["slot"]["start"] == timezone.localtime(call.slot.start).isoformat()
    assert exported_call["status_label"] == "Aangevraagd"


def test_readable_export_is_a_dutch_document(client, owner, person, settings):
    contact, call, _other = person
    add_note(call, owner, "Voorkeur voor een vrouwelijke psycholoog.")
    client.force_login(owner)
    response = client.get(export_url("html") + query(contact, call))
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert response["Content-Disposition"].endswith('.html"')
    page = response.content.decode()
    assert '<html lang="nl">' in page
    assert f"<h1>Je gegevens bij {settings.PRACTICE['name']}</h1>" in page
    assert "Ik slaap slecht &lt;en&gt; pieker veel." in page  # escaped: a visitor typed it
    assert "Bevestiging aan bezoeker (aanmelding): niet verstuurd" in page
    assert "Sanne.Visser@Example.nl" in page and str(call) in page
    assert "submit_token" not in page and contact.submit_token not in page
    if note_model() is not None:
        assert "Voorkeur voor een vrouwelijke psycholoog." in page
    assert "Author" not in page  # a note's author is the Dutch "Geschreven door" row, once


def test_each_export_is_logged_by_kind_and_number_only(client, owner, person):
    contact, call, _other = person
    client.force_login(owner)
    client.get(export_url("json") + query(contact, call))
    client.get(export_url("html") + query(contact))
    entries = RequestAccessLog.objects.filter(action=RequestAccessLog.Action.EXPORT).order_by("pk")
    assert [(e.username, e.object_ids, e.object_repr) for e in entries] == [
        ("eigenaar", str(contact.pk), str(contact)),
        ("eigenaar", str(call.pk), str(call)),
        ("eigenaar", str(contact.pk), str(contact)),
    ]
    assert_no_personal_data(entries)


# Erasing


def test_get_only_asks_for_confirmation(client, owner, person):
    contact, call, _other = person
    client.force_login(owner)
    response = client.get(ERASE_URL + query(contact, call))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Weet je het zeker?" in page and "definitief verwijderd" in page
    assert 'method="post"' in page and "csrfmiddlewaretoken" in page
    assert ContactRequest.objects.filter(pk=contact.pk).exists()
    assert AdviceCall.objects.filter(pk=call.pk).exists()
    assert not RequestAccessLog.objects.filter(action=RequestAccessLog.Action.ERASE).exists()


def test_post_erases_requests_notes_and_emails_and_frees_the_slot(client, owner, person, slot):
    contact, call, other = person
    add_note(contact, owner, "Notitie die weg moet.")
    add_note(call, owner, "Nog een notitie die weg moet.")
    slot.refresh_from_db()
    assert slot.booked_count == 1
    client.force_login(owner)
    response = client.post(ERASE_URL + query(contact, call))
    assert response.status_code == 302 and response["Location"] == FIND_URL
    assert list(ContactRequest.objects.all()) == [other]
    assert not AdviceCall.objects.exists()
    assert set(Notification.objects.values_list("contact_request", flat=True)) == {other.pk}
    if note_model() is not None:
        assert not note_model().objects.exists()
    slot.refresh_from_db()
    assert slot.booked_count == 0
    page = client.get(FIND_URL).content.decode()
    assert "2 aanvragen zijn definitief verwijderd" in page


def test_erasure_is_logged_without_personal_data(client, owner, person):
    contact, call, _other = person
    client.force_login(owner)
    client.post(ERASE_URL + query(contact, call))
    entries = RequestAccessLog.objects.filter(action=RequestAccessLog.Action.ERASE).order_by("pk")
    assert [(e.user, e.model, e.object_ids) for e in entries] == [
        (owner, "aanmeldingen", str(contact.pk)),
        (owner, "adviesgesprekken", str(call.pk)),
    ]
    assert all(entry.at for entry in entries)
    assert_no_personal_data(entries)


def test_erasing_what_is_already_gone_changes_nothing(client, owner, person):
    client.force_login(owner)
    response = client.post(ERASE_URL + "?aanmelding=999999&adviesgesprek=x")
    assert response.status_code == 302
    assert ContactRequest.objects.count() == 2
    assert not RequestAccessLog.objects.filter(action=RequestAccessLog.Action.ERASE).exists()


# Who may


def all_urls(contact):
    return [FIND_URL, export_url("json") + query(contact), export_url("html") + query(contact)] + [
        ERASE_URL + query(contact)
    ]


@pytest.mark.parametrize("staff", ["intake_staff", "editor_staff"])
def test_staff_without_the_permission_get_403_everywhere(client, request, person, staff):
    contact, _call, _other = person
    client.force_login(request.getfixturevalue(staff))
    for url in all_urls(contact):
        assert client.get(url).status_code == 403, url
        assert client.post(url, {"email": "sanne.visser@example.nl"}).status_code == 403, url
    assert ContactRequest.objects.filter(pk=contact.pk).exists()
    assert not RequestAccessLog.objects.filter(action__in=["export", "erase"]).exists()
    assert "Inzage en verwijdering" not in client.get(reverse("admin:index")).content.decode()


def test_the_permission_exists_and_no_group_has_it():
    permission = Permission.objects.get(codename=PERMISSION_CODENAME)
    assert permission.content_type.model_class() is ContactRequest
    assert not Group.objects.filter(permissions=permission).exists()


def test_staff_granted_the_permission_may_use_the_page(client, intake_staff, person):
    contact, _call, _other = person
    intake_staff.user_permissions.add(Permission.objects.get(codename=PERMISSION_CODENAME))
    client.force_login(intake_staff)
    for url in all_urls(contact):
        assert client.get(url).status_code == 200, url
    index = client.get(reverse("admin:index")).content.decode()
    assert f'href="{FIND_URL}"' in index


def test_visitors_are_sent_to_the_login(client, person):
    response = client.get(FIND_URL)
    assert response.status_code == 302 and reverse("admin:login") in response["Location"]


def test_privacy_statement_says_how_to_ask(client, settings):
    page = client.get(reverse("intake:privacy")).content.decode()
    email = settings.PRACTICE["email"]
    assert f'<a href="mailto:{email}">{email}</a>' in page
    assert "Binnen een maand krijg je antwoord" in page
    assert "We controleren eerst of het echt om jou gaat" in page
