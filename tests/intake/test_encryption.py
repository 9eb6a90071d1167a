"""Encryption at rest: what visitors write and the team's notes are Fernet tokens in the database,
plain text through the ORM and the admin; a key rotation re-encrypts every row."""

import subprocess
import sys
from io import StringIO

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.core.exceptions import FieldError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from intake.encryption import encrypted_fields
from intake.models import AdviceCall, ContactRequest, RequestNote
from intake.services import request_note_add
from tests.intake.test_admin import make_call, make_contact
from tests.practice_site.test_security import PRODUCTION_ENV, ROOT

pytestmark = pytest.mark.django_db

KEY_A, KEY_B = Fernet.generate_key().decode(), Fernet.generate_key().decode()
MESSAGE = "Ik slaap slecht en pieker veel sinds mijn scheiding."
QUESTION = "Mijn vraag gaat over paniekaanvallen."
NOTE = "Teruggebeld, intake ingepland."


def stored(model, field_name, pk):
    """The value as the database holds it, past the ORM."""
    table, column = model._meta.db_table, model._meta.get_field(field_name).column
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {quote(column)} FROM {quote(table)} WHERE id = %s", [pk])
        return cursor.fetchone()[0]


def make_rows(author):
    contact = make_contact(message=MESSAGE)
    call = make_call()
    AdviceCall.objects.filter(pk=call.pk).update(question=QUESTION)
    note = request_note_add(request=contact, author=author, text=NOTE)
    return contact, call, note


def raw_values(contact, call, note):
    return {
        "message": stored(ContactRequest, "message", contact.pk),
        "question": stored(AdviceCall, "question", call.pk),
        "note": stored(RequestNote, "text", note.pk),
    }


def test_the_free_text_and_the_notes_are_the_encrypted_fields():
    assert {(model.__name__, field.name) for model, field in encrypted_fields()} == {
        ("ContactRequest", "message"),
        ("AdviceCall", "question"),
        ("RequestNote", "text"),
    }


def test_the_database_holds_fernet_tokens_and_the_orm_reads_plain_text(intake_staff, settings):
    contact, call, note = make_rows(intake_staff)
    raw = raw_values(contact, call, note)
    keys = Fernet(settings.ENCRYPTION_KEYS[0])
    for plain, value in zip((MESSAGE, QUESTION, NOTE), raw.values(), strict=True):
        assert plain not in value and "slaap" not in value and "intake" not in value
        assert value.startswith("gAAAAA")  # a Fernet token: version byte 0x80, base64
        assert keys.decrypt(value.encode()).decode() == plain
    assert ContactRequest.objects.get().message == MESSAGE
    assert AdviceCall.objects.values_list("question", flat=True).get() == QUESTION
    assert list(RequestNote.objects.values_list("text", flat=True)) == [NOTE]
    # The same text twice gives two different tokens: nothing to learn from equal values.
    assert make_contact(2, message=MESSAGE).message == MESSAGE
    assert (
        stored(ContactRequest, "message", ContactRequest.objects.get(submit_token="contact-2").pk)
        != raw["message"]
    )


def test_an_empty_question_stays_empty():
    call = make_call()
    AdviceCall.objects.filter(pk=call.pk).update(question="")
    assert stored(AdviceCall, "question", call.pk) == ""
    assert AdviceCall.objects.get().question == ""


def test_the_admin_shows_the_plain_text_to_the_intake_team(client, intake_staff):
    contact, call, _note = make_rows(intake_staff)
    client.force_login(intake_staff)
    page = client.get(reverse("admin:intake_contactrequest_change", args=[contact.pk]))
    assert page.status_code == 200
    assert MESSAGE in page.content.decode() and NOTE in page.content.decode()
    page = client.get(reverse("admin:intake_advicecall_change", args=[call.pk]))
    assert QUESTION in page.content.decode()


def test_the_database_cannot_search_encrypted_text_and_says_so():
    make_contact(message=MESSAGE)
    with pytest.raises(FieldError):
        list(ContactRequest.objects.filter(message__icontains="slaap"))
    assert ContactRequest.objects.filter(message__isnull=False).count() == 1


