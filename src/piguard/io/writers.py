"""Atomic writers: a reader of the target never sees a half-written file.

Every file writer writes into a temporary file *in the target's folder* and
moves it over the target with :func:`os.replace` only when all batches were
written; on any error the temporary file is removed and the old target (if any)
stays as it was. Database writers build a staging table and swap it in inside
one transaction.

Use :func:`open_writer` to stream batches, :func:`write_table` for a whole
table, :func:`write_text_lines` for text, :func:`write_sql_table` for a table in
SQLite or DuckDB::

    with open_writer("out/customers.parquet") as writer:
        for batch in batches:
            writer.write(batch)
"""

from __future__ import annotations

import codecs
import contextlib
import io
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from piguard.errors import InputError, UnsupportedFormat
from piguard.io import sql
from piguard.io.atomic import atomic_file, write_bytes, write_text, write_text_lines
from piguard.io.formats import detect_format

__all__ = [
    "TableWriter",
    "atomic_file",
    "open_writer",
    "write_bytes",
    "write_sql_table",
    "write_table",
    "write_text",
    "write_text_lines",
]


class _Transcoder(io.RawIOBase):
    """File-like sink that re-encodes UTF-8 bytes (what Arrow writes) on the fly."""

    def __init__(self, sink: BinaryIO, encoding: str) -> None:
        self._sink = sink
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._encoding = encoding

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self._sink.write(self._decoder.decode(bytes(data)).encode(self._encoding))
        return len(data)


class TableWriter:
    """Streams record batches into one file; commits atomically on :meth:`close`.

    ``format`` is ``csv``, ``tsv``, ``jsonl`` or ``parquet`` (default: from the
    suffix). CSV may be written in ``encoding`` ``utf-8``, ``utf-8-sig`` or
    ``gb18030`` so that a protected copy keeps its source's encoding.
    """

    def __init__(self, path: str | Path, format: str | None = None, *,
                 encoding: str = "utf-8", schema: pa.Schema | None = None) -> None:
        self.path = Path(path)
        self.format = format or detect_format(self.path)
        if self.format not in ("csv", "tsv", "jsonl", "parquet"):
            raise UnsupportedFormat(f"no table writer for format {self.format!r}")
        self.encoding = encoding
        self.rows = 0
        self._atomic = atomic_file(self.path)
        self._tmp = self._atomic.__enter__()
        self._handle: BinaryIO | None = None
        self._inner: Any = None
        self._schema = schema
        self._closed = False

    def write(self, data: pa.RecordBatch | pa.Table) -> None:
        """Append a batch or table (same schema as the first one)."""
        if self._closed:
            raise ValueError("writer is closed")
        if isinstance(data, pa.Table):
            for batch in data.to_batches():
                self.write(batch)
            return
        if self._inner is None and self._handle is None:
            self._open(data.schema)
        if self.format == "parquet":
            self._inner.write_batch(data)
        elif self.format == "jsonl":
            import polars as pl

            buf = io.BytesIO()
            pl.from_arrow(data).write_ndjson(buf)
            self._handle.write(buf.getvalue().decode("utf-8").encode(self.encoding))
        else:
            self._inner.write_batch(data)
        self.rows += data.num_rows

    def _open(self, schema: pa.Schema) -> None:
        schema = self._schema or schema
        if self.format == "parquet":
            self._inner = pq.ParquetWriter(self._tmp, schema, compression="zstd")
            return
        self._handle = open(self._tmp, "wb")  # noqa: SIM115 - closed in close()/abort()
        if self.format == "jsonl":
            return
        sink: Any = self._handle
        if self.encoding == "utf-8-sig":
            self._handle.write(codecs.BOM_UTF8)
        elif self.encoding != "utf-8":
            sink = _Transcoder(self._handle, self.encoding)
        options = pacsv.WriteOptions(delimiter="\t" if self.format == "tsv" else ",",
                                     quoting_style="needed")
        self._inner = pacsv.CSVWriter(sink, schema, write_options=options)

    def close(self) -> Path:
        """Finish the file and move it into place."""
        if self._closed:
            return self.path
        if self._inner is None and self._handle is None:
            if self._schema is None:
                self.abort()
                raise InputError("nothing to write: no batch and no schema given")
            self._open(self._schema)
        if self._inner is not None:
            self._inner.close()
        if self._handle is not None:
            self._handle.close()
        self._closed = True
        self._atomic.__exit__(None, None, None)
        return self.path

    def abort(self, exc: BaseException | None = None) -> None:
        """Drop the temporary file; the target is left untouched."""
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(Exception):
            if self._inner is not None:
                self._inner.close()
        if self._handle is not None:
            self._handle.close()
        error = exc or InputError("write aborted")
        with contextlib.suppress(BaseException):
            self._atomic.__exit__(type(error), error, None)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc is None:
            self.close()
        else:
            self.abort(exc)


def open_writer(path: str | Path, format: str | None = None, **options: Any) -> TableWriter:
    """A :class:`TableWriter` for ``path`` (use it as a context manager)."""
    return TableWriter(path, format, **options)


