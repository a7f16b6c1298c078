"""HMAC-SHA256 pseudonym tokens for a whole Arrow column, computed inside DuckDB.

Python's ``hashlib`` costs about a microsecond per value and holds the GIL, so two
columns of distinct IDs hash one after the other. DuckDB's ``sha256`` runs in native
threads without the GIL. HMAC is built from it exactly as RFC 2104 defines it::

    HMAC(k, m) = SHA256((k ^ opad) || SHA256((k ^ ipad) || m))

with the padded key blocks passed as BLOB parameters (never in the query text). DuckDB
returns SHA-256 as lowercase hex, which is the token's alphabet, so the token is
``prefix || substr(hex, 1, length)`` — the same bytes as the Python path
(:class:`~piguard.protect.operators.keyed.Pseudonym`); tests check equality with
``hmac.new`` on arbitrary Unicode.

>>> import hmac, pyarrow as pa
>>> key = bytes(range(32))
>>> tokens = hmac_sha256_tokens(pa.array(["张三", "", None]), key, 20, "P_")
>>> tokens.to_pylist()[2] is None
True
>>> tokens[0].as_py() == "P_" + hmac.new(key, "张三".encode(), "sha256").hexdigest()[:20]
True
"""

from __future__ import annotations

import os
import threading

import pyarrow as pa

__all__ = ["MIN_CORES", "MIN_VALUES", "hmac_sha256_tokens", "worth_it"]

#: Below this many values a query's fixed cost (~1 ms) outweighs the per-value saving.
MIN_VALUES = 20_000
#: DuckDB's SHA-256 is software (~80 MB/s a thread, OpenSSL's ~1.7 GB/s with SHA-NI), so
#: one value costs about twice the CPU of ``hashlib`` driven from Python. It pays off
#: only with cores to spare beyond the two lanes of a protected batch (one for the GIL-bound
#: operators, one for Arrow kernels): measured on 2 cores, ``hashlib`` won.
MIN_CORES = 4
#: Rows per Arrow batch handed to DuckDB: batches are its unit of parallel scanning.
_BATCH_ROWS = 65_536
_BLOCK = 64  # SHA-256 block size in bytes

_QUERY = ("SELECT ? || substr(sha256(? || unhex(sha256(? || v))), 1, ?) AS token "
          "FROM piguard_hmac_input")

_lock = threading.Lock()
_connection = None


def _cursor():
    """A cursor on one shared in-memory database (cursors may run in parallel threads)."""
    global _connection
    with _lock:
        if _connection is None:
            import duckdb

            _connection = duckdb.connect(":memory:")
        return _connection.cursor()


def _pads(key: bytes) -> tuple[bytes, bytes]:
    import hashlib

    if len(key) > _BLOCK:
        key = hashlib.sha256(key).digest()
    key = key.ljust(_BLOCK, b"\0")
    return bytes(b ^ 0x36 for b in key), bytes(b ^ 0x5C for b in key)


def worth_it(values: int) -> bool:
    """Whether ``values`` distinct values are better hashed in DuckDB on this machine."""
    return values >= MIN_VALUES and (os.cpu_count() or 1) >= MIN_CORES


def hmac_sha256_tokens(values: pa.Array, key: bytes, length: int, prefix: str) -> pa.Array:
    """``prefix`` + the first ``length`` hex digits of HMAC-SHA256(key, value); nulls stay null.

    ``values`` is a ``string`` array (its UTF-8 bytes are hashed, zero-copy).
    """
    inner, outer = _pads(key)
    table = pa.Table.from_batches(
        pa.table({"v": values.cast(pa.binary())}).to_batches(max_chunksize=_BATCH_ROWS),
        schema=pa.schema([("v", pa.binary())]))
    cursor = _cursor()
    try:
        cursor.register("piguard_hmac_input", table)
        relation = cursor.sql(_QUERY, params=[prefix, outer, inner, length])
        fetch = getattr(relation, "to_arrow_table", None) or relation.arrow
        tokens = fetch().column(0)
    finally:
        cursor.close()
    tokens = tokens.combine_chunks() if tokens.num_chunks != 1 else tokens.chunk(0)
    if len(tokens) != len(values):  # pragma: no cover - a DuckDB contract violation
        raise RuntimeError("DuckDB returned a different number of HMAC tokens than values")
    return tokens.cast(pa.string())
