"""Normalise look-alike characters before matching identifiers (规范化).

Chinese text is full of full-width forms (``１３８``, ``ＡＢＣ``, ``＠``), ideographic
spaces (U+3000) and dash or full-stop variants typed by input methods (``—``,
``－``, ``。``). Identifiers are matched on their ASCII forms, so
:func:`normalize` maps each such character to one ASCII character.

The mapping is **1:1 and length-preserving**: every character becomes exactly one
character, so ``normalize(text)[i]`` corresponds to ``text[i]`` and a span found in
the normalised text is the same span in the original text — no offset map is
needed. Characters outside the table are left as they are.

>>> normalize("手机：１３８－００１３－８０００")
'手机:138-0013-8000'
>>> normalize("邮箱 ａ＠ｂ。ｃｎ")
'邮箱 a@b.cn'
>>> text = "卡号\u3000６２２２"
>>> len(normalize(text)) == len(text)
True
"""

from __future__ import annotations

__all__ = ["TRANSLATION", "normalize"]


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Full-width ASCII block: U+FF01..U+FF5E <-> U+0021..U+007E.
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0)
    spaces = "\u3000\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
    for ch in spaces:
        table[ord(ch)] = " "
    # Hyphen, dash and minus variants (the full-width minus is in the block above).
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\u2043":
        table[ord(ch)] = "-"
    # Full stops: ideographic, half-width ideographic (full-width is in the block above).
    for ch in "\u3002\uff61":
        table[ord(ch)] = "."
    table[ord("\ufe6b")] = "@"  # small commercial at
    return table


#: ``str.translate`` table: code point -> one ASCII character.
TRANSLATION: dict[int, str] = _build_table()


def normalize(text: str) -> str:
    """Return ``text`` with look-alike characters replaced by ASCII, same length.

    >>> normalize("ＡＢ—１２")
    'AB-12'
    >>> normalize("plain ascii")
    'plain ascii'
    """
    if text.isascii():
        return text
    return text.translate(TRANSLATION)
