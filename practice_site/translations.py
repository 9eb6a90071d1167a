"""Our Dutch for texts of Django, django-axes and django-reversion that staff read in the admin.

`make messages` (scripts/messages.py) writes these into our catalogues (locale/nl), which Django
reads before its own and the libraries': DJANGO, AXES and DJANGO_VOICE into django.po, DJANGOJS
into djangojs.po (the admin's jsi18n). Everything else in our catalogue is written in Dutch at
the source, so msgstr = msgid. A key that is a pair is a plural: (singular, plural) → (one, more).
"""

# Django 6.1 has no Dutch for these yet.
DJANGO_GAPS = {
    "- Select an option -": "- Maak een keuze -",
    "Filter by %(field_name)s": "Filteren op %(field_name)s",
    "Forgotten your login credentials?": "Inloggegevens vergeten?",
    "Logout": "Afmelden",
    "Search %(name)s": "Zoeken in %(name)s",
    "Pagination %(name)s": "Paginering %(name)s",
    "Pagination %(name)s entries": "Paginering %(name)s",
    ", ": ", ",
    'The app "%s" could not be found.': "Het onderdeel ‘%s’ bestaat niet.",
    ("…and %(count)d more object.", "…and %(count)d more objects."): (
        "…en nog %(count)d ander item.",
        "…en nog %(count)d andere items.",
    ),
    "Deleting the %(object_name)s “%(escaped_object)s” would result in deleting related objects, "
    "but your account doesn't have permission to delete the following types of objects:": (
        "Met ‘%(escaped_object)s’ (%(object_name)s) zouden ook gekoppelde gegevens verdwijnen, "
        "maar je mag deze soorten gegevens niet verwijderen:"
    ),
    "Deleting the %(object_name)s “%(escaped_object)s” would require deleting the following "
    "protected related objects:": (
        "Voor het verwijderen van ‘%(escaped_object)s’ (%(object_name)s) moeten eerst deze "
        "beschermde gekoppelde gegevens weg:"
    ),
    "Are you sure you want to delete the %(object_name)s “%(escaped_object)s”? All of the "
    "following related items will be deleted:": (
        "Weet je zeker dat je ‘%(escaped_object)s’ (%(object_name)s) wilt verwijderen? "
        "Deze gekoppelde gegevens worden dan ook verwijderd:"
    ),
}

# Django's own Dutch, repeated because templates/admin/search_form.html (our copy of Django's)
# puts these texts into our catalogue, which Django reads first.
SEARCH_FORM = {
    "Search": "Zoeken",
    ("%(counter)s result", "%(counter)s results"): ("%(counter)s resultaat", "%(counter)s resultaten"),
    "%(full_result_count)s total": "%(full_result_count)s totaal",
    "Show all": "Alles tonen",
}