def test_the_admin_searches_name_email_and_phone_in_any_notation(client, intake_staff):
    contact = make_contact(message=MESSAGE)
    client.force_login(intake_staff)
    url = reverse("admin:intake_contactrequest_changelist")
    for term, found in [
        ("Achternaam1", True),
        ("sanne1@example", True),
        ("06 1234 5678", True),
        ("slaap", False),
    ]:
        response = client.get(url, {"q": term})
        assert response.status_code == 200
        assert [row.pk for row in response.context["cl"].result_list] == ([contact.pk] if found else []), term
    assert "daarop kun je niet zoeken" in response.content.decode()  # the team knows why


def test_rotation_reencrypts_every_row_and_the_old_key_can_go(intake_staff, settings):
    settings.ENCRYPTION_KEYS = [KEY_A]
    contact, call, note = make_rows(intake_staff)
    under_a = raw_values(contact, call, note)

    settings.ENCRYPTION_KEYS = [KEY_B, KEY_A]
    out = run_rotation()
    assert "3 rij(en) opnieuw versleuteld" in out
    assert "aanmeldingen (waarmee kunnen we helpen?): 1 rij(en)" in out
    assert "notities (notitie): 1 rij(en)" in out

    settings.ENCRYPTION_KEYS = [KEY_B]
    under_b = raw_values(contact, call, note)
    for name in under_a:
        assert under_b[name] != under_a[name], name
        with pytest.raises(InvalidToken):
            Fernet(KEY_A).decrypt(under_b[name].encode())
    assert ContactRequest.objects.get().message == MESSAGE
    assert AdviceCall.objects.get().question == QUESTION
    assert RequestNote.objects.get().text == NOTE


def test_rotation_without_the_old_key_changes_nothing(intake_staff, settings):
    settings.ENCRYPTION_KEYS = [KEY_A]
    rows = make_rows(intake_staff)
    before = raw_values(*rows)
    settings.ENCRYPTION_KEYS = [KEY_B]
    with pytest.raises(CommandError, match="Niets gewijzigd"):
        run_rotation()
    assert raw_values(*rows) == before


def run_rotation():
    out = StringIO()
    call_command("rotate_encryption_key", stdout=out)
    return out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_the_migration_encrypts_existing_rows_and_back():
    executor = MigrationExecutor(connection)
    before, after = [("intake", "0005_reminders_and_calendar_feeds")], [("intake", "0006_encrypt_free_text")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    contact = old.get_model("intake", "ContactRequest").objects.create(
        first_name="A", last_name="B", email="a@example.nl", consent_at=timezone.now(),
        submit_token="c1", preferred_contact="email", message=MESSAGE, referral="ja",
    )  # fmt: skip
    old.get_model("intake", "RequestNote").objects.create(
        contact_request_id=contact.pk, text=NOTE, author_name="lotte"
    )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(after)
    assert stored(ContactRequest, "message", contact.pk).startswith("gAAAAA")
    assert ContactRequest.objects.get(pk=contact.pk).message == MESSAGE
    assert RequestNote.objects.get().text == NOTE

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(before)
    assert stored(ContactRequest, "message", contact.pk) == MESSAGE
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


def run_manage(environment):
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@pytest.mark.parametrize(
    "keys",
    [None, "", "development", "geen-fernet-sleutel", f"{KEY_A},geen-fernet-sleutel"],
    ids=["missing", "empty", "development-key", "malformed", "one-malformed"],
)
def test_production_refuses_to_start_without_a_real_key(keys, settings):
    environment = {key: value for key, value in PRODUCTION_ENV.items() if key != "ENCRYPTION_KEYS"}
    if keys is not None:
        environment["ENCRYPTION_KEYS"] = settings.DEV_ENCRYPTION_KEY if keys == "development" else keys
    result = run_manage(environment)
    assert result.returncode != 0
    assert "ENCRYPTION_KEYS" in result.stderr


def test_production_starts_with_two_keys_newest_first():
    result = run_manage(PRODUCTION_ENV | {"ENCRYPTION_KEYS": f"{KEY_B}, {KEY_A}"})
    assert result.returncode == 0, result.stderr
