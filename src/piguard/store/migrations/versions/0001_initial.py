"""Initial governance schema: handlers, activities, checks, consents, audit chain, tokens.

Schema only: legal content (rules, necessary-PI lists) is package data, never seeded here.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

GENESIS_HASH = "0" * 64


def upgrade() -> None:
    op.create_table(
        "handlers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("sector", sa.String(100), nullable=False, server_default=""),
        sa.Column("ciio", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("individuals", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "activities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("handler_id", sa.Integer, sa.ForeignKey("handlers.id"), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("purpose", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.UniqueConstraint("handler_id", "key", name="uq_activities_handler_key"),
    )
    op.create_table(
        "check_runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("handler_id", sa.Integer, sa.ForeignKey("handlers.id"), nullable=True),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("report", sa.Text, nullable=False),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("individual", sa.String(200), nullable=False),
        sa.Column("handler_id", sa.Integer, sa.ForeignKey("handlers.id"), nullable=False),
        sa.Column("purpose", sa.String(200), nullable=False),
        sa.Column("categories", sa.Text, nullable=False),
        sa.Column("separate", sa.Boolean, nullable=False),
        sa.Column("minor_under_14", sa.Boolean, nullable=False),
        sa.Column("guardian", sa.String(200), nullable=True),
        sa.Column("notice_version", sa.String(100), nullable=False, server_default=""),
        sa.Column("granted_at", sa.String(40), nullable=False),
        sa.Column("withdrawn_at", sa.String(40), nullable=True),
    )
    op.create_index("ix_consents_subject", "consents", ["individual", "handler_id", "purpose"])
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("event", sa.String(100), nullable=False),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    # The lock row every appender takes; structural, not legal content.
    op.bulk_insert(head, [{"id": 1, "seq": 0, "hash": GENESIS_HASH}])
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("subject", sa.String(200), nullable=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("revoked_at", sa.String(40), nullable=True),
    )


def downgrade() -> None:
    for table in ("api_tokens", "audit_head", "audit_events", "consents", "check_runs",
                  "activities", "handlers"):
        op.drop_table(table)
