"""Taiwan national identification number (台湾身份证字号) and resident certificate number.

Structure (household registration rules of the Taiwan authorities): a letter for the
city or county of first registration, then nine digits. For the national ID the
first digit is the sex (``1`` male, ``2`` female); resident certificates of foreign
and mainland residents use ``8``/``9`` (new style, 2021) or a second letter ``A``-``D``
(old style). The last digit is a check digit: the letter becomes two digits (A=10,
B=11, ... with I=34, O=35, W=32, X=30, Y=31, Z=33), the eleven digits are weighted
1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1 and the total must be divisible by 10 (an old-style
second letter counts with the last digit of its value).

>>> validate("a123456789")
'A123456789'
>>> sex("A123456789"), region("A123456789")
('M', '臺北市')
>>> calc_check_digit("A12345678")
'9'
>>> is_valid("A123456788")
False
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

__all__ = [
    "ENTITY_TYPE",
    "calc_check_digit",
    "compact",
    "format",
    "is_valid",
    "kind",
    "region",
    "sex",
    "validate",
]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "TW_ID"

_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # in value order 10, 11, ... 35
_VALUE = {ch: 10 + i for i, ch in enumerate(_LETTERS)}
_REGIONS = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        words(
            "臺北市 臺中市 基隆市 臺南市 高雄市 新北市 宜蘭縣 桃園市 嘉義市 新竹縣 苗栗縣 "
            "臺中縣 南投縣 彰化縣 新竹市 雲林縣 嘉義縣 臺南縣 高雄縣 屏東縣 花蓮縣 臺東縣 "
            "金門縣 澎湖縣 陽明山管理局 連江縣"
        ),
        strict=True,
    )
)
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 1)


def compact(number: str) -> str:
    """Remove spaces and dashes, normalise full-width forms, upper-case."""
    return clean(number).upper()


def calc_check_digit(body: str) -> str:
    """Return the check digit for the letter and the eight following characters."""
    if len(body) != 9:
        raise InvalidLength("Taiwan ID body must be 9 characters")
    try:
        head = _VALUE[body[0]]
        second = _VALUE[body[1]] % 10 if body[1] in "ABCD" else int(body[1])
        rest = [int(d) for d in body[2:]]
    except (KeyError, ValueError):
        raise InvalidFormat("Taiwan ID body must be a letter and digits") from None
    total = head // 10 + head % 10 * 9 + second * 8
    total += sum(d * w for d, w in zip(rest, _WEIGHTS[1:], strict=True))
    return str(-total % 10)


def _validate(number: str) -> str:
    if len(number) != 10:
        raise InvalidLength("Taiwan ID must have 10 characters")
    if number[0] not in _VALUE or not only_digits(number[2:]):
        raise InvalidFormat("Taiwan ID is a letter and nine digits")
    if number[1] not in "1289ABCD":
        raise InvalidComponent("second character must be 1, 2, 8, 9 or A-D")
    if calc_check_digit(number[:9]) != number[9]:
        raise InvalidChecksum("Taiwan ID check digit does not match")
    return number


def validate(number: str) -> str:
    """Return the compact ID, or raise ``InvalidIdentifier``."""
    return _validate(compact(number))


def is_valid(number: object) -> bool:
    """True when ``number`` is a valid Taiwan ID or resident certificate; never raises."""
    try:
        _validate(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def kind(number: str) -> str:
    """Return ``national`` or ``resident_certificate``."""
    return "national" if validate(number)[1] in "12" else "resident_certificate"


def sex(number: str) -> str | None:
    """Return ``'M'``/``'F'`` (``None`` for old-style resident certificates, A-D)."""
    second = validate(number)[1]
    return {"1": "M", "2": "F", "8": "M", "9": "F", "A": "M", "C": "M"}.get(
        second, "F" if second in "BD" else None
    )


def region(number: str) -> str:
    """Return the city or county of first registration (traditional characters)."""
    return _REGIONS[validate(number)[0]]


def format(number: str) -> str:
    """Return the compact form."""
    return compact(number)
