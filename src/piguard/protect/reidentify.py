"""Re-identification: reverse the reversible columns named by a manifest, and log it.

Only columns the manifest records as ``encrypt`` or ``fpe`` can be restored. The key
*version* written in the manifest is used, so rotating a key never strands older
outputs. Every call appends to the re-identification log (:mod:`.reidlog`): who, why,
which key and version, how many values.

>>> import tempfile, pathlib, pyarrow as pa
>>> from piguard.protect.api import protect
>>> from piguard.protect.keys import InMemoryKeyProvider
>>> from piguard.protect.policy import loads
>>> keys = InMemoryKeyProvider({"default": bytes(32)})
>>> policy = loads("version: 1\\nrules:\\n  - columns: [phone]\\n    operator: encrypt\\n")
>>> table = pa.table({"phone": ["13812345678", None]})
>>> safe, manifest = protect(table, policy, keys=keys, with_manifest=True)
>>> log = pathlib.Path(tempfile.mkdtemp()) / "reid.jsonl"
>>> reidentify(safe, manifest, keys=keys, actor="alice", purpose="case 7", log=log
...            ).column("phone").to_pylist()
['13812345678', None]
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from piguard.errors import PolicyError
from piguard.protect import operators as ops
from piguard.protect.keys import KeyProvider
from piguard.protect.reidlog import ReidentificationLog

__all__ = ["Reidentifier", "reidentify"]

MANIFEST_SCHEMA = "piguard.protect.manifest/1"


class Reidentifier:
    """Reverse operators built from a manifest; counts values; writes the log records."""

    def __init__(self, manifest: str | Path | dict, keys: KeyProvider, *, actor: str,
                 purpose: str, columns: Sequence[str] | None = None) -> None:
        if not actor or not purpose:
            raise PolicyError("re-identification needs an actor and a purpose")
        doc = manifest if isinstance(manifest, dict) else json.loads(
            Path(manifest).read_text("utf-8"))
        if doc.get("schema") != MANIFEST_SCHEMA:
            raise PolicyError("not a piguard protection manifest")
        self.actor, self.purpose = actor, purpose
        self.manifest_sha256 = hashlib.sha256(json.dumps(
            doc, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
        self.reversers: dict[str, ops.Operator] = {}
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
            self.reversers[entry["column"]] = ops.build(
                name, params, entity_type=desc.get("entity_type"), key=key)
        if columns:
            missing = sorted(set(columns) - set(self.reversers))
            if missing:
                raise PolicyError(f"column {missing[0]!r} was not protected reversibly")
        if not self.reversers:
            raise PolicyError("no reversible column in this output (only encrypt and fpe reverse)")
        self.counts = dict.fromkeys(self.reversers, 0)

    def batches(self, batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            arrays = []
            for name, column in zip(batch.schema.names, batch.columns, strict=True):
                op = self.reversers.get(name)
                if op is not None:
                    column = op.reverse_array(column)  # type: ignore[attr-defined]
                    self.counts[name] += len(column) - column.null_count
                arrays.append(column)
            yield pa.RecordBatch.from_arrays(arrays, names=batch.schema.names)

    def log(self, path: str | Path, source: str | None) -> list[dict[str, Any]]:
        """One log record per (key, version, operator)."""
        log_file = ReidentificationLog(path)
        by_key: dict[tuple[str, int, str], list[str]] = {}
        for name, op in self.reversers.items():
            ref = op.key  # type: ignore[attr-defined]
            by_key.setdefault((ref.key_id, ref.version, op.name), []).append(name)
        return [log_file.append(actor=self.actor, purpose=self.purpose,
                                key_ref=(key_id, version), operator=op_name,
                                values=sum(self.counts[c] for c in cols), columns=cols,
                                source=source, manifest_sha256=self.manifest_sha256)
                for (key_id, version, op_name), cols in by_key.items()]


def reidentify(table: pa.Table, manifest: str | Path | dict, *, keys: KeyProvider, actor: str,
               purpose: str, log: str | Path, columns: Sequence[str] | None = None,
               ) -> pa.Table:
    """Restore the reversible columns of an in-memory protected table; log the access."""
    worker = Reidentifier(manifest, keys, actor=actor, purpose=purpose, columns=columns)
    out = list(worker.batches(table.to_batches()))
    result = pa.Table.from_batches(out, schema=out[0].schema) if out else table
    worker.log(log, source="<in-memory table>")
    return result
