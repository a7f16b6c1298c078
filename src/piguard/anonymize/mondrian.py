"""Mondrian multidimensional partitioning (local recoding), vectorized.

LeFevre et al.'s Mondrian cuts the table in two along one attribute, again and
again, while both halves still meet the privacy model; each final partition is
one equivalence class and releases, per attribute, only what its own rows hold:
an interval for numbers (``30-34``), the set of values for categories
(``{Divorced,Separated}``) or, if asked, the lowest common hierarchy node.

Here every partition of one depth is cut at once: rows stay grouped by partition
in one permutation array, and spans, medians and diversity checks are segment
operations over it (``reduceat``, ``lexsort``, ``bincount``) instead of a Python
call per partition.

Choices: the attribute cut is the one whose release costs most (its NCP within
the partition); the cut is the value boundary nearest the median that leaves
``k`` rows on each side, or, when there is none, the median itself with ties
broken by the next attribute ("relaxed" Mondrian).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from piguard.anonymize.encode import Encoded
from piguard.errors import PrivacyError

__all__ = ["Partitioning", "partition"]


@dataclass(frozen=True, eq=False)
class Partitioning:
    """Rows grouped into classes: ``order[starts[i]:ends[i]]`` are the rows of class i."""

    order: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    ranks: np.ndarray  # (rows, attributes) rank of each row's value in its domain
    sizes: np.ndarray  # domain size of each attribute
    numeric: tuple[bool, ...]  # released as intervals (else as sets)

    def costs(self) -> np.ndarray:
        """(classes, attributes) NCP of each class's released values."""
        return partition_costs(self.ranks, self.order, self.starts, self.ends, self.sizes,
                               self.numeric)

    def ncp(self) -> float:
        """NCP over all cells (no row is suppressed by Mondrian)."""
        sizes = (self.ends - self.starts)[:, None]
        return float((self.costs() * sizes).sum() / (len(self.order) * self.ranks.shape[1]))

    def class_of_rows(self) -> np.ndarray:
        ids = np.empty(len(self.order), dtype=np.int64)
        ids[self.order] = np.repeat(np.arange(len(self.starts)), self.ends - self.starts)
        return ids


def domain_ranks(encoded: Encoded) -> tuple[np.ndarray, np.ndarray]:
    """Rank of each row's value among its attribute's domain values, and domain sizes."""
    ranks = np.empty((encoded.n_rows, len(encoded.attributes)), dtype=np.int64)
    sizes = np.empty(len(encoded.attributes), dtype=np.int64)
    for q, attr in enumerate(encoded.attributes):
        leaf_rank = attr.rank().astype(np.float64)
        leaf_rank[~attr.present] = np.inf
        dense = np.empty(len(leaf_rank), dtype=np.int64)
        dense[np.argsort(leaf_rank, kind="stable")] = np.arange(len(leaf_rank))
        ranks[:, q] = dense[attr.codes]
        sizes[q] = attr.domain
    return ranks, sizes


def partition(encoded: Encoded, k: int, l: int = 1) -> Partitioning:  # noqa: E741
    """Partition rows into classes of at least ``k`` rows and ``l`` distinct sensitive values."""
    n = encoded.n_rows
    if k > n:
        raise PrivacyError(f"k = {k} is larger than the table ({n} rows)")
    sensitive = encoded.sensitive
    if l > 1:
        if sensitive is None:
            raise PrivacyError("l-diversity needs a sensitive attribute")
        if len(np.unique(sensitive)) < l:
            raise PrivacyError(f"the sensitive attribute has fewer than {l} distinct values")
    ranks, sizes = domain_ranks(encoded)
    numeric = [a.numbers is not None for a in encoded.attributes]
    m = ranks.shape[1]
    order = np.arange(n)
    starts, ends = np.array([0]), np.array([n])
    done = np.zeros(1, dtype=bool)
    while True:
        open_ = ~done & (ends - starts >= 2 * k)
        done |= ~open_
        if not open_.any():
            break
        cost = partition_costs(ranks, order, starts, ends, sizes, numeric, open_)
        preference = np.argsort(-cost, axis=1, kind="stable")
        cut = np.full(len(starts), -1)
        pending = open_.copy()
        for attempt in range(m):
            dims = preference[:, attempt]
            pending &= cost[np.arange(len(starts)), dims] > 0
            if not pending.any():
                break
            second = preference[:, min(attempt + 1, m - 1)]
            order = _sort_within(order, ranks, starts, ends, pending, dims, second)
            trial = _cuts(ranks, order, starts, ends, pending, dims, k)
            if l > 1:
                trial = np.where(_diverse(sensitive, order, starts, ends, trial, l), trial, -1)
            won = pending & (trial >= 0)
            cut[won] = trial[won]
            pending &= ~won
        split = cut >= 0
        done |= open_ & ~split
        starts, ends, done = _apply(starts, ends, done, cut, split)
    return Partitioning(order, starts, ends, ranks, sizes, tuple(numeric))


