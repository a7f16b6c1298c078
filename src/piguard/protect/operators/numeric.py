"""Numbers and dates: rounding, noise, and date shifting consistent per person.

* :class:`Round` — to a multiple of ``step`` (salaries to the nearest 1,000);
* :class:`Noise` — add Laplace or Gaussian noise of a given scale. This is *not*
  differential privacy by itself (no budget is tracked; see ``piguard anonymize``);
* :class:`DateShift` — move every date of one person by the same keyed offset in
  ``[-max_days, +max_days]`` (never 0), so intervals between one person's events
  survive while calendar dates do not. The offset is HMAC(key, person) — the same
  person gets the same shift in every table.

>>> Round(1000).apply("15800"), Round(0.5).apply("2.26")
('16000', '2.5')
>>> from piguard.protect.keys import KeyMaterial
>>> shift = DateShift(KeyMaterial("k", 1, bytes(32)), max_days=30)
>>> a = shift.apply("2024-03-01", group="patient-7")
>>> b = shift.apply("2024-03-11", group="patient-7")
>>> import datetime as dt
>>> (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
10
"""

from __future__ import annotations

import datetime as dt
import hmac
import math
import re
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from piguard.protect.keys import KeyMaterial

from .base import Operator, as_strings, check, map_unique
from .generalize import UNREADABLE, _number

__all__ = ["DateShift", "Noise", "Round"]


def _format(number: float, step: float) -> str:
    if float(step).is_integer() and float(number).is_integer():
        return str(int(number))
    decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    return f"{number:.{decimals}f}"


@dataclass(frozen=True, slots=True)
class Round(Operator):
    """Round to the nearest multiple of ``step``."""

    step: float = 1
    name = "round"
    hides = False

    def __post_init__(self) -> None:
        check(isinstance(self.step, int | float) and not isinstance(self.step, bool)
              and 0 < self.step < 1e15, "round: step must be a positive number")

    def apply(self, value: str) -> str:
        number = _number(value)
        if number is None:
            return UNREADABLE
        return _format(math.floor(number / self.step + 0.5) * self.step, self.step)

    def apply_array(self, arr):
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks()
        if pa.types.is_integer(arr.type) or pa.types.is_floating(arr.type):
            rounded = pc.multiply(pc.floor(pc.add(pc.divide(pc.cast(arr, pa.float64()),
                                                            self.step), 0.5)), self.step)
            return pc.cast(rounded, arr.type, safe=False)
        return map_unique(as_strings(arr), self.apply)


@dataclass(frozen=True, slots=True)
class Noise(Operator):
    """Add Laplace (``laplace``) or Gaussian (``gaussian``) noise of ``scale``."""

    scale: float = 1.0
    distribution: str = "laplace"
    seed: int | None = None
    name = "noise"
    hides = False

    def __post_init__(self) -> None:
        check(isinstance(self.scale, int | float) and not isinstance(self.scale, bool)
              and 0 < self.scale < 1e15, "noise: scale must be a positive number")
        check(self.distribution in ("laplace", "gaussian"),
              "noise: distribution must be laplace or gaussian")
        check(self.seed is None or isinstance(self.seed, int), "noise: seed must be an integer")

    def _draw(self, n: int) -> np.ndarray:
        rng = np.random.default_rng(self.seed)
        if self.distribution == "laplace":
            return rng.laplace(0.0, self.scale, n)
        return rng.normal(0.0, self.scale, n)

    def apply(self, value: str) -> str:
        number = _number(value)
        if number is None:
            return UNREADABLE
        return f"{number + float(self._draw(1)[0]):.6g}"

    def apply_array(self, arr):
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks()
        if pa.types.is_integer(arr.type) or pa.types.is_floating(arr.type):
            noisy = pc.add(pc.cast(arr, pa.float64()), pa.array(self._draw(len(arr))))
            if pa.types.is_integer(arr.type):
                return pc.cast(pc.round(noisy), arr.type, safe=False)
            return pc.cast(noisy, arr.type)
        values = as_strings(arr).to_pylist()
        noise = self._draw(len(values))
        out = []
        for value, delta in zip(values, noise, strict=True):
            number = None if value is None else _number(value)
            out.append(None if value is None else
                       UNREADABLE if number is None else f"{number + float(delta):.6g}")
        return pa.array(out, pa.string())


_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


@dataclass(frozen=True)
class DateShift(Operator):
    """Shift dates by a keyed per-person offset in ``[-max_days, max_days]`` (never 0)."""

    key: KeyMaterial
    max_days: int = 30
    name = "date_shift"
    hides = True

    def __post_init__(self) -> None:
        check(isinstance(self.key, KeyMaterial), "date_shift: needs a key")
        check(isinstance(self.max_days, int) and 1 <= self.max_days <= 3650,
              "date_shift: max_days must be 1 to 3650")

    def offset(self, group: str) -> int:
        digest = hmac.digest(self.key.subkey("date_shift"), group.encode("utf-8", "surrogatepass"),
                             "sha256")
        k = int.from_bytes(digest[:8], "big") % (2 * self.max_days)
        return k - self.max_days if k < self.max_days else k - self.max_days + 1

    def apply(self, value: str, group: str | None = None) -> str:
        found = _ISO_DATE.match(value.strip())
        if not found:
            return UNREADABLE
        try:
            day = dt.date(*(int(x) for x in found.groups()))
        except ValueError:
            return UNREADABLE
        shifted = day + dt.timedelta(days=self.offset(value if group is None else group))
        return shifted.isoformat() + value.strip()[10:]

    def apply_array(self, arr, group=None):
        """Shift a column; ``group`` is the column naming the person (same length)."""
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks()
        keys = as_strings(arr if group is None else group)
        offsets = map_unique(keys, lambda g: self.offset(g), pa.int32())
        if pa.types.is_date32(arr.type):
            days = pc.add(pc.cast(arr, pa.int32()), offsets)
            return pc.cast(days, pa.date32())
        values, offs = as_strings(arr).to_pylist(), offsets.to_pylist()
        out = []
        for value, off in zip(values, offs, strict=True):
            if value is None:
                out.append(None)
                continue
            found = _ISO_DATE.match(value.strip())
            try:
                day = dt.date(*(int(x) for x in found.groups())) if found else None
            except ValueError:
                day = None
            out.append(UNREADABLE if day is None or off is None else
                       (day + dt.timedelta(days=off)).isoformat() + value.strip()[10:])
        return pa.array(out, pa.string())
