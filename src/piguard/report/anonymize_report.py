"""JSON and HTML reports of an anonymization or a risk assessment.

The reports hold aggregate figures only (risks, losses, levels, counts), never a
row value. The HTML is one self-contained file: inline CSS, inline SVG charts,
no script and no CDN.

>>> html = render_html({"schema": "piguard.risk/1", "quasi_identifiers": ["age"], "rows": 3,
...     "equivalence_classes": 2, "smallest_class": 1, "sample_uniques": 0.33,
...     "records_above_threshold": 0.33, "threshold": 0.2, "marketer": 0.67,
...     "prosecutor": {"highest": 1.0, "average": 0.67, "lowest": 0.5}})
>>> "<svg" in html and "http" not in html
True
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from jinja2 import Environment, select_autoescape

from piguard.io.atomic import write_text

__all__ = ["jsonable", "render_html", "write_html", "write_json"]


def jsonable(value):
    """NaN and infinity are not JSON: write them as null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if hasattr(value, "item"):  # NumPy scalars
        return jsonable(value.item())
    return value


def write_json(report: dict, path: str | Path) -> None:
    """Write a report as JSON (atomically)."""
    write_text(json.dumps(jsonable(report), ensure_ascii=False, indent=2) + "\n", path)


def write_html(report: dict, path: str | Path) -> None:
    """Write a report as one self-contained HTML page (atomically)."""
    write_text(render_html(report), path)


def _bars(rows: list[tuple[str, float | None, float | None]], percent: bool = True) -> str:
    """Before/after horizontal bar chart as inline SVG; values in [0, 1] (or scaled)."""
    width, label_w, bar_h, gap = 560, 210, 12, 10
    finite = [v for _, a, b in rows for v in (a, b) if v is not None and math.isfinite(v)]
    top = 1.0 if percent else max([*finite, 1e-12])
    height = len(rows) * (2 * bar_h + gap) + 24
    parts = [f'<svg role="img" viewBox="0 0 {width} {height}" width="100%" '
             'font-size="11">']
    y = 4
    for label, before, after in rows:
        parts.append(f'<text x="0" y="{y + bar_h + 3}">{_esc(label)}</text>')
        for i, (value, color) in enumerate(((before, "#b0b7c3"), (after, "#2f6fdf"))):
            if value is None or not math.isfinite(value):
                continue
            w = max(1.0, (width - label_w - 70) * min(value / top, 1.0))
            yy = y + i * bar_h
            parts.append(f'<rect x="{label_w}" y="{yy}" width="{w:.1f}" height="{bar_h - 2}" '
                         f'fill="{color}"/>')
            text = f"{value:.1%}" if percent else f"{value:.4g}"
            parts.append(f'<text x="{label_w + w + 4:.1f}" y="{yy + bar_h - 3}">{text}</text>')
        y += 2 * bar_h + gap
    parts.append(f'<rect x="{label_w}" y="{height - 14}" width="10" height="8" fill="#b0b7c3"/>'
                 f'<text x="{label_w + 14}" y="{height - 7}">before</text>'
                 f'<rect x="{label_w + 70}" y="{height - 14}" width="10" height="8" fill="#2f6fdf"/>'
                 f'<text x="{label_w + 84}" y="{height - 7}">after</text></svg>')
    return "".join(parts)


def _esc(text: str) -> str:
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        if not math.isfinite(value):
            return "–"
        return f"{value:.4g}"
    return str(value)


