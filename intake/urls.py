from django.urls import path

from . import calendar_feed, views, views_manage

app_name = "intake"

urlpatterns = [
    path("aanmelden/", views.ContactView.as_view(), name="contact"),
    path("aanmelden/bedankt/", views.ContactThanksView.as_view(), name="contact-thanks"),
    path("adviesgesprek/", views.AdviceCallView.as_view(), name="advice-call"),
    path("adviesgesprek/bedankt/", views.AdviceCallThanksView.as_view(), name="advice-call-thanks"),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
    # The visitor's own link (manage_call.py) and the team's calendar feed (calendar_feed.py).
    path("adviesgesprek/wijzigen/<str:token>/", views_manage.ManageCallView.as_view(), name="manage-call"),
    path(
        "adviesgesprek/wijzigen/<str:token>/annuleren/",
        views_manage.CancelCallView.as_view(),
        name="manage-call-cancel",
    ),
    path(
        "adviesgesprek/geannuleerd/", views_manage.CallCancelledView.as_view(), name="manage-call-cancelled"
    ),
    path("adviesgesprekken/agenda/<str:secret>.ics", calendar_feed.feed, name="calendar-feed"),
]
