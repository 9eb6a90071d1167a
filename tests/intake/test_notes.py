"""The team's notes on a request: a thread of dated, signed notes, added and never overwritten."""

import csv
import io
from datetime import timedelta

import pytest
from django.db import IntegrityError, connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from intake.models import AdviceCall, ContactRequest, RequestAccessLog, RequestNote
from intake.services import request_note_add, requests_purge
from tests.intake.admin_form import change_form_data
from tests.intake.test_admin import make_call, make_contact

pytestmark = pytest.mark.django_db


def contact_url(contact):
    return reverse("admin:intake_contactrequest_change", args=[contact.pk])


def add_note(client, url, text):
    response = client.post(url, change_form_data(client, url, new_note=text), follow=True)
    assert response.status_code == 200
    return response


def test_notes_are_added_signed_and_dated_and_never_overwrite_each_other(
    client, intake_staff, django_user_model
):
    intake_staff.first_name, intake_staff.last_name = "Fatma", "Yilmaz"
    intake_staff.save()
    contact = make_contact()
    client.force_login(intake_staff)
    before = timezone.now()
    add_note(client, contact_url(contact), "Eerste keer gebeld, geen gehoor.")
    response = add_note(client, contact_url(contact), "Teruggebeld, intake gepland.")
    assert "Je notitie is toegevoegd." in [str(m) for m in response.context["messages"]]
    notes = list(contact.notes.all())
    assert [note.text for note in notes] == [
        "Eerste keer gebeld, geen gehoor.",
        "Teruggebeld, intake gepland.",
    ]
    assert all(note.author == intake_staff and note.author_name == "Fatma Yilmaz" for note in notes)
    assert before <= notes[0].created_at <= notes[1].created_at <= timezone.now()

    page = client.get(contact_url(contact)).content.decode()
    assert page.index("Eerste keer gebeld") < page.index("Teruggebeld")  # newest last
    assert page.count("<strong>Fatma Yilmaz</strong>") == 2
    assert f'datetime="{timezone.localtime(notes[0].created_at).isoformat()}"' in page
    form = client.get(contact_url(contact)).context["adminform"].form
    assert form.initial.get("new_note") in (None, "")  # the box starts empty: nothing to overwrite


def test_a_note_is_read_only_and_saving_without_one_adds_nothing(client, intake_staff):
    contact = make_contact()
    request_note_add(request=contact, author=intake_staff, text="Eerste")
    client.force_login(intake_staff)
    add_note(client, contact_url(contact), "   ")
    assert list(contact.notes.values_list("text", flat=True)) == ["Eerste"]
    page = client.get(contact_url(contact)).content.decode()
    assert 'name="text"' not in page and "Eerste" in page


def test_the_author_is_shown_by_username_without_a_name_and_kept_after_deletion(
    client, intake_staff, owner, slot
):
    call = make_call(slot)
    note = request_note_add(request=call, author=intake_staff, text="Voicemail ingesproken.")
    assert note.author_name == "aanmelder"
    intake_staff.delete()
    note.refresh_from_db()
    assert (note.author, note.author_name) == (None, "aanmelder")
    client.force_login(owner)
    page = client.get(reverse("admin:intake_advicecall_change", args=[call.pk])).content.decode()
    assert "<strong>aanmelder</strong>" in page and "Voicemail ingesproken." in page


def test_adding_a_note_is_logged_without_its_text(client, intake_staff):
    contact = make_contact()
    client.force_login(intake_staff)
    add_note(client, contact_url(contact), "Vertrouwelijk: slaapt slecht.")
    entry = RequestAccessLog.objects.get(action=RequestAccessLog.Action.NOTE)
    assert (entry.user, entry.object_ids) == (intake_staff, str(contact.pk))
    for value in (entry.object_repr, entry.object_ids, entry.model, entry.username):
        assert "slaapt" not in value


