"""Text to code-point arrays: normalisation, character classes, rolling hashes.

Everything here is vectorised NumPy over one flat array of code points, so a batch
of many texts costs a handful of array operations instead of a Python loop per
character. Texts are joined with a separator code (0) and padded, which lets every
feature look two characters left and right without bounds checks.

Normalisation is 1:1 (one code point in, one out) so offsets never move:
full-width ASCII becomes ASCII, Latin letters become lower case, every digit becomes
``0`` (an address number's value says nothing about whether it is an address),
dot variants used inside transliterated names become ``·``, and traditional Chinese
characters become simplified ones (``data/t2s.tsv``, from OpenCC): the tagger learned
from simplified text, and reads 臺北市中正區 as 台北市中正区.

>>> codes = to_codes("Ａb·１")
>>> "".join(map(chr, normalise(codes)))
'ab·0'
>>> "".join(map(chr, normalise(to_codes("臺北市中正區"))))
'台北市中正区'
>>> classes(to_codes("王A1 。")).tolist()
[1, 3, 2, 5, 6]
"""

from __future__ import annotations

from importlib import resources

import numpy as np

__all__ = [
    "CLASS_DIGIT",
    "CLASS_HAN",
    "CLASS_LOWER",
    "CLASS_OTHER",
    "CLASS_PAD",
    "CLASS_PUNCT",
    "CLASS_SPACE",
    "CLASS_UPPER",
    "PAD",
    "classes",
    "normalise",
    "prefix_hash",
    "substring_hash",
    "to_codes",
]

PAD = 0
CLASS_PAD, CLASS_HAN, CLASS_DIGIT, CLASS_UPPER, CLASS_LOWER = 0, 1, 2, 3, 4
CLASS_SPACE, CLASS_PUNCT, CLASS_OTHER, CLASS_DOT = 5, 6, 7, 8

_BMP = 0x10000
_U64 = np.uint64
# Polynomial rolling hash modulo 2**64: an odd base is invertible, so the hash of any
# substring comes from two prefix sums and one multiplication (see substring_hash).
_BASE = 0x100000001B3
_BASE_INV = pow(_BASE, -1, 1 << 64)
# SplitMix64's multipliers (see mix).
_MIX1 = _U64(0xBF58476D1CE4E5B9)
_MIX2 = _U64(0x94D049BB133111EB)


