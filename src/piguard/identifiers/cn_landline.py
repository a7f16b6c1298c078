"""Mainland fixed-line telephone number (固定电话号码, PRC landline).

Structure: trunk prefix ``0`` and an area code (区号) — ``10`` for Beijing, ``2X``
for the largest cities (Shanghai 21, Tianjin 22, Chongqing 23, Guangzhou 20, ...) and
three digits ``3XX``-``9XX`` elsewhere — then a local subscriber number of 8 digits
(two-digit area codes) or 7-8 digits (three-digit area codes) that never starts
with 0 or 1.
An extension (分机) may follow after ``-``, ``转``, ``ext`` or ``#``. The ``+86`` /
``0086`` country prefix replaces the trunk ``0``. Area codes are checked by shape,
not against a list.

>>> validate("010-6512 3456")
'01065123456'
>>> validate("(0755) 8888 6666 转 802")
'075588886666-802'
>>> area_code("+86 21 5432 1098"), extension("0571-87654321 ext. 12")
('021', '12')
>>> is_valid("010-1234567")    # Beijing numbers have 8 digits
False
>>> format("075588886666-802")
'0755-8888-6666-802'
"""

from __future__ import annotations

import re

from piguard.errors import InvalidComponent, InvalidFormat, InvalidIdentifier, InvalidLength

from ._common import clean, only_digits

__all__ = [
    "ENTITY_TYPE",
    "area_code",
    "compact",
    "extension",
    "format",
    "is_valid",
    "local_number",
    "validate",
]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "PHONE"

# Extension markers, case-insensitive; the extension keeps at most 6 digits.
_EXT = re.compile(r"(?:转|ext\.?|x|#|-)([0-9]{1,6})$", re.IGNORECASE)


def _split_extension(text: str) -> tuple[str, str]:
    """Split off an extension written with an explicit marker (not a bare trailing dash)."""
    match = _EXT.search(text)
    if match and match.group(0)[0] != "-":
        return text[: match.start()], match.group(1)
    return text, ""


def compact(number: str) -> str:
    """Return ``0 + area code + local number`` and ``-extension`` if there is one.

    >>> compact("+86-10-65123456")
    '01065123456'
    """
    text = clean(number, drop=" ()（）", max_len=48)
    main, ext = _split_extension(text)
    parts = main.split("-")
    if len(parts) > 1 and not ext and len(parts[-1]) <= 6 and len("".join(parts[:-1])) >= 10:
        # "0755-88886666-802": a short group after a complete number is an extension.
        main, ext = "-".join(parts[:-1]), parts[-1]
    main = main.replace("-", "")
    if main.startswith("+86"):
        main = "0" + main[3:]
    elif main.startswith("0086"):
        main = "0" + main[4:]
    return main + ("-" + ext if ext else "")


def _area_length(number: str) -> int:
    if number[1] in "12":
        return 3
    return 4


def _validate(number: str) -> str:
    main, _, ext = number.partition("-")
    if not only_digits(main) or (ext and not only_digits(ext)):
        raise InvalidFormat("landline must be digits")
    if not 10 <= len(main) <= 12:
        raise InvalidLength("landline must have 10-12 digits with its area code")
    if main[0] != "0" or main[1] == "0" or (main[1] == "1" and main[2] != "0"):
        raise InvalidComponent("not a mainland area code")
    local = main[_area_length(main) :]
    if len(local) not in ((8,) if _area_length(main) == 3 else (7, 8)):
        raise InvalidLength("local number length does not fit the area code")
    if local[0] in "01":
        raise InvalidComponent("local numbers never start with 0 or 1")
    return number


def validate(number: str) -> str:
    """Return the compact number (``-extension`` appended), or raise ``InvalidIdentifier``."""
    return _validate(compact(number))


def is_valid(number: object) -> bool:
    """True when ``number`` is a mainland landline number; never raises."""
    try:
        _validate(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def area_code(number: str) -> str:
    """Return the area code with its trunk ``0`` (``010``, ``0755``)."""
    main = validate(number).partition("-")[0]
    return main[: _area_length(main)]


def local_number(number: str) -> str:
    """Return the local subscriber number."""
    main = validate(number).partition("-")[0]
    return main[_area_length(main) :]


def extension(number: str) -> str:
    """Return the extension, or ``''`` when there is none."""
    return validate(number).partition("-")[2]


def format(number: str) -> str:
    """Write as ``area-local`` (local in two groups) and ``-extension``."""
    number = validate(number)
    main, _, ext = number.partition("-")
    area = main[: _area_length(main)]
    local = main[len(area) :]
    half = len(local) - 4
    return "-".join(p for p in (area, local[:half], local[half:], ext) if p)
