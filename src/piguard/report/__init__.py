"""Reports over an inventory: JSON and a self-contained HTML page (atomic writes)."""

from __future__ import annotations

from piguard.report.html import render_html, write_html, write_json

__all__ = ["render_html", "write_html", "write_json"]