# Django's Dutch says "u" where the site says "je", and puts "De" before every model name
# ("De artikel …"): these need no article and speak to the reader as "je". Model names are
# lower case in Django's messages, so none of these starts with one.
DJANGO_VOICE = {
    # contrib.admin: after saving and deleting
    "The {name} “{obj}” was added successfully.": "Toegevoegd: {name} ‘{obj}’.",
    "You may edit it again below.": "Je kunt hieronder verder bewerken.",
    "The {name} “{obj}” was added successfully. You may add another {name} below.": (
        "Toegevoegd: {name} ‘{obj}’. Hieronder kun je er nog een toevoegen."
    ),
    "The {name} “{obj}” was changed successfully. You may edit it again below.": (
        "Gewijzigd: {name} ‘{obj}’. Je kunt hieronder verder bewerken."
    ),
    "The {name} “{obj}” was changed successfully. You may add another {name} below.": (
        "Gewijzigd: {name} ‘{obj}’. Hieronder kun je een nieuwe toevoegen."
    ),
    "The {name} “{obj}” was changed successfully.": "Gewijzigd: {name} ‘{obj}’.",
    "The %(name)s “%(obj)s” was deleted successfully.": "Verwijderd: %(name)s ‘%(obj)s’.",
    "%(name)s with ID “%(key)s” doesn’t exist. Perhaps it was deleted?": (
        "Er is geen %(name)s met nummer ‘%(key)s’. Misschien is die verwijderd?"
    ),
    "Cannot delete %(name)s": "Kan %(name)s niet verwijderen",
    # Also in our own admin templates (breadcrumbs, the list's add button): extracted there,
    # they would otherwise get msgstr = msgid, English over Django's Dutch.
    "Home": "Overzicht",
    "Add %(name)s": "%(name)s toevoegen",
    # The inline's "add another" link gets the model name with a capital: "Vastgezet … toevoegen".
    "Add another %(verbose_name)s": "%(verbose_name)s toevoegen",
    # contrib.admin: pages and confirmations
    "There’s been an error. It’s been reported to the site administrators via email and should be "
    "fixed shortly. Thanks for your patience.": (
        "Er ging iets mis. De beheerders hebben een e-mail gekregen en lossen het zo snel mogelijk op. "
        "Dank je voor je geduld."
    ),
    "You don’t have permission to view or edit anything.": (
        "Je hebt geen rechten om iets te bekijken of te wijzigen."
    ),
    "After you’ve created a user, you’ll be able to edit more user options.": (
        "Als de gebruiker is aangemaakt, kun je meer instellingen wijzigen."
    ),
    "Deleting the selected %(objects_name)s would result in deleting related objects, but your "
    "account doesn't have permission to delete the following types of objects:": (
        "Met de geselecteerde %(objects_name)s zouden ook gekoppelde gegevens verdwijnen, "
        "maar je mag deze soorten gegevens niet verwijderen:"
    ),
    "Are you sure you want to delete the selected %(objects_name)s? All of the following objects "
    "and their related items will be deleted:": (
        "Weet je zeker dat je de geselecteerde %(objects_name)s wilt verwijderen? Deze gegevens en "
        "wat eraan gekoppeld is worden dan verwijderd:"
    ),
    "Something’s wrong with your database installation. Make sure the appropriate database tables "
    "have been created, and make sure the database is readable by the appropriate user.": (
        "Er is iets mis met de database. Controleer of de tabellen zijn aangemaakt en of de juiste "
        "gebruiker de database kan lezen."
    ),
    "You are authenticated as %(username)s, but are not authorized to access this page. Would you "
    "like to login to a different account?": (
        "Je bent ingelogd als %(username)s, maar je hebt geen toegang tot deze pagina. "
        "Wil je inloggen met een ander account?"
    ),
    # contrib.admin: passwords
    "Your password was changed.": "Je wachtwoord is gewijzigd.",
    "Please enter your old password, for security’s sake, and then enter your new password twice "
    "so we can verify you typed it in correctly.": (
        "Vul voor de veiligheid eerst je oude wachtwoord in, en daarna twee keer je nieuwe, "
        "zodat we kunnen controleren dat je het goed hebt getypt."
    ),
    "Your password has been set.  You may go ahead and log in now.": (
        "Je wachtwoord is ingesteld. Je kunt nu inloggen."
    ),
    "We’ve emailed you instructions for setting your password, if an account exists with the email "
    "you entered. You should receive them shortly.": (
        "Als er een account bestaat met dit e-mailadres, hebben we je een e-mail gestuurd over het "
        "instellen van je wachtwoord. Die komt zo binnen."
    ),
    "If you don’t receive an email, please make sure you’ve entered the address you registered "
    "with, and check your spam folder.": (
        "Geen e-mail gekregen? Controleer of je het e-mailadres van je account hebt ingevuld, en "
        "kijk in je map met spam."
    ),
    "You're receiving this email because you requested a password reset for your user account at "
    "%(site_name)s.": (
        "Je krijgt deze e-mail omdat je hebt gevraagd om een nieuw wachtwoord voor je account op "
        "%(site_name)s."
    ),
    "In case you’ve forgotten, you are:": "Voor het geval je het vergeten bent, je gebruikersnaam is:",
    "Forgotten your password? Enter your email address below, and we’ll email instructions for "
    "setting a new one.": (
        "Wachtwoord vergeten? Vul hieronder je e-mailadres in, dan sturen we je uitleg om een nieuw "
        "wachtwoord in te stellen."
    ),
    # contrib.auth
    "Your old password was entered incorrectly. Please enter it again.": (
        "Je oude wachtwoord klopt niet. Vul het opnieuw in."
    ),
    "Designates whether this user should be treated as active. Unselect this instead of deleting accounts.": (
        "Of deze gebruiker kan inloggen. Zet dit uit in plaats van het account te verwijderen."
    ),
    (
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
    ): (
        "Je wachtwoord moet minstens %(min_length)d teken lang zijn.",
        "Je wachtwoord moet minstens %(min_length)d tekens lang zijn.",
    ),
    "Your password can’t be too similar to your other personal information.": (
        "Je wachtwoord mag niet te veel lijken op je andere gegevens."
    ),
    "Your password can’t be a commonly used password.": (
        "Je wachtwoord mag geen veelgebruikt wachtwoord zijn."
    ),
    "Your password can’t be entirely numeric.": "Je wachtwoord mag niet alleen uit cijfers bestaan.",
    # Django's forms: no database or field names for staff to puzzle over.
    "Constraint “%(name)s” is violated.": (
        "Deze gegevens passen niet bij elkaar. Controleer wat je hebt ingevuld."
    ),
    "Please correct the duplicate data for %(field)s, which must be unique.": (
        "Er staat iets dubbel in. Haal de dubbele regel weg."
    ),
    "Please correct the duplicate data for %(field)s.": "Er staat iets dubbel in. Haal de dubbele regel weg.",
    "Please correct the duplicate values below.": "Haal de dubbele regels hieronder weg.",
}

