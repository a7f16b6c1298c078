"""DuckDB's vectorized HMAC-SHA256 equals ``hmac.new`` bit for bit, and so do the tokens."""

from __future__ import annotations

import hmac

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.protect.keys import KeyMaterial
from piguard.protect.operators import Pseudonym, _hmac_duckdb
from piguard.protect.operators._hmac_duckdb import MIN_VALUES, hmac_sha256_tokens

# Arrow strings are UTF-8: lone surrogates cannot be stored in a column.
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)


def _reference(key: bytes, value: str | None, length: int, prefix: str) -> str | None:
    if value is None:
        return None
    return prefix + hmac.new(key, value.encode("utf-8"), "sha256").hexdigest()[:length]


@settings(max_examples=60, deadline=None)
@given(values=st.lists(st.one_of(st.none(), st.just(""), TEXT), max_size=40),
       key=st.binary(min_size=1, max_size=100), length=st.integers(16, 64),
       prefix=TEXT.map(lambda s: s[:8]))
def test_duckdb_hmac_equals_hmac_new(values, key, length, prefix):
    tokens = hmac_sha256_tokens(pa.array(values, pa.string()), key, length, prefix)
    assert tokens.type == pa.string()
    assert tokens.to_pylist() == [_reference(key, v, length, prefix) for v in values]


def test_long_keys_are_hashed_first_as_in_rfc_2104():
    key = bytes(range(200))
    out = hmac_sha256_tokens(pa.array(["a", "长"]), key, 64, "")
    assert out.to_pylist() == [_reference(key, v, 64, "") for v in ("a", "长")]


def _column(n: int, null_every: int = 0) -> pa.Array:
    ids = pc.cast(pa.array(np.arange(n) * 7919), pa.string())
    arr = pc.binary_join_element_wise("客户-", ids, "")
    if null_every:
        mask = pa.array(np.arange(n) % null_every == 0)
        arr = pc.if_else(mask, pa.scalar(None, pa.string()), arr)
    return arr


@pytest.fixture
def many_cores(monkeypatch):
    """Take the DuckDB path whatever this machine's core count."""
    monkeypatch.setattr(_hmac_duckdb, "MIN_CORES", 1)
    seen = []
    real = _hmac_duckdb.hmac_sha256_tokens
    monkeypatch.setattr(_hmac_duckdb, "hmac_sha256_tokens",
                        lambda *a: seen.append(len(a[0])) or real(*a))
    return seen


def test_big_distinct_column_takes_duckdb_path_with_same_tokens_and_order(many_cores):
    key = KeyMaterial("k", 1, bytes(range(32)))
    op = Pseudonym(key, prefix="ID_")
    column = _column(MIN_VALUES * 3 + 17, null_every=97)
    out = op.apply_array(column)
    assert len(out) == len(column)
    assert out.null_count == column.null_count
    expected = [None if v is None else op.apply(v) for v in column.to_pylist()]
    assert out.to_pylist() == expected
    assert many_cores == [len(column) - column.null_count]  # hashed once each


def test_big_repetitive_column_spreads_tokens_by_value(many_cores):
    key = KeyMaterial("k", 2, bytes(32))
    op = Pseudonym(key, length=16, prefix="PERSON_")
    distinct = _column(MIN_VALUES + 5)
    column = pc.take(distinct, pa.array(np.arange(3 * len(distinct)) % len(distinct)))
    out = op.apply_array(pa.chunked_array([column.slice(0, 1000), column.slice(1000)]))
    assert out.to_pylist() == [op.apply(v) for v in column.to_pylist()]
    assert many_cores == [len(distinct)]


def test_concurrent_calls_keep_their_own_input():
    """Each call registers its input on its own cursor: threads never see each other's."""
    from concurrent.futures import ThreadPoolExecutor

    key = bytes(32)
    columns = [pc.binary_join_element_wise(f"T{t}-", pc.cast(pa.array(np.arange(3000)),
                                                              pa.string()), "")
               for t in range(4)]
    with ThreadPoolExecutor(4) as pool:
        outs = list(pool.map(lambda a: hmac_sha256_tokens(a, key, 20, ""), columns * 3))
    for out, column in zip(outs, columns * 3, strict=True):
        assert out.to_pylist() == [_reference(key, v, 20, "") for v in column.to_pylist()]
