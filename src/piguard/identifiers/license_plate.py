"""Mainland motor-vehicle licence plate number (机动车号牌号码).

Structure (GA 36-2018): a one-character province abbreviation (京, 沪, 粤, ...), a
letter for the issuing city office (no I or O), then

- ordinary plates: five letters or digits (no I or O), e.g. ``京A·12345``;
- new-energy plates (新能源, 8 characters): six characters — small vehicles put the
  energy letter first (``D``/``A``/``B``/``C``/``E`` battery-electric,
  ``F``/``G``/``H``/``J``/``K`` other new energy) then a letter or digit and four
  digits, e.g. ``粤B·D12345``; large vehicles put five digits first and the energy
  letter last, e.g. ``粤B·12345D``;
- special plates: four letters or digits and a suffix 警 (police), 学 (driving school),
  挂 (trailer), 领 (consulate), 港 / 澳 (Guangdong plates of cross-border vehicles);
- embassy plates: ``使`` and six digits (or the digits first).

An optional separator (``·``, ``•``, ``・``, ``-`` or a space) after the city letter is
ignored.

>>> validate("京A·12345")
'京A12345'
>>> kind("粤B D12345"), kind("粤B12345D"), kind("京A1234警")
('new_energy', 'new_energy', 'police')
>>> province("沪C-6T789")
'上海市'
>>> is_valid("京I12345"), is_valid("X A12345")
(False, False)
>>> format("粤BD12345")
'粤B·D12345'
"""

from __future__ import annotations

import re

from piguard.errors import InvalidComponent, InvalidFormat, InvalidIdentifier, InvalidLength

from ._common import clean

__all__ = [
    "ENTITY_TYPE",
    "PROVINCES",
    "compact",
    "format",
    "is_valid",
    "kind",
    "province",
    "validate",
]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "LICENSE_PLATE"

#: Province abbreviation -> province-level division.
PROVINCES: dict[str, str] = {
    "京": "北京市", "津": "天津市", "冀": "河北省", "晋": "山西省", "蒙": "内蒙古自治区",
    "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "沪": "上海市", "苏": "江苏省",
    "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省",
    "豫": "河南省", "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "桂": "广西壮族自治区",
    "琼": "海南省", "渝": "重庆市", "川": "四川省", "贵": "贵州省", "云": "云南省",
    "藏": "西藏自治区", "陕": "陕西省", "甘": "甘肃省", "青": "青海省", "宁": "宁夏回族自治区",
    "新": "新疆维吾尔自治区",
}  # fmt: skip
_SUFFIX_KINDS = {
    "警": "police",
    "学": "coach",
    "挂": "trailer",
    "领": "consulate",
    "港": "hk_macau",
    "澳": "hk_macau",
}
_P = "[" + "".join(PROVINCES) + "]"
_L = "[A-HJ-NP-Z]"  # letters without I and O
_A = "[A-HJ-NP-Z0-9]"
_E = "[ABCDEFGHJK]"  # energy-type letters
_PATTERNS = (
    (re.compile(f"{_P}{_L}{_E}{_A}[0-9]{{4}}"), "new_energy"),
    (re.compile(f"{_P}{_L}[0-9]{{5}}{_E}"), "new_energy"),
    (re.compile(f"{_P}{_L}{_A}{{5}}"), "ordinary"),
    (re.compile(f"{_P}{_L}{_A}{{4}}[警学挂领港澳]"), "special"),
    (re.compile("使[0-9]{6}|[0-9]{6}使"), "embassy"),
)
_SEPARATORS = " -·•・‧"


def compact(number: str) -> str:
    """Remove separators, normalise full-width forms and upper-case.

    >>> compact("京ａ·１２３４５")
    '京A12345'
    """
    return clean(number, drop=_SEPARATORS, max_len=32).upper()


def _kind(number: str) -> str:
    if len(number) not in (7, 8):
        raise InvalidLength("licence plate must have 7 or 8 characters")
    for pattern, name in _PATTERNS:
        if pattern.fullmatch(number):
            return _SUFFIX_KINDS[number[-1]] if name == "special" else name
    if number[0] not in PROVINCES and number[0] != "使" and number[-1] != "使":
        raise InvalidComponent("licence plate starts with a province abbreviation")
    raise InvalidFormat("licence plate has the wrong structure")


def validate(number: str) -> str:
    """Return the compact plate, or raise ``InvalidIdentifier``."""
    number = compact(number)
    _kind(number)
    return number


def is_valid(number: object) -> bool:
    """True when ``number`` is a mainland licence plate; never raises."""
    try:
        _kind(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def kind(number: str) -> str:
    """Return ``ordinary``, ``new_energy``, ``police``, ``coach``, ``trailer``,
    ``consulate``, ``hk_macau`` or ``embassy``."""
    return _kind(compact(number))


def province(number: str) -> str | None:
    """Return the province of issue (``None`` for embassy plates)."""
    return PROVINCES.get(validate(number)[0])


def format(number: str) -> str:
    """Write with a middle dot after the city letter."""
    number = validate(number)
    if number[0] not in PROVINCES:
        return number
    return f"{number[:2]}·{number[2:]}"
