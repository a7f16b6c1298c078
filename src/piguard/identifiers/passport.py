"""People's Republic of China passport number (中华人民共和国护照号码).

Issued by the National Immigration Administration and the Ministry of Foreign
Affairs (Passport Law of the PRC, 2006). Structure: 9 characters and no public
check digit; the kind shows in the prefix:

- ordinary passport (普通护照): ``E`` + 8 digits (electronic passport, 2012 on),
  ``E`` + a letter (not I or O) + 7 digits (once the E-digit range ran out, 2017 on),
  and ``G`` + 8 digits (the earlier ordinary passport, still in use until expiry);
- diplomatic passport (外交护照): ``DE`` + 7 digits;
- service passport (公务护照): ``SE`` + 7 digits;
- public-affairs ordinary passport (因公普通护照): ``PE`` + 7 digits.

The machine-readable zone check digits (ICAO 9303) belong to the whole MRZ, not to the
printed number, so only the structure is checked. A lone ``E12345678`` in free text is
weak evidence without a word such as 护照 or passport nearby.

>>> validate("e 1234 5678")
'E12345678'
>>> kind("EA1234567"), kind("G12345678"), kind("DE1234567")
('ordinary', 'ordinary', 'diplomatic')
>>> is_valid("EI1234567")      # I and O are never used as the second letter
False
"""

from __future__ import annotations

from piguard.errors import InvalidComponent, InvalidFormat, InvalidIdentifier, InvalidLength

from ._common import clean, only_digits

__all__ = ["ENTITY_TYPE", "compact", "format", "is_valid", "kind", "validate"]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "PASSPORT"

_SECOND_LETTERS = frozenset("ABCDEFGHJKLMNPQRSTUVWXYZ")
_TWO_LETTER_KINDS = {"DE": "diplomatic", "SE": "service", "PE": "public_affairs"}


def compact(number: str) -> str:
    """Remove spaces and dashes, normalise full-width forms and upper-case.

    >>> compact("ｅ１２３４５６７８")
    'E12345678'
    """
    return clean(number).upper()


def _kind(number: str) -> str:
    if len(number) != 9:
        raise InvalidLength("passport number must have 9 characters")
    if not number.isascii() or not number.isalnum():
        raise InvalidFormat("passport number must be letters and digits")
    head = number[:2]
    if head in _TWO_LETTER_KINDS and only_digits(number[2:]):
        return _TWO_LETTER_KINDS[head]
    if number[0] in "EG" and only_digits(number[1:]):
        return "ordinary"
    if number[0] == "E" and number[1] in _SECOND_LETTERS and only_digits(number[2:]):
        return "ordinary"
    if number[0] in "EGDSP":
        raise InvalidFormat("passport number has letters where digits belong")
    raise InvalidComponent("prefix of a Chinese passport must be E, G, DE, SE or PE")


def validate(number: str) -> str:
    """Return the compact passport number, or raise ``InvalidIdentifier``."""
    number = compact(number)
    _kind(number)
    return number


def is_valid(number: object) -> bool:
    """True when ``number`` has the structure of a Chinese passport number; never raises."""
    try:
        _kind(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def kind(number: str) -> str:
    """Return ``ordinary``, ``diplomatic``, ``service`` or ``public_affairs``."""
    return _kind(compact(number))


def format(number: str) -> str:
    """Return the compact form (passport numbers are printed without separators)."""
    return compact(number)
