"""Generalization: keep what the data is *for*, drop what points to one person.

* :class:`NumberBand` — numbers to ranges (ages ``30-39``, incomes ``[10000, 20000)``);
* :class:`DateBand` — dates to a year, quarter, month or decade;
* :class:`AddressLevel` — a Chinese address to its province, city or district;
* :class:`ResidentIdRegionYear` — a resident ID to its region and birth year.

Values that cannot be read (a non-number, a non-date, an address with no division)
become ``*``: generalization never lets an unreadable original through.

>>> NumberBand(10).apply("37"), NumberBand(10000, style="interval").apply("15800.5")
('30-39', '[10000, 20000)')
>>> DateBand("quarter").apply("2023-05-17"), DateBand("decade").apply("1987年3月2日")
('2023-Q2', '1980s')
>>> AddressLevel("city").apply("广东省深圳市南山区科技园路1号")
'广东省深圳市'
>>> AddressLevel("district").apply("北京市朝阳区建国路88号")
'北京市朝阳区'
>>> ResidentIdRegionYear().apply("11010519491231002X")
'北京市朝阳区 1949'
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from .base import Operator, as_strings, check, distinct, map_unique

__all__ = ["AddressLevel", "DateBand", "NumberBand", "ResidentIdRegionYear"]

UNREADABLE = "*"


def _number(value: str) -> float | None:
    try:
        number = float(value.strip().replace(",", ""))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


@dataclass(frozen=True, slots=True)
class NumberBand(Operator):
    """Numbers to bands of ``width``: ``age`` style ``30-39``, ``interval`` ``[30, 40)``."""

    width: float = 10
    style: str = "age"
    name = "number_band"
    hides = False

    def __post_init__(self) -> None:
        check(isinstance(self.width, int | float) and not isinstance(self.width, bool)
              and 0 < self.width < 1e15, "number_band: width must be a positive number")
        check(self.style in ("age", "interval"), "number_band: style must be age or interval")

    def _label(self, low: float) -> str:
        width = self.width
        fmt = (lambda x: str(int(x))) if float(width).is_integer() and float(low).is_integer() \
            else (lambda x: f"{x:g}")
        if self.style == "age" and float(width).is_integer():
            return f"{fmt(low)}-{fmt(low + width - 1)}"
        return f"[{fmt(low)}, {fmt(low + width)})"

    def apply(self, value: str) -> str:
        number = _number(value)
        if number is None:
            return UNREADABLE
        return self._label(math.floor(number / self.width) * self.width)

    def apply_array(self, arr):
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks()
        if pa.types.is_integer(arr.type) and float(self.width).is_integer() and self.style == "age":
            width = int(self.width)
            low = pc.multiply(pc.floor(pc.divide(pc.cast(arr, pa.float64()), width)), width)
            low = pc.cast(low, pa.int64())
            return pc.binary_join_element_wise(pc.cast(low, pa.string()),
                                               pc.cast(pc.add(low, width - 1), pa.string()), "-")
        return map_unique(as_strings(arr), self.apply)


_DATE = re.compile(r"\s*([0-9]{4})\s*(?:[-/.年]\s*([0-9]{1,2}))?")


@dataclass(frozen=True, slots=True)
class DateBand(Operator):
    """Dates to ``year``, ``quarter`` (2023-Q2), ``month`` (2023-05) or ``decade`` (1980s)."""

    unit: str = "year"
    name = "date_band"
    hides = False

    def __post_init__(self) -> None:
        check(self.unit in ("year", "quarter", "month", "decade"),
              "date_band: unit must be year, quarter, month or decade")

    def apply(self, value: str) -> str:
        found = _DATE.match(value)
        if not found:
            return UNREADABLE
        year, month = int(found.group(1)), found.group(2)
        if self.unit == "decade":
            return f"{year // 10 * 10}s"
        if self.unit == "year":
            return str(year)
        if month is None or not 1 <= int(month) <= 12:
            return UNREADABLE
        if self.unit == "quarter":
            return f"{year}-Q{(int(month) - 1) // 3 + 1}"
        return f"{year}-{int(month):02d}"

    def apply_array(self, arr):
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks()
        if pa.types.is_date(arr.type) or pa.types.is_timestamp(arr.type):
            year = pc.cast(pc.year(arr), pa.string())
            if self.unit == "year":
                return year
            if self.unit == "decade":
                return pc.binary_join_element_wise(
                    pc.cast(pc.multiply(pc.divide(pc.year(arr), 10), 10), pa.string()), "s", "")
            if self.unit == "quarter":
                return pc.binary_join_element_wise(
                    year, pc.cast(pc.quarter(arr), pa.string()), "-Q")
            return pc.strftime(arr, format="%Y-%m")
        return map_unique(as_strings(arr), self.apply)


_MUNICIPALITY = r"(?:北京|天津|上海|重庆)市?"
_PROVINCE = (rf"{_MUNICIPALITY}|[^省市区县]{{2,7}}?(?:省|自治区)|香港(?:特别行政区)?|"
             r"澳门(?:特别行政区)?|台湾省?")
_CITY = r"[^省市区县]{1,9}?(?:市|自治州|地区|盟)"
_DISTRICT = r"[^省市区县]{1,9}?(?:区|县|旗|市)"
# One pattern for Python's re and Arrow's RE2 (same leftmost-first submatch rules).
_ADDRESS_PATTERN = rf"^[ \t]*(?P<p>{_PROVINCE})?(?P<c>{_CITY})?(?P<d>{_DISTRICT})?"
_ADDRESS = re.compile(_ADDRESS_PATTERN)
# Division names hold no digits: an address is read up to its first digit (street
# numbers then stop making every address distinct, which the column path relies on).
_UP_TO_DIGIT = r"^(?P<head>[^0-9\x{ff10}-\x{ff19}]*)"  # a negated class spans newlines too
_FROM_DIGIT_PY = re.compile(r"[0-9\uff10-\uff19].*", re.S)


@dataclass(frozen=True, slots=True)
class AddressLevel(Operator):
    """A Chinese address cut to its ``province``, ``city`` or ``district``."""

    level: str = "city"
    name = "address_level"
    hides = False

    def __post_init__(self) -> None:
        check(self.level in ("province", "city", "district"),
              "address_level: level must be province, city or district")

    def apply(self, value: str) -> str:
        found = _ADDRESS.match(_FROM_DIGIT_PY.sub("", value, count=1))
        province, city, district = found.group("p"), found.group("c"), found.group("d")
        municipal = province is not None and re.fullmatch(_MUNICIPALITY, province) is not None
        if self.level == "province":
            return province or UNREADABLE
        # 北京市朝阳区: a municipality is its own city.
        city_level = province if municipal else ((province or "") + city if city else None)
        if city_level is None:
            return UNREADABLE
        if self.level == "city" or district is None:
            return city_level
        return city_level + district

    def apply_array(self, arr):
        # Extracting the head is about twice as fast as replacing the tail with "".
        head = pc.struct_field(pc.extract_regex(as_strings(arr), _UP_TO_DIGIT), [0])
        arr, indices = distinct(head)
        parts = pc.extract_regex(arr, _ADDRESS_PATTERN)
        empty = pa.scalar("", pa.string())
        province, city, district = (pc.fill_null(pc.struct_field(parts, g), empty)
                                    for g in ("p", "c", "d"))
        star = pa.scalar(UNREADABLE, pa.string())
        has_p = pc.not_equal(province, empty)
        if self.level == "province":
            out = pc.if_else(has_p, province, star)
        else:
            municipal = pc.match_substring_regex(province, f"^(?:{_MUNICIPALITY})$")
            has_c = pc.not_equal(city, empty)
            city_level = pc.if_else(municipal, province,
                                    pc.binary_join_element_wise(province, city, ""))
            known = pc.or_(municipal, has_c)
            if self.level == "district":
                city_level = pc.if_else(pc.not_equal(district, empty),
                                        pc.binary_join_element_wise(city_level, district, ""),
                                        city_level)
            out = pc.if_else(known, city_level, star)
        out = pc.if_else(pc.is_valid(arr), out, pa.scalar(None, pa.string()))
        return out if indices is None else pc.take(out, indices)


@dataclass(frozen=True, slots=True)
class ResidentIdRegionYear(Operator):
    """A resident ID to ``<region> <birth year>``; ``level`` province, city or county."""

    level: str = "county"
    name = "resident_id_region_year"
    hides = True

    def __post_init__(self) -> None:
        check(self.level in ("province", "city", "county"),
              "resident_id_region_year: level must be province, city or county")

    def apply(self, value: str) -> str:
        from piguard.identifiers import cn_ric

        if not cn_ric.is_valid(value):
            return UNREADABLE
        region = cn_ric.region(value)
        names = {"province": (region.province,),
                 "city": (region.province, region.city),
                 "county": (region.province, region.city, region.county)}[self.level]
        label = "".join(dict.fromkeys(n for n in names if n)) or region.code[:2]
        return f"{label} {cn_ric.birth_date(value).year}"
