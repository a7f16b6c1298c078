"""Vehicle identification number (车辆识别代号, VIN).

Structure (ISO 3779; GB 16735-2019 in China): 17 characters from ``0-9`` and the
capitals without I, O and Q — a 3-character World Manufacturer Identifier (WMI; first
character the region: ``L`` China, ``1``-``5`` North America, ``J`` Japan, ``W``
Germany, ...), the vehicle descriptor section (positions 4-9) and the vehicle
indicator section (positions 10-17; position 10 the model year, never I, O, Q, U, Z
or 0). Position 9 is a check digit (``0``-``9`` or ``X``): transliterate letters to
numbers, weight positions by 8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2, take the sum mod 11.
The check digit is mandatory in China and North America and verified there; elsewhere
it is verified only with ``strict=True``.

>>> validate("1m8gdm9axkp042788")
'1M8GDM9AXKP042788'
>>> calc_check_digit("1M8GDM9A0KP042788")
'X'
>>> is_valid("1M8GDM9A1KP042788")
False
>>> wmi("LSVAM4187C2184847"), region("LSVAM4187C2184847")
('LSV', 'China')
"""

from __future__ import annotations

from piguard.errors import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidIdentifier,
    InvalidLength,
)

from ._common import clean

__all__ = [
    "ENTITY_TYPE",
    "calc_check_digit",
    "compact",
    "format",
    "is_valid",
    "region",
    "validate",
    "wmi",
]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "VIN"

_ALPHABET = frozenset("0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
_VALUE = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_CHECK_REQUIRED = frozenset("12345L")
_REGIONS = (
    ("ABCDEFGH", "Africa"),
    ("JKLMNPR", "Asia"),
    ("STUVWXYZ", "Europe"),
    ("12345", "North America"),
    ("67", "Oceania"),
    ("89", "South America"),
)


def compact(number: str) -> str:
    """Remove spaces and dashes, normalise full-width forms, upper-case."""
    return clean(number).upper()


def calc_check_digit(number: str) -> str:
    """Return the position-9 check digit of a 17-character VIN (position 9 ignored)."""
    if len(number) != 17:
        raise InvalidLength("VIN must have 17 characters")
    try:
        # Position 9 has weight 0: whatever stands there does not count.
        body = number[:8] + "0" + number[9:]
        total = sum(_VALUE[c] * w for c, w in zip(body, _WEIGHTS, strict=True))
    except KeyError:
        raise InvalidFormat("VIN has a character outside 0-9 and A-Z without I, O, Q") from None
    value = total % 11
    return "X" if value == 10 else str(value)


def _validate(number: str, strict: bool) -> str:
    if len(number) != 17:
        raise InvalidLength("VIN must have 17 characters")
    if not _ALPHABET.issuperset(number):
        raise InvalidFormat("VIN has a character outside 0-9 and A-Z without I, O, Q")
    if number[9] in "UZ0":
        raise InvalidComponent("position 10 (model year) is never U, Z or 0")
    if (strict or number[0] in _CHECK_REQUIRED) and calc_check_digit(number) != number[8]:
        raise InvalidChecksum("VIN check digit does not match")
    return number


def validate(number: str, strict: bool = False) -> str:
    """Return the compact VIN, or raise ``InvalidIdentifier``."""
    return _validate(compact(number), strict)


def is_valid(number: object, strict: bool = False) -> bool:
    """True when ``number`` is a valid VIN; never raises."""
    try:
        _validate(compact(number), strict)  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def wmi(number: str) -> str:
    """Return the World Manufacturer Identifier (first three characters)."""
    return validate(number)[:3]


def region(number: str) -> str:
    """Return the region of manufacture named by the first character (``L``: China)."""
    first = validate(number)[0]
    if first == "L":
        return "China"
    return next(name for chars, name in _REGIONS if first in chars)


def format(number: str) -> str:
    """Return the compact form."""
    return compact(number)
