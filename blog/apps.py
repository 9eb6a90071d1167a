from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = _("Blog")

    def ready(self):
        from . import (
            revisions,  # noqa: F401 - registers Article with django-reversion
            signals,  # noqa: F401 - keeps related articles and search up to date
        )
