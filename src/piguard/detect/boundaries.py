"""Token boundaries, checked in code (RE2 and hyperscan have no look-arounds).

A candidate glued to ASCII letters or digits is part of a longer token (``SF6896...`` is
a tracking number, not a phone number) and is no match. Glued to Chinese characters it
is a match: ``卡号6222...`` and ``邮箱a@b.cn``. Soft separators (``.``, ``-``) glue only
when a letter or digit lies beyond them (``3.14159``, ``SKU-1234``), not at a sentence end.
A run of letters right before the candidate that is one of the recognizer's own context
words is a label, not glue (``QQ12345678``, ``Tel13800138000``).

>>> from piguard.detect.registry import by_name
>>> phone = by_name("cn_mobile")
>>> is_bounded("卡号13800138000。", 2, 13, phone), is_bounded("SF13800138000", 2, 13, phone)
(True, False)
>>> is_bounded("tel13800138000", 3, 14, phone), is_bounded("13800138000.5", 0, 11, phone)
(True, False)
"""

from __future__ import annotations

from functools import cache

from piguard.detect.recognizers.base import Recognizer

__all__ = ["glue_sets", "is_bounded", "is_bounded_by"]

_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


@cache
def glue_sets(rec: Recognizer) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(hard glue, soft glue, ASCII labels) of a recognizer, for :func:`is_bounded_by`."""
    labels = frozenset(w.lower() for w in rec.context if w.isascii() and w.isalpha())
    return frozenset(rec.glue), frozenset(rec.soft_glue), labels


def _letter_label(text: str, start: int, labels: frozenset[str]) -> bool:
    """True when the ASCII letters ending at ``start`` spell one of ``labels``."""
    i = start
    while i > 0 and text[i - 1] in _ASCII_LETTERS:
        i -= 1
        if start - i > 12:
            return False
    return text[i:start].lower() in labels


def is_bounded(text: str, start: int, end: int, rec: Recognizer) -> bool:
    """True when ``text[start:end]`` is not glued to a neighbouring token."""
    return is_bounded_by(text, start, end, *glue_sets(rec))


def is_bounded_by(text: str, start: int, end: int, glue: frozenset[str],
                  soft: frozenset[str], labels: frozenset[str]) -> bool:
    """:func:`is_bounded` with the recognizer's sets looked up once by the caller."""
    if start > 0:
        left = text[start - 1]
        if left in glue:
            if not (left in _ASCII_LETTERS and labels and _letter_label(text, start, labels)):
                return False
        elif left in soft and start > 1 and text[start - 2] in glue:
            return False
    if end < len(text):
        right = text[end]
        if right in glue:
            return False
        if right in soft and end + 1 < len(text) and text[end + 1] in glue:
            return False
    return True
