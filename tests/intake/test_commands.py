from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone

from intake.models import ContactRequest, Slot

pytestmark = pytest.mark.django_db


def run(*args, **options):
    out = StringIO()
    call_command(*args, stdout=out, **options)
    return out.getvalue()


def test_purge_requests_says_how_many_it_deleted(client, contact_data, settings):
    settings.INTAKE_RETENTION_DAYS = 30
    client.post(reverse("intake:contact"), contact_data())
    ContactRequest.objects.update(status="afgehandeld", closed_at=timezone.now() - timedelta(days=31))
    output = run("purge_requests")
    assert "1 aanmelding(en) en 0 adviesgesprek(ken)" in output and "30 dagen" in output
    assert not ContactRequest.objects.exists()
    assert "0 aanmelding(en)" in run("purge_requests")


def test_generate_slots_command_defaults_to_four_weeks_of_weekdays(db):
    output = run("generate_slots")
    starts = [timezone.localtime(slot.start) for slot in Slot.objects.all()]
    assert f"{len(starts)} tijdslot(en) gepubliceerd" in output
    assert {start.weekday() for start in starts} <= {0, 1, 2, 3, 4}
    assert max(starts).date() < timezone.localdate() + timedelta(days=28)
    assert run("generate_slots").startswith("0 ")


def test_generate_slots_command_refuses_an_unknown_day(db):
    with pytest.raises(CommandError, match="Onbekende dag"):
        call_command("generate_slots", "--days=ma,xx")


def test_seed_demo_publishes_bookable_slots_for_two_weeks(client):
    call_command("seed_demo", stdout=StringIO())
    assert Slot.objects.bookable().exists()
    assert Slot.objects.latest("start").start.date() <= timezone.localdate() + timedelta(days=14)
    count = Slot.objects.count()
    call_command("seed_demo", "--if-empty", stdout=StringIO())
    assert Slot.objects.count() == count
    assert 'type="radio" name="slot"' in client.get(reverse("intake:advice-call")).content.decode()


def test_send_pending_notifications_with_nothing_to_do(db):
    assert "E-mails verstuurd: 0, mislukt: 0." in run("send_pending_notifications")
