"""Keys reach executors inside the task closure and nowhere Spark can show them."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import io
from dataclasses import dataclass, field

import pyarrow as pa
import pytest

from piguard.engines.spark.runner import map_batches, new_plan_id
from piguard.engines.spark.secrets import Secret

pytestmark = [pytest.mark.spark, pytest.mark.xdist_group("spark")]

KEY = bytes(range(7, 39))  # 32 bytes that are easy to search for in every encoding


def _renderings(key: bytes) -> list[str]:
    return [key.hex(), key.hex().upper(), base64.b64encode(key).decode(),
            base64.urlsafe_b64encode(key).decode().rstrip("="), repr(key)[2:-1]]


@dataclass(frozen=True)
class KeyedPlan:
    key: Secret
    plan_id: str = field(default_factory=new_plan_id)

    def build(self):
        return self.key.reveal()


def _tag(key: bytes, batch: pa.RecordBatch) -> pa.RecordBatch:
    tags = [hmac.new(key, v.encode(), hashlib.sha256).hexdigest()
            for v in batch.column("v").to_pylist()]
    return pa.record_batch([pa.array(tags, pa.string())], names=["tag"])


def test_key_reaches_executors_and_is_shown_nowhere(spark):
    plan = KeyedPlan(Secret(KEY, label="test key"))
    df = spark.createDataFrame([(f"1380000{i:04d}",) for i in range(20)], "v string")
    out = map_batches(df, plan, _tag, "tag string", name="piguard_protect")

    expected = [hmac.new(KEY, f"1380000{i:04d}".encode(), hashlib.sha256).hexdigest()
                for i in range(20)]
    assert sorted(r.tag for r in out.collect()) == sorted(expected)

    shown = [repr(plan), str(plan), f"{plan.key}", out._jdf.queryExecution().toString()]
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        out.explain(mode="extended")
    shown.append(buffer.getvalue())
    shown += [f"{k}={v}" for k, v in spark.sparkContext.getConf().getAll()]
    shown += [f"{k}={v}" for k, v in spark.conf.getAll.items()]
    text = "\n".join(shown)
    assert "piguard_protect" in text  # the plan text was really captured
    for rendering in _renderings(KEY):
        assert rendering not in text
