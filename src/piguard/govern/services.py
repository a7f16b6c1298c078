"""The composition root: one place that builds every governance service on one database."""

from __future__ import annotations

import os
from dataclasses import dataclass

from piguard.govern.access import TokenService
from piguard.govern.consent import ConsentLedger
from piguard.govern.registry import Registry
from piguard.store.db import DEFAULT_URL, Database

DB_ENV = "PIGUARD_DB"


def database_url(url: str | None = None) -> str:
    """``url``, else ``$PIGUARD_DB``, else a SQLite file ``piguard.db`` in the working folder."""
    return url or os.environ.get(DB_ENV) or DEFAULT_URL


@dataclass
class Services:
    db: Database
    registry: Registry
    consents: ConsentLedger
    tokens: TokenService

    def close(self) -> None:
        self.db.dispose()


def build(url: str | None = None, *, migrate: bool = True, **engine_options) -> Services:
    """Open the database (migrating it to the latest schema unless told not to)."""
    db = Database.from_url(database_url(url), **engine_options)
    if migrate:
        db.upgrade()
    return Services(db, Registry(db), ConsentLedger(db), TokenService(db))
