"""Macau resident identity card number (澳门居民身份证号码, BIR).

Structure (Decree-Law 19/99/M on the Macau identity card): eight digits written
``X/NNNNNN/C`` or ``XNNNNNN(C)``. The first digit names the kind of resident:
``1`` and ``5`` permanent residents (1 for cards first issued by the Portuguese
administration, 5 since 1999), ``7`` non-permanent residents. The last digit is a
check digit whose algorithm is not published, so only the structure is checked.

>>> validate("1/234567/8")
'12345678'
>>> format("5215299(8)")
'5215299(8)'
>>> resident_kind("72345678")
'non-permanent'
>>> is_valid("32345678")
False
"""

from __future__ import annotations

from piguard.errors import InvalidComponent, InvalidFormat, InvalidIdentifier, InvalidLength

from ._common import clean, only_digits

__all__ = ["ENTITY_TYPE", "compact", "format", "is_valid", "resident_kind", "validate"]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "MO_ID"

_KINDS = {"1": "permanent", "5": "permanent", "7": "non-permanent"}


def compact(number: str) -> str:
    """Remove slashes, brackets, spaces and dashes.

    >>> compact("1/234567/8")
    '12345678'
    """
    return clean(number, drop=" -/()（）")


def _validate(number: str) -> str:
    if len(number) != 8:
        raise InvalidLength("Macau ID must have 8 digits")
    if not only_digits(number):
        raise InvalidFormat("Macau ID must be digits")
    if number[0] not in _KINDS:
        raise InvalidComponent("Macau ID starts with 1, 5 or 7")
    return number


def validate(number: str) -> str:
    """Return the 8-digit compact form, or raise ``InvalidIdentifier``."""
    return _validate(compact(number))


def is_valid(number: object) -> bool:
    """True when ``number`` has the structure of a Macau ID; never raises."""
    try:
        _validate(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def resident_kind(number: str) -> str:
    """Return ``permanent`` or ``non-permanent``."""
    return _KINDS[validate(number)[0]]


def format(number: str) -> str:
    """Write as on the card: seven digits and the check digit in brackets."""
    number = compact(number)
    return f"{number[:7]}({number[7:]})"
