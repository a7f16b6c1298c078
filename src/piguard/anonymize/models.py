"""Privacy models: which equivalence classes are safe, and what level was reached.

Each model looks at :class:`~piguard.anonymize.classes.Classes` and answers, for
every class at once, whether it fails (:meth:`PrivacyModel.failing`); rows of
failing classes are suppressed or the generalization is rejected. After the
fact, :meth:`PrivacyModel.reached` measures the level actually achieved over the
released classes, so a report says "k = 7" and not only "k ≥ 5 passed".

``monotone`` says that merging classes never turns a safe class into an unsafe
one; the lattice search prunes with it. It holds for k-anonymity, every
l-diversity variant here and k-map, not for t-closeness and δ-presence.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

import numpy as np

from piguard.anonymize.classes import Classes
from piguard.anonymize.hierarchy import Hierarchy
from piguard.errors import ConfigError

__all__ = [
    "DeltaPresence",
    "DistinctLDiversity",
    "EntropyLDiversity",
    "KAnonymity",
    "KMap",
    "PrivacyModel",
    "RecursiveCLDiversity",
    "TCloseness",
]


class PrivacyModel(ABC):
    """A criterion every released equivalence class must meet."""

    monotone: bool = True
    needs_sensitive: bool = False
    needs_population: bool = False

    @abstractmethod
    def failing(self, classes: Classes) -> np.ndarray:
        """Boolean per class: occupied classes that do not meet the model."""

    @abstractmethod
    def reached(self, classes: Classes, released: np.ndarray) -> dict[str, float]:
        """Level achieved over the ``released`` (boolean per class) classes."""

    @property
    @abstractmethod
    def name(self) -> str:
        """Short description, e.g. ``"5-anonymity"``."""


def _worst(values: np.ndarray, released: np.ndarray, worst: str = "min") -> float:
    chosen = values[released]
    if chosen.size == 0:
        return float("nan")
    return float(chosen.min() if worst == "min" else chosen.max())


@dataclass(frozen=True)
class KAnonymity(PrivacyModel):
    """Every class holds at least ``k`` rows."""

    k: int

    def __post_init__(self) -> None:
        if self.k < 1:
            raise ConfigError("k must be at least 1")

    @property
    def name(self) -> str:
        return f"{self.k}-anonymity"

    def failing(self, classes: Classes) -> np.ndarray:
        return classes.occupied & (classes.size < self.k)

    def reached(self, classes: Classes, released: np.ndarray) -> dict[str, float]:
        return {"k": _worst(classes.size, released)}


@dataclass(frozen=True)
class DistinctLDiversity(PrivacyModel):
    """Every class holds at least ``l`` distinct sensitive values."""

    l: int  # noqa: E741 - the model's own name
    needs_sensitive = True

    def __post_init__(self) -> None:
        if self.l < 1:
            raise ConfigError("l must be at least 1")

    @property
    def name(self) -> str:
        return f"distinct {self.l}-diversity"

    @staticmethod
    def distinct(classes: Classes) -> np.ndarray:
        cls, _, _ = classes.pairs
        return np.bincount(cls, minlength=classes.n_classes)

    def failing(self, classes: Classes) -> np.ndarray:
        return classes.occupied & (self.distinct(classes) < self.l)

    def reached(self, classes: Classes, released: np.ndarray) -> dict[str, float]:
        return {"l_distinct": _worst(self.distinct(classes).astype(float), released)}


@dataclass(frozen=True)
class EntropyLDiversity(PrivacyModel):
    """The entropy of sensitive values in every class is at least ``log(l)``."""

    l: float  # noqa: E741
    needs_sensitive = True

    @property
    def name(self) -> str:
        return f"entropy {self.l:g}-diversity"

    @staticmethod
    def effective_l(classes: Classes) -> np.ndarray:
        """``exp(entropy)`` of each class: the l it reaches."""
        cls, _, cnt = classes.pairs
        p = cnt / classes.size[cls]
        entropy = np.bincount(cls, weights=-p * np.log(p), minlength=classes.n_classes)
        return np.exp(entropy)

    def failing(self, classes: Classes) -> np.ndarray:
        # a small tolerance: exp(log(l)) is not always exactly l in floating point
        return classes.occupied & (self.effective_l(classes) < self.l * (1 - 1e-9))

    def reached(self, classes: Classes, released: np.ndarray) -> dict[str, float]:
        return {"l_entropy": _worst(self.effective_l(classes), released)}


@dataclass(frozen=True)
class RecursiveCLDiversity(PrivacyModel):
    """Recursive (c, l)-diversity: r1 < c · (r_l + … + r_m), counts sorted descending."""

    c: float
    l: int  # noqa: E741
    needs_sensitive = True

    def __post_init__(self) -> None:
        if self.l < 2 or self.c <= 0:
            raise ConfigError("recursive (c, l)-diversity needs l >= 2 and c > 0")

    @property
    def name(self) -> str:
        return f"recursive ({self.c:g}, {self.l})-diversity"

    def ratio(self, classes: Classes) -> np.ndarray:
        """r1 / (r_l + …): the class meets the model when this is below c."""
        cls, _, cnt = classes.pairs
        order = np.lexsort((-cnt, cls))
        cls, cnt = cls[order], cnt[order]
        starts = np.searchsorted(cls, cls, side="left")
        rank = np.arange(len(cls)) - starts  # 0 = most frequent value of the class
        top = np.zeros(classes.n_classes)
        top[cls[rank == 0]] = cnt[rank == 0]
        tail = np.bincount(cls, weights=np.where(rank >= self.l - 1, cnt, 0.0),
                           minlength=classes.n_classes)
        with np.errstate(divide="ignore"):
            return np.where(tail > 0, top / np.where(tail > 0, tail, 1), np.inf)

    def failing(self, classes: Classes) -> np.ndarray:
        return classes.occupied & ~(self.ratio(classes) < self.c)

    def reached(self, classes: Classes, released: np.ndarray) -> dict[str, float]:
        return {"c_needed": _worst(self.ratio(classes), released, "max")}


@dataclass(frozen=True)
class TCloseness(PrivacyModel):
    """The distribution of sensitive values in each class is within ``t`` of the table's.

    ``distance`` is ``"equal"`` (all values equally far apart: half the L1
    distance), ``"ordered"`` (numeric or ordinal values, in label order) or
    ``"hierarchical"`` (earth mover's distance over ``hierarchy``, Li et al. 2007).
    """

    t: float
    distance: str = "equal"
    hierarchy: Hierarchy | None = None
    monotone = False
    needs_sensitive = True

    def __post_init__(self) -> None:
        if not 0 <= self.t <= 1:
            raise ConfigError("t must be between 0 and 1")
        if self.distance not in {"equal", "ordered", "hierarchical"}:
            raise ConfigError("t-closeness distance must be equal, ordered or hierarchical")
        if self.distance == "hierarchical" and self.hierarchy is None:
            raise ConfigError("hierarchical t-closeness needs a hierarchy of the sensitive attribute")

    @property
    def name(self) -> str:
        return f"{self.t:g}-closeness ({self.distance})"

    def distances(self, classes: Classes) -> np.ndarray:
        q = classes.overall_sensitive
        if self.distance == "equal":
            cls, val, cnt = classes.pairs
            p = cnt / classes.size[cls]
            # present values: |p - q|; absent values contribute q, i.e. 1 - sum(q present)
            near = np.bincount(cls, weights=np.abs(p - q[val]) - q[val], minlength=classes.n_classes)
            return np.where(classes.occupied, 0.5 * (near + 1.0), 0.0)
        out = np.zeros(classes.n_classes)
        occupied = np.flatnonzero(classes.occupied)
        chunk = max(1, 4_000_000 // max(classes.n_sensitive, 1))
        for start in range(0, len(occupied), chunk):
            ids = occupied[start : start + chunk]
            counts = classes.dense_sensitive(ids)
            extra = counts / counts.sum(axis=1, keepdims=True) - q
            out[ids] = self._ordered(extra) if self.distance == "ordered" else self._tree(extra)
        return out

    @staticmethod
    def _ordered(extra: np.ndarray) -> np.ndarray:
        m = extra.shape[1]
        return np.abs(np.cumsum(extra, axis=1)[:, :-1]).sum(axis=1) / max(m - 1, 1)

    def _tree(self, extra: np.ndarray) -> np.ndarray:
        h = self.hierarchy
        assert h is not None
        top = h.height - 1
        cost = np.zeros(extra.shape[0])
        current = extra
        for level in range(1, h.height):
            parent = h.up(level - 1, level)
            n_parents = len(h.labels[level])
            pos = np.zeros((extra.shape[0], n_parents))
            neg = np.zeros((extra.shape[0], n_parents))
            np.add.at(pos.T, parent, np.clip(current, 0, None).T)
            np.add.at(neg.T, parent, np.clip(-current, 0, None).T)
            cost += (level / top) * np.minimum(pos, neg).sum(axis=1)
            current = pos - neg
        return cost

    def failing(self, classes: Classes) -> np.ndarray:
        return classes.occupied & (self.distances(classes) > self.t + 1e-12)

    def reached(self, classes: Classes, released: np.ndarray) -> dict[str, float]:
        return {"t": _worst(self.distances(classes), released, "max")}


@dataclass(frozen=True)
class KMap(PrivacyModel):
    """Every released class matches at least ``k`` rows of the population table."""

    k: int
    needs_population = True

    @property
    def name(self) -> str:
        return f"{self.k}-map"

    def failing(self, classes: Classes) -> np.ndarray:
        return classes.occupied & (classes.pop_size < self.k)

    def reached(self, classes: Classes, released: np.ndarray) -> dict[str, float]:
        return {"k_map": _worst(classes.pop_size, released)}


@dataclass(frozen=True)
class DeltaPresence(PrivacyModel):
    """The share of each population class that is in the data lies in [δmin, δmax]."""

    delta_min: float
    delta_max: float
    monotone = False
    needs_population = True

    def __post_init__(self) -> None:
        if not 0 <= self.delta_min <= self.delta_max <= 1:
            raise ConfigError("δ-presence needs 0 <= delta_min <= delta_max <= 1")

    @property
    def name(self) -> str:
        return f"({self.delta_min:g}, {self.delta_max:g})-presence"

    @staticmethod
    def delta(classes: Classes) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(classes.pop_size > 0, classes.size / classes.pop_size, np.inf)

    def failing(self, classes: Classes) -> np.ndarray:
        d = self.delta(classes)
        return classes.occupied & ((d < self.delta_min) | (d > self.delta_max))

    def reached(self, classes: Classes, released: np.ndarray) -> dict[str, float]:
        d = self.delta(classes)
        return {"delta_min": _worst(d, released), "delta_max": _worst(d, released, "max")}
