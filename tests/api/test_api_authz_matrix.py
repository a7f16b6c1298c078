"""The authorization matrix: every endpoint × every role (and no token), deny by default."""

from __future__ import annotations

import pytest
from fastapi.routing import APIRoute

from piguard.api.app import PUBLIC_PATHS, ROUTERS, create_app
from piguard.govern.access import PERMISSIONS, ROLES, Principal

SUBJECT = "subj-1"
DPO = Principal(0, "seed", "dpo")

# (method, path template) -> request builder over the seeded context
SAMPLES = {
    ("POST", "/handlers"): lambda c: ("POST", "/handlers", {"name": f"Another {c['role']}"}),
    ("GET", "/handlers"): lambda c: ("GET", "/handlers", None),
    ("GET", "/handlers/{handler_id}"): lambda c: ("GET", f"/handlers/{c['handler']}", None),
    ("POST", "/handlers/{handler_id}/activities"): lambda c: (
        "POST", f"/handlers/{c['handler']}/activities",
        {"id": f"newsletter-{c['role']}", "purpose": "send news", "manner": "email", "legal_basis": ["consent"],
         "scope": {"pi": ["email"]}, "retention": "until unsubscribed"}),
    ("GET", "/handlers/{handler_id}/activities"): lambda c: (
        "GET", f"/handlers/{c['handler']}/activities", None),
    ("POST", "/checks"): lambda c: ("POST", "/checks", {"files": {"m.yaml": "handler: {name: X}"}}),
    ("GET", "/checks/{run_id}"): lambda c: ("GET", f"/checks/{c['check']}", None),
    ("POST", "/consents"): lambda c: ("POST", "/consents", {
        "individual": SUBJECT, "handler_id": c["handler"], "purpose": "news",
        "categories": ["email"]}),
    ("GET", "/consents"): lambda c: ("GET", f"/consents?individual={SUBJECT}", None),
    ("POST", "/consents/withdraw"): lambda c: ("POST", "/consents/withdraw", {
        "individual": SUBJECT, "handler_id": c["handler"], "purpose": "news"}),
    ("POST", "/consents/decide"): lambda c: ("POST", "/consents/decide", {
        "individual": SUBJECT, "handler_id": c["handler"], "purpose": "news",
        "categories": ["email"]}),
    ("POST", "/consents/{consent_id}/withdraw"): lambda c: (
        "POST", f"/consents/{c['consent']}/withdraw", None),
    ("GET", "/audit/events"): lambda c: ("GET", "/audit/events", None),
    ("GET", "/audit/verify"): lambda c: ("GET", "/audit/verify", None),
    ("POST", "/tokens"): lambda c: ("POST", "/tokens", {"name": "ops", "role": "auditor"}),
    ("DELETE", "/tokens/{token_id}"): lambda c: ("DELETE", f"/tokens/{c['spare_token']}", None),
}


def _routes(app):
    """Every API route: the resource routers' and any defined on the app itself."""
    mounted = [r for router in ROUTERS for r in router.routes]
    for route in [*mounted, *app.routes]:
        if isinstance(route, APIRoute) and route.path not in PUBLIC_PATHS:
            for method in route.methods:
                yield method, route


def _action(route: APIRoute) -> str | None:
    actions = [d.call.action for d in route.dependant.dependencies if hasattr(d.call, "action")]
    return actions[0] if len(actions) == 1 else None


def _allowed(method: str, path: str) -> frozenset[str]:
    app = create_app(None)
    route = next(r for m, r in _routes(app) if m == method and r.path == path)
    return PERMISSIONS[_action(route)]


def test_every_route_is_guarded_by_exactly_one_known_action():
    app = create_app(None)
    seen = {}
    for method, route in _routes(app):
        action = _action(route)
        assert action in PERMISSIONS, f"{method} {route.path} has no (single) permission"
        seen[(method, route.path)] = action
    assert set(seen) == set(SAMPLES), "every endpoint needs a sample request in this matrix"
    assert set(seen.values()) == set(PERMISSIONS), "a permission names no endpoint"


@pytest.fixture
def seeded(svc):
    handler = svc.registry.register_handler(DPO, name="Shop").id
    consent = svc.consents.grant(DPO, individual=SUBJECT, handler_id=handler, purpose="news",
                                 categories=["email"]).id
    run, _ = svc.registry.run_check(DPO, files={"m.yaml": "handler: {name: Shop}"})
    _, spare = svc.tokens.create(actor="test", name="spare", role="auditor")
    tokens = {role: svc.tokens.create(actor="test", name=role, role=role,
                                      subject=SUBJECT if role == "subject" else None)[0]
              for role in ROLES}
    return {"handler": handler, "consent": consent, "check": run.id,
            "spare_token": spare.token_id, "tokens": tokens}


@pytest.mark.parametrize("endpoint", sorted(SAMPLES), ids=lambda e: f"{e[0]} {e[1]}")
def test_matrix(client, seeded, endpoint):
    """One endpoint against no token and each role; denied roles go first (they change nothing)."""
    allowed = _allowed(*endpoint)
    outcome = {}
    for role in [None, *sorted(set(ROLES) - allowed), *sorted(allowed)]:
        method, url, body = SAMPLES[endpoint]({**seeded, "role": role})
        headers = {} if role is None else {"Authorization": f"Bearer {seeded['tokens'][role]}"}
        outcome[role] = client.request(method, url, json=body, headers=headers).status_code
    expected = {role: (401 if role is None else 403) for role in outcome}
    for role in allowed:
        if 200 <= outcome[role] < 300:
            expected[role] = outcome[role]
    assert outcome == expected


def test_unknown_and_revoked_tokens_are_refused(client, svc, seeded):
    assert client.get("/handlers", headers={"Authorization": "Bearer nope"}).status_code == 401
    svc.tokens.revoke(actor="test", token_id=svc.tokens.authenticate(
        seeded["tokens"]["dpo"]).token_id)
    response = client.get("/handlers", headers={"Authorization": f"Bearer {seeded['tokens']['dpo']}"})
    assert response.status_code == 401


def test_subject_cannot_reach_other_individuals(client, seeded):
    headers = {"Authorization": f"Bearer {seeded['tokens']['subject']}"}
    response = client.get("/consents?individual=someone-else", headers=headers)
    assert response.status_code == 403
    response = client.post("/consents", headers=headers, json={
        "individual": "someone-else", "handler_id": seeded["handler"], "purpose": "news",
        "categories": ["email"]})
    assert response.status_code == 403
