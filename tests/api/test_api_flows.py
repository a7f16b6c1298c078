"""API behaviour beyond authorization: OpenAPI, checks, activities, consents, audit, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "manifests"


@pytest.fixture
def auth(admin_token):
    return {"Authorization": f"Bearer {admin_token}"}


def test_health_and_openapi_are_public(client):
    assert client.get("/health").json()["status"] == "ok"
    spec = client.get("/openapi.json").json()
    assert {"/handlers", "/consents/decide", "/audit/verify", "/checks"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 200


def test_check_endpoint_reports_findings_and_is_audited(client, auth):
    files = {p.name: p.read_text(encoding="utf-8") for p in (EXAMPLES / "violating").glob("*.yaml")}
    r = client.post("/checks", json={"files": files}, headers=auth)
    assert r.status_code == 201
    report = r.json()["report"]
    assert report["counts"]["high"] > 0
    officer = next(f for f in report["findings"] if f["rule_id"] == "PIPL-52-OFFICER")
    assert officer["citations"][0] == "PIPL art. 52"
    stored = client.get(f"/checks/{r.json()['id']}", headers=auth).json()
    assert stored["report"] == report
    events = client.get("/audit/events", headers=auth).json()
    assert events[-1]["event"] == "check.run"
    assert events[-1]["data"]["counts"] == report["counts"]


def test_bad_manifest_is_422_with_file_line_field(client, auth):
    r = client.post("/checks", headers=auth,
                    json={"files": {"m.yaml": "handler:\n  name: X\n  individuals: -3\n"}})
    assert r.status_code == 422
    assert r.json()["problems"] == [{"file": "m.yaml", "line": 3, "field": "handler.individuals",
                                     "message": "expected a whole number >= 0, got -3"}]


def test_handlers_and_activities(client, auth):
    h = client.post("/handlers", json={"name": "Shop", "individuals": 5}, headers=auth)
    assert h.status_code == 201
    hid = h.json()["id"]
    dup = client.post("/handlers", json={"name": "Shop"}, headers=auth)
    assert dup.status_code == 422 and "existing record" in dup.json()["detail"]
    act = {"id": "orders", "purpose": "deliver", "manner": "app", "legal_basis": ["contract"],
           "scope": {"pi": ["address", "phone_number"]}, "retention": "3 years"}
    r = client.post(f"/handlers/{hid}/activities", json=act, headers=auth)
    assert r.status_code == 201 and r.json()["declaration"]["legal_basis"] == ["contract"]
    bad = client.post(f"/handlers/{hid}/activities", json={"id": "x", "legal_basis": ["magic"]},
                      headers=auth)
    assert bad.status_code == 422
    assert bad.json()["problems"][0]["field"] == "activities[0].legal_basis"
    assert [a["key"] for a in client.get(f"/handlers/{hid}/activities", headers=auth).json()] == [
        "orders"]
    assert client.get("/handlers/999", headers=auth).status_code == 404


def test_consent_decisions_over_http(client, auth):
    hid = client.post("/handlers", json={"name": "Shop"}, headers=auth).json()["id"]
    grant = client.post("/consents", headers=auth, json={
        "individual": "u1", "handler_id": hid, "purpose": "delivery",
        "categories": ["address", "location"]})
    assert grant.status_code == 201
    ask = {"individual": "u1", "handler_id": hid, "purpose": "delivery", "categories": ["location"]}
    d = client.post("/consents/decide", json=ask, headers=auth).json()
    assert d == {"allowed": False, "consent_ids": [], "reasons": [{
        "code": "consent.separate_required", "citation": "PIPL art. 29",
        "message": "sensitive PI location needs a separate consent"}]}
    client.post("/consents", headers=auth, json={**ask, "separate": True})
    assert client.post("/consents/decide", json=ask, headers=auth).json()["allowed"] is True
    out = client.post("/consents/withdraw", headers=auth, json={
        "individual": "u1", "handler_id": hid, "purpose": "delivery"}).json()
    assert len(out) == 2
    d = client.post("/consents/decide", json=ask, headers=auth).json()
    assert d["reasons"][0]["citation"] == "PIPL art. 15"
    minor = client.post("/consents", headers=auth, json={
        "individual": "kid", "handler_id": hid, "purpose": "club", "categories": ["name"],
        "minor_under_14": True})
    assert minor.status_code == 422 and "art. 31" in minor.json()["detail"]
    chain = client.get("/audit/verify", headers=auth).json()
    assert chain["ok"] and chain["events"] >= 6


def test_app_factory_reads_the_database_from_the_environment(tmp_path, monkeypatch):
    """`piguard serve` runs `app_from_env` under uvicorn with $PIGUARD_DB set."""
    from fastapi.testclient import TestClient

    from piguard.api.app import app_from_env

    monkeypatch.setenv("PIGUARD_DB", f"sqlite:///{tmp_path / 'env.db'}")
    app = app_from_env()
    try:
        with TestClient(app) as c:
            assert c.get("/health").json()["backend"] == "sqlite"
    finally:
        app.state.services.close()
    assert (tmp_path / "env.db").exists()
