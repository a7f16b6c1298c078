"""Equivalence classes, counted with vectorized group-bys.

Rows that release the same quasi-identifier values form an equivalence class.
:func:`group_ids` numbers the classes of many integer columns at once (mixed-radix
keys, then one ``np.unique``), and :class:`Classes` carries what the privacy
models need: class sizes, optional population sizes, and the sensitive values of
each class as sparse (class, value, count) triples.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

__all__ = ["Classes", "group_ids"]

_DENSE_SPAN = 1 << 16


def _densify(key: np.ndarray, span: int) -> tuple[np.ndarray, int]:
    """Renumber keys below ``span`` as 0..distinct-1, keeping their order, in O(rows + span)."""
    seen = np.zeros(span, dtype=bool)
    seen[key] = True
    present = np.flatnonzero(seen)
    number = np.empty(span, dtype=np.int64)
    number[present] = np.arange(len(present))
    return number[key], len(present)


def group_ids(columns: Sequence[np.ndarray], radices: Sequence[int]) -> tuple[np.ndarray, int]:
    """Class number of each row for the combination of ``columns`` (values < radix).

    Keys are built column by column in mixed radix and renumbered densely whenever
    they would outgrow a bound proportional to the row count, so counting replaces
    sorting; only a column with more values than that bound falls back to a sort.

    >>> ids, n = group_ids([np.array([0, 1, 0]), np.array([2, 2, 2])], [2, 3])
    >>> ids.tolist(), n
    ([0, 1, 0], 2)
    """
    n_rows = len(columns[0]) if columns else 0
    if n_rows == 0:
        return np.zeros(0, dtype=np.int64), 0
    limit = max(32 * n_rows, _DENSE_SPAN)
    key = np.zeros(n_rows, dtype=np.int64)
    span = 1
    for column, radix in zip(columns, radices, strict=True):
        if span > 1 and span * radix > limit:
            key, span = _densify(key, span) if span <= limit else _sort_ids(key)
        key = key * radix + column
        span *= radix
    return _densify(key, span) if span <= limit else _sort_ids(key)


def _sort_ids(key: np.ndarray) -> tuple[np.ndarray, int]:
    uniq, ids = np.unique(key, return_inverse=True)
    return ids.reshape(-1), len(uniq)


@dataclass(eq=False)
class Classes:
    """Equivalence classes of (possibly weighted, de-duplicated) rows.

    ``weight`` is how many sample rows a row stands for; ``pop_weight`` how many
    population rows (for k-map and δ-presence); ``sensitive`` the code of the
    row's sensitive value.
    """

    ids: np.ndarray
    n_classes: int
    weight: np.ndarray
    sensitive: np.ndarray | None = None
    n_sensitive: int = 0
    pop_weight: np.ndarray | None = None
    _cache: dict = field(default_factory=dict, repr=False)

    @cached_property
    def size(self) -> np.ndarray:
        """Sample rows per class (0 for classes seen only in the population)."""
        return np.bincount(self.ids, weights=self.weight, minlength=self.n_classes)

    @cached_property
    def pop_size(self) -> np.ndarray:
        if self.pop_weight is None:
            return self.size
        return np.bincount(self.ids, weights=self.pop_weight, minlength=self.n_classes)

    @cached_property
    def occupied(self) -> np.ndarray:
        """Classes with at least one sample row."""
        return self.size > 0

    @cached_property
    def pairs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(class, sensitive value, rows) for every value present in a class."""
        if self.sensitive is None:
            raise ValueError("no sensitive attribute")
        key = self.ids.astype(np.int64) * max(self.n_sensitive, 1) + self.sensitive
        span = self.n_classes * max(self.n_sensitive, 1)
        if span <= max(32 * len(key), _DENSE_SPAN):  # count, do not sort
            counts = np.bincount(key, weights=self.weight, minlength=span)
            uniq = np.flatnonzero(counts)
            counts = counts[uniq]
        else:
            uniq, inv = np.unique(key, return_inverse=True)
            counts = np.bincount(inv.reshape(-1), weights=self.weight, minlength=len(uniq))
        keep = counts > 0
        uniq, counts = uniq[keep], counts[keep]
        return uniq // max(self.n_sensitive, 1), uniq % max(self.n_sensitive, 1), counts

    def dense_sensitive(self, classes: np.ndarray) -> np.ndarray:
        """Counts of each sensitive value (columns) in the given classes (rows)."""
        cls, val, cnt = self.pairs
        position = np.full(self.n_classes, -1, dtype=np.int64)
        position[classes] = np.arange(len(classes))
        take = position[cls] >= 0
        out = np.zeros((len(classes), self.n_sensitive))
        np.add.at(out, (position[cls[take]], val[take]), cnt[take])
        return out

    @cached_property
    def overall_sensitive(self) -> np.ndarray:
        """Distribution of the sensitive attribute over all sample rows."""
        counts = np.bincount(self.sensitive, weights=self.weight, minlength=self.n_sensitive)
        return counts / counts.sum()
