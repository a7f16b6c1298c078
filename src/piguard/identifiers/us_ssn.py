"""United States Social Security number (美国社会安全号码, SSN).

Structure (Social Security Administration): nine digits ``AAA-GG-SSSS`` — area,
group and serial number. Never issued: area 000, 666 or 900-999 (the 9xx range holds
taxpayer identification numbers), group 00, serial 0000; numbers published in
advertisements (078-05-1120, 219-09-9999) are rejected too. Since randomisation
(2011) the area no longer names a state. There is no check digit.

>>> validate("536-90-4399")
'536904399'
>>> is_valid("666-12-3456"), is_valid("078-05-1120")
(False, False)
>>> format("536904399")
'536-90-4399'
"""

from __future__ import annotations

from piguard.errors import InvalidComponent, InvalidFormat, InvalidIdentifier, InvalidLength

from ._common import clean, only_digits

__all__ = ["ENTITY_TYPE", "compact", "format", "is_valid", "validate"]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "US_SSN"

_BLACKLIST = frozenset({"078051120", "219099999", "123456789"})


def compact(number: str) -> str:
    """Remove spaces, dashes and dots."""
    return clean(number, drop=" -.")


def _validate(number: str) -> str:
    if not only_digits(number):
        raise InvalidFormat("SSN must be digits")
    if len(number) != 9:
        raise InvalidLength("SSN must have 9 digits")
    area, group, serial = number[:3], number[3:5], number[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        raise InvalidComponent("SSN area, group or serial is never issued")
    if number in _BLACKLIST:
        raise InvalidComponent("SSN is a published example number")
    return number


def validate(number: str) -> str:
    """Return the 9-digit SSN, or raise ``InvalidIdentifier``."""
    return _validate(compact(number))


def is_valid(number: object) -> bool:
    """True when ``number`` could be an issued SSN; never raises."""
    try:
        _validate(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def format(number: str) -> str:
    """Write as ``AAA-GG-SSSS``."""
    number = compact(number)
    return f"{number[:3]}-{number[3:5]}-{number[5:]}"
