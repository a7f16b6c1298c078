"""A Spark scan returns the local engine's inventory on the same data."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import piguard
from piguard.engines.spark.scanning import scan, scan_dataframe

pytestmark = [pytest.mark.spark, pytest.mark.xdist_group("spark")]

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


def _datasets(inventory):
    return [d.to_dict() for d in inventory.datasets]


@pytest.mark.parametrize("folder", ["parquet", "csv", "legacy"])
def test_same_inventory_as_local_on_sample_data(spark, folder):
    source = str(SAMPLE / folder)
    local = piguard.scan(source, sample_rows=None)
    on_spark = scan(source, session=spark)
    assert _datasets(on_spark) == _datasets(local)
    assert any(c.pi for d in on_spark.datasets for c in d.columns)  # the data does hold PI
    assert on_spark.options["engine"] == "spark"


def _ids(n: int) -> list[str]:
    from piguard.identifiers import cn_ric

    out = []
    for i in range(n):
        body = f"110105{1950 + i % 50}{1 + i % 12:02d}{1 + i % 28:02d}{i % 1000:03d}"
        out.append(body + cn_ric.calc_check_digit(body))
    return out


def test_partitions_merge_to_the_local_counts(spark, tmp_path):
    n = 3000
    table = pa.table({
        "身份证号": _ids(n),
        "mobile": [f"1{3 + i % 7}{i:09d}" for i in range(n)],
        "order_no": [f"{i:012d}" for i in range(n)],
        "amount": [i * 0.5 for i in range(n)],
    })
    path = tmp_path / "people.parquet"
    pq.write_table(table, path, row_group_size=500)
    local = piguard.scan({"people": table}, sample_rows=None)
    df = spark.read.parquet(str(path)).repartition(3)
    on_spark = scan_dataframe(df, name="people")
    want, got = _datasets(local)[0], _datasets(on_spark)[0]
    for key in ("rows_total", "rows_scanned", "pi_columns", "sensitive_columns"):
        assert got[key] == want[key]
    strip = [{k: v for k, v in c.items() if k != "findings"} for c in want["columns"]]
    assert [{k: v for k, v in c.items() if k != "findings"} for c in got["columns"]] == strip
    for a, b in zip(got["columns"], want["columns"], strict=True):
        # Evidence is three masked examples: which rows supply them depends on partition order.
        assert [{**f, "evidence": len(f["evidence"])} for f in a["findings"]] == \
               [{**f, "evidence": len(f["evidence"])} for f in b["findings"]]
    kinds = {c["name"]: c["entity_type"] for c in got["columns"]}
    assert kinds["身份证号"] == "CN_RESIDENT_ID" and kinds["mobile"] == "PHONE"


def test_unreadable_inputs_are_skipped_not_fatal(spark, tmp_path):
    (tmp_path / "good.csv").write_text("手机\n13812345678\n13987654321\n", encoding="utf-8")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 this is not parquet")
    (tmp_path / "notes.log").write_text("call 13812345678\n", encoding="utf-8")
    inventory = scan(str(tmp_path), session=spark)
    assert [d.name for d in inventory.datasets] == [str(tmp_path / "good.csv")]
    skipped = {Path(s.location).name: s.error for s in inventory.skipped}
    assert skipped == {"broken.parquet": "InputError", "notes.log": "UnsupportedFormat"}
    assert "13812345678" not in inventory.to_json()


def test_empty_table_keeps_its_columns(spark):
    df = spark.createDataFrame([], "`姓名` string, `手机` string")
    inventory = scan_dataframe(df)
    assert [c.name for c in inventory.datasets[0].columns] == ["姓名", "手机"]
    assert inventory.datasets[0].rows_scanned == 0
