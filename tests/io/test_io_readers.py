"""Readers: formats, encodings, broken inputs, bounded text lines, SQL URLs."""

from __future__ import annotations

import sqlite3

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from piguard.errors import EncodingError, InputError, UnsupportedFormat
from piguard.io import (
    Dataset,
    ReadStats,
    Skipped,
    TextStats,
    discover,
    iter_lines,
    parse_sql_url,
    read_csv_batches,
    read_jsonl_batches,
    read_parquet_batches,
    read_sql_batches,
    sniff_encoding,
    write_sql_table,
    write_table,
)

PEOPLE = pa.table({"姓名": ["张三", "李四", None], "手机": ["13800138000", "013912345678", ""],
                   "n": pa.array([1, 2, 3], pa.int64())})


def _rows(batches) -> list[dict]:
    return [row for b in batches for row in b.to_pylist()]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_encodings_are_detected_and_reported(tmp_path, encoding):
    path = tmp_path / "people.csv"
    path.write_bytes("姓名,手机\n张三,013800138000\n李四,13900139000\n".encode(encoding))
    stats = ReadStats()
    rows = _rows(read_csv_batches(path, stats=stats))
    assert rows[0] == {"姓名": "张三", "手机": "013800138000"}  # leading zero kept: strings
    assert stats.encoding == encoding and stats.rows == 2


