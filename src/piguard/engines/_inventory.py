"""The inventory a scan produces, and its versioned JSON shape (docs/scanning.md)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from piguard.detect.columns import ColumnResult
from piguard.io import Skipped, write_text

__all__ = ["INVENTORY_SCHEMA", "INVENTORY_VERSION", "DatasetResult", "Inventory", "TextResult"]

INVENTORY_SCHEMA = "piguard.inventory"
INVENTORY_VERSION = 1


@dataclass
class DatasetResult:
    """A table (file, SQL table, sheet or in-memory frame) and its columns."""

    name: str
    location: str
    format: str
    encoding: str | None
    rows_total: int | None
    rows_scanned: int
    sampled: bool
    sample_method: str | None
    bytes: int | None
    columns: list[ColumnResult]
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        cols = [c.to_dict() for c in self.columns]
        return {
            "name": self.name, "location": self.location, "format": self.format,
            "encoding": self.encoding, "rows_total": self.rows_total,
            "rows_scanned": self.rows_scanned, "sampled": self.sampled,
            "sample_method": self.sample_method if self.sampled else None, "bytes": self.bytes,
            "pi_columns": sum(c["pi"] for c in cols),
            "sensitive_columns": sum(c["sensitive"] for c in cols),
            "columns": cols, "notes": list(self.notes),
        }


@dataclass
class TextResult:
    """A free-text or log file: counts per entity type over the lines scanned."""

    name: str
    location: str
    encoding: str | None
    lines_scanned: int
    sampled: bool
    bytes: int | None
    long_lines_skipped: int
    findings: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "location": self.location, "format": "text",
            "encoding": self.encoding, "lines_scanned": self.lines_scanned,
            "sampled": self.sampled, "bytes": self.bytes,
            "long_lines_skipped": self.long_lines_skipped,
            "sensitive": any(f["sensitive"] for f in self.findings),
            "findings": self.findings, "notes": list(self.notes),
        }


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass
class Inventory:
    """Everything a scan found: datasets → columns → findings, text files, skipped inputs."""

    datasets: list[DatasetResult] = field(default_factory=list)
    text_files: list[TextResult] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    generated_at: str = field(default_factory=_now)

    def summary(self) -> dict[str, Any]:
        columns = [c for d in self.datasets for c in d.columns]
        categories: Counter[str] = Counter()
        types: Counter[str] = Counter()
        for col in columns:
            for cat in {f.category for f in col.findings}:
                categories[cat] += 1
            for kind in {f.entity_type for f in col.findings if f.entity_type}:
                types[kind] += 1
        for text in self.text_files:
            for f in text.findings:
                categories[f["category"]] += 1
                types[f["entity_type"]] += 1
        sensitive = {f.category for c in columns for f in c.findings if f.sensitive}
        sensitive |= {f["category"] for t in self.text_files for f in t.findings if f["sensitive"]}
        return {
            "datasets": len(self.datasets),
            "datasets_with_pi": sum(any(c.pi for c in d.columns) for d in self.datasets),
            "columns": len(columns),
            "pi_columns": sum(c.pi for c in columns),
            "sensitive_columns": sum(c.sensitive for c in columns),
            "text_files": len(self.text_files),
            "text_files_with_pi": sum(bool(t.findings) for t in self.text_files),
            "skipped": len(self.skipped),
            # read, but not all of it: malformed rows, over-long lines, reading stopped early
            "partial": sum(bool(x.notes) for x in (*self.datasets, *self.text_files)),
            "sensitive_categories": sorted(sensitive),
            "categories": dict(categories.most_common()),
            "entity_types": dict(types.most_common()),
        }

    def to_dict(self) -> dict[str, Any]:
        from piguard import __version__

        return {
            "schema": INVENTORY_SCHEMA,
            "version": INVENTORY_VERSION,
            "generated_at": self.generated_at,
            "generator": f"piguard {__version__}",
            "options": dict(self.options),
            "summary": self.summary(),
            "datasets": [d.to_dict() for d in self.datasets],
            "text_files": [t.to_dict() for t in self.text_files],
            "skipped": [s.to_dict() for s in self.skipped],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def write_json(self, path: str | Path) -> Path:
        """Write the JSON inventory atomically."""
        return write_text(self.to_json() + "\n", path)
