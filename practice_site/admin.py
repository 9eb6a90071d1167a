"""The admin of users and groups, with permissions named in Dutch.

Django stores a permission's name in English when it creates it ("Can add notitie"); the
practice owner picks permissions by these names on the user and group pages.
"""

from django.apps import apps
from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

PERMISSION_ACTIONS = {
    "add": _("toevoegen"),
    "change": _("wijzigen"),
    "delete": _("verwijderen"),
    "view": _("bekijken"),
}


def permission_label(permission) -> str:
    """ "Aanmeldteam | Notitie toevoegen" for Django's own permissions; custom ones keep their name."""
    content_type = permission.content_type
    model = content_type.model_class()
    action, _separator, model_name = permission.codename.partition("_")
    if model is not None and action in PERMISSION_ACTIONS and model_name == model._meta.model_name:
        name = f"{capfirst(model._meta.verbose_name)} {PERMISSION_ACTIONS[action]}"
    else:
        name = permission.name
    return f"{apps.get_app_config(content_type.app_label).verbose_name} | {name}"


class DutchPermissionsMixin:
    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name in ("permissions", "user_permissions"):
            field.label_from_instance = permission_label
        return field


admin.site.unregister(User)
admin.site.unregister(Group)


@admin.register(User)
class PracticeUserAdmin(DutchPermissionsMixin, UserAdmin):
    pass


@admin.register(Group)
class PracticeGroupAdmin(DutchPermissionsMixin, GroupAdmin):
    pass
