"""Engines and transactions for SQLite (embedded default, WAL) and PostgreSQL.

Every write runs in :meth:`Database.write`: on SQLite that is ``BEGIN IMMEDIATE``
(the writer lock is taken up front, so two writers never both read the audit head
and then collide); on PostgreSQL an ordinary transaction in which the audit
repository locks the head row with ``SELECT ... FOR UPDATE``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from piguard.errors import ConfigError, StoreError

DEFAULT_URL = "sqlite:///piguard.db"
#: The newest migration; a test holds it equal to Alembic's head.
HEAD_REVISION = "0001"
_MIGRATIONS = Path(__file__).with_name("migrations")
_IMMEDIATE = "piguard_sqlite_immediate"
_SINGLE = "piguard_single_statement"


def _sqlite_engine(url: sa.URL, **kwargs) -> sa.Engine:
    engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                              **kwargs)

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (pysqlite quirk)
        cursor = dbapi_conn.cursor()
        if url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn):
        options = conn.get_execution_options()
        if options.get(_SINGLE):
            return  # one SELECT is atomic by itself: spare the BEGIN/ROLLBACK round
        conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get(_IMMEDIATE) else "BEGIN")

    return engine


def make_engine(url: str, **kwargs) -> sa.Engine:
    """Build an engine for ``url`` (``sqlite:///file.db`` or ``postgresql+psycopg://...``)."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise ConfigError(f"not a database URL: {exc}") from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, **kwargs)
    if parsed.get_backend_name() == "postgresql":
        kwargs.setdefault("pool_size", 10)
        kwargs.setdefault("max_overflow", 20)
        kwargs.setdefault("pool_recycle", 1800)  # no pre-ping: it costs a round trip per checkout
        return sa.create_engine(parsed, **kwargs)
    raise ConfigError(f"unsupported database backend {parsed.get_backend_name()!r}")


@contextmanager
def _connected(engine: sa.Engine) -> Iterator[sa.Connection]:
    try:
        with engine.connect() as conn:
            yield conn
    except sa.exc.OperationalError as exc:
        raise StoreError(f"database unavailable: {exc.orig}") from exc


def _first_line(error: object) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


class Database:
    """One engine plus the two kinds of transaction piguard uses."""

    def __init__(self, engine: sa.Engine, single: sa.Engine | None = None):
        self.engine = engine
        self._writer = engine.execution_options(**{_IMMEDIATE: True})
        # One-statement reads skip BEGIN/ROLLBACK: on SQLite by not issuing BEGIN, elsewhere
        # through a pool of connections that stay in autocommit (no per-checkout switching).
        self._single = single or (engine.execution_options(**{_SINGLE: True})
                                  if engine.dialect.name == "sqlite" else engine)
        self._own_single = single is not None

    @classmethod
    def from_url(cls, url: str, **kwargs) -> Database:
        engine = make_engine(url, **kwargs)
        single = None
        if engine.dialect.name != "sqlite":
            single = make_engine(url, isolation_level="AUTOCOMMIT", **kwargs)
        return cls(engine, single)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def embedded(self) -> bool:
        """True when queries run in this process (SQLite): no network round trip to wait on."""
        return self.backend == "sqlite"

    def read(self) -> AbstractContextManager[sa.Connection]:
        return _connected(self.engine)

    def read_single(self) -> AbstractContextManager[sa.Connection]:
        """A connection for exactly one SELECT, outside any transaction (the hot read path)."""
        return _connected(self._single)

    @contextmanager
    def write(self) -> Iterator[sa.Connection]:
        try:
            with self._writer.begin() as conn:
                yield conn
        except sa.exc.IntegrityError as exc:  # e.g. a name that must be unique: the caller's input
            raise ConfigError(f"conflicts with an existing record: {_first_line(exc.orig)}") from exc
        except sa.exc.OperationalError as exc:
            raise StoreError(f"database unavailable: {exc.orig}") from exc

    def current_revision(self) -> str | None:
        with self.read() as conn:
            if not sa.inspect(conn).has_table("alembic_version"):
                return None
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()

    def upgrade(self, revision: str = "head") -> None:
        """Apply Alembic migrations up to ``revision`` (a no-op when already at the head)."""
        if revision == "head" and self.current_revision() == HEAD_REVISION:
            return
        self._alembic(command.upgrade, revision)

    def downgrade(self, revision: str) -> None:
        """Revert migrations down to ``revision`` (``base`` drops every table)."""
        self._alembic(command.downgrade, revision)

    def _alembic(self, action, revision: str) -> None:
        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        with self.engine.begin() as conn:
            config.attributes["connection"] = conn
            action(config, revision)

    def dispose(self) -> None:
        self.engine.dispose()
        if self._own_single:
            self._single.dispose()
