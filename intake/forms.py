import re
import time
import unicodedata
import uuid

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import AdviceCall, ContactRequest
from .slot_picker import picker_days

TOKEN_SALT = "intake.form"
TOKEN_MAX_AGE = 2 * 24 * 60 * 60  # a form left open in a phone tab for a day still works

KEEP_CONTROLS = {"\n", "\t"}
# Unicode categories that have no business in a name or a message: controls, format characters
# (zero-width spaces, bidi overrides), surrogates, private use and unassigned code points.
DROP_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
NAME_PUNCTUATION = set(" '-.’‘")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """NFC, line breaks normalised, control and invisible characters removed."""
    value = unicodedata.normalize("NFC", value)
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    kept = []
    for char in value:
        if char in KEEP_CONTROLS:
            kept.append(char if multiline else " ")
        elif unicodedata.category(char) not in DROP_CATEGORIES:
            kept.append(char)
    value = "".join(kept)
    if not multiline:
        value = re.sub(r"\s+", " ", value)
    return value.strip()


PHONE_SEPARATORS = re.compile(r"[\s\-./()]")


def normalize_phone(value: str) -> str:
    """Dutch and international numbers to E.164 ('+31612345678'); ValueError if it is not one."""
    compact = value.replace("(0)", "")  # +31 (0)6 ...: the trunk zero written out of habit
    compact = PHONE_SEPARATORS.sub("", compact)
    if compact.startswith("+"):
        international = compact[1:]
    elif compact.startswith("00"):
        international = compact[2:]
    elif compact.startswith("0"):
        international = "31" + compact[1:]
        if len(compact) != 10:
            raise ValueError("a Dutch number has 10 digits")
    else:
        raise ValueError("no country code or leading zero")
    if not international.isascii() or not international.isdigit() or international.startswith("0"):
        raise ValueError("not a number")
    if international.startswith("31") and len(international) != 11:
        raise ValueError("a Dutch number has 9 digits after +31")
    if not 8 <= len(international) <= 15:
        raise ValueError("E.164 numbers have 8 to 15 digits")
    return "+" + international


def validate_name(value: str) -> None:
    if not any(unicodedata.category(char).startswith("L") for char in value) or any(
        unicodedata.category(char)[0] not in "LM" and char not in NAME_PUNCTUATION for char in value
    ):
        raise ValidationError(
            _("Gebruik alleen letters, spaties, koppeltekens, punten en apostrofs."), code="invalid"
        )


class TextField(forms.CharField):
    """A CharField that cleans odd unicode before validating, with Dutch messages."""

    def __init__(self, *, multiline=False, required_message=None, **kwargs):
        self.multiline = multiline
        super().__init__(**kwargs)
        if required_message:
            self.error_messages["required"] = required_message
        if self.max_length:
            # Field.run_validators() uses this for MaxLengthValidator's error (same code).
            self.error_messages["max_length"] = _(
                "Gebruik hier maximaal %(limit_value)d tekens (nu %(show_value)d)."
            )

    def to_python(self, value):
        if isinstance(value, str):
            value = clean_text(value, multiline=self.multiline)
        return super().to_python(value)


class PhoneField(TextField):
    def clean(self, value):
        value = super().clean(value)
        if not value:
            return value
        try:
            return normalize_phone(value)
        except ValueError:
            raise ValidationError(
                _("Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +31 6 12345678."),
                code="invalid",
            ) from None


def name_field(label, autocomplete, required_message):
    return TextField(
        label=label,
        max_length=100,
        required_message=required_message,
        validators=[validate_name],
        widget=forms.TextInput(attrs={"autocomplete": autocomplete, "autocapitalize": "words"}),
    )


