"""The two staff roles, as permission groups, brought up to date after every migrate."""

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS

INTAKE_TEAM = "Aanmeldteam"
EDITORS = "Redactie"


def sync_groups(*, apps=global_apps, using: str = DEFAULT_DB_ALIAS) -> None:
    """Create both groups and give them their permissions; adds what is missing, removes nothing.

    Aanmeldteam: everything in the intake app except the access log (read by the owner only).
    Redactie: the blog only, so no request is ever visible to an editor.
    """
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.using(using)
    wanted = {
        INTAKE_TEAM: permissions.filter(content_type__app_label="intake").exclude(
            content_type__model="accesslog"
        ),
        EDITORS: permissions.filter(content_type__app_label="blog"),
    }
    for name, group_permissions in wanted.items():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.add(*group_permissions)
