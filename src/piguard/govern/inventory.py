"""Read a scan inventory (``piguard scan --json``) as (source, category, count) facts.

The ``piguard.inventory`` shape (docs/scanning.md) is read exactly: each data
set's PI columns and each text file's findings, by ``location``. Other JSON
(hand-made or older inventories) is walked generically: every object naming a
``category``/``entity_type``/``code`` counts for the nearest enclosing
``location``/``path``/``source``/``file``. Evidence is never read: only codes
and counts.
"""

from __future__ import annotations

import fnmatch
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from piguard.errors import InputError

_SOURCE_KEYS = ("location", "path", "source", "file", "table")
_CATEGORY_KEYS = ("category", "entity_type", "code")
_COUNT_MAPS = ("categories", "entity_counts", "counts_by_category")


@dataclass(frozen=True, slots=True)
class InventoryHit:
    source: str
    category: str
    count: int


@dataclass(frozen=True)
class Inventory:
    file: str
    hits: tuple[InventoryHit, ...]

    def categories_in(self, patterns: list[str]) -> set[str]:
        """Categories found in sources matching any of ``patterns`` (globs or prefixes).

        >>> inv = Inventory("s.json", (InventoryHit("data/a.csv", "name", 3),))
        >>> inv.categories_in(["data/*.csv"]), inv.categories_in(["other/"])
        ({'name'}, set())
        """
        return {h.category for h in self.hits if matches(h.source, patterns)}


def matches(source: str, patterns: list[str]) -> bool:
    """A source matches a glob, an exact path, or a folder prefix ending in ``/``.

    >>> matches("data/a/x.csv", ["data/a/"]), matches("data/a/x.csv", ["*.parquet"])
    (True, False)
    """
    return any(source == p or fnmatch.fnmatch(source, p)
               or (p.endswith("/") and source.startswith(p)) for p in patterns)


def parse(document: object, file: str = "<inventory>") -> Inventory:
    if isinstance(document, dict) and document.get("schema") == "piguard.inventory":
        return _parse_piguard(document, file)
    return _parse_generic(document, file)


def _parse_piguard(doc: dict, file: str) -> Inventory:
    """The ``piguard.inventory`` version-1 shape of ``piguard scan --json``."""
    counts: Counter[tuple[str, str]] = Counter()
    for ds in doc.get("datasets") or []:
        source = str(ds.get("location") or ds.get("name"))
        for col in ds.get("columns") or []:
            findings = col.get("findings") or []
            for f in findings:
                code = f.get("category") or f.get("entity_type")
                if code:
                    counts[(source, code)] += int(f.get("rows") or 1)
            code = col.get("category") or col.get("entity_type")
            if col.get("pi") and code and not findings:
                counts[(source, code)] += 1
    for tf in doc.get("text_files") or []:
        source = str(tf.get("location") or tf.get("name"))
        for f in tf.get("findings") or []:
            code = f.get("category") or f.get("entity_type")
            if code:
                counts[(source, code)] += int(f.get("count") or 1)
    return Inventory(file, tuple(InventoryHit(s, c, n) for (s, c), n in sorted(counts.items())))


def _parse_generic(document: object, file: str) -> Inventory:
    counts: Counter[tuple[str, str]] = Counter()

    def walk(node: object, source: str) -> None:
        if isinstance(node, dict):
            src = next((str(node[k]) for k in _SOURCE_KEYS if isinstance(node.get(k), str)), source)
            cat = next((node[k] for k in _CATEGORY_KEYS if isinstance(node.get(k), str)), None)
            if cat is not None:
                n = node.get("count", 1)
                counts[(src, cat)] += n if isinstance(n, int) and not isinstance(n, bool) else 1
            for key in _COUNT_MAPS:
                table = node.get(key)
                if isinstance(table, dict):
                    for code, n in table.items():
                        if isinstance(n, int) and not isinstance(n, bool) and n > 0:
                            counts[(src, str(code))] += n
            for key, value in node.items():
                if key not in _COUNT_MAPS and key != "summary":  # totals name no source
                    walk(value, src)
        elif isinstance(node, list):
            for item in node:
                walk(item, source)

    walk(document, "<unknown>")
    hits = tuple(InventoryHit(s, c, n) for (s, c), n in sorted(counts.items()))
    return Inventory(file, hits)


def load(path: Path) -> Inventory:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read inventory {path}: {exc.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a JSON scan inventory ({exc})") from None
    return parse(document, str(path))
