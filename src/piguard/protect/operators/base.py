"""What every operator is, and the Arrow plumbing they share.

An operator is a small frozen object, checked when it is built, with two methods:
``apply(value: str) -> str`` for one value and ``apply_array(arr) -> pyarrow.Array``
for a column (nulls stay null). Subclasses vectorize ``apply_array`` with
``pyarrow.compute`` where the library allows; the default maps each *distinct* value
once through ``apply`` (columns of PI repeat a lot: cities, names, one customer's ID
in every order), which keeps Python work proportional to the distinct values.

Class attributes say what an operator promises, for the manifest and the check:

* ``hides`` — no original value may survive in the output (redact, mask, pseudonym,
  FPE, encryption); generalizers and numeric perturbation do not promise that;
* ``reversible`` — ``reverse``/``reverse_array`` give the original back with the key.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, ClassVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from piguard.errors import PolicyError

__all__ = ["Operator", "as_strings", "check", "distinct", "fixed_width_strings", "map_bytes",
           "map_unique"]


def check(condition: bool, message: str) -> None:
    """Raise :class:`PolicyError` with ``message`` unless ``condition`` holds."""
    if not condition:
        raise PolicyError(message)


class Operator:
    """Base of all operators; subclasses are ``@dataclass(frozen=True, slots=True)``."""

    __slots__ = ()
    name: ClassVar[str] = "operator"
    hides: ClassVar[bool] = True
    reversible: ClassVar[bool] = False

    def apply(self, value: str) -> str:
        raise NotImplementedError

    def apply_array(self, arr: pa.Array | pa.ChunkedArray) -> pa.Array:
        return map_unique(as_strings(arr), self._safe_apply)

    def _safe_apply(self, value: str) -> str | None:
        return self.apply(value)

    def describe(self) -> dict[str, Any]:
        """Name and parameters for the manifest: key references, never secrets."""
        out: dict[str, Any] = {"operator": self.name}
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if f.name == "key":
                out["key"] = value.ref if value is not None else None
            elif isinstance(value, str | int | float | bool) or value is None:
                out[f.name] = value
            elif isinstance(value, tuple):
                out[f.name] = list(value)
        return out


def fixed_width_strings(rows: np.ndarray) -> pa.Array:
    """Arrow strings straight from an ``(n, width)`` matrix of UTF-8 bytes, one row each.

    >>> fixed_width_strings(np.frombuffer(b"ab12", dtype=np.uint8).reshape(2, 2)).to_pylist()
    ['ab', '12']
    """
    n, width = rows.shape
    offsets = np.arange(0, (n + 1) * width, width, dtype=np.int32)
    data = np.ascontiguousarray(rows, dtype=np.uint8)
    return pa.Array.from_buffers(pa.string(), n, [None, pa.py_buffer(offsets),
                                                  pa.py_buffer(data)])


def as_strings(arr: pa.Array | pa.ChunkedArray) -> pa.Array:
    """One contiguous ``string`` array (casting numbers, dates and large strings)."""
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    if not pa.types.is_string(arr.type):
        try:
            arr = pc.cast(arr, pa.string())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            arr = pa.array([None if v is None else str(v) for v in arr.to_pylist()], pa.string())
    return arr


_STRING = pa.string()


_SAMPLE = 65_536
#: Above this share of distinct values in a sample, de-duplicating costs more than it saves.
_MOSTLY_DISTINCT = 0.5


def distinct(arr: pa.Array) -> tuple[pa.Array, pa.Array | None]:
    """``(values, indices)``: the distinct values and where each row's value sits.

    A column that is mostly distinct (IDs, card numbers) is returned as is with
    ``indices=None``: hashing every value to save a few repeats is slower than not.
    """
    if len(arr) > 2 * _SAMPLE:
        step = len(arr) // _SAMPLE  # spread over the column, not just its head
        sample = pc.take(arr, pa.array(np.arange(0, step * _SAMPLE, step)))
        filled = len(sample) - sample.null_count
        if filled and pc.count_distinct(sample).as_py() / filled > _MOSTLY_DISTINCT:
            return arr, None
    encoded = pc.dictionary_encode(arr)
    return encoded.dictionary, encoded.indices


def _spread(mapped: pa.Array, arr: pa.Array, indices: pa.Array | None) -> pa.Array:
    if indices is not None:
        return pc.take(mapped, indices)
    if arr.null_count:
        return pc.if_else(pc.is_valid(arr), mapped, pa.scalar(None, mapped.type))
    return mapped


def map_unique(arr: pa.Array, fn, out_type: pa.DataType = _STRING) -> pa.Array:
    """Apply ``fn`` (str -> value) once per distinct non-null value and spread the results."""
    if len(arr) == 0:
        return pa.array([], out_type)
    values, indices = distinct(arr)
    mapped = pa.array([None if v is None else fn(v) for v in values.to_pylist()], out_type)
    return _spread(mapped, arr, indices)


def map_bytes(arr: pa.Array, fn) -> pa.Array:
    """Like :func:`map_unique` for ``fn(list[bytes]) -> list[str] | Array``, on raw UTF-8.

    The values reach ``fn`` as ``bytes`` (Arrow's zero-copy binary view, converted in C):
    no ``str`` objects are made for values the function only hashes or encrypts. Null
    slots reach it as ``b""`` and come back null.
    """
    if len(arr) == 0:
        return pa.array([], _STRING)
    values, indices = distinct(arr)
    chunks = pc.fill_null(values.cast(pa.binary()), b"").to_pylist()
    mapped = fn(chunks)
    if not isinstance(mapped, pa.Array):
        mapped = pa.array(mapped, _STRING)
    if indices is None and values.null_count:
        return _spread(mapped, arr, None)
    return _spread(mapped, arr, indices)
