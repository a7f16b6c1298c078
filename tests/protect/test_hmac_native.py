"""The optional C extension: HMAC-SHA256 of many values, equal to ``hmac`` bit for bit."""

from __future__ import annotations

import hmac
import os

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.protect.keys import KeyMaterial
from piguard.protect.operators import Pseudonym, keyed

native = keyed._hmac_native


def test_ci_builds_the_extension():
    """CI sets PIGUARD_REQUIRE_NATIVE so that a build that silently fell back fails here."""
    if os.environ.get("PIGUARD_REQUIRE_NATIVE") and native is None:
        pytest.fail("piguard.protect.operators._hmac_native was not built (see hatch_build.py)")


needs_native = pytest.mark.skipif(native is None, reason="C extension not built")


def _offsets(values: list[bytes]) -> np.ndarray:
    return np.concatenate([[0], np.cumsum([len(v) for v in values])]).astype(np.int64)


@needs_native
@settings(max_examples=200, deadline=None)
@given(key=st.binary(max_size=200), values=st.lists(st.binary(max_size=300), max_size=40))
def test_equals_hmac_digest(key, values):
    out = native.hmac_sha256(key, _offsets(values), b"".join(values))
    assert out == b"".join(hmac.digest(key, v, "sha256") for v in values)


@needs_native
def test_values_may_sit_anywhere_in_the_data_buffer():
    data = b"xxabcyy"
    offsets = np.array([2, 5, 5, 7], dtype=np.int64)  # "abc", "", "yy"
    out = native.hmac_sha256(b"k", offsets, data)
    assert out == b"".join(hmac.digest(b"k", v, "sha256") for v in (b"abc", b"", b"yy"))


@needs_native
@pytest.mark.parametrize("offsets", [[0, 4], [-1, 0], [2, 1], [0, 3, 2]])
def test_bad_offsets_are_an_error_not_a_read_out_of_bounds(offsets):
    with pytest.raises(ValueError, match="offsets"):
        native.hmac_sha256(b"k", np.array(offsets, dtype=np.int64), b"abc")


@needs_native
@pytest.mark.parametrize("offsets", [b"", b"\0" * 12])
def test_offsets_that_are_not_int64s_are_an_error(offsets):
    with pytest.raises(ValueError, match="int64"):
        native.hmac_sha256(b"k", offsets, b"")


@needs_native
def test_wrong_arguments_are_a_type_error():
    with pytest.raises(TypeError):
        native.hmac_sha256(b"k", np.zeros(1, dtype=np.int64))
    with pytest.raises(TypeError):
        native.hmac_sha256("k", np.zeros(1, dtype=np.int64), b"")


@needs_native
@settings(max_examples=50, deadline=None)
@given(values=st.lists(st.one_of(st.none(), st.text(max_size=30)), max_size=60))
def test_pseudonym_tokens_do_not_depend_on_the_extension(values):
    op = Pseudonym(KeyMaterial("k", 1, bytes(range(32))), prefix="P_")
    column = pa.array(values, pa.string())
    fast = op.apply_array(column).to_pylist()
    with pytest.MonkeyPatch.context() as patch:  # (hypothesis: no function fixtures)
        patch.setattr(keyed, "_hmac_native", None)
        slow = op.apply_array(column).to_pylist()
    assert fast == slow == [None if v is None else op.apply(v) for v in values]

@needs_native
@given(values=st.lists(st.binary(max_size=80), max_size=30))
def test_a_list_of_values_takes_the_extension_too(values):
    mac = keyed._Hmac(b"key", "sha256")
    assert mac._native
    assert mac.digests(values) == keyed.HmacStates(b"key", "sha256").digests(values)
