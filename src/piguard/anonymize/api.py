"""Anonymize a table and measure what it cost: the functions behind the CLI.

>>> import polars as pl
>>> table = pl.DataFrame({"age": [31, 32, 33, 47, 48, 49], "sex": ["F", "F", "M", "M", "F", "M"],
...                       "disease": ["flu", "cold", "flu", "acne", "flu", "cold"]})
>>> result = anonymize(table, ["age", "sex"], sensitive="disease", k=3, method="local")
>>> result.reached["k"], result.table.get_column("age").to_list()
(3.0, ['31-33', '31-33', '31-33', '47-49', '47-49', '47-49'])
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import polars as pl

from piguard.anonymize import risk as risk_measures
from piguard.anonymize.classes import Classes, group_ids
from piguard.anonymize.encode import Encoded, as_text, auto_hierarchy, encode, leaf_codes
from piguard.anonymize.hierarchy import Hierarchy
from piguard.anonymize.lattice import compress, search
from piguard.anonymize.models import (
    DeltaPresence,
    DistinctLDiversity,
    EntropyLDiversity,
    KAnonymity,
    KMap,
    PrivacyModel,
    RecursiveCLDiversity,
    TCloseness,
)
from piguard.anonymize.mondrian import partition
from piguard.anonymize.utility import SET_SEPARATOR, SUPPRESSED, utility
from piguard.errors import ConfigError, PrivacyError

__all__ = ["AnonymizationResult", "anonymize", "assess_risk", "build_models"]

SCHEMA = "piguard.anonymize/1"


@dataclass
class AnonymizationResult:
    """The released table and everything a report says about it."""

    table: pl.DataFrame
    method: str
    quasi: list[str]
    sensitive: str | None
    models: list[str]
    reached: dict[str, float]
    suppressed_rows: int
    rows_in: int
    levels: dict[str, int] | None
    utility_before: dict[str, float]
    utility_after: dict[str, float]
    risk_before: dict
    risk_after: dict
    seconds: float
    search: dict = field(default_factory=dict)
    suppressed_mask: np.ndarray | None = field(default=None, repr=False)  # per input row

    def to_json(self) -> dict:
        """A JSON-ready summary (no row values)."""
        return {
            "schema": SCHEMA,
            "method": self.method,
            "quasi_identifiers": self.quasi,
            "sensitive": self.sensitive,
            "models": self.models,
            "reached": self.reached,
            "rows_in": self.rows_in,
            "rows_out": self.table.height,
            "suppressed_rows": self.suppressed_rows,
            "levels": self.levels,
            "utility": {"before": self.utility_before, "after": self.utility_after},
            "risk": {"before": self.risk_before, "after": self.risk_after},
            "search": self.search,
            "seconds": self.seconds,
        }


def build_models(
    *,
    k: int | None = None,
    l: float | None = None,  # noqa: E741
    l_variant: str = "distinct",
    c: float | None = None,
    t: float | None = None,
    t_distance: str = "equal",
    sensitive_hierarchy: Hierarchy | None = None,
    k_map: int | None = None,
    delta: tuple[float, float] | None = None,
) -> list[PrivacyModel]:
    """Privacy models from plain options (the CLI's flags)."""
    models: list[PrivacyModel] = []
    if k is not None:
        models.append(KAnonymity(int(k)))
    if l is not None:
        if l_variant == "distinct":
            models.append(DistinctLDiversity(int(l)))
        elif l_variant == "entropy":
            models.append(EntropyLDiversity(float(l)))
        elif l_variant == "recursive":
            models.append(RecursiveCLDiversity(float(c if c is not None else 3.0), int(l)))
        else:
            raise ConfigError("l-diversity variant must be distinct, entropy or recursive")
    if t is not None:
        models.append(TCloseness(float(t), t_distance, sensitive_hierarchy))
    if k_map is not None:
        models.append(KMap(int(k_map)))
    if delta is not None:
        models.append(DeltaPresence(*delta))
    if not models:
        raise ConfigError("choose at least one privacy model (k, l, t, k-map or δ-presence)")
    return models


def anonymize(
    table: pl.DataFrame,
    quasi: Sequence[str],
    *,
    sensitive: str | None = None,
    k: int | None = None,
    l: float | None = None,  # noqa: E741
    l_variant: str = "distinct",
    c: float | None = None,
    t: float | None = None,
    t_distance: str = "equal",
    suppress: float = 0.05,
    hierarchies: Mapping[str, Hierarchy] | None = None,
    method: str = "global",
    population: pl.DataFrame | None = None,
    k_map: int | None = None,
    delta: tuple[float, float] | None = None,
    keep_suppressed: bool = False,
    risk_threshold: float = 0.2,
    measure: bool = True,
    local_release: str = "set",
) -> AnonymizationResult:
    """Release ``table`` so that every model holds; measure risk and utility before and after.

    ``method`` is ``"global"`` (optimal full-domain generalization with up to
    ``suppress`` of the rows suppressed) or ``"local"`` (Mondrian; k and
    distinct l-diversity only, no suppression). Suppressed rows are dropped
    unless ``keep_suppressed``, which writes ``*`` into their quasi-identifiers.
    ``measure=False`` skips the before/after risk and utility figures (and the
    models' reached levels), leaving only the anonymization itself.
    ``local_release`` is ``"set"`` (intervals for numbers, sets of values for
    categories: least loss) or ``"node"`` (the lowest hierarchy node that covers
    the class, e.g. a city instead of a set of districts).
    """
    started = time.perf_counter()
    quasi = list(quasi)
    hierarchies = dict(hierarchies or {})
    if population is not None:  # default hierarchies must also cover the population's values
        for name in quasi:
            if name not in hierarchies and name in table.columns and name in population.columns:
                both = pl.concat([table.get_column(name),
                                  population.get_column(name).cast(table.schema[name])])
                hierarchies[name] = auto_hierarchy(name, both)
    encoded = encode(table, quasi, hierarchies, sensitive)
    if k is not None and k > table.height:
        raise PrivacyError(f"k = {k} is larger than the table ({table.height} rows)")
    if not 0 <= suppress <= 1:
        raise ConfigError("the suppression limit must be between 0 and 1")
    models = build_models(k=k, l=l, l_variant=l_variant, c=c, t=t, t_distance=t_distance,
                          sensitive_hierarchy=encoded.sensitive_hierarchy,
                          k_map=k_map, delta=delta)
    if any(m.needs_sensitive for m in models) and sensitive is None:
        raise ConfigError("l-diversity and t-closeness need a sensitive attribute")
    if any(m.needs_population for m in models) and population is None:
        raise ConfigError("k-map and δ-presence need a population table")
    if method == "global":
        released, suppressed, levels, info = _global(encoded, table, models, suppress, population)
    elif method == "local":
        released, suppressed, levels, info = _local(encoded, table, models, local_release)
    else:
        raise ConfigError("method must be global or local")
    released = released.with_columns(
        [pl.when(pl.Series(suppressed)).then(pl.lit(SUPPRESSED)).otherwise(pl.col(c)).alias(c)
         for c in quasi]
    )
    kept_mask = pl.Series(~suppressed)
    population_reached = info.pop("reached_population", {})
    output = released if keep_suppressed else released.filter(kept_mask)
    reached: dict[str, float] = {}
    before = after = risk_before = risk_after = {}
    if measure:
        reached = _reached(encoded, released.filter(kept_mask), models, suppressed)
        reached.update(population_reached)
        before = utility(encoded.attributes, table, _as_released(table, quasi),
                         np.zeros(table.height, dtype=bool), k)
        after = utility(encoded.attributes, table, released, suppressed, k)
        risk_before = risk_measures.assess(table, quasi, threshold=risk_threshold)
        risk_after = risk_measures.assess(released.filter(kept_mask), quasi,
                                          threshold=risk_threshold)
    return AnonymizationResult(
        table=output,
        method=method,
        quasi=quasi,
        sensitive=sensitive,
        models=[m.name for m in models],
        reached=reached,
        suppressed_rows=int(suppressed.sum()),
        rows_in=table.height,
        levels=levels,
        utility_before=before,
        utility_after=after,
        risk_before=risk_before,
        risk_after=risk_after,
        seconds=time.perf_counter() - started,
        search=info,
        suppressed_mask=suppressed,
    )


def _as_released(table: pl.DataFrame, quasi: list[str]) -> pl.DataFrame:
    return table.with_columns([as_text(table.get_column(c)).alias(c) for c in quasi])


def _population_codes(encoded: Encoded, population: pl.DataFrame) -> np.ndarray:
    missing = [a.name for a in encoded.attributes if a.name not in population.columns]
    if missing:
        raise ConfigError(f"the population table lacks: {', '.join(missing)}")
    return np.stack(
        [leaf_codes(a.hierarchy, as_text(population.get_column(a.name)))
         for a in encoded.attributes], axis=1)


def _global(encoded, table, models, suppress, population):
    pop_codes = _population_codes(encoded, population) if population is not None else None
    rows = compress(encoded, pop_codes, any(m.needs_sensitive for m in models))
    found = search(encoded, models, suppress, rows)
    levels = found.levels
    # classes of the original rows at the chosen node, to know which rows to suppress
    columns = [a.hierarchy.nodes[lv][a.codes] for a, lv in zip(encoded.attributes, levels, strict=True)]
    radices = [len(a.hierarchy.labels[lv]) for a, lv in zip(encoded.attributes, levels, strict=True)]
    weight = np.ones(encoded.n_rows)
    pop_weight = None
    if pop_codes is not None:
        columns = [np.concatenate([col, a.hierarchy.nodes[lv][pop_codes[:, q]]])
                   for q, (col, a, lv) in enumerate(zip(columns, encoded.attributes, levels, strict=True))]
        weight = np.concatenate([weight, np.zeros(len(pop_codes))])
        pop_weight = np.concatenate([np.zeros(encoded.n_rows), np.ones(len(pop_codes))])
    ids, n = group_ids(columns, radices)
    sensitive = encoded.sensitive
    if sensitive is not None and pop_codes is not None:
        sensitive = np.concatenate([sensitive, np.zeros(len(pop_codes), dtype=sensitive.dtype)])
    classes = Classes(ids, n, weight, sensitive, len(encoded.sensitive_labels), pop_weight)
    failing = np.zeros(n, dtype=bool)
    for model in models:
        failing |= model.failing(classes)
    suppressed = failing[ids[: encoded.n_rows]]
    released = table.with_columns([
        _labels_of(a.hierarchy.labels[lv], a.hierarchy.nodes[lv][a.codes]).alias(a.name)
        for a, lv in zip(encoded.attributes, levels, strict=True)
    ])
    released_classes = classes.occupied & ~failing
    info = {
        "reached_population": {
            key: value for model in models if model.needs_population
            for key, value in model.reached(classes, released_classes).items()},
        "algorithm": "lattice (optimal full-domain generalization, Flash-style pruning)",
        "nodes_total": found.nodes_total,
        "nodes_evaluated": found.nodes_evaluated,
        "nodes_pruned": found.nodes_pruned,
        "suppression_limit": suppress,
        "ncp_at_search": found.ncp,
    }
    return released, suppressed, dict(zip(encoded.names, levels, strict=True)), info


def _local(encoded, table, models, release="set"):
    k, l = 1, 1  # noqa: E741
    for model in models:
        if isinstance(model, KAnonymity):
            k = max(k, model.k)
        elif isinstance(model, DistinctLDiversity):
            l = max(l, model.l)  # noqa: E741
        else:
            raise ConfigError(f"local recoding supports k-anonymity and distinct l-diversity, not {model.name}")
    if release not in {"set", "node"}:
        raise ConfigError("local release must be set or node")
    parts = partition(encoded, k, l)
    class_of_row = parts.class_of_rows()
    released = table
    for q, attr in enumerate(encoded.attributes):
        if release == "node":
            labels = _node_labels(attr, parts, class_of_row)
        else:
            labels = _local_labels(attr, parts.ranks[:, q], class_of_row, parts.numeric[q])
        released = released.with_columns(labels.alias(attr.name))
    info = {"algorithm": "Mondrian (local recoding)", "classes": len(parts.starts),
            "ncp_at_search": parts.ncp()}
    return released, np.zeros(encoded.n_rows, dtype=bool), None, info


def _labels_of(labels, codes: np.ndarray) -> pl.Series:
    """Text of each code, gathered in Polars (no Python string per row)."""
    return pl.Series(list(labels), dtype=pl.String).gather(codes)


def _node_labels(attr, parts, class_of_row: np.ndarray) -> pl.Series:
    """Per row: the lowest hierarchy node shared by every row of its class."""
    h = attr.hierarchy
    codes_in_order = attr.codes[parts.order]
    level = np.full(len(parts.starts), h.height - 1)
    for lv in range(h.height - 1, -1, -1):  # a tree: shared at lv means shared above it
        nodes = h.nodes[lv][codes_in_order]
        shared = np.minimum.reduceat(nodes, parts.starts) == np.maximum.reduceat(nodes, parts.starts)
        level[shared] = lv
    row_level = level[class_of_row]
    offsets = np.cumsum([0, *[len(labels) for labels in h.labels]])
    flat = [label for labels in h.labels for label in labels]
    return _labels_of(flat, offsets[row_level] + h.nodes[row_level, attr.codes])


def _local_labels(attr, ranks: np.ndarray, class_of_row: np.ndarray, numeric: bool) -> pl.Series:
    """Per row: the interval (numbers) or set (categories) its class releases."""
    frame = pl.DataFrame({"c": class_of_row, "r": ranks,
                          "v": _labels_of(attr.hierarchy.leaves, attr.codes)})
    if numeric:
        frame = frame.with_columns(x=pl.Series(attr.numbers[attr.codes]))
        span = frame.group_by("c").agg(
            lo=pl.col("v").get(pl.col("x").arg_min()), hi=pl.col("v").get(pl.col("x").arg_max()))
        span = span.with_columns(
            label=pl.when(pl.col("lo") == pl.col("hi")).then(pl.col("lo"))
            .otherwise(pl.concat_str([pl.col("lo"), pl.col("hi")], separator="-")))
    else:
        span = frame.unique(["c", "r"]).sort(["c", "r"]).group_by("c", maintain_order=True).agg(
            pl.col("v"), n=pl.len())
        span = span.with_columns(
            label=pl.when(pl.col("n") == 1).then(pl.col("v").list.first())
            .otherwise(pl.concat_str([pl.lit("{"), pl.col("v").list.join(SET_SEPARATOR),
                                      pl.lit("}")])))
    return frame.select("c").join(span.select("c", "label"), on="c", how="left",
                                  maintain_order="left").get_column("label")


def _reached(encoded, kept, models, suppressed) -> dict[str, float]:
    """Measure each model on the released rows themselves (their text, not the search)."""
    quasi = encoded.names
    if kept.height == 0:
        return {}
    ids, n = _text_classes(kept, quasi)
    sensitive = None
    if encoded.sensitive is not None:
        sensitive = encoded.sensitive[~suppressed]
    classes = Classes(ids, n, np.ones(kept.height), sensitive, len(encoded.sensitive_labels))
    released = np.ones(n, dtype=bool)
    reached: dict[str, float] = {}
    for model in models:
        if model.needs_population:
            continue  # measured by the search on generalized population rows
        reached.update(model.reached(classes, released))
    return reached


def _text_classes(frame: pl.DataFrame, quasi: list[str]) -> tuple[np.ndarray, int]:
    """Class number of each row from its released text (a hash group-by, no sort)."""
    groups = (frame.select(quasi).with_row_index("row").group_by(quasi).agg("row")
              .with_row_index("class").select("class", "row").explode("row"))
    ids = np.empty(frame.height, dtype=np.int64)
    ids[groups.get_column("row").to_numpy()] = groups.get_column("class").to_numpy()
    return ids, int(groups.get_column("class").max()) + 1


def assess_risk(
    table: pl.DataFrame,
    quasi: Sequence[str],
    *,
    threshold: float = 0.2,
    population: pl.DataFrame | None = None,
    sampling_fraction: float | None = None,
) -> dict:
    """Re-identification risk of ``table`` (see :mod:`piguard.anonymize.risk`)."""
    result = risk_measures.assess(table, quasi, threshold=threshold, population=population,
                                  sampling_fraction=sampling_fraction)
    return {"schema": "piguard.risk/1", "quasi_identifiers": list(quasi), **result}
