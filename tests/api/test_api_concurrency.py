"""Many clients granting and withdrawing at once over HTTP: no event lost, the chain stays valid."""

from __future__ import annotations

import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import uvicorn

from piguard.api.app import create_app
from piguard.govern import audit
from piguard.govern.access import Principal

CLIENTS = 8
OPS_PER_CLIENT = 20  # each op: one grant; every second grant is then withdrawn


class _Server:
    """uvicorn on a free loopback port in a background thread."""

    def __init__(self, app):
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                                lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)


@pytest.mark.slow
def test_concurrent_grants_and_withdrawals(svc):
    handler = svc.registry.register_handler(Principal(0, "seed", "dpo"), name="Shop").id
    token, _ = svc.tokens.create(actor="test", name="dpo", role="dpo")
    before = audit.verify(svc.db).events

    def client(n: int) -> Counter:
        done: Counter = Counter()
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"},
                          timeout=60) as http:
            for i in range(OPS_PER_CLIENT):
                r = http.post("/consents", json={
                    "individual": f"u{n}-{i}", "handler_id": handler, "purpose": "news",
                    "categories": ["email"]})
                assert r.status_code == 201, r.text
                done["granted"] += 1
                if i % 2:
                    w = http.post(f"/consents/{r.json()['id']}/withdraw")
                    assert w.status_code == 200 and w.json()["withdrawn_at"], w.text
                    done["withdrawn"] += 1
                d = http.post("/consents/decide", json={
                    "individual": f"u{n}-{i}", "handler_id": handler, "purpose": "news",
                    "categories": ["email"]})
                assert d.json()["allowed"] is (i % 2 == 0)  # withdrawal effective at once
        return done

    with _Server(create_app(svc)) as base, ThreadPoolExecutor(CLIENTS) as pool:
        totals = sum(pool.map(client, range(CLIENTS)), Counter())

    assert totals == {"granted": CLIENTS * OPS_PER_CLIENT, "withdrawn": CLIENTS * OPS_PER_CLIENT // 2}
    report = audit.verify(svc.db)
    assert report.ok, report.problems
    events = Counter(e.event for e in audit.list_events(svc.db, limit=10_000))
    assert events["consent.granted"] == totals["granted"]
    assert events["consent.withdrawn"] == totals["withdrawn"]
    assert report.events == before + totals["granted"] + totals["withdrawn"] == report.head_seq
