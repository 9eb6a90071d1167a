# Encrypts what visitors write and the team's notes at rest (intake/encryption.py), with the
# keys in ENCRYPTION_KEYS. The rows are rewritten while the fields are still plain text fields
# (so the historical models read and write the stored text as it is); backwards the other way round.

import intake.encryption
from django.db import migrations

FIELDS = [("contactrequest", "message"), ("advicecall", "question"), ("requestnote", "text")]


def _rewrite(apps, schema_editor, convert):
    alias = schema_editor.connection.alias
    for model_name, field in FIELDS:
        model = apps.get_model("intake", model_name)
        # A list, not an iterator: SQLite does not isolate a read from writes to the same table.
        rows = list(model.objects.using(alias).exclude(**{field: ""}).values_list("pk", field))
        for pk, value in rows:
            model.objects.using(alias).filter(pk=pk).update(**{field: convert(value)})


def encrypt_rows(apps, schema_editor):
    _rewrite(apps, schema_editor, intake.encryption.encrypt)


def decrypt_rows(apps, schema_editor):
    _rewrite(apps, schema_editor, intake.encryption.decrypt)


class Migration(migrations.Migration):

    dependencies = [
        ('intake', '0005_reminders_and_calendar_feeds'),
    ]

    operations = [
        migrations.RunPython(encrypt_rows, decrypt_rows, elidable=False),
        migrations.AlterField(
            model_name='advicecall',
            name='question',
            field=intake.encryption.EncryptedTextField(blank=True, max_length=500, verbose_name='korte vraag'),
        ),
        migrations.AlterField(
            model_name='contactrequest',
            name='message',
            field=intake.encryption.EncryptedTextField(max_length=3000, verbose_name='waarmee kunnen we helpen?'),
        ),
        migrations.AlterField(
            model_name='requestnote',
            name='text',
            field=intake.encryption.EncryptedTextField(verbose_name='notitie'),
        ),
    ]
