"""``scan`` on Spark: the column profiler of :mod:`piguard.detect.columns`, scaled out.

Each executor profiles its partitions with :func:`~piguard.detect.columns.profile_batch`
— the very function the local engine runs — on batches cut exactly as the local
reader cuts them (``batch_rows`` rows, counted from the start of the partition),
and returns one mergeable :class:`~piguard.detect.columns.TableProfile` per
partition. The driver merges the profiles in partition order and finalises them
with :func:`~piguard.detect.columns.classify` into the same
:class:`~piguard.engines.scan.Inventory` a local scan returns. Only counts and
masked evidence leave the executors, never a value.

Unlike the local engine, which samples the first ``sample_rows`` rows of big
tables, a Spark scan reads every row: that is what the cluster is for.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from piguard.detect.columns import (
    TEXT_SAMPLE_PER_BATCH,
    TableProfile,
    classify,
    default_text_detector,
    profile_batch,
)
from piguard.engines._inventory import DatasetResult, Inventory
from piguard.engines.spark.files import input_format, read_dataframe
from piguard.engines.spark.runner import fold_partitions, new_plan_id
from piguard.errors import PiguardError
from piguard.io import Skipped
from piguard.io.readers import DEFAULT_BATCH_ROWS

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["ScanPlan", "scan", "scan_dataframe"]

_WARNINGS_KEY = "warnings"


@dataclass(frozen=True)
class ScanPlan:
    """What executors need to profile columns: options only, no engine objects."""

    text_detection: bool = True
    text_sample: int = TEXT_SAMPLE_PER_BATCH
    batch_rows: int = DEFAULT_BATCH_ROWS
    plan_id: str = field(default_factory=new_plan_id)

    def build(self) -> _ScanWorker:
        """Runs on the executor: load the text detector once per Python worker."""
        warnings: list[str] = []
        detector = None
        if self.text_detection:
            detector = default_text_detector()
            if detector is not None:
                from piguard.engines.scan import _GuardedDetector

                detector = _GuardedDetector(detector, warnings)
        return _ScanWorker(self, detector, warnings)


@dataclass
class _ScanWorker:
    plan: ScanPlan
    detector: Any
    warnings: list[str]


def rebatch(batches: Iterable[pa.RecordBatch], rows: int) -> Iterator[pa.RecordBatch]:
    """Re-cut a stream of batches into batches of exactly ``rows`` rows (the last shorter).

    >>> parts = [pa.record_batch({"a": list(range(n))}) for n in (3, 4, 0, 5)]
    >>> [b.num_rows for b in rebatch(parts, 5)]
    [5, 5, 2]
    """
    pending: list[pa.RecordBatch] = []
    held = 0
    for batch in batches:
        while batch.num_rows:
            take = min(rows - held, batch.num_rows)
            pending.append(batch.slice(0, take))
            held += take
            batch = batch.slice(take)
            if held == rows:
                yield pa.Table.from_batches(pending).combine_chunks().to_batches()[0]
                pending, held = [], 0
    if held:
        yield pa.Table.from_batches(pending).combine_chunks().to_batches()[0]


def _profile_partition(worker: _ScanWorker, batches: Iterator[pa.RecordBatch]
                       ) -> Iterator[tuple[str, Any]]:
    from pyspark import TaskContext

    plan = worker.plan
    profile = TableProfile()
    for batch in rebatch(batches, plan.batch_rows):
        profile = profile.merge(profile_batch(batch, detector=worker.detector,
                                              text_sample=plan.text_sample, threads=1))
    context = TaskContext.get()
    partition = context.partitionId() if context is not None else 0
    yield (f"{partition:09d}", profile)
    if worker.warnings:
        yield (_WARNINGS_KEY, list(worker.warnings))


def _merge(partials: list[tuple[str, Any]]) -> tuple[TableProfile, list[str]]:
    profile = TableProfile()
    warnings: list[str] = []
    for key, partial in sorted(partials, key=lambda kv: kv[0]):
        if key == _WARNINGS_KEY:
            warnings.extend(w for w in partial if w not in warnings)
        else:
            profile = profile.merge(partial)
    return profile, warnings


def profile_dataframe(df: DataFrame, plan: ScanPlan | None = None
                      ) -> tuple[TableProfile, list[str]]:
    """The merged profile of every row of ``df``, and the executors' warnings."""
    plan = plan or ScanPlan()
    partials = fold_partitions(df, plan, _profile_partition, name="piguard_scan")
    profile, warnings = _merge(partials)
    if not profile.columns:  # an empty table still has its columns
        empty = pa.RecordBatch.from_pylist([], schema=_arrow_schema(df))
        profile = TableProfile(0, profile_batch(empty).columns)
    return profile, warnings


def _arrow_schema(df: DataFrame) -> pa.Schema:
    from pyspark.sql.pandas.types import to_arrow_schema

    return to_arrow_schema(df.schema)


