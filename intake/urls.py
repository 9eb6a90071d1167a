from django.urls import path
from django.views.generic import TemplateView

app_name = "intake"

# Simple pages until the intake forms land (issue: intake).
urlpatterns = [
    path("aanmelden/", TemplateView.as_view(template_name="intake/contact.html"), name="contact"),
    path("adviesgesprek/", TemplateView.as_view(template_name="intake/advice_call.html"), name="advice-call"),
    path("privacy/", TemplateView.as_view(template_name="intake/privacy.html"), name="privacy"),
]
