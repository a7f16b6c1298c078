"""Mainland mobile phone number (手机号码, PRC mobile number).

Structure: 11 digits ``1PQ XXXX XXXX``. The first three digits (the number segment,
号段) are allocated by the Ministry of Industry and Information Technology to the
operators: China Mobile, China Unicom, China Telecom, China Broadnet, and mobile
virtual network operators (170/171, 162/165/167). Data-only segments 145/147/149
and the 146/148 IoT segments are 11 digits as well; the 13-digit IoT numbers
(140-144) are not mobile phones and are not accepted. An optional country prefix
``+86``, ``0086`` or ``86`` is removed, as are spaces, dashes and parentheses.

>>> validate("+86 138-0013-8000")
'13800138000'
>>> operator("(+86)17001234567")
'China Telecom (MVNO)'
>>> is_valid("15412345678")    # 154 is not allocated
False
>>> format("8613800138000")
'138 0013 8000'
"""

from __future__ import annotations

from piguard.errors import InvalidComponent, InvalidFormat, InvalidIdentifier, InvalidLength

from ._common import clean, only_digits, words

__all__ = ["ENTITY_TYPE", "compact", "format", "is_valid", "operator", "to_e164", "validate"]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "PHONE"

_MOBILE, _UNICOM, _TELECOM, _BROADNET = (
    "China Mobile",
    "China Unicom",
    "China Telecom",
    "China Broadnet",
)

# Three-digit segments as allocated (MIIT) by 2024.
_SEGMENTS: dict[str, str] = {
    **dict.fromkeys(words("134 135 136 137 138 139 147 148 150 151 152 157 158 159"), _MOBILE),
    **dict.fromkeys(words("172 178 182 183 184 187 188 195 197 198"), _MOBILE),
    **dict.fromkeys(words("130 131 132 145 146 155 156 166 175 176 185 186 196"), _UNICOM),
    **dict.fromkeys(words("133 149 153 173 174 177 180 181 189 190 191 193 199"), _TELECOM),
    "192": _BROADNET,
    "165": f"{_MOBILE} (MVNO)",
    "167": f"{_UNICOM} (MVNO)",
    "171": f"{_UNICOM} (MVNO)",
    "162": f"{_TELECOM} (MVNO)",
    "170": "MVNO",
}
# 170 is split between the three operators' virtual operators by its fourth digit.
_SEGMENT_170 = {
    **dict.fromkeys("012", f"{_TELECOM} (MVNO)"),
    **dict.fromkeys("356", f"{_MOBILE} (MVNO)"),
    **dict.fromkeys("4789", f"{_UNICOM} (MVNO)"),
}


def compact(number: str) -> str:
    """Remove separators and the +86 / 0086 / 86 country prefix.

    >>> compact("0086 139 1234 5678")
    '13912345678'
    """
    number = clean(number, drop=" -()")
    if number.startswith("+"):
        number = number[1:]
    if len(number) == 15 and number.startswith("0086"):
        number = number[4:]
    elif len(number) == 13 and number.startswith("86"):
        number = number[2:]
    return number


def _validate(number: str) -> str:
    if not only_digits(number):
        raise InvalidFormat("mobile number must be digits")
    if len(number) != 11:
        raise InvalidLength("mobile number must have 11 digits")
    if number[:3] not in _SEGMENTS:
        raise InvalidComponent("number segment is not allocated to a mobile operator")
    return number


def validate(number: str) -> str:
    """Return the 11-digit number, or raise ``InvalidIdentifier``."""
    return _validate(compact(number))


def is_valid(number: object) -> bool:
    """True when ``number`` is a mainland mobile number; never raises."""
    try:
        _validate(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def operator(number: str) -> str:
    """Return the operator the number segment is allocated to."""
    number = validate(number)
    if number[:3] == "170":
        return _SEGMENT_170[number[3]]
    return _SEGMENTS[number[:3]]


def to_e164(number: str) -> str:
    """Return the E.164 form.

    >>> to_e164("138 0013 8000")
    '+8613800138000'
    """
    return "+86" + validate(number)


def format(number: str) -> str:
    """Group as 3-4-4 with spaces."""
    number = compact(number)
    return f"{number[:3]} {number[3:7]} {number[7:]}"
