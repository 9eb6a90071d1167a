"""CSV exports of requests for the intake team: the columns staff chose, safe to open in a spreadsheet."""

import csv
import re
from datetime import datetime

from django.http import HttpResponse
from django.utils import formats, timezone
from django.utils.text import slugify

from .phone import phone_display

# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# ...except a plain number: '+32 470 123 456', '-5', '12,50'. It has no letters, operators or
# parentheses left to run, so it keeps its own form instead of getting a quote in front.
PLAIN_NUMBER = re.compile(r"[+-]?\d[\d ]*(?:[.,]\d+)?")


def csv_cell(value) -> str:
    """A cell a spreadsheet shows as text: no formula injection from what a visitor typed."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = formats.date_format(timezone.localtime(value), "Y-m-d H:i")
    text = str(value)
    if text.startswith(FORMULA_PREFIXES) and not PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_value(obj, name):
    """A field's value as staff read it in the admin: the label of a choice, a phone number the Dutch way."""
    field = obj._meta.get_field(name)
    if field.choices:
        return getattr(obj, f"get_{name}_display")()
    if name == "phone":
        return phone_display(obj.phone)
    return getattr(obj, name)


def csv_filename(model) -> str:
    """'aanmeldingen-2026-12-02.csv': what the file holds, in Dutch, and the day it was made."""
    return f"{slugify(model._meta.verbose_name_plural)}-{timezone.localdate():%Y-%m-%d}.csv"


def csv_response(model, objects, fields) -> HttpResponse:
    """A semicolon-separated download of `fields` of `objects`, headed by the fields' names."""
    opts = model._meta
    response = HttpResponse(
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{csv_filename(model)}"'},
    )
    response.write("\ufeff")  # so Excel reads the file as UTF-8
    writer = csv.writer(response, delimiter=";")
    writer.writerow([str(opts.get_field(name).verbose_name) for name in fields])
    for obj in objects:
        writer.writerow([csv_cell(csv_value(obj, name)) for name in fields])
    return response