def test_note_text_is_escaped(client, intake_staff):
    contact = make_contact()
    request_note_add(request=contact, author=intake_staff, text="<script>alert(1)</script>\nregel 2")
    client.force_login(intake_staff)
    page = client.get(contact_url(contact)).content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;<br>regel 2" in page


def test_editors_cannot_see_notes(client, editor_staff, intake_staff):
    contact = make_contact()
    request_note_add(request=contact, author=intake_staff, text="Alleen voor het team.")
    client.force_login(editor_staff)
    assert client.get(contact_url(contact)).status_code == 403


def test_a_note_belongs_to_exactly_one_request(intake_staff):
    with pytest.raises(IntegrityError):
        RequestNote.objects.create(text="los", author_name="x")


def test_purging_a_request_removes_its_notes(intake_staff, slot):
    contact, call = make_contact(), make_call(slot)
    for request in (contact, call):
        request_note_add(request=request, author=intake_staff, text="Afgehandeld.")
    long_ago = timezone.now() - timedelta(days=400)
    ContactRequest.objects.update(status="afgehandeld", closed_at=long_ago)
    AdviceCall.objects.update(status="afgerond", closed_at=long_ago)
    assert requests_purge(older_than_days=365) == (1, 1)
    assert not RequestNote.objects.exists()


def test_csv_export_never_includes_notes(client, intake_staff):
    contact = make_contact()
    request_note_add(request=contact, author=intake_staff, text="Geheime notitie")
    client.force_login(intake_staff)
    response = client.post(
        reverse("admin:intake_contactrequest_changelist"),
        {"action": "export_csv", "_selected_action": [contact.pk]},
    )
    content = response.content.decode("utf-8-sig")
    assert "Geheime notitie" not in content
    header = next(csv.reader(io.StringIO(content), delimiter=";"))
    assert not any("notitie" in column.lower() for column in header)


# The migration from the single box


@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_every_old_note_into_a_first_note():
    executor = MigrationExecutor(connection)
    before, after = [("intake", "0002_groups")], [("intake", "0003_request_notes")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    changed_at = timezone.now() - timedelta(days=3)
    common = {"first_name": "A", "last_name": "B", "email": "a@example.nl", "consent_at": changed_at}
    contact = old.get_model("intake", "ContactRequest").objects.create(
        **common, submit_token="c1", preferred_contact="email", message="m", referral="ja",
        internal_notes="Gebeld op maandag.\nTerugbellen.", status_changed_at=changed_at,
    )  # fmt: skip
    empty = old.get_model("intake", "ContactRequest").objects.create(
        **common, submit_token="c2", preferred_contact="email", message="m", referral="ja", internal_notes=""
    )
    call = old.get_model("intake", "AdviceCall").objects.create(
        **common, submit_token="a1", internal_notes="Wil liever 's ochtends.", status_changed_at=changed_at
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(after)
    new = executor.loader.project_state(after).apps
    Note = new.get_model("intake", "RequestNote")
    moved = {(n.contact_request_id, n.advice_call_id): n for n in Note.objects.all()}
    assert set(moved) == {(contact.pk, None), (None, call.pk)}
    note = moved[(contact.pk, None)]
    assert (note.text, note.author_id, note.author_name) == (
        "Gebeld op maandag.\nTerugbellen.",
        None,
        "onbekend",
    )
    assert note.created_at == changed_at
    assert moved[(None, call.pk)].text == "Wil liever 's ochtends."
    assert not Note.objects.filter(contact_request_id=empty.pk).exists()
    field_names = {f.name for f in new.get_model("intake", "ContactRequest")._meta.get_fields()}
    assert "internal_notes" not in field_names

    # And back: the notes return to the box.
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    restored = old.get_model("intake", "ContactRequest").objects.get(pk=contact.pk).internal_notes
    assert restored.startswith("onbekend, ") and restored.endswith("Gebeld op maandag.\nTerugbellen.")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
