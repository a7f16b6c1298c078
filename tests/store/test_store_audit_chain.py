"""Audit chain on SQLite and PostgreSQL: appends link up; tampering of any kind is detected."""

from __future__ import annotations

import itertools
import json

import pytest
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
    from piguard.errors import ConfigError

    with pytest.raises(ConfigError), svc.db.write() as conn:
        audit.record(conn, actor="a", event="Consent Granted", subject="s", data={})
    assert audit.verify(svc.db).events == 0  # the failed transaction left nothing


def test_import_reidentification_log(svc, tmp_path):
    from piguard.errors import IntegrityError
    from piguard.protect.reidlog import ReidentificationLog

    path = tmp_path / "reid.jsonl"
    log = ReidentificationLog(path)
    log.append(actor="alice", purpose="fraud case 7", key_ref=("k1", 1), operator="encrypt",
               values=3, columns=["phone"])
    assert audit.import_reidentification_log(svc.db, path, actor="importer") == 1
    log.append(actor="bob", purpose="court order", key_ref=("k1", 2), operator="fpe",
               values=1, columns=["id"])
    # the grown log: only the new record joins
    assert audit.import_reidentification_log(svc.db, path, actor="importer") == 1
    assert audit.import_reidentification_log(svc.db, path, actor="importer") == 0
    events = audit.list_events(svc.db)
    assert [(e.event, e.actor) for e in events] == [("value.reidentified", "alice"),
                                                   ("value.reidentified", "bob")]
    data = json.loads(events[1].data)
    assert data["record"]["purpose"] == "court order" and data["record"]["seq"] == 2
    assert audit.verify(svc.db).ok
    # an altered log is refused as a whole
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text(lines[0].replace("alice", "eve") + "\n" + lines[1] + "\n", encoding="utf-8")
    with pytest.raises(IntegrityError):
        audit.import_reidentification_log(svc.db, path, actor="importer")
    assert audit.verify(svc.db).events == 2
