"""Which reader a path needs: by extension first, then by magic bytes.

>>> detect_format("exports/客户.csv")
'csv'
>>> detect_format("logs/app.log")
'text'
"""

from __future__ import annotations

from pathlib import Path

from piguard.errors import UnsupportedFormat

__all__ = ["FORMATS", "detect_format", "sniff_magic"]

_BY_SUFFIX = {
    ".csv": "csv",
    ".tsv": "tsv", ".tab": "tsv",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".parquet": "parquet", ".pq": "parquet",
    ".xlsx": "excel", ".xlsm": "excel", ".xls": "excel", ".ods": "excel",
    ".sqlite": "sqlite", ".sqlite3": "sqlite", ".db": "sqlite",
    ".duckdb": "duckdb",
    ".txt": "text", ".log": "text", ".text": "text", ".md": "text", ".out": "text",
}
FORMATS = frozenset(_BY_SUFFIX.values())

# Known binary suffixes are refused without being opened.
_BINARY_SUFFIXES = frozenset(f".{s}" for s in (
    "png", "jpg", "jpeg", "gif", "bmp", "webp", "pdf", "zip", "gz", "bz2", "xz", "7z", "rar",
    "tar", "exe", "dll", "so", "bin", "dat", "class", "jar", "pyc", "mp3", "mp4", "avi", "mov",
    "wav", "doc", "ppt", "pptx", "docx",
))

_MAGIC = (
    (b"PAR1", "parquet"),
    (b"SQLite format 3\x00", "sqlite"),
)


def sniff_magic(head: bytes) -> str | None:
    """Format named by the first bytes of a file, or None."""
    for magic, fmt in _MAGIC:
        if head.startswith(magic):
            return fmt
    if head[8:12] == b"DUCK":
        return "duckdb"
    return None


def detect_format(path: str | Path, head: bytes | None = None) -> str:
    """Name the reader for ``path`` (``head``: its first bytes, if already read).

    Unknown suffixes fall back to magic bytes, then to ``text``; the text reader
    refuses binary content itself.
    """
    suffix = Path(path).suffix.lower()
    if suffix in _BY_SUFFIX:
        fmt = _BY_SUFFIX[suffix]
        if fmt == "sqlite" and head is not None and sniff_magic(head) == "duckdb":
            return "duckdb"
        return fmt
    if suffix in _BINARY_SUFFIXES:
        raise UnsupportedFormat(f"{suffix} files are not scanned (binary format)")
    if head is not None:
        magic = sniff_magic(head)
        if magic:
            return magic
    return "text"
