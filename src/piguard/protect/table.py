"""Protect Arrow tables batch by batch, following a plan made once per table.

:func:`plan_columns` decides, from the column classification of
:mod:`piguard.detect.columns` and the policy, what happens to each column:

* ``value`` — the column *is* PI of one type (an ID column, a name column, a
  diagnosis column): the operator runs on every cell, vectorized;
* ``text`` — a free-text column (tickets, remarks): detected spans are replaced in
  place (:mod:`piguard.protect.text`), consistently with the same key elsewhere;
* ``keep`` — no PI found and no rule names the column.

:func:`protect_batch` applies a plan to one batch; it is a pure function (no I/O),
so the same code runs locally and inside Spark's ``mapInArrow``.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from piguard.protect.operators import Operator, Pseudonym, as_strings
from piguard.protect.policy import BoundPolicy, Rule
from piguard.protect.text import Detector, TextStats, protect_texts

__all__ = ["BatchStats", "ColumnPlan", "plan_columns", "protect_batch"]

#: Below this share of matching rows a typed column is treated as free text.
VALUE_SHARE = 0.5
#: Operators whose column work is a Python loop per distinct value (hashing, ciphers).
GIL_BOUND = frozenset({"pseudonym", "encrypt", "fpe", "date_shift"})


@dataclass
class ColumnPlan:
    """What to do with one column, and why."""

    name: str
    mode: str  # value | text | keep
    entity_type: str | None = None
    category: str | None = None
    sensitive: bool = False
    operator: Operator | None = None
    rule: Rule | None = None
    by: str | None = None
    method: str | None = None
    share: float | None = None
    residual: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"column": self.name, "mode": self.mode, "entity_type": self.entity_type,
                "category": self.category, "sensitive": self.sensitive,
                "operator": self.operator.describe() if self.operator else None,
                "rule": self.rule.label() if self.rule else None, "by": self.by,
                "detected_by": self.method,
                "share": None if self.share is None else round(self.share, 4),
                "residual": self.residual}


def plan_columns(names: Sequence[str], results: Sequence[Any] | None,
                 policy: BoundPolicy) -> list[ColumnPlan]:
    """One plan per column; ``results`` are :class:`~piguard.detect.columns.ColumnResult`."""
    by_name = {r.name: r for r in results or ()}
    plans = []
    for name in names:
        result = by_name.get(name)
        top = result.primary if result is not None else None
        if top is None:
            op, rule = policy.operator_for(column=name)
            if rule is not None and rule.columns is not None:
                plans.append(ColumnPlan(name, "value" if op else "keep", operator=op, rule=rule,
                                        by=rule.by, method="policy column"))
            else:
                plans.append(ColumnPlan(name, "keep"))
            continue
        # A typed column is a value column when most rows match or its name says so
        # (身份证号 with a few invalid numbers is still an ID column).
        named = bool(getattr(result, "hints", ()))
        mode = "text" if top.method == "text-sample" or (
            top.share < VALUE_SHARE and not named) else "value"
        op, rule = policy.operator_for(column=name, entity_type=top.entity_type,
                                       category=top.category, sensitive=top.sensitive)
        if rule is not None and rule.columns is not None:
            mode = "value"  # a rule naming the column decides for every cell
        plan = ColumnPlan(name, mode, top.entity_type, top.category, top.sensitive,
                          op if mode == "value" else None, rule, rule.by if rule else None,
                          top.method, top.share)
        if mode == "value" and op is None:
            plan.mode, plan.residual = "keep", rule is None
        plans.append(plan)
    return plans


@dataclass
class BatchStats:
    """Counts of one batch (they add up across batches) and the hidden originals."""

    rows: int = 0
    changed: dict[str, int] = field(default_factory=dict)
    text: dict[str, TextStats] = field(default_factory=dict)
    hidden: list[pa.Array] = field(default_factory=list)

    def merge(self, other: BatchStats) -> None:
        self.rows += other.rows
        for name, count in other.changed.items():
            self.changed[name] = self.changed.get(name, 0) + count
        for name, stats in other.text.items():
            self.text.setdefault(name, TextStats()).merge(stats)


def protect_batch(batch: pa.RecordBatch, plans: Sequence[ColumnPlan], policy: BoundPolicy, *,
                  detector: Detector | None = None, threads: int = 1,
                  ) -> tuple[pa.RecordBatch, BatchStats]:
    """Apply the plans to one batch; returns the new batch and its statistics.

    ``threads`` > 1 runs value columns concurrently (Arrow kernels release the GIL).
    Columns that share one operator object run in the same task, one after the other,
    because cipher contexts are not safe to share between threads. With ``threads`` > 1,
    pseudonyms of big columns may also be hashed in helper processes (same tokens).
    """
    stats = BatchStats(rows=batch.num_rows)
    results: dict[int, tuple[pa.Array, int, pa.Array | None]] = {}
    groups: dict[int, list[int]] = {}
    for i, plan in enumerate(plans):
        if plan.mode == "value" and plan.operator is not None:
            groups.setdefault(id(plan.operator), []).append(i)

    # Pseudonyms of big columns may be hashed in up to ``threads`` helper processes (each
    # with its own GIL; used only while the machine has free cores, see _hmac_procs).
    processes = threads if threads > 1 else 0

    def run(indices: list[int]) -> None:
        for i in indices:
            results[i] = _value_column(plans[i], batch.column(i), batch, processes)

    if threads > 1 and len(groups) > 1:
        # Operators that loop in Python hold the GIL: two of them in parallel only take
        # turns. They share one lane, so the Arrow-kernel columns get the other cores.
        lanes: list[list[int]] = [[]]
        for indices in groups.values():
            if plans[indices[0]].operator.name in GIL_BOUND:  # type: ignore[union-attr]
                lanes[0].extend(indices)
            else:
                lanes.append(indices)
        with ThreadPoolExecutor(max_workers=threads) as pool:
            list(pool.map(run, [lane for lane in lanes if lane]))
    else:
        for indices in groups.values():
            run(indices)
    columns, fields_ = [], []
    for i, (plan, column, fld) in enumerate(zip(plans, batch.columns, batch.schema,
                                                strict=True)):
        if i in results:
            out, changed, hidden = results[i]
            stats.changed[plan.name] = changed
            if hidden is not None:
                stats.hidden.append(hidden)
        elif plan.mode == "text":
            texts = as_strings(column).to_pylist()
            new, text_stats = protect_texts(texts, policy, detector=detector, column=plan.name)
            out = pa.array(new, pa.string())
            stats.text[plan.name] = text_stats
            stats.changed[plan.name] = sum(
                1 for a, b in zip(texts, new, strict=True) if a is not None and a != b)
            stats.hidden.append(pa.array(text_stats.hidden, pa.string()))
            text_stats.hidden = []
        else:
            out = column
        columns.append(out)
        fields_.append(pa.field(fld.name, out.type, nullable=True, metadata=fld.metadata))
    return pa.RecordBatch.from_arrays(columns, schema=pa.schema(fields_)), stats


def _value_column(plan: ColumnPlan, column: pa.Array, batch: pa.RecordBatch,
                  processes: int = 0) -> tuple[pa.Array, int, pa.Array | None]:
    """The protected column, how many values changed, and the originals it hid."""
    out = _apply_value(plan, column, batch, processes)
    original = as_strings(column)
    changed = pc.and_(pc.fill_null(pc.not_equal(original, as_strings(out)), True),
                      pc.is_valid(original))
    count = pc.sum(pc.cast(changed, pa.int64())).as_py() or 0
    hidden = pc.filter(original, changed) if plan.operator.hides else None  # type: ignore[union-attr]
    return out, count, hidden


def _apply_value(plan: ColumnPlan, column: pa.Array, batch: pa.RecordBatch,
                 processes: int = 0) -> pa.Array:
    op = plan.operator
    if plan.by and op is not None and op.name == "date_shift":
        if plan.by not in batch.schema.names:
            from piguard.errors import PolicyError

            raise PolicyError(f"date_shift on column {plan.name!r}: no column {plan.by!r} "
                              "to group by")
        return op.apply_array(column, group=batch.column(plan.by))  # type: ignore[call-arg]
    if processes and isinstance(op, Pseudonym):
        return op.apply_array(column, processes=processes)
    return op.apply_array(column)  # type: ignore[union-attr]
