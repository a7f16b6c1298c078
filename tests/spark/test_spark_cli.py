"""`piguard scan/protect --engine spark` give what the local engine gives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from piguard.cli.main import app

pytestmark = [pytest.mark.spark, pytest.mark.xdist_group("spark")]

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"


def _datasets(path: Path) -> list[dict]:
    return json.loads(path.read_text("utf-8"))["datasets"]


def test_scan_engine_spark_matches_local(spark, tmp_path):
    runner = CliRunner()
    data = tmp_path / "in"
    shutil.copytree(SAMPLE / "parquet", data)
    local, remote = tmp_path / "local.json", tmp_path / "spark.json"
    first = runner.invoke(app, ["scan", str(data), "--sample-rows", "0", "--json", str(local),
                                "-q"])
    second = runner.invoke(app, ["scan", str(data), "--engine", "spark", "--master", "local[2]",
                                 "--json", str(remote), "-q"])
    assert first.exit_code == second.exit_code == 0, second.output
    assert _datasets(remote) == _datasets(local)


def test_protect_engine_spark(spark, tmp_path, monkeypatch):
    monkeypatch.setenv("PIGUARD_KEY_DEFAULT", "ab" * 32)
    out = tmp_path / "safe.parquet"
    result = CliRunner().invoke(app, ["protect", str(SAMPLE / "parquet" / "customers.parquet"),
                                      "-o", str(out), "--engine", "spark"])
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "safe.parquet.manifest.json").read_text("utf-8"))
    assert manifest["engine"] == "spark" and manifest["verification"]["passed"] is True
    assert (out / "_SUCCESS").exists()
    assert "ab" * 32 not in (tmp_path / "safe.parquet.manifest.json").read_text("utf-8")


def test_engine_spark_refuses_what_it_cannot_read(spark, tmp_path):
    result = CliRunner().invoke(app, ["scan", str(SAMPLE / "logs"), "--engine", "spark", "-q"])
    assert result.exit_code == 3  # nothing could be read: the log is listed as skipped


def test_unknown_engine_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["scan", str(tmp_path), "--engine", "flink"])
    assert result.exit_code == 2
