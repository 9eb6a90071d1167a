import csv
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from intake.exports import csv_cell
from intake.phone import phone_display
from intake.services import contact_request_create

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+31612345678", "06 12345678"),
        ("+31301234567", "030 1234567"),
        ("+31111123456", "0111 123456"),
        ("+31881234567", "088 1234567"),
        ("+31800123456", "0800 123456"),
        ("+32470123456", "+32 470 123 456"),
        ("+12025550123", "+1 202 555 0123"),
        ("", ""),
        ("onbekend", "onbekend"),
    ],
)
def test_phone_numbers_are_shown_as_people_write_them(stored, shown):
    assert phone_display(stored) == shown


@pytest.mark.parametrize(
    "plain", ["06 12345678", "+32 470 123 456", "+31 6 12345678", "-5", "12,50", "Sanne"]
)
def test_plain_numbers_and_text_get_no_quote(plain):
    assert csv_cell(plain) == plain


@pytest.mark.parametrize(
    "formula",
    [
        '=HYPERLINK("http://evil.example","klik")',
        "+cmd|' /C calc'!A0",
        "-1+2",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
        "=123",
    ],
)
def test_what_a_spreadsheet_would_run_is_quoted(formula):
    assert csv_cell(formula) == "'" + formula


def contact_with_phone(phone, *, token):
    return contact_request_create(
        first_name="Sanne",
        last_name="de Vries",
        email="sanne@example.nl",
        phone=phone,
        preferred_contact="telefoon",
        reachable_at="",
        message="Vraag",
        referral="ja",
        submit_token=token,
    )


def test_export_has_a_dutch_file_name_and_dutch_phone_numbers(client, intake_staff):
    contact_with_phone("+31612345678", token="export-1")
    client.force_login(intake_staff)
    from intake.models import ContactRequest

    response = client.post(
        reverse("admin:intake_contactrequest_changelist"),
        {
            "action": "export_csv",
            "_selected_action": list(ContactRequest.objects.values_list("pk", flat=True)),
        },
    )
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="aanmeldingen-{today}.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][rows[0].index("telefoonnummer")] == "06 12345678"


def test_admin_list_shows_the_phone_number_the_dutch_way(client, intake_staff):
    contact_with_phone("+31612345678", token="list-1")
    client.force_login(intake_staff)
    response = client.get(reverse("admin:intake_contactrequest_changelist"))
    assert "06 12345678" in response.content.decode()
