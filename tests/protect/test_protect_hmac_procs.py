"""Pseudonyms hashed in helper processes are the same bytes as hashed here, whatever fails."""

from __future__ import annotations

import hashlib
import hmac
import io

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from protect_helpers import KEY, provider

from piguard.protect.operators import Pseudonym, _hmac_procs, keyed
from piguard.protect.operators._hmac_procs import HmacStates, serve
from piguard.protect.operators.keyed import _HELPER_MIN_VALUES, _buffers
from piguard.protect.policy import default_policy
from piguard.protect.table import ColumnPlan, protect_batch

REAL_MACHINE_BUSY = _hmac_procs.machine_busy


@pytest.fixture(autouse=True)
def idle_machine(monkeypatch):
    """Helpers are only used on idle cores: pretend these are, whatever the test machine does."""
    monkeypatch.setattr(_hmac_procs, "machine_busy", lambda: False)


@pytest.fixture(autouse=True)
def without_extension(monkeypatch):
    """Helpers serve HMAC-SM3, and HMAC-SHA256 when the C extension is not built."""
    monkeypatch.setattr(keyed, "_hmac_native", None)


ALGORITHMS = ["sha256"] + (["sm3"] if "sm3" in hashlib.algorithms_available else [])


@settings(max_examples=80, deadline=None)
@given(key=st.binary(min_size=0, max_size=150), values=st.lists(st.binary(max_size=200)),
       algorithm=st.sampled_from(ALGORITHMS))
def test_precomputed_states_equal_hmac_digest(key, values, algorithm):
    expected = b"".join(hmac.digest(key, v, algorithm) for v in values)
    assert HmacStates(key, algorithm).digests(values) == expected


@settings(max_examples=40, deadline=None)
@given(values=st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)),
                               max_size=30), min_size=1, max_size=30),
       start=st.integers(0, 5))
def test_wire_format_round_trips_through_serve(values, start):
    """What a helper answers is exactly the digests of what it was sent (no subprocess)."""
    arr = pa.array(values, pa.binary()).slice(min(start, len(values) - 1))
    offsets, data, count = _buffers(arr)
    key = bytes(range(40))
    request = io.BytesIO()
    request.write(_hmac_procs._REQUEST.pack(len(key), 6, count, len(data)))
    for part in (key, b"sha256", offsets, bytes(data)):
        request.write(part)
    request.seek(0)
    reply = io.BytesIO()
    serve(request, reply)
    (size,) = _hmac_procs._REPLY.unpack(reply.getvalue()[:8])
    assert reply.getvalue()[8:] == HmacStates(key, "sha256").digests(arr.to_pylist())
    assert size == 32 * count


def _column(n: int, null_every: int = 0) -> pa.Array:
    ids = pc.cast(pa.array(np.arange(n) * 7919), pa.string())
    arr = pc.binary_join_element_wise("客户-", ids, "")
    if null_every:
        mask = pa.array(np.arange(n) % null_every == 0)
        arr = pc.if_else(mask, pa.scalar(None, pa.string()), arr)
    return arr


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_helpers_give_the_same_tokens_in_the_same_order(algorithm):
    op = Pseudonym(KEY, algorithm=algorithm, prefix="ID_")
    column = _column(2 * _HELPER_MIN_VALUES + 11, null_every=89).slice(7)  # offset != 0
    here = op.apply_array(column)
    shared = op.apply_array(column, processes=2)
    assert shared.equals(here)
    assert shared.null_count == column.null_count
    sample = [None if v is None else op.apply(v) for v in column.slice(0, 300).to_pylist()]
    assert shared.slice(0, 300).to_pylist() == sample


def test_a_dead_helper_costs_time_not_output():
    op = Pseudonym(KEY, prefix="P_")
    column = _column(_HELPER_MIN_VALUES + 5)
    expected = op.apply_array(column)
    helpers = _hmac_procs.acquire(1)
    if not helpers:
        pytest.skip("no helper processes here")
    helpers[0].process.kill()
    helpers[0].process.wait()
    _hmac_procs.release(helpers)
    assert op.apply_array(column, processes=1).equals(expected)
    assert not helpers[0].alive  # dropped, a fresh one is started next time
    assert op.apply_array(column, processes=1).equals(expected)


def test_an_answer_of_the_wrong_size_is_not_used(monkeypatch):
    op = Pseudonym(KEY, prefix="P_")
    column = _column(_HELPER_MIN_VALUES + 5)
    expected = op.apply_array(column)
    real = _hmac_procs.Helper.receive
    seen = []

    def mismatched(self, size):
        seen.append(self)
        return real(self, size + 32)

    monkeypatch.setattr(_hmac_procs.Helper, "receive", mismatched)
    assert op.apply_array(column, processes=2).equals(expected)
    assert seen and not any(helper.alive for helper in seen)  # such a helper is dropped


