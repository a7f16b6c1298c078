"""Helpers shared by the identifier modules (not an identifier itself)."""

from __future__ import annotations

from piguard.errors import InvalidFormat, InvalidLength

from .normalize import TRANSLATION

__all__ = ["DIGITS", "clean", "only_digits", "words"]

DIGITS = frozenset("0123456789")

# One table: normalise look-alikes and delete separators in a single translate pass.
_SEPARATORS = " -"


def _make_table(drop: str) -> dict[int, str | None]:
    table: dict[int, str | None] = dict(TRANSLATION)
    for code, ascii_char in TRANSLATION.items():
        if ascii_char in drop:
            table[code] = None
    for ch in drop:
        table[ord(ch)] = None
    return table


_TABLES: dict[str, dict[int, str | None]] = {}


def clean(value: object, drop: str = _SEPARATORS, max_len: int = 64) -> str:
    """Normalise ``value`` and delete the characters in ``drop`` (separators).

    Raises :class:`InvalidFormat` for a non-string and :class:`InvalidLength` for a
    string longer than ``max_len`` (checked first, so junk costs nothing).

    >>> clean("１３８ 0013-8000")
    '13800138000'
    """
    if not isinstance(value, str):
        raise InvalidFormat("value is not a string")
    if len(value) > max_len:
        raise InvalidLength("value is far too long")
    if value.isascii():  # fast path: nothing to normalise, few separators to delete
        for ch in drop:
            if ch in value:
                value = value.replace(ch, "")
        return value.strip()
    table = _TABLES.get(drop)
    if table is None:
        table = _TABLES[drop] = _make_table(drop)
    return value.translate(table).strip()


def only_digits(value: str) -> bool:
    """True when ``value`` is non-empty and made of ASCII digits only.

    (``str.isdigit`` also accepts superscripts and other scripts' digits.)

    >>> only_digits("123"), only_digits("１２３"), only_digits("²"), only_digits("")
    (True, False, False, False)
    """
    return value.isascii() and value.isdigit()


def words(text: str) -> list[str]:
    """Split a space-separated literal (keeps long code tables readable).

    >>> words("134 135")
    ['134', '135']
    """
    return text.split()
