"""PostgreSQL tables by URL (runs when $PIGUARD_TEST_PG_URL points at a server)."""

from __future__ import annotations

import os
import uuid

import pytest

from piguard.io import list_tables, parse_sql_url, read_sql_batches

PG_URL = os.environ.get("PIGUARD_TEST_PG_URL")
pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not PG_URL, reason="PIGUARD_TEST_PG_URL is not set")]


@pytest.fixture
def pg_table():
    import psycopg

    target = parse_sql_url(PG_URL).target
    schema = f"scan_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(target, autocommit=True) as conn:
        conn.execute(f'create schema "{schema}"')
        conn.execute(f'create table "{schema}".people (姓名 text, 身份证号 text, age int)')
        conn.execute(f'insert into "{schema}".people values (%s, %s, %s), (%s, %s, %s)',
                     ("张三", "11010519491231002X", 30, "李四", "440304199001010015", None))
    yield schema
    with psycopg.connect(target, autocommit=True) as conn:
        conn.execute(f'drop schema "{schema}" cascade')


def test_postgres_tables_read_and_scan(pg_table):
    from piguard.engines.scan import scan

    assert f"{pg_table}.people" in list_tables(PG_URL)
    url = f"{PG_URL}?table={pg_table}.people"
    rows = [r for b in read_sql_batches(url, f"{pg_table}.people") for r in b.to_pylist()]
    assert rows[0] == {"姓名": "张三", "身份证号": "11010519491231002X", "age": 30}
    (dataset,) = scan(url, detector=None).datasets
    verdicts = {c.name: c.primary.entity_type if c.primary else None for c in dataset.columns}
    assert verdicts["身份证号"] == "CN_RESIDENT_ID" and verdicts["姓名"] == "PERSON"
    assert "postgres@" not in dataset.name  # no credentials in reports
