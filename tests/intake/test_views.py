import logging

import pytest
from django.urls import reverse

from intake.models import (
    PRIVACY_STATEMENT_VERSION,
    AdviceCall,
    ContactRequest,
    Notification,
    PracticeInfo,
    Slot,
)

from .conftest import form_token

pytestmark = pytest.mark.django_db

CONTACT_URL = reverse("intake:contact")
CALL_URL = reverse("intake:advice-call")


# Contact form


def test_contact_form_shows_crisis_notice_waiting_times_and_reply_time(client):
    info = PracticeInfo.load()
    info.waiting_time_intake = "ongeveer 5 weken"
    info.reply_time = "binnen 3 werkdagen"
    info.save()
    page = client.get(CONTACT_URL).content.decode()
    assert "Dit is geen crisisdienst" in page
    assert 'href="tel:112"' in page and 'href="tel:113"' in page and "0800-0113" in page
    assert "ongeveer 5 weken" in page and "binnen 3 werkdagen" in page
    assert "Bijgewerkt op" in page
    assert reverse("intake:privacy") in page


def test_contact_form_fields_help_phones(client):
    page = client.get(CONTACT_URL).content.decode()
    assert 'autocomplete="given-name"' in page and 'autocomplete="email"' in page
    assert 'type="tel"' in page and 'inputmode="tel"' in page
    assert 'name="website"' in page  # the honeypot
    assert "Waarmee kunnen we je helpen?" in page
    assert "Weet ik niet" in page


def test_valid_contact_request_is_saved_and_redirects_to_thanks_without_personal_data(client, contact_data):
    response = client.post(CONTACT_URL, contact_data())
    assert response.status_code == 302
    assert response.url == reverse("intake:contact-thanks")
    contact = ContactRequest.objects.get()
    assert contact.email == "sanne@example.nl"
    assert contact.phone == "+31612345678"
    assert contact.status == ContactRequest.Status.NEW
    assert contact.consent_at is not None
    assert contact.privacy_version == PRIVACY_STATEMENT_VERSION
    assert set(contact.notifications.values_list("kind", flat=True)) == {
        Notification.Kind.CONTACT_RECEIVED,
        Notification.Kind.CONTACT_TEAM,
    }
    thanks = client.get(response.url)
    assert thanks.status_code == 200
    page = thanks.content.decode()
    assert "Wat gebeurt er nu?" in page and "binnen 2 werkdagen" in page
    assert "Sanne" not in page and "sanne@example.nl" not in page


def test_thanks_page_without_a_submit_goes_back_to_the_form(client):
    response = client.get(reverse("intake:contact-thanks"))
    assert response.status_code == 302 and response.url == CONTACT_URL


def test_errors_are_dutch_next_to_the_field_and_keep_the_other_input(client, contact_data):
    response = client.post(CONTACT_URL, contact_data(email="geen-email", consent=""))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Controleer het formulier" in page  # the summary at the top
    assert "Vul een geldig e-mailadres in" in page
    assert "Geef toestemming om je gegevens te gebruiken" in page
    assert 'id="id_email_error"' in page
    assert 'aria-describedby="id_email_error"' in page and 'aria-invalid="true"' in page
    assert 'value="Sanne"' in page and "Ik slaap slecht" in page
    assert ContactRequest.objects.count() == 0


def test_phone_is_required_only_when_they_want_a_call(client, contact_data):
    response = client.post(CONTACT_URL, contact_data(phone="", preferred_contact="telefoon"))
    assert "Vul je telefoonnummer in" in response.content.decode()
    response = client.post(CONTACT_URL, contact_data(phone="", preferred_contact="email"))
    assert response.status_code == 302


def test_double_submit_creates_one_request_and_both_land_on_thanks(client, contact_data):
    data = contact_data()
    first = client.post(CONTACT_URL, data)
    second = client.post(CONTACT_URL, data)
    assert first.status_code == second.status_code == 302
    assert second.url == reverse("intake:contact-thanks")
    assert ContactRequest.objects.count() == 1
    assert Notification.objects.count() == 2


def test_back_and_resubmit_from_a_fresh_form_is_still_one_request(client, contact_data):
    client.post(CONTACT_URL, contact_data())
    client.post(CONTACT_URL, contact_data(form_token=form_token()))
    assert ContactRequest.objects.count() == 1


def test_a_different_question_from_the_same_person_is_a_new_request(client, contact_data):
    client.post(CONTACT_URL, contact_data())
    client.post(CONTACT_URL, contact_data(form_token=form_token(), message="Nog een andere vraag."))
    assert ContactRequest.objects.count() == 2


# Spam


