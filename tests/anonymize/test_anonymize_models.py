"""Privacy models: vectorized per-class answers equal naive per-class formulas."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.anonymize.classes import Classes, group_ids
from piguard.anonymize.hierarchy import Hierarchy
from piguard.anonymize.models import (
    DeltaPresence,
    DistinctLDiversity,
    EntropyLDiversity,
    KAnonymity,
    KMap,
    RecursiveCLDiversity,
    TCloseness,
)
from piguard.errors import ConfigError

SENS_H = Hierarchy.from_rows("s", [["a", "x", "*"], ["b", "x", "*"], ["c", "y", "*"], ["d", "y", "*"]])


def naive_classes(cls, sens):
    groups: dict[int, list[int]] = {}
    for c, s in zip(cls, sens, strict=True):
        groups.setdefault(c, []).append(s)
    return groups


def build(cls, sens, n_sens=4):
    ids, n = group_ids([np.array(cls)], [max(cls) + 1])
    return Classes(ids, n, np.ones(len(cls)), np.array(sens), n_sens), ids


rows = st.integers(1, 80).flatmap(lambda n: st.tuples(
    st.lists(st.integers(0, 6), min_size=n, max_size=n),
    st.lists(st.integers(0, 3), min_size=n, max_size=n)))


@settings(max_examples=80, deadline=None)
@given(data=rows)
def test_models_match_naive_formulas(data):
    cls, sens = data
    classes, ids = build(cls, sens)
    groups = naive_classes(ids.tolist(), sens)
    overall = Counter(sens)
    q = np.array([overall[v] / len(sens) for v in range(4)])
    distinct = DistinctLDiversity.distinct(classes)
    effective = EntropyLDiversity.effective_l(classes)
    ratio = RecursiveCLDiversity(2.0, 2).ratio(classes)
    equal = TCloseness(0.5).distances(classes)
    ordered = TCloseness(0.5, "ordered").distances(classes)
    tree = TCloseness(0.5, "hierarchical", SENS_H).distances(classes)
    for c, values in groups.items():
        counts = Counter(values)
        assert distinct[c] == len(counts)
        entropy = -sum(v / len(values) * math.log(v / len(values)) for v in counts.values())
        assert math.isclose(effective[c], math.exp(entropy), rel_tol=1e-9)
        ranked = sorted(counts.values(), reverse=True)
        tail = sum(ranked[1:])
        assert (ratio[c] == math.inf) if tail == 0 else math.isclose(ratio[c], ranked[0] / tail)
        p = np.array([counts[v] / len(values) for v in range(4)])
        assert math.isclose(equal[c], 0.5 * np.abs(p - q).sum(), abs_tol=1e-9)
        assert math.isclose(ordered[c], np.abs(np.cumsum(p - q)[:-1]).sum() / 3, abs_tol=1e-9)
        # hierarchical EMD (Li et al.): leaves {a,b} under x, {c,d} under y, height 2
        e = p - q
        inner = sum(min(sum(max(v, 0) for v in pair), sum(max(-v, 0) for v in pair)) * 0.5
                    for pair in (e[:2], e[2:]))
        up = np.array([e[:2].sum(), e[2:].sum()])
        top = min(up.clip(0).sum(), (-up).clip(0).sum()) * 1.0
        assert math.isclose(tree[c], inner + top, abs_tol=1e-9)


def test_k_anonymity_and_reached():
    classes, _ = build([0, 0, 1, 1, 1, 2], [0, 1, 0, 1, 2, 3])
    model = KAnonymity(2)
    assert model.failing(classes).tolist() == [False, False, True]
    assert model.reached(classes, ~model.failing(classes)) == {"k": 2.0}


def test_population_models():
    ids = np.array([0, 0, 1, 1, 1, 1])
    weight = np.array([1.0, 1.0, 1.0, 0.0, 0.0, 0.0])
    pop = np.array([1.0, 1.0, 1.0, 1.0, 1.0, 1.0])
    classes = Classes(ids, 2, weight, pop_weight=pop)
    assert KMap(3).failing(classes).tolist() == [True, False]
    delta = DeltaPresence(0.0, 0.5)
    assert delta.failing(classes).tolist() == [True, False]
    assert delta.reached(classes, np.array([False, True])) == {"delta_min": 0.25, "delta_max": 0.25}


@pytest.mark.parametrize("factory", [
    lambda: KAnonymity(0), lambda: DistinctLDiversity(0), lambda: RecursiveCLDiversity(0, 2),
    lambda: TCloseness(1.5), lambda: TCloseness(0.2, "hierarchical"), lambda: DeltaPresence(0.6, 0.5),
])
def test_bad_parameters_are_config_errors(factory):
    with pytest.raises(ConfigError):
        factory()
