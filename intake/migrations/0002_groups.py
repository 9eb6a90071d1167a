"""The staff roles: "Aanmeldteam" handles requests, "Redactie" edits the blog and sees no request."""

from django.contrib.auth.management import create_permissions
from django.db import migrations



def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations ran; these groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
        app_config.models_module = None
    # As the roles were when this migration was written (practice_site/roles.py keeps them now).
    Group = apps.get_model("auth", "Group")
    permissions = apps.get_model("auth", "Permission").objects.using(schema_editor.connection.alias)
    wanted = {
        "Aanmeldteam": permissions.filter(content_type__app_label="intake").exclude(
            content_type__model="accesslog"
        ),
        "Redactie": permissions.filter(content_type__app_label="blog"),
    }
    for name, group_permissions in wanted.items():
        group, _created = Group.objects.using(schema_editor.connection.alias).get_or_create(name=name)
        group.permissions.add(*group_permissions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Aanmeldteam", "Redactie"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0001_initial"),
        ("blog", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
