"""Repository of handlers and their registered processing activities."""

from __future__ import annotations

import sqlalchemy as sa

from piguard.errors import NotFound
from piguard.store.records import ActivityRecord, HandlerRecord
from piguard.store.tables import activities, handlers


def _handler(row) -> HandlerRecord:
    return HandlerRecord(row.id, row.name, row.sector, bool(row.ciio), int(row.individuals),
                         row.created_at)


def _activity(row) -> ActivityRecord:
    return ActivityRecord(row.id, row.handler_id, row.key, row.purpose, row.body, row.created_at)


def insert_handler(conn: sa.Connection, *, name: str, sector: str, ciio: bool,
                   individuals: int, created_at: str) -> HandlerRecord:
    new_id = conn.execute(
        sa.insert(handlers).values(name=name, sector=sector, ciio=ciio, individuals=individuals,
                                   created_at=created_at).returning(handlers.c.id)
    ).scalar_one()
    return HandlerRecord(new_id, name, sector, ciio, individuals, created_at)


def get_handler(conn: sa.Connection, handler_id: int) -> HandlerRecord:
    row = conn.execute(sa.select(handlers).where(handlers.c.id == handler_id)).first()
    if row is None:
        raise NotFound(f"no handler with id {handler_id}")
    return _handler(row)


def list_handlers(conn: sa.Connection) -> list[HandlerRecord]:
    return [_handler(r) for r in conn.execute(sa.select(handlers).order_by(handlers.c.id))]


def insert_activity(conn: sa.Connection, *, handler_id: int, key: str, purpose: str, body: str,
                    created_at: str) -> ActivityRecord:
    new_id = conn.execute(
        sa.insert(activities).values(handler_id=handler_id, key=key, purpose=purpose, body=body,
                                     created_at=created_at).returning(activities.c.id)
    ).scalar_one()
    return ActivityRecord(new_id, handler_id, key, purpose, body, created_at)


def list_activities(conn: sa.Connection, handler_id: int) -> list[ActivityRecord]:
    query = (sa.select(activities).where(activities.c.handler_id == handler_id)
             .order_by(activities.c.id))
    return [_activity(r) for r in conn.execute(query)]
