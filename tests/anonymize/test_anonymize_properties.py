# ruff: noqa: E741
"""Property tests: every release satisfies the model it claims, checked independently.

The checker below reads only the released text and the original rows, with plain
Python counting; it shares no code with the algorithms.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import polars as pl
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from piguard.anonymize import anonymize
from piguard.anonymize.hierarchy import Hierarchy, interval_hierarchy
from piguard.errors import PrivacyError

COLORS = ["red", "rose", "blue", "navy", "green"]
COLOR_H = Hierarchy.from_rows("color", [
    ["red", "warm", "*"], ["rose", "warm", "*"], ["blue", "cold", "*"],
    ["navy", "cold", "*"], ["green", "cold", "*"],
])


@st.composite
def tables(draw):
    n = draw(st.integers(1, 60))
    age = draw(st.lists(st.integers(15, 80), min_size=n, max_size=n))
    color = draw(st.lists(st.sampled_from(COLORS), min_size=n, max_size=n))
    sex = draw(st.lists(st.sampled_from(["F", "M"]), min_size=n, max_size=n))
    disease = draw(st.lists(st.sampled_from(["flu", "cold", "acne", "gout"]), min_size=n, max_size=n))
    return pl.DataFrame({"age": age, "color": color, "sex": sex, "disease": disease})


def check_release(original: pl.DataFrame, released: pl.DataFrame, quasi, k, l, sensitive="disease"):
    """Naive check of k-anonymity and distinct l-diversity on the released rows."""
    groups = defaultdict(list)
    for row in released.iter_rows(named=True):
        groups[tuple(row[q] for q in quasi)].append(row[sensitive])
    for values in groups.values():
        assert len(values) >= k
        assert len(set(values)) >= l


def covers(label: str, value, column: str, age_h: Hierarchy) -> bool:
    """Whether a released label truthfully stands for the original value."""
    text = str(value)
    if label in ("*", text):
        return True
    if label.startswith("{"):
        return text in label[1:-1].split("|")
    if column == "age" and "-" in label:
        lo, hi = label.split("-")
        if int(lo) <= value <= int(hi):
            return True
    hierarchy = age_h if column == "age" else COLOR_H if column == "color" else None
    if hierarchy is not None and text in hierarchy.index:
        leaf = hierarchy.index[text]
        return any(hierarchy.label(lv, leaf) == label for lv in range(hierarchy.height))
    return False


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(table=tables(), k=st.integers(1, 6), l=st.integers(1, 3),
       suppress=st.sampled_from([0.0, 0.1, 0.3]), method=st.sampled_from(["global", "local"]))
def test_release_meets_claimed_model(table, k, l, suppress, method):
    quasi = ["age", "color", "sex"]
    age_h = interval_hierarchy("age", table["age"].unique().to_list(), width=5)
    hierarchies = {"age": age_h, "color": COLOR_H}
    # the fully generalized table is one class: it fails only if the whole table does
    impossible = k > table.height or l > table["disease"].n_unique()
    try:
        result = anonymize(table, quasi, sensitive="disease", k=k, l=l if l > 1 else None,
                           suppress=suppress, hierarchies=hierarchies, method=method,
                           keep_suppressed=True)
    except PrivacyError:
        assert impossible
        return
    assert not impossible
    released = result.table
    mask = result.suppressed_mask
    assert released.height == table.height
    # suppression: within the limit, counted honestly, and really '*' everywhere
    assert mask.sum() == result.suppressed_rows
    assert result.suppressed_rows <= math.floor(suppress * table.height + 1e-9)
    for row in released.filter(pl.Series(mask)).iter_rows(named=True):
        assert all(row[q] == "*" for q in quasi)
    check_release(table, released.filter(pl.Series(~mask)), quasi, k, l)
    # every released value is a truthful generalization of its original value
    for original_row, released_row in zip(table.iter_rows(named=True),
                                          released.iter_rows(named=True), strict=True):
        for q in quasi:
            assert covers(released_row[q], original_row[q], q, age_h)
    if result.suppressed_rows < table.height:
        assert result.reached["k"] >= k


@SETTINGS
@given(table=tables(), k=st.integers(2, 5))
def test_local_recoding_never_suppresses(table, k):
    assume(k <= table.height)
    quasi = ["age", "color", "sex"]
    age_h = interval_hierarchy("age", table["age"].unique().to_list(), width=5)
    local = anonymize(table, quasi, k=k, method="local", hierarchies={"age": age_h, "color": COLOR_H})
    assert local.suppressed_rows == 0
    assert local.table.height == table.height
    sizes = Counter(tuple(r) for r in local.table.select(quasi).iter_rows())
    assert min(sizes.values()) >= k


@SETTINGS
@given(table=tables(), t=st.sampled_from([0.15, 0.3, 0.5]), entropy_l=st.sampled_from([1.5, 2.0]),
       suppress=st.sampled_from([0.0, 0.2]))
def test_t_closeness_and_entropy_diversity_hold(table, t, entropy_l, suppress):
    quasi = ["age", "color", "sex"]
    hierarchies = {"age": interval_hierarchy("age", table["age"].unique().to_list(), width=5),
                   "color": COLOR_H}
    try:
        result = anonymize(table, quasi, sensitive="disease", l=entropy_l, l_variant="entropy",
                           t=t, suppress=suppress, hierarchies=hierarchies)
    except PrivacyError:
        # only when the whole table, as one class, fails (it is at distance 0 from itself)
        counts = Counter(table["disease"].to_list())
        entropy = -sum(c / table.height * math.log(c / table.height) for c in counts.values())
        assert math.exp(entropy) < entropy_l * (1 - 1e-9)
        return
    overall = Counter(table["disease"].to_list())
    groups = defaultdict(list)
    for row in result.table.iter_rows(named=True):
        groups[tuple(row[q] for q in quasi)].append(row["disease"])
    for values in groups.values():
        counts = Counter(values)
        distance = 0.5 * sum(abs(counts[v] / len(values) - overall[v] / table.height)
                             for v in overall)
        assert distance <= t + 1e-9
        entropy = -sum(c / len(values) * math.log(c / len(values)) for c in counts.values())
        assert math.exp(entropy) >= entropy_l * (1 - 1e-9)
    assert result.suppressed_rows <= math.floor(suppress * table.height + 1e-9)
