"""piguard.scan end to end: inventory shape, sampling, skipped inputs, CLI exit codes."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from piguard.detect.finding import Finding
from piguard.engines.scan import scan
from piguard.io import write_sql_table, write_table
from piguard.report import render_html

IDS = ["11010519491231002X", "440304199001010015", "320106198512120022"]
TABLE = pa.table({"姓名": ["张三", "李四", "王芳"], "身份证号": IDS,
                  "手机": ["13812345678", "13987654321", "15011112222"]})


def phone_detector(texts):
    out = []
    for text in texts:
        i = text.find("138")
        out.append([Finding(i, i + 11, "PHONE", 0.9)] if i >= 0 else [])
    return out


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "data"
    write_table(TABLE, root / "people.csv")
    write_table(TABLE, root / "legacy.csv", encoding="gb18030")
    write_table(TABLE, root / "people.parquet")
    write_sql_table(f"sqlite:///{root / 'crm.sqlite'}", "people", TABLE)
    (root / "app.log").write_text("login 13812345678\nnothing here\n", encoding="utf-8")
    (root / "bad").mkdir()
    (root / "bad" / "broken.parquet").write_bytes(b"PAR1 broken")
    (root / "bad" / "blob.csv").write_bytes(bytes(range(256)))
    return root


def test_inventory_shape(folder):
    inv = scan(folder, detector=phone_detector).to_dict()
    assert inv["schema"] == "piguard.inventory" and inv["version"] == 1
    assert set(inv) >= {"generated_at", "generator", "options", "summary", "datasets",
                        "text_files", "skipped"}
    names = sorted(d["name"].replace(str(folder), "") for d in inv["datasets"])
    assert names == ["/crm.sqlite#people", "/legacy.csv", "/people.csv", "/people.parquet"]
    legacy = next(d for d in inv["datasets"] if d["name"].endswith("legacy.csv"))
    assert legacy["encoding"] == "gb18030" and legacy["rows_scanned"] == 3
    col = next(c for c in legacy["columns"] if c["name"] == "身份证号")
    assert col["entity_type"] == "CN_RESIDENT_ID" and col["sensitive"] and col["pi"]
    assert set(col["findings"][0]) == {"entity_type", "category", "sensitive", "rows", "share",
                                       "confidence", "method", "evidence"}
    (log,) = inv["text_files"]
    assert log["lines_scanned"] == 2 and log["findings"][0]["entity_type"] == "PHONE"
    assert log["findings"][0]["lines"] == 1 and log["encoding"] == "utf-8"
    skipped = sorted(s["location"].replace(str(folder), "") for s in inv["skipped"])
    assert skipped == ["/bad/blob.csv", "/bad/broken.parquet"]
    summary = inv["summary"]
    assert summary["datasets"] == 4 and summary["skipped"] == 2 and summary["text_files"] == 1
    assert "IDENTITY_DOCUMENT" in summary["sensitive_categories"]
    text = json.dumps(inv, ensure_ascii=False)
    assert not any(raw in text for raw in [*IDS, "13812345678"])


def test_big_tables_are_sampled_and_say_so(tmp_path):
    big = pa.table({"手机": [f"139{i:08d}" for i in range(5000)]})
    pq.write_table(big, tmp_path / "big.parquet", row_group_size=500)
    write_table(big, tmp_path / "big.csv")
    inv = scan(tmp_path, {"frame": big}, sample_rows=1000, detector=None)
    by_format = {d.format: d for d in inv.datasets}
    assert by_format["parquet"].sampled and by_format["parquet"].rows_total == 5000
    assert by_format["parquet"].sample_method == "row_groups"
    assert 1000 <= by_format["parquet"].rows_scanned < 5000
    assert by_format["csv"].sampled and by_format["csv"].rows_scanned == 1000
    assert by_format["csv"].rows_total is None
    assert by_format["arrow"].sample_method == "random" and by_format["arrow"].rows_scanned == 1000
    assert all(d.columns[0].primary.entity_type == "PHONE" for d in inv.datasets)


def test_small_tables_are_not_marked_sampled(tmp_path):
    write_table(TABLE, tmp_path / "t.csv")
    (d,) = scan(tmp_path / "t.csv", sample_rows=3, detector=None).datasets
    assert not d.sampled and d.rows_total == 3


def test_database_url_and_progress(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    write_sql_table(url, "a", TABLE)
    write_sql_table(url, "b", TABLE)
    events = []
    inv = scan(f"{url}?table=b", detector=None, progress=events.append)
    assert [d.name for d in inv.datasets] == [f"sqlite:///{tmp_path / 'x.db'}?table=b"]
    assert events[-1].finished and events[-1].rows_done == 3


def test_a_failing_text_engine_does_not_fail_the_scan(tmp_path):
    from piguard.engines.scan import _GuardedDetector
    from piguard.errors import ConfigError

    calls = []

    def flaky(texts, types=None):
        calls.append(types)
        if types is None:
            raise ConfigError("model missing")
        return [[] for _ in texts]

    warnings: list[str] = []
    guarded = _GuardedDetector(flaky, warnings)
    assert guarded(["a", "b"]) == [[], []]
    assert calls[0] is None and "PERSON" not in calls[1] and "PHONE" in calls[1]
    assert warnings and "model missing" in warnings[0]


def test_html_report_renders_sections(folder):
    html = render_html(scan(folder, detector=phone_detector))
    for needle in ("个人信息清单", 'id="summary"', 'id="matrix"', 'id="datasets"', 'id="text-files"',
                   'id="skipped"', "<svg", "敏感", "CN_RESIDENT_ID", "broken.parquet"):
        assert needle in html, needle
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert not any(raw in html for raw in IDS)


def _cli(args):
    from piguard.cli.main import app

    return CliRunner().invoke(app, args)


def test_cli_writes_reports_and_exit_codes(folder, tmp_path):
    out = tmp_path / "out"
    good = _cli(["scan", str(folder / "people.csv"), "--json", str(out / "i.json"),
                 "--html", str(out / "r.html")])
    assert good.exit_code == 0, good.output
    assert json.loads((out / "i.json").read_text(encoding="utf-8"))["summary"]["datasets"] == 1
    assert (out / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "report written to" in good.output
    partial = _cli(["scan", str(folder), "-q"])
    assert partial.exit_code == 5
    nothing = _cli(["scan", str(folder / "bad" / "blob.csv"), "-q"])
    assert nothing.exit_code == 3
    flagged = _cli(["scan", str(folder / "people.csv"), "-q", "--fail-on", "sensitive"])
    assert flagged.exit_code == 1
    usage = _cli(["scan", str(folder), "--fail-on", "maybe"])
    assert usage.exit_code == 2


def test_a_read_error_midway_keeps_what_was_read_and_lists_the_input(tmp_path):
    path = tmp_path / "half.csv"
    good = "手机\n" + "13812345678\n" * 1_000_000  # several 4 MB read blocks
    path.write_bytes(good.encode() + b"\xff\xfe\n13812345678\n")
    inv = scan(path, sample_rows=0, detector=None)
    (dataset,) = inv.datasets
    (skipped,) = inv.skipped
    assert dataset.rows_scanned > 0 and dataset.columns[0].primary.entity_type == "PHONE"
    assert "not valid utf-8" in skipped.reason and dataset.notes


def test_over_long_log_lines_are_reported_not_loaded(tmp_path):
    path = tmp_path / "huge.log"
    path.write_bytes(b"login 13812345678\n" + b"x" * (3 << 20) + b"\nlogout 13812345678\n")
    (text,) = scan(path, detector=phone_detector).text_files
    assert text.lines_scanned == 2 and text.long_lines_skipped == 1
    assert text.findings[0]["count"] == 2 and "lines 2" in text.notes[0]


def test_pandas_and_polars_frames_scan_like_arrow():
    import pandas as pd
    import polars as pl

    frames = {"arrow": TABLE, "pandas": TABLE.to_pandas(), "polars": pl.from_arrow(TABLE),
              "lazy": pl.from_arrow(TABLE).lazy()}
    assert isinstance(frames["pandas"], pd.DataFrame)
    inv = scan(frames, detector=None)
    verdicts = {d.name: [c.primary.entity_type for c in d.columns] for d in inv.datasets}
    assert len(set(map(tuple, verdicts.values()))) == 1
    assert verdicts["pandas"] == ["PERSON", "CN_RESIDENT_ID", "PHONE"]
