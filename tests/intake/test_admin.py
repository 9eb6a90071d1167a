import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from intake.models import AdviceCall, ContactRequest, Notification, PracticeInfo, RequestAccessLog, Slot
from intake.services import advice_call_create, contact_request_create
from practice_site.roles import EDITORS, INTAKE_TEAM

pytestmark = pytest.mark.django_db

REQUEST_URLS = [
    reverse("admin:intake_contactrequest_changelist"),
    reverse("admin:intake_advicecall_changelist"),
    reverse("admin:intake_slot_changelist"),
    reverse("admin:intake_practiceinfo_change", args=[1]),
]


def make_contact(number=1, **extra):
    fields = {
        "first_name": "Sanne",
        "last_name": f"Achternaam{number}",
        "email": f"sanne{number}@example.nl",
        "phone": "+31612345678",
        "preferred_contact": "telefoon",
        "reachable_at": "",
        "message": f"Vraag {number}",
        "referral": "ja",
        "submit_token": f"contact-{number}",
    } | extra
    return contact_request_create(**fields)


def make_call(slot=None, number=1):
    return advice_call_create(
        first_name="Joris",
        last_name=f"Bakker{number}",
        email=f"joris{number}@example.nl",
        phone="+31612345678",
        question="Mijn vraag",
        slot_id=slot.pk if slot else None,
        submit_token=f"call-{number}",
    )


# Groups and permissions, both directions


def test_the_data_migration_created_both_groups():
    team = Group.objects.get(name=INTAKE_TEAM)
    editors = Group.objects.get(name=EDITORS)
    team_apps = set(team.permissions.values_list("content_type__app_label", flat=True))
    assert team_apps == {"intake"}
    assert not team.permissions.filter(content_type__model="requestaccesslog").exists()
    assert set(editors.permissions.values_list("content_type__app_label", flat=True)) == {"blog"}


def test_editors_cannot_see_any_request(client, editor_staff):
    PracticeInfo.load()
    contact = make_contact()
    client.force_login(editor_staff)
    for url in [*REQUEST_URLS, reverse("admin:intake_contactrequest_change", args=[contact.pk])]:
        assert client.get(url).status_code == 403, url
    index = client.get(reverse("admin:index")).content.decode()
    assert "Aanmeldingen" not in index and "nieuwe aanmelding" not in index
    assert client.get(reverse("admin:blog_article_changelist")).status_code == 200
    assert not RequestAccessLog.objects.exists()


def test_intake_team_handles_requests_but_not_the_blog_or_the_audit_log(client, intake_staff):
    PracticeInfo.load()
    client.force_login(intake_staff)
    for url in REQUEST_URLS:
        assert client.get(url).status_code == 200, url
    assert client.get(reverse("admin:blog_article_changelist")).status_code == 403
    assert client.get(reverse("admin:intake_requestaccesslog_changelist")).status_code == 403


def test_admin_index_shows_how_many_requests_are_new(client, intake_staff, slot):
    make_contact(1)
    make_contact(2)
    make_call(slot)
    client.force_login(intake_staff)
    page = client.get(reverse("admin:index")).content.decode()
    assert "<strong>2</strong> nieuwe aanmeldingen" in page
    assert "<strong>1</strong> nieuwe adviesgesprek-aanvraag" in page
    assert "?status__exact=nieuw" in page


def test_admin_index_warns_about_e_mails_that_did_not_go_out(client, intake_staff):
    make_contact()
    Notification.objects.update(attempts=1, last_error="ConnectionRefusedError")
    client.force_login(intake_staff)
    assert "nog niet verstuurd" in client.get(reverse("admin:index")).content.decode()


# Audit trail