def write_table(data: pa.Table | pa.RecordBatch | Iterable[pa.RecordBatch], path: str | Path,
                format: str | None = None, **options: Any) -> Path:
    """Write a whole table (or an iterable of batches) atomically."""
    batches = [data] if isinstance(data, (pa.Table, pa.RecordBatch)) else data
    schema = data.schema if isinstance(data, (pa.Table, pa.RecordBatch)) else None
    with open_writer(path, format, schema=options.pop("schema", schema), **options) as writer:
        for batch in batches:
            writer.write(batch)
    return Path(path)


def write_sql_table(url: str, table: str, data: pa.Table | Iterable[pa.RecordBatch],
                    *, if_exists: str = "replace") -> int:
    """Write ``data`` as ``table`` in a SQLite or DuckDB database; return rows written.

    The rows go to a staging table first; the swap (drop old, rename staging)
    happens in one transaction, so readers see the old table or the new one.
    ``if_exists``: ``replace`` or ``fail``.
    """
    parsed = sql.parse_sql_url(url)
    if if_exists not in ("replace", "fail"):
        raise ValueError("if_exists must be 'replace' or 'fail'")
    batches = data.to_batches() if isinstance(data, pa.Table) else data
    if parsed.scheme == "sqlite":
        return _write_sqlite(Path(parsed.target), table, batches, if_exists)
    if parsed.scheme == "duckdb":
        return _write_duckdb(parsed.target, table, batches, if_exists)
    raise UnsupportedFormat(f"no table writer for {parsed.scheme} URLs")


_SQLITE_TYPES = (
    (pa.types.is_integer, "INTEGER"), (pa.types.is_boolean, "INTEGER"),
    (pa.types.is_floating, "REAL"), (pa.types.is_binary, "BLOB"),
    (pa.types.is_large_binary, "BLOB"),
)


def _sqlite_type(dtype: pa.DataType) -> str:
    for test, name in _SQLITE_TYPES:
        if test(dtype):
            return name
    return "TEXT"


def _sqlite_values(column: pa.Array) -> list:
    dtype = column.type
    values = column.to_pylist()
    if _sqlite_type(dtype) == "TEXT" and not (pa.types.is_string(dtype)
                                             or pa.types.is_large_string(dtype)):
        return [None if v is None else str(v) for v in values]
    return values


def _write_sqlite(path: Path, table: str, batches: Iterable[pa.RecordBatch],
                  if_exists: str) -> int:
    quoted = sql._quote(table)
    staging = sql._quote(f"_piguard_staging_{table}")
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    rows = 0
    try:
        exists = conn.execute("select 1 from sqlite_master where type='table' and name=?",
                              (table,)).fetchone()
        if exists and if_exists == "fail":
            raise InputError(f"table {table!r} already exists")
        conn.execute("begin")
        conn.execute(f"drop table if exists {staging}")
        created = False
        for batch in batches:
            if not created:
                cols = ", ".join(f"{sql._quote(f.name)} {_sqlite_type(f.type)}"
                                 for f in batch.schema)
                conn.execute(f"create table {staging} ({cols})")
                marks = ", ".join("?" * batch.num_columns)
                created = True
            columns = [_sqlite_values(col) for col in batch.columns]
            conn.executemany(f"insert into {staging} values ({marks})", zip(*columns, strict=True))
            rows += batch.num_rows
        if not created:
            raise InputError("nothing to write: no batch given")
        conn.execute(f"drop table if exists {quoted}")
        conn.execute(f"alter table {staging} rename to {quoted}")
        conn.execute("commit")
    except BaseException:
        if conn.in_transaction:
            conn.execute("rollback")
        raise
    finally:
        conn.close()
    return rows


def _write_duckdb(path: str, table: str, batches: Iterable[pa.RecordBatch],
                  if_exists: str) -> int:
    import duckdb

    quoted = sql._quote(table)
    staging = sql._quote(f"_piguard_staging_{table}")
    conn = duckdb.connect(path)
    rows = 0
    try:
        exists = conn.execute("select 1 from information_schema.tables where table_name=?",
                              [table]).fetchone()
        if exists and if_exists == "fail":
            raise InputError(f"table {table!r} already exists")
        conn.execute("begin transaction")
        conn.execute(f"drop table if exists {staging}")
        created = False
        for batch in batches:
            conn.register("piguard_batch", batch)
            if not created:
                conn.execute(f"create table {staging} as select * from piguard_batch")
                created = True
            else:
                conn.execute(f"insert into {staging} select * from piguard_batch")
            conn.unregister("piguard_batch")
            rows += batch.num_rows
        if not created:
            raise InputError("nothing to write: no batch given")
        conn.execute(f"drop table if exists {quoted}")
        conn.execute(f"alter table {staging} rename to {quoted}")
        conn.execute("commit")
    except BaseException:
        with contextlib.suppress(Exception):
            conn.execute("rollback")
        raise
    finally:
        conn.close()
    return rows
