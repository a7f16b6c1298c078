"""Hong Kong Identity Card number (香港身份证号码, HKID).

Structure (Registration of Persons Ordinance, Cap. 177): one or two capital letters,
six digits and a check character written in brackets, e.g. ``A123456(3)``. The check
is a weighted sum modulo 11: the characters (a leading space standing in for a
missing second letter, value 36; letters A-Z = 10-35) take weights 9 down to 2, and
the check value makes the total divisible by 11 (10 is written ``A``).

>>> validate("A123456(3)")
'A1234563'
>>> calc_check_digit("A123456")
'3'
>>> format("AB9876543")
'AB987654(3)'
>>> is_valid("A123456(4)")
False
"""

from __future__ import annotations

from piguard.errors import InvalidChecksum, InvalidFormat, InvalidIdentifier, InvalidLength

from ._common import clean, only_digits

__all__ = ["ENTITY_TYPE", "calc_check_digit", "compact", "format", "is_valid", "validate"]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "HK_ID"

_LETTER_VALUE = {chr(c): c - 55 for c in range(ord("A"), ord("Z") + 1)}
_CHECK_CHARS = frozenset("0123456789A")


def compact(number: str) -> str:
    """Remove spaces, dashes and the brackets around the check character; upper-case.

    >>> compact("a123456 (3)")
    'A1234563'
    """
    return clean(number, drop=" -()（）").upper()


def calc_check_digit(body: str) -> str:
    """Return the check character for the letters and six digits."""
    body = body.rjust(8)
    if len(body) != 8:
        raise InvalidLength("HKID body must be 1-2 letters and 6 digits")
    try:
        total = 36 * 9 if body[0] == " " else _LETTER_VALUE[body[0]] * 9
        total += _LETTER_VALUE[body[1]] * 8
        total += sum(int(d) * w for d, w in zip(body[2:], range(7, 1, -1), strict=True))
    except (KeyError, ValueError):
        raise InvalidFormat("HKID body must be 1-2 letters and 6 digits") from None
    value = (11 - total % 11) % 11
    return "A" if value == 10 else str(value)


def _validate(number: str) -> str:
    if len(number) not in (8, 9):
        raise InvalidLength("HKID must have 8 or 9 characters")
    letters = number[:-7]
    if not (letters.isascii() and letters.isalpha() and letters.isupper()):
        raise InvalidFormat("HKID starts with one or two letters")
    if not only_digits(number[-7:-1]) or number[-1] not in _CHECK_CHARS:
        raise InvalidFormat("HKID has six digits and a check digit or A")
    if calc_check_digit(number[:-1]) != number[-1]:
        raise InvalidChecksum("HKID check character does not match")
    return number


def validate(number: str) -> str:
    """Return the compact HKID (check character without brackets), or raise."""
    return _validate(compact(number))


def is_valid(number: object) -> bool:
    """True when ``number`` is a valid HKID; never raises."""
    try:
        _validate(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def format(number: str) -> str:
    """Write the check character in brackets."""
    number = compact(number)
    return f"{number[:-1]}({number[-1]})"
