"""End to end, as people use the site: visitors on a phone, staff in the admin."""

import re

import pytest
from django.contrib.auth.models import Group

from blog.models import Article
from intake.models import AdviceCall, ContactRequest
from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser
PASSWORD = "een-lang-wachtwoord-2026"


@pytest.fixture
def quick_forms(settings):
    settings.INTAKE_MIN_FILL_SECONDS = 0  # the bot guard would otherwise wait for a human pace


def staff_member(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def log_in(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_visitor_contacts_the_intake_team_from_an_article(demo_site, page, quick_forms):
    page.goto(demo_site.url + Article.objects.published().first().get_absolute_url())
    page.get_by_role("link", name="Contact met het aanmeldteam").click()
    page.get_by_label("Voornaam").fill("Noor")
    page.get_by_label("Achternaam").fill("de Boer")
    page.get_by_label("E-mailadres").fill("noor@example.org")
    page.get_by_label("Telefoonnummer").fill("06 12345678")
    page.get_by_label("Telefonisch").check()
    page.get_by_label("Waarmee kunnen we je helpen?").fill("Ik pieker veel en slaap slecht.")
    page.get_by_label("Nee", exact=True).check()
    page.get_by_label("Ik geef toestemming").check()
    screenshot(page, "aanmelden-ingevuld")
    page.get_by_role("button", name="Aanmelding versturen").click()
    page.wait_for_url(re.compile(r"/aanmelden/bedankt/$"))
    screenshot(page, "aanmelden-bedankt")
    assert "noor" not in page.url.lower()
    request = ContactRequest.objects.get()
    assert (request.first_name, request.email, request.status) == ("Noor", "noor@example.org", "nieuw")


def test_visitor_sees_clear_errors_and_keeps_their_input(demo_site, page, quick_forms):
    page.goto(demo_site.url + "/aanmelden/")
    page.get_by_label("Voornaam").fill("Noor")
    page.get_by_label("E-mailadres").fill("geen-adres")
    page.evaluate("document.querySelector('main form').noValidate = true")
    page.get_by_role("button", name="Aanmelding versturen").click()
    assert page.get_by_label("Voornaam").input_value() == "Noor"
    assert page.get_by_text("Vul je achternaam in.").first.is_visible()
    screenshot(page, "aanmelden-fouten")
    assert not ContactRequest.objects.exists()


def test_visitor_books_a_free_advice_call(demo_site, page, quick_forms):
    page.goto(demo_site.url + "/")
    page.get_by_role("link", name="Plan een gratis adviesgesprek").first.click()
    slot = page.locator("input[name=slot]").first
    slot_label = page.locator(f"label[for={slot.get_attribute('id')}]").inner_text()
    slot.check()
    page.get_by_label("Voornaam").fill("Sem")
    page.get_by_label("Achternaam").fill("Jansen")
    page.get_by_label("Telefoonnummer").fill("+31 6 12345678")
    page.get_by_label("E-mailadres").fill("sem@example.org")
    page.get_by_label("Ik geef toestemming").check()
    screenshot(page, "adviesgesprek-gekozen")
    page.get_by_role("button", name=re.compile("Adviesgesprek (aanvragen|inplannen)")).click()
    page.wait_for_url(re.compile(r"/adviesgesprek/bedankt/$"))
    screenshot(page, "adviesgesprek-bedankt")
    call = AdviceCall.objects.get()
    assert call.slot is not None and call.email == "sem@example.org"
    assert slot_label  # each option reads as a full time, e.g. "10:30"
    assert page.get_by_text(re.compile(r"\d{1,2}:\d{2}")).first.is_visible()


def test_intake_team_takes_a_request_through_its_workflow(demo_site, page_at, quick_forms, django_user_model):
    from intake.services import contact_request_create

    contact_request_create(
        first_name="Lotte", last_name="Visser", email="lotte@example.org", phone="0612345678",
        preferred_contact="email", reachable_at="", message="Somber sinds de verhuizing.",
        referral="weet_niet", submit_token="e2e-token",
    )  # fmt: skip
    staff_member(django_user_model, "aanmeldteam", "Aanmeldteam")
    page = page_at(1280)
    log_in(page, demo_site.url, "aanmeldteam")
    page.goto(demo_site.url + "/admin/intake/contactrequest/")
    page.get_by_role("link", name=re.compile("Lotte")).first.click()
    page.get_by_label("Status").select_option("in_behandeling")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    assert ContactRequest.objects.get().status == "in_behandeling"
    page.get_by_role("link", name=re.compile("Lotte")).first.click()
    page.get_by_label("Status").select_option("afgehandeld")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    assert ContactRequest.objects.get().status == "afgehandeld"
    screenshot(page, "admin-aanvragen")


def test_editor_writes_and_publishes_an_article_with_live_preview(demo_site, page_at, django_user_model):
    staff_member(django_user_model, "redacteur", "Redactie")
    page = page_at(1280)
    log_in(page, demo_site.url, "redacteur")
    page.goto(demo_site.url + "/admin/blog/article/add/")
    page.get_by_label("Titel").fill("Rust in je hoofd")
    page.get_by_label("Samenvatting").fill("Kleine stappen naar meer rust.")
    page.locator("#id_body").fill(
        "## Adem\n\nNeem **drie** rustige ademhalingen.\n\n<script>alert(1)</script>"
    )
    preview = page.frame_locator(".writers-desk-frame").locator(".prose")  # in the site's own style
    preview.locator("h2", has_text="Adem").wait_for()
    assert "<strong>drie</strong>" in preview.inner_html() and "<script" not in preview.inner_html()
    assert page.get_by_label("Slug").input_value() == "rust-in-je-hoofd"
    page.get_by_label("Status").select_option("published")
    page.locator("#id_author").select_option(index=1)
    page.locator("#id_categories input[type=checkbox]").first.check()
    screenshot(page, "admin-artikel-schrijven")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.wait_for_url(re.compile(r"/admin/blog/article/$"))
    article = Article.objects.get(slug="rust-in-je-hoofd")
    assert article.is_visible
    visitor = page_at(375)
    visitor.goto(demo_site.url + "/blog/")
    visitor.get_by_role("link", name="Rust in je hoofd").first.click()
    assert visitor.locator(".prose h2").inner_text() == "Adem"
