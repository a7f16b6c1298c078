"""Pure pieces of the Spark engine, tested without starting Spark."""

from __future__ import annotations

import os
import pickle
import sys

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.engines.spark.scanning import rebatch
from piguard.engines.spark.secrets import Secret
from piguard.engines.spark.session import prepare_environment
from piguard.engines.spark.verification import merge_index
from piguard.protect.verify import OriginalIndex


@settings(deadline=None)
@given(st.lists(st.integers(0, 40), max_size=12), st.integers(1, 25))
def test_rebatch_keeps_rows_and_cuts_exact_sizes(sizes, rows):
    start, batches = 0, []
    for n in sizes:
        batches.append(pa.record_batch({"v": list(range(start, start + n))}))
        start += n
    out = list(rebatch(batches, rows))
    assert [v for b in out for v in b.column("v").to_pylist()] == list(range(start))
    assert all(b.num_rows == rows for b in out[:-1])
    assert all(0 < b.num_rows <= rows for b in out)


@settings(deadline=None)
@given(st.binary(min_size=8, max_size=64), st.text(max_size=20))
def test_secret_never_prints_its_bytes(value, label):
    secret = Secret(value, label=label)
    shown = [repr(secret), str(secret), f"{secret}", f"{secret!r:>10}", repr([secret])]
    for text in shown:
        assert value.hex() not in text
    assert pickle.loads(pickle.dumps(secret)).reveal() == value
    assert pickle.loads(pickle.dumps(secret)).label == label


_VALUES = st.lists(st.sampled_from(
    ["13812345678", "13900001111", "张伟", "欧阳娜娜", "110105194912310021", "a@b.cn",
     "上海市徐汇区", "6222020200112233445", "x9", "QQ12345"]), max_size=8)


@settings(max_examples=40, deadline=None)
@given(_VALUES, _VALUES, st.sampled_from([2, 1000]), st.sampled_from([2, 1000]))
def test_merged_index_knows_what_either_index_knew(left, right, exact_a, exact_b):
    # Small max_exact turns an index into a Bloom filter: merge every combination.
    a = OriginalIndex(max_exact=exact_a, bloom_bits=2**16)
    b = OriginalIndex(max_exact=exact_b, bloom_bits=2**16)
    a.add(pa.array(left, pa.string()))
    b.add(pa.array(right, pa.string()))
    merged = merge_index(a, b)
    probe = pa.array(sorted(set(left) | set(right)), pa.string())
    known = [v for v in probe.to_pylist() if len(v) >= 2]
    assert merged.contains(pa.array(known, pa.string())).all()
    assert merged.cjk >= {v for v in known if any("\u4e00" <= c <= "\u9fff" for c in v)}
    assert merged.added == len([v for v in left + right if len(v) >= 2])


def test_environment_is_prepared_for_local_mode_only(monkeypatch):
    for name in ("PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON", "SPARK_LOCAL_IP"):
        monkeypatch.delenv(name, raising=False)
    prepare_environment("yarn")
    assert "PYSPARK_PYTHON" not in os.environ
    monkeypatch.setenv("SPARK_LOCAL_IP", "10.0.0.5")
    prepare_environment("local[2]")
    assert os.environ["PYSPARK_PYTHON"] == sys.executable and os.environ["SPARK_LOCAL_IP"] == "10.0.0.5"