def test_opening_a_request_is_logged_and_only_the_owner_reads_the_log(client, intake_staff, owner):
    contact = make_contact()
    client.force_login(intake_staff)
    response = client.get(reverse("admin:intake_contactrequest_change", args=[contact.pk]))
    assert response.status_code == 200
    entry = RequestAccessLog.objects.get()
    assert (entry.user, entry.action, entry.object_ids) == (intake_staff, "view", str(contact.pk))
    assert "Sanne" not in entry.object_repr
    assert client.get(reverse("admin:intake_requestaccesslog_change", args=[entry.pk])).status_code == 403

    client.force_login(owner)
    assert client.get(reverse("admin:intake_requestaccesslog_changelist")).status_code == 200
    page = client.get(reverse("admin:intake_requestaccesslog_change", args=[entry.pk])).content.decode()
    assert 'name="_save"' not in page  # read-only, even for the owner
    assert client.post(reverse("admin:intake_requestaccesslog_delete", args=[entry.pk])).status_code == 403
    assert RequestAccessLog.objects.filter(pk=entry.pk).exists()


def test_csv_export_of_a_selection_is_logged_and_leaves_out_free_text(client, intake_staff):
    first = make_contact(1, first_name="=HYPERLINK(1)")
    make_contact(2)
    client.force_login(intake_staff)
    response = client.post(
        reverse("admin:intake_contactrequest_changelist"),
        {"action": "export_csv", "_selected_action": [first.pk]},
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 2
    assert rows[1][3] == "'=HYPERLINK(1)"  # no formula injection
    assert "Vraag 1" not in response.content.decode()
    entry = RequestAccessLog.objects.get(action="export")
    assert entry.object_ids == str(first.pk) and entry.user == intake_staff


# Workflow


def test_bulk_status_actions_move_contact_requests_through_the_workflow(client, intake_staff):
    contacts = [make_contact(1), make_contact(2)]
    client.force_login(intake_staff)
    url = reverse("admin:intake_contactrequest_changelist")
    ids = [c.pk for c in contacts]
    client.post(url, {"action": "mark_in_progress", "_selected_action": ids})
    assert set(ContactRequest.objects.values_list("status", flat=True)) == {"in_behandeling"}
    client.post(url, {"action": "mark_done", "_selected_action": ids})
    assert all(c.closed_at for c in ContactRequest.objects.all())


def test_cancel_action_frees_the_slot_and_mails_the_visitor(
    client, intake_staff, slot, django_capture_on_commit_callbacks
):
    call = make_call(slot)
    client.force_login(intake_staff)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:intake_advicecall_changelist"),
            {"action": "mark_cancelled", "_selected_action": [call.pk]},
        )
    call.refresh_from_db()
    slot.refresh_from_db()
    assert call.status == AdviceCall.Status.CANCELLED and slot.booked_count == 0
    assert any("gaat niet door" in m.subject for m in mail.outbox)


def test_status_actions_are_offered_by_name_with_their_dutch_labels(client, intake_staff):
    client.force_login(intake_staff)
    offered = {}
    for model in ("contactrequest", "advicecall"):
        response = client.get(reverse(f"admin:intake_{model}_changelist"))
        choices = response.context["action_form"].fields["action"].choices
        offered[model] = {name: str(label) for name, label in choices if name.startswith("mark_")}
    assert offered == {
        "contactrequest": {
            "mark_in_progress": "Op ‘in behandeling’ zetten",
            "mark_done": "Op ‘afgehandeld’ zetten",
        },
        "advicecall": {
            "mark_confirmed": "Bevestigen (mailt de bezoeker als het gesprek geannuleerd was)",
            "mark_done": "Op ‘afgerond’ zetten (mailt de bezoeker als het gesprek geannuleerd was)",
            "mark_cancelled": "Annuleren (maakt het tijdslot vrij en mailt de bezoeker)",
            "mark_no_show": "Op ‘niet verschenen’ zetten (mailt de bezoeker als het gesprek geannuleerd was)",
        },
    }