def _segment_ids(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    return np.repeat(np.arange(len(starts)), ends - starts)


def partition_costs(ranks, order, starts, ends, sizes, numeric, active=None) -> np.ndarray:
    """NCP each attribute releases in each partition (intervals for numbers, else sets).

    With ``active`` (boolean per partition) only those partitions are measured;
    the others get 0.
    """
    n_parts = len(starts)
    cost = np.zeros((n_parts, ranks.shape[1]))
    if active is None:
        active = np.ones(n_parts, dtype=bool)
    chosen = np.flatnonzero(active)
    if len(chosen) == 0:
        return cost
    lengths = ends[chosen] - starts[chosen]
    rows = order[np.repeat(starts[chosen] - np.cumsum(np.r_[0, lengths[:-1]]), lengths)
                 + np.arange(int(lengths.sum()))]
    seg = np.repeat(np.arange(len(chosen)), lengths)
    local_starts = np.r_[0, np.cumsum(lengths)[:-1]]
    values = ranks[rows]
    for q in range(ranks.shape[1]):
        size = int(sizes[q])
        if numeric[q]:
            low = np.minimum.reduceat(values[:, q], local_starts)
            high = np.maximum.reduceat(values[:, q], local_starts)
            cost[chosen, q] = (high - low) / max(size - 1, 1)
            continue
        key = seg * size + values[:, q]
        span = len(chosen) * size
        if span <= max(8 * len(key), 1 << 20):  # few keys: mark them in a bitmap
            seen = np.zeros(span, dtype=bool)
            seen[key] = True
            present = np.flatnonzero(seen)
        else:
            present = np.unique(key)
        distinct = np.bincount(present // size, minlength=len(chosen))
        cost[chosen, q] = (distinct - 1) / max(size - 1, 1)
    return cost


def _sort_within(order, ranks, starts, ends, pending, dims, second) -> np.ndarray:
    """Sort the rows of pending partitions by their cut attribute (ties: the next one).

    Only rows of pending partitions move; one integer key (partition, value, tie)
    and one stable argsort replace a three-key lexsort.
    """
    seg = _segment_ids(starts, ends)
    where = np.flatnonzero(pending[seg])
    if len(where) == 0:
        return order
    rows, part = order[where], seg[where]
    primary = ranks[rows, dims[part]]
    tie = ranks[rows, second[part]]
    width = int(ranks.max()) + 1
    key = (part.astype(np.int64) * width + primary) * width + tie
    if int(key.max()) >= 1 << 62:  # too wide for one key: fall back to lexsort
        moved = np.lexsort((tie, primary, part))
    else:
        moved = np.argsort(key, kind="stable")
    order = order.copy()
    order[where] = rows[moved]
    return order


def _cuts(ranks, order, starts, ends, pending, dims, k) -> np.ndarray:
    """Cut position per partition (-1 where it may not be cut)."""
    seg = _segment_ids(starts, ends)
    values = ranks[order, dims[seg]]
    position = np.arange(len(order))
    boundary = np.flatnonzero((position > starts[seg]) & (values != np.roll(values, 1)))
    mid = starts + (ends - starts) // 2
    lo_ok, hi_ok = starts + k, ends - k
    best = np.full(len(starts), -1)
    gap = np.full(len(starts), np.iinfo(np.int64).max)
    if len(boundary):
        for side in ("right", "left"):
            j = np.searchsorted(boundary, mid, side=side) - (1 if side == "right" else 0)
            valid = (j >= 0) & (j < len(boundary))
            candidate = np.where(valid, boundary[np.clip(j, 0, len(boundary) - 1)], -1)
            valid &= (candidate >= lo_ok) & (candidate <= hi_ok)
            closer = valid & (np.abs(candidate - mid) < gap)
            best[closer] = candidate[closer]
            gap[closer] = np.abs(candidate - mid)[closer]
    relaxed = best < 0
    best[relaxed] = mid[relaxed]  # no clean boundary: cut at the median (ties split)
    return np.where(pending, best, -1)


def _diverse(sensitive, order, starts, ends, cut, l) -> np.ndarray:  # noqa: E741
    """True where both halves of a cut hold at least ``l`` distinct sensitive values."""
    seg = _segment_ids(starts, ends)
    position = np.arange(len(order))
    half = 2 * seg + (position >= cut[seg])
    n_values = int(sensitive.max()) + 1
    key = np.unique(half.astype(np.int64) * n_values + sensitive[order])
    distinct = np.bincount(key // n_values, minlength=2 * len(starts))
    return (cut >= 0) & (distinct[0::2] >= l) & (distinct[1::2] >= l)


def _apply(starts, ends, done, cut, split):
    left_end = np.where(split, cut, ends)
    new_starts = np.concatenate([starts, cut[split]])
    new_ends = np.concatenate([left_end, ends[split]])
    new_done = np.concatenate([done, np.zeros(int(split.sum()), dtype=bool)])
    order = np.argsort(new_starts, kind="stable")
    return new_starts[order], new_ends[order], new_done[order]
