"""Optimal full-domain generalization: search the lattice of hierarchy levels.

A *node* of the lattice gives one generalization level per quasi-identifier; the
whole column is recoded to that level (global recoding) and rows of classes that
still fail the privacy models are suppressed, up to a limit. We look for the node
with the lowest information loss (NCP, suppressed rows costing 1 per cell) among
those within the limit, in the spirit of ARX's Flash:

* rows are de-duplicated once, and each node's classes are counted with one
  vectorized group-by over those distinct rows (no Python loop per row);
* nodes are visited in increasing order of a lower bound on their loss (the
  loss of generalization alone, which suppression can only raise), so the search
  stops as soon as no unvisited node can beat the best one found;
* with monotone models a node that fails proves every node below it fails
  (``predecessor pruning``), one vectorized comparison over the lattice.

The answer is optimal for NCP: every node not evaluated was either proven to
fail or has a lower bound no better than the best node found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import polars as pl

from piguard.anonymize.classes import Classes, group_ids
from piguard.anonymize.encode import Encoded
from piguard.anonymize.models import PrivacyModel
from piguard.errors import PrivacyError

__all__ = ["Compressed", "LatticeResult", "compress", "evaluate", "search"]


@dataclass(frozen=True, eq=False)
class Compressed:
    """Distinct (quasi-identifier codes, sensitive code) rows with their counts."""

    codes: np.ndarray  # (rows, attributes) leaf indices
    weight: np.ndarray  # sample rows each distinct row stands for
    sensitive: np.ndarray | None
    pop_weight: np.ndarray | None  # population rows each distinct row stands for


def compress(encoded: Encoded, population: np.ndarray | None = None,
             keep_sensitive: bool = True) -> Compressed:
    """De-duplicate the encoded rows (and a population's codes, weight 0 in the sample).

    Without ``keep_sensitive`` rows differing only in their sensitive value merge,
    which leaves fewer rows when no model looks at that value.
    """
    data = {f"q{i}": a.codes for i, a in enumerate(encoded.attributes)}
    frame = pl.DataFrame(data)
    keep_sensitive = keep_sensitive and encoded.sensitive is not None
    if keep_sensitive:
        frame = frame.with_columns(s=pl.Series(encoded.sensitive, dtype=pl.Int32))
    frame = frame.with_columns(w=pl.lit(1.0), pw=pl.lit(0.0))
    if population is not None:
        pop = pl.DataFrame({f"q{i}": population[:, i] for i in range(population.shape[1])})
        if keep_sensitive:
            pop = pop.with_columns(s=pl.lit(0, dtype=pl.Int32))
        pop = pop.with_columns(w=pl.lit(0.0), pw=pl.lit(1.0))
        frame = pl.concat([frame, pop.select(frame.columns)])
    keys = [c for c in frame.columns if c not in ("w", "pw")]
    grouped = frame.group_by(keys).agg(pl.col("w").sum(), pl.col("pw").sum())
    codes = grouped.select([f"q{i}" for i in range(len(encoded.attributes))]).to_numpy()
    return Compressed(
        codes=np.ascontiguousarray(codes, dtype=np.int32),
        weight=grouped.get_column("w").to_numpy(),
        sensitive=grouped.get_column("s").to_numpy() if "s" in grouped.columns else None,
        pop_weight=grouped.get_column("pw").to_numpy() if population is not None else None,
    )


@dataclass(frozen=True)
class LatticeResult:
    """The chosen node and how the search went."""

    levels: tuple[int, ...]
    suppressed_rows: int
    ncp: float
    nodes_total: int
    nodes_evaluated: int
    nodes_pruned: int


class _Space:
    """Per-attribute, per-level arrays over the compressed rows, computed once."""

    def __init__(self, encoded: Encoded, rows: Compressed) -> None:
        self.encoded = encoded
        self.rows = rows
        self.heights = [a.hierarchy.height for a in encoded.attributes]
        self.gen = []  # gen[q][level] = node of each compressed row
        self.cost = []  # cost[q][level] = NCP of each compressed row's value
        self.radix = []
        for q, attr in enumerate(encoded.attributes):
            codes = rows.codes[:, q]
            h = attr.hierarchy
            self.gen.append([h.nodes[lv][codes] for lv in range(h.height)])
            self.cost.append([attr.leaf_cost(lv)[codes] for lv in range(h.height)])
            self.radix.append([len(h.labels[lv]) for lv in range(h.height)])
        n_sens = len(encoded.sensitive_labels)
        self.n_sensitive = n_sens
        self.n = float(rows.weight.sum())
        self.m = len(encoded.attributes)

    def classes(self, levels: Sequence[int]) -> Classes:
        ids, n = group_ids(
            [self.gen[q][lv] for q, lv in enumerate(levels)],
            [self.radix[q][lv] for q, lv in enumerate(levels)],
        )
        return Classes(ids, n, self.rows.weight, self.rows.sensitive, self.n_sensitive,
                       self.rows.pop_weight)

    def mean_cost(self) -> list[np.ndarray]:
        """Generalization-only NCP contribution of each attribute at each level."""
        w = self.rows.weight
        return [np.array([float(np.sum(w * c)) for c in per_level]) / (self.n * self.m)
                for per_level in self.cost]


def evaluate(
    space: _Space, levels: Sequence[int], models: Sequence[PrivacyModel]
) -> tuple[float, float, Classes, np.ndarray]:
    """(suppressed rows, NCP, classes, failing classes) of one node."""
    classes = space.classes(levels)
    failing = np.zeros(classes.n_classes, dtype=bool)
    for model in models:
        failing |= model.failing(classes)
    row_failing = failing[classes.ids]
    w = space.rows.weight
    suppressed = float(w[row_failing].sum())
    row_cost = np.zeros(len(w))
    for q, lv in enumerate(levels):
        row_cost += space.cost[q][lv]
    kept_cost = float(np.sum(w * row_cost, where=~row_failing))
    ncp = (kept_cost + suppressed * space.m) / (space.n * space.m)
    return suppressed, ncp, classes, failing


def search(
    encoded: Encoded,
    models: Sequence[PrivacyModel],
    suppression_limit: float = 0.0,
    rows: Compressed | None = None,
) -> LatticeResult:
    """Find the node of least NCP whose suppressed rows stay within the limit."""
    rows = rows if rows is not None else compress(encoded)
    space = _Space(encoded, rows)
    allowed = np.floor(suppression_limit * space.n + 1e-9)
    nodes = np.stack(np.meshgrid(*[np.arange(h) for h in space.heights], indexing="ij"),
                     axis=-1).reshape(-1, space.m)
    means = space.mean_cost()
    bound = np.zeros(len(nodes))
    for q in range(space.m):
        bound += means[q][nodes[:, q]]
    order = np.argsort(bound, kind="stable")
    walk = _Walk(space, models, nodes, allowed, means)
    # With non-monotone models (t-closeness, δ-presence) the monotone ones still prune:
    # a node failing them alone fails, and so does every node below it.
    monotone_models = [m for m in models if m.monotone]
    prune = None
    if not walk.monotone and monotone_models:
        prune = _Walk(space, monotone_models, nodes, allowed, means)
    top = len(nodes) - 1  # meshgrid puts the all-highest node last
    if not walk.passes(top):
        raise PrivacyError(_nothing_passes(space, nodes[top], models, allowed))
    best: tuple[float, int] | None = None  # (ncp, node)
    for index in order:
        if best is not None and bound[index] >= best[0] - 1e-12:
            break
        if prune is not None:
            if prune.state[index] == _UNKNOWN:
                prune.classify_path(index)
            if not prune.passes(index):
                continue
        if walk.monotone and walk.state[index] == _UNKNOWN:
            walk.classify_path(index)
        if not walk.passes(index):
            continue
        ncp = walk.ncp[index]
        if best is None or ncp < best[0]:
            best = (ncp, int(index))
    assert best is not None  # the top node passes
    evaluated = walk.evaluated + (prune.evaluated if prune else 0)
    settled = walk.state if prune is None else np.maximum(walk.state, prune.state)
    return LatticeResult(
        levels=tuple(int(x) for x in nodes[best[1]]),
        suppressed_rows=int(walk.suppressed[best[1]]),
        ncp=float(best[0]),
        nodes_total=len(nodes),
        nodes_evaluated=evaluated,
        nodes_pruned=max(0, int(np.count_nonzero(settled != _UNKNOWN)) - walk.evaluated),
    )


def _nothing_passes(space: _Space, levels, models, allowed: float) -> str:
    """Say which models even the fully generalized table cannot meet."""
    failing = []
    for model in models:
        suppressed, _, _, _ = evaluate(space, levels, [model])
        if suppressed > allowed:
            failing.append(model.name)
    return (f"no generalization meets {', '.join(failing) or 'the privacy models'} within the "
            "suppression limit (not even the fully generalized table); allow more suppression, "
            "weaken the models or give taller hierarchies")


_UNKNOWN, _PASS, _FAIL = 0, 1, 2


class _Walk:
    """Node states of the lattice, and the Flash-style binary search along paths."""

    def __init__(self, space: _Space, models: Sequence[PrivacyModel], nodes: np.ndarray,
                 allowed: float, means: list[np.ndarray]) -> None:
        self.space, self.models, self.nodes, self.allowed = space, models, nodes, allowed
        self.means = means
        self.step_cost = [list(np.diff(m)) for m in means]  # loss of raising one level
        self.monotone = all(model.monotone for model in models)
        self.state = np.zeros(len(nodes), dtype=np.int8)
        self.ncp = np.full(len(nodes), np.nan)
        self.suppressed = np.full(len(nodes), np.nan)
        self.evaluated = 0
        self.strides = np.cumprod([1, *space.heights[::-1]])[:-1][::-1]
        # at_least[q][v]: nodes whose level of attribute q is >= v (and at_most: <=), so
        # "all successors / predecessors of a node" is a few boolean ANDs
        self.at_least = [[nodes[:, q] >= v for v in range(h)] for q, h in enumerate(space.heights)]
        self.at_most = [[nodes[:, q] <= v for v in range(h)] for q, h in enumerate(space.heights)]

    def _cone(self, levels: np.ndarray, table: list[list[np.ndarray]]) -> np.ndarray:
        mask = table[0][levels[0]].copy()
        for q in range(1, len(levels)):
            mask &= table[q][levels[q]]
        return mask

    def index_of(self, levels: np.ndarray) -> int:
        return int(np.sum(levels * self.strides))

    def check(self, index: int) -> bool:
        """Evaluate a node (once) and tag what monotonicity implies."""
        if np.isnan(self.ncp[index]):
            suppressed, ncp, _, _ = evaluate(self.space, self.nodes[index], self.models)
            self.evaluated += 1
            self.ncp[index], self.suppressed[index] = ncp, suppressed
            ok = suppressed <= self.allowed
            if self.monotone:
                levels = self.nodes[index]
                if ok:
                    up = (self.state == _UNKNOWN) & self._cone(levels, self.at_least)
                    self.state[up] = _PASS
                else:
                    self.state[self._cone(levels, self.at_most)] = _FAIL
            self.state[index] = _PASS if ok else _FAIL
        return bool(self.state[index] == _PASS)

    def passes(self, index: int) -> bool:
        """Whether the node is within the limit; evaluates it if its NCP is still unknown."""
        if self.state[index] == _FAIL:
            return False
        return self.check(index)

    def classify_path(self, index: int) -> None:
        """Binary-search the first passing node on a path from ``index`` to the top.

        The path raises the attribute whose next level costs least, so it runs
        through cheap nodes; every failure found prunes all nodes below it.
        """
        levels = [int(v) for v in self.nodes[index]]
        tops = [h - 1 for h in self.space.heights]
        strides = [int(s) for s in self.strides]
        path = [index]
        while True:
            rising = [q for q in range(len(levels)) if levels[q] < tops[q]]
            if not rising:
                break
            q = min(rising, key=lambda q: self.step_cost[q][levels[q]])
            levels[q] += 1
            path.append(path[-1] + strides[q])
        lo, hi = 0, len(path) - 1  # the top node passes
        while lo < hi:
            mid = (lo + hi) // 2
            state = self.state[path[mid]]
            ok = self.check(path[mid]) if state == _UNKNOWN else state == _PASS
            if ok:
                hi = mid
            else:
                lo = mid + 1
