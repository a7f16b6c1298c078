"""Re-identification risk of a table, from its equivalence classes.

An attacker who knows a person's quasi-identifiers finds the class that matches
and guesses one of its rows. With ``f`` the size of a class in the data and
``F`` its size in the population:

* **prosecutor** (knows the person is in the data): a row's risk is ``1/f``;
* **journalist** (does not know): ``1/F``; without a population table F is
  unknown and we report the prosecutor figure, which bounds it from above;
* **marketer** (re-identifies as many people as possible): the expected share of
  rows re-identified, ``classes / rows`` (``Σ f/F / rows`` with a population).

We also report sample uniques, the share of rows whose risk exceeds a
threshold, and an estimate of how many sample uniques are unique in the
population (Zayatz 1991: the population's class-size distribution is taken to be
the sample's, and sampling is Bernoulli with fraction ``π``).

>>> import polars as pl
>>> frame = pl.DataFrame({"zip": ["1", "1", "2"], "sex": ["F", "F", "M"]})
>>> r = assess(frame, ["zip", "sex"])
>>> r["prosecutor"]["highest"], r["sample_uniques"], r["marketer"]
(1.0, 0.3333333333333333, 0.6666666666666666)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import polars as pl

from piguard.anonymize.utility import class_sizes
from piguard.errors import ConfigError

__all__ = ["assess", "zayatz_population_uniques"]


def zayatz_population_uniques(sizes_of_classes: np.ndarray, fraction: float) -> float:
    """Estimated number of sample uniques that are also unique in the population.

    ``sizes_of_classes`` holds one entry per class (its sample size) and
    ``fraction`` is the sampling fraction π (sample rows / population rows).

    >>> round(zayatz_population_uniques(np.array([1, 1, 2, 5]), 0.5), 3)
    1.208
    """
    if not 0 < fraction <= 1:
        raise ConfigError("the sampling fraction must be in (0, 1]")
    sizes = np.asarray(sizes_of_classes, dtype=np.int64)
    uniques = int((sizes == 1).sum())
    if uniques == 0:
        return 0.0
    if fraction == 1:
        return float(uniques)
    values, counts = np.unique(sizes, return_counts=True)
    share = counts / counts.sum()  # population class-size distribution, taken from the sample
    seen_once = values * fraction * (1 - fraction) ** (values - 1)
    p_unique = share[values == 1].sum() * fraction / float((share * seen_once).sum())
    return float(uniques * min(1.0, p_unique))


def assess(
    frame: pl.DataFrame,
    quasi: Sequence[str],
    *,
    threshold: float = 0.2,
    population: pl.DataFrame | None = None,
    sampling_fraction: float | None = None,
) -> dict:
    """Risk measures of ``frame`` (already released, or the original) on ``quasi``."""
    missing = [c for c in quasi if c not in frame.columns]
    if missing:
        raise ConfigError(f"not a column of the table: {', '.join(missing)}")
    if not 0 < threshold <= 1:
        raise ConfigError("the risk threshold must be in (0, 1]")
    n = frame.height
    if n == 0:
        return {"rows": 0}
    keys = frame.select([pl.col(c).cast(pl.String).fill_null("") for c in quasi])
    f = class_sizes(keys, quasi).astype(float)
    prosecutor = 1.0 / f
    n_classes = float(prosecutor.sum())
    result = {
        "rows": n,
        "equivalence_classes": round(n_classes),
        "smallest_class": int(f.min()),
        "prosecutor": _summary(prosecutor, threshold),
        "records_above_threshold": float((prosecutor > threshold).mean()),
        "threshold": threshold,
        "sample_uniques": float((f == 1).mean()),
        "marketer": n_classes / n,
    }
    if population is not None:
        pop_keys = population.select([pl.col(c).cast(pl.String).fill_null("") for c in quasi])
        pop = pop_keys.group_by(list(quasi)).len("F")
        big_f = keys.join(pop, on=list(quasi), how="left", maintain_order="left") \
            .get_column("F").fill_null(0).to_numpy().astype(float)
        big_f = np.maximum(big_f, f)  # a population missing some rows is still at least the sample
        journalist = 1.0 / big_f
        result["journalist"] = _summary(journalist, threshold)
        result["marketer"] = float((1.0 / big_f).sum() / n)
        result["population_uniques"] = float((big_f == 1).mean())
        result["population_uniques_method"] = "population table"
    else:
        result["journalist"] = {**result["prosecutor"], "note": "no population: prosecutor bound"}
        fraction = sampling_fraction if sampling_fraction is not None else 1.0
        # one entry per class: a size s shared by r rows stands for r / s classes
        sizes, rows_with = np.unique(f.astype(np.int64), return_counts=True)
        per_class = np.repeat(sizes, rows_with // sizes)
        estimate = zayatz_population_uniques(per_class, fraction)
        result["population_uniques"] = estimate / (n / fraction)
        result["population_uniques_method"] = f"Zayatz (1991), sampling fraction {fraction:g}"
    return result


def _summary(risk: np.ndarray, threshold: float) -> dict:
    return {
        "highest": float(risk.max()),
        "average": float(risk.mean()),
        "lowest": float(risk.min()),
        "records_at_highest": float((risk == risk.max()).mean()),
        "records_above_threshold": float((risk > threshold).mean()),
    }
