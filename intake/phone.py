"""Phone numbers as people write them: stored as E.164 ('+31612345678'), shown as '06 12345678'."""

import re

E164 = re.compile(r"\+[1-9]\d{6,14}")

# Dutch area codes of two digits after the trunk zero (030 1234567); all others have three
# (0111 123456). 085, 088 and friends are non-geographic but written the same way.
DUTCH_SHORT_AREA_CODES = frozenset(
    "10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 "
    "70 71 72 73 74 75 76 77 78 79 84 85 87 88 91".split()
)

# Country codes of one and two digits (ITU-T E.164); every other code has three.
ONE_DIGIT_COUNTRY_CODES = frozenset("17")
TWO_DIGIT_COUNTRY_CODES = frozenset(
    "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 "
    "60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98".split()
)


def groups_of_three(digits: str) -> str:
    """'470123456' → '470 123 456'; never a lone digit at the end ('1234567' → '123 4567')."""
    groups = [digits[i : i + 3] for i in range(0, len(digits), 3)]
    if len(groups) > 1 and len(groups[-1]) == 1:
        groups[-2:] = [groups[-2] + groups[-1]]
    return " ".join(groups)


def phone_display(value: str) -> str:
    """A stored number the way people write it: '06 12345678', '030 1234567', '+32 470 123 456'.

    Anything that is not an E.164 number (an old or empty value) is returned as it is.
    """
    if not value or not E164.fullmatch(value):
        return value
    digits = value[1:]
    if digits.startswith("31") and len(digits) == 11:
        national = "0" + digits[2:]
        if national.startswith("06"):
            return f"06 {national[2:]}"
        if national.startswith(("0800", "0900", "0906", "0909")):
            return f"{national[:4]} {national[4:]}"
        split = 3 if national[1:3] in DUTCH_SHORT_AREA_CODES else 4
        return f"{national[:split]} {national[split:]}"
    if digits[0] in ONE_DIGIT_COUNTRY_CODES:
        country = digits[:1]
    elif digits[:2] in TWO_DIGIT_COUNTRY_CODES:
        country = digits[:2]
    else:
        country = digits[:3]
    return f"+{country} {groups_of_three(digits[len(country) :])}"