def test_confirming_in_bulk_skips_calls_whose_slot_filled_up_and_says_so(client, intake_staff, slot):
    cancelled = make_call(slot, number=1)
    client.force_login(intake_staff)
    url = reverse("admin:intake_advicecall_changelist")
    client.post(url, {"action": "mark_cancelled", "_selected_action": [cancelled.pk]})
    make_call(slot, number=2)  # takes the place the cancellation freed
    callback = make_call(None, number=3)
    response = client.post(
        url, {"action": "mark_confirmed", "_selected_action": [cancelled.pk, callback.pk]}, follow=True
    )
    page = response.content.decode()
    assert "1 aanvraag op ‘Bevestigd’ gezet." in page
    assert "1 aanvraag niet gewijzigd: het tijdslot is vol." in page
    statuses = dict(AdviceCall.objects.values_list("pk", "status"))
    assert (statuses[cancelled.pk], statuses[callback.pk]) == ("geannuleerd", "bevestigd")


def test_staff_assign_a_slot_and_status_in_the_change_form(client, intake_staff, slot):
    call = make_call(None)
    client.force_login(intake_staff)
    url = reverse("admin:intake_advicecall_change", args=[call.pk])
    data = {
        "status": "bevestigd",
        "slot": slot.pk,
        "assigned_to": intake_staff.pk,
        "new_note": "Gebeld, past goed.",
        "first_name": call.first_name,
        "last_name": call.last_name,
        "email": call.email,
        "phone": call.phone,
        "notifications-TOTAL_FORMS": "2",
        "notifications-INITIAL_FORMS": "2",
        "notifications-MIN_NUM_FORMS": "0",
        "notifications-MAX_NUM_FORMS": "1000",
    }
    for index, notification in enumerate(call.notifications.all()):
        data[f"notifications-{index}-id"] = notification.pk
        data[f"notifications-{index}-advice_call"] = call.pk
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    call.refresh_from_db()
    slot.refresh_from_db()
    assert (call.status, call.slot, call.assigned_to) == ("bevestigd", slot, intake_staff)
    assert slot.booked_count == 1
    assert call.notifications.filter(kind=Notification.Kind.CALL_UPDATED).exists()

    # A full slot is refused with a message next to the field.
    other = make_call(None, number=2)
    data |= {"first_name": other.first_name, "email": other.email}
    for index, notification in enumerate(other.notifications.all()):
        data[f"notifications-{index}-id"] = notification.pk
        data[f"notifications-{index}-advice_call"] = other.pk
    response = client.post(reverse("admin:intake_advicecall_change", args=[other.pk]), data)
    assert response.status_code == 200
    assert "Dit tijdslot is vol" in response.content.decode()
    slot.refresh_from_db()
    assert slot.booked_count == 1


def test_upcoming_calls_come_first_with_today_at_the_top(client, intake_staff, make_slot):
    past = make_call(make_slot(days_ahead=5, hour=9), number=1)
    Slot.objects.filter(pk=past.slot_id).update(start=timezone.now() - timedelta(days=3))
    later = make_call(make_slot(days_ahead=6, hour=9), number=2)
    soon = make_call(make_slot(days_ahead=1, hour=9), number=3)
    unplanned = make_call(None, number=4)
    client.force_login(intake_staff)
    response = client.get(reverse("admin:intake_advicecall_changelist"))
    shown = [call.pk for call in response.context["cl"].result_list]
    assert shown == [soon.pk, later.pk, unplanned.pk, past.pk]


def test_changelists_filter_and_search(client, intake_staff, slot):
    make_contact(1)
    make_call(slot)
    client.force_login(intake_staff)
    contacts = reverse("admin:intake_contactrequest_changelist")
    assert client.get(contacts, {"q": "sanne1@example.nl"}).context["cl"].result_count == 1
    assert client.get(contacts, {"q": "niemand"}).context["cl"].result_count == 0
    assert client.get(contacts, {"status__exact": "nieuw"}).context["cl"].result_count == 1
    calls = reverse("admin:intake_advicecall_changelist")
    for query in ({"wanneer": "komend"}, {"soort": "tijdslot"}, {"status__exact": "aangevraagd"}):
        assert client.get(calls, query).context["cl"].result_count == 1, query


