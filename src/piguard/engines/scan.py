"""``piguard.scan``: where is personal information in these files, folders and tables?

>>> import pyarrow as pa
>>> inv = scan({"people": pa.table({"手机": ["13812345678", "13987654321"]})})
>>> col = inv.datasets[0].columns[0]
>>> col.primary.entity_type, col.primary.evidence
('PHONE', ('138****5678', '139****4321'))

A source is a path (file, or folder scanned recursively), a database URL
(``sqlite:///shop.db``, ``duckdb:///x.duckdb``, ``postgresql://...``; add
``?table=NAME`` for one table), an Arrow/Polars/pandas table, or a mapping of
names to such tables. Each input is read in bounded memory; tables larger than
``sample_rows`` are sampled and the inventory says how. An input that cannot be
read is listed in :attr:`Inventory.skipped` and the scan goes on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from piguard.detect.columns import (
    EVIDENCE_PER_TYPE,
    TableProfile,
    classify,
    default_text_detector,
    mask_value,
    profile_batch,
)
from piguard.engines._inventory import DatasetResult, Inventory, TextResult
from piguard.errors import InputError, PiguardError
from piguard.io import Dataset, Skipped, discover

__all__ = ["DEFAULT_SAMPLE_ROWS", "Inventory", "ScanProgress", "scan"]

DEFAULT_SAMPLE_ROWS = 100_000
_UNSET: Any = object()


@dataclass(frozen=True)
class ScanProgress:
    """Reported to the ``progress`` callback as a scan moves on."""

    index: int  # 0-based position of the current input
    count: int  # inputs found
    name: str
    rows_done: int
    rows_expected: int | None
    finished: bool = False


def scan(
    *sources: Any,
    sample_rows: int | None = DEFAULT_SAMPLE_ROWS,
    progress: Callable[[ScanProgress], None] | None = None,
    detector: Any = _UNSET,
    threads: int | None = None,
) -> Inventory:
    """Scan ``sources`` and return an :class:`Inventory` (see module docstring).

    ``sample_rows``: rows (or lines) read per table or text file; ``None`` or
    0 reads everything. ``detector``: the free-text detector (default: the
    installed text engine; ``None`` switches free-text detection off).
    ``threads``: columns profiled in parallel (default: CPU count).
    """
    limit = sample_rows or None
    warnings: list[str] = []
    if detector is _UNSET:
        detector = default_text_detector()
        if detector is not None:
            detector = _GuardedDetector(detector, warnings)
    threads = threads or os.cpu_count() or 1
    inventory = Inventory(options={"sample_rows": limit,
                                   "text_detector": detector is not None,
                                   "warnings": warnings})
    items = list(_expand(sources))
    datasets = [i for i in items if isinstance(i, Dataset)]
    inventory.skipped.extend(i for i in items if isinstance(i, Skipped))
    for index, dataset in enumerate(datasets):
        def report(rows: int, finished: bool = False, *, _i=index, _d=dataset) -> None:
            if progress is not None:
                expected = min(x for x in (_d.rows_total, limit) if x is not None) \
                    if (_d.rows_total or limit) else None
                progress(ScanProgress(_i, len(datasets), _d.name, rows, expected, finished))

        if dataset.kind == "text":
            result, skipped = _scan_text(dataset, limit, detector, report)
            if result is not None:
                inventory.text_files.append(result)
        else:
            result, skipped = _scan_table(dataset, limit, detector, threads, report)
            if result is not None:
                inventory.datasets.append(result)
        if skipped is not None:
            inventory.skipped.append(skipped)
        report(result.rows_scanned if isinstance(result, DatasetResult)
               else getattr(result, "lines_scanned", 0), True)
    return inventory


class _GuardedDetector:
    """The text engine, made unable to fail a scan.

    If the engine cannot run (say the name/address model is missing), detection
    goes on without PERSON/LOCATION; if even that fails, free-text detection is
    switched off. Either way the inventory's ``options.warnings`` says so.
    """

    def __init__(self, detect_many: Any, warnings: list[str]) -> None:
        self._detect = detect_many
        self._types: Any = None
        self._off = False
        self._warnings = warnings

    def __call__(self, texts: list[str]) -> list[list[Any]]:
        if self._off:
            return [[] for _ in texts]
        try:
            return self._detect(texts, self._types)
        except PiguardError as exc:
            if self._types is None:
                from piguard.detect.registry import MODEL_TYPES, PATTERN_TYPES

                self._warnings.append(f"names and addresses in free text not detected: {exc}")
                self._types = sorted(PATTERN_TYPES - MODEL_TYPES)
            else:
                self._warnings.append(f"free-text detection switched off: {exc}")
                self._off = True
            return self(texts)


def _expand(sources: tuple[Any, ...]) -> Iterator[Dataset | Skipped]:
    for source in sources:
        if isinstance(source, Mapping):
            for name, table in source.items():
                yield from discover(table, name=str(name))
        else:
            yield from discover(source)


def _limited(dataset: Dataset, limit: int | None) -> tuple[Iterator[pa.RecordBatch], list[bool]]:
    """Batches of at most ``limit`` rows, and a flag set when more rows existed."""
    more = [False]

    def gen() -> Iterator[pa.RecordBatch]:
        ask = None if limit is None else limit + 1
        seen = 0
        for batch in dataset.batches(ask):
            if limit is not None and seen + batch.num_rows > limit:
                more[0] = True
                batch = batch.slice(0, limit - seen)
            seen += batch.num_rows
            if batch.num_rows:
                yield batch
            if more[0]:
                return

    return gen(), more


def _reading(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch | InputError]:
    """The batches, then (if reading fails) the error as the last item.

    Only reading is guarded: a failure while profiling is a bug and must surface.
    """
    try:
        yield from batches
    except InputError as exc:
        yield exc
    except (pa.ArrowException, OSError) as exc:
        yield InputError(f"read error ({exc.__class__.__name__})")


def _read_error(dataset: Dataset, rows: int, exc: PiguardError) -> Skipped:
    where = f"after {rows} rows" if rows else "before any row"
    return Skipped(dataset.name, f"reading stopped {where}: {exc}", type(exc).__name__)


def _scan_table(dataset: Dataset, limit: int | None, detector: Any, threads: int,
                report: Callable[..., None]) -> tuple[DatasetResult | None, Skipped | None]:
    profile = TableProfile()
    batches, more = _limited(dataset, limit)
    skipped = None
    for batch in _reading(batches):
        if isinstance(batch, InputError):
            skipped = _read_error(dataset, profile.rows, batch)
            if profile.rows == 0:
                return None, skipped
            break
        profile = profile.merge(profile_batch(batch, detector=detector, threads=threads))
        report(profile.rows)
    stats = dataset.stats
    notes = []
    if getattr(stats, "bad_rows", 0):
        notes.append(f"{stats.bad_rows} malformed rows skipped")
    if skipped is not None:
        notes.append(skipped.reason)
    sampled = more[0] or (dataset.rows_total is not None and profile.rows < dataset.rows_total)
    return DatasetResult(
        dataset.name, dataset.location, dataset.format,
        getattr(stats, "encoding", None) or dataset.encoding,
        dataset.rows_total if dataset.rows_total is not None else (None if sampled else profile.rows),
        profile.rows, sampled, dataset.sample_method, dataset.bytes, classify(profile), notes,
    ), skipped


def _scan_text(dataset: Dataset, limit: int | None, detector: Any,
               report: Callable[..., None]) -> tuple[TextResult | None, Skipped | None]:
    if detector is None:
        return None, Skipped(dataset.name, "free-text detection is switched off or not installed",
                             "UnsupportedFormat")
    from piguard.taxonomy import category, category_of

    counts: dict[str, dict[str, Any]] = {}
    lines_scanned = 0
    batches, more = _limited(dataset, limit)
    skipped = None
    for batch in _reading(batches):
        if isinstance(batch, InputError):
            skipped = _read_error(dataset, lines_scanned, batch)
            if lines_scanned == 0:
                return None, skipped
            break
        lines = batch.column("text").to_pylist()
        numbers = batch.column("line").to_pylist()
        _detect_lines(lines, numbers, detector, counts)
        lines_scanned += len(lines)
        report(lines_scanned)
    findings = []
    for kind, data in sorted(counts.items(), key=lambda kv: -kv[1]["count"]):
        code = category_of(kind)
        findings.append({"entity_type": kind, "category": code,
                         "sensitive": category(code).sensitive, "count": data["count"],
                         "lines": data["lines"], "evidence": data["evidence"]})
    stats = dataset.stats
    notes = [skipped.reason] if skipped else []
    long_lines = getattr(stats, "long_line_count", 0)
    if long_lines:
        shown = ", ".join(str(n) for n in stats.long_lines[:10])
        notes.append(f"{long_lines} over-long lines skipped (lines {shown})")
    return TextResult(dataset.name, dataset.location, getattr(stats, "encoding", None),
                      lines_scanned, more[0], dataset.bytes, long_lines, findings, notes), skipped


def _detect_lines(lines: list[str], numbers: list[int], detector: Any,
                  counts: dict[str, dict[str, Any]]) -> None:
    """Findings per type over a batch of lines (one detector call per batch)."""
    for line, number, findings in zip(lines, numbers, detector(lines), strict=True):
        for finding in findings:
            entry = counts.setdefault(finding.entity_type,
                                      {"count": 0, "lines": 0, "last": None, "evidence": []})
            entry["count"] += 1
            if entry["last"] != number:
                entry["lines"] += 1
                entry["last"] = number
            if len(entry["evidence"]) < EVIDENCE_PER_TYPE:
                masked = mask_value(line[finding.start:finding.end], finding.entity_type)
                if masked not in entry["evidence"]:
                    entry["evidence"].append(masked)