# django-axes (the admin's sign-in lockout) has no Dutch of its own.
AXES = {
    "access attempt": "mislukte inlogpoging",
    "access attempts": "mislukte inlogpogingen",
    "access failure": "logregel mislukte inlog",
    "access failures": "logboek mislukte inlogs",
    "access log": "logregel inloggen",
    "access logs": "logboek inloggen en uitloggen",
    "access attempt expiration": "vervaltijd inlogpoging",
    "access attempt expirations": "vervaltijden inlogpogingen",
    "User Agent": "Browser",
    "IP Address": "IP-adres",
    "Username": "Gebruikersnaam",
    "HTTP Accept": "HTTP Accept-header",
    "Path": "Pagina",
    "Attempt Time": "Tijdstip",
    "Access lock out": "Geblokkeerd",
    "GET Data": "Gegevens in de URL",
    "POST Data": "Verstuurde gegevens",
    "Failed Logins": "Aantal mislukte pogingen",
    "Access Attempt": "Inlogpoging",
    "Expires At": "Vervalt op",
    "The time when access attempt expires and is no longer valid.": (
        "Vanaf dit moment telt de poging niet meer mee."
    ),
    "Logout Time": "Uitgelogd op",
    "Session key hash (sha256)": "Sessiesleutel (versleuteld)",
    "Locked Out": "Geblokkeerd",
    "Form Data": "Formuliergegevens",
    "Meta Data": "Browser en adres",
    "Clean up expired attempts": "Verlopen pogingen opruimen",
    "Not set": "Niet ingesteld",
    "Attempt Remaining": "poging(en) over",
}