def _result(name: str, location: str, fmt: str, encoding: str | None, size: int | None,
            profile: TableProfile) -> DatasetResult:
    return DatasetResult(name, location, fmt, encoding, profile.rows, profile.rows, False, None,
                         size, classify(profile), [])


def scan_dataframe(df: DataFrame, name: str = "dataframe", *, text_detection: bool = True
                   ) -> Inventory:
    """Scan every row of a Spark DataFrame; an inventory with one dataset."""
    plan = ScanPlan(text_detection=text_detection and default_text_detector() is not None)
    inventory = Inventory(options=_options(plan, []))
    profile, warnings = profile_dataframe(df, plan)
    inventory.options["warnings"].extend(warnings)
    inventory.datasets.append(_result(name, name, "spark", None, None, profile))
    return inventory


def _options(plan: ScanPlan, warnings: list[str]) -> dict[str, Any]:
    return {"sample_rows": None, "text_detector": plan.text_detection, "warnings": warnings,
            "engine": "spark"}


def _is_spark_table_folder(folder: Path) -> bool:
    """A folder written by Spark or Hive (``_SUCCESS``, ``part-*``) is one table."""
    names = [p.name for p in folder.iterdir() if not p.name.startswith(".")]
    data = [n for n in names if not n.startswith("_")]
    return "_SUCCESS" in names or (bool(data) and all(n.startswith("part-") for n in data))


def _tables(source: str) -> Iterator[str | Skipped]:
    """Expand a path into the tables Spark reads: files, or folders that are one table."""
    if "://" in source and not source.startswith("file://"):
        yield source  # remote: Spark lists it
        return
    path = Path(source)
    if not path.exists():
        yield Skipped(source, "no such file or folder", "InputError")
    elif path.is_file() or _is_spark_table_folder(path):
        yield source
    else:
        for dirpath, dirnames, filenames in os.walk(path):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            here = Path(dirpath)
            if here != path and _is_spark_table_folder(here):
                dirnames[:] = []
                yield str(here)
                continue
            for filename in sorted(filenames):
                if not filename.startswith((".", "_")):
                    yield str(here / filename)


def _size(path: str) -> int | None:
    local = Path(path)
    if "://" in path or not local.exists():
        return None
    if local.is_file():
        return local.stat().st_size
    return sum(p.stat().st_size for p in local.rglob("*") if p.is_file())


def scan(*sources: str | DataFrame, session: SparkSession | None = None,
         master: str | None = "local[*]", text_detection: bool = True) -> Inventory:
    """Scan Parquet/CSV paths or Spark DataFrames on Spark; the local engine's inventory shape.

    Paths are files, folders (walked like the local scan; a folder of Spark part
    files counts as one table) or remote URLs Spark can read. Inputs that are not
    Parquet or CSV/TSV are listed as skipped. ``session`` defaults to the active
    session, or one started on ``master``.
    """
    from py4j.protocol import Py4JJavaError
    from pyspark.errors import PySparkException, PythonException
    from pyspark.sql import DataFrame

    from piguard.engines.spark.session import spark_session

    session = session or spark_session(master)
    plan = ScanPlan(text_detection=text_detection and default_text_detector() is not None)
    warnings: list[str] = []
    inventory = Inventory(options=_options(plan, warnings))
    for index, source in enumerate(sources):
        if isinstance(source, DataFrame):
            profile, found = profile_dataframe(source, plan)
            name = f"dataframe{index}" if len(sources) > 1 else "dataframe"
            inventory.datasets.append(_result(name, name, "spark", None, None, profile))
            warnings.extend(w for w in found if w not in warnings)
            continue
        for table in _tables(str(source)):
            if isinstance(table, Skipped):
                inventory.skipped.append(table)
                continue
            try:
                fmt = input_format(table)
                df = read_dataframe(session, table, fmt)
                encoding = _encoding(table, fmt)
                profile, found = profile_dataframe(df, plan)
            except PiguardError as exc:
                inventory.skipped.append(Skipped(table, str(exc), type(exc).__name__))
                continue
            except PythonException:
                raise  # piguard's own code failed on an executor: not an input problem
            except (PySparkException, Py4JJavaError) as exc:
                # Spark's messages may quote file contents: report the error class only.
                condition = exc.getCondition() if isinstance(exc, PySparkException) else None
                reason = f"Spark could not read it ({condition or type(exc).__name__})"
                inventory.skipped.append(Skipped(table, reason, "InputError"))
                continue
            warnings.extend(w for w in found if w not in warnings)
            inventory.datasets.append(_result(table, table, fmt, encoding, _size(table), profile))
    return inventory


def _encoding(path: str, fmt: str) -> str | None:
    if fmt not in ("csv", "tsv") or "://" in path:
        return None
    from piguard.io import sniff_file_encoding

    local = Path(path)
    sample = local if local.is_file() else next(
        (p for p in sorted(local.rglob("*")) if p.is_file() and not p.name.startswith(("_", "."))),
        None)
    return sniff_file_encoding(sample) if sample else None

