"""Turn a table's quasi-identifiers into integer codes, once, before any search.

Every algorithm works on ``int32`` leaf indices; text is touched only here and
when the result is written back. The module also fixes the meaning of
information loss used everywhere (NCP): the *domain* of an attribute is the set
of distinct values that occur in the original column, and a released value costs
``(domain values it covers - 1) / (domain size - 1)``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import polars as pl

from piguard.anonymize.hierarchy import (
    Hierarchy,
    date_hierarchy,
    flat_hierarchy,
    interval_hierarchy,
)
from piguard.errors import ConfigError, PrivacyError

__all__ = ["Attribute", "Encoded", "auto_hierarchy", "encode", "mask_value"]


def mask_value(value: str) -> str:
    """Show at most the first character of a value in messages (values may be PI).

    >>> mask_value("Zhang San"), mask_value("")
    ('Z********', "''")
    """
    return value[:1] + "*" * (len(value) - 1) if value else "''"


def auto_hierarchy(name: str, series: pl.Series) -> Hierarchy:
    """A sensible default: intervals for numbers, day→month→year for dates, else flat."""
    dtype = series.dtype
    if dtype.is_numeric():
        return interval_hierarchy(name, series.unique().to_list())
    if dtype in (pl.Date, pl.Datetime):
        return date_hierarchy(name, series.cast(pl.Date).cast(pl.String).unique().to_list())
    return flat_hierarchy(name, series.cast(pl.String).unique().to_list())


def as_text(series: pl.Series) -> pl.Series:
    """The text form used to look values up in hierarchies (nulls become ``""``)."""
    if series.dtype in (pl.Datetime,):
        series = series.cast(pl.Date)
    return series.cast(pl.String).fill_null("")


@dataclass(frozen=True, eq=False)
class Attribute:
    """One quasi-identifier, encoded."""

    name: str
    hierarchy: Hierarchy
    codes: np.ndarray  # leaf index of each row
    present: np.ndarray  # leaf occurs in the data
    numbers: np.ndarray | None  # numeric value of each leaf, when the column is numeric

    @property
    def domain(self) -> int:
        return int(self.present.sum())

    def coverage(self, level: int) -> np.ndarray:
        """Number of domain values below each node of ``level``."""
        nodes = self.hierarchy.nodes[level]
        return np.bincount(nodes[self.present], minlength=len(self.hierarchy.labels[level]))

    def leaf_cost(self, level: int) -> np.ndarray:
        """NCP of each leaf when released at ``level``."""
        if self.domain <= 1:
            return np.zeros(len(self.hierarchy.leaves))
        cover = self.coverage(level)[self.hierarchy.nodes[level]]
        return (cover - 1) / (self.domain - 1)

    def rank(self) -> np.ndarray:
        """Order of leaves for Mondrian: by number when numeric, else depth-first."""
        if self.numbers is not None:
            order = np.argsort(self.numbers, kind="stable")
            rank = np.empty(len(order), dtype=np.int64)
            rank[order] = np.arange(len(order))
            return rank
        return self.hierarchy.leaf_order()


@dataclass(frozen=True, eq=False)
class Encoded:
    """A table's quasi-identifiers (and sensitive attribute) as integer codes."""

    attributes: tuple[Attribute, ...]
    sensitive: np.ndarray | None  # code of each row's sensitive value
    sensitive_labels: tuple[str, ...]
    sensitive_hierarchy: Hierarchy | None
    n_rows: int

    @property
    def names(self) -> list[str]:
        return [a.name for a in self.attributes]


def encode(
    df: pl.DataFrame,
    quasi: Sequence[str],
    hierarchies: Mapping[str, Hierarchy] | None = None,
    sensitive: str | None = None,
) -> Encoded:
    """Encode ``quasi`` (and ``sensitive``) columns of ``df``; build missing hierarchies."""
    hierarchies = dict(hierarchies or {})
    if not quasi:
        raise ConfigError("give at least one quasi-identifier")
    missing = [c for c in [*quasi, *([sensitive] if sensitive else [])] if c not in df.columns]
    if missing:
        raise ConfigError(f"not a column of the table: {', '.join(missing)}")
    if len(set(quasi)) != len(quasi):
        raise ConfigError("a quasi-identifier is listed twice")
    if sensitive in quasi:
        raise ConfigError(f"{sensitive!r} cannot be both quasi-identifying and sensitive")
    if df.height == 0:
        raise PrivacyError("the table is empty")
    attributes = []
    for name in quasi:
        series = df.get_column(name)
        hierarchy = hierarchies.get(name) or auto_hierarchy(name, series)
        codes = leaf_codes(hierarchy, as_text(series))
        present = np.zeros(len(hierarchy.leaves), dtype=bool)
        present[codes] = True
        numbers = None
        if series.dtype.is_numeric():
            numbers = np.array([_number(v) for v in hierarchy.leaves])
        attributes.append(Attribute(name, hierarchy, codes, present, numbers))
    sens_codes, sens_labels, sens_h = None, (), None
    if sensitive:
        text = as_text(df.get_column(sensitive))
        sens_h = hierarchies.get(sensitive)
        if sens_h is not None:
            sens_codes = leaf_codes(sens_h, text)
            sens_labels = sens_h.leaves
        else:
            column = df.get_column(sensitive)
            if column.dtype.is_numeric():  # ordered t-closeness needs numeric order
                order = column.drop_nulls().unique().sort()
                values = as_text(order).to_list() + ([""] if column.null_count() else [])
            else:
                values = text.unique().sort().to_list()
            sens_labels = tuple(values)
            sens_codes = _lookup(text, sens_labels).to_numpy().astype(np.int32)
    return Encoded(tuple(attributes), sens_codes, sens_labels, sens_h, df.height)


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return np.nan


def _lookup(text: pl.Series, leaves: Sequence[str]) -> pl.Series:
    mapping = pl.DataFrame(
        {"v": pl.Series(list(leaves), dtype=pl.String), "i": np.arange(len(leaves), dtype=np.int32)}
    )
    joined = pl.DataFrame({"v": text}).join(mapping, on="v", how="left", maintain_order="left")
    return joined.get_column("i")


def leaf_codes(hierarchy: Hierarchy, text: pl.Series) -> np.ndarray:
    """Leaf index of each value; a value the hierarchy lacks is a :class:`ConfigError`."""
    codes = _lookup(text, hierarchy.leaves)
    if codes.null_count():
        uncovered = text.filter(codes.is_null()).unique()
        sample = ", ".join(mask_value(v) for v in uncovered.head(3).to_list())
        raise ConfigError(
            f"the hierarchy of {hierarchy.name!r} does not cover {uncovered.len()} value(s) "
            f"of the column (e.g. {sample})"
        )
    return codes.to_numpy().astype(np.int32, copy=False)
