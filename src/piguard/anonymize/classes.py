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

_KEY_LIMIT = 1 << 62
_DENSE_SPAN = 1 << 18


def group_ids(columns: Sequence[np.ndarray], radices: Sequence[int]) -> tuple[np.ndarray, int]:
    """Class number of each row for the combination of ``columns`` (values < radix).

    >>> ids, n = group_ids([np.array([0, 1, 0]), np.array([2, 2, 2])], [2, 3])
    >>> ids.tolist(), n
    ([0, 1, 0], 2)
    """
    n_rows = len(columns[0]) if columns else 0
    key = np.zeros(n_rows, dtype=np.int64)
    span = 1
    for column, radix in zip(columns, radices, strict=True):
        if span * radix >= _KEY_LIMIT:  # densify before the key would overflow
            _, key = np.unique(key, return_inverse=True)
            span = int(key.max()) + 1 if n_rows else 1
        key = key * radix + column
        span *= radix
    if n_rows == 0:
        return key, 0
    if span <= max(4 * n_rows, _DENSE_SPAN):  # counting beats sorting when keys are few
        seen = np.zeros(span, dtype=bool)
        seen[key] = True
        number = np.cumsum(seen) - 1
        return number[key], int(number[-1]) + 1
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
