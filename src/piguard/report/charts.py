"""Small inline SVG charts for the HTML report (no JavaScript, no CDN).

>>> svg = bar_chart([("身份信息", 3, True), ("基本资料", 5, False)])
>>> svg.startswith("<svg") and "身份信息" in svg
True
"""

from __future__ import annotations

from html import escape

__all__ = ["NORMAL_COLOR", "SENSITIVE_COLOR", "bar_chart", "donut_chart"]

SENSITIVE_COLOR = "#c0392b"
NORMAL_COLOR = "#2e6da4"
NEUTRAL_COLOR = "#b8c2cc"


def bar_chart(rows: list[tuple[str, int, bool]], *, width: int = 560, bar_height: int = 22,
              label_width: int = 200) -> str:
    """Horizontal bars: (label, value, sensitive) — sensitive bars in red."""
    if not rows:
        return ""
    top = max(value for _, value, _ in rows) or 1
    gap = 8
    height = len(rows) * (bar_height + gap) + gap
    span = width - label_width - 50
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="100%" '
             f'viewBox="0 0 {width} {height}" class="chart">']
    for i, (label, value, sensitive) in enumerate(rows):
        y = gap + i * (bar_height + gap)
        length = max(2, round(span * value / top))
        color = SENSITIVE_COLOR if sensitive else NORMAL_COLOR
        parts.append(
            f'<text x="{label_width - 8}" y="{y + bar_height * 0.7:.1f}" text-anchor="end" '
            f'class="chart-label">{escape(label)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar_height}" rx="3" '
            f'fill="{color}"><title>{escape(label)}: {value}</title></rect>'
            f'<text x="{label_width + length + 6}" y="{y + bar_height * 0.7:.1f}" '
            f'class="chart-value">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def donut_chart(slices: list[tuple[str, int, str]], *, size: int = 180) -> str:
    """A ring of (label, value, colour) slices with the total in the middle."""
    total = sum(value for _, value, _ in slices)
    if total == 0:
        return ""
    radius = size / 2 - 14
    circumference = 2 * 3.141592653589793 * radius
    centre = size / 2
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{size}" '
             f'height="{size}" viewBox="0 0 {size} {size}" class="donut">']
    offset = 0.0
    for label, value, color in slices:
        if value == 0:
            continue
        length = circumference * value / total
        parts.append(
            f'<circle cx="{centre}" cy="{centre}" r="{radius:.1f}" fill="none" stroke="{color}" '
            f'stroke-width="24" stroke-dasharray="{length:.2f} {circumference - length:.2f}" '
            f'stroke-dashoffset="{-offset:.2f}" transform="rotate(-90 {centre} {centre})">'
            f'<title>{escape(label)}: {value}</title></circle>')
        offset += length
    parts.append(f'<text x="{centre}" y="{centre + 8}" text-anchor="middle" '
                 f'class="donut-total">{total}</text></svg>')
    return "".join(parts)