_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>piguard — {{ title }}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC",sans-serif;margin:2rem auto;max-width:960px;color:#1d2330;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #dde2ea;padding-bottom:.3rem}
.sub{color:#5b6475;margin-top:0}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #eef1f5}th{background:#f6f8fb;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{border:1px solid #dde2ea;border-radius:8px;padding:.7rem 1rem;min-width:150px}
.card b{display:block;font-size:1.3rem}.ok{color:#1a7f37}.warn{color:#b35900}
</style></head><body>
<h1>{{ title }}</h1>
<p class="sub">schema {{ report.schema }} · quasi-identifiers: {{ report.quasi_identifiers | join(", ") }}
{%- if report.sensitive %} · sensitive: {{ report.sensitive }}{% endif %}</p>
{% if anonymized %}
<div class="cards">
 <div class="card">models<b>{{ report.models | join(", ") }}</b></div>
 <div class="card">reached<b>{% for k, v in report.reached.items() %}{{ k }} = {{ fmt(v) }}{% if not loop.last %}, {% endif %}{% endfor %}</b></div>
 <div class="card">rows out / in<b>{{ report.rows_out }} / {{ report.rows_in }}</b></div>
 <div class="card">suppressed<b>{{ report.suppressed_rows }}</b></div>
 <div class="card">method<b>{{ report.method }}</b></div>
 <div class="card">time<b>{{ fmt(report.seconds) }} s</b></div>
</div>
<h2>Re-identification risk, before and after</h2>
{{ risk_chart | safe }}
<h2>Information loss, before and after</h2>
{{ loss_chart | safe }}
<table><tr><th>measure</th><th>before</th><th>after</th></tr>
{% for key in utility_keys %}<tr><td>{{ key.replace("_", " ") }}</td><td class="num">{{ fmt(report.utility.before[key]) }}</td><td class="num">{{ fmt(report.utility.after[key]) }}</td></tr>
{% endfor %}</table>
{% if report.levels %}<h2>Generalization levels</h2>
<table><tr><th>attribute</th><th>level</th></tr>{% for k, v in report.levels.items() %}<tr><td>{{ k }}</td><td class="num">{{ v }}</td></tr>{% endfor %}</table>{% endif %}
<h2>Search</h2>
<table>{% for k, v in report.search.items() %}<tr><td>{{ k.replace("_", " ") }}</td><td>{{ fmt(v) }}</td></tr>{% endfor %}</table>
{% set risk = report.risk.after %}
{% else %}
{% set risk = report %}
<div class="cards">
 <div class="card">rows<b>{{ risk.rows }}</b></div>
 <div class="card">classes<b>{{ risk.equivalence_classes }}</b></div>
 <div class="card">smallest class<b>{{ risk.smallest_class }}</b></div>
 <div class="card">sample uniques<b class="{{ 'warn' if risk.sample_uniques > 0 else 'ok' }}">{{ pct(risk.sample_uniques) }}</b></div>
</div>
<h2>Re-identification risk</h2>
{{ risk_chart | safe }}
{% endif %}
<h2>Risk details{% if anonymized %} (after){% endif %}</h2>
<table><tr><th>measure</th><th>value</th></tr>
<tr><td>prosecutor risk: highest / average / lowest</td><td class="num">{{ fmt(risk.prosecutor.highest) }} / {{ fmt(risk.prosecutor.average) }} / {{ fmt(risk.prosecutor.lowest) }}</td></tr>
{% if risk.journalist %}<tr><td>journalist risk: highest / average</td><td class="num">{{ fmt(risk.journalist.highest) }} / {{ fmt(risk.journalist.average) }}{% if risk.journalist.note %} ({{ risk.journalist.note }}){% endif %}</td></tr>{% endif %}
<tr><td>marketer risk (expected share re-identified)</td><td class="num">{{ fmt(risk.marketer) }}</td></tr>
<tr><td>records above threshold {{ fmt(risk.threshold) }}</td><td class="num">{{ pct(risk.records_above_threshold) }}</td></tr>
<tr><td>sample uniques</td><td class="num">{{ pct(risk.sample_uniques) }}</td></tr>
{% if risk.population_uniques is defined %}<tr><td>population uniques (estimate: {{ risk.population_uniques_method }})</td><td class="num">{{ pct(risk.population_uniques) }}</td></tr>{% endif %}
</table>
<p class="sub">Generated by piguard. Figures only: this report contains no row values.</p>
</body></html>
"""

_UTILITY_KEYS = ["ncp", "non_uniform_entropy", "non_uniform_entropy_bits", "discernibility",
                 "equivalence_classes", "average_class_size", "normalized_average_class_size",
                 "suppressed_rows", "suppressed_share"]


def _risk_rows(before: dict | None, after: dict) -> list[tuple[str, float | None, float | None]]:
    def get(d, *path):
        for p in path:
            if not isinstance(d, dict) or p not in d:
                return None
            d = d[p]
        return d

    b = before or {}
    return [
        ("prosecutor risk (highest)", get(b, "prosecutor", "highest") if before else None,
         get(after, "prosecutor", "highest")),
        ("prosecutor risk (average)", get(b, "prosecutor", "average") if before else None,
         get(after, "prosecutor", "average")),
        ("records above threshold", b.get("records_above_threshold") if before else None,
         after.get("records_above_threshold")),
        ("sample uniques", b.get("sample_uniques") if before else None, after.get("sample_uniques")),
        ("marketer risk", b.get("marketer") if before else None, after.get("marketer")),
    ]


def render_html(report: dict) -> str:
    """HTML page of an anonymization report (``piguard.anonymize/1``) or a risk report."""
    report = jsonable(report)
    anonymized = str(report.get("schema", "")).startswith("piguard.anonymize")
    if anonymized:
        title = "Anonymization report"
        risk_chart = _bars(_risk_rows(report["risk"]["before"], report["risk"]["after"]))
        u = report["utility"]
        loss_chart = _bars([
            ("NCP (generalization loss)", u["before"]["ncp"], u["after"]["ncp"]),
            ("non-uniform entropy", u["before"]["non_uniform_entropy"],
             u["after"]["non_uniform_entropy"]),
            ("rows suppressed", u["before"]["suppressed_share"], u["after"]["suppressed_share"]),
        ])
    else:
        title = "Re-identification risk report"
        rows = [(label, None, after) for label, _, after in _risk_rows(None, report)]
        risk_chart, loss_chart = _bars(rows), ""
    env = Environment(autoescape=select_autoescape(default=True))
    template = env.from_string(_TEMPLATE)
    return template.render(report=report, title=title, anonymized=anonymized,
                           risk_chart=risk_chart, loss_chart=loss_chart,
                           utility_keys=_UTILITY_KEYS, fmt=_fmt,
                           pct=lambda v: "–" if v is None else f"{v:.2%}")