def test_protect_batch_with_threads_uses_helpers_and_keeps_the_result():
    n = _HELPER_MIN_VALUES + 100
    batch = pa.record_batch({"id": _column(n), "card": _column(n, null_every=5)})
    plans = [ColumnPlan("id", "value", operator=Pseudonym(KEY, prefix="C_")),
             ColumnPlan("card", "value", operator=Pseudonym(KEY, length=16))]
    bound = default_policy().bind(provider())
    one, stats_one = protect_batch(batch, plans, bound, threads=1)
    many, stats_many = protect_batch(batch, plans, bound, threads=2)
    assert many.equals(one)
    assert stats_many.changed == stats_one.changed == {"id": n, "card": n - len(range(0, n, 5))}


def test_an_interrupted_caller_leaves_no_unread_answer_behind(monkeypatch):
    op = Pseudonym(KEY, prefix="P_")
    column = _column(_HELPER_MIN_VALUES + 5)
    expected = op.apply_array(column)
    sent = []
    real_send = _hmac_procs.Helper.send

    def send(self, *args):
        sent.append(self)
        return real_send(self, *args)

    def interrupted(self, size):
        raise KeyboardInterrupt

    monkeypatch.setattr(_hmac_procs.Helper, "send", send)
    monkeypatch.setattr(_hmac_procs.Helper, "receive", interrupted)
    with pytest.raises(KeyboardInterrupt):
        op.apply_array(column, processes=2)
    assert sent and all(not helper.alive for helper in sent)
    monkeypatch.undo()
    assert op.apply_array(column, processes=2).equals(expected)  # fresh helpers, no hang


def test_a_busy_machine_hashes_here(monkeypatch):
    monkeypatch.setattr(_hmac_procs, "machine_busy", lambda: True)
    assert _hmac_procs.acquire(2) == []
    op = Pseudonym(KEY, prefix="P_")
    column = _column(_HELPER_MIN_VALUES + 5)
    assert op.apply_array(column, processes=2).equals(op.apply_array(column))


def test_free_cores_are_judged_from_idle_time_since_the_last_look(monkeypatch):
    clock, idle = [100.0], [5000.0]
    monkeypatch.setattr(_hmac_procs, "_clock", lambda: clock[0])
    monkeypatch.setattr(_hmac_procs, "_idle_seconds", lambda: idle[0])
    monkeypatch.setattr(_hmac_procs, "_last_look", [])
    monkeypatch.setattr(_hmac_procs, "_last_verdict", [False])
    monkeypatch.setattr(_hmac_procs, "_work", [0.0, 0.0])
    monkeypatch.setattr(_hmac_procs.os, "getloadavg", lambda: (99.0, 99.0, 99.0))
    assert REAL_MACHINE_BUSY()  # no history yet: the load average decides
    clock[0] += 1.0
    idle[0] += 1.5  # one and a half cores idle over that second
    assert not REAL_MACHINE_BUSY()
    clock[0] += 0.1  # too short a window to judge again: same verdict
    assert not REAL_MACHINE_BUSY()
    clock[0] += 1.0
    idle[0] += 0.1  # a tenth of a core idle over 1.1 s
    assert REAL_MACHINE_BUSY()


@pytest.mark.parametrize(("cpu", "busy"), [(1.8, False), (0.6, True)])
def test_after_work_the_share_of_a_core_the_helpers_got_decides(monkeypatch, cpu, busy):
    clock, used = [10.0], [0.0]
    monkeypatch.setattr(_hmac_procs, "_clock", lambda: clock[0])
    monkeypatch.setattr(_hmac_procs, "cpu_seconds", lambda: used[0])
    monkeypatch.setattr(_hmac_procs, "_work", [0.0, 0.0])
    monkeypatch.setattr(_hmac_procs, "_last_verdict", [not busy])
    with _hmac_procs.timed([object(), object()]):  # two helpers busy for one second
        clock[0] += 1.0
        used[0] += cpu
    assert REAL_MACHINE_BUSY() is busy
    assert _hmac_procs._work == [0.0, 0.0]


def test_without_proc_the_load_average_decides(monkeypatch):
    monkeypatch.setattr(_hmac_procs, "_idle_seconds", lambda: None)
    monkeypatch.setattr(_hmac_procs, "_work", [0.0, 0.0])
    monkeypatch.setattr(_hmac_procs, "_last_look", [])
    monkeypatch.setattr(_hmac_procs.os, "getloadavg", lambda: (0.1, 0.1, 0.1))
    assert not REAL_MACHINE_BUSY()
    monkeypatch.setattr(_hmac_procs.os, "getloadavg", lambda: (64.0, 64.0, 64.0))
    assert REAL_MACHINE_BUSY()
