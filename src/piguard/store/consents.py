"""Repository of the consent ledger: one row per grant; withdrawal stamps the row."""

from __future__ import annotations

import json

import sqlalchemy as sa

from piguard.errors import NotFound
from piguard.store.records import ConsentRecord
from piguard.store.tables import consents


def _record(row) -> ConsentRecord:
    return ConsentRecord(
        id=row.id, individual=row.individual, handler_id=row.handler_id, purpose=row.purpose,
        categories=tuple(json.loads(row.categories)), separate=bool(row.separate),
        minor_under_14=bool(row.minor_under_14), guardian=row.guardian,
        notice_version=row.notice_version, granted_at=row.granted_at,
        withdrawn_at=row.withdrawn_at,
    )


def insert_consent(conn: sa.Connection, *, individual: str, handler_id: int, purpose: str,
                   categories: tuple[str, ...], separate: bool, minor_under_14: bool,
                   guardian: str | None, notice_version: str, granted_at: str) -> ConsentRecord:
    cats = tuple(sorted(set(categories)))
    new_id = conn.execute(
        sa.insert(consents).values(
            individual=individual, handler_id=handler_id, purpose=purpose,
            categories=json.dumps(cats), separate=separate, minor_under_14=minor_under_14,
            guardian=guardian, notice_version=notice_version, granted_at=granted_at,
        ).returning(consents.c.id)
    ).scalar_one()
    return ConsentRecord(new_id, individual, handler_id, purpose, cats, separate, minor_under_14,
                         guardian, notice_version, granted_at, None)


def get_consent(conn: sa.Connection, consent_id: int) -> ConsentRecord:
    row = conn.execute(sa.select(consents).where(consents.c.id == consent_id)).first()
    if row is None:
        raise NotFound(f"no consent with id {consent_id}")
    return _record(row)


def mark_withdrawn(conn: sa.Connection, consent_id: int, at: str) -> bool:
    """Stamp a grant as withdrawn; False when it was already withdrawn."""
    result = conn.execute(
        sa.update(consents)
        .where(consents.c.id == consent_id, consents.c.withdrawn_at.is_(None))
        .values(withdrawn_at=at)
    )
    return result.rowcount == 1


# Built once: the consent decision runs this on every request.
_SUBJECT_GRANTS = (sa.select(consents)
                   .where(consents.c.individual == sa.bindparam("individual"),
                          consents.c.handler_id == sa.bindparam("handler_id"))
                   .order_by(consents.c.id))


def grants_of(conn: sa.Connection, *, individual: str, handler_id: int) -> list[ConsentRecord]:
    """Every grant (in force or withdrawn) of one individual to one handler."""
    rows = conn.execute(_SUBJECT_GRANTS, {"individual": individual, "handler_id": handler_id})
    return [_record(r) for r in rows]


def consents_for(conn: sa.Connection, *, individual: str, handler_id: int | None = None,
                 purpose: str | None = None, active_only: bool = False) -> list[ConsentRecord]:
    query = sa.select(consents).where(consents.c.individual == individual)
    if handler_id is not None:
        query = query.where(consents.c.handler_id == handler_id)
    if purpose is not None:
        query = query.where(consents.c.purpose == purpose)
    if active_only:
        query = query.where(consents.c.withdrawn_at.is_(None))
    return [_record(r) for r in conn.execute(query.order_by(consents.c.id))]


def count_consents(conn: sa.Connection) -> tuple[int, int]:
    """(grants, withdrawn grants) — for tests and the benchmark's sanity check."""
    total = conn.execute(sa.select(sa.func.count()).select_from(consents)).scalar_one()
    withdrawn = conn.execute(sa.select(sa.func.count()).select_from(consents)
                             .where(consents.c.withdrawn_at.is_not(None))).scalar_one()
    return int(total), int(withdrawn)
