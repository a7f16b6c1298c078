"""Luhn mod 10 check digit (ISO/IEC 7812-1 Annex B), used by payment cards and IMEI.

From the rightmost digit (the check digit) leftwards, every second digit is doubled
(and 9 subtracted when the double exceeds 9); the total must be a multiple of 10.

>>> is_valid("4111111111111111")
True
>>> is_valid("4111111111111112")
False
>>> calc_check_digit("411111111111111")
'1'
"""

from __future__ import annotations

from piguard.errors import InvalidChecksum, InvalidFormat

__all__ = ["calc_check_digit", "checksum", "is_valid", "validate"]

# _DOUBLED[d] = sum of the digits of 2*d.
_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)
_VALUE = {str(d): d for d in range(10)}
_VALUE_DOUBLED = {str(d): _DOUBLED[d] for d in range(10)}


def checksum(number: str) -> int:
    """Return the Luhn checksum (0 means valid) of a string of ASCII digits.

    Raises :class:`KeyError` on a non-digit; :func:`validate` turns that into
    :class:`InvalidFormat`.

    >>> checksum("79927398713")
    0
    """
    rev = number[::-1]
    return (sum(_VALUE[c] for c in rev[0::2]) + sum(_VALUE_DOUBLED[c] for c in rev[1::2])) % 10


def calc_check_digit(body: str) -> str:
    """Return the digit that, appended to ``body``, makes it Luhn-valid.

    >>> calc_check_digit("7992739871")
    '3'
    """
    try:
        return str((10 - checksum(body + "0")) % 10)
    except KeyError:
        raise InvalidFormat("Luhn body must be digits") from None


def validate(number: str) -> str:
    """Return ``number`` if its Luhn check digit is right, else raise.

    >>> validate("79927398710")
    Traceback (most recent call last):
        ...
    piguard.errors.InvalidChecksum: Luhn check digit does not match
    """
    if not isinstance(number, str) or not number:
        raise InvalidFormat("Luhn input must be a non-empty string of digits")
    try:
        ok = checksum(number) == 0
    except KeyError:
        raise InvalidFormat("Luhn input must be digits") from None
    if not ok:
        raise InvalidChecksum("Luhn check digit does not match")
    return number


def is_valid(number: object) -> bool:
    """True when ``number`` is a string of digits with a correct Luhn check digit."""
    try:
        validate(number)  # type: ignore[arg-type]
    except (InvalidFormat, InvalidChecksum):
        return False
    return True
