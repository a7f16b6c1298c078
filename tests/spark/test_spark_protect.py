"""Spark protection writes what the local engine writes, with the same key."""

from __future__ import annotations

import base64
import contextlib
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from piguard.engines.protect import protect_file
from piguard.engines.spark.protection import protect_dataframe, protect_path
from piguard.protect.keys import InMemoryKeyProvider

pytestmark = [pytest.mark.spark, pytest.mark.xdist_group("spark")]

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
SECRET = bytes(range(100, 132))


def _keys(secret: bytes = SECRET) -> InMemoryKeyProvider:
    return InMemoryKeyProvider({"default": secret})


def _read(path: Path) -> pa.Table:
    if path.is_dir():
        parts = sorted(p for p in path.iterdir() if p.name.startswith("part-"))
        return pa.concat_tables([_read(p) for p in parts])
    if path.suffix == ".csv" or (path.name.startswith("part-") and path.suffix != ".parquet"):
        opts = pacsv.ConvertOptions(strings_can_be_null=True, column_types={})
        return pacsv.read_csv(path, convert_options=opts)
    return pq.read_table(path)


@pytest.mark.parametrize("source", ["parquet/customers.parquet", "csv/support_tickets.csv"])
def test_same_output_and_counts_as_local(spark, tmp_path, source):
    src = SAMPLE / source
    local_out, spark_out = tmp_path / f"local_{src.name}", tmp_path / f"spark_{src.name}"
    local = protect_file(src, local_out, keys=_keys())
    remote = protect_path(str(src), str(spark_out), session=spark, keys=_keys())
    assert _read(spark_out).to_pylist() == _read(local_out).to_pylist()
    for key in ("rows", "columns", "residual", "keys", "policy", "verification"):
        assert remote[key] == local[key], key
    assert remote["engine"] == "spark"
    assert remote["input"]["rows"] == local["input"]["rows"]
    assert remote["input"]["encoding"] == local["input"]["encoding"]
    assert any(c["values_changed"] for c in remote["columns"])  # something was protected
    written = Path(remote["manifest_path"]).read_text("utf-8")
    assert SECRET.hex() not in written and base64.b64encode(SECRET).decode() not in written


def _people(spark):
    rows = [(f"11010519491231{i:03d}X", f"1381234{i:04d}", f"张{i}") for i in range(50)]
    return spark.createDataFrame(rows, "`身份证号` string, `手机` string, `姓名` string")


def test_pseudonyms_follow_the_key(spark):
    df = _people(spark)
    first = protect_dataframe(df, keys=_keys()).dataframe.toArrow()
    again = protect_dataframe(df, keys=_keys()).dataframe.toArrow()
    other = protect_dataframe(df, keys=_keys(bytes(32))).dataframe.toArrow()
    assert first.column("手机").to_pylist()[0] == "138****0000"
    assert first.to_pylist() == again.to_pylist()
    assert first.column("姓名").to_pylist() != other.column("姓名").to_pylist()
    assert first.column("姓名").to_pylist() != df.toArrow().column("姓名").to_pylist()


def test_protect_plan_shows_no_key(spark):
    job = protect_dataframe(_people(spark), keys=_keys())
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        job.dataframe.explain(mode="extended")
    job.dataframe.count()
    shown = "\n".join([buffer.getvalue(), repr(job), json.dumps(job.manifest(), default=str),
                       *(f"{k}={v}" for k, v in spark.sparkContext.getConf().getAll())])
    assert "piguard_protect" in shown
    for rendering in (SECRET.hex(), base64.b64encode(SECRET).decode(), repr(SECRET)[2:-1]):
        assert rendering not in shown
    assert job.stats().rows == 50
