"""Dutch for strings Django 6.1 itself has not translated yet (they show in the admin).

`make messages` puts these in our catalogue (locale/nl), which Django reads before its own.
Everything else in our catalogue is written in Dutch at the source, so msgstr = msgid.
"""

from django.utils.translation import gettext_noop

DJANGO_GAPS = {
    gettext_noop("- Select an option -"): "- Maak een keuze -",
    gettext_noop("Filter by %(field_name)s"): "Filteren op %(field_name)s",
    gettext_noop("Forgotten your login credentials?"): "Inloggegevens vergeten?",
    gettext_noop("Logout"): "Afmelden",
    gettext_noop("Search %(name)s"): "Zoeken in %(name)s",
    gettext_noop("Pagination %(name)s"): "Paginering %(name)s",
    gettext_noop("Pagination %(name)s entries"): "Paginering %(name)s",
}
