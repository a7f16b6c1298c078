"""Read Parquet and CSV inputs into Spark DataFrames the way piguard's readers do.

CSV columns are read as strings (leading zeros, ``X`` check digits and long
card numbers survive as written), empty fields are nulls, quotes follow RFC 4180
(``""`` inside quotes) and quoted fields may span lines — as
:func:`piguard.io.readers.read_csv_batches` reads them locally, so that a Spark
scan sees the same values as a local one. For local files the encoding is
sniffed (UTF-8, UTF-8 with BOM, GB18030) and duplicate header names are renamed
as the local reader renames them. Remote paths (``hdfs://``, ``s3a://``) are
read as UTF-8 with Spark's own header handling.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from piguard.errors import InputError, UnsupportedFormat
from piguard.io.encoding import sniff_file_encoding
from piguard.io.formats import detect_format
from piguard.io.readers import csv_header, open_parquet

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["SPARK_FORMATS", "input_format", "read_dataframe", "write_dataframe"]

SPARK_FORMATS = ("parquet", "csv", "tsv")
_SPARK_ENCODING = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "gb18030": "GB18030"}


def _is_remote(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def _first_file(folder: Path) -> Path | None:
    for child in sorted(folder.rglob("*")):
        if child.is_file() and not child.name.startswith((".", "_")):
            return child
    return None


def input_format(path: str) -> str:
    """``parquet``, ``csv`` or ``tsv`` for a file or a folder of part files.

    >>> input_format("exports/customers.parquet"), input_format("exports/orders.tsv")
    ('parquet', 'tsv')
    >>> input_format("logs/app.log")
    Traceback (most recent call last):
    ...
    piguard.errors.UnsupportedFormat: the Spark engine reads Parquet and CSV/TSV, not text (logs/app.log)
    """
    probe = path
    if not _is_remote(path) and Path(path).is_dir():
        first = _first_file(Path(path))
        if first is None:
            raise InputError(f"no data files in folder {path}")
        probe = str(first)
    try:
        fmt = detect_format(probe)
    except UnsupportedFormat as exc:
        raise UnsupportedFormat(f"the Spark engine reads Parquet and CSV/TSV ({exc})") from None
    if fmt not in SPARK_FORMATS:
        raise UnsupportedFormat(f"the Spark engine reads Parquet and CSV/TSV, not {fmt} ({path})")
    return fmt


def _check_parquet_footers(path: Path) -> None:
    """Refuse a corrupt local Parquet file before Spark fails on it with a stack trace."""
    files = [path] if path.is_file() else [
        p for p in sorted(path.rglob("*")) if p.is_file() and not p.name.startswith((".", "_"))]
    for file in files:
        open_parquet(file)


def read_dataframe(session: SparkSession, path: str, fmt: str | None = None) -> DataFrame:
    """A DataFrame over ``path`` (a file or a folder of part files)."""
    fmt = fmt or input_format(path)
    if fmt == "parquet":
        if not _is_remote(path):
            _check_parquet_footers(Path(path))
        return session.read.parquet(path)
    if fmt not in ("csv", "tsv"):
        raise UnsupportedFormat(f"the Spark engine reads Parquet and CSV/TSV, not {fmt}")
    delimiter = "\t" if fmt == "tsv" else ","
    reader = (session.read.option("header", "true").option("inferSchema", "false")
              .option("sep", delimiter).option("quote", '"').option("escape", '"')
              .option("multiLine", "true").option("mode", "PERMISSIVE"))
    names = None
    if not _is_remote(path):
        local = Path(path)
        sample = _first_file(local) if local.is_dir() else local
        if sample is None:
            raise InputError(f"no data files in folder {path}")
        encoding = sniff_file_encoding(sample)
        if encoding == "gb18030":
            # Spark 4 accepts only a short list of charsets unless Java's are enabled.
            session.conf.set("spark.sql.legacy.javaCharsets", "true")
        reader = reader.option("encoding", _SPARK_ENCODING[encoding])
        names = csv_header(sample, delimiter=delimiter, encoding=encoding)
    df = reader.csv(path)
    if names is not None and len(names) == len(df.columns):
        df = df.toDF(*names)
    return df


def write_dataframe(df: DataFrame, path: str, fmt: str, *, overwrite: bool = False) -> None:
    """Write ``df`` as a folder of part files; Spark's committer makes it atomic.

    Parts are written under ``_temporary`` and moved into place when the job
    commits; ``_SUCCESS`` marks a complete output.
    """
    writer = df.write.mode("overwrite" if overwrite else "errorifexists")
    if fmt == "parquet":
        writer.parquet(path)
    elif fmt in ("csv", "tsv"):
        (writer.option("header", "true").option("sep", "\t" if fmt == "tsv" else ",")
         .option("quote", '"').option("escape", '"').csv(path))
    else:
        raise UnsupportedFormat(f"the Spark engine writes Parquet and CSV/TSV, not {fmt}")
