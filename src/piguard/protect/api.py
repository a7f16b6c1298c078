"""The in-memory protection API: ``piguard.protect(data, policy)``.

A string comes back protected as a string, a list of strings as a list, an Arrow
table / record batch, Polars or pandas DataFrame as the same kind of object. With
``with_manifest=True`` the call also returns the manifest (operators, key IDs and
versions, values changed, residual PI). File and SQL pipelines live in
:mod:`piguard.engines.protect`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from piguard.errors import ConfigError, InputError, KeyNotFound
from piguard.protect.keys import EnvKeyProvider, InMemoryKeyProvider, KeyProvider
from piguard.protect.policy import BoundPolicy, Policy, default_policy, load
from piguard.protect.table import BatchStats, ColumnPlan, plan_columns, protect_batch
from piguard.protect.text import TextStats, protect_texts

__all__ = ["MANIFEST_SCHEMA", "Detector", "bind_policy", "profile_columns", "protect",
           "table_manifest", "text_manifest"]

MANIFEST_SCHEMA = "piguard.protect.manifest/1"


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
class Detector:
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


def profile_columns(batches: Sequence[pa.RecordBatch], detector: Detector) -> list[Any]:
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
    detector = Detector(types)
    if isinstance(data, str) or (
            isinstance(data, list | tuple) and all(isinstance(t, str | None) for t in data)):
        texts = [data] if isinstance(data, str) else list(data)
        out, stats = protect_texts(texts, bound, detector=detector)
        result = out[0] if isinstance(data, str) else out
        if with_manifest:
            return result, text_manifest(stats, bound, ephemeral, len(texts), detector.note)
        return result
    table, restore = _to_arrow(data)
    batches = table.to_batches(max_chunksize=65_536) or [pa.record_batch(
        [pa.array([], f.type) for f in table.schema], schema=table.schema)]
    plans = plan_columns(table.schema.names, profile_columns(batches, detector), bound)
    total = BatchStats()
    out_batches = []
    for batch in batches:
        new, stats = protect_batch(batch, plans, bound, detector=detector, threads=2)
        total.merge(stats)
        out_batches.append(new)
    result = restore(pa.Table.from_batches(out_batches))
    if with_manifest:
        return result, table_manifest(plans, total, bound, ephemeral, detector)
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


def text_manifest(stats: TextStats, bound: BoundPolicy, ephemeral: bool, docs: int,
                   note: str | None = None) -> dict[str, Any]:
    manifest = _base_manifest(bound, ephemeral)
    manifest["documents"] = docs
    manifest["entities"] = {k: v.to_dict() for k, v in sorted(stats.by_type.items())}
    manifest["residual"] = [{"entity_type": k, "found": v.found}
                            for k, v in sorted(stats.by_type.items()) if v.operator is None]
    if note:
        manifest["notes"] = [note]
    return manifest


def table_manifest(plans: list[ColumnPlan], total: BatchStats, bound: BoundPolicy,
                    ephemeral: bool, detector: Detector) -> dict[str, Any]:
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
