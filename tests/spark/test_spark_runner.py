"""The generic mapInArrow runner: plans built once per worker, partials merged."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from piguard.engines.spark.runner import fold_partitions, map_batches, new_plan_id

pytestmark = [pytest.mark.spark, pytest.mark.xdist_group("spark")]


@dataclass(frozen=True)
class UpperPlan:
    suffix: str
    plan_id: str = field(default_factory=new_plan_id)

    def build(self):
        # What a real plan does here is compile recognizers; record that it ran.
        return {"suffix": self.suffix, "pid": os.getpid(), "built": object()}


def _upper(state, batch: pa.RecordBatch) -> pa.RecordBatch:
    text = pc.binary_join_element_wise(pc.utf8_upper(batch.column("s")), state["suffix"], "")
    return pa.record_batch([text, batch.column("n")], names=["s", "n"])


def _count_builds(state, batches):
    rows = sum(b.num_rows for b in batches)
    yield ("rows", rows)
    yield (f"state:{state['pid']}:{id(state['built'])}", 1)


def test_map_batches_transforms_every_row(spark):
    df = spark.createDataFrame([(f"a{i}", i) for i in range(100)], "s string, n long")
    out = map_batches(df.repartition(4), UpperPlan("!"), _upper, "s string, n long")
    rows = sorted(out.collect(), key=lambda r: r.n)
    assert [r.s for r in rows] == [f"A{i}!" for i in range(100)]


def test_fold_partitions_builds_once_per_worker_and_merges(spark):
    df = spark.range(0, 1000, numPartitions=8).selectExpr("cast(id as string) as s")
    partials = fold_partitions(df, UpperPlan(""), _count_builds)
    totals = Counter()
    states = set()
    for key, value in partials:
        if key == "rows":
            totals["rows"] += value
        else:
            states.add(key)
    assert totals["rows"] == 1000
    # 8 partitions ran on at most 2 concurrent reused Python workers: fewer builds than tasks.
    assert 1 <= len(states) < 8