def test_honeypot_is_refused_and_nothing_is_saved(client, contact_data):
    response = client.post(CONTACT_URL, contact_data(website="http://spam.example"))
    assert response.status_code == 200
    assert "We konden je formulier niet verwerken" in response.content.decode()
    assert ContactRequest.objects.count() == 0
    assert 'name="website" id="id_website" value=""' in response.content.decode()


def test_submit_within_the_minimum_fill_time_is_refused(client, contact_data):
    response = client.post(CONTACT_URL, contact_data(form_token=form_token(seconds_ago=0)))
    assert "Dat ging wel erg snel" in response.content.decode()
    assert ContactRequest.objects.count() == 0


@pytest.mark.parametrize("token", ["", "nep-token", form_token(seconds_ago=3 * 24 * 3600)])
def test_missing_forged_or_expired_token_is_refused_with_a_fresh_one(client, contact_data, token):
    response = client.post(CONTACT_URL, contact_data(form_token=token))
    page = response.content.decode()
    assert "is verlopen" in page
    assert ContactRequest.objects.count() == 0
    fresh = response.context["form"].render_token
    assert fresh != token and f'value="{fresh}"' in page


# Advice call


def test_free_slots_are_grouped_by_day_with_full_labels_for_screen_readers(client, make_slot):
    make_slot(days_ahead=2, hour=10, minute=30)
    make_slot(days_ahead=2, hour=11)
    make_slot(days_ahead=3, hour=9)
    full = make_slot(days_ahead=3, hour=10, capacity=1)
    Slot.objects.filter(pk=full.pk).update(booked_count=1)
    make_slot(days_ahead=0, hour=0, minute=1)  # in the past or too soon: not offered
    response = client.get(CALL_URL)
    form = response.context["form"]
    days = form.slot_days()
    assert [len(day["options"]) for day in days] == [2, 1]
    option = days[0]["options"][0]
    assert " om 10:30" in option["full_label"] and option["full_label"].split()[0] in {
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    }
    page = response.content.decode()
    assert f'<span class="visually-hidden">{option["full_label"]}</span>' in page
    assert 'type="radio" name="slot"' in page
    assert "<script" not in page  # works without JavaScript


def test_booking_a_slot_takes_a_place_and_thanks_shows_the_time(client, call_data, slot):
    response = client.post(CALL_URL, call_data(slot))
    assert response.status_code == 302 and response.url == reverse("intake:advice-call-thanks")
    call = AdviceCall.objects.get()
    assert call.slot == slot and call.status == AdviceCall.Status.REQUESTED
    slot.refresh_from_db()
    assert slot.booked_count == 1
    page = client.get(response.url).content.decode()
    assert str(slot) in page and "Joris" not in page
    assert "Met de link in de bevestiging kies je een ander moment" in page


def test_slot_is_required_when_there_are_free_slots(client, call_data, slot):
    response = client.post(CALL_URL, call_data())
    assert "Kies een dag en tijd voor het gesprek." in response.content.decode()


def test_the_error_summary_lists_the_fields_in_the_order_of_the_page(client, slot):
    page = client.post(CALL_URL, {}).content.decode()
    summary = page[: page.index("</ul>", page.index("Controleer het formulier"))]
    names = ("first_name", "last_name", "phone", "email")
    order = [summary.index(f'href="#id_{name}-veld"') for name in names]
    assert order == sorted(order)
    assert page.index('id="id_phone"') < page.index('id="id_email"')


def test_a_slot_taken_in_the_meantime_gives_a_clear_error_and_keeps_input(client, call_data, make_slot):
    taken = make_slot(days_ahead=2, hour=10)
    make_slot(days_ahead=2, hour=11)
    data = call_data(taken)
    Slot.objects.filter(pk=taken.pk).update(booked_count=1)
    response = client.post(CALL_URL, data)
    page = response.content.decode()
    assert "Dit tijdstip is niet meer vrij" in page and 'value="Joris"' in page
    assert AdviceCall.objects.count() == 0


def test_without_free_slots_the_form_asks_for_preferred_days_and_part_of_day(client, call_data):
    page = client.get(CALL_URL).content.decode()
    assert "Geen vrije tijden online" in page
    assert 'name="preferred_days"' in page and 'name="preferred_parts"' in page
    response = client.post(CALL_URL, call_data(preferred_days=["ma", "do"], preferred_parts=["ochtend"]))
    assert response.status_code == 302
    call = AdviceCall.objects.get()
    assert call.slot is None and call.preferred_days == "ma,do" and call.preferred_parts == "ochtend"
    assert "Bedankt, we hebben je aanvraag ontvangen" in client.get(response.url).content.decode()


