"""E-mail address (电子邮箱地址).

Structure (RFC 5321 / RFC 5322 addr-spec, the dot-atom form people actually use): a
local part of at most 64 characters from letters, digits and ``!#$%&'*+/=?^_`{|}~-``,
with dots between (not leading, trailing or doubled); ``@``; a domain name of at most
253 characters made of labels (letters, digits, inner hyphens, at most 63 characters)
whose last label — the top-level domain — is alphabetic or an ``xn--`` IDN label.
Quoted local parts and address literals (``user@[192.0.2.1]``) are not accepted:
they are rare in data and common in false positives.

>>> validate("Zhang.San+news@Example.com.cn")
'Zhang.San+news@example.com.cn'
>>> domain("zhang.san@163.com"), local_part("zhang.san@163.com")
('163.com', 'zhang.san')
>>> is_valid("a..b@example.com"), is_valid("ab@localhost")
(False, False)
"""

from __future__ import annotations

import re

from piguard.errors import InvalidComponent, InvalidFormat, InvalidIdentifier, InvalidLength

from ._common import clean

__all__ = ["ENTITY_TYPE", "compact", "domain", "format", "is_valid", "local_part", "validate"]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "EMAIL"

_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_TLD = re.compile(r"[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}")


def compact(address: str) -> str:
    """Strip surrounding spaces, normalise full-width forms, lower-case the domain.

    >>> compact(" ａ＠ｂ．ｃｎ ")
    'a@b.cn'
    """
    address = clean(address, drop="", max_len=320)
    local, at, host = address.rpartition("@")
    return f"{local}{at}{host.lower()}" if at else address


def _validate(address: str) -> str:
    local, at, host = address.rpartition("@")
    if not at or not local or not host:
        raise InvalidFormat("e-mail address needs one local part, @ and a domain")
    if len(local) > 64 or len(host) > 253:
        raise InvalidLength("e-mail local part or domain too long")
    if not _LOCAL.fullmatch(local):
        raise InvalidFormat("e-mail local part has characters or dots out of place")
    labels = host.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        raise InvalidFormat("e-mail domain is not a valid domain name")
    if not _TLD.fullmatch(labels[-1]):
        raise InvalidComponent("e-mail domain has no valid top-level domain")
    return address


def validate(address: str) -> str:
    """Return the compact address, or raise ``InvalidIdentifier``."""
    return _validate(compact(address))


def is_valid(address: object) -> bool:
    """True when ``address`` is a valid e-mail address; never raises."""
    try:
        _validate(compact(address))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def local_part(address: str) -> str:
    """Return the part before ``@`` (the mailbox: personal information)."""
    return validate(address).rpartition("@")[0]


def domain(address: str) -> str:
    """Return the domain (the provider: usually not personal by itself)."""
    return validate(address).rpartition("@")[2]


def format(address: str) -> str:
    """Return the compact form."""
    return compact(address)
