# ruff: noqa: E741
"""The lattice search finds the optimum: compared with brute force over every node."""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from piguard.anonymize import anonymize
from piguard.anonymize.hierarchy import Hierarchy, interval_hierarchy
from piguard.errors import PrivacyError

SHAPE = Hierarchy.from_rows("shape", [
    ["circle", "round", "*"], ["oval", "round", "*"], ["square", "angular", "*"],
    ["triangle", "angular", "*"],
])


def brute_force(table, quasi, hierarchies, k, l, suppress):
    """Least NCP over all full-domain generalizations, by plain Python."""
    n, m = table.height, len(quasi)
    rows = list(table.iter_rows(named=True))
    allowed = math.floor(suppress * n + 1e-9)
    domains = {q: sorted({str(r[q]) for r in rows}) for q in quasi}
    best = None
    for levels in itertools.product(*[range(hierarchies[q].height) for q in quasi]):
        def label(q, value, lv):
            h = hierarchies[q]
            return h.label(lv, h.index[str(value)])
        keys = [tuple(label(q, r[q], lv) for q, lv in zip(quasi, levels, strict=False)) for r in rows]
        members = defaultdict(list)
        for key, r in zip(keys, rows, strict=False):
            members[key].append(r["s"])
        bad = {key for key, vals in members.items() if len(vals) < k or len(set(vals)) < l}
        suppressed = sum(1 for key in keys if key in bad)
        if suppressed > allowed:
            continue
        cost = suppressed * m
        for key, r in zip(keys, rows, strict=False):
            if key in bad:
                continue
            for q, lv in zip(quasi, levels, strict=False):
                mine = label(q, r[q], lv)
                covered = sum(1 for v in domains[q] if label(q, v, lv) == mine)
                size = len(domains[q])
                cost += (covered - 1) / (size - 1) if size > 1 else 0.0
        ncp = cost / (n * m)
        best = ncp if best is None else min(best, ncp)
    return best


@st.composite
def tables(draw):
    n = draw(st.integers(2, 40))
    return pl.DataFrame({
        "age": draw(st.lists(st.integers(20, 60), min_size=n, max_size=n)),
        "shape": draw(st.lists(st.sampled_from(list(SHAPE.leaves)), min_size=n, max_size=n)),
        "s": draw(st.lists(st.sampled_from("abc"), min_size=n, max_size=n)),
    })


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=tables(), k=st.integers(1, 4), l=st.integers(1, 2),
       suppress=st.sampled_from([0.0, 0.1, 0.25]))
def test_lattice_matches_brute_force(table, k, l, suppress):
    quasi = ["age", "shape"]
    hierarchies = {"age": interval_hierarchy("age", table["age"].to_list(), width=5), "shape": SHAPE}
    expected = brute_force(table, quasi, hierarchies, k, l, suppress)
    try:
        result = anonymize(table, quasi, sensitive="s", k=k, l=l if l > 1 else None,
                           suppress=suppress, hierarchies=hierarchies)
    except PrivacyError:
        assert expected is None
        return
    assert expected is not None
    assert math.isclose(result.utility_after["ncp"], expected, abs_tol=1e-9)


def test_search_prunes_on_a_bigger_lattice():
    import numpy as np

    rng = np.random.default_rng(7)
    n = 3000
    table = pl.DataFrame({f"a{i}": rng.integers(0, 60, n) for i in range(5)})
    result = anonymize(table, list(table.columns), k=5, suppress=0.02)
    search = result.search
    assert search["nodes_evaluated"] < search["nodes_total"]
    sizes = Counter(tuple(r) for r in result.table.iter_rows())
    assert min(sizes.values()) >= 5
