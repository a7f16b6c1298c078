"""GPS coordinates (地理坐标 / 精确位置: latitude and longitude).

Structure: a pair of WGS-84 (or GCJ-02, Chinese maps) coordinates in decimal degrees
(``39.9042, 116.4074``), with optional hemisphere letters or ``°`` signs
(``39.9042°N 116.4074°E``, ``N39.9042, E116.4074``), or in degrees-minutes-seconds
(``39°54'15"N 116°24'27"E``). Latitude lies in [-90, 90], longitude in [-180, 180].
Chinese map APIs write longitude first (``116.4074,39.9042``): a pair whose first
value cannot be a latitude but whose second can is read that way. Precise location
is sensitive personal information under GB/T 35273 (行踪轨迹); :func:`precision`
tells how precise a pair is, so detectors can ignore coarse numbers.

>>> validate("39.9042, 116.4074")
'39.9042,116.4074'
>>> parse("116.4074,39.9042"), parse("39°54'15\\"N 116°24'27\\"E")
((39.9042, 116.4074), (39.904167, 116.4075))
>>> is_valid("91.0, 181.0"), in_china("31.2304,121.4737")
(False, True)
"""

from __future__ import annotations

import math
import re

from piguard.errors import InvalidComponent, InvalidFormat, InvalidIdentifier

from ._common import clean

__all__ = [
    "ENTITY_TYPE",
    "compact",
    "format",
    "in_china",
    "is_valid",
    "parse",
    "precision",
    "validate",
]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "GPS"

_NUM = r"[+-]?[0-9]{1,3}(?:\.[0-9]+)?"
_H = r"([NSEWnsew])?"
_DECIMAL = re.compile(
    rf"\s*{_H}\s*({_NUM})\s*°?\s*{_H}\s*[,，;/\s]\s*{_H}\s*({_NUM})\s*°?\s*{_H}\s*"
)
_DMS_ONE = r"([0-9]{1,3})\s*[°度]\s*(?:([0-9]{1,2})\s*['′分]\s*)?(?:([0-9]{1,2}(?:\.[0-9]+)?)\s*(?:\"|″|''|秒)\s*)?([NSEWnsew])"
_DMS = re.compile(rf"\s*{_DMS_ONE}\s*[,，;/\s]?\s*{_DMS_ONE}\s*")


def compact(value: str) -> str:
    """Normalise full-width forms and strip surrounding spaces (separators are kept)."""
    return clean(value, drop="", max_len=80)


def _signed(number: float, hemisphere: str | None) -> float:
    return -abs(number) if hemisphere and hemisphere.upper() in "SW" else number


def _dms(deg: str, minutes: str | None, seconds: str | None, hemisphere: str) -> float:
    if float(minutes or 0) >= 60 or float(seconds or 0) >= 60:
        raise InvalidComponent("minutes and seconds must be below 60")
    value = int(deg) + float(minutes or 0) / 60 + float(seconds or 0) / 3600
    return round(_signed(value, hemisphere), 6)


def _parse(value: str) -> tuple[float, float, int]:
    """Return (latitude, longitude, decimals)."""
    match = _DECIMAL.fullmatch(value)
    if match:
        p1, first, s1, p2, second, s2 = match.groups()
        if (p1 and s1) or (p2 and s2):
            raise InvalidFormat("a hemisphere letter goes before or after a value, not both")
        h1, h2 = p1 or s1, p2 or s2
        a, b = _signed(float(first), h1), _signed(float(second), h2)
        decimals = min(len(first.partition(".")[2]), len(second.partition(".")[2]))
        if h1 and h2 and (h1.upper() in "NS") == (h2.upper() in "NS"):
            raise InvalidComponent("one value must be north/south, the other east/west")
        if (
            (h1 and h1.upper() in "EW")
            or (h2 and h2.upper() in "NS")
            or (not h1 and not h2 and abs(a) > 90 and abs(b) <= 90)
        ):
            a, b = b, a  # longitude first
    else:
        match = _DMS.fullmatch(value)
        if not match:
            raise InvalidFormat("not a latitude/longitude pair")
        g = match.groups()
        a, b = _dms(*g[:4]), _dms(*g[4:])
        if (g[3].upper() in "NS") == (g[7].upper() in "NS"):
            raise InvalidComponent("one value must be north/south, the other east/west")
        if g[3].upper() in "EW":
            a, b = b, a
        decimals = 4 if g[2] else 2
    if not (-90 <= a <= 90 and -180 <= b <= 180) or math.isnan(a + b):
        raise InvalidComponent("latitude must be within ±90 and longitude within ±180")
    return a, b, decimals


def _fmt(number: float) -> str:
    """Plain decimal notation, no exponent, no trailing zeros."""
    return f"{number:.7f}".rstrip("0").rstrip(".")


def validate(value: str) -> str:
    """Return ``'lat,lng'`` in decimal degrees, or raise ``InvalidIdentifier``."""
    lat, lng, _ = _parse(compact(value))
    return f"{_fmt(lat)},{_fmt(lng)}"


def is_valid(value: object) -> bool:
    """True when ``value`` is a coordinate pair; never raises."""
    try:
        _parse(compact(value))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def parse(value: str) -> tuple[float, float]:
    """Return ``(latitude, longitude)`` as floats."""
    lat, lng, _ = _parse(compact(value))
    return lat, lng


def precision(value: str) -> int:
    """Number of decimal places of the less precise value (DMS: 2 or 4).

    Four places is about 11 m: enough to find a home.

    >>> precision("39.9042,116.41")
    2
    """
    return _parse(compact(value))[2]


def in_china(value: str) -> bool:
    """True when the point lies in a rough bounding box of China (3.8-53.6 N, 73.5-135.1 E)."""
    lat, lng = parse(value)
    return 3.8 <= lat <= 53.6 and 73.5 <= lng <= 135.1


def format(value: str) -> str:
    """Return ``'lat, lng'`` in decimal degrees."""
    lat, lng = parse(value)
    return f"{_fmt(lat)}, {_fmt(lng)}"
