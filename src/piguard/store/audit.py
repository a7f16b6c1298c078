"""Repository of the audit chain: an append under the head-row lock, and ordered reads.

The hash itself is computed by ``piguard.govern.audit`` (it owns the rule); this
module owns only the SQL that makes appends atomic and serialized.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import sqlalchemy as sa

from piguard.store.records import AuditEventRecord
from piguard.store.tables import audit_events, audit_head

#: ``build(next_seq, prev_hash) -> record`` — supplied by the service that hashes.
Builder = Callable[[int, str], AuditEventRecord]


def append(conn: sa.Connection, build: Builder) -> AuditEventRecord:
    """Append one event inside the caller's write transaction.

    The head row is locked (``FOR UPDATE`` on PostgreSQL; SQLite already holds
    the database write lock from ``BEGIN IMMEDIATE``), so concurrent appenders
    queue here and the chain can never fork.
    """
    head = conn.execute(
        sa.select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == 1)
        .with_for_update()
    ).one()
    record = build(int(head.seq) + 1, head.hash)
    conn.execute(sa.insert(audit_events).values(
        seq=record.seq, at=record.at, actor=record.actor, event=record.event,
        subject=record.subject, data=record.data, prev_hash=record.prev_hash, hash=record.hash,
    ))
    conn.execute(sa.update(audit_head).where(audit_head.c.id == 1)
                 .values(seq=record.seq, hash=record.hash))
    return record


def head(conn: sa.Connection) -> tuple[int, str]:
    row = conn.execute(sa.select(audit_head.c.seq, audit_head.c.hash)
                       .where(audit_head.c.id == 1)).one()
    return int(row.seq), row.hash


def events(conn: sa.Connection, *, after: int = 0, limit: int | None = None,
           batch: int = 5000) -> Iterator[AuditEventRecord]:
    """Events in storage order of ``seq``, streamed in batches (bounded memory)."""
    last, served = after, 0
    while True:
        size = batch if limit is None else min(batch, limit - served)
        if size <= 0:
            return
        rows = conn.execute(sa.select(audit_events).where(audit_events.c.seq > last)
                            .order_by(audit_events.c.seq).limit(size)).all()
        if not rows:
            return
        for r in rows:
            yield AuditEventRecord(int(r.seq), r.at, r.actor, r.event, r.subject, r.data,
                                   r.prev_hash, r.hash)
        last, served = int(rows[-1].seq), served + len(rows)