def email_field():
    return forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        error_messages={
            "required": _("Vul je e-mailadres in."),
            "invalid": _("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
            "max_length": _("Dit e-mailadres is te lang."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )


def phone_field(*, required):
    return PhoneField(
        label=_("Telefoonnummer"),
        max_length=30,
        required=required,
        required_message=_("Vul je telefoonnummer in, dan kunnen we je bellen."),
        help_text=_("Bijvoorbeeld 06 12345678 of +31 6 12345678."),
        widget=forms.TextInput(attrs={"type": "tel", "inputmode": "tel", "autocomplete": "tel"}),
    )


def consent_field():
    return forms.BooleanField(
        label=_("Ik geef toestemming om mijn gegevens te gebruiken voor deze aanvraag"),
        error_messages={
            "required": _(
                "Geef toestemming om je gegevens te gebruiken. Zonder toestemming kunnen we je "
                "aanvraag niet behandelen; bellen kan natuurlijk ook."
            )
        },
    )


def new_form_token() -> str:
    return signing.dumps({"id": uuid.uuid4().hex, "t": int(time.time())}, salt=TOKEN_SALT)


class IntakeForm(forms.Form):
    """What both public forms share: a honeypot, a signed render token and accessible errors.

    The token is signed with a timestamp: it tells a bot that submits within seconds from a
    person, and its random id makes a double submit find the request it already made.
    """

    form_token = forms.CharField(widget=forms.HiddenInput, required=False)
    website = forms.CharField(label=_("Laat dit veld leeg"), required=False)

    spam_message = _(
        "We konden je formulier niet verwerken. Controleer je gegevens en verstuur het opnieuw, of bel ons."
    )
    too_fast_message = _("Dat ging wel erg snel. Controleer je gegevens en verstuur het formulier opnieuw.")
    expired_message = _(
        "Dit formulier stond lang open en is verlopen. Controleer je gegevens en verstuur het opnieuw."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.token_payload = self._read_token() if self.is_bound else None
        self.render_token = new_form_token() if self.token_payload is None else self.data["form_token"]

    def _read_token(self):
        try:
            payload = signing.loads(str(self.data.get("form_token", "")), salt=TOKEN_SALT)
        except signing.BadSignature:
            return None
        if not isinstance(payload, dict) or not isinstance(payload.get("id"), str):
            return None
        if not isinstance(payload.get("t"), int) or time.time() - payload["t"] > TOKEN_MAX_AGE:
            return None
        return payload

    @property
    def submit_token(self) -> str:
        return self.token_payload["id"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise ValidationError(self.spam_message, code="spam")
        if self.token_payload is None:
            raise ValidationError(self.expired_message, code="expired")
        if time.time() - self.token_payload["t"] < settings.INTAKE_MIN_FILL_SECONDS:
            raise ValidationError(self.too_fast_message, code="too_fast")
        return cleaned

    def full_clean(self):
        super().full_clean()
        # Screen readers announce the help text and the error together with the field.
        for name, field in self.fields.items():
            described = []
            if field.help_text:
                described.append(f"{self[name].auto_id}_help")
            if name in self.errors:
                described.append(f"{self[name].auto_id}_error")
                field.widget.attrs["aria-invalid"] = "true"
            if described:
                field.widget.attrs["aria-describedby"] = " ".join(described)

    def visible_fields_with_errors(self):
        """For the error summary at the top: (field, first message)."""
        return [(self[name], errors[0]) for name, errors in self.errors.items() if name in self.fields]


class ContactForm(IntakeForm):
    first_name = name_field(_("Voornaam"), "given-name", _("Vul je voornaam in."))
    last_name = name_field(_("Achternaam"), "family-name", _("Vul je achternaam in."))
    email = email_field()
    phone = phone_field(required=False)
    preferred_contact = forms.ChoiceField(
        label=_("Hoe wil je dat we contact opnemen?"),
        choices=ContactRequest.ContactPreference.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies hoe je wilt dat we contact opnemen."),
            "invalid_choice": _("Kies telefonisch of per e-mail."),
        },
    )
    reachable_at = TextField(
        label=_("Wanneer ben je het best bereikbaar?"),
        max_length=200,
        required=False,
        help_text=_("Bijvoorbeeld: doordeweeks na 16.00 uur."),
    )
    message = TextField(
        label=_("Waarmee kunnen we je helpen?"),
        max_length=3000,
        multiline=True,
        required_message=_("Schrijf in een paar woorden waarmee we je kunnen helpen."),
        help_text=_("Een paar zinnen is genoeg. Je hoeft niet alles uit te leggen: dat kan in het gesprek."),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    referral = forms.ChoiceField(
        label=_("Heb je een verwijsbrief van je huisarts?"),
        choices=ContactRequest.Referral.choices,
        widget=forms.RadioSelect,
        help_text=_("Voor vergoede zorg is een verwijsbrief nodig. Weet je het niet? Geen probleem."),
        error_messages={
            "required": _("Kies ja, nee of weet ik niet."),
            "invalid_choice": _("Kies ja, nee of weet ik niet."),
        },
    )
    consent = consent_field()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("preferred_contact") == ContactRequest.ContactPreference.PHONE and not cleaned.get(
            "phone"
        ):
            if "phone" not in self.errors:
                self.add_error("phone", _("Vul je telefoonnummer in, dan kunnen we je bellen."))
        return cleaned

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        fields = ("first_name", "last_name", "email", "phone", "preferred_contact", "reachable_at", "message")
        return {name: data[name] for name in fields} | {
            "referral": data["referral"],
            "submit_token": self.submit_token,
        }


class AdviceCallForm(IntakeForm):
    slot = forms.TypedChoiceField(
        label=_("Kies een dag en tijd"),
        coerce=int,
        error_messages={
            "required": _("Kies een dag en tijd voor het gesprek."),
            "invalid_choice": _("Dit tijdstip is niet meer vrij. Kies een ander tijdstip."),
        },
    )
    preferred_days = forms.MultipleChoiceField(
        label=_("Welke dagen passen je het best?"),
        choices=AdviceCall.Weekday.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Laat leeg als elke dag goed is."),
        error_messages={"invalid_choice": _("Kies een of meer werkdagen.")},
    )
    preferred_parts = forms.MultipleChoiceField(
        label=_("Welk dagdeel past je het best?"),
        choices=AdviceCall.DayPart.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Laat leeg als het niet uitmaakt."),
        error_messages={"invalid_choice": _("Kies ochtend, middag of allebei.")},
    )
    first_name = name_field(_("Voornaam"), "given-name", _("Vul je voornaam in."))
    last_name = name_field(_("Achternaam"), "family-name", _("Vul je achternaam in."))
    # The page asks for the phone number first (it is a phone call): the error summary follows this order.
    phone = phone_field(required=True)
    email = email_field()
    question = TextField(
        label=_("Wil je alvast iets kwijt?"),
        max_length=500,
        multiline=True,
        required=False,
        help_text=_("Een korte vraag of onderwerp, hoeft niet. Maximaal 500 tekens."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = consent_field()

    slot_gone_message = _(
        "Het tijdstip dat je koos is niet meer vrij, en er zijn nu geen vrije tijden. "
        "Geef hieronder je voorkeur op, dan bellen we je om een moment af te spreken."
    )

    def __init__(self, *args, slots, **kwargs):
        super().__init__(*args, **kwargs)
        self.slots = list(slots)
        if self.slots:
            self.fields["slot"].choices = [(slot.pk, str(slot)) for slot in self.slots]
        else:
            # No picker on the page; a slot posted anyway was taken since the page was loaded.
            self.fields["slot"] = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        if not self.slots and self.data.get("slot"):
            raise ValidationError(self.slot_gone_message, code="slot_gone")
        return cleaned

    def slot_days(self):
        return picker_days(self.slots, self["slot"].value())

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        fields = ("first_name", "last_name", "email", "phone", "question")
        return {name: data[name] for name in fields} | {
            "slot_id": data.get("slot") if self.slots else None,
            "preferred_days": [] if self.slots else data["preferred_days"],
            "preferred_parts": [] if self.slots else data["preferred_parts"],
            "submit_token": self.submit_token,
        }


class MoveCallForm(forms.Form):
    """The visitor's pick of another time for their call (the page behind the e-mail's link)."""

    slot = forms.TypedChoiceField(
        label=_("Kies een nieuwe dag en tijd"),
        coerce=int,
        error_messages={
            "required": _("Kies een nieuwe dag en tijd voor het gesprek."),
            "invalid_choice": _("Dit tijdstip is niet meer vrij. Kies een ander tijdstip."),
        },
    )

    def __init__(self, *args, slots, **kwargs):
        super().__init__(*args, **kwargs)
        self.slots = list(slots)
        self.fields["slot"].choices = [(slot.pk, str(slot)) for slot in self.slots]

    def slot_days(self):
        return picker_days(self.slots, self["slot"].value())
