"""Writers are atomic: all or nothing, and the previous file survives a failure."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from piguard.errors import InputError
from piguard.io import (
    atomic_file,
    open_writer,
    read_csv_batches,
    read_jsonl_batches,
    read_sql_batches,
    write_sql_table,
    write_table,
    write_text_lines,
)

TABLE = pa.table({"name": ["张三", "李四"], "card": ["6222021234567890128", None]})


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("suffix", ["csv", "tsv", "jsonl", "parquet"])
def test_round_trip(tmp_path, suffix):
    path = tmp_path / f"out.{suffix}"
    write_table(TABLE, path)
    if suffix == "parquet":
        back = pq.read_table(path)
    elif suffix == "jsonl":
        back = pa.Table.from_batches(list(read_jsonl_batches(path)))
    else:
        back = pa.Table.from_batches(list(read_csv_batches(
            path, delimiter="\t" if suffix == "tsv" else ",")))
    assert back.column("name").to_pylist() == ["张三", "李四"]
    assert back.column("card").to_pylist()[0] == "6222021234567890128"
    assert _files(tmp_path) == [f"out.{suffix}"]


def test_csv_in_gb18030_keeps_the_source_encoding(tmp_path):
    path = tmp_path / "legacy.csv"
    write_table(TABLE, path, encoding="gb18030")
    assert "张三".encode("gb18030") in path.read_bytes()
    rows = [r for b in read_csv_batches(path) for r in b.to_pylist()]
    assert rows[0]["name"] == "张三"


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_failure_midway_leaves_old_file_and_no_temp(tmp_path, suffix):
    path = tmp_path / f"out.{suffix}"
    write_table(TABLE, path)
    before = path.read_bytes()
    with pytest.raises(RuntimeError), open_writer(path) as writer:
        writer.write(TABLE)
        raise RuntimeError("boom")
    assert path.read_bytes() == before
    assert _files(tmp_path) == [f"out.{suffix}"]


def test_failure_on_new_target_leaves_nothing(tmp_path):
    def lines():
        yield "first"
        raise ValueError("source broke")

    with pytest.raises(ValueError):
        write_text_lines(lines(), tmp_path / "new.txt")
    assert _files(tmp_path) == []
    with pytest.raises(OSError), atomic_file(tmp_path / "x.bin") as tmp:
        tmp.write_bytes(b"partial")
        raise OSError("disk full")
    assert _files(tmp_path) == []


def test_streaming_writer_commits_on_close(tmp_path):
    path = tmp_path / "s.jsonl"
    with open_writer(path) as writer:
        for batch in TABLE.to_batches(max_chunksize=1):
            writer.write(batch)
            assert not path.exists()  # nothing visible before the commit
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert rows == [{"name": "张三", "card": "6222021234567890128"},
                    {"name": "李四", "card": None}]


def test_sql_table_replace_is_all_or_nothing(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    write_sql_table(url, "people", TABLE)

    def broken():
        yield TABLE.to_batches()[0]
        raise RuntimeError("source broke")

    with pytest.raises(RuntimeError):
        write_sql_table(url, "people", broken())
    rows = [r for b in read_sql_batches(url, "people") for r in b.to_pylist()]
    assert [r["name"] for r in rows] == ["张三", "李四"]
    with pytest.raises(InputError):
        write_sql_table(url, "people", TABLE, if_exists="fail")


def test_duckdb_table_replace(tmp_path):
    url = f"duckdb:///{tmp_path / 'w.duckdb'}"
    write_sql_table(url, "t", TABLE)
    write_sql_table(url, "t", TABLE.slice(0, 1))
    assert sum(b.num_rows for b in read_sql_batches(url, "t")) == 1