def test_a_chosen_slot_that_vanished_is_never_silently_turned_into_a_callback(client, call_data, slot):
    data = call_data(slot)
    slot.delete()
    response = client.post(CALL_URL, data)
    assert "is niet meer vrij" in response.content.decode()
    assert AdviceCall.objects.count() == 0


def test_double_booking_submit_creates_one_call(client, call_data, make_slot):
    slot = make_slot(capacity=2)
    data = call_data(slot)
    assert client.post(CALL_URL, data).status_code == 302
    assert client.post(CALL_URL, data).status_code == 302
    assert AdviceCall.objects.count() == 1
    slot.refresh_from_db()
    assert slot.booked_count == 1


# Bad input never gives a 500

BAD_VALUES = [
    "\x00",
    "a\x00b",
    "x" * 100_000,
    "\u202egnp.exe",
    "\u200b\u200b",
    "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
    "😀" * 50,
    "<script>alert(1)</script>",
    "'; DROP TABLE intake_contactrequest; --",
    '=HYPERLINK("http://evil")',
    "\r\n\r\nBcc: x@example.com",
    "   ",
    "-1",
    "99999999999999999999999",
    "1.5",
]


@pytest.mark.parametrize("value", BAD_VALUES)
@pytest.mark.parametrize(
    "field",
    ["first_name", "email", "phone", "message", "preferred_contact", "referral", "consent", "form_token"],
)
def test_bad_contact_input_never_gives_a_server_error(client, contact_data, field, value):
    response = client.post(CONTACT_URL, contact_data(**{field: value}))
    assert response.status_code in (200, 302)


@pytest.mark.parametrize("value", BAD_VALUES)
@pytest.mark.parametrize("field", ["slot", "preferred_days", "phone", "question", "last_name"])
def test_bad_advice_call_input_never_gives_a_server_error(client, call_data, make_slot, field, value):
    if field != "preferred_days":
        make_slot()
    response = client.post(CALL_URL, call_data(**{field: value}))
    assert response.status_code in (200, 302)


def test_control_characters_and_odd_unicode_are_cleaned(client, contact_data):
    client.post(
        CONTACT_URL,
        contact_data(
            first_name="An\u200bne\x07", last_name="Cafe\u0301", message="Regel 1\r\nRegel\x00 2\u202e"
        ),
    )
    contact = ContactRequest.objects.get()
    assert contact.first_name == "Anne"
    assert contact.last_name == "Café"  # NFC
    assert contact.message == "Regel 1\nRegel 2"


def test_over_long_message_gets_a_dutch_message(client, contact_data):
    response = client.post(CONTACT_URL, contact_data(message="a" * 3001))
    assert "Gebruik hier maximaal 3000 tekens" in response.content.decode()


def test_raw_garbage_bodies_never_give_a_server_error(client):
    for body, content_type in [
        (b"\xff\xfe\x00garbage", "application/x-www-form-urlencoded"),
        (b"first_name=%ff%fe&email=%00", "application/x-www-form-urlencoded"),
        (b"{}", "application/json"),
        (
            b"--x\r\nContent-Disposition: form-data; name=message\r\n\r\nhi\r\n--x--",
            "multipart/form-data; boundary=x",
        ),
    ]:
        for url in (CONTACT_URL, CALL_URL):
            response = client.post(url, body, content_type=content_type)
            assert response.status_code in (200, 400)


def test_request_body_over_the_upload_limit_is_a_400_not_a_500(client, contact_data, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = client.post(CONTACT_URL, contact_data(message="a" * 20_000))
    assert response.status_code == 400


# Privacy


def test_privacy_statement_states_the_retention_period(client, settings):
    settings.INTAKE_RETENTION_DAYS = 180
    page = client.get(reverse("intake:privacy")).content.decode()
    assert "180 dagen" in page
    assert PRIVACY_STATEMENT_VERSION in page
    assert "Autoriteit Persoonsgegevens" in page and "bijzondere persoonsgegevens" in page


def test_form_posts_are_marked_sensitive_for_error_reports(rf, contact_data):
    from intake.views import ContactView

    request = rf.post(CONTACT_URL, contact_data())
    request.session = {}
    request._dont_enforce_csrf_checks = True
    ContactView.as_view()(request)
    assert request.sensitive_post_parameters == "__ALL__"


def test_nothing_the_visitor_wrote_is_logged(client, contact_data, call_data, slot, caplog):
    with caplog.at_level(logging.DEBUG):
        client.post(CONTACT_URL, contact_data())
        client.post(CONTACT_URL, contact_data(email="fout"))
        client.post(CALL_URL, call_data(slot))
    logged = caplog.text
    for secret in ("Sanne", "sanne@example.nl", "slaap", "Joris", "joris@example.nl", "paniek", "612345678"):
        assert secret not in logged
