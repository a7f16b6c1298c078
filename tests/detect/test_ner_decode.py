"""The tagger's fast decode matches the plain textbook forms bit for bit.

The Viterbi pass, the emission sums and the confidences in ``piguard.detect.ner._model``
are written for speed (tag-major layouts, back-pointers recomputed on the way back,
column-wise reductions); these tests hold them to straightforward references on
random inputs, ties included.
"""

from __future__ import annotations

import numpy as np
import pytest

from piguard.detect.ner import _model as m


def _plain_viterbi(emissions, starts, sizes, trans, start, end):
    """One chunk at a time, argmax (first best) during the forward pass."""
    best = np.zeros(len(emissions), dtype=np.int8)
    for s, size in zip(starts.tolist(), sizes.tolist(), strict=True):
        em = emissions[s : s + size]
        score = em[0] + start
        back = np.zeros((size, len(start)), dtype=np.int64)
        for t in range(1, size):
            cand = score[None, :] + trans.T  # [to, from]
            back[t] = cand.argmax(axis=1)
            score = cand.max(axis=1) + em[t]
        tag = int((score + end).argmax())
        for t in range(size - 1, -1, -1):
            best[s + t] = tag
            tag = int(back[t, tag])
    return best


def _random_case(rng, n_chunks, coarse):
    sizes = rng.integers(1, 40, n_chunks)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    n = int(sizes.sum())
    if coarse:  # few distinct values: many ties
        emissions = rng.integers(-2, 3, (n, m.N_TAGS)).astype(np.float32)
    else:
        emissions = rng.standard_normal((n, m.N_TAGS)).astype(np.float32) * 3
    trans = rng.standard_normal((m.N_TAGS, m.N_TAGS)).astype(np.float32)
    legal, legal_start, legal_end = m.allowed_transitions()
    trans = np.where(legal, trans if not coarse else np.round(trans), m._BLOCKED)
    start = np.where(legal_start, rng.standard_normal(m.N_TAGS), m._BLOCKED)
    end = np.where(legal_end, rng.standard_normal(m.N_TAGS), m._BLOCKED)
    return (emissions, starts, sizes, trans.astype(np.float32), start.astype(np.float32),
            end.astype(np.float32))


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("coarse", [False, True])
def test_viterbi_matches_the_plain_decoder(seed, coarse):
    rng = np.random.default_rng(seed)
    case = _random_case(rng, int(rng.integers(1, 60)), coarse)
    assert np.array_equal(m.viterbi(*case), _plain_viterbi(*case))


def test_viterbi_chunks_in_any_order_and_in_several_groups(monkeypatch):
    rng = np.random.default_rng(7)
    emissions, starts, sizes, *rest = _random_case(rng, 50, False)
    order = rng.permutation(len(starts))  # chunks listed out of text order
    monkeypatch.setattr(m, "_BATCH_CHUNKS", 8)  # several groups of chunks
    got = m.viterbi(emissions, starts[order], sizes[order], *rest)
    assert np.array_equal(got, _plain_viterbi(emissions, starts, sizes, *rest))


def test_emissions_are_the_weight_rows_summed_in_template_order(monkeypatch):
    rng = np.random.default_rng(1)
    weights = rng.standard_normal((1 << 10, m.N_TAGS)).astype(np.float32)
    model = m.Model(weights, *m.allowed_transitions(), lexicon=None, bits=10, temperature=1.0)
    feats = rng.integers(0, 1 << 10, (25, 1000))
    monkeypatch.setattr(m, "_EMISSION_ROWS", 300)  # blocks, the last one short
    plain = weights[feats[0]].copy()
    for t in range(1, len(feats)):
        plain += weights[feats[t]]
    assert model.emissions(feats).tobytes() == plain.tobytes()


@pytest.mark.parametrize("scale", [0.01, 1.0, 30.0])
def test_confidence_equals_the_row_wise_softmax(scale):
    rng = np.random.default_rng(int(scale * 100))
    em = (rng.standard_normal((5000, m.N_TAGS)) * scale).astype(np.float32)
    tags = rng.integers(0, m.N_TAGS, 5000).astype(np.int8)
    z = em * np.float32(0.8)
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    plain = p[np.arange(len(tags)), tags.astype(np.intp)]
    assert m._confidence(em, tags, 0.8).tobytes() == plain.tobytes()


def test_spans_join_a_place_with_the_street_after_it(monkeypatch):
    """Tags as the tagger might give them (青海省 | 香港市华龙区谢街9号; 山西 | 大同)."""
    from piguard.detect.ner import _model as md

    texts = ["住址：青海省香港市华龙区谢街9号", "山西大同"]
    tags = {"住址：青海省香港市华龙区谢街9号": "OOOBIE" + "B" + "I" * 8 + "E", "山西大同": "BEBE"}
    index = {"O": 0, "B": 5, "I": 6, "E": 7}

    def fake_tag(self, batch):
        seq = "".join(tags[t] for t in texts)
        return np.array([index[c] for c in seq], dtype=np.int8), np.zeros((len(seq), 9), np.float32)

    monkeypatch.setattr(md.Model, "tag", fake_tag)
    model = md.Model.from_arrays(
        np.zeros((16, 9)), np.zeros((9, 9)), np.zeros(9), np.zeros(9), lexicon=None
    )
    first, second = model.spans(texts, frozenset({"LOCATION"}))
    assert [(a, e) for a, e, _, _ in first] == [(3, 16)]
    assert [(a, e) for a, e, _, _ in second] == [(0, 2), (2, 4)]
