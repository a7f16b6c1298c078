"""The verification pass of :mod:`piguard.protect.verify`, distributed.

While protecting, every executor adds the originals its operators hid to an
:class:`~piguard.protect.verify.OriginalIndex` (64-bit hashes, plus originals in
Chinese script for the substring check) held in a Spark accumulator; the
driver merges the indexes of all tasks. The written output is then read back
by Spark, the merged index reaches the executors as a broadcast, and each
partition runs :class:`~piguard.protect.verify.OutputCheck` — the local
engine's check — over its batches. Counts are summed on the driver into the
local report shape.

Only hashes and, for Chinese-script originals (names, addresses), the values
themselves travel in the index, exactly as the local engine keeps them in
memory; broadcast blocks can spill to the executors' local disks like any
other Spark data.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from piguard.engines.spark.runner import fold_partitions, new_plan_id
from piguard.protect.verify import OriginalIndex, OutputCheck

if TYPE_CHECKING:
    from pyspark import Broadcast
    from pyspark.sql import DataFrame

__all__ = ["index_accumulator", "merge_index", "verify_dataframe"]


def merge_index(into: OriginalIndex, other: OriginalIndex) -> OriginalIndex:
    """Add every original of ``other`` to ``into`` (both built with the same sizes).

    >>> a, b = OriginalIndex(), OriginalIndex()
    >>> a.add(pa.array(["13812345678"])); b.add(pa.array(["张伟", "13900001111"]))
    >>> merged = merge_index(a, b)
    >>> merged.contains(pa.array(["13900001111", "13812345678", "x"])).tolist(), merged.added
    ([True, True, False], 3)
    """
    other._consolidate()
    into.added += other.added
    if other._bloom is not None:
        into._consolidate()
        if into._bloom is None:
            into._bloom = np.zeros(into.bloom_bits // 8, dtype=np.uint8)
            into._bloom_add(into._sorted)
            into._sorted = np.empty(0, dtype=np.uint64)
        np.bitwise_or(into._bloom, other._bloom, out=into._bloom)
    elif len(other._sorted):
        if into._bloom is not None:
            into._bloom_add(other._sorted)
        else:
            into._pending.append(other._sorted)
            into._pending_n += len(other._sorted)
            if into._pending_n > 1_000_000:
                into._consolidate()
    if not into.cjk_truncated:
        into.cjk |= other.cjk
        into.cjk_truncated = other.cjk_truncated or len(into.cjk) > into.max_cjk
    return into


def index_accumulator(spark_context: Any) -> Any:
    """An accumulator of originals: executors add Arrow arrays, the driver gets one index."""
    from pyspark.accumulators import AccumulatorParam

    class _IndexParam(AccumulatorParam):
        def zero(self, value: Any) -> OriginalIndex:
            return OriginalIndex()

        def addInPlace(self, index: OriginalIndex, term: Any) -> OriginalIndex:
            if isinstance(term, OriginalIndex):
                return merge_index(index, term)
            index.add(term)
            return index

    return spark_context.accumulator(OriginalIndex(), _IndexParam())


@dataclass(frozen=True)
class VerifyPlan:
    """The merged index travels as a broadcast; the plan only names it."""

    index: Broadcast
    plan_id: str = field(default_factory=new_plan_id)

    def build(self) -> OriginalIndex:
        index = self.index.value
        index._consolidate()
        return index


def _check_partition(index: OriginalIndex, batches: Iterator[pa.RecordBatch]
                     ) -> Iterator[tuple[str, Any]]:
    from pyspark import TaskContext

    check = OutputCheck(index)
    for batch in batches:
        check.batch(batch)
    context = TaskContext.get()
    partition = context.partitionId() if context is not None else 0
    yield (f"{partition:09d}", {"cells": check.cells, "tokens": check.tokens,
                                "survivors": dict(check.survivors),
                                "examples": dict(getattr(check, "examples", {}))})


def verify_dataframe(output: DataFrame, index: OriginalIndex) -> dict[str, Any]:
    """Check a written output against the originals; the local report, merged."""
    context = output.sparkSession.sparkContext
    shared = context.broadcast(index)
    try:
        partials = fold_partitions(output, VerifyPlan(shared), _check_partition,
                                   name="piguard_verify")
    finally:
        shared.unpersist()
    total = OutputCheck(index)  # the local check's own report, from summed partials
    for _, part in sorted(partials, key=lambda kv: kv[0]):
        total.cells += part["cells"]
        total.tokens += part["tokens"]
        for name, n in part["survivors"].items():
            total.survivors[name] = total.survivors.get(name, 0) + n
        for name, shown in part["examples"].items():
            mine = total.examples.setdefault(name, [])
            mine.extend(shown[: _EXAMPLES - len(mine)])
    return total.report()


_EXAMPLES = 3  # masked survivors shown per column, as the local check shows
