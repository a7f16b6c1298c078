"""The schema of piguard's governance store, as SQLAlchemy Core tables.

Timestamps are ISO-8601 UTC strings written by the service layer, so that what
the audit chain hashes is exactly what the database holds on every backend.
Structured payloads are canonical JSON text for the same reason.
Legal content (rules, necessary-PI lists) never lives here: it is package data.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

handlers = sa.Table(
    "handlers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("sector", sa.String(100), nullable=False, server_default=""),
    sa.Column("ciio", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("individuals", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("created_at", sa.String(40), nullable=False),
)

activities = sa.Table(
    "activities",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("handler_id", sa.Integer, sa.ForeignKey("handlers.id"), nullable=False),
    sa.Column("key", sa.String(200), nullable=False),
    sa.Column("purpose", sa.Text, nullable=False),
    sa.Column("body", sa.Text, nullable=False),  # canonical JSON of the declaration
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.UniqueConstraint("handler_id", "key", name="uq_activities_handler_key"),
)

check_runs = sa.Table(
    "check_runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("handler_id", sa.Integer, sa.ForeignKey("handlers.id"), nullable=True),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("report", sa.Text, nullable=False),  # canonical JSON of the check report
)

consents = sa.Table(
    "consents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("individual", sa.String(200), nullable=False),
    sa.Column("handler_id", sa.Integer, sa.ForeignKey("handlers.id"), nullable=False),
    sa.Column("purpose", sa.String(200), nullable=False),
    sa.Column("categories", sa.Text, nullable=False),  # JSON list, sorted
    sa.Column("separate", sa.Boolean, nullable=False),
    sa.Column("minor_under_14", sa.Boolean, nullable=False),
    sa.Column("guardian", sa.String(200), nullable=True),
    sa.Column("notice_version", sa.String(100), nullable=False, server_default=""),
    sa.Column("granted_at", sa.String(40), nullable=False),
    sa.Column("withdrawn_at", sa.String(40), nullable=True),
    sa.Index("ix_consents_subject", "individual", "handler_id", "purpose"),
)

audit_events = sa.Table(
    "audit_events",
    metadata,
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("event", sa.String(100), nullable=False),
    sa.Column("subject", sa.String(300), nullable=False),
    sa.Column("data", sa.Text, nullable=False),  # canonical JSON
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)

# One row (id = 1): the chain's head. Appenders lock it, so appends are serialized.
audit_head = sa.Table(
    "audit_head",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("seq", sa.BigInteger, nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)

api_tokens = sa.Table(
    "api_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("subject", sa.String(200), nullable=True),  # the individual a subject token speaks for
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("revoked_at", sa.String(40), nullable=True),
)
