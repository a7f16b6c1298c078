"""Protect free text: replace each detected span in place.

Spans come from the detector (:func:`piguard.detect.engine.detect_many`); each one is
replaced by the operator the policy picks for its entity type. Keyed operators make
the replacement consistent across documents: ``张伟`` becomes the same
``PERSON_…`` token in every ticket, log line and table protected with the same key.
Operators run once per *distinct* span text per batch, as Arrow arrays.

Findings the policy does not cover are left in the text and counted as *residual*.

>>> from piguard.detect.finding import Finding
>>> from piguard.protect.keys import InMemoryKeyProvider
>>> from piguard.protect.policy import loads
>>> policy = loads("version: 1\\nrules:\\n  - entity_types: [PHONE]\\n    operator: mask")
>>> bound = policy.bind(InMemoryKeyProvider())
>>> text = "电话13812345678，谢谢"
>>> out, stats = protect_texts([text], bound, findings=[[Finding(2, 13, "PHONE", 0.99)]])
>>> out[0]
'电话138****5678，谢谢'
>>> stats.by_type["PHONE"].changed
1
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from piguard.detect.engine import gc_paused
from piguard.detect.finding import Finding
from piguard.protect.policy import BoundPolicy

__all__ = ["TextStats", "TypeStats", "protect_texts"]

Detector = Callable[[Sequence[str]], list[list[Finding]]]


@dataclass
class TypeStats:
    """What happened to one entity type in text."""

    operator: dict[str, Any] | None
    rule: str | None
    found: int = 0
    changed: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"operator": self.operator, "rule": self.rule, "found": self.found,
                "changed": self.changed, "residual": self.operator is None}


@dataclass
class TextStats:
    """Per entity type counts, plus the original span texts that were hidden."""

    by_type: dict[str, TypeStats] = field(default_factory=dict)
    hidden: list[str] = field(default_factory=list)

    def merge(self, other: TextStats) -> None:
        for code, stats in other.by_type.items():
            mine = self.by_type.setdefault(code, TypeStats(stats.operator, stats.rule))
            mine.found += stats.found
            mine.changed += stats.changed
        self.hidden.extend(other.hidden)


def _default_detector(texts: Sequence[str]) -> list[list[Finding]]:
    from piguard.detect.engine import detect_many

    return detect_many(list(texts))


def protect_texts(texts: Sequence[str | None], policy: BoundPolicy, *,
                  findings: Sequence[Sequence[Finding]] | None = None,
                  detector: Detector | None = None, column: str | None = None,
                  ) -> tuple[list[str | None], TextStats]:
    """Protect many texts at once; ``findings`` skips detection when given.

    The cyclic garbage collector is paused for the call (as in
    :func:`piguard.detect.engine.detect_many`: many short-lived acyclic objects, and
    collections that would walk the whole host process for nothing).
    """
    return _protect_texts(texts, policy, findings, detector, column)


@gc_paused
def _protect_texts(texts: Sequence[str | None], policy: BoundPolicy,
                   findings: Sequence[Sequence[Finding]] | None, detector: Detector | None,
                   column: str | None) -> tuple[list[str | None], TextStats]:
    present = [i for i, t in enumerate(texts) if t]
    if findings is None:
        detected = (detector or _default_detector)([texts[i] for i in present])  # type: ignore[misc]
        per_text: list[Sequence[Finding]] = [()] * len(texts)
        for i, found in zip(present, detected, strict=True):
            per_text[i] = found
    else:
        per_text = list(findings)
    stats = TextStats()
    by_type = stats.by_type
    # Group spans by operator so each operator runs once over its distinct values; the
    # policy is asked once per (entity type, category), not once per span.
    chosen: dict[tuple[str, str | None], int | None] = {}
    ops: list[Any] = []  # operator k's values are values[k]
    values: list[list[str]] = []
    # per text: its kept spans in order, as (start, end, type, operator k, slot in values[k])
    spans_of: list[tuple[int, list[tuple[int, int, str, int, int]]]] = []
    for doc, found in enumerate(per_text):
        text = texts[doc]
        if not text or not found:
            continue
        spans: list[tuple[int, int, str, int, int]] = []
        for f in _non_overlapping(found):
            code = f.entity_type
            facts = (code, f.category or None)
            k = chosen.get(facts, -1)
            if k == -1:
                k = chosen[facts] = _choose(policy, column, facts, ops, values, by_type)
            by_type[code].found += 1
            if k is None:
                continue
            bucket = values[k]
            spans.append((f.start, f.end, code, k, len(bucket)))
            bucket.append(text[f.start:f.end])
        if spans:
            spans_of.append((doc, spans))
    outputs = [_apply(op, vals) for op, vals in zip(ops, values, strict=True)]
    result = list(texts)
    hidden = stats.hidden
    for doc, spans in spans_of:
        text = texts[doc]
        pieces, cursor = [], 0
        for start, end, code, k, slot in spans:
            new = outputs[k][slot]
            if new is None:
                new = ""
            pieces.append(text[cursor:start])
            pieces.append(new)
            cursor = end
            original = values[k][slot]
            if new != original:
                hidden.append(original)
                counts = by_type[code]
                if counts.operator is not None:  # (its first category may have had none)
                    counts.changed += 1
        pieces.append(text[cursor:])
        result[doc] = "".join(pieces)
    return result, stats


#: Up to this many values an operator runs value by value: an Arrow call's fixed cost
#: (a dozen compute kernels, about a millisecond) outweighs its per-value saving, which
#: matters when one short text is protected at a time. Both paths give the same output
#: (tests/protect/test_protect_operators.py) but for noise, whose draws depend on the
#: batch, so noise always takes the array path.
_VALUE_BY_VALUE = 16


def _apply(op: Any, values: list[str]) -> list[str | None]:
    if len(values) <= _VALUE_BY_VALUE and op.name != "noise":
        done: dict[str, str] = {}
        return [done[v] if v in done else done.setdefault(v, op.apply(v)) for v in values]
    return op.apply_array(pa.array(values, pa.string())).to_pylist()


def _choose(policy: BoundPolicy, column: str | None, facts: tuple[str, str | None],
            ops: list[Any], values: list[list[str]], by_type: dict[str, TypeStats]
            ) -> int | None:
    """The index in ``ops`` of the operator for ``facts`` (added if new), or None."""
    code, category = facts
    op, rule = policy.operator_for(column=column, entity_type=code, category=category)
    if code not in by_type:
        by_type[code] = TypeStats(op.describe() if op else None,
                                  rule.label() if rule else None)
    if op is None:
        return None
    for k, known in enumerate(ops):
        if known is op:
            return k
    ops.append(op)
    values.append([])
    return len(ops) - 1


def _non_overlapping(found: Sequence[Finding]) -> Sequence[Finding]:
    """Keep the longest span where spans overlap (the detector already resolves most)."""
    end = -1
    for f in found:  # already in order and disjoint (the detector's output): as it is
        if f.start < end:
            break
        end = f.end
    else:
        return found
    kept: list[Finding] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept
