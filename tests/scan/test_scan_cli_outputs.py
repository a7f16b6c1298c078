"""`piguard scan` output paths: checked before the scan, one-line errors, exit code 2."""

from __future__ import annotations

from typer.testing import CliRunner

import piguard.cli.scan  # noqa: F401  (registers the command)
from piguard.cli.app import EXIT_USAGE, app


def _table(tmp_path):
    source = tmp_path / "people.csv"
    source.write_text("name,phone\n张三,13800138000\n", encoding="utf-8")
    return source


def test_output_folder_is_refused_before_scanning(tmp_path):
    result = CliRunner().invoke(app, ["scan", str(_table(tmp_path)), "-q", "--json", str(tmp_path)])
    assert result.exit_code == EXIT_USAGE, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.strip() == f"piguard scan: cannot write --json {tmp_path}: it is a folder"


def test_output_below_a_file_is_refused(tmp_path):
    source = _table(tmp_path)
    result = CliRunner().invoke(app, ["scan", str(source), "-q", "--html",
                                      str(source / "report.html")])
    assert result.exit_code == EXIT_USAGE, result.output
    assert "is not a folder" in result.stderr and "13800138000" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["people.csv"]


def test_missing_output_folders_are_created(tmp_path):
    out = tmp_path / "reports" / "2026" / "inventory.json"
    result = CliRunner().invoke(app, ["scan", str(_table(tmp_path)), "-q", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file() and "13800138000" not in out.read_text(encoding="utf-8")


def test_quiet_still_says_why_an_input_was_skipped(tmp_path):
    result = CliRunner().invoke(app, ["scan", str(tmp_path / "gone.csv"), "-q"])
    assert result.exit_code == 3
    assert result.stderr.strip() == f"piguard scan: skipped {tmp_path / 'gone.csv'}: no such file or folder"
    assert result.stdout == ""


def test_database_password_never_reaches_the_inventory(tmp_path):
    out = tmp_path / "inv.json"
    result = CliRunner().invoke(app, ["scan", "postgresql://alice:s3cret@127.0.0.1:1/crm",
                                      "--json", str(out)])
    assert result.exit_code == 3
    assert "s3cret" not in result.output and "alice" not in result.output
    assert "s3cret" not in out.read_text(encoding="utf-8")
    assert "postgresql://127.0.0.1:1/crm" in out.read_text(encoding="utf-8")


def test_an_over_long_line_is_a_partial_scan_not_a_clean_one(tmp_path):
    log = tmp_path / "app.log"
    log.write_text("ok 13800138000\n" + "x" * (2 << 20) + "\nlast line\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", str(log), "-q"])
    assert result.exit_code == 5
    assert result.stderr.strip() == f"piguard scan: {log}: 1 over-long lines skipped (lines 2)"
    shown = CliRunner().invoke(app, ["scan", str(log)])
    assert shown.exit_code == 5 and "1 input(s) read in part" in shown.stdout
