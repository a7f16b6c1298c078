"""SQL tables by URL: ``sqlite:///path``, ``duckdb:///path``, ``postgresql://...``.

A URL names a database; ``?table=NAME`` narrows it to one table. SQLite uses the
standard library, DuckDB its own package, PostgreSQL ``psycopg`` (the ``service``
extra), imported only when such a URL is used. Databases are opened read-only
where the driver allows it.

>>> parse_sql_url("sqlite:///data/shop.sqlite?table=customers")
SqlUrl(scheme='sqlite', target='data/shop.sqlite', table='customers')
>>> parse_sql_url("sqlite:////abs/shop.db").target
'/abs/shop.db'
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit, urlunsplit

import pyarrow as pa

from piguard.errors import InputError, UnsupportedFormat

__all__ = [
    "SQL_SCHEMES",
    "SqlUrl",
    "count_rows",
    "is_sql_url",
    "list_tables",
    "parse_sql_url",
    "read_sql_batches",
    "sqlite_url",
]

SQL_SCHEMES = ("sqlite", "duckdb", "postgresql", "postgres")
_NAME = re.compile(r"^[^\x00\"]{1,200}$")


@dataclass(frozen=True)
class SqlUrl:
    scheme: str  # sqlite | duckdb | postgresql
    target: str  # file path, or the libpq URL without the table query
    table: str | None = None

    def with_table(self, table: str) -> str:
        """Display URL naming one table."""
        if self.scheme == "postgresql":  # never show user names or passwords
            parts = urlsplit(self.target)
            host = parts.hostname or ""
            port = f":{parts.port}" if parts.port else ""
            return f"postgresql://{host}{port}{parts.path}?table={table}"
        return f"{self.scheme}:///{self.target}?table={table}"


def display_url(url: str) -> str:
    """``url`` without a user name or password, fit for reports and messages.

    >>> display_url("postgresql://alice:s3cret@db.example:5432/crm?table=t")
    'postgresql://db.example:5432/crm?table=t'
    >>> display_url("sqlite:///data/crm.sqlite")
    'sqlite:///data/crm.sqlite'
    """
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def is_sql_url(source: object) -> bool:
    return isinstance(source, str) and source.split(":", 1)[0].split("+")[0] in SQL_SCHEMES \
        and "://" in source


def sqlite_url(path: str | Path, table: str | None = None) -> str:
    """URL of a SQLite file (and table)."""
    url = f"sqlite:///{Path(path)}"
    return f"{url}?table={table}" if table else url


def parse_sql_url(url: str) -> SqlUrl:
    parts = urlsplit(url)
    scheme = parts.scheme.split("+")[0]
    if scheme not in SQL_SCHEMES:
        raise UnsupportedFormat(f"unsupported database URL scheme {scheme!r}")
    table = (parse_qs(parts.query).get("table") or [None])[0]
    if scheme in ("postgresql", "postgres"):
        query = "&".join(p for p in parts.query.split("&") if p and not p.startswith("table="))
        target = urlunsplit(("postgresql", parts.netloc, parts.path, query, ""))
        return SqlUrl("postgresql", target, table)
    # sqlite:///relative/path and sqlite:////absolute/path (SQLAlchemy's convention)
    path = parts.path[1:] if parts.path.startswith("/") else parts.path
    if not path:
        raise InputError(f"{scheme} URL names no database file")
    return SqlUrl(scheme, path, table)


def _quote(name: str) -> str:
    if not _NAME.match(name):
        raise InputError("unusable table name")
    return '"' + name + '"'


def _connect(url: SqlUrl):
    if url.scheme == "sqlite":
        if not Path(url.target).is_file():
            raise InputError(f"SQLite database not found: {url.target}")
        try:
            conn = sqlite3.connect(f"file:{Path(url.target).resolve()}?mode=ro", uri=True)
            conn.execute("select count(*) from sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise InputError(f"not a readable SQLite database ({exc})") from exc
        return conn
    if url.scheme == "duckdb":
        import duckdb

        if not Path(url.target).is_file():
            raise InputError(f"DuckDB database not found: {url.target}")
        try:
            return duckdb.connect(url.target, read_only=True)
        except duckdb.Error as exc:
            raise InputError(f"not a readable DuckDB database ({exc.__class__.__name__})") from exc
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - depends on installed extras
        raise UnsupportedFormat("PostgreSQL needs psycopg: install piguard[service]") from exc
    try:
        return psycopg.connect(url.target)
    except psycopg.Error as exc:
        raise InputError(f"cannot connect to PostgreSQL ({exc.__class__.__name__})") from exc


def list_tables(url: str | SqlUrl) -> list[str]:
    """User tables of the database (or just the URL's table)."""
    url = parse_sql_url(url) if isinstance(url, str) else url
    if url.table:
        return [url.table]
    conn = _connect(url)
    try:
        if url.scheme == "sqlite":
            rows = conn.execute(
                "select name from sqlite_master where type='table' "
                "and name not like 'sqlite_%' order by name").fetchall()
        elif url.scheme == "duckdb":
            rows = conn.execute(
                "select table_name from information_schema.tables "
                "where table_type='BASE TABLE' order by table_name").fetchall()
        else:
            rows = conn.execute(
                "select table_schema || '.' || table_name from information_schema.tables "
                "where table_type='BASE TABLE' and table_schema not in "
                "('pg_catalog','information_schema') order by 1").fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


def _qualified(url: SqlUrl, table: str) -> str:
    if url.scheme == "postgresql" and "." in table:
        schema, name = table.split(".", 1)
        return f"{_quote(schema)}.{_quote(name)}"
    return _quote(table)


def count_rows(url: str | SqlUrl, table: str) -> int | None:
    """Row count (an estimate for PostgreSQL, where ``count(*)`` may be slow)."""
    url = parse_sql_url(url) if isinstance(url, str) else url
    conn = _connect(url)
    try:
        if url.scheme == "postgresql":
            row = conn.execute("select reltuples::bigint from pg_class where oid = %s::regclass",
                               (table,)).fetchone()
            return int(row[0]) if row and row[0] >= 0 else None
        return int(conn.execute(f"select count(*) from {_qualified(url, table)}").fetchone()[0])
    except Exception as exc:
        raise InputError(f"cannot count rows of table {table!r} ({exc.__class__.__name__})") from exc
    finally:
        conn.close()


def read_sql_batches(
    url: str | SqlUrl, table: str, *, batch_rows: int = 65_536, limit: int | None = None,
) -> Iterator[pa.RecordBatch]:
    """Stream one table as record batches (first ``limit`` rows if given)."""
    url = parse_sql_url(url) if isinstance(url, str) else url
    sql = f"select * from {_qualified(url, table)}"
    if limit is not None:
        sql += f" limit {int(limit)}"
    conn = _connect(url)
    try:
        if url.scheme == "duckdb":
            relation = conn.sql(sql)
            reader = (relation.to_arrow_reader(batch_rows) if hasattr(relation, "to_arrow_reader")
                      else relation.fetch_arrow_reader(batch_rows))
            yield from reader
            return
        cursor = conn.cursor(name="piguard_scan") if url.scheme == "postgresql" else conn.cursor()
        try:
            cursor.execute(sql)
        except Exception as exc:
            raise InputError(f"cannot read table {table!r} ({exc.__class__.__name__})") from exc
        names = [d[0] for d in cursor.description]
        while rows := cursor.fetchmany(batch_rows):
            yield _rows_to_batch(names, rows)
    finally:
        conn.close()


def _rows_to_batch(names: list[str], rows: list[tuple]) -> pa.RecordBatch:
    columns = list(zip(*rows, strict=True))
    arrays = []
    for values in columns:
        try:
            arrays.append(pa.array(values))
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
            # SQLite is dynamically typed: a column may mix text and numbers.
            arrays.append(pa.array([None if v is None else str(v) for v in values], pa.string()))
    return pa.RecordBatch.from_arrays(arrays, names=names)
