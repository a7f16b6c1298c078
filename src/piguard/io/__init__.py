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

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Names load on first use: ``from piguard.io.atomic import atomic_file`` (a standard
# library module used by the detect CLI) must not pull in pyarrow through this package.
_LAZY = {
    "SUPPORTED_ENCODINGS": "encoding", "sniff_encoding": "encoding",
    "sniff_file_encoding": "encoding",
    "detect_format": "formats",
    "ReadStats": "readers", "read_csv_batches": "readers", "read_excel_sheets": "readers",
    "read_jsonl_batches": "readers", "read_parquet_batches": "readers",
    "Dataset": "sources", "Skipped": "sources", "as_arrow_table": "sources",
    "discover": "sources",
    "is_sql_url": "sql", "list_tables": "sql", "parse_sql_url": "sql",
    "read_sql_batches": "sql", "sqlite_url": "sql",
    "TextStats": "text", "iter_lines": "text", "read_text_batches": "text",
    "atomic_file": "atomic", "write_bytes": "atomic", "write_text": "atomic",
    "write_text_lines": "atomic",
    "TableWriter": "writers", "open_writer": "writers", "write_sql_table": "writers",
    "write_table": "writers",
}

if TYPE_CHECKING:
    from piguard.io.atomic import atomic_file, write_bytes, write_text, write_text_lines
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
    from piguard.io.sql import (
        is_sql_url,
        list_tables,
        parse_sql_url,
        read_sql_batches,
        sqlite_url,
    )
    from piguard.io.text import TextStats, iter_lines, read_text_batches
    from piguard.io.writers import TableWriter, open_writer, write_sql_table, write_table


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'piguard.io' has no attribute {name!r}")
    value = getattr(import_module(f"piguard.io.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


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
