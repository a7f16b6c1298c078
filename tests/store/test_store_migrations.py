"""Migrations: Alembic's head is the one the fast path trusts; upgrade and downgrade both work."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory

from piguard.store import db as store_db
from piguard.store.db import HEAD_REVISION, Database


def test_head_revision_constant_matches_alembic():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(store_db.__file__).with_name("migrations")))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_upgrade_downgrade_upgrade(tmp_path):
    db = Database.from_url(f"sqlite:///{tmp_path / 'm.db'}")
    db.upgrade()
    assert db.current_revision() == HEAD_REVISION
    assert db.engine.dialect.name == "sqlite"
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("SELECT seq, hash FROM audit_head").one() == (0, "0" * 64)
    db.downgrade("base")
    assert set(sa.inspect(db.engine).get_table_names()) == {"alembic_version"}
    db.upgrade()
    assert "consents" in sa.inspect(db.engine).get_table_names()
    db.dispose()


def test_migrated_schema_matches_the_tables(svc):
    """The hand-written migration and ``store.tables`` describe the same columns."""
    from piguard.store.tables import metadata

    inspector = sa.inspect(svc.db.engine)
    for table in metadata.sorted_tables:
        live = {c["name"] for c in inspector.get_columns(table.name)}
        assert live == set(table.columns.keys()), table.name


def test_unopenable_database_is_a_store_error_not_a_driver_traceback(tmp_path):
    from piguard.errors import StoreError
    from piguard.store.db import Database

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    db = Database.from_url(f"sqlite:///{blocker / 'piguard.db'}")
    try:
        with pytest.raises(StoreError, match="database unavailable"):
            db.upgrade()
    finally:
        db.dispose()
