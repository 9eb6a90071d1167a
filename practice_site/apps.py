from axes.apps import AppConfig as AxesAppConfig
from django.apps import AppConfig
from django.apps import apps as global_apps
from django.db.models.signals import post_migrate
from django.utils import formats, timezone
from django.utils.translation import gettext
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

    def ready(self):
        super().ready()
        from axes.models import AccessAttempt, AccessFailureLog, AccessLog

        # django-axes names its records in English without gettext ("Attempted Access: …"), and
        # the practice owner reads those names on the detail and delete pages when unlocking a
        # colleague: they get Dutch names here, in the one place that knows about axes.
        AccessAttempt.__str__ = lambda attempt: _axes_name(gettext("Mislukte inlogpogingen"), attempt)
        AccessFailureLog.__str__ = lambda failure: _axes_name(gettext("Mislukte inlog"), failure)
        AccessLog.__str__ = lambda entry: _axes_name(gettext("Inlog"), entry)


def _axes_name(kind: str, record) -> str:
    when = formats.date_format(timezone.localtime(record.attempt_time), "j F Y H:i")
    return gettext("%(kind)s van %(username)s op %(when)s") % {
        "kind": kind,
        "username": record.username or "?",
        "when": when,
    }
