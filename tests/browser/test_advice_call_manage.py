"""The visitor moves and then cancels their advice call from the link in the confirmation mail.

Real SMTP (aiosmtpd) catches the mails; the .ics of the move is read by two calendar libraries.
Every page on the way is checked with axe-core (WCAG 2.2 AA) and the Nu HTML Checker.
"""

import json
import re
import shutil
import socket
import subprocess
import urllib.request
from datetime import datetime, time, timedelta
from email import message_from_bytes, policy

import icalendar
import pytest
import vobject
from django.contrib.auth.models import Group
from django.utils import timezone

from intake.models import AdviceCall, Slot
from intake.services import advice_call_create
from practice_site.roles import INTAKE_TEAM
from tests.browser.conftest import ROOT, require, screenshot
from tests.intake.conftest import CollectingHandler

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture
def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def mail_server(settings, demo_site, free_port):
    """A real SMTP server the live site sends to; its SITE_URL is the live server, for the links."""
    from aiosmtpd.controller import Controller

    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": free_port, "timeout": 5},
        }
    }
    settings.SITE_URL = demo_site.url
    settings.INTAKE_MIN_FILL_SECONDS = 0
    settings.INTAKE_RATE_LIMIT = 0
    handler = CollectingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port)
    controller.start()
    yield handler
    controller.stop()


def at(days_ahead, hour):
    day = timezone.localdate() + timedelta(days=days_ahead)
    return datetime.combine(day, time(hour, 15), tzinfo=timezone.get_current_timezone())


def mails_to(server, address):
    messages = [message_from_bytes(envelope.content, policy=policy.default) for envelope in server.messages]
    return [message for message in messages if message["To"] == address]


def invitation(message):
    (part,) = [part for part in message.iter_attachments() if part.get_content_type() == "text/calendar"]
    return part.get_content()


def pick(page, slot):
    """Open the slot's day in the picker (a <details>), then choose the time."""
    day = page.locator(f"details:has(#slot-{slot.pk})")
    if day.get_attribute("open") is None:
        day.locator("summary").click()
    page.locator(f"#slot-{slot.pk}").check()


