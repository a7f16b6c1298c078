"""`piguard check`, `audit` and `consent` commands: formats, exit codes, file:line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from piguard.cli.main import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "manifests"


def _run(capsys, *argv) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    out, err = capsys.readouterr()
    return info.value.code, out, err


def test_check_compliant_example_passes(capsys):
    code, out, _ = _run(capsys, "check", str(EXAMPLES / "compliant"), "--today", "2026-11-29",
                        "--fail-on", "info")
    assert code == 0
    assert "0 finding(s)" in out


def test_check_violating_example_fails_at_threshold(capsys, tmp_path):
    code, out, _ = _run(capsys, "check", str(EXAMPLES / "violating"), "--format", "json",
                        "--today", "2026-11-29")
    assert code == 1
    report = json.loads(out)
    assert report["version"] == 1
    ids = {f["rule_id"] for f in report["findings"]}
    assert {"PIPL-52-OFFICER", "APP-3.4-DEFAULT-CONSENT", "MIN-EXCESS", "PIPL-38-NO-MECHANISM",
            "APP-5.1-SDK-PROVISION", "PIPL-29-SEPARATE-CONSENT"} <= ids
    officer = next(f for f in report["findings"] if f["rule_id"] == "PIPL-52-OFFICER")
    assert officer["citations"] == ["PIPL art. 52", "Compliance Audit Measures (2025) art. 12"]
    assert officer["location"] == {"file": "manifest.yaml", "line": 4}
    # nothing is critical, so --fail-on critical passes
    code, _, _ = _run(capsys, "check", str(EXAMPLES / "violating"), "--fail-on", "critical",
                      "--today", "2026-11-29")
    assert code == 0


def test_check_sarif_to_file(capsys, tmp_path):
    target = tmp_path / "out" / "check.sarif"
    code, out, _ = _run(capsys, "check", str(EXAMPLES / "violating"), "--format", "sarif",
                        "--output", str(target), "--fail-on", "none", "--today", "2026-11-29")
    assert code == 0 and out == ""
    sarif = json.loads(target.read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert results and all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                           == "manifest.yaml" for r in results if "locations" in r)
    assert {r["level"] for r in results} <= {"error", "warning", "note"}


def test_check_with_inventory(capsys, tmp_path):
    inv = tmp_path / "scan.json"
    inv.write_text(json.dumps({"files": [{"path": "data/orders/x.csv", "columns": [
        {"column": "pid", "entity_type": "CN_RESIDENT_ID", "count": 3}]}]}), encoding="utf-8")
    code, out, _ = _run(capsys, "check", str(EXAMPLES / "compliant"), "--inventory", str(inv),
                        "--today", "2026-11-29")
    assert code == 1
    assert "INV-UNDECLARED" in out and "found CN_RESIDENT_ID in data/orders/x.csv" in out


def test_manifest_errors_exit_4_with_location(capsys, tmp_path):
    (tmp_path / "m.yaml").write_text("handler:\n  name: X\n  ciio: maybe\n", encoding="utf-8")
    code, _, err = _run(capsys, "check", str(tmp_path))
    assert code == 4
    assert "m.yaml:3: handler.ciio: expected true or false, got 'maybe'" in err


def test_audit_and_consent_commands(capsys, tmp_path):
    db = f"sqlite:///{tmp_path / 'g.db'}"
    from piguard.govern.access import Principal
    from piguard.govern.services import build

    svc = build(db)
    handler = svc.registry.register_handler(Principal(0, "t", "admin"), name="Shop").id
    svc.close()
    code, out, _ = _run(capsys, "consent", "grant", "u1", str(handler), "news",
                        "--categories", "email", "--db", db)
    assert code == 0 and out.startswith("consent 1 granted")
    code, out, _ = _run(capsys, "consent", "check", "u1", str(handler), "news",
                        "--categories", "email", "--db", db)
    assert code == 0 and out.startswith("allowed")
    code, out, _ = _run(capsys, "consent", "withdraw", "1", "--db", db)
    assert code == 0
    code, out, _ = _run(capsys, "consent", "check", "u1", str(handler), "news",
                        "--categories", "email", "--db", db)
    assert code == 1 and "consent.withdrawn" in out and "PIPL art. 15" in out
    from piguard.protect.reidlog import ReidentificationLog

    log = tmp_path / "reid.jsonl"
    ReidentificationLog(log).append(actor="ann", purpose="audit sample", key_ref=("k", 1),
                                    operator="encrypt", values=1, columns=["phone"])
    code, out, _ = _run(capsys, "audit", "import-reid", str(log), "--db", db)
    assert code == 0 and "imported 1" in out
    code, out, _ = _run(capsys, "audit", "verify", "--db", db)
    assert code == 0 and out.startswith("audit chain OK: 4 events")
    engine = sa.create_engine(db)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2")
    engine.dispose()
    code, _, err = _run(capsys, "audit", "verify", "--db", db)
    assert code == 1 and "seq 2: hash mismatch (row altered)" in err


def test_check_can_record_in_the_audit_chain(capsys, tmp_path):
    db = f"sqlite:///{tmp_path / 'g.db'}"
    code, _, err = _run(capsys, "check", str(EXAMPLES / "violating"), "--record", "--db", db,
                        "--fail-on", "none", "--today", "2026-11-29")
    assert code == 0 and "check run 1 recorded" in err
    code, out, _ = _run(capsys, "audit", "log", "--db", db)
    (event,) = [json.loads(line) for line in out.splitlines()]
    assert event["event"] == "check.run" and event["data"]["counts"]["high"] == 10


def test_check_output_folder_is_a_one_line_usage_error(capsys, tmp_path):
    code, _, err = _run(capsys, "check", str(EXAMPLES / "violating"), "-o", str(tmp_path))
    assert code == 2
    assert err.strip() == f"piguard: cannot write {tmp_path}: it is a folder"
    assert list(tmp_path.iterdir()) == []
