"""Shared fixtures: fresh governance databases on SQLite (file, WAL) and PostgreSQL.

Used by tests/store, tests/api and tests/govern.
PostgreSQL cases run against ``$PIGUARD_TEST_PG_URL`` (set by ``.ci/run``) in a
schema of their own that is dropped afterwards; they are skipped only when the
variable is unset.
"""

from __future__ import annotations

import os
import uuid
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from piguard.govern.services import build

PG_URL = os.environ.get("PIGUARD_TEST_PG_URL")
BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=[
        pytest.mark.postgres,
        pytest.mark.skipif(not PG_URL, reason="PIGUARD_TEST_PG_URL is not set")]),
]


@contextmanager
def fresh_services(backend: str, tmp_path, **engine_options):
    if backend == "sqlite":
        svc = build(f"sqlite:///{tmp_path / 'piguard.db'}", **engine_options)
        try:
            yield svc
        finally:
            svc.close()
        return
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    # Tests need no durability: skip the fsync at each commit (the CI disk is slow).
    options = f"-csearch_path={schema} -csynchronous_commit=off"
    svc = build(PG_URL, connect_args={"options": options}, **engine_options)
    try:
        yield svc
    finally:
        svc.close()
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


def clean(svc) -> None:
    """Empty every table and reset the audit head (cheaper than migrating per test)."""
    from piguard.store.tables import audit_head, metadata

    with svc.db.engine.begin() as conn:
        for table in reversed(metadata.sorted_tables):
            conn.execute(table.delete())
        conn.execute(audit_head.insert().values(id=1, seq=0, hash="0" * 64))


@pytest.fixture(scope="session", params=BACKENDS)
def migrated(request, tmp_path_factory):
    with fresh_services(request.param, tmp_path_factory.mktemp(request.param)) as services:
        yield services


@pytest.fixture
def svc(migrated):
    clean(migrated)
    return migrated
