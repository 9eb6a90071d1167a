import pytest

from intake.forms import clean_text, normalize_phone


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("06 12345678", "+31612345678"),
        ("06-12345678", "+31612345678"),
        ("0612345678", "+31612345678"),
        ("+31 6 12345678", "+31612345678"),
        ("+31 (0)6 12345678", "+31612345678"),
        ("0031612345678", "+31612345678"),
        ("020-1234567", "+31201234567"),
        ("(020) 123 45 67", "+31201234567"),
        ("030 123 45 67", "+31301234567"),
        ("+32 471 23 45 67", "+32471234567"),
        ("+49 30 1234567", "+49301234567"),
        ("0044 20 7946 0958", "+442079460958"),
    ],
)
def test_dutch_and_international_phone_numbers_are_accepted(raw, normalized):
    assert normalize_phone(raw) == normalized


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "12345",
        "06 1234567",
        "06 123456789",
        "+31 6 1234567",
        "06-abcdefgh",
        "+0 123456789",
        "++31612345678",
        "+1234567890123456",
        "٠٦١٢٣٤٥٦٧٨",
        "06 12345678 ext 5",
    ],
)
def test_invalid_phone_numbers_are_refused(raw):
    with pytest.raises(ValueError):
        normalize_phone(raw)


def test_clean_text_keeps_line_breaks_only_where_asked():
    assert clean_text("a\r\nb\tc", multiline=True) == "a\nb\tc"
    assert clean_text("a\r\nb\tc") == "a b c"


def test_clean_text_removes_invisible_and_control_characters_and_composes():
    assert clean_text("\ufeffJ\u200bo\u0000r\u202eis\x85 Cafe\u0301\U000f0000") == "Joris Café"
