"""The name/address model on its own thread gives what it gives inline, forked or not."""

from __future__ import annotations

import multiprocessing
import threading

import pytest

from piguard.detect import engine

TEXTS = ["记者王小明报道，家住北京市朝阳区建国路88号的李女士致电13800138000。"] * 200


def _inline(texts):
    saved = engine._THREAD_MIN_CHARS
    engine._THREAD_MIN_CHARS = 10**12
    try:
        return engine.detect_many(texts)
    finally:
        engine._THREAD_MIN_CHARS = saved


def test_the_lane_gives_the_inline_result():
    assert sum(map(len, TEXTS)) >= engine._THREAD_MIN_CHARS
    threaded = engine.detect_many(TEXTS)
    assert engine._model_lane is not None  # the batch did go to the lane
    assert threaded == _inline(TEXTS)
    assert {f.entity_type for f in threaded[0]} >= {"PERSON", "LOCATION", "PHONE"}


def test_other_threads_run_the_model_inline(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a non-main thread handed the model over")

    monkeypatch.setattr("concurrent.futures.ThreadPoolExecutor", refuse)
    monkeypatch.setattr(engine, "_model_lane", None)
    out: list = []
    worker = threading.Thread(target=lambda: out.append(engine.detect_many(TEXTS)))
    worker.start()
    worker.join(60)
    assert out and out[0] == _inline(TEXTS)


def _child(queue) -> None:
    queue.put(len(engine.detect_many(TEXTS)))


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork")
def test_a_forked_child_gets_a_lane_of_its_own():
    engine.detect_many(TEXTS)  # the parent's lane exists before the fork
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_child, args=(queue,))
    child.start()
    child.join(60)
    alive = child.is_alive()
    if alive:
        child.kill()
    assert not alive, "the child hung waiting for the parent's lane"
    assert queue.get(timeout=5) == len(TEXTS)
