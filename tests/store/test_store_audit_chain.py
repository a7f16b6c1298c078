"""Audit chain on SQLite and PostgreSQL: appends link up; tampering of any kind is detected."""

from __future__ import annotations

import itertools
import json

import sqlalchemy as sa

from piguard.govern import audit
from piguard.store.tables import audit_events


def _fill(svc, n=5):
    with svc.db.write() as conn:
        for i in range(n):
            audit.record(conn, actor="test", event="consent.granted", subject=f"individual:u{i}",
                         data={"i": i, "note": "个人"})


def test_appends_link_and_verify(svc):
    _fill(svc)
    report = audit.verify(svc.db)
    assert report.ok, report.problems
    assert (report.events, report.head_seq) == (5, 5)
    events = audit.list_events(svc.db)
    assert [e.seq for e in events] == [1, 2, 3, 4, 5]
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(events))
    assert events[0].prev_hash == audit.GENESIS_HASH


def test_altered_row_is_detected(svc):
    _fill(svc)
    with svc.db.engine.begin() as conn:
        conn.execute(sa.update(audit_events).where(audit_events.c.seq == 3)
                     .values(data=json.dumps({"i": 99})))
    report = audit.verify(svc.db)
    assert not report.ok
    assert report.problems == ["seq 3: hash mismatch (row altered)"]


def test_removed_row_is_detected(svc):
    _fill(svc)
    with svc.db.engine.begin() as conn:
        conn.execute(sa.delete(audit_events).where(audit_events.c.seq == 2))
    problems = audit.verify(svc.db).problems
    assert any("seq 3: expected seq 2" in p for p in problems)
    assert any("seq 3: prev_hash" in p for p in problems)


def test_removed_tail_is_detected(svc):
    _fill(svc)
    with svc.db.engine.begin() as conn:
        conn.execute(sa.delete(audit_events).where(audit_events.c.seq == 5))
    (problem,) = audit.verify(svc.db).problems
    assert "head says seq 5 but the chain ends at seq 4" in problem


def test_reordered_rows_are_detected(svc):
    _fill(svc)
    with svc.db.engine.begin() as conn:  # swap rows 2 and 4 by renumbering
        conn.execute(sa.update(audit_events).where(audit_events.c.seq == 2).values(seq=-2))
        conn.execute(sa.update(audit_events).where(audit_events.c.seq == 4).values(seq=2))
        conn.execute(sa.update(audit_events).where(audit_events.c.seq == -2).values(seq=4))
    problems = audit.verify(svc.db).problems
    assert any(p.startswith("seq 2:") for p in problems)
    assert any(p.startswith("seq 4:") for p in problems)


def test_bad_event_names_are_refused(svc):
    import pytest

    from piguard.errors import ConfigError

    with pytest.raises(ConfigError), svc.db.write() as conn:
        audit.record(conn, actor="a", event="Consent Granted", subject="s", data={})
    assert audit.verify(svc.db).events == 0  # the failed transaction left nothing


def test_import_reidentification_log(svc, tmp_path):
    log = tmp_path / "reid.jsonl"
    log.write_text(
        json.dumps({"at": "2026-11-29T10:00:00Z", "actor": "alice", "purpose": "fraud case 7",
                    "key_id": "k1", "category": "IDENTITY_DOCUMENT", "value": "secret"}) + "\n"
        + json.dumps({"at": "2026-11-29T10:05:00Z", "actor": "bob", "purpose": "court order",
                      "key_id": "k1", "category": "BASIC_PROFILE"}) + "\n",
        encoding="utf-8")
    assert audit.import_reidentification_log(svc.db, log, actor="importer") == 2
    assert audit.import_reidentification_log(svc.db, log, actor="importer") == 0  # idempotent
    events = audit.list_events(svc.db)
    assert [(e.event, e.actor) for e in events] == [("value.reidentified", "alice"),
                                                   ("value.reidentified", "bob")]
    assert "secret" not in events[0].data  # the revealed value is never copied
    assert audit.verify(svc.db).ok
