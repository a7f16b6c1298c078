"""International Mobile Equipment Identity (国际移动设备识别码, IMEI).

Structure (3GPP TS 23.003): 15 digits — an 8-digit Type Allocation Code (TAC, whose
first two digits are the reporting body, e.g. ``35`` BABT, ``86`` TAF China), a
6-digit serial number and a Luhn check digit. The IMEISV has 16 digits: the TAC, the
serial and a 2-digit software version, without check digit.

>>> validate("35-209900-176148-1")
'352099001761481'
>>> tac("352099001761481"), calc_check_digit("35209900176148")
('35209900', '1')
>>> is_valid("352099001761482")
False
>>> validate("3520990017614823")   # IMEISV
'3520990017614823'
"""

from __future__ import annotations

from piguard.errors import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidIdentifier,
    InvalidLength,
)

from ._common import clean, only_digits, words
from .checksums import luhn

__all__ = [
    "ENTITY_TYPE",
    "calc_check_digit",
    "compact",
    "format",
    "is_imeisv",
    "is_valid",
    "tac",
    "validate",
]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "IMEI"

# GSMA reporting-body identifiers (first two digits of the TAC).
_REPORTING_BODIES = frozenset(words("00 01 10 30 33 35 44 45 49 50 51 52 53 54 86 91 98 99"))


def compact(number: str) -> str:
    """Remove spaces, dashes, slashes and normalise full-width digits."""
    return clean(number, drop=" -/")


def calc_check_digit(body: str) -> str:
    """Return the Luhn check digit for the first 14 digits."""
    return luhn.calc_check_digit(body[:14])


def _validate(number: str) -> str:
    if not only_digits(number):
        raise InvalidFormat("IMEI must be digits")
    if len(number) not in (15, 16):
        raise InvalidLength("IMEI has 15 digits (IMEISV 16)")
    if number[:2] not in _REPORTING_BODIES:
        raise InvalidComponent("unknown reporting body in the type allocation code")
    if len(number) == 15 and luhn.checksum(number) != 0:
        raise InvalidChecksum("IMEI Luhn check digit does not match")
    return number


def validate(number: str) -> str:
    """Return the compact IMEI or IMEISV, or raise ``InvalidIdentifier``."""
    return _validate(compact(number))


def is_valid(number: object) -> bool:
    """True when ``number`` is a valid IMEI or IMEISV; never raises."""
    try:
        _validate(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def is_imeisv(number: str) -> bool:
    """True for the 16-digit software-version form."""
    return len(validate(number)) == 16


def tac(number: str) -> str:
    """Return the 8-digit Type Allocation Code (identifies the device model)."""
    return validate(number)[:8]


def format(number: str) -> str:
    """Write as ``AA-BBBBBB-SSSSSS-C`` (IMEISV: ``...-SV``).

    >>> format("352099001761481")
    '35-209900-176148-1'
    """
    number = compact(number)
    return "-".join((number[:2], number[2:8], number[8:14], number[14:]))
