"""Spark reads CSV and Parquet inputs with the same values as piguard's local readers."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from piguard.engines.spark.files import read_dataframe, write_dataframe
from piguard.errors import UnsupportedFormat
from piguard.io.readers import read_csv_batches

pytestmark = [pytest.mark.spark, pytest.mark.xdist_group("spark")]

CSV_TEXT = (
    "姓名,手机,手机,备注\n"
    '张三,013800138000,13900001111,"第一行\n第二行"\n'
    '李四,,15000002222,"他说""你好"""\n'
    "王五,13700003333,,\n"
)


def _local_rows(path):
    table = pa.Table.from_batches(list(read_csv_batches(path)))
    return table.column_names, table.to_pylist()


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-8-sig"])
def test_csv_reads_like_the_local_reader(spark, tmp_path, encoding):
    path = tmp_path / "customers.csv"
    path.write_bytes(CSV_TEXT.encode(encoding))
    names, rows = _local_rows(path)
    df = read_dataframe(spark, str(path))
    assert df.columns == names == ["姓名", "手机", "手机_1", "备注"]
    assert [r.asDict() for r in df.collect()] == rows
    assert rows[0]["手机"] == "013800138000" and rows[1]["手机"] is None


def test_parquet_folder_and_round_trip(spark, tmp_path):
    folder = tmp_path / "parts"
    folder.mkdir()
    for i in range(2):
        pq.write_table(pa.table({"id_card": [f"11010519491231002{i}"], "n": [i]}),
                       folder / f"part-{i}.parquet")
    df = read_dataframe(spark, str(folder))
    assert sorted(r.n for r in df.collect()) == [0, 1]
    out = tmp_path / "copy.parquet"
    write_dataframe(df, str(out), "parquet")
    assert (out / "_SUCCESS").exists()
    assert sorted(pq.read_table(out).column("id_card").to_pylist()) == [
        "110105194912310020", "110105194912310021"]


def test_other_formats_are_refused(spark, tmp_path):
    path = tmp_path / "app.log"
    path.write_text("hello\n")
    with pytest.raises(UnsupportedFormat):
        read_dataframe(spark, str(path))
