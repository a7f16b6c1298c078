"""The recognizer registry: every pattern recognizer piguard ships, by name and by type.

Text detection (:mod:`piguard.detect.engine`) and column scanning
(:mod:`piguard.detect.columns`) both read this one list, so a pattern, validator or
context word changes in one place.

>>> [r.name for r in recognizers_for({"BANK_CARD"})]
['bank_card', 'bank_card_grouped']
>>> by_name("cn_resident_id").entity_type
'CN_RESIDENT_ID'
>>> "PERSON" in MODEL_TYPES, "PERSON" in PATTERN_TYPES
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from piguard.detect.recognizers import contact, documents, finance, network, vehicle_geo
from piguard.detect.recognizers.base import Recognizer
from piguard.errors import UnknownCategory

__all__ = [
    "ALL_TYPES",
    "MODEL_TYPES",
    "PATTERN_TYPES",
    "RECOGNIZERS",
    "Recognizer",
    "by_name",
    "parse_types",
    "recognizers_for",
]

#: Every pattern recognizer, in a stable order (the order is the hyperscan pattern id).
RECOGNIZERS: tuple[Recognizer, ...] = (
    *documents.RECOGNIZERS,
    *contact.RECOGNIZERS,
    *finance.RECOGNIZERS,
    *network.RECOGNIZERS,
    *vehicle_geo.RECOGNIZERS,
)

#: Types found by the statistical name-and-address model (piguard.detect.ner), not patterns.
MODEL_TYPES: frozenset[str] = frozenset({"PERSON", "LOCATION"})
#: Types found by pattern recognizers.
PATTERN_TYPES: frozenset[str] = frozenset(r.entity_type for r in RECOGNIZERS)
#: Every type ``detect`` can report.
ALL_TYPES: frozenset[str] = PATTERN_TYPES | MODEL_TYPES

_BY_NAME = {r.name: r for r in RECOGNIZERS}
if len(_BY_NAME) != len(RECOGNIZERS):  # pragma: no cover - a programming error
    raise RuntimeError("two recognizers share a name")


def by_name(name: str) -> Recognizer:
    """The recognizer called ``name``; raises :class:`UnknownCategory` if there is none."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise UnknownCategory(f"unknown recognizer {name!r}") from None


def parse_types(types: Iterable[str] | str | None) -> frozenset[str]:
    """Entity-type codes to detect: None means all; a string is comma-separated.

    >>> sorted(parse_types("PHONE, email"))
    ['EMAIL', 'PHONE']
    >>> parse_types("NOPE")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    piguard.errors.UnknownCategory: unknown entity type 'NOPE' (known: BANK_CARD, ...)
    """
    if types is None:
        return ALL_TYPES
    if isinstance(types, str):
        types = types.split(",")
    wanted = frozenset(t.strip().upper() for t in types if t.strip())
    unknown = sorted(wanted - ALL_TYPES)
    if unknown:
        known = ", ".join(sorted(ALL_TYPES))
        raise UnknownCategory(f"unknown entity type {unknown[0]!r} (known: {known})")
    return wanted


@cache
def _for(types: frozenset[str]) -> tuple[Recognizer, ...]:
    return tuple(r for r in RECOGNIZERS if r.entity_type in types)


def recognizers_for(types: Iterable[str] | str | None = None) -> tuple[Recognizer, ...]:
    """The pattern recognizers that find any of ``types`` (all when None), in registry order."""
    return _for(parse_types(types))
