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
    """Protect many texts at once; ``findings`` skips detection when given."""
    present = [i for i, t in enumerate(texts) if t]
    if findings is None:
        detected = (detector or _default_detector)([texts[i] for i in present])  # type: ignore[misc]
        per_text: list[Sequence[Finding]] = [[] for _ in texts]
        for i, found in zip(present, detected, strict=True):
            per_text[i] = found
    else:
        per_text = list(findings)
    stats = TextStats()
    # Group spans by operator so each operator runs once over its distinct values; the
    # policy is asked once per (entity type, category), not once per span.
    chosen: dict[tuple[str, str | None], Any] = {}
    jobs: dict[int, tuple[Any, list[tuple[int, int, int, str]], list[str]]] = {}
    for doc, found in enumerate(per_text):
        text = texts[doc]
        if not text:
            continue
        for f in _non_overlapping(found):
            code = f.entity_type
            facts = (code, f.category or None)
            if facts not in chosen:
                op, rule = policy.operator_for(column=column, entity_type=code,
                                               category=facts[1])
                chosen[facts] = op
                if code not in stats.by_type:
                    stats.by_type[code] = TypeStats(op.describe() if op else None,
                                                    rule.label() if rule else None)
            op = chosen[facts]
            stats.by_type[code].found += 1
            if op is None:
                continue
            spans, values = jobs.setdefault(id(op), (op, [], []))[1:]
            spans.append((doc, f.start, f.end, code))
            values.append(text[f.start:f.end])
    replacements: dict[int, list[tuple[int, int, str, str]]] = {}
    for op, spans, values in jobs.values():
        out = op.apply_array(pa.array(values, pa.string())).to_pylist()
        for (doc, start, end, code), original, new in zip(spans, values, out, strict=True):
            new = "" if new is None else new
            replacements.setdefault(doc, []).append((start, end, new, original))
            if new != original and stats.by_type[code].operator is not None:
                stats.by_type[code].changed += 1
    result = list(texts)
    for doc, items in replacements.items():
        text = texts[doc]
        pieces, cursor = [], 0
        for start, end, new, original in sorted(items):
            pieces.append(text[cursor:start])
            pieces.append(new)
            cursor = end
            if new != original:
                stats.hidden.append(original)
        pieces.append(text[cursor:])
        result[doc] = "".join(pieces)
    return result, stats


def _non_overlapping(found: Sequence[Finding]) -> list[Finding]:
    """Keep the longest span where spans overlap (the detector already resolves most)."""
    kept: list[Finding] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept
