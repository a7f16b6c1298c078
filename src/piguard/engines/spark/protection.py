"""``protect`` on Spark: the operators of :mod:`piguard.protect`, scaled out.

The driver decides what happens to each column exactly as the local engine does
(profile the first ``sample_rows`` rows, then
:func:`~piguard.protect.table.plan_columns`), so both engines make the same
plan. Executors receive a :class:`ProtectPlan` — the policy, the column
classification and the key material sealed in :class:`~piguard.engines.spark.secrets.Secret`
— and rebuild the operators from it once per Python worker; every batch then
goes through :func:`~piguard.protect.table.protect_batch`, the very function the
local engine runs. Same key, same plan, same function: same pseudonyms.

Counts (values changed per column, spans per entity type in free text) come
back through a Spark accumulator and fill the same manifest as a local run.
Spark re-runs failed or speculative tasks, and accumulators inside
transformations may then count a task twice: the manifest's counts are exact
when no task was retried.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from piguard.engines.spark.runner import map_batches, new_plan_id
from piguard.engines.spark.secrets import Secret
from piguard.errors import InputError
from piguard.protect.api import Detector, bind_policy, profile_columns, table_manifest
from piguard.protect.keys import KeyMaterial, KeyProvider
from piguard.protect.policy import BoundPolicy, Policy
from piguard.protect.table import BatchStats, ColumnPlan, plan_columns, protect_batch
from piguard.protect.text import TextStats

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["ProtectPlan", "SparkProtection", "protect", "protect_dataframe", "protect_path"]

SAMPLE_ROWS = 20_000  # rows profiled to plan the columns, as the local engine does


@dataclass(frozen=True)
class ProtectPlan:
    """What executors need to protect batches; operators are rebuilt from it."""

    policy: Policy
    keys: tuple[tuple[str, int, Secret], ...]
    names: tuple[str, ...]
    results: tuple[Any, ...]  # ColumnResult of the planning sample
    types: tuple[str, ...] | None = None
    output_schema: pa.Schema | None = None
    plan_id: str = field(default_factory=new_plan_id)

    @classmethod
    def seal(cls, bound: BoundPolicy, names: list[str], results: list[Any],
             types: list[str] | None, output_schema: pa.Schema | None = None) -> ProtectPlan:
        keys = tuple((m.key_id, m.version, Secret(m.secret, label=m.ref))
                     for m in bound.keys.values())
        return cls(bound.policy, keys, tuple(names), tuple(results),
                   None if types is None else tuple(types), output_schema)

    def bind(self) -> BoundPolicy:
        """The policy bound to the shipped key versions (on the executor)."""
        materials = {key_id: KeyMaterial(key_id, version, secret.reveal())
                     for key_id, version, secret in self.keys}
        return BoundPolicy(self.policy, materials)

    def build(self) -> _ProtectWorker:
        bound = self.bind()
        detector = Detector(None if self.types is None else list(self.types))
        return _ProtectWorker(self, bound, plan_columns(list(self.names), list(self.results),
                                                        bound), detector)


@dataclass
class _ProtectWorker:
    plan: ProtectPlan
    bound: BoundPolicy
    columns: list[ColumnPlan]
    detector: Detector


def _counts(stats: BatchStats) -> dict[str, Any]:
    """Counts for the manifest (originals go, hashed, only into the verification index)."""
    text = {}
    for name, ts in stats.text.items():
        text[name] = TextStats(by_type=ts.by_type)
    return {"rows": stats.rows, "changed": dict(stats.changed), "text": text}


def _protect(worker: _ProtectWorker, batch: pa.RecordBatch
             ) -> tuple[pa.RecordBatch, dict[str, Any], list[pa.Array]]:
    out, stats = protect_batch(batch, worker.columns, worker.bound, detector=worker.detector)
    schema = worker.plan.output_schema
    if schema is not None and not out.schema.equals(schema):
        out = pa.RecordBatch.from_arrays(
            [col.cast(fld.type) if col.type != fld.type else col
             for col, fld in zip(out.columns, schema, strict=True)], schema=schema)
    return out, _counts(stats), stats.hidden


def _stats_param():
    from pyspark.accumulators import AccumulatorParam

    class _StatsParam(AccumulatorParam):
        def zero(self, value: Any) -> dict[str, Any]:
            return {"rows": 0, "changed": {}, "text": {}}

        def addInPlace(self, a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
            a["rows"] += b["rows"]
            for name, n in b["changed"].items():
                a["changed"][name] = a["changed"].get(name, 0) + n
            for name, ts in b["text"].items():
                a["text"].setdefault(name, TextStats()).merge(ts)
            return a

    return _StatsParam()


def _as_batch_stats(counts: dict[str, Any]) -> BatchStats:
    return BatchStats(rows=counts["rows"], changed=dict(counts["changed"]),
                      text=dict(counts["text"]))


@dataclass
class SparkProtection:
    """A protected DataFrame (lazy) and what is needed to write its manifest."""

    dataframe: DataFrame
    plans: list[ColumnPlan]
    bound: BoundPolicy
    ephemeral: bool
    detector: Detector
    sampled_rows: int
    _accumulator: Any = field(repr=False)
    _originals: Any = field(default=None, repr=False)

    def originals(self) -> Any:
        """The :class:`~piguard.protect.verify.OriginalIndex` of hidden originals, or None."""
        return None if self._originals is None else self._originals.value

    def stats(self) -> BatchStats:
        """Counts gathered by the executors; complete once the DataFrame was written."""
        return _as_batch_stats(self._accumulator.value)

    def manifest(self) -> dict[str, Any]:
        """The local engine's manifest shape, from the counts gathered so far."""
        manifest = table_manifest(self.plans, self.stats(), self.bound, self.ephemeral,
                                  self.detector)
        manifest["sampled_rows"] = self.sampled_rows
        manifest["ephemeral_key"] = self.ephemeral
        manifest["engine"] = "spark"
        return manifest


def _arrow_schema(df: DataFrame) -> pa.Schema:
    from pyspark.sql.pandas.types import to_arrow_schema

    return to_arrow_schema(df.schema)


def _head(df: DataFrame, rows: int) -> list[pa.RecordBatch]:
    table = df.limit(rows).toArrow()
    return table.to_batches(max_chunksize=65_536)


def protect_dataframe(df: DataFrame, policy: Policy | str | Path | None = None, *,
                      keys: KeyProvider | None = None, types: list[str] | None = None,
                      allow_ephemeral: bool = False, sample_rows: int = SAMPLE_ROWS,
                      head: list[pa.RecordBatch] | None = None, collect_originals: bool = False,
                      ) -> SparkProtection:
    """Protect a Spark DataFrame lazily; write ``.dataframe`` to run the job.

    ``head`` (the first rows, as Arrow batches) replaces reading the planning
    sample from ``df`` — the file entry point passes the rows the local reader
    sees first, so that both engines plan from the same rows.
    """
    from pyspark.sql.pandas.types import from_arrow_schema

    bound, ephemeral = bind_policy(policy, keys, allow_ephemeral=allow_ephemeral)
    detector = Detector(types)
    sample = head if head is not None else _head(df, sample_rows)
    names = list(df.columns)
    results = profile_columns(sample, detector) if sample else []
    plans = plan_columns(names, results, bound)
    # The output schema: run the plan on a few rows of Spark's own Arrow types.
    probe_rows = _head(df, 64) or [pa.RecordBatch.from_pylist([], schema=_arrow_schema(df))]
    probe, _ = protect_batch(pa.Table.from_batches(probe_rows).combine_chunks().to_batches()[0]
                             if probe_rows[0].num_rows else probe_rows[0], plans, bound,
                             detector=detector)
    schema = _nullable(probe.schema)
    plan = ProtectPlan.seal(bound, names, results, types, schema)
    context = df.sparkSession.sparkContext
    accumulator = context.accumulator({"rows": 0, "changed": {}, "text": {}}, _stats_param())
    originals = None
    if collect_originals:
        from piguard.engines.spark.verification import index_accumulator

        originals = index_accumulator(context)

    def transform(worker: _ProtectWorker, batch: pa.RecordBatch) -> pa.RecordBatch:
        out, counts, hidden = _protect(worker, batch)
        accumulator.add(counts)
        if originals is not None:
            for values in hidden:
                originals.add(values)
        return out

    out = map_batches(df, plan, transform, from_arrow_schema(schema), name="piguard_protect")
    return SparkProtection(out, plans, bound, ephemeral, detector,
                           sum(b.num_rows for b in sample), accumulator, originals)


