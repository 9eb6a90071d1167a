"""CSV exports of requests for the intake team: the columns staff chose, safe to open in a spreadsheet."""

import csv
from datetime import datetime

from django.http import HttpResponse
from django.utils import formats, timezone

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str:
    """A cell a spreadsheet shows as text: no formula injection from what a visitor typed."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = formats.date_format(timezone.localtime(value), "Y-m-d H:i")
    text = str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def csv_value(obj, name):
    """A field's value as staff read it in the admin: the label of a choice, not its code."""
    field = obj._meta.get_field(name)
    if field.choices:
        return getattr(obj, f"get_{name}_display")()
    return getattr(obj, name)


def csv_response(model, objects, fields) -> HttpResponse:
    """A semicolon-separated download of `fields` of `objects`, headed by the fields' names."""
    opts = model._meta
    filename = f"{opts.model_name}-{timezone.localdate():%Y-%m-%d}.csv"
    response = HttpResponse(
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
    response.write("\ufeff")  # so Excel reads the file as UTF-8
    writer = csv.writer(response, delimiter=";")
    writer.writerow([str(opts.get_field(name).verbose_name) for name in fields])
    for obj in objects:
        writer.writerow([csv_cell(csv_value(obj, name)) for name in fields])
    return response
