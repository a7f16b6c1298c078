"""Readers and atomic writers: files, folders and SQL tables <-> Arrow batches.

Reading (all streaming, bounded memory)::

    from piguard.io import discover
    for item in discover("exports/"):          # Dataset or Skipped
        ...  item.batches(limit=100_000)        # Iterator[pyarrow.RecordBatch]

Format readers are also usable alone: :func:`read_csv_batches`,
:func:`read_jsonl_batches`, :func:`read_parquet_batches`,
:func:`read_excel_sheets`, :func:`read_sql_batches`, :func:`iter_lines` /
:func:`read_text_batches`. Writing, always atomic: :func:`open_writer`,
:func:`write_table`, :func:`write_text_lines`, :func:`write_sql_table`.
See docs/scanning.md.
"""

from __future__ import annotations

from piguard.io.encoding import SUPPORTED_ENCODINGS, sniff_encoding, sniff_file_encoding
from piguard.io.formats import detect_format
from piguard.io.readers import (
    ReadStats,
    read_csv_batches,
    read_excel_sheets,
    read_jsonl_batches,
    read_parquet_batches,
)
from piguard.io.sources import Dataset, Skipped, as_arrow_table, discover
from piguard.io.sql import is_sql_url, list_tables, parse_sql_url, read_sql_batches, sqlite_url
from piguard.io.text import TextStats, iter_lines, read_text_batches
from piguard.io.writers import (
    TableWriter,
    atomic_file,
    open_writer,
    write_bytes,
    write_sql_table,
    write_table,
    write_text,
    write_text_lines,
)

__all__ = [
    "SUPPORTED_ENCODINGS",
    "Dataset",
    "ReadStats",
    "Skipped",
    "TableWriter",
    "TextStats",
    "as_arrow_table",
    "atomic_file",
    "detect_format",
    "discover",
    "is_sql_url",
    "iter_lines",
    "list_tables",
    "open_writer",
    "parse_sql_url",
    "read_csv_batches",
    "read_excel_sheets",
    "read_jsonl_batches",
    "read_parquet_batches",
    "read_sql_batches",
    "read_text_batches",
    "sniff_encoding",
    "sniff_file_encoding",
    "sqlite_url",
    "write_bytes",
    "write_sql_table",
    "write_table",
    "write_text",
    "write_text_lines",
]