def to_codes(text: str) -> np.ndarray:
    """Code points of ``text`` as ``uint32`` (lone surrogates kept as they are)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _normal_table() -> np.ndarray:
    table = np.arange(_BMP, dtype=np.uint32)
    full = np.arange(0xFF01, 0xFF5F)
    table[full] = full - 0xFEE0
    table[ord("A") : ord("Z") + 1] += 32
    table[0xFF21:0xFF3B] = np.arange(ord("a"), ord("z") + 1)
    table[ord("0") : ord("9") + 1] = ord("0")
    table[0xFF10:0xFF1A] = ord("0")
    for ch in "\u3000\u00a0\u2002\u2003\u2009\u202f\t\r\x0b\x0c":
        table[ord(ch)] = ord(" ")
    for ch in "\u30fb\u2022\u2027\u00b7\u2219\u0387\uff65\u2e31":
        table[ord(ch)] = ord("·")
    table[0] = ord(" ")  # a real NUL in text must not look like the separator
    pairs = resources.files(__package__).joinpath("data", "t2s.tsv").read_text(encoding="utf-8")
    for line in pairs.splitlines():
        if line and not line.startswith("#"):
            table[ord(line[0])] = ord(line[2])
    return table


def _class_table() -> np.ndarray:
    table = np.full(_BMP, CLASS_OTHER, dtype=np.uint8)
    for lo, hi in ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF)):
        table[lo : hi + 1] = CLASS_HAN
    table[ord("〇")] = CLASS_HAN
    table[ord("0") : ord("9") + 1] = CLASS_DIGIT
    table[0xFF10:0xFF1A] = CLASS_DIGIT
    table[ord("A") : ord("Z") + 1] = CLASS_UPPER
    table[0xFF21:0xFF3B] = CLASS_UPPER
    table[ord("a") : ord("z") + 1] = CLASS_LOWER
    table[0xFF41:0xFF5B] = CLASS_LOWER
    table[0xC0:0x250] = CLASS_LOWER  # accented Latin, case folded into one class
    for ch in " \t\r\n\x0b\x0c\u3000\u00a0\u2002\u2003\u2009\u202f":
        table[ord(ch)] = CLASS_SPACE
    punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~，。、；：？！“”‘’（）【】《》〈〉「」『』…—～·．"
    for ch in punct:
        table[ord(ch)] = CLASS_PUNCT
    table[0xFF01:0xFF10] = CLASS_PUNCT
    table[0xFF1A:0xFF21] = CLASS_PUNCT
    for ch in "\u30fb\u2022\u2027\u00b7\u2219\u0387\uff65\u2e31":
        table[ord(ch)] = CLASS_DOT
    table[0] = CLASS_SPACE
    return table


_NORMAL = _normal_table()
_CLASS = _class_table()


def normalise(codes: np.ndarray) -> np.ndarray:
    """Map code points 1:1 to their normal form (see module docstring)."""
    out = codes.astype(np.uint32, copy=True)
    bmp = out < _BMP
    out[bmp] = _NORMAL[out[bmp]]
    return out


def classes(codes: np.ndarray) -> np.ndarray:
    """Character class of each code point (``CLASS_*`` constants, ``uint8``)."""
    out = np.full(codes.shape, CLASS_HAN, dtype=np.uint8)  # astral plane: CJK ext.
    bmp = codes < _BMP
    out[bmp] = _CLASS[codes[bmp]]
    return out


_power_tables = (np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64))


def _powers_upto(n: int) -> tuple[np.ndarray, np.ndarray]:
    global _power_tables
    powers, inv_powers = _power_tables  # one read: threads never mix old and new tables
    if len(powers) < n:
        size = max(n, 2 * len(powers))
        with np.errstate(over="ignore"):
            powers = np.cumprod(
                np.concatenate([[_U64(1)], np.full(size - 1, _BASE, dtype=np.uint64)])
            )
            inv_powers = np.cumprod(
                np.concatenate([[_U64(1)], np.full(size - 1, _BASE_INV, dtype=np.uint64)])
            )
        _power_tables = (powers, inv_powers)
    return powers[:n], inv_powers[:n]


def prefix_hash(codes: np.ndarray) -> np.ndarray:
    """Prefix sums ``H[i] = sum(codes[k] * BASE**k for k < i)`` modulo 2**64."""
    powers, _ = _powers_upto(len(codes))
    out = np.zeros(len(codes) + 1, dtype=np.uint64)
    np.cumsum(codes.astype(np.uint64) * powers, out=out[1:])
    return out


def substring_hash(prefix: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Mixed 64-bit hash of each substring ``[start, start + length)``.

    The value depends only on the substring, not on where it sits:

    >>> h = prefix_hash(to_codes("北京和北京"))
    >>> a = substring_hash(h, np.array([0, 3]), np.array([2, 2]))
    >>> bool(a[0] == a[1])
    True
    """
    _, inv = _powers_upto(len(prefix))
    starts = np.asarray(starts, dtype=np.int64)
    lengths = np.asarray(lengths, dtype=np.int64)
    raw = (prefix[starts + lengths] - prefix[starts]) * inv[starts]
    return mix(raw ^ (lengths.astype(np.uint64) * _MIX2))


def mix(h: np.ndarray, *, in_place: bool = False) -> np.ndarray:
    """SplitMix64 finaliser: spreads every input bit over the high output bits.

    A new array, or with ``in_place`` the ``uint64`` array ``h`` itself, overwritten
    (the feature hashing does that for every template: one temporary, no copies).
    """
    t = h >> _U64(30)  # the one temporary: each later shift is written into it
    if in_place:
        h ^= t
    else:
        h = h ^ t
    h *= _MIX1
    np.right_shift(h, _U64(27), out=t)
    h ^= t
    h *= _MIX2
    np.right_shift(h, _U64(31), out=t)
    h ^= t
    return h
