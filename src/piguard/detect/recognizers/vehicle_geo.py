"""Vehicles and places: licence plates, VIN, GPS coordinates."""

from __future__ import annotations

from piguard.detect.context import words_for
from piguard.detect.recognizers.base import Recognizer

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_CHAR = "[A-HJ-NP-Z0-9]"
# Either order (Chinese map APIs write longitude first): the validator checks the ranges.
_DEG = "[0-9]{1,3}\\.[0-9]{4,8}"
_LON = "[0-9]{1,3}\\.[0-9]{4,8}"
_LAT_MARKED = f"(?:[NS] ?-?{_DEG}°?|-?{_DEG}(?:° ?[NS]?| ?[NS]))"

RECOGNIZERS = (
    Recognizer(
        name="license_plate", entity_type="LICENSE_PLATE",
        pattern=(f"[{_PROVINCES}][A-HJ-NP-Z][·•. -]?"
                 f"(?:{_PLATE_CHAR}{{4}}[A-HJ-NP-Z0-9挂学警港澳]|{_PLATE_CHAR}{{5}}[A-HJ-NP-Z0-9])"),
        validator_ref="license_plate:is_valid", context=words_for("LICENSE_PLATE"),
        validated_score=0.8, context_bonus=0.2, priority=28,
        subtype="PRC plate (GA 36), incl. new-energy",
    ),
    Recognizer(
        name="vin", entity_type="VIN",
        pattern="[A-HJ-NPR-Z0-9]{17}",
        validator_ref="vin:is_valid", context=words_for("VIN"),
        validated_score=0.65, context_bonus=0.3, priority=29,
        subtype="ISO 3779 VIN with check digit",
    ),
    Recognizer(
        name="gps", entity_type="GPS",
        # "lat, lon" with a comma; or with a space when the latitude carries N/S or °
        pattern=(f"(?:(?:[NS] ?-?{_DEG}°?|-?{_DEG}°? ?[NS]?)[,，] ?|{_LAT_MARKED} )"
                 f"(?:[EW] ?-?{_LON}°?|-?{_LON}°? ?[EW]?)"
                 # 北纬39.9042°，东经116.4074°
                 f"|[北南]纬 ?{_DEG}°?[,， ]? ?[东西]经 ?{_LON}°?"),
        validator_ref="piguard.detect.recognizers.checks:gps_is_valid", context=words_for("GPS"),
        validated_score=0.6, context_bonus=0.35, priority=31,
        demote_ref="piguard.detect.recognizers.checks:gps_unmarked_and_short",
        subtype="decimal latitude, longitude",
    ),
)
