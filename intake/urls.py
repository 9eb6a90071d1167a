from django.urls import path

from . import views

app_name = "intake"

urlpatterns = [
    path("aanmelden/", views.ContactView.as_view(), name="contact"),
    path("aanmelden/bedankt/", views.ContactThanksView.as_view(), name="contact-thanks"),
    path("adviesgesprek/", views.AdviceCallView.as_view(), name="advice-call"),
    path("adviesgesprek/bedankt/", views.AdviceCallThanksView.as_view(), name="advice-call-thanks"),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
]
