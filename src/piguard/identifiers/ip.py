"""IP address (IP 地址): IPv4 (RFC 791) and IPv6 (RFC 4291).

Structure: four decimal octets ``a.b.c.d`` (IPv4) or eight groups of hexadecimal
digits with ``::`` for a run of zeros (IPv6). Parsing is the standard library's :mod:`ipaddress` (which rejects IPv4 octets with
leading zeros, an ambiguity attackers use). IPv6 is returned in its compressed form
(RFC 5952). An address is personal information when it can single out a subscriber;
:func:`classify` tells public addresses from private, loopback, link-local and other
special-purpose ones, which detectors may score lower.

>>> validate("192.168.001.1")
Traceback (most recent call last):
    ...
piguard.errors.InvalidFormat: not an IPv4 or IPv6 address
>>> validate("2001:DB8:0:0:0:0:0:1")
'2001:db8::1'
>>> version("10.0.0.8"), classify("10.0.0.8"), classify("114.114.114.114")
(4, 'private', 'public')
"""

from __future__ import annotations

import ipaddress

from piguard.errors import InvalidFormat, InvalidIdentifier

from ._common import clean

__all__ = [
    "ENTITY_TYPE",
    "classify",
    "compact",
    "format",
    "is_public",
    "is_valid",
    "validate",
    "version",
]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "IP"


def compact(address: str) -> str:
    """Strip surrounding spaces and normalise full-width forms."""
    return clean(address, drop="", max_len=64)


def _parse(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    if "%" in address:  # zone IDs name an interface, not a host
        raise InvalidFormat("not an IPv4 or IPv6 address")
    try:
        return ipaddress.ip_address(address)
    except ValueError:
        raise InvalidFormat("not an IPv4 or IPv6 address") from None


def validate(address: str) -> str:
    """Return the address in canonical form, or raise :class:`InvalidFormat`."""
    return str(_parse(compact(address)))


def is_valid(address: object) -> bool:
    """True when ``address`` is an IPv4 or IPv6 address; never raises."""
    try:
        _parse(compact(address))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def version(address: str) -> int:
    """Return 4 or 6."""
    return _parse(compact(address)).version


def classify(address: str) -> str:
    """Return ``loopback``, ``link_local``, ``multicast``, ``private``, ``reserved``,
    ``unspecified`` or ``public``.

    >>> classify("::1"), classify("fe80::1"), classify("2408:8000::1")
    ('loopback', 'link_local', 'public')
    """
    ip = _parse(compact(address))
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    for name in ("unspecified", "loopback", "link_local", "multicast", "private", "reserved"):
        if getattr(ip, f"is_{name}"):
            return name
    return "public" if ip.is_global else "reserved"


def is_public(address: str) -> bool:
    """True for a globally routable address (the kind that identifies a subscriber)."""
    return classify(address) == "public"


def format(address: str) -> str:
    """Return the canonical form (IPv6 compressed, lower case)."""
    return validate(address)
