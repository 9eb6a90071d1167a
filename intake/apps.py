from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def sync_groups_after_migrate(sender, *, apps, using, **kwargs):
    # New models (and a test database flush) need their permissions in the groups too.
    from .roles import sync_groups

    sync_groups(apps=apps, using=using)


class IntakeConfig(AppConfig):
    name = "intake"
    verbose_name = _("Aanmeldingen")

    def ready(self):
        post_migrate.connect(sync_groups_after_migrate, sender=self, dispatch_uid="intake_sync_groups")
