"""Operators that drop the value: redaction, a type tag, suppression.

>>> Redact().apply("13812345678"), Redact("[已删除]").apply("张三")
('', '[已删除]')
>>> TypeTag("CN_RESIDENT_ID").apply("11010519491231002X")
'<CN_RESIDENT_ID>'
>>> import pyarrow as pa
>>> Suppress().apply_array(pa.array(["a", None])).to_pylist()
[None, None]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from .base import Operator, as_strings, check

__all__ = ["Redact", "Suppress", "TypeTag"]


@dataclass(frozen=True, slots=True)
class Redact(Operator):
    """Replace the whole value with a fixed text (empty by default)."""

    replacement: str = ""
    name = "redact"

    def __post_init__(self) -> None:
        check(isinstance(self.replacement, str) and len(self.replacement) <= 64,
              "redact: replacement must be a string of at most 64 characters")

    def apply(self, value: str) -> str:
        return self.replacement

    def apply_array(self, arr):
        arr = as_strings(arr)
        return pc.if_else(pc.is_null(arr), pa.scalar(None, pa.string()),
                          pa.scalar(self.replacement, pa.string()))


@dataclass(frozen=True, slots=True)
class TypeTag(Operator):
    """Replace the value with its entity type in angle brackets: ``<PHONE>``."""

    entity_type: str = "PII"
    name = "tag"

    def __post_init__(self) -> None:
        check(isinstance(self.entity_type, str)
              and re.fullmatch(r"[A-Z][A-Z0-9_]{0,40}", self.entity_type) is not None,
              "tag: entity type must be an upper-case code like CN_RESIDENT_ID")

    def apply(self, value: str) -> str:
        return f"<{self.entity_type}>"

    def apply_array(self, arr):
        arr = as_strings(arr)
        return pc.if_else(pc.is_null(arr), pa.scalar(None, pa.string()),
                          pa.scalar(f"<{self.entity_type}>", pa.string()))


@dataclass(frozen=True, slots=True)
class Suppress(Operator):
    """Remove the value: null in a table, nothing in a text."""

    name = "suppress"

    def apply(self, value: str) -> str:
        return ""

    def apply_array(self, arr):
        return pa.nulls(len(arr), pa.string())
