"""The HTML inventory report: one self-contained page (inline CSS and SVG, no CDN).

It reads the inventory's JSON shape (a dict, or any object with ``to_dict()``),
so a report can be rendered again later from a saved ``inventory.json``.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from piguard.io import write_text
from piguard.report.charts import (
    NEUTRAL_COLOR,
    NORMAL_COLOR,
    SENSITIVE_COLOR,
    bar_chart,
    donut_chart,
)

__all__ = ["render_html", "write_html", "write_json"]


def _as_dict(inventory: Any) -> dict[str, Any]:
    return inventory if isinstance(inventory, dict) else inventory.to_dict()


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("piguard.report", "templates"),
        autoescape=jinja2.select_autoescape(["html", "j2"], default=True),
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters["pct"] = lambda v: f"{100 * (v or 0):.1f}%"
    env.filters["num"] = lambda v: "—" if v is None else f"{v:,}"
    env.filters["size"] = _size
    return env


def _size(n: int | None) -> str:
    if n is None:
        return "—"
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def _names() -> tuple[dict[str, Any], dict[str, Any]]:
    from piguard.taxonomy import categories, entity_types

    cats = {c.code: c for c in categories()}
    types = {t.code: t for t in entity_types()}
    return cats, types


def _context(inv: dict[str, Any]) -> dict[str, Any]:
    cats, types = _names()
    summary = inv["summary"]
    by_category: Counter[str] = Counter(summary.get("categories", {}))
    category_rows = [
        (f"{cats[c].name_zh} {c}" if c in cats else c, n, bool(cats.get(c) and cats[c].sensitive))
        for c, n in sorted(by_category.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    type_rows = [
        (f"{types[t].name_zh} {t}" if t in types else t, n,
         bool(t in types and cats[types[t].category].sensitive))
        for t, n in summary.get("entity_types", {}).items()
    ]
    plain = summary["pi_columns"] - summary["sensitive_columns"]
    donut = donut_chart([
        ("敏感 sensitive", summary["sensitive_columns"], SENSITIVE_COLOR),
        ("一般个人信息 PI", plain, NORMAL_COLOR),
        ("无 none", summary["columns"] - summary["pi_columns"], NEUTRAL_COLOR),
    ])
    sensitive_cats = [cats[c] for c in summary.get("sensitive_categories", []) if c in cats]
    return {
        "matrix": _matrix(inv, cats),
        "inv": inv, "summary": summary, "cats": cats, "types": types,
        "sensitive_categories": sensitive_cats,
        "category_chart": bar_chart(category_rows), "type_chart": bar_chart(type_rows),
        "donut": donut, "colors": {"sensitive": SENSITIVE_COLOR, "normal": NORMAL_COLOR,
                                   "neutral": NEUTRAL_COLOR},
    }


def _matrix(inv: dict[str, Any], cats: dict[str, Any]) -> dict[str, Any]:
    """Data sets x categories: how many columns (or text findings) of each category."""
    rows = []
    for d in inv.get("datasets", []):
        counts: Counter[str] = Counter()
        for col in d["columns"]:
            for code in {f["category"] for f in col["findings"]}:
                counts[code] += 1
        rows.append((d["name"], counts))
    for t in inv.get("text_files", []):
        rows.append((t["name"], Counter({f["category"]: 1 for f in t["findings"]})))
    used = {code for _, counts in rows for code in counts}
    order = [c for c in cats if c in used] + sorted(used - set(cats))
    order.sort(key=lambda c: not (c in cats and cats[c].sensitive))  # sensitive first
    return {"categories": order, "rows": [r for r in rows if r[1]]}


def render_html(inventory: Any) -> str:
    """The report as one HTML string."""
    inv = _as_dict(inventory)
    return _environment().get_template("inventory.html.j2").render(**_context(inv))


def write_html(inventory: Any, path: str | Path) -> Path:
    """Render and write the HTML report atomically."""
    return write_text(render_html(inventory), path)


def write_json(inventory: Any, path: str | Path) -> Path:
    """Write the inventory's JSON shape atomically (UTF-8, readable Chinese)."""
    return write_text(json.dumps(_as_dict(inventory), ensure_ascii=False, indent=2) + "\n", path)
