"""Read a scan inventory (``piguard scan --json``) as (source, category, count) facts.

The reader walks the JSON and keeps every object that names a category code
(``category``, ``entity_type`` or ``code``), attributing it to the nearest
enclosing ``path``/``source``/``file``; count maps (``{"categories": {code: n}}``)
are read too. Values are never read: an inventory carries codes and counts only.
"""

from __future__ import annotations

import fnmatch
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from piguard.errors import InputError

_SOURCE_KEYS = ("path", "source", "file", "table")
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
                if key not in _COUNT_MAPS:
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
