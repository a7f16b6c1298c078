"""Small checks the recognizers need beyond the identifier modules' ``is_valid``.

>>> gps_is_valid("N23.5460, E110.3118"), gps_is_valid("N95.1, E10.2")
(True, False)
>>> gps_is_valid("北纬39.9042°，东经116.4074°")
True
>>> landline_shape("0755-93653756"), landline_shape("010-1234567")
(True, False)
>>> looks_like_resident_id("620104199306058496"), looks_like_resident_id("6222021234567890128")
(True, False)
>>> gps_unmarked_and_short("6.8921, 7.1234"), gps_unmarked_and_short("31.684370, 115.016102")
(True, False)
"""

from __future__ import annotations

import re

from piguard.identifiers import gps, regions

__all__ = [
    "domain_is_valid",
    "gps_is_valid",
    "gps_unmarked_and_short",
    "ip_is_valid",
    "ipv6_is_valid",
    "landline_shape",
    "looks_like_resident_id",
]

_LEADING_HEMISPHERE = re.compile(r"([NSEW]) ?(-?[0-9.]+°?)")


_HEMISPHERE_WORDS = str.maketrans({"北": "N", "南": "S", "东": "E", "西": "W", "纬": None,
                                   "经": None})


def gps_is_valid(value: str) -> bool:
    """``gps.is_valid`` that also reads hemispheres written first, as letters
    (``N23.5, E110.3``) or words (``北纬23.5，东经110.3``)."""
    if gps.is_valid(value):
        return True
    value = value.translate(_HEMISPHERE_WORDS)
    if gps.is_valid(value):
        return True
    moved = _LEADING_HEMISPHERE.sub(r"\2\1", value)
    return moved != value and gps.is_valid(moved)


def landline_shape(value: str) -> bool:
    """Area code and local number of the right lengths (used only for *labelled* numbers,
    whose local number the numbering plan does not confirm)."""
    digits = value.replace("-", "").replace(" ", "")
    if not digits.isdigit() or digits[0] != "0" or digits[1] == "0":
        return False
    area = 3 if digits[1] in "12" else 4
    local = digits[area:]
    return local[:1] not in ("0", "1", "") and len(local) in ((8,) if area == 3 else (7, 8))


def looks_like_resident_id(value: str) -> bool:
    """18 digits with a province code and a birth year where a resident ID has them: a
    Luhn-valid number of that shape is more likely a mistyped ID than a card."""
    digits = value.replace(" ", "").replace("-", "")
    return (len(digits) == 18 and regions.is_province(digits[:2])
            and digits[6:8] in ("18", "19", "20") and digits[10] in "01")


def ipv6_is_valid(value: str) -> bool:
    """A valid IPv6 address other than the bare ``::`` (which reads like punctuation).

    A zone (``fe80::1%eth0``) and a prefix length (``2001:db8::/32``) may follow; with a
    prefix even ``::/0`` is an address.

    >>> ipv6_is_valid("fe80::1%eth0"), ipv6_is_valid("::/0"), ipv6_is_valid("::")
    (True, True, False)
    """
    return _address_or_network(value, max_prefix=128, bare_unspecified=False)


def ip_is_valid(value: str) -> bool:
    """A valid IPv4 address, or a network in CIDR notation (``10.0.0.0/8``).

    >>> ip_is_valid("192.168.1.0/24"), ip_is_valid("192.168.1.0/33"), ip_is_valid("1.2.3.4")
    (True, False, True)
    """
    return _address_or_network(value, max_prefix=32, bare_unspecified=True)


def _address_or_network(value: str, *, max_prefix: int, bare_unspecified: bool) -> bool:
    from piguard.identifiers import ip

    address, slash, prefix = value.partition("/")
    address = address.partition("%")[0]  # a zone names the interface, not the host
    if slash:
        return prefix.isdigit() and int(prefix) <= max_prefix and ip.is_valid(address)
    return (bare_unspecified or address != "::") and ip.is_valid(address)


#: Top-level domains that bare domain names are accepted under (``microsoft.com``). Those
#: that are also common file extensions (.py, .md, .sh, .rs, .pl, .in) are left out.
DOMAIN_TLDS = (
    "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "ai", "app", "dev",
    "co", "cn", "uk", "de", "jp", "fr", "ru", "il", "au", "ca", "us", "nl", "se", "ch",
    "it", "es", "br", "kr", "tw", "hk", "mo", "sg", "eu", "tv", "cc", "xyz", "top", "site",
    "online", "tech", "cloud", "vip", "shop", "store", "asia", "mobi", "name", "pro",
)  # fmt: skip
_TLD_SET = frozenset(DOMAIN_TLDS)


def domain_is_valid(value: str) -> bool:
    """A domain name under a known top-level domain, with at least one letter.

    >>> domain_is_valid("google.co.il"), domain_is_valid("1.2.com"), domain_is_valid("a.py")
    (True, True, False)
    """
    labels = value.lower().split(".")
    return (
        len(value) <= 253
        and len(labels) >= 2
        and labels[-1] in _TLD_SET
        and all(0 < len(label) <= 63 for label in labels)
        and any(c.isalpha() for c in value)
    )


_DECIMALS = re.compile(r"\.([0-9]+)")


def gps_unmarked_and_short(value: str) -> bool:
    """A pair without hemisphere letters or ``°`` and under 5 decimals (``6.8921,
    7.1234``) is as likely two rates or prices as a position: it then needs a label."""
    if any(c in value for c in "NSEW°纬经"):
        return False
    return min((len(d) for d in _DECIMALS.findall(value)), default=0) < 5