def test_slots_are_generated_in_bulk_from_the_admin(client, intake_staff):
    client.force_login(intake_staff)
    url = reverse("admin:intake_slot_generate")
    assert client.get(url).status_code == 200
    monday = timezone.localdate() + timedelta(days=7 - timezone.localdate().weekday())
    response = client.post(
        url,
        {
            "first_day": monday.isoformat(),
            "weeks": 4,
            "weekdays": ["0", "1", "2", "3", "4"],
            "start": "09:00",
            "end": "17:00",
            "every_minutes": 30,
            "duration": 15,
            "capacity": 1,
        },
    )
    assert response.status_code == 302
    assert Slot.objects.count() == 4 * 5 * 16


def test_waiting_times_date_follows_an_edit(client, intake_staff):
    info = PracticeInfo.load()
    PracticeInfo.objects.filter(pk=info.pk).update(
        waiting_times_updated_on=timezone.localdate() - timedelta(days=40)
    )
    client.force_login(intake_staff)
    response = client.post(
        reverse("admin:intake_practiceinfo_change", args=[info.pk]),
        {
            "waiting_time_intake": "ongeveer 2 weken",
            "waiting_time_treatment": info.waiting_time_treatment,
            "waiting_times_updated_on": (timezone.localdate() - timedelta(days=40)).isoformat(),
            # The admin renders this hidden initial for a field with a callable default.
            "initial-waiting_times_updated_on": (timezone.localdate() - timedelta(days=40)).isoformat(),
            "reply_time": info.reply_time,
        },
    )
    assert response.status_code == 302
    info.refresh_from_db()
    assert info.waiting_time_intake == "ongeveer 2 weken"
    assert info.waiting_times_updated_on == timezone.localdate()
    assert client.get(reverse("intake:contact")).content.decode().count("ongeveer 2 weken") == 1


def test_deleting_calls_in_the_admin_frees_their_places(client, intake_staff, make_slot):
    first, second = make_slot(hour=10), make_slot(hour=11)
    calls = [make_call(first, number=1), make_call(second, number=2)]
    client.force_login(intake_staff)
    client.post(reverse("admin:intake_advicecall_delete", args=[calls[0].pk]), {"post": "yes"})
    client.post(
        reverse("admin:intake_advicecall_changelist"),
        {"action": "delete_selected", "_selected_action": [calls[1].pk], "post": "yes"},
    )
    assert not AdviceCall.objects.exists()
    assert list(Slot.objects.values_list("booked_count", flat=True)) == [0, 0]


def test_a_booked_slot_cannot_be_moved_under_its_visitors(client, intake_staff, slot):
    make_call(slot)
    client.force_login(intake_staff)
    page = client.get(reverse("admin:intake_slot_change", args=[slot.pk])).content.decode()
    assert 'name="start_0"' not in page and 'name="capacity"' in page


def test_the_call_list_filters_by_when_and_by_kind(client, intake_staff, make_slot):
    from intake.models import start_of_today

    today = start_of_today()
    calls = {}
    for number, (name, start) in enumerate(
        [
            ("vandaag", today + timedelta(hours=1)),
            ("morgen", today + timedelta(days=1, hours=10)),
            ("gisteren", today - timedelta(days=1)),
        ],  # fmt: skip
        start=1,
    ):
        slot = make_slot(days_ahead=3, hour=9 + number)
        calls[name] = make_call(slot, number=number)
        Slot.objects.filter(pk=slot.pk).update(start=start)  # booked earlier; the day has come
    calls["voorkeur"] = make_call(None, number=9)
    client.force_login(intake_staff)

    def listed(**params):
        response = client.get(reverse("admin:intake_advicecall_changelist"), params)
        return {name for name, call in calls.items() if call in response.context["cl"].result_list}

    assert listed(wanneer="vandaag") == {"vandaag"}
    assert listed(wanneer="komend") == {"vandaag", "morgen"}
    assert listed(wanneer="verleden") == {"gisteren"}
    assert listed(soort="voorkeur") == {"voorkeur"}
    assert listed(soort="tijdslot") == {"vandaag", "morgen", "gisteren"}
    assert listed() == set(calls)
