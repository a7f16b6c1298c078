"""Unified social credit code (统一社会信用代码, Unified Social Credit Identifier, USCC).

Structure (GB 32100-2015), 18 characters from ``0-9`` and the capitals without
I, O, S, V, Z:

- character 1: registration authority (登记管理部门), e.g. ``9`` market regulation
  (工商), ``5`` civil affairs (民政), ``1`` institutional establishment (机构编制);
- character 2: entity type within that authority, e.g. ``91`` enterprise (企业),
  ``92`` individual business (个体工商户), ``93`` farmers' cooperative;
- characters 3-8: administrative division code of the registering authority
  (GB/T 2260; ``100000`` for central authorities);
- characters 9-17: subject identifier — the organisation code of GB 11714-1997,
  whose ninth character is its own MOD 11 check character;
- character 18: GB 32100 MOD 31 check character.

Both check characters are verified. Lower-case input is upper-cased.

>>> validate("91110000600037341L")
'91110000600037341L'
>>> authority("91110000600037341L"), entity_type("91110000600037341L")
('工商', '企业')
>>> is_valid("91110000600037341N")     # wrong check character
False
>>> region("91110000600037341L").province
'北京市'
"""

from __future__ import annotations

from piguard.errors import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidIdentifier,
    InvalidLength,
)

from . import regions
from ._common import clean, only_digits
from .checksums import gb32100

__all__ = [
    "ENTITY_TYPE",
    "authority",
    "calc_check_digit",
    "compact",
    "entity_type",
    "format",
    "is_valid",
    "organization_code",
    "region",
    "validate",
]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "CN_USCC"

# GB 32100-2015 table 1 (and its later additions A and N): authority -> {type: name}.
_AUTHORITIES: dict[str, tuple[str, dict[str, str]]] = {
    "1": ("机构编制", {"1": "机关", "2": "事业单位", "3": "群众团体", "9": "其他"}),
    "2": ("外交", {"1": "外国常驻新闻机构", "9": "其他"}),
    "3": (
        "司法行政",
        {
            "1": "律师执业机构",
            "2": "公证处",
            "3": "基层法律服务所",
            "4": "司法鉴定机构",
            "5": "仲裁委员会",
            "9": "其他",
        },
    ),
    "4": ("文化", {"1": "外国在华文化中心", "9": "其他"}),
    "5": ("民政", {"1": "社会团体", "2": "民办非企业单位", "3": "基金会", "9": "其他"}),
    "6": (
        "旅游",
        {"1": "外国旅游部门常驻代表机构", "2": "港澳台地区旅游部门常驻代表机构", "9": "其他"},
    ),
    "7": ("宗教", {"1": "宗教活动场所", "2": "宗教院校", "9": "其他"}),
    "8": ("工会", {"1": "基层工会", "9": "其他"}),
    "9": ("工商", {"1": "企业", "2": "个体工商户", "3": "农民专业合作社"}),
    "A": ("中央军委改革和编制办公室", {"1": "军队事业单位", "9": "其他"}),
    "N": (
        "农业",
        {"1": "组级集体经济组织", "2": "村级集体经济组织", "3": "乡镇级集体经济组织", "9": "其他"},
    ),
    "Y": ("其他", {"1": "其他"}),
}
_ALPHABET = frozenset(gb32100.ALPHABET)


def compact(number: str) -> str:
    """Remove spaces and dashes, normalise full-width forms and upper-case.

    >>> compact("9111 0000 6000 3734 1l")
    '91110000600037341L'
    """
    return clean(number).upper()


def calc_check_digit(body: str) -> str:
    """Return the GB 32100 check character for the first 17 characters.

    >>> calc_check_digit("91110000600037341")
    'L'
    """
    return gb32100.calc_check_digit(body[:17])


def _validate(number: str) -> str:
    if len(number) != 18:
        raise InvalidLength("unified social credit code must have 18 characters")
    if not _ALPHABET.issuperset(number):
        raise InvalidFormat("unified social credit code has a character outside its alphabet")
    types = _AUTHORITIES.get(number[0])
    if types is None or number[1] not in types[1]:
        raise InvalidComponent("unknown registration authority or entity type")
    division = number[2:8]
    if not only_digits(division) or not (division == "100000" or division[:2] in regions.PROVINCES):
        raise InvalidComponent("unknown administrative division code")
    if not gb32100.org_code_is_valid(number[8:17]):
        raise InvalidChecksum("organisation code check character does not match")
    if gb32100.calc_check_digit(number[:17]) != number[17]:
        raise InvalidChecksum("unified social credit code check character does not match")
    return number


def validate(number: str) -> str:
    """Return the compact code, or raise ``InvalidIdentifier``."""
    return _validate(compact(number))


def is_valid(number: object) -> bool:
    """True when ``number`` is a valid unified social credit code; never raises."""
    try:
        _validate(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def authority(number: str) -> str:
    """Return the registration authority's name (Chinese)."""
    return _AUTHORITIES[validate(number)[0]][0]


def entity_type(number: str) -> str:
    """Return the entity type's name (Chinese)."""
    number = validate(number)
    return _AUTHORITIES[number[0]][1][number[1]]


def organization_code(number: str) -> str:
    """Return the 9-character organisation code (GB 11714) inside the USCC.

    >>> organization_code("91110000600037341L")
    '600037341'
    """
    return validate(number)[8:17]


def region(number: str) -> regions.Region | None:
    """Return the registering authority's region (``None`` for central authorities)."""
    return regions.lookup(validate(number)[2:8])


def format(number: str) -> str:
    """Return the compact form (the code is written without separators)."""
    return compact(number)
