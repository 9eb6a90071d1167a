"""Notes as a thread: RequestNote replaces the single internal_notes box of both request kinds.

Every non-empty internal_notes becomes the request's first note, by an unknown author, dated when
the request's status last changed; only then is the field removed, so nothing is lost. Migrating
back joins the notes into the box again.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

UNKNOWN_AUTHOR = "onbekend"
KINDS = (("contactrequest", "contact_request"), ("advicecall", "advice_call"))


def move_notes(apps, schema_editor):
    db = schema_editor.connection.alias
    RequestNote = apps.get_model("intake", "RequestNote")
    notes = []
    for model_name, field in KINDS:
        requests = apps.get_model("intake", model_name).objects.using(db).exclude(internal_notes="")
        for request in requests.only("pk", "internal_notes", "status_changed_at").iterator():
            if request.internal_notes.strip():
                notes.append(
                    RequestNote(
                        text=request.internal_notes,
                        author=None,
                        author_name=UNKNOWN_AUTHOR,
                        created_at=request.status_changed_at,
                        **{f"{field}_id": request.pk},
                    )
                )
    RequestNote.objects.using(db).bulk_create(notes, batch_size=500)


def restore_notes(apps, schema_editor):
    db = schema_editor.connection.alias
    RequestNote = apps.get_model("intake", "RequestNote")
    for model_name, field in KINDS:
        model = apps.get_model("intake", model_name)
        texts = {}
        for note in RequestNote.objects.using(db).filter(**{f"{field}__isnull": False}).order_by("created_at", "pk"):
            when = django.utils.timezone.localtime(note.created_at).strftime("%Y-%m-%d %H:%M")
            texts.setdefault(getattr(note, f"{field}_id"), []).append(f"{note.author_name}, {when}:\n{note.text}")
        for pk, parts in texts.items():
            model.objects.using(db).filter(pk=pk).update(internal_notes="\n\n".join(parts))


class Migration(migrations.Migration):

    dependencies = [
        ('intake', '0002_groups'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='RequestNote',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('text', models.TextField(verbose_name='notitie')),
                ('author_name', models.CharField(max_length=150, verbose_name='geschreven door')),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='geschreven op')),
                ('advice_call', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='notes', to='intake.advicecall')),
                ('author', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='auteur')),
                ('contact_request', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='notes', to='intake.contactrequest')),
            ],
            options={
                'verbose_name': 'notitie',
                'verbose_name_plural': 'notities',
                'ordering': ['created_at', 'pk'],
                'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('advice_call__isnull', True), ('contact_request__isnull', False)), models.Q(('advice_call__isnull', False), ('contact_request__isnull', True)), _connector='OR'), name='intake_requestnote_has_one_request')],
            },
        ),
        migrations.RunPython(move_notes, restore_notes),
        migrations.RemoveField(
            model_name='advicecall',
            name='internal_notes',
        ),
        migrations.RemoveField(
            model_name='contactrequest',
            name='internal_notes',
        ),
        migrations.AlterField(
            model_name='accesslog',
            name='action',
            field=models.CharField(choices=[('view', 'Geopend'), ('export', 'Geëxporteerd'), ('note', 'Notitie toegevoegd'), ('erase', 'Gewist')], max_length=10, verbose_name='actie'),
        ),
    ]
