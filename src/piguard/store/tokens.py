"""Repository of API tokens (only SHA-256 digests of tokens are stored)."""

from __future__ import annotations

import sqlalchemy as sa

from piguard.store.records import TokenRecord
from piguard.store.tables import api_tokens


def _record(row) -> TokenRecord:
    return TokenRecord(row.id, row.name, row.role, row.subject, row.token_hash, row.created_at,
                       row.revoked_at)


def insert_token(conn: sa.Connection, *, name: str, role: str, subject: str | None,
                 token_hash: str, created_at: str) -> TokenRecord:
    new_id = conn.execute(
        sa.insert(api_tokens).values(name=name, role=role, subject=subject,
                                     token_hash=token_hash, created_at=created_at)
        .returning(api_tokens.c.id)
    ).scalar_one()
    return TokenRecord(new_id, name, role, subject, token_hash, created_at, None)


def find_token(conn: sa.Connection, token_hash: str) -> TokenRecord | None:
    row = conn.execute(sa.select(api_tokens).where(api_tokens.c.token_hash == token_hash)).first()
    return None if row is None else _record(row)


def revoke_token(conn: sa.Connection, token_id: int, at: str) -> bool:
    result = conn.execute(sa.update(api_tokens)
                          .where(api_tokens.c.id == token_id, api_tokens.c.revoked_at.is_(None))
                          .values(revoked_at=at))
    return result.rowcount == 1
