"""Mainland resident identity card number (居民身份证号码, Resident Identity Card, RIC).

Structure (GB 11643-1999, 公民身份号码), 18 characters:

- digits 1-6: administrative division code of the place of registration (GB/T 2260);
- digits 7-14: date of birth ``YYYYMMDD``;
- digits 15-17: sequence code — odd for men, even for women;
- character 18: ISO 7064 MOD 11-2 check character, ``0``-``9`` or ``X``.

The first-generation card (before 1999) carried a 15-digit number: region, ``YYMMDD``
(all in the 1900s) and sequence, without a check digit; :func:`to_18` converts it.
Residence permits for Hong Kong, Macau and Taiwan residents (2018) use the same
scheme with region codes 810000, 820000 and 830000.

Region codes are retired over time while IDs keep theirs, so an unknown 6-digit code
is accepted when its province prefix is real; :func:`region` then names the province
only. A lower-case ``x`` is accepted and upper-cased by :func:`compact`.

>>> validate("11010519491231002x")
'11010519491231002X'
>>> birth_date("11010519491231002X")
datetime.date(1949, 12, 31)
>>> sex("11010519491231002X")
'F'
>>> region("11010519491231002X").county
'朝阳区'
>>> to_18("110105491231002")
'11010519491231002X'
>>> is_valid("110105194912310021")
False
>>> validate("990105194912310029")
Traceback (most recent call last):
    ...
piguard.errors.InvalidComponent: unknown province code
"""

from __future__ import annotations

import datetime as dt
import time

from piguard.errors import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidIdentifier,
    InvalidLength,
)

from . import regions
from ._common import clean, only_digits
from .checksums.iso7064 import mod_11_2_calc_check_digit, mod_11_2_checksum

__all__ = [
    "EARLIEST_BIRTH",
    "ENTITY_TYPE",
    "birth_date",
    "calc_check_digit",
    "compact",
    "format",
    "is_legacy",
    "is_valid",
    "region",
    "sex",
    "to_18",
    "validate",
]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "CN_RESIDENT_ID"

#: Earliest birth date accepted: the oldest people alive when the cards were issued.
EARLIEST_BIRTH = dt.date(1890, 1, 1)
_CHECK_CHARS = frozenset("0123456789X")


def compact(number: str) -> str:
    """Remove spaces and dashes, normalise full-width forms and upper-case ``x``.

    >>> compact("110105 19491231 002x")
    '11010519491231002X'
    """
    return clean(number).upper()


def calc_check_digit(body: str) -> str:
    """Return the MOD 11-2 check character for the first 17 digits.

    >>> calc_check_digit("11010519491231002")
    'X'
    """
    return mod_11_2_calc_check_digit(body[:17])


_today_cache: tuple[float, dt.date] = (0.0, dt.date.min)


def _today() -> dt.date:
    """Today's date, recomputed only after local midnight (validators run in hot loops)."""
    global _today_cache
    now = time.time()
    if now >= _today_cache[0]:
        today = dt.date.today()
        midnight = dt.datetime.combine(today + dt.timedelta(days=1), dt.time()).timestamp()
        _today_cache = (midnight, today)
    return _today_cache[1]


def _birth_date(number: str) -> dt.date:
    if len(number) == 15:
        year, month, day = 1900 + int(number[6:8]), int(number[8:10]), int(number[10:12])
    else:
        year, month, day = int(number[6:10]), int(number[10:12]), int(number[12:14])
    try:
        born = dt.date(year, month, day)
    except ValueError:
        raise InvalidComponent("birth date is not a real date") from None
    if born < EARLIEST_BIRTH or born > _today():
        raise InvalidComponent("birth date out of range")
    return born


def _validate(number: str) -> str:
    if len(number) == 18:
        if not only_digits(number[:17]) or number[17] not in _CHECK_CHARS:
            raise InvalidFormat("resident ID must be 17 digits and a digit or X")
    elif len(number) == 15:
        if not only_digits(number):
            raise InvalidFormat("legacy resident ID must be 15 digits")
    else:
        raise InvalidLength("resident ID must have 18 (or legacy 15) characters")
    if number[:2] not in regions.PROVINCES:
        raise InvalidComponent("unknown province code")
    _birth_date(number)
    if len(number) == 18 and mod_11_2_checksum(number) != 1:
        raise InvalidChecksum("resident ID check character does not match")
    return number


def validate(number: str) -> str:
    """Return the compact 18- or 15-character number, or raise ``InvalidIdentifier``."""
    return _validate(compact(number))


def is_valid(number: object) -> bool:
    """True when ``number`` is a valid resident ID; never raises.

    >>> is_valid("11010519491231002X"), is_valid(None), is_valid("x" * 10**6)
    (True, False, False)
    """
    try:
        _validate(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def is_legacy(number: str) -> bool:
    """True for the 15-digit first-generation form.

    It has no check digit, so any 15 digits with a real province and date pass:
    detectors should want a context word before reporting one.

    >>> is_legacy("110105491231002"), is_legacy("11010519491231002X")
    (True, False)
    """
    return len(validate(number)) == 15


def to_18(number: str) -> str:
    """Convert a valid 15-digit legacy number to the 18-character form (18 stays as is)."""
    number = validate(number)
    if len(number) == 18:
        return number
    body = number[:6] + "19" + number[6:]
    return body + calc_check_digit(body)


def birth_date(number: str) -> dt.date:
    """Return the date of birth encoded in the number."""
    return _birth_date(validate(number))


def sex(number: str) -> str:
    """Return ``'M'`` or ``'F'`` from the parity of the sequence code."""
    number = validate(number)
    return "M" if int(number[14 if len(number) == 15 else 16]) % 2 else "F"


def region(number: str) -> regions.Region:
    """Return the region of registration; only the province when the code is retired.

    >>> region("449999199001010019").province
    '广东省'
    """
    found = regions.lookup(validate(number)[:6])
    assert found is not None  # validate() checked the province
    return found


def format(number: str) -> str:
    """Group as ``region birth-date sequence+check`` with spaces.

    >>> format("11010519491231002x")
    '110105 19491231 002X'
    """
    number = compact(number)
    if len(number) == 15:
        return " ".join((number[:6], number[6:12], number[12:]))
    return " ".join((number[:6], number[6:14], number[14:]))
