"""Turn what a user points at into datasets to read, or reasons to skip.

A *source* is a file path, a folder (walked recursively, hidden entries skipped),
a database URL, or an in-memory table (Arrow, Polars, pandas). :func:`discover`
expands it into :class:`Dataset` objects (one per file, per SQL table, per
Excel sheet) and :class:`Skipped` records for inputs that cannot be read.
Reading itself is lazy: :meth:`Dataset.batches` streams record batches.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from piguard.errors import InputError, PiguardError, UnsupportedFormat
from piguard.io import readers, sql, text
from piguard.io.encoding import SAMPLE_BYTES, sniff_encoding
from piguard.io.formats import detect_format

__all__ = ["Dataset", "Skipped", "as_arrow_table", "discover"]


@dataclass
class Skipped:
    """An input that was not scanned, and why (the reason never quotes data)."""

    location: str
    reason: str
    error: str = "InputError"

    def to_dict(self) -> dict[str, str]:
        return {"location": self.location, "reason": self.reason, "error": self.error}


@dataclass
class Dataset:
    """One table or text document that can be streamed as record batches.

    ``kind`` is ``"table"`` or ``"text"`` (batches with ``line`` and ``text``
    columns). ``rows_total`` is known for Parquet, SQL and in-memory tables,
    ``None`` for files that must be read to be counted. ``stats`` is filled
    while batches are consumed (encoding, rows, skipped lines/rows).
    """

    name: str
    location: str
    format: str
    kind: str
    opener: Callable[[int | None], Iterator[pa.RecordBatch]] = field(repr=False)
    rows_total: int | None = None
    bytes: int | None = None
    encoding: str | None = None
    sample_method: str = "head"
    stats: Any = None

    def batches(self, limit: int | None = None) -> Iterator[pa.RecordBatch]:
        """Stream batches; stop after ``limit`` rows (None: everything)."""
        left = limit
        for batch in self.opener(limit):
            if left is not None:
                if left <= 0:
                    break
                if batch.num_rows > left:
                    batch = batch.slice(0, left)
                left -= batch.num_rows
            yield batch
        if self.stats is not None and getattr(self.stats, "encoding", None):
            self.encoding = self.stats.encoding


def discover(source: Any, name: str | None = None) -> Iterator[Dataset | Skipped]:
    """Expand one source into datasets and skipped inputs (see module docstring)."""
    if isinstance(source, (str, os.PathLike)) and sql.is_sql_url(str(source)):
        yield from _discover_sql(str(source))
        return
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if path.is_dir():
            for child in _walk(path):
                yield from _discover_file(child)
        elif path.exists():
            yield from _discover_file(path)
        else:
            yield Skipped(str(path), "no such file or folder", "InputError")
        return
    try:
        table = as_arrow_table(source)
    except UnsupportedFormat as exc:
        yield Skipped(name or type(source).__name__, str(exc), "UnsupportedFormat")
        return
    yield _memory_dataset(table, name or "table")


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if not filename.startswith("."):
                yield Path(dirpath) / filename


def as_arrow_table(obj: Any) -> pa.Table:
    """Arrow view of a pyarrow, Polars or pandas table (no copy where possible)."""
    if isinstance(obj, pa.Table):
        return obj
    if isinstance(obj, pa.RecordBatch):
        return pa.Table.from_batches([obj])
    module = type(obj).__module__.split(".")[0]
    if module == "polars":
        if hasattr(obj, "collect"):  # LazyFrame
            obj = obj.collect()
        return obj.to_arrow()
    if module == "pandas":
        return pa.Table.from_pandas(obj, preserve_index=False)
    if hasattr(obj, "__arrow_c_stream__"):
        return pa.table(obj)
    raise UnsupportedFormat(f"cannot scan an object of type {type(obj).__name__}")


def _memory_dataset(table: pa.Table, name: str) -> Dataset:
    def opener(limit: int | None) -> Iterator[pa.RecordBatch]:
        data = table
        if limit is not None and limit < table.num_rows:
            import numpy as np

            rng = np.random.default_rng(0)
            data = table.take(np.sort(rng.choice(table.num_rows, size=limit, replace=False)))
        yield from data.to_batches(max_chunksize=readers.DEFAULT_BATCH_ROWS)

    return Dataset(name, name, "arrow", "table", opener, rows_total=table.num_rows,
                   bytes=table.nbytes, sample_method="random")


def _discover_file(path: Path) -> Iterator[Dataset | Skipped]:
    location = str(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(SAMPLE_BYTES + 1)
        size = path.stat().st_size
        fmt = detect_format(path, head[:16])
        if fmt in ("sqlite", "duckdb"):
            yield from _discover_sql(f"{fmt}:///{path}", display=location)
            return
        if fmt == "excel":
            for sheet, table in readers.read_excel_sheets(path).items():
                ds = _memory_dataset(table, f"{location}#{sheet}")
                ds.format, ds.location, ds.sample_method = "excel", location, "random"
                yield ds
            return
        if fmt == "parquet":
            yield _parquet_dataset(path, size)
            return
        if size == 0:
            yield Skipped(location, "empty file", "InputError")
            return
        encoding = sniff_encoding(head[:SAMPLE_BYTES], final=len(head) <= SAMPLE_BYTES)
        yield _text_like_dataset(path, fmt, encoding, size)
    except PiguardError as exc:
        yield Skipped(location, str(exc), type(exc).__name__)
    except OSError as exc:
        yield Skipped(location, f"cannot be opened ({exc.strerror or exc.__class__.__name__})",
                      "InputError")


def _parquet_dataset(path: Path, size: int) -> Dataset:
    pfile = readers.open_parquet(path)
    meta = pfile.metadata
    stats = readers.ReadStats()

    def opener(limit: int | None) -> Iterator[pa.RecordBatch]:
        groups = None
        if limit is not None and meta.num_row_groups > 1 and limit < meta.num_rows:
            groups = _spread_row_groups(meta, limit)
        yield from readers.read_parquet_batches(path, row_groups=groups, stats=stats)

    method = "row_groups" if meta.num_row_groups > 1 else "head"
    return Dataset(str(path), str(path), "parquet", "table", opener,
                   rows_total=meta.num_rows, bytes=size, sample_method=method, stats=stats)


def _spread_row_groups(meta, limit: int) -> list[int]:
    """Row groups spread evenly over the file holding at least ``limit`` rows."""
    n = meta.num_row_groups
    per_group = max(1, meta.num_rows // n)
    wanted = min(n, -(-limit // per_group))
    return sorted({round(i * (n - 1) / max(1, wanted - 1)) for i in range(wanted)})


def _text_like_dataset(path: Path, fmt: str, encoding: str, size: int) -> Dataset:
    location = str(path)
    if fmt in ("csv", "tsv"):
        stats = readers.ReadStats(encoding=encoding)
        delimiter = "\t" if fmt == "tsv" else ","
        readers.csv_header(path, delimiter=delimiter, encoding=encoding)  # fail early

        def opener(limit: int | None) -> Iterator[pa.RecordBatch]:
            yield from readers.read_csv_batches(path, delimiter=delimiter, encoding=encoding,
                                                on_bad_rows="skip", stats=stats)

        return Dataset(location, location, fmt, "table", opener, bytes=size, encoding=encoding,
                       stats=stats)
    if fmt == "jsonl":
        stats = readers.ReadStats(encoding=encoding)
        return Dataset(location, location, fmt, "table",
                       lambda limit: readers.read_jsonl_batches(path, encoding=encoding,
                                                                stats=stats),
                       bytes=size, encoding=encoding, stats=stats)
    stats = text.TextStats(encoding=encoding)
    return Dataset(location, location, "text", "text",
                   lambda limit: text.read_text_batches(path, encoding=encoding, stats=stats),
                   bytes=size, encoding=encoding, stats=stats)


def _discover_sql(url: str, display: str | None = None) -> Iterator[Dataset | Skipped]:
    label = display or sql.display_url(url)  # a password in the URL stays out of reports
    try:
        parsed = sql.parse_sql_url(url)
        tables = sql.list_tables(parsed)
    except InputError as exc:
        yield Skipped(label, str(exc), type(exc).__name__)
        return
    size = Path(parsed.target).stat().st_size if parsed.scheme != "postgresql" else None
    for table in tables:
        try:
            total = sql.count_rows(parsed, table)
        except InputError as exc:
            yield Skipped(f"{label}#{table}", str(exc), type(exc).__name__)
            continue

        def opener(limit: int | None, table: str = table) -> Iterator[pa.RecordBatch]:
            yield from sql.read_sql_batches(parsed, table, limit=limit)

        name = f"{display}#{table}" if display else parsed.with_table(table)
        yield Dataset(name, parsed.with_table(table), parsed.scheme, "table", opener,
                      rows_total=total, bytes=size if len(tables) == 1 else None)
