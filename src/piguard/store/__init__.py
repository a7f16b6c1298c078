"""Persistence (L2): SQLAlchemy Core tables, repositories returning plain records, migrations.

The only part of piguard that imports SQLAlchemy or Alembic. SQLite (WAL) is the
embedded default; PostgreSQL is chosen by URL.
"""
