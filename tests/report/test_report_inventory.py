"""The HTML and JSON reports render from an inventory or from its saved JSON."""

from __future__ import annotations

import json

import pyarrow as pa

from piguard.engines.scan import scan
from piguard.report import render_html, write_json

TABLE = pa.table({"患者姓名": ["张三", "李四"], "id_card": ["11010519491231002X", "440304199001010015"],
                  "诊断": ["2型糖尿病", "高血压"]})


def test_html_from_saved_json_is_self_contained(tmp_path):
    inventory = scan({"visits": TABLE}, detector=None)
    saved = write_json(inventory, tmp_path / "inv.json")
    data = json.loads(saved.read_text(encoding="utf-8"))
    html = render_html(data)
    assert html == render_html(inventory)
    assert "医疗健康" in html and "MEDICAL_HEALTH" in html  # sensitive category named
    assert "<style>" in html and "<script" not in html and "<link" not in html
    assert "WenQuanYi Micro Hei" in html  # a CJK font stack
    assert "11010519491231002X" not in html and "110105********002X" in html


def test_empty_inventory_renders(tmp_path):
    inventory = scan(tmp_path / "missing", detector=None)
    html = render_html(inventory)
    assert "no such file or folder" in html and "No tables were scanned" in html


def test_scan_warnings_are_shown():
    data = scan({"visits": TABLE}, detector=None).to_dict()
    data["options"]["warnings"] = ["names and addresses in free text not detected: model missing"]
    assert "model missing" in render_html(data)
