"""The verification pass: no original value of a covered type survives in the output.

Detections cannot prove this (format-preserving surrogates are still IDs to a
scanner), so we compare against the *input's* values. While protecting, every
original that an operator promised to hide is added to an :class:`OriginalIndex`
(64-bit hashes, NumPy, bounded memory; past ``max_exact`` hashes it turns into a Bloom
filter and the report says so with its false-positive rate). Then the written output
is read back and every string cell is checked whole, every run of ASCII letters,
digits and ``@._+-`` (where IDs, phones, cards and e-mail live) is checked as a token,
and originals in Chinese script (names, addresses) are searched inside every string
cell with Aho-Corasick (Polars ``contains_any``).

>>> import pyarrow as pa
>>> index = OriginalIndex()
>>> index.add(pa.array(["13812345678", "张伟"]))
>>> check = OutputCheck(index)
>>> check.batch(pa.record_batch({"note": ["call 13812345678", "138****5678", "张伟来过"]}))
>>> check.report()["survivors"], check.report()["examples"]
({'note': 2}, {'note': ['13*******78', '张*']})
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

__all__ = ["OriginalIndex", "OutputCheck"]

_SEED = 0x5EEDC0FFEE
_TOKEN_SPLIT = r"[^0-9A-Za-z@._+\-]+"
_CJK = re.compile(r"[\u3400-\u9fff]")
MIN_LENGTH = 2  # shorter originals (one character) are not checked: they are everywhere


def _hash(values: pa.Array) -> np.ndarray:
    series = pl.from_arrow(values)
    assert isinstance(series, pl.Series)
    return series.hash(_SEED).to_numpy()


class OriginalIndex:
    """Hashes of original values; exact up to ``max_exact`` distinct, then a Bloom filter."""

    def __init__(self, max_exact: int = 20_000_000, bloom_bits: int = 2**31,
                 max_cjk: int = 200_000) -> None:
        self.max_exact, self.bloom_bits, self.max_cjk = max_exact, bloom_bits, max_cjk
        self._sorted = np.empty(0, dtype=np.uint64)
        self._pending: list[np.ndarray] = []
        self._pending_n = 0
        self._bloom: np.ndarray | None = None
        self.added = 0
        self.cjk: set[str] = set()
        self.cjk_truncated = False

    def add(self, values: pa.Array) -> None:
        values = pc.drop_null(values)
        if len(values) == 0:
            return
        values = pc.filter(values, pc.greater_equal(pc.utf8_length(values), MIN_LENGTH))
        self.added += len(values)
        hashes = np.unique(_hash(values))
        if self._bloom is not None:
            self._bloom_add(hashes)
        else:
            self._pending.append(hashes)
            self._pending_n += len(hashes)
            if self._pending_n > 1_000_000:
                self._consolidate()
        cjk = pc.filter(values, pc.match_substring_regex(values, r"[\x{3400}-\x{9fff}]"))
        if len(cjk) and not self.cjk_truncated:
            self.cjk.update(pc.unique(cjk).to_pylist())
            if len(self.cjk) > self.max_cjk:
                self.cjk_truncated = True

    def _consolidate(self) -> None:
        if self._pending:
            self._sorted = np.unique(np.concatenate([self._sorted, *self._pending]))
            self._pending, self._pending_n = [], 0
        if self._bloom is None and len(self._sorted) > self.max_exact:
            self._bloom = np.zeros(self.bloom_bits // 8, dtype=np.uint8)
            self._bloom_add(self._sorted)
            self._sorted = np.empty(0, dtype=np.uint64)

    def _positions(self, hashes: np.ndarray) -> list[np.ndarray]:
        h1 = hashes
        h2 = (hashes >> np.uint64(32)) | np.uint64(1)
        bits = np.uint64(self.bloom_bits)
        return [(h1 + np.uint64(i) * h2) % bits for i in range(7)]

    def _bloom_add(self, hashes: np.ndarray) -> None:
        assert self._bloom is not None
        for pos in self._positions(hashes):
            np.bitwise_or.at(self._bloom, (pos >> np.uint64(3)).astype(np.int64),
                             (np.uint8(1) << (pos & np.uint64(7)).astype(np.uint8)))

    def contains(self, values: pa.Array) -> np.ndarray:
        """Boolean mask: which values are (probably, if Bloom) originals."""
        self._consolidate()
        if len(values) == 0:
            return np.zeros(0, dtype=bool)
        hashes = _hash(values)
        if self._bloom is not None:
            hit = np.ones(len(hashes), dtype=bool)
            for pos in self._positions(hashes):
                byte = self._bloom[(pos >> np.uint64(3)).astype(np.int64)]
                hit &= (byte >> (pos & np.uint64(7)).astype(np.uint8)) & 1 == 1
            return hit
        if len(self._sorted) == 0:
            return np.zeros(len(hashes), dtype=bool)
        where = np.searchsorted(self._sorted, hashes)
        where = np.minimum(where, len(self._sorted) - 1)
        return self._sorted[where] == hashes

    def describe(self) -> dict[str, Any]:
        self._consolidate()
        out: dict[str, Any] = {"originals": self.added, "method": "exact-hash"}
        if self._bloom is not None:
            fill = float(np.unpackbits(self._bloom).mean())
            out.update(method="bloom", false_positive_rate=round(fill**7, 8))
        else:
            out["distinct"] = len(self._sorted)
        out["chinese_script_originals"] = len(self.cjk)
        if self.cjk_truncated:
            out["chinese_script_truncated"] = True
        return out


class OutputCheck:
    """Reads output batches and counts cells where an original survives."""

    def __init__(self, index: OriginalIndex) -> None:
        self.index = index
        self.cells = 0
        self.tokens = 0
        self.survivors: dict[str, int] = {}
        self.examples: dict[str, list[str]] = {}
        self._cjk = sorted(index.cjk)

    def batch(self, batch: pa.RecordBatch) -> None:
        for name, column in zip(batch.schema.names, batch.columns, strict=True):
            if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
                column = pc.cast(column, pa.string()) if not pa.types.is_nested(column.type) \
                    else None
                if column is None:
                    continue
            self._column(name, column)

    def _column(self, name: str, column: pa.Array) -> None:
        values = pc.drop_null(column)
        if len(values) == 0:
            return
        self.cells += len(values)
        hit = self.index.contains(values)
        tokens = pc.list_flatten(pc.split_pattern_regex(values, _TOKEN_SPLIT))
        token_rows = pc.list_parent_indices(pc.split_pattern_regex(values, _TOKEN_SPLIT))
        long = pc.greater_equal(pc.utf8_length(tokens), 4)
        tokens, token_rows = pc.filter(tokens, long), pc.filter(token_rows, long)
        self.tokens += len(tokens)
        token_hit = self.index.contains(tokens)
        found: list[str] = []
        if token_hit.any():
            hit[np.unique(token_rows.to_numpy()[token_hit])] = True
            found += pc.filter(tokens, pa.array(token_hit)).slice(0, 3).to_pylist()
        if self._cjk:
            series = pl.from_arrow(values)
            assert isinstance(series, pl.Series)
            cjk_hit = series.str.contains_any(self._cjk).fill_null(False).to_numpy()
            if cjk_hit.any():
                hit |= cjk_hit
                first = series.filter(pl.Series(cjk_hit)).head(3)
                found += [m for ms in first.str.extract_many(self._cjk).to_list() for m in ms][:3]
        if not found and hit.any():  # whole cells
            found = pc.filter(values, pa.array(hit)).slice(0, 3).to_pylist()
        count = int(hit.sum())
        if count:
            self.survivors[name] = self.survivors.get(name, 0) + count
            shown = self.examples.setdefault(name, [])
            shown.extend(_masked(v) for v in found[: 3 - len(shown)])

    def report(self) -> dict[str, Any]:
        return {"passed": not self.survivors, "cells_checked": self.cells,
                "tokens_checked": self.tokens, "survivors": dict(self.survivors),
                "examples": dict(self.examples), "index": self.index.describe()}


def _masked(value: str) -> str:
    """A survivor as the report shows it: first and last characters, the rest hidden."""
    value = value.strip()
    if len(value) <= 2:
        return value[:1] + "*" * (len(value) - 1)
    keep = min(4, len(value) // 4)
    return value[:max(1, keep)] + "*" * (len(value) - max(1, keep) - keep) + (
        value[len(value) - keep:] if keep else "")
