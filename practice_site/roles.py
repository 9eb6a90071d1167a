"""The two staff roles, as permission groups, brought up to date after every migrate."""

from django.apps import apps as global_apps
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS

from intake.rights import PERMISSION_CODENAME as VISITOR_RIGHTS

INTAKE_TEAM = settings.INTAKE_TEAM_GROUP  # the intake app reads the same setting
EDITORS = "Redactie"


def sync_visitor_rights_permission(*, apps=global_apps, using: str = DEFAULT_DB_ALIAS):
    """The permission for the visitor's-rights page (finding, exporting and erasing one person's
    requests). No model declares it, so no migration does: it is created here, on the content type
    of aanmeldingen, and given to no group. The practice owner is a superuser or is granted it."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.using(using).get_or_create(
        app_label="intake", model="contactrequest"
    )
    permission, _created = Permission.objects.using(using).get_or_create(
        codename=VISITOR_RIGHTS,
        content_type=content_type,
        defaults={"name": "Verzoeken om inzage en verwijdering behandelen"},
    )
    return permission


def sync_groups(*, apps=global_apps, using: str = DEFAULT_DB_ALIAS) -> None:
    """Create both groups and give them their permissions; adds what is missing, removes nothing.

    Aanmeldteam: everything in the intake app except the access log (read by the owner only) and
    the visitor's rights (exporting and erasing everything of one person is the owner's call).
    Redactie: the blog only, so no request is ever visible to an editor.
    """
    sync_visitor_rights_permission(apps=apps, using=using)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.using(using)
    wanted = {
        INTAKE_TEAM: permissions.filter(content_type__app_label="intake")
        .exclude(content_type__model="requestaccesslog")
        .exclude(codename=VISITOR_RIGHTS),
        EDITORS: permissions.filter(content_type__app_label="blog"),
    }
    for name, group_permissions in wanted.items():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.add(*group_permissions)
