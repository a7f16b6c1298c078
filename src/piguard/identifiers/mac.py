"""MAC address (MAC 地址, IEEE 802 EUI-48).

Structure (IEEE 802-2014): six octets written as hexadecimal pairs separated by
colons or dashes (``3c:22:fb:12:34:56``), as three dotted groups of four (Cisco,
``3c22.fb12.3456``) or as twelve bare hex digits. The first three octets are the
Organizationally Unique Identifier (OUI) unless the locally administered bit is set —
then the address is randomised or assigned by software (phones randomise per network).
A MAC address of a personal device is a device identifier, hence personal information.

>>> validate("3C-22-FB-12-34-56")
'3c:22:fb:12:34:56'
>>> oui("3c22.fb12.3456"), is_local("3e:22:fb:12:34:56"), is_multicast("01:00:5e:00:00:fb")
('3c:22:fb', True, True)
>>> is_valid("3c:22:fb:12:34"), is_valid("3c:22-fb:12:34:56")
(False, False)
"""

from __future__ import annotations

import re

from piguard.errors import InvalidComponent, InvalidFormat, InvalidIdentifier

from ._common import clean

__all__ = [
    "ENTITY_TYPE",
    "compact",
    "format",
    "is_local",
    "is_multicast",
    "is_valid",
    "oui",
    "validate",
]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "MAC"

_FORMS = (
    re.compile(r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}"),
    re.compile(r"[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}"),
    re.compile(r"[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}"),
    re.compile(r"[0-9A-Fa-f]{12}"),
)


def compact(address: str) -> str:
    """Strip surrounding spaces and normalise full-width forms (separators stay)."""
    return clean(address, drop="", max_len=32)


def _hex(address: str) -> str:
    if not any(form.fullmatch(address) for form in _FORMS):
        raise InvalidFormat("not a MAC address")
    digits = address.translate({ord(":"): None, ord("-"): None, ord("."): None}).lower()
    if digits in ("000000000000", "ffffffffffff"):
        raise InvalidComponent("all-zero and broadcast addresses name no device")
    return digits


def validate(address: str) -> str:
    """Return the address as lower-case colon-separated octets, or raise."""
    digits = _hex(compact(address))
    return ":".join(digits[i : i + 2] for i in range(0, 12, 2))


def is_valid(address: object) -> bool:
    """True when ``address`` is a MAC address of a device; never raises."""
    try:
        _hex(compact(address))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def oui(address: str) -> str:
    """Return the first three octets (the vendor, unless the address is local)."""
    return validate(address)[:8]


def is_local(address: str) -> bool:
    """True when the locally administered bit is set (randomised or software-assigned)."""
    return bool(int(validate(address)[:2], 16) & 0b10)


def is_multicast(address: str) -> bool:
    """True when the group bit is set (the address names a group, not a device)."""
    return bool(int(validate(address)[:2], 16) & 0b1)


def format(address: str) -> str:
    """Return the canonical colon-separated form."""
    return validate(address)