# django-reversion (revisions of articles): its messages, page titles and model names. Its
# templates are ours (templates/reversion/), written in Dutch.
REVERSION = {
    "Reversion": "Versiegeschiedenis",
    "revision": "bewaarde versie",
    "revisions": "bewaarde versies",
    "version": "versiegegevens",
    "versions": "versiegegevens",
    "date created": "bewaard op",
    "Initial version.": "Eerste versie.",
    "Reverted to previous version, saved on %(datetime)s": "Teruggezet naar de versie van %(datetime)s",
    "Could not load %(object_repr)s version - not found": (
        "De versie van ‘%(object_repr)s’ is niet gevonden. Misschien is die al opgeruimd."
    ),
    "Could not load %(object_repr)s version - incompatible version data.": (
        "De versie van ‘%(object_repr)s’ past niet meer bij de huidige opbouw van het artikel."
    ),
    "Could not load %(object_repr)s version - unknown serializer %(format)s.": (
        "De versie van ‘%(object_repr)s’ is in een onbekende vorm bewaard."
    ),
    "Could not save %(object_repr)s version - missing dependency.": (
        "De versie van ‘%(object_repr)s’ kan niet terug: iets waar ze naar verwijst bestaat niet meer."
    ),
    "Recover %(name)s": "‘%(name)s’ terughalen",
    "Revert %(name)s": "‘%(name)s’ terugzetten",
    "Recover deleted %(name)s": "Verwijderde %(name)s terughalen",
}

DJANGO = DJANGO_GAPS | SEARCH_FORM | DJANGO_VOICE | AXES | REVERSION

# The admin's JavaScript (date and time pickers, actions): catalogue djangojs.
DJANGOJS = {
    "You have unsaved changes on individual editable fields. If you run an action, your unsaved "
    "changes will be lost.": (
        "Je hebt wijzigingen in de lijst nog niet opgeslagen. Als je een actie uitvoert, gaan die verloren."
    ),
    "You have selected an action, but you haven’t saved your changes to individual fields yet. "
    "Please click OK to save. You’ll need to re-run the action.": (
        "Je hebt een actie gekozen, maar je wijzigingen in de lijst zijn nog niet opgeslagen. "
        "Klik op OK om ze op te slaan. Voer daarna de actie opnieuw uit."
    ),
    "You have selected an action, and you haven’t made any changes on individual fields. You’re "
    "probably looking for the Run button rather than the Save button.": (
        "Je hebt een actie gekozen en niets in de lijst gewijzigd. Je zoekt waarschijnlijk de knop "
        "Uitvoeren in plaats van Opslaan."
    ),
    "server": "de server",
    (
        "Note: Enter times in the %(timezone)s timezone. (You are %(offset)s hour ahead.)",
        "Note: Enter times in the %(timezone)s timezone. (You are %(offset)s hours ahead.)",
    ): (
        "Let op: vul tijden in zoals ze in Nederland gelden (tijdzone %(timezone)s). "
        "Jouw klok loopt %(offset)s uur voor.",
        "Let op: vul tijden in zoals ze in Nederland gelden (tijdzone %(timezone)s). "
        "Jouw klok loopt %(offset)s uur voor.",
    ),
    (
        "Note: Enter times in the %(timezone)s timezone. (You are %(offset)s hour behind.)",
        "Note: Enter times in the %(timezone)s timezone. (You are %(offset)s hours behind.)",
    ): (
        "Let op: vul tijden in zoals ze in Nederland gelden (tijdzone %(timezone)s). "
        "Jouw klok loopt %(offset)s uur achter.",
        "Let op: vul tijden in zoals ze in Nederland gelden (tijdzone %(timezone)s). "
        "Jouw klok loopt %(offset)s uur achter.",
    ),
    "Today (%(date)s)": "Vandaag (%(date)s)",
    "Yesterday (%(date)s)": "Gisteren (%(date)s)",
    "Tomorrow (%(date)s)": "Morgen (%(date)s)",
    "Previous (%(month)s %(year)s)": "Vorige (%(month)s %(year)s)",
    "Next (%(month)s %(year)s)": "Volgende (%(month)s %(year)s)",
    "%(month)s %(day)s, %(year)s": "%(day)s %(month)s %(year)s",
    "%s (today, current selection)": "%s (vandaag, gekozen)",
    "%s (today)": "%s (vandaag)",
    "%s (current selection)": "%s (gekozen)",
}
