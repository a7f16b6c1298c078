"""detect_many and protect_texts pause the cyclic GC for the call and leave it as found."""

from __future__ import annotations

import gc

import pytest

from piguard.detect.engine import detect_many
from piguard.protect.keys import InMemoryKeyProvider
from piguard.protect.policy import default_policy
from piguard.protect.text import protect_texts

TEXTS = ["手机13800138000，邮箱a@b.cn"] * 3


def _calls():
    bound = default_policy().bind(InMemoryKeyProvider({"default": bytes(32)}))
    return [lambda: detect_many(TEXTS, ["PHONE", "EMAIL"]),
            lambda: protect_texts(TEXTS, bound, detector=lambda t: detect_many(t, ["PHONE"]))]


def _collections_during(call) -> int:
    """Collections that start while ``call`` runs, with a threshold that would make every
    few allocations collect if the collector were on."""
    seen: list[str] = []

    def note(phase: str, info: dict) -> None:
        seen.append(phase)

    thresholds = gc.get_threshold()
    gc.callbacks.append(note)
    gc.set_threshold(1)
    try:
        call()
    finally:
        gc.set_threshold(*thresholds)
        gc.callbacks.remove(note)
    return len(seen)


@pytest.mark.parametrize("enabled", [True, False])
def test_no_collection_runs_and_the_collector_is_left_as_it_was(enabled):
    was = gc.isenabled()
    try:
        for call in _calls():
            (gc.enable if enabled else gc.disable)()
            # (one may start on the way in, before the pause; unpaused, dozens would)
            assert _collections_during(call) <= 2
            assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_the_probe_sees_collections_when_nothing_pauses_them():
    was = gc.isenabled()
    gc.enable()
    try:
        assert _collections_during(lambda: [[i] for i in range(200)]) > 10
    finally:
        (gc.enable if was else gc.disable)()


def test_an_error_inside_still_restores_the_collector():
    assert gc.isenabled()
    with pytest.raises(Exception):  # noqa: B017 - any error from a bad type code
        detect_many(TEXTS, ["NOT_A_TYPE"])
    assert gc.isenabled()
