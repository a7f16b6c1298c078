"""File readers that yield Arrow record batches in bounded memory.

Every reader takes a path and yields :class:`pyarrow.RecordBatch` objects; none
loads a whole large file at once except Excel (workbooks are small by nature).
CSV/TSV columns are read as strings so that leading zeros, ``X`` check digits
and long card numbers survive exactly as written.

Errors are :class:`piguard.errors.InputError` subclasses whose messages name
the problem and the position but never quote a row (rows hold PI).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.json as pajson
import pyarrow.parquet as pq

from piguard.errors import EncodingError, InputError, UnsupportedFormat
from piguard.io.encoding import sniff_file_encoding

__all__ = [
    "DEFAULT_BATCH_ROWS",
    "ReadStats",
    "csv_header",
    "read_csv_batches",
    "read_excel_sheets",
    "read_jsonl_batches",
    "read_parquet_batches",
]

DEFAULT_BATCH_ROWS = 65_536
_CSV_BLOCK_BYTES = 4 << 20
_JSONL_CHUNK_BYTES = 4 << 20


@dataclass
class ReadStats:
    """What a reader noticed on the way (filled while batches are consumed)."""

    encoding: str | None = None
    rows: int = 0
    bad_rows: int = 0
    notes: list[str] = field(default_factory=list)


def csv_header(path: str | Path, *, delimiter: str = ",", encoding: str | None = None) -> list[str]:
    """Column names of a CSV/TSV file (first record), decoded with ``encoding``."""
    encoding = encoding or sniff_file_encoding(path)
    with open(path, encoding=encoding, newline="") as handle:
        try:
            row = next(csv.reader(handle, delimiter=delimiter), None)
        except UnicodeDecodeError as exc:
            raise EncodingError(f"header is not valid {encoding}") from exc
        except csv.Error as exc:
            raise InputError(f"CSV header cannot be parsed ({exc.__class__.__name__})") from exc
    if not row:
        raise InputError("CSV file is empty (no header row)")
    return _unique_names(row)


def _unique_names(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, raw in enumerate(names):
        name = raw.strip() or f"column_{i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
        seen.setdefault(name, 0)
        out.append(name)
    return out


def read_csv_batches(
    path: str | Path,
    *,
    delimiter: str = ",",
    encoding: str | None = None,
    on_bad_rows: str = "error",
    stats: ReadStats | None = None,
) -> Iterator[pa.RecordBatch]:
    """Stream a CSV/TSV file as batches of all-string columns.

    ``encoding`` None sniffs UTF-8 / UTF-8-BOM / GB18030. ``on_bad_rows`` is
    ``"error"`` (raise :class:`InputError`) or ``"skip"`` (count them in
    ``stats.bad_rows``) for rows with the wrong number of fields.
    """
    if on_bad_rows not in ("error", "skip"):
        raise ValueError("on_bad_rows must be 'error' or 'skip'")
    stats = stats if stats is not None else ReadStats()
    encoding = encoding or sniff_file_encoding(path)
    stats.encoding = encoding
    names = csv_header(path, delimiter=delimiter, encoding=encoding)

    def skip_row(_row: pacsv.InvalidRow) -> str:
        stats.bad_rows += 1
        return "skip"

    read_options = pacsv.ReadOptions(
        column_names=names, skip_rows=1, block_size=_CSV_BLOCK_BYTES,
        encoding="utf8" if encoding == "utf-8" else encoding,
    )
    parse_options = pacsv.ParseOptions(
        delimiter=delimiter, newlines_in_values=True,
        invalid_row_handler=skip_row if on_bad_rows == "skip" else None,
    )
    convert_options = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in names},
        strings_can_be_null=True, quoted_strings_can_be_null=False,
    )
    try:
        reader = pacsv.open_csv(path, read_options=read_options, parse_options=parse_options,
                                convert_options=convert_options)
        for batch in reader:
            stats.rows += batch.num_rows
            yield batch
    except UnicodeDecodeError as exc:
        raise EncodingError(f"bytes after row {stats.rows} are not valid {encoding}") from exc
    except pa.ArrowInvalid as exc:
        message = str(exc)
        if "conversion error to string" in message or "UTF8" in message:
            raise EncodingError(f"bytes after row {stats.rows} are not valid {encoding}") from exc
        raise InputError(f"CSV cannot be parsed after row {stats.rows}: {_safe(exc)}") from exc


def _safe(exc: Exception) -> str:
    """The first clause of an Arrow error: Arrow appends the offending row after ':'."""
    text = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    parts = text.split(": ")
    return ": ".join(parts[:2]) if len(parts) > 2 else parts[0]


def read_jsonl_batches(
    path: str | Path,
    *,
    encoding: str | None = None,
    stats: ReadStats | None = None,
) -> Iterator[pa.RecordBatch]:
    """Stream a JSON Lines file (one object per line) as record batches.

    Each chunk of lines goes through Arrow's JSON parser; a chunk whose fields
    change type between lines (common in real exports) is rebuilt in Python,
    with values of a mixed column kept as their JSON text.
    """
    stats = stats if stats is not None else ReadStats()
    encoding = encoding or sniff_file_encoding(path)
    stats.encoding = encoding
    for chunk, first_line, _count in _line_chunks(path, encoding):
        try:
            table = pajson.read_json(io.BytesIO(chunk))
        except pa.ArrowInvalid:
            table = _jsonl_python(chunk, first_line)
        stats.rows += table.num_rows
        yield from table.to_batches(max_chunksize=DEFAULT_BATCH_ROWS)


def _line_chunks(path: str | Path, encoding: str) -> Iterator[tuple[bytes, int, int]]:
    """Chunks of whole non-blank lines as UTF-8 bytes: (bytes, first line number, lines)."""
    decoder_needed = encoding not in ("utf-8", "utf-8-sig")
    first = 1
    buf: list[bytes] = []
    size = 0
    line_no = 0
    with open(path, "rb") as handle:
        for raw in handle:
            line_no += 1
            if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if decoder_needed:
                try:
                    raw = raw.decode(encoding).encode("utf-8")
                except UnicodeDecodeError as exc:
                    raise EncodingError(f"line {line_no} is not valid {encoding}") from exc
            if not raw.strip():
                continue
            if not buf:
                first = line_no
            buf.append(raw if raw.endswith(b"\n") else raw + b"\n")
            size += len(raw)
            if size >= _JSONL_CHUNK_BYTES:
                yield b"".join(buf), first, len(buf)
                buf, size = [], 0
    if buf:
        yield b"".join(buf), first, len(buf)


def _jsonl_python(chunk: bytes, first_line: int) -> pa.Table:
    rows = []
    for offset, line in enumerate(chunk.splitlines()):
        try:
            value = json.loads(line)
        except (UnicodeDecodeError, ValueError) as exc:
            raise InputError(f"line {first_line + offset} is not valid JSON") from exc
        if not isinstance(value, dict):
            raise InputError(f"line {first_line + offset} is not a JSON object")
        rows.append(value)
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row))
    columns = {}
    for name in names:
        values = [row.get(name) for row in rows]
        try:
            columns[name] = pa.array(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            columns[name] = pa.array(
                [v if v is None or isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                 for v in values], type=pa.string())
    return pa.table(columns)


def read_parquet_batches(
    path: str | Path,
    *,
    row_groups: list[int] | None = None,
    batch_rows: int = DEFAULT_BATCH_ROWS,
    stats: ReadStats | None = None,
) -> Iterator[pa.RecordBatch]:
    """Stream a Parquet file row group by row group (optionally only ``row_groups``)."""
    stats = stats if stats is not None else ReadStats()
    pfile = open_parquet(path)
    try:
        for batch in pfile.iter_batches(batch_size=batch_rows, row_groups=row_groups):
            stats.rows += batch.num_rows
            yield batch
    except (pa.ArrowInvalid, OSError) as exc:
        raise InputError(f"Parquet data is corrupt after row {stats.rows}: {_safe(exc)}") from exc


def open_parquet(path: str | Path) -> pq.ParquetFile:
    """Open a Parquet file, turning a corrupt footer into :class:`InputError`."""
    try:
        return pq.ParquetFile(path)
    except (pa.ArrowInvalid, OSError) as exc:
        raise InputError(f"not a readable Parquet file: {_safe(exc)}") from exc


def read_excel_sheets(path: str | Path) -> dict[str, pa.Table]:
    """Every sheet of a workbook as an Arrow table (values as Excel typed them)."""
    import polars as pl

    try:
        frames = pl.read_excel(path, sheet_id=0, engine="calamine")
    except Exception as exc:  # fastexcel raises its own exception types
        raise UnsupportedFormat(f"workbook cannot be read ({exc.__class__.__name__})") from exc
    return {name: frame.to_arrow() for name, frame in frames.items()}
