"""Protection on one machine: files and SQL tables, streamed in bounded memory.

:func:`protect_file` is what ``piguard protect`` runs: it streams CSV/TSV, JSON Lines,
Parquet, Excel, free-text/log files or a SQL table, decides a plan per column from a
sample at the head of the input, writes atomically, puts a manifest (JSON) beside the
output and then reads the output back for the verification pass.
:func:`reidentify_file` reverses the reversible columns of a protected output for an
authorised user and appends to the re-identification log.

:func:`protect` (``piguard.protect``) is the in-memory API of
:mod:`piguard.protect.api`, re-exported here.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from piguard.errors import InputError
from piguard.protect.api import (
    MANIFEST_SCHEMA,
    Detector,
    bind_policy,
    profile_columns,
    protect,
    table_manifest,
    text_manifest,
)
from piguard.protect.keys import KeyProvider
from piguard.protect.policy import BoundPolicy, Policy
from piguard.protect.reidentify import Reidentifier, reidentify
from piguard.protect.table import BatchStats, plan_columns, protect_batch
from piguard.protect.text import TextStats, protect_texts
from piguard.protect.verify import OriginalIndex, OutputCheck

__all__ = ["MANIFEST_SCHEMA", "bind_policy", "default_manifest_path", "protect", "protect_file",
           "reidentify", "reidentify_file"]

SAMPLE_ROWS = 20_000
THREADS = min(4, os.cpu_count() or 1)
Progress = Callable[[int, int | None], None]


# -- files --------------------------------------------------------------------------
def _open_input(source: str | Path):
    from piguard.io import Dataset, Skipped, discover

    items = list(discover(str(source)))
    datasets = [i for i in items if isinstance(i, Dataset)]
    if not datasets:
        reason = items[0].reason if items and isinstance(items[0], Skipped) else "nothing to read"
        raise InputError(f"cannot read {source}: {reason}")
    if len(datasets) > 1:
        raise InputError(f"{source} holds {len(datasets)} tables; name one "
                         "(for a database URL add ?table=NAME)")
    return datasets[0]


def _head(batches: Iterator[pa.RecordBatch], rows: int) -> list[pa.RecordBatch]:
    head, seen = [], 0
    for batch in batches:
        head.append(batch)
        seen += batch.num_rows
        if seen >= rows:
            break
    return head


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def protect_file(source: str | Path, target: str | Path, *,
                 policy: Policy | str | Path | None = None, keys: KeyProvider | None = None,
                 allow_ephemeral: bool = False, types: Iterable[str] | None = None,
                 output_format: str | None = None, manifest_path: str | Path | None = None,
                 verify: bool = True, sample_rows: int = SAMPLE_ROWS,
                 progress: Progress | None = None) -> dict[str, Any]:
    """Protect one file or SQL table into ``target``; returns the manifest (also written).

    ``target`` is a file path, or for a SQL source a database URL with ``?table=NEW``.
    """
    from piguard.io import is_sql_url

    bound, ephemeral = bind_policy(policy, keys, allow_ephemeral=allow_ephemeral)
    dataset = _open_input(source)
    detector = Detector(types)
    sql_target = is_sql_url(str(target))
    if not sql_target and Path(target).resolve() == Path(str(source)).resolve():
        raise InputError("output would overwrite the input; choose another path")
    index = OriginalIndex()
    batches = dataset.batches()
    done = 0

    def tick(batch: pa.RecordBatch) -> None:
        nonlocal done
        done += batch.num_rows
        if progress:
            progress(done, dataset.rows_total)

    if dataset.kind == "text":
        manifest = _protect_text_file(dataset, batches, Path(target), bound, detector, index,
                                      tick)
    else:
        head = _head(batches, sample_rows)
        plans = plan_columns(head[0].schema.names if head else [], profile_columns(head, detector),
                             bound)
        total = BatchStats()

        def protected() -> Iterator[pa.RecordBatch]:
            for batch in _chain(head, batches):
                new, stats = protect_batch(batch, plans, bound, detector=detector,
                                           threads=THREADS)
                for hidden in stats.hidden:
                    index.add(hidden)
                stats.hidden = []
                total.merge(stats)
                tick(batch)
                yield new

        _write_batches(protected(), target, output_format, dataset)
        manifest = table_manifest(plans, total, bound, ephemeral, detector)
        manifest["sampled_rows"] = sum(b.num_rows for b in head)
    manifest["ephemeral_key"] = ephemeral
    manifest["input"] = {"source": dataset.location, "format": dataset.format,
                         "encoding": dataset.encoding, "rows": done}
    manifest["output"] = {"target": str(target)}
    if not sql_target:
        manifest["output"]["sha256"] = _sha256(Path(target))
    if verify:
        manifest["verification"] = _verify_output(target, dataset.kind, index)
    path = Path(manifest_path) if manifest_path else default_manifest_path(target)
    from piguard.io import write_text

    write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", path)
    manifest["manifest_path"] = str(path)
    return manifest


def default_manifest_path(target: str | Path) -> Path:
    """``OUTPUT.manifest.json``; for a database URL, beside the database file."""
    from piguard.io import is_sql_url, parse_sql_url

    if is_sql_url(str(target)):
        url = parse_sql_url(str(target))
        if url.scheme == "postgresql":
            return Path(f"{url.table or 'output'}.manifest.json")
        return Path(f"{url.target}.{url.table}.manifest.json")
    target = Path(target)
    return target.with_name(target.name + ".manifest.json")


def _chain(head: list[pa.RecordBatch], rest: Iterator[pa.RecordBatch]
           ) -> Iterator[pa.RecordBatch]:
    yield from head
    yield from rest


def _write_batches(batches: Iterator[pa.RecordBatch], target: str | Path,
                   output_format: str | None, dataset) -> None:
    from piguard.io import is_sql_url, open_writer, parse_sql_url, write_sql_table

    if is_sql_url(str(target)):
        url = parse_sql_url(str(target))
        if not url.table:
            raise InputError("name the output table: add ?table=NAME to the output URL")
        write_sql_table(str(target), url.table, batches, if_exists="fail")
        return
    fmt = output_format or _format_for(Path(target), dataset.format)
    encoding = dataset.encoding if fmt in ("csv", "tsv") and dataset.encoding in (
        "utf-8", "utf-8-sig", "gb18030") else "utf-8"
    first = next(batches, None)
    with open_writer(target, fmt, encoding=encoding,
                     schema=first.schema if first is not None else None) as writer:
        if first is not None:
            writer.write(first)
        for batch in batches:
            writer.write(batch)


def _format_for(target: Path, source_format: str) -> str:
    from piguard.errors import UnsupportedFormat
    from piguard.io import detect_format

    try:
        fmt = detect_format(target)
    except UnsupportedFormat:
        fmt = source_format
    if fmt not in ("csv", "tsv", "jsonl", "parquet"):
        raise InputError(f"cannot write tables as {fmt!r}: use .csv, .tsv, .jsonl or .parquet")
    return fmt


def _protect_text_file(dataset, batches, target: Path, bound: BoundPolicy, detector, index,
                       tick) -> dict[str, Any]:
    from piguard.io import atomic_file

    total = TextStats()
    documents = 0
    with atomic_file(target) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as out:
        for batch in batches:
            texts = batch.column("text").to_pylist()
            new, stats = protect_texts(texts, bound, detector=detector)
            index.add(pa.array(stats.hidden, pa.string()))
            stats.hidden = []
            total.merge(stats)
            documents += len(texts)
            out.writelines(f"{line}\n" for line in new)
            tick(batch)
    return text_manifest(total, bound, False, documents, detector.note)


def _verify_output(target: str | Path, kind: str, index: OriginalIndex) -> dict[str, Any]:
    check = OutputCheck(index)
    if kind == "text":
        from piguard.io import read_text_batches

        for batch in read_text_batches(target, encoding="utf-8"):
            check.batch(batch.select(["text"]))
    else:
        for batch in _open_input(target).batches():
            check.batch(batch)
    return check.report()


# -- re-identification --------------------------------------------------------------
def reidentify_file(source: str | Path, target: str | Path, manifest: str | Path | dict, *,
                    keys: KeyProvider, actor: str, purpose: str,
                    log: str | Path, columns: Sequence[str] | None = None) -> dict[str, Any]:
    """Reverse the reversible columns of a protected output and log the access.

    Only columns whose manifest operator is reversible (``encrypt``, ``fpe``) can be
    restored; the key version recorded in the manifest is used, so rotation never
    strands older outputs. Returns a summary (columns, values, log record sequence).
    """
    worker = Reidentifier(manifest, keys, actor=actor, purpose=purpose, columns=columns)
    dataset = _open_input(source)
    _write_batches(worker.batches(dataset.batches()), target, None, dataset)
    records = worker.log(log, source=str(source))
    return {"columns": dict(worker.counts), "log": str(log),
            "log_seq": [r["seq"] for r in records]}
