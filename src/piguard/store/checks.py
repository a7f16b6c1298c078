"""Repository of stored check runs (the report JSON as produced by ``govern``)."""

from __future__ import annotations

import sqlalchemy as sa

from piguard.errors import NotFound
from piguard.store.records import CheckRunRecord
from piguard.store.tables import check_runs


def insert_check_run(conn: sa.Connection, *, handler_id: int | None, at: str, actor: str,
                     report: str) -> CheckRunRecord:
    new_id = conn.execute(
        sa.insert(check_runs).values(handler_id=handler_id, at=at, actor=actor, report=report)
        .returning(check_runs.c.id)
    ).scalar_one()
    return CheckRunRecord(new_id, handler_id, at, actor, report)


def get_check_run(conn: sa.Connection, run_id: int) -> CheckRunRecord:
    row = conn.execute(sa.select(check_runs).where(check_runs.c.id == run_id)).first()
    if row is None:
        raise NotFound(f"no check run with id {run_id}")
    return CheckRunRecord(row.id, row.handler_id, row.at, row.actor, row.report)
