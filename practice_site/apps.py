from axes.apps import AppConfig as AxesAppConfig
from django.apps import AppConfig
from django.apps import apps as global_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def sync_groups_after_migrate(sender, *, using, apps=global_apps, **kwargs):
    # New models (and a test database flush, which passes no apps) need their permissions too.
    from .roles import sync_groups

    sync_groups(apps=apps, using=using)


class PracticeSiteConfig(AppConfig):
    """The project wires its apps together; the apps never import it."""

    # "practice_site" in INSTALLED_APPS means this class: the module holds a second AppConfig
    # (AxesConfig), and without a default Django would use a bare AppConfig and skip ready().
    default = True
    name = "practice_site"
    verbose_name = _("Praktijkwebsite")

    def ready(self):
        from . import page_cache

        page_cache.connect_signals()
        # After the intake app's post_migrate: by then the blog's and intake's permissions exist.
        post_migrate.connect(
            sync_groups_after_migrate, sender=global_apps.get_app_config("intake"), dispatch_uid="sync_groups"
        )


class AxesConfig(AxesAppConfig):
    """django-axes under a Dutch name in the admin (its model names are in our catalogue)."""

    verbose_name = _("Inlogbeveiliging")