def protect(df: DataFrame, policy: Policy | str | Path | None = None, *,
            keys: KeyProvider | None = None, types: list[str] | None = None,
            allow_ephemeral: bool = False) -> DataFrame:
    """The protected DataFrame (lazy); see :func:`protect_dataframe` for the manifest."""
    return protect_dataframe(df, policy, keys=keys, types=types,
                             allow_ephemeral=allow_ephemeral).dataframe


def _nullable(schema: pa.Schema) -> pa.Schema:
    return pa.schema([pa.field(f.name, pa.string() if pa.types.is_null(f.type) else f.type,
                               nullable=True) for f in schema])


def _local_head(path: str, rows: int) -> list[pa.RecordBatch] | None:
    """The first rows as the local reader yields them (None for remote inputs)."""
    if "://" in path and not path.startswith("file://"):
        return None
    from piguard.io import Dataset, discover

    local = Path(path)
    if local.is_dir():
        return None
    datasets = [d for d in discover(str(local)) if isinstance(d, Dataset)]
    if len(datasets) != 1:
        return None
    head, seen = [], 0
    for batch in datasets[0].batches():
        head.append(batch)
        seen += batch.num_rows
        if seen >= rows:
            break
    return head


def _digest_files(folder: Path) -> list[dict[str, str]]:
    out = []
    for part in sorted(folder.iterdir()):
        if part.is_file() and not part.name.startswith((".", "_")):
            digest = hashlib.sha256()
            with open(part, "rb") as handle:
                for block in iter(lambda h=handle: h.read(1 << 20), b""):
                    digest.update(block)
            out.append({"file": part.name, "sha256": digest.hexdigest()})
    return out


def protect_path(source: str, target: str, *, session: SparkSession | None = None,
                 master: str | None = "local[*]", policy: Policy | str | Path | None = None,
                 keys: KeyProvider | None = None, types: list[str] | None = None,
                 allow_ephemeral: bool = False, output_format: str | None = None,
                 manifest_path: str | Path | None = None, sample_rows: int = SAMPLE_ROWS,
                 verify: bool = True) -> dict[str, Any]:
    """Protect a Parquet/CSV file or folder into a folder of part files; returns the manifest.

    The manifest (the local engine's shape, ``engine: spark``) is written beside
    the output as ``OUTPUT.manifest.json``. ``verify`` reads the output back on
    Spark and checks that no hidden original survives in it
    (:mod:`~piguard.engines.spark.verification`).
    """
    from piguard.engines.spark.files import input_format, read_dataframe, write_dataframe
    from piguard.engines.spark.session import spark_session
    from piguard.io import write_text

    if Path(target).resolve() == Path(source).resolve():
        raise InputError("output would overwrite the input; choose another path")
    fmt = input_format(source)
    out_fmt = output_format or _target_format(target, fmt)
    session = session or spark_session(master)
    df = read_dataframe(session, source, fmt)
    job = protect_dataframe(df, policy, keys=keys, types=types, allow_ephemeral=allow_ephemeral,
                            sample_rows=sample_rows, head=_local_head(source, sample_rows),
                            collect_originals=verify)
    write_dataframe(job.dataframe, target, out_fmt)
    manifest = job.manifest()
    from piguard.engines.spark.scanning import _encoding

    manifest["input"] = {"source": source, "format": fmt, "encoding": _encoding(source, fmt),
                         "rows": manifest["rows"]}
    manifest["output"] = {"target": target, "format": out_fmt}
    if "://" not in target:
        manifest["output"]["files"] = _digest_files(Path(target))
    if verify:
        from piguard.engines.spark.verification import verify_dataframe

        written = read_dataframe(session, target, out_fmt)
        manifest["verification"] = verify_dataframe(written, job.originals())
    manifest["created"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    path = Path(manifest_path) if manifest_path else Path(target).with_name(
        Path(target).name + ".manifest.json")
    write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", path)
    manifest["manifest_path"] = str(path)
    return manifest


def _target_format(target: str, source_format: str) -> str:
    suffix = Path(target).suffix.lower()
    return {".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".tsv": "tsv"}.get(
        suffix, source_format)
