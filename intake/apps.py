from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    name = "intake"
    verbose_name = _("Aanmeldteam")

    def ready(self):
        from .encryption import fernet

        fernet()  # a malformed ENCRYPTION_KEYS stops the start, not the first request that reads
