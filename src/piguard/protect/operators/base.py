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

import pyarrow as pa
import pyarrow.compute as pc

from piguard.errors import PolicyError

__all__ = ["Operator", "as_strings", "check", "map_unique"]


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


def map_unique(arr: pa.Array, fn, out_type: pa.DataType = _STRING) -> pa.Array:
    """Apply ``fn`` once per distinct non-null value of ``arr`` and spread the results."""
    if len(arr) == 0:
        return pa.array([], out_type)
    encoded = pc.dictionary_encode(arr)
    dictionary = encoded.dictionary.to_pylist()
    mapped = pa.array([fn(v) for v in dictionary], out_type)
    return pc.take(mapped, encoded.indices)
