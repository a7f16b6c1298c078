"""Uniform Resource Locator (网址, URL).

Structure (RFC 3986): ``scheme://host[:port][/path][?query][#fragment]``. Accepted
schemes are those of web addresses (``http``, ``https``, ``ftp``, ``ftps``, ``ws``,
``wss``); an address without a scheme is accepted when its host starts with
``www.`` and has a domain after it (``www.gov.cn``). The host must be a domain name with an alphabetic top-level domain, an IPv4
address or a bracketed IPv6 address; the port, when given, must be 1-65535. A URL
is personal information when it names a person's page or carries identifiers in its
path or query (``?phone=...``); the whole URL is reported.

>>> validate("HTTPS://Example.COM/a?b=1")
'HTTPS://Example.COM/a?b=1'
>>> host("https://user@www.example.com:8443/x"), host("www.gov.cn/zhengce")
('www.example.com', 'www.gov.cn')
>>> is_valid("http://exa mple.com"), is_valid("https://localhost/"), is_valid("ftp://[2001:db8::1]/f")
(False, False, True)
"""

from __future__ import annotations

import ipaddress
import re
import urllib.parse

from piguard.errors import InvalidComponent, InvalidFormat, InvalidIdentifier

from ._common import clean

__all__ = ["ENTITY_TYPE", "compact", "format", "host", "is_valid", "scheme", "validate"]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "URL"

_SCHEMES = frozenset({"http", "https", "ftp", "ftps", "ws", "wss"})
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_TLD = re.compile(r"[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}")
_AUTHORITY_END = re.compile(r"[/?#]")
# RFC 3986 characters (unreserved, reserved and '%'); anything else is not part of a URL.
_URL_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%"
)


def compact(url: str) -> str:
    """Strip surrounding spaces and normalise full-width forms."""
    return clean(url, drop="", max_len=4096)


def _host_ok(hostname: str) -> bool:
    if hostname.startswith("["):
        try:
            ipaddress.IPv6Address(hostname[1:-1])
        except ValueError:
            return False
        return hostname.endswith("]")
    labels = hostname.split(".")
    if all(label.isascii() and label.isdigit() for label in labels):
        try:
            ipaddress.IPv4Address(hostname)
        except ValueError:
            return False
        return True
    return (
        len(hostname) <= 253
        and len(labels) >= 2
        and all(_LABEL.fullmatch(label) for label in labels)
        and bool(_TLD.fullmatch(labels[-1]))
    )


def _split(url: str) -> tuple[str, str]:
    """Return (scheme, host) of a URL, or raise."""
    if not _URL_CHARS.issuperset(url):
        raise InvalidFormat("URL has characters outside RFC 3986")
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
        if url[:4].lower() != "www.":
            raise InvalidFormat("URL needs a scheme or a www. host")
    elif scheme.lower() not in _SCHEMES:
        raise InvalidComponent("URL scheme is not a web scheme")
    authority = _AUTHORITY_END.split(rest, maxsplit=1)[0]
    hostport = authority.rpartition("@")[2]
    if hostport.startswith("["):
        hostname, _, tail = hostport.partition("]")
        hostname += "]"
        port = tail[1:] if tail.startswith(":") else tail
    else:
        hostname, _, port = hostport.partition(":")
    if port and not (port.isdigit() and 0 < int(port) < 65536):
        raise InvalidComponent("URL port is not 1-65535")
    if not _host_ok(hostname):
        raise InvalidComponent("URL host is not a domain name or IP address")
    if not scheme and hostname.count(".") < 2:
        raise InvalidComponent("a URL without scheme needs www. and a full domain")
    return scheme, hostname.lower()


def validate(url: str) -> str:
    """Return the URL (surrounding space removed), or raise ``InvalidIdentifier``."""
    url = compact(url)
    _split(url)
    return url


def is_valid(url: object) -> bool:
    """True when ``url`` is a web URL; never raises."""
    try:
        _split(compact(url))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def scheme(url: str) -> str:
    """Return the lower-case scheme (``''`` for a bare ``www.`` address)."""
    return _split(compact(url))[0].lower()


def host(url: str) -> str:
    """Return the lower-case host name."""
    return _split(compact(url))[1]


def format(url: str) -> str:
    """Return the URL with its scheme and host in lower case.

    >>> format("HTTPS://Example.COM/A")
    'https://example.com/A'
    """
    url = validate(url)
    if "://" not in url:
        return url
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(
        parts._replace(scheme=parts.scheme.lower(), netloc=parts.netloc.lower())
    )