def test_sniff_rejects_binary_and_utf16():
    with pytest.raises(UnsupportedFormat):
        sniff_encoding(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(EncodingError):
        sniff_encoding("姓名".encode("utf-16"))


def test_csv_bad_rows_error_or_counted_without_quoting_data(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("a,b\n1,2\n3,4,13800138000\n5,6\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_csv_batches(path))
    assert "13800138000" not in str(info.value)
    stats = ReadStats()
    rows = _rows(read_csv_batches(path, on_bad_rows="skip", stats=stats))
    assert [r["a"] for r in rows] == ["1", "5"] and stats.bad_rows == 1


def test_csv_invalid_bytes_later_in_file_raise_encoding_error(tmp_path):
    path = tmp_path / "mixed.csv"
    head = "a\n" + "x\n" * 200_000
    path.write_bytes(head.encode() + b"\xff\xfe\xfa\n")
    with pytest.raises(EncodingError):
        list(read_csv_batches(path))


def test_jsonl_mixed_types_are_kept_as_text(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text('{"id": 1, "phone": 13800138000}\n\n{"id": 2, "phone": "139-0013-9000",'
                    ' "extra": {"k": 1}}\n', encoding="utf-8")
    rows = _rows(read_jsonl_batches(path))
    assert [r["phone"] for r in rows] == ["13800138000", "139-0013-9000"]
    assert rows[0]["extra"] is None and rows[1]["extra"] == {"k": 1}


def test_jsonl_bad_line_names_the_line_only(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text('{"a": 1}\n{"a": 110105194912310021\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2") as info:
        list(read_jsonl_batches(path))
    assert "110105" not in str(info.value)


def test_parquet_streams_by_row_group_and_rejects_corrupt_files(tmp_path):
    path = tmp_path / "t.parquet"
    pq.write_table(pa.table({"x": list(range(1000))}), path, row_group_size=100)
    assert sum(b.num_rows for b in read_parquet_batches(path, row_groups=[0, 9])) == 200
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(path.read_bytes()[:300])
    with pytest.raises(InputError):
        list(read_parquet_batches(broken))


def test_text_lines_bounded_and_long_lines_reported(tmp_path):
    path = tmp_path / "app.log"
    long_line = b"A" * (3 << 20)  # longer than the bound, spans several read blocks
    path.write_bytes(b"first 1.2.3.4\r\n" + long_line + b"\nlast\n" + "结尾".encode("gb18030"))
    stats = TextStats()
    lines = list(iter_lines(path, encoding="gb18030", max_line_bytes=1 << 20, stats=stats))
    assert lines == [(1, "first 1.2.3.4"), (3, "last"), (4, "结尾")]
    assert stats.long_lines == [2] and stats.long_line_count == 1 and stats.lines == 4


def test_sql_urls_sqlite_and_duckdb(tmp_path):
    db = tmp_path / "crm.sqlite"
    write_sql_table(f"sqlite:///{db}", "people", PEOPLE)
    rows = _rows(read_sql_batches(f"sqlite:///{db}", "people", batch_rows=2))
    assert [r["姓名"] for r in rows] == ["张三", "李四", None]
    duck = tmp_path / "w.duckdb"
    write_sql_table(f"duckdb:///{duck}", "people", PEOPLE)
    assert _rows(read_sql_batches(f"duckdb:///{duck}", "people"))[1]["手机"] == "013912345678"
    assert parse_sql_url(f"sqlite:///{db}?table=people").table == "people"


def test_sqlite_mixed_column_types_become_text(tmp_path):
    db = tmp_path / "m.db"
    with sqlite3.connect(db) as conn:
        conn.execute("create table t (v)")
        conn.executemany("insert into t values (?)", [(1,), ("x",), (None,)])
    assert _rows(read_sql_batches(f"sqlite:///{db}", "t")) == [{"v": "1"}, {"v": "x"}, {"v": None}]


def test_discover_walks_folders_and_lists_what_it_skips(tmp_path):
    write_table(PEOPLE, tmp_path / "a" / "people.csv")
    write_table(PEOPLE, tmp_path / "a" / "people.parquet")
    write_sql_table(f"sqlite:///{tmp_path / 'db.sqlite'}", "people", PEOPLE)
    (tmp_path / "bin.csv").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / "empty.log").write_bytes(b"")
    (tmp_path / ".hidden.csv").write_text("a\n1\n")
    items = list(discover(tmp_path))
    datasets = {i.name.replace(str(tmp_path), ""): i for i in items if isinstance(i, Dataset)}
    skipped = {i.location.replace(str(tmp_path), ""): i for i in items if isinstance(i, Skipped)}
    assert set(datasets) == {"/a/people.csv", "/a/people.parquet", "/db.sqlite#people"}
    assert set(skipped) == {"/bin.csv", "/bad.parquet", "/photo.png", "/empty.log"}
    assert datasets["/db.sqlite#people"].rows_total == 3
    assert all(len(list(d.batches())) >= 1 for d in datasets.values())


def test_discover_in_memory_tables_and_missing_paths(tmp_path):
    import polars as pl

    (item,) = discover(pl.DataFrame({"a": [1, 2, 3]}), name="frame")
    assert item.rows_total == 3 and sum(b.num_rows for b in item.batches(limit=2)) == 2
    (missing,) = discover(tmp_path / "nope")
    assert isinstance(missing, Skipped) and "no such" in missing.reason
    (odd,) = discover(object())
    assert isinstance(odd, Skipped)


def test_excel_workbooks_give_one_dataset_per_sheet(tmp_path):
    import xlsxwriter

    path = tmp_path / "book.xlsx"
    workbook = xlsxwriter.Workbook(path)
    for sheet_name, rows in {"客户": [["姓名", "手机"], ["张三", "13812345678"]],
                             "empty_ish": [["note"], ["ok"]]}.items():
        sheet = workbook.add_worksheet(sheet_name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                sheet.write_string(r, c, value)
    workbook.close()
    items = list(discover(path))
    assert sorted(i.name.split("#")[1] for i in items) == ["empty_ish", "客户"]
    customers = next(i for i in items if i.name.endswith("#客户"))
    assert customers.format == "excel" and _rows(customers.batches())[0]["手机"] == "13812345678"
    (tmp_path / "fake.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    (bad,) = discover(tmp_path / "fake.xlsx")
    assert isinstance(bad, Skipped) and bad.error == "UnsupportedFormat"


def test_long_lines_can_be_refused_instead_of_skipped(tmp_path):
    from piguard.errors import InputTooLarge

    path = tmp_path / "app.log"
    path.write_bytes(b"ok\n" + b"x" * 5000 + b"\n")
    with pytest.raises(InputTooLarge, match="line 2"):
        list(iter_lines(path, max_line_bytes=1000, on_long_line="error"))
