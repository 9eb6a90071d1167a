"""The slot picker on the booking form and on the visitor's move page: which free slots it offers,
grouped per day, each labelled with its full date for screen readers."""

from django.utils import formats, timezone

from .models import Slot, local_datetime_label, slots_by_day

# How many days of free slots the picker shows; more is a long scroll on a phone.
PICKER_DAYS = 10


def picker_slots(*, exclude: int | None = None) -> list[Slot]:
    """The bookable slots of the first PICKER_DAYS days that have any, without `exclude`."""
    slots = Slot.objects.bookable().exclude(pk=exclude).order_by("start")[: PICKER_DAYS * 48]
    days = slots_by_day(slots)[:PICKER_DAYS]
    return [slot for _day, day_slots in days for slot in day_slots]


def picker_days(slots, chosen) -> list[dict]:
    """The free slots per day, for a picker that says the full date to a screen reader."""
    chosen = str(chosen or "")
    days = []
    for day, day_slots in slots_by_day(slots):
        options = [
            {
                "value": slot.pk,
                "id": f"slot-{slot.pk}",
                "time": formats.time_format(timezone.localtime(slot.start), "H:i"),
                "full_label": local_datetime_label(slot.start),
                "checked": chosen == str(slot.pk),
            }
            for slot in day_slots
        ]
        days.append(
            {
                "date": day,
                "label": formats.date_format(day, "l j F"),
                "options": options,
                "open": any(option["checked"] for option in options),
            }
        )
    if days and not any(day["open"] for day in days):
        days[0]["open"] = True
    return days
