from django.apps import AppConfig
from django.apps import apps as global_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def sync_groups_after_migrate(sender, *, using, apps=global_apps, **kwargs):
    # New models (and a test database flush, which passes no apps) need their permissions too.
    from .roles import sync_groups

    sync_groups(apps=apps, using=using)


class IntakeConfig(AppConfig):
    name = "intake"
    verbose_name = _("Aanmeldingen")

    def ready(self):
        post_migrate.connect(sync_groups_after_migrate, sender=self, dispatch_uid="intake_sync_groups")
