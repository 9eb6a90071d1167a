"""The intake's models, one module per job; import them from here (`intake.models.X`)."""

from .feeds import CalendarFeed
from .records import ONE_REQUEST, Notification, OfOneRequest, RequestAccessLog, RequestNote
from .requests import (
    BOOKING_NOTICE_MINUTES,
    PRIVACY_STATEMENT_VERSION,
    AdviceCall,
    ContactRequest,
    IntakeRequest,
    PracticeInfo,
    Slot,
    SlotQuerySet,
    local_datetime_label,
    slots_by_day,
    staff_name,
    start_of_today,
)

__all__ = [
    "BOOKING_NOTICE_MINUTES",
    "ONE_REQUEST",
    "PRIVACY_STATEMENT_VERSION",
    "AdviceCall",
    "CalendarFeed",
    "ContactRequest",
    "IntakeRequest",
    "Notification",
    "OfOneRequest",
    "PracticeInfo",
    "RequestAccessLog",
    "RequestNote",
    "Slot",
    "SlotQuerySet",
    "local_datetime_label",
    "slots_by_day",
    "staff_name",
    "start_of_today",
]
