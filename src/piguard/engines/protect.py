"""Protection on one machine: texts, in-memory tables, files and SQL tables.

``piguard.protect(data, policy)`` is the Python entry point (exported by ``piguard``):
a string comes back protected as a string, a list of strings as a list, an Arrow
table / record batch, Polars or pandas DataFrame as the same kind of object.

:func:`protect_file` is what ``piguard protect`` runs: it streams CSV/TSV, JSON Lines,
Parquet, Excel, free-text/log files or a SQL table in bounded memory, decides a plan
per column from a sample at the head of the input, writes atomically, puts a manifest
(JSON) beside the output and then reads the output back for the verification pass.
:func:`reidentify_file` reverses the reversible columns of a protected output for an
authorised user and appends to the re-identification log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from piguard.errors import ConfigError, InputError, KeyNotFound, PolicyError
from piguard.protect import operators as ops
from piguard.protect.keys import EnvKeyProvider, InMemoryKeyProvider, KeyProvider
from piguard.protect.policy import BoundPolicy, Policy, default_policy, load
from piguard.protect.reidlog import ReidentificationLog
from piguard.protect.table import BatchStats, ColumnPlan, plan_columns, protect_batch
from piguard.protect.text import TextStats, protect_texts
from piguard.protect.verify import OriginalIndex, OutputCheck

__all__ = ["MANIFEST_SCHEMA", "bind_policy", "protect", "protect_file", "reidentify_file"]

MANIFEST_SCHEMA = "piguard.protect.manifest/1"
SAMPLE_ROWS = 20_000
Progress = Callable[[int, int | None], None]


# -- policy and keys ----------------------------------------------------------------
def _as_policy(policy: Policy | str | Path | None) -> Policy:
    if policy is None:
        return default_policy()
    if isinstance(policy, Policy):
        return policy
    return load(policy)


def bind_policy(policy: Policy | str | Path | None, keys: KeyProvider | None,
                *, allow_ephemeral: bool = True) -> tuple[BoundPolicy, bool]:
    """Bind keys; with no provider, use environment keys, else (if allowed) a one-off key.

    Returns the bound policy and whether an ephemeral key was used (pseudonyms made with
    it cannot be matched with any later run: the manifest says so).
    """
    resolved = _as_policy(policy)
    if keys is not None:
        return resolved.bind(keys), False
    try:
        return resolved.bind(EnvKeyProvider()), False
    except KeyNotFound:
        if not allow_ephemeral:
            raise
    warnings.warn("no key provider and no PIGUARD_KEY_* variables: using a one-off random key;"
                  " pseudonyms will not match other runs", UserWarning, stacklevel=3)
    ephemeral = InMemoryKeyProvider()
    for key_id in resolved.key_ids():
        ephemeral.add(key_id)
    return resolved.bind(ephemeral), True


# -- detection ----------------------------------------------------------------------
class _Detector:
    """``detect_many`` with a fallback when the name/address model is unavailable."""

    def __init__(self, types: Iterable[str] | None = None) -> None:
        self.types = None if types is None else sorted(set(types))
        self.note: str | None = None

    def __call__(self, texts: Sequence[str]) -> list[list[Any]]:
        from piguard.detect.engine import detect_many

        try:
            return detect_many(list(texts), self.types)
        except ConfigError as exc:
            from piguard.detect.registry import MODEL_TYPES, parse_types

            wanted = parse_types(self.types)
            if not wanted & MODEL_TYPES:
                raise
            self.types = sorted(wanted - MODEL_TYPES)
            self.note = f"names and addresses not detected: {exc}"
            warnings.warn(self.note, UserWarning, stacklevel=2)
            return detect_many(list(texts), self.types)


def _profile(batches: Sequence[pa.RecordBatch], detector: _Detector) -> list[Any]:
    from piguard.detect.columns import TableProfile, classify, profile_batch

    total = TableProfile()
    for batch in batches:
        total = total.merge(profile_batch(batch, detector=detector))
    return classify(total)


# -- Python API ---------------------------------------------------------------------
def protect(data: Any, policy: Policy | str | Path | None = None, *,
            keys: KeyProvider | None = None, types: Iterable[str] | None = None,
            with_manifest: bool = False) -> Any:
    """Protect a text, a list of texts or a table with ``policy`` (default: PIPL default).

    >>> from piguard.protect.keys import InMemoryKeyProvider
    >>> keys = InMemoryKeyProvider({"default": bytes(32)})
    >>> protect("手机13812345678", keys=keys, types=["PHONE"])
    '手机138****5678'
    """
    bound, ephemeral = bind_policy(policy, keys)
    detector = _Detector(types)
    if isinstance(data, str):
        out, _ = protect_texts([data], bound, detector=detector)
        return out[0]
    if isinstance(data, list | tuple) and all(isinstance(t, str | None) for t in data):
        out, stats = protect_texts(list(data), bound, detector=detector)
        if with_manifest:
            return out, _text_manifest(stats, bound, ephemeral, len(data))
        return out
    table, restore = _to_arrow(data)
    batches = table.to_batches(max_chunksize=65_536) or [pa.record_batch(
        [pa.array([], f.type) for f in table.schema], schema=table.schema)]
    plans = plan_columns(table.schema.names, _profile(batches, detector), bound)
    total = BatchStats()
    out_batches = []
    for batch in batches:
        new, stats = protect_batch(batch, plans, bound, detector=detector)
        total.merge(stats)
        out_batches.append(new)
    result = restore(pa.Table.from_batches(out_batches))
    if with_manifest:
        return result, _table_manifest(plans, total, bound, ephemeral, detector)
    return result


def _to_arrow(data: Any) -> tuple[pa.Table, Callable[[pa.Table], Any]]:
    if isinstance(data, pa.Table):
        return data, lambda t: t
    if isinstance(data, pa.RecordBatch):
        return pa.Table.from_batches([data]), lambda t: t.combine_chunks().to_batches()[0]
    module = type(data).__module__.split(".")[0]
    if module == "polars":
        import polars as pl

        return data.to_arrow(), lambda t: pl.from_arrow(t)
    if module == "pandas":
        return pa.Table.from_pandas(data, preserve_index=False), lambda t: t.to_pandas()
    raise InputError(f"cannot protect a {type(data).__name__}: give text, an Arrow table, "
                     "or a Polars/pandas DataFrame")


# -- manifests ----------------------------------------------------------------------
def _keys_used(bound: BoundPolicy) -> list[dict[str, Any]]:
    return [{"key_id": k.key_id, "version": k.version} for k in bound.keys.values()]


def _policy_facts(bound: BoundPolicy) -> dict[str, Any]:
    facts = bound.policy.to_dict()
    facts["sha256"] = hashlib.sha256(json.dumps(facts, sort_keys=True, ensure_ascii=False)
                                     .encode("utf-8")).hexdigest()
    return facts


def _base_manifest(bound: BoundPolicy, ephemeral: bool) -> dict[str, Any]:
    from piguard import __version__

    return {"schema": MANIFEST_SCHEMA, "piguard_version": __version__,
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "policy": _policy_facts(bound), "keys": _keys_used(bound),
            "ephemeral_key": ephemeral}


def _text_manifest(stats: TextStats, bound: BoundPolicy, ephemeral: bool, docs: int,
                   note: str | None = None) -> dict[str, Any]:
    manifest = _base_manifest(bound, ephemeral)
    manifest["documents"] = docs
    manifest["entities"] = {k: v.to_dict() for k, v in sorted(stats.by_type.items())}
    manifest["residual"] = [{"entity_type": k, "found": v.found}
                            for k, v in sorted(stats.by_type.items()) if v.operator is None]
    if note:
        manifest["notes"] = [note]
    return manifest


def _table_manifest(plans: list[ColumnPlan], total: BatchStats, bound: BoundPolicy,
                    ephemeral: bool, detector: _Detector) -> dict[str, Any]:
    manifest = _base_manifest(bound, ephemeral)
    manifest["rows"] = total.rows
    columns, residual = [], []
    for plan in plans:
        entry = plan.to_dict()
        entry["values_changed"] = total.changed.get(plan.name, 0)
        if plan.name in total.text:
            entities = total.text[plan.name].by_type
            entry["entities"] = {k: v.to_dict() for k, v in sorted(entities.items())}
            residual.extend({"column": plan.name, "entity_type": k, "found": v.found}
                            for k, v in sorted(entities.items()) if v.operator is None)
        if plan.residual:
            residual.append({"column": plan.name, "entity_type": plan.entity_type,
                             "category": plan.category, "share": entry["share"]})
        columns.append(entry)
    manifest["columns"] = columns
    manifest["residual"] = residual
    if detector.note:
        manifest["notes"] = [detector.note]
    return manifest


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
    detector = _Detector(types)
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
        plans = plan_columns(head[0].schema.names if head else [], _profile(head, detector),
                             bound)
        total = BatchStats()

        def protected() -> Iterator[pa.RecordBatch]:
            for batch in _chain(head, batches):
                new, stats = protect_batch(batch, plans, bound, detector=detector)
                for hidden in stats.hidden:
                    index.add(hidden)
                stats.hidden = []
                total.merge(stats)
                tick(batch)
                yield new

        _write_batches(protected(), target, output_format, dataset)
        manifest = _table_manifest(plans, total, bound, ephemeral, detector)
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
    return _text_manifest(total, bound, False, documents, detector.note)


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
    if not actor or not purpose:
        raise PolicyError("re-identification needs --actor and --purpose")
    doc = manifest if isinstance(manifest, dict) else json.loads(Path(manifest).read_text("utf-8"))
    if doc.get("schema") != MANIFEST_SCHEMA:
        raise PolicyError("not a piguard protection manifest")
    manifest_sha = hashlib.sha256(json.dumps(doc, sort_keys=True, ensure_ascii=False)
                                  .encode("utf-8")).hexdigest()
    reversers: dict[str, ops.Operator] = {}
    for entry in doc.get("columns", []):
        desc = entry.get("operator") or {}
        name = desc.get("operator")
        if entry.get("mode") != "value" or name not in ("encrypt", "fpe"):
            continue
        if columns and entry["column"] not in columns:
            continue
        key_id, _, version = str(desc.get("key", "")).partition("@")
        key = keys.get(key_id, int(version) if version else None)
        params = {k: v for k, v in desc.items() if k not in ("operator", "key", "entity_type")}
        reversers[entry["column"]] = ops.build(name, params, entity_type=desc.get("entity_type"),
                                               key=key)
    if columns:
        missing = sorted(set(columns) - set(reversers))
        if missing:
            raise PolicyError(f"column {missing[0]!r} was not protected reversibly")
    if not reversers:
        raise PolicyError("no reversible column in this output (only encrypt and fpe reverse)")
    dataset = _open_input(source)
    counts = dict.fromkeys(reversers, 0)

    def restored() -> Iterator[pa.RecordBatch]:
        for batch in dataset.batches():
            arrays = []
            for name, column in zip(batch.schema.names, batch.columns, strict=True):
                op = reversers.get(name)
                if op is not None:
                    column = op.reverse_array(column)  # type: ignore[attr-defined]
                    counts[name] += len(column) - column.null_count
                arrays.append(column)
            yield pa.RecordBatch.from_arrays(arrays, names=batch.schema.names)

    _write_batches(restored(), target, None, dataset)
    log_file = ReidentificationLog(log)
    records = []
    by_key: dict[tuple[str, int, str], list[str]] = {}
    for name, op in reversers.items():
        ref = op.key  # type: ignore[attr-defined]
        by_key.setdefault((ref.key_id, ref.version, op.name), []).append(name)
    for (key_id, version, op_name), cols in by_key.items():
        records.append(log_file.append(
            actor=actor, purpose=purpose, key_ref=(key_id, version), operator=op_name,
            values=sum(counts[c] for c in cols), columns=cols, source=str(source),
            manifest_sha256=manifest_sha))
    return {"columns": counts, "log": str(log), "log_seq": [r["seq"] for r in records]}
