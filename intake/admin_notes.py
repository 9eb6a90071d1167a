"""The team's notes on a request's change page: the thread, oldest first, and a box for a new note.

Notes are added, never edited: each keeps its author and time, and a new one never overwrites
another. Adding one is noted in the access log (without its text).
"""

from django.contrib import admin, messages
from django.template.defaultfilters import linebreaksbr
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from .services import request_note_add

NOTES_FIELDSET = (_("Notities"), {"fields": ("notes_thread", "new_note")})


class RequestNotesMixin:
    """For a request kind's ModelAdmin whose form has `new_note` and fieldsets NOTES_FIELDSET."""

    class Media:
        css = {"all": ("intake/admin/request.css",)}

    @admin.display(description=_("eerdere notities"))
    def notes_thread(self, obj):
        notes = list(obj.notes.all()) if obj is not None and obj.pk else []
        if not notes:
            return _("Nog geen notities.")
        rows = (
            (
                note.author_name,
                timezone.localtime(note.created_at).isoformat(),
                formats.date_format(timezone.localtime(note.created_at), "j F Y, H:i"),
                linebreaksbr(note.text),
            )
            for note in notes
        )
        items = format_html_join(
            "",
            '<li class="note"><p class="note-meta"><strong>{}</strong>, <time datetime="{}">{}</time></p>'
            '<p class="note-text">{}</p></li>',
            rows,
        )
        return format_html('<ol class="note-thread">{}</ol>', items)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if self.has_change_permission(request, obj):
            return fieldsets
        # Reading only: the thread, without a box to write in.
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f != "new_note"]})
            for name, options in fieldsets
        ]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        text = form.cleaned_data.get("new_note", "").strip()
        if text:
            request_note_add(request=form.instance, author=request.user, text=text)
            self.message_user(request, _("Je notitie is toegevoegd."), messages.SUCCESS)
