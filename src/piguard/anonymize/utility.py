"""Information loss of a release, measured from the released text itself.

The measures read the released columns (not the algorithm's internal state), so
the same code scores piguard's output and any other tool's:

* **NCP** (normalized certainty penalty, also called generalization loss): over
  all rows × quasi-identifiers, a released value costs ``(domain values it covers
  - 1) / (domain size - 1)``; the domain is the set of distinct values of the
  original column. A value covers: itself (cost 0); ``*`` everything (cost 1);
  a hierarchy label, the domain values below that node; a set ``{a|b}``, its
  members; an interval ``lo-hi`` of a numeric column, the domain values between
  ``lo`` and ``hi``. A suppressed row costs 1 per cell.
* **discernibility**: ``Σ |class|²`` over released classes plus ``N`` for each
  suppressed row.
* **average class size**: released rows / classes (and that divided by k).
* **non-uniform entropy**: ``Σ -log2 P(original value | released value)`` over
  all cells, the probabilities counted in the table; reported in bits and
  normalized by the value for a table where every cell is ``*``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np
import polars as pl

from piguard.anonymize.encode import Attribute, as_text, mask_value
from piguard.errors import PrivacyError

__all__ = ["SET_SEPARATOR", "SUPPRESSED", "class_sizes", "ncp", "utility"]

SUPPRESSED = "*"
SET_SEPARATOR = "|"
_INTERVAL = re.compile(r"^\[?(-?[0-9.]+(?:e-?[0-9]+)?)\s*(?:-|,)\s*(-?[0-9.]+(?:e-?[0-9]+)?)[\])]?$")


def class_sizes(released: pl.DataFrame, quasi: Sequence[str]) -> np.ndarray:
    """Size of the equivalence class of each row (rows with equal released values)."""
    if released.height == 0:
        return np.zeros(0, dtype=np.int64)
    return released.select(pl.len().over(list(quasi)).alias("n")).get_column("n").to_numpy()


def _value_cost(attr: Attribute, leaf: int, label: str, present_numbers: np.ndarray | None) -> float:
    domain = attr.domain
    if domain <= 1:
        return 0.0
    h = attr.hierarchy
    if label == h.leaves[leaf]:
        return 0.0
    if label == SUPPRESSED:
        return 1.0
    for level in range(1, h.height):
        if h.label(level, leaf) == label:
            return float(attr.coverage(level)[h.nodes[level, leaf]] - 1) / (domain - 1)
    if label.startswith("{") and label.endswith("}"):
        members = {h.index.get(v) for v in label[1:-1].split(SET_SEPARATOR)}
        if leaf in members:
            covered = sum(1 for i in members if i is not None and attr.present[i])
            return (covered - 1) / (domain - 1)
    if present_numbers is not None and (match := _INTERVAL.match(label)):
        lo, hi = float(match.group(1)), float(match.group(2))
        inclusive_hi = not label.endswith(")")
        inside = (present_numbers >= lo) & ((present_numbers <= hi) if inclusive_hi
                                            else (present_numbers < hi))
        return (int(inside.sum()) - 1) / (domain - 1)
    raise PrivacyError(
        f"cannot tell what released value {mask_value(label)} of {attr.name!r} covers"
    )


def cell_costs(attr: Attribute, released: pl.Series) -> np.ndarray:
    """NCP of each released cell of one attribute (aligned with ``attr.codes``)."""
    pairs = pl.DataFrame({"leaf": attr.codes, "label": as_text(released)})
    distinct = pairs.unique()
    numbers = None
    if attr.numbers is not None:
        numbers = attr.numbers[attr.present]
    costs = [
        _value_cost(attr, leaf, label, numbers)
        for leaf, label in distinct.iter_rows()
    ]
    table = distinct.with_columns(cost=pl.Series(costs, dtype=pl.Float64))
    return pairs.join(table, on=["leaf", "label"], how="left", maintain_order="left") \
        .get_column("cost").to_numpy()


def ncp(attributes: Sequence[Attribute], released: pl.DataFrame, suppressed: np.ndarray) -> float:
    """NCP over all rows × attributes; ``released`` is aligned with the original rows."""
    n, m = len(suppressed), len(attributes)
    if n == 0:
        return 0.0
    total = float(suppressed.sum()) * m
    kept = ~suppressed
    for attr in attributes:
        costs = cell_costs(attr, released.get_column(attr.name))
        total += float(costs[kept].sum())
    return total / (n * m)


def _entropy_bits(original: pl.Series, released: pl.Series) -> float:
    frame = pl.DataFrame({"v": original, "g": released})
    joint = frame.group_by(["v", "g"]).len("vg")
    per_g = frame.group_by("g").len("ng")
    scored = joint.join(per_g, on="g")
    vg = scored.get_column("vg").to_numpy().astype(float)
    ng = scored.get_column("ng").to_numpy().astype(float)
    return float(-(vg * np.log2(vg / ng)).sum())


def utility(
    attributes: Sequence[Attribute],
    original: pl.DataFrame,
    released: pl.DataFrame,
    suppressed: np.ndarray,
    k: int | None = None,
) -> dict[str, float]:
    """Every loss measure of a release (``released`` aligned with ``original``)."""
    quasi = [a.name for a in attributes]
    n = len(suppressed)
    kept = released.filter(pl.Series(~suppressed))
    sizes = class_sizes(kept.select(quasi), quasi)
    n_classes = int((1.0 / sizes).sum().round()) if len(sizes) else 0
    avg = kept.height / n_classes if n_classes else 0.0
    # a suppressed row is '*' everywhere: its cells count as one big class for the entropy
    shown = released.with_columns(
        [pl.when(pl.Series(suppressed)).then(pl.lit(SUPPRESSED)).otherwise(as_text(released[c]))
         .alias(c) for c in quasi]
    )
    bits = sum(_entropy_bits(as_text(original[c]), shown[c]) for c in quasi)
    worst = sum(_entropy_bits(as_text(original[c]), pl.Series([SUPPRESSED] * n)) for c in quasi)
    return {
        "ncp": ncp(attributes, released, suppressed),
        "discernibility": float((sizes.astype(float)).sum() + float(suppressed.sum()) * n),
        "equivalence_classes": n_classes,
        "average_class_size": avg,
        "normalized_average_class_size": avg / k if k else math.nan,
        "non_uniform_entropy_bits": bits,
        "non_uniform_entropy": bits / worst if worst else 0.0,
        "suppressed_rows": int(suppressed.sum()),
        "suppressed_share": float(suppressed.mean()) if n else 0.0,
    }
