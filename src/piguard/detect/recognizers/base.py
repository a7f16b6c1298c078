"""What one recognizer is: a named candidate pattern, a validator and its context.

A recognizer is a thin adapter (Presidio's shape): its ``pattern`` finds a candidate,
the identifier module's ``is_valid`` confirms or rejects it, and context words near
the candidate raise the score. Recognizers are plain data, so the text engine
(hyperscan or ``re``) and the column scanner (Polars/RE2) share them.

Patterns use the syntax common to Python ``re``, hyperscan and RE2: no look-arounds,
no back-references, ``[0-9]`` never ``\\d``. Boundaries are checked in code
(:func:`piguard.detect.boundaries.is_bounded`), not in the pattern.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

__all__ = ["ALNUM", "Recognizer", "resolve"]

#: Characters that glue a candidate to its neighbour (``SF6896...`` is no phone number).
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"
#: Characters that glue only when an ALNUM character lies beyond them (``1.5``, ``SKU-1``).
SOFT = ".-"


@cache
def resolve(ref: str) -> Callable[[str], bool]:
    """Import ``"module:function"``; a bare module name is looked up in ``piguard.identifiers``.

    >>> resolve("cn_ric:is_valid")("11010519491231002X")
    True
    """
    module, _, name = ref.partition(":")
    if "." not in module:
        module = f"piguard.identifiers.{module}"
    return getattr(import_module(module), name or "is_valid")


@dataclass(frozen=True, slots=True)
class Recognizer:
    """One way of finding one entity type.

    ``base_score`` is the score of a match that no validator checked, ``validated_score``
    the score once the validator accepted it (a rejected candidate is dropped). A context
    word before the candidate adds ``context_bonus``. ``context_required`` kinds (QQ,
    WeChat, ...) are reported only when one of their ``context`` words labels the
    candidate directly (``QQ：12345``).
    """

    name: str
    entity_type: str
    pattern: str
    validator_ref: str | None = None
    context: tuple[str, ...] = ()
    base_score: float = 0.5
    validated_score: float = 0.9
    context_bonus: float = 0.1
    context_required: bool = False
    ignore_case: bool = False
    glue: str = ALNUM
    soft_glue: str = SOFT
    subtype: str = ""
    #: ``"module:function"`` true when a valid candidate more likely is something else
    #: (an 18-digit card number shaped like a resident ID): it then needs a context word
    demote_ref: str | None = None
    #: ties between overlapping findings of equal score go to the lower number
    priority: int = 50
    examples: tuple[str, ...] = field(default=(), compare=False)

    @property
    def validator(self) -> Callable[[str], bool] | None:
        """The identifier module's ``is_valid`` (never raises), or None for pattern-only kinds."""
        return resolve(self.validator_ref) if self.validator_ref else None

    @property
    def demoter(self) -> Callable[[str], bool] | None:
        return resolve(self.demote_ref) if self.demote_ref else None

    @property
    def max_score(self) -> float:
        top = self.validated_score if self.validator_ref else self.base_score
        return min(1.0, top + self.context_bonus)