def run_axe(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(f"async () => await axe.run(document, {{runOnly: {json.dumps(WCAG_22_AA)}}})")
    return [f"{v['id']}: {v['help']} ({v['nodes'][0]['target'][0]})" for v in result["violations"]]


def test_visitor_moves_the_call_from_the_mail_then_cancels_it(browser, demo_site, mail_server, tmp_path):
    require(AXE.exists() and VNU.exists(), "node_modules missing: run `npm ci`")
    require(shutil.which("java") is not None, "java not found: `apt-get install default-jre-headless`")
    first, second = Slot.objects.create(start=at(3, 7)), Slot.objects.create(start=at(5, 8))
    # The checkers inject a script, which the site's CSP (rightly) refuses otherwise.
    context = browser.new_context(viewport={"width": 375, "height": 900}, locale="nl-NL", bypass_csp=True)
    page = context.new_page()
    documents = {}
    problems = {}

    responses = []
    page.on("response", lambda r: r.request.resource_type == "document" and responses.append(r))

    def check(name):
        """axe now; the HTML as the server sent it (not the browser's DOM) for the Nu checker."""
        documents[name] = responses[-1].body()
        if violations := run_axe(page):
            problems[name] = violations
        screenshot(page, f"adviesgesprek-{name}")

    # Book the first slot on the site.
    page.goto(demo_site.url + "/adviesgesprek/")
    pick(page, first)
    page.get_by_label("Voornaam").fill("Sem")
    page.get_by_label("Achternaam").fill("Jansen")
    page.get_by_label("Telefoonnummer").fill("0612345678")
    page.get_by_label("E-mailadres").fill("sem@example.org")
    page.get_by_label("Ik geef toestemming").check()
    page.get_by_role("button", name="Adviesgesprek inplannen").click()
    page.wait_for_url("**/adviesgesprek/bedankt/")
    call = AdviceCall.objects.get()

    # The confirmation mail's link opens the call.
    (confirmation,) = mails_to(mail_server, "sem@example.org")
    booked_ics = icalendar.Calendar.from_ical(invitation(confirmation)).walk("VEVENT")[0]
    text = confirmation.get_body(preferencelist=("plain",)).get_content()
    link = re.search(rf"{re.escape(demo_site.url)}/adviesgesprek/wijzigen/\S+/", text).group(0)
    page.goto(link)
    assert "content-security-policy" in responses[-1].headers
    assert "no-store" in responses[-1].headers["cache-control"]
    assert page.get_by_text(str(first)).is_visible()
    for private in ("Sem", "Jansen", "sem@example.org", "612345678"):
        assert private not in page.inner_text("main")
    check("wijzigen")

    # Move it to the second slot, on another day.
    pick(page, second)
    page.get_by_role("button", name="Naar dit moment verplaatsen").click()
    page.get_by_role("heading", name="Je gesprek is verplaatst").wait_for()
    assert page.get_by_text(str(second)).first.is_visible()
    check("verplaatst")

    # The update: same UID, higher SEQUENCE, the new time; both libraries read it.
    update = mails_to(mail_server, "sem@example.org")[-1]
    raw = invitation(update)
    event = icalendar.Calendar.from_ical(raw).walk("VEVENT")[0]
    assert str(event["UID"]) == str(booked_ics["UID"])
    assert int(event["SEQUENCE"]) > int(booked_ics["SEQUENCE"])
    assert event.decoded("DTSTART") == second.start
    assert icalendar.Calendar.from_ical(raw)["METHOD"] == "REQUEST"
    parsed = vobject.readOne(raw)
    assert parsed.vevent.uid.value == str(booked_ics["UID"])
    assert int(parsed.vevent.sequence.value) == int(event["SEQUENCE"])
    assert parsed.vevent.dtstart.value == second.start
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.booked_count, second.booked_count) == (0, 1)
    assert first in Slot.objects.bookable()  # the old place is free again at once

    # Cancel: one more question, then done.
    page.get_by_role("link", name="Gesprek annuleren").click()
    page.get_by_role("heading", name="Weet je zeker dat je wilt annuleren?").wait_for()
    check("annuleren")
    page.get_by_role("button", name="Ja, annuleer het gesprek").click()
    page.get_by_role("heading", name="Je adviesgesprek is geannuleerd").wait_for()
    check("geannuleerd")
    call.refresh_from_db()
    second.refresh_from_db()
    assert call.status == AdviceCall.Status.CANCELLED and second.booked_count == 0
    cancellation = mails_to(mail_server, "sem@example.org")[-1]
    assert "METHOD:CANCEL" in invitation(cancellation)

    # The link from the mail, once more: no longer valid, in Dutch.
    page.goto(link)
    assert responses[-1].status == 410
    page.get_by_role("heading", name="Deze link werkt niet meer").wait_for()
    check("link-verlopen")
    context.close()

    assert not problems, json.dumps(problems, indent=2, ensure_ascii=False)
    files = []
    for name, body in documents.items():
        file = tmp_path / f"{name}.html"
        file.write_bytes(body)
        files.append(str(file))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or "{}").get("messages", [])
    assert not messages, json.dumps(messages, indent=2, ensure_ascii=False)


def test_team_member_subscribes_to_the_calendar_feed_from_the_admin(
    browser, demo_site, django_user_model, settings
):
    settings.SITE_URL = demo_site.url
    slot = Slot.objects.create(start=at(4, 9))
    advice_call_create(
        first_name="Sem",
        last_name="Jansen",
        email="sem@example.org",
        phone="+31612345678",
        question="",
        slot_id=slot.pk,
        submit_token="agenda-1",
    )
    user = django_user_model.objects.create_user("agenda", password="een-lang-wachtwoord-2026", is_staff=True)
    user.groups.add(Group.objects.get(name=INTAKE_TEAM))
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.goto(demo_site.url + "/admin/login/")
    page.get_by_label("Gebruikersnaam").fill("agenda")
    page.get_by_label("Wachtwoord").fill("een-lang-wachtwoord-2026")
    page.get_by_role("button", name="Aanmelden").click()
    page.get_by_role("link", name="Mijn agenda-abonnement").click()
    page.get_by_role("button", name="Agenda-adres maken").click()
    address = page.get_by_label(re.compile("Kopieer dit adres")).input_value()
    screenshot(page, "agenda-abonnement")
    context.close()
    with urllib.request.urlopen(address) as response:  # noqa: S310 - the live test server
        body = response.read().decode()
    (event,) = icalendar.Calendar.from_ical(body).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Adviesgesprek" and event.decoded("DTSTART") == slot.start
    assert "Jansen" not in body
