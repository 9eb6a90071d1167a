"""Encryption at rest for what visitors write and for the team's notes.

A field stores its text as a Fernet token (AES with an HMAC, from the `cryptography` package); the
ORM, and so the admin, the exports and the erasure, read and write plain text. The keys come from
settings.ENCRYPTION_KEYS, newest first: the first encrypts, every one decrypts, so a new key can be
put in front while `manage.py rotate_encryption_key` re-encrypts the rows written under the old one.
"""

from functools import cache

from cryptography.fernet import Fernet, MultiFernet
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.db import connections, models
from django.dispatch import receiver


@cache
def fernet() -> MultiFernet:
    try:
        return MultiFernet([Fernet(key) for key in settings.ENCRYPTION_KEYS])
    except (ValueError, TypeError) as error:
        raise ImproperlyConfigured(
            "ENCRYPTION_KEYS: every key must be a Fernet key of 44 characters (see README)."
        ) from error


@receiver(setting_changed)
def _forget_keys(*, setting, **kwargs):
    if setting == "ENCRYPTION_KEYS":
        fernet.cache_clear()


def encrypt(text: str) -> str:
    return fernet().encrypt(text.encode()).decode()


def decrypt(token: str) -> str:
    """Raises cryptography.fernet.InvalidToken when no key in ENCRYPTION_KEYS made `token`."""
    return fernet().decrypt(token).decode()


class EncryptedTextField(models.TextField):
    """Text stored encrypted. The database cannot look inside it, so it cannot be searched, filtered
    or sorted on: lookups other than `isnull` are refused rather than silently finding nothing.
    An empty text is stored empty."""

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return encrypt(value) if value else value

    def from_db_value(self, value, expression, connection):
        return decrypt(value) if value else value

    def get_lookup(self, lookup_name):
        return super().get_lookup(lookup_name) if lookup_name == "isnull" else None


def encrypted_fields() -> list[tuple[type[models.Model], EncryptedTextField]]:
    """Every encrypted field of every installed model: what a key rotation re-encrypts."""
    return [
        (model, field)
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if isinstance(field, EncryptedTextField)
    ]


def rows_rotate(model: type[models.Model], field: EncryptedTextField, *, using: str = "default") -> int:
    """Re-encrypt every stored value of `field` under the first key; how many rows that were.

    Works on the stored tokens (MultiFernet.rotate), never on the text. A row changed in between
    keeps its new value: the update only applies while the row still holds the token read."""
    connection = connections[using]
    quote = connection.ops.quote_name
    table, column, pk = quote(model._meta.db_table), quote(field.column), quote(model._meta.pk.column)
    rotated = 0
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {pk}, {column} FROM {table} WHERE {column} <> ''")  # noqa: S608 - names
        for row_pk, token in cursor.fetchall():
            fresh = fernet().rotate(token.encode()).decode()
            cursor.execute(
                f"UPDATE {table} SET {column} = %s WHERE {pk} = %s AND {column} = %s",  # noqa: S608
                [fresh, row_pk, token],
            )
            rotated += cursor.rowcount
    return rotated
