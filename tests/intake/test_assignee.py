"""Who handles a request: only active members of the intake team, shown by name."""

import pytest
from django.urls import reverse

from intake.models import ContactRequest
from practice_site.roles import INTAKE_TEAM
from tests.intake.conftest import staff_in
from tests.intake.test_admin import make_call, make_contact

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(django_user_model, intake_staff, editor_staff, owner):
    intake_staff.first_name, intake_staff.last_name = "Fatma", "Yilmaz"
    intake_staff.save()
    nameless = staff_in(django_user_model, "teamlid2", INTAKE_TEAM)
    gone = staff_in(django_user_model, "oud-teamlid", INTAKE_TEAM)
    gone.is_active = False
    gone.save()
    return {"named": intake_staff, "nameless": nameless, "gone": gone, "editor": editor_staff, "owner": owner}


def offered(client, url, field="assigned_to"):
    form = client.get(url).context["adminform"].form
    return [(str(value), label) for value, label in form.fields[field].choices if value != ""]


def test_only_active_team_members_are_offered_by_name(client, people, slot):
    client.force_login(people["named"])
    for url in (
        reverse("admin:intake_contactrequest_change", args=[make_contact().pk]),
        reverse("admin:intake_advicecall_change", args=[make_call(slot).pk]),
    ):
        assert offered(client, url) == [
            (str(people["named"].pk), "Fatma Yilmaz"),
            (str(people["nameless"].pk), "teamlid2"),
        ]


def test_someone_not_offered_cannot_be_assigned(client, people):
    from tests.intake.admin_form import change_form_data

    contact = make_contact()
    url = reverse("admin:intake_contactrequest_change", args=[contact.pk])
    client.force_login(people["named"])
    response = client.post(url, change_form_data(client, url, assigned_to=people["owner"].pk))
    assert response.status_code == 200 and "assigned_to" in response.context["adminform"].form.errors
    contact.refresh_from_db()
    assert contact.assigned_to is None


def test_a_request_keeps_showing_who_handled_it_after_they_left(client, people):
    contact = make_contact()
    ContactRequest.objects.filter(pk=contact.pk).update(assigned_to=people["gone"])
    client.force_login(people["named"])
    url = reverse("admin:intake_contactrequest_change", args=[contact.pk])
    assert (str(people["gone"].pk), "oud-teamlid") in offered(client, url)


def test_the_list_shows_and_filters_the_assignee_by_name(client, people):
    mine, nobodys = make_contact(1), make_contact(2)
    ContactRequest.objects.filter(pk=mine.pk).update(assigned_to=people["named"])
    client.force_login(people["named"])
    url = reverse("admin:intake_contactrequest_changelist")
    response = client.get(url)
    assert '<td class="field-assignee">Fatma Yilmaz</td>' in response.content.decode()
    spec = next(
        s for s in response.context["cl"].filter_specs if getattr(s, "parameter_name", "") == "behandeld_door"
    )
    assert [label for _value, label in spec.lookup_choices] == ["Fatma Yilmaz", "teamlid2", "Nog niemand"]
    assert list(client.get(url, {"behandeld_door": people["named"].pk}).context["cl"].result_list) == [mine]
    assert list(client.get(url, {"behandeld_door": "niemand"}).context["cl"].result_list) == [nobodys]
