"""Hashed features for every character of a batch of texts, all vectorised.

Each character gets :data:`N_TEMPLATES` feature ids (one per template): the
characters and character pairs around it, character classes, dictionary flags
(surname, given-name character, address suffix...), the dictionary words that
start, end or run across it (region names, place names, common words, titles,
organisation suffixes, compound surnames, well-known people, name-like organisations),
how far ahead in the clause the next address marker and organisation word are, and,
inside Latin words, the word itself, its shape and its neighbours. A feature id is a hash of (template, value) folded
into ``2**bits`` buckets; a weight row per bucket scores the tags.

Dictionaries are probed by hashing every substring of length 2..``MAX_LEX_LEN``
with a rolling hash and looking the hash up in a direct-mapped bit table, so the cost
is a few array operations per length, whatever the dictionary size.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from piguard.detect.ner import _text as tx

__all__ = [
    "CHAR_FLAGS",
    "LEX_KINDS",
    "MAX_LEX_LEN",
    "N_TEMPLATES",
    "Batch",
    "Lexicon",
    "encode",
    "feature_ids",
]

#: Dictionary kinds probed over substrings (one bit each in the lookup table).
LEX_KINDS = (
    "REGION", "PLACE", "WORD", "TITLE", "ORG", "SURNAME2", "PERSON", "ORGNAME",
    "EN_FIRST", "EN_LAST",
)  # fmt: skip
#: Per-character dictionary flags (one bit each).
CHAR_FLAGS = (
    "SURNAME", "GIVEN", "TRANSLIT", "ADMIN_SUFFIX", "STREET_SUFFIX",
    "BUILDING_SUFFIX", "NUMERAL", "GEO_SUFFIX", "PERSON_AFTER", "ORG_SUFFIX",
)  # fmt: skip
MAX_LEX_LEN = 8
_CN_KINDS = 8  # the first eight kinds are probed over Chinese substrings
_TABLE_BITS = 24
_U64 = np.uint64
_SALT_INT = 0x9E3779B97F4A7C15
_WORD_POS_B, _WORD_POS_I, _WORD_POS_E, _WORD_POS_S = 1, 2, 3, 4

_CHAR_TEMPLATES = 15  # templates 0..14: bias, n-grams, classes, flags, clause shape
_WORD_TEMPLATES = 4  # Latin words: the word, its shape, the previous and next word
N_TEMPLATES = _CHAR_TEMPLATES + _CN_KINDS + _WORD_TEMPLATES + 1  # + organisation ahead
# A road, number, building or room marker later in the same clause turns a chain of
# divisions into one address: the tagger sees how far ahead the next marker is.
_ADDRESS_MARKERS = np.array([ord(c) for c in "路街巷弄号栋幢楼室座道里村组"], dtype=np.uint32)


@dataclass(frozen=True)
class Lexicon:
    """Dictionary bit table (hash slot -> kind bits) and per-character flags."""

    table: np.ndarray  # uint16, 2**_TABLE_BITS
    flags: np.ndarray  # uint16 per BMP code point

    @classmethod
    def build(cls, words: dict[str, np.ndarray], chars: dict[str, np.ndarray]) -> Lexicon:
        """From substring hashes per kind (``hash_words``) and code points per flag."""
        table = np.zeros(1 << _TABLE_BITS, dtype=np.uint16)
        for bit, kind in enumerate(LEX_KINDS):
            hashes = words.get(kind)
            if hashes is not None and len(hashes):
                table[_slots(hashes)] |= np.uint16(1 << bit)
        flags = np.zeros(0x10000, dtype=np.uint16)
        for bit, name in enumerate(CHAR_FLAGS):
            codes = chars.get(name)
            if codes is not None and len(codes):
                codes = codes[codes < 0x10000]
                flags[codes] |= np.uint16(1 << bit)
        return cls(table, flags)


def hash_words(words: list[str]) -> np.ndarray:
    """Hashes of whole words, as the lexicon probe computes them (normalised)."""
    if not words:
        return np.zeros(0, dtype=np.uint64)
    codes = tx.normalise(tx.to_codes("".join(words)))
    lengths = np.array([len(w) for w in words], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    return tx.substring_hash(tx.prefix_hash(codes), starts, lengths)


def _slots(hashes: np.ndarray) -> np.ndarray:
    return (hashes >> _U64(64 - _TABLE_BITS)).astype(np.intp)


@dataclass(frozen=True)
class Batch:
    """Texts joined into one padded code array.

    ``pos`` lists the padded-array index of every real character, text after text, so
    text k's characters are ``pos[starts[k] : starts[k] + lengths[k]]``.
    """

    raw: np.ndarray  # original code points (uint32), separators = 0
    norm: np.ndarray  # normalised code points
    cls: np.ndarray  # classes
    pos: np.ndarray  # intp
    lengths: np.ndarray  # int64, characters per text


def encode(texts: list[str]) -> Batch:
    """Join ``texts`` as ``PAD PAD t0 PAD PAD t1 ... PAD PAD``."""
    gap = 2
    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    before = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    offsets = gap + before + gap * np.arange(len(texts), dtype=np.int64)
    total = int(lengths.sum()) + gap * (len(texts) + 1)
    joined = tx.to_codes("".join(texts))
    pos = (np.arange(len(joined), dtype=np.intp) + np.repeat(offsets - before, lengths)).astype(
        np.intp
    )
    raw = np.zeros(total, dtype=np.uint32)
    raw[pos] = joined
    norm = np.zeros(total, dtype=np.uint32)
    norm[pos] = tx.normalise(joined)
    cls = np.zeros(total, dtype=np.uint8)
    cls[pos] = tx.classes(joined)
    return Batch(raw, norm, cls, pos, lengths)


def _fid(dest: np.ndarray, values: np.ndarray, template: int, bits: int) -> None:
    """Bucket ids of (template, value) written into ``dest``, a row of ``intp``: the top
    ``bits`` bits of :func:`~._text.mix` of the salted value, hashed in place."""
    salt = _U64((_SALT_INT * (template + 1)) & 0xFFFFFFFFFFFFFFFF)
    h = tx.mix(np.bitwise_xor(values, salt, dtype=np.uint64), in_place=True)
    np.right_shift(h, _U64(64 - bits), out=dest.view(np.uint64))


def feature_ids(batch: Batch, pos: np.ndarray, lex: Lexicon, bits: int) -> np.ndarray:
    """``[N_TEMPLATES, len(pos)]`` bucket ids for the characters at ``pos``.

    Template-major, so each template's ids are one contiguous row.
    """
    n = batch.norm.astype(np.uint64)
    c = batch.cls.astype(np.uint64)
    total = len(n)
    out = np.empty((N_TEMPLATES, len(pos)), dtype=np.intp)
    s21 = _U64(21)

    near = {k: n[pos + k] for k in (-2, -1, 0, 1, 2)}  # each gathered once
    high = {k: near[k] << s21 for k in (-2, -1, 0, 1)}
    left_pair = high[-1] | near[0]
    cols: list[np.ndarray] = [
        np.zeros(len(pos), dtype=np.uint64),
        near[0], near[-1], near[1], near[-2], near[2],
        left_pair,
        high[0] | near[1],
        high[-2] | near[-1],
        high[1] | near[2],
        (left_pair << s21) | near[1],
    ]  # fmt: skip
    cls5 = c[pos - 2]
    for k in (-1, 0, 1, 2):
        cls5 = (cls5 << _U64(4)) | c[pos + k]
    cols.append(cls5)
    fl = np.zeros(total, dtype=np.uint64)
    bmp = batch.norm < 0x10000
    fl[bmp] = lex.flags[batch.norm[bmp]]
    cols.append(fl[pos])
    cols.append((((fl[pos - 1] << _U64(16)) | fl[pos]) << _U64(16)) | fl[pos + 1])
    clauses = _Clauses.of(batch)
    cols.append(_clause_shape(batch, clauses)[pos])
    for t, col in enumerate(cols):
        _fid(out[t], col, t, bits)

    prefix = tx.prefix_hash(batch.norm)
    t = _CHAR_TEMPLATES
    packed_kinds = _lexicon_columns(prefix, batch, lex, total)
    for k, packed in enumerate(packed_kinds):
        _fid(out[t + k], packed[pos], t + k, bits)
    t += _CN_KINDS
    for k, col in enumerate(_word_columns(prefix, batch, lex, total)):
        _fid(out[t + k], col[pos], t + k, bits)
    t += _WORD_TEMPLATES
    _fid(out[t], _organisation_ahead(clauses, packed_kinds)[pos], t, bits)
    return out


@dataclass(frozen=True)
class _Clauses:
    """Clause breaks (punctuation, spaces, text ends) around every position."""

    idx: np.ndarray  # int64 positions
    prev_break: np.ndarray  # the last break at or before each position (-1: none)
    next_break: np.ndarray  # the first break at or after each position (len: none)

    @classmethod
    def of(cls, batch: Batch) -> _Clauses:
        total = len(batch.norm)
        idx = np.arange(total, dtype=np.int64)
        c = batch.cls
        brk = (c == tx.CLASS_PUNCT) | (c == tx.CLASS_SPACE) | (c == tx.CLASS_PAD)
        return cls(idx, np.maximum.accumulate(np.where(brk, idx, -1)),
                    _next_true(brk, idx))

    def ahead(self, hit: np.ndarray, cap: int) -> np.ndarray:
        """Distance to the next ``hit`` in the same clause, capped at ``cap``; ``cap + 1``
        when there is none."""
        nxt = _next_true(hit, self.idx)
        return np.where(nxt < self.next_break, np.minimum(nxt - self.idx, cap), cap + 1)


def _next_true(mask: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """For each position, the first position at or after it where ``mask`` holds."""
    return np.minimum.accumulate(np.where(mask, idx, len(idx))[::-1])[::-1]


def _clause_shape(batch: Batch, clauses: _Clauses) -> np.ndarray:
    """Distance to the next address marker in this clause, and from the clause start."""
    ahead = clauses.ahead(np.isin(batch.norm, _ADDRESS_MARKERS), 20)
    since = np.minimum(clauses.idx - clauses.prev_break, 8)
    return (ahead * 16 + since).astype(np.uint64)


_ORG, _PLACE, _REGION = (LEX_KINDS.index(k) for k in ("ORG", "PLACE", "REGION"))


def _organisation_ahead(clauses: _Clauses, packed_kinds: list[np.ndarray]) -> np.ndarray:
    """How far ahead in this clause an organisation word starts (学院, 公司, 代表团...), with
    whether this character is inside a place name: 中国 in 中国音乐学院 is part of an
    organisation, in 中国人民 a place."""
    ahead = clauses.ahead((packed_kinds[_ORG] >> _U64(5)) > 0, 12)
    in_place = (packed_kinds[_PLACE] > 0) | (packed_kinds[_REGION] > 0)
    return (ahead * 2 + in_place).astype(np.uint64)


def _lexicon_columns(prefix, batch: Batch, lex: Lexicon, total: int) -> list[np.ndarray]:
    """Per Chinese kind: longest match starting here, ending here, and run-across."""
    start_len = np.zeros((_CN_KINDS, total), dtype=np.uint8)  # lengths <= MAX_LEX_LEN
    end_len = np.zeros((_CN_KINDS, total), dtype=np.uint8)
    inside = np.zeros(total, dtype=np.uint16)
    starts_all = np.arange(total, dtype=np.int64)
    # Substrings that run into a separator belong to no single text: never a match.
    pads = np.concatenate([[0], np.cumsum(batch.cls == tx.CLASS_PAD)])
    for length in range(2, MAX_LEX_LEN + 1):
        if total < length:
            break
        starts = starts_all[: total - length + 1]
        hit = lex.table[_slots(tx.substring_hash(prefix, starts, np.full(len(starts), length)))]
        hit &= np.uint16((1 << _CN_KINDS) - 1)
        # Matches are few: work on their positions only.
        idx = np.flatnonzero(hit)
        idx = idx[pads[idx + length] == pads[idx]]
        if not len(idx):
            continue
        bits = hit[idx]
        for k in range(1, length - 1):
            inside[idx + k] |= bits
        for kind in range(_CN_KINDS):
            at = idx[((bits >> np.uint16(kind)) & np.uint16(1)).astype(bool)]
            if len(at):
                start_len[kind, at] = length
                end_len[kind, at + length - 1] = length
    cols = []
    for kind in range(_CN_KINDS):
        # Packed in 16 bits (start << 5 | end << 1 | inside), widened once for hashing.
        packed = start_len[kind].astype(np.uint16) << np.uint16(5)
        packed |= end_len[kind].astype(np.uint16) << np.uint16(1)
        packed |= (inside >> np.uint16(kind)) & np.uint16(1)
        cols.append(packed.astype(np.uint64))
    return cols


def _word_columns(prefix, batch: Batch, lex: Lexicon, total: int) -> list[np.ndarray]:
    """Latin words: the word, its shape and dictionary bits, the previous and next word."""
    cls = batch.cls
    latin = (cls == tx.CLASS_UPPER) | (cls == tx.CLASS_LOWER)
    word = np.zeros(total, dtype=np.uint64)
    shape = np.zeros(total, dtype=np.uint64)
    prev_word = np.zeros(total, dtype=np.uint64)
    next_word = np.zeros(total, dtype=np.uint64)
    if not latin.any():
        return [word, shape, prev_word, next_word]
    edge = np.diff(np.concatenate([[False], latin, [False]]).astype(np.int8))
    ws = np.flatnonzero(edge == 1)
    we = np.flatnonzero(edge == -1)
    wl = we - ws
    wh = tx.substring_hash(prefix, ws, wl)
    bits = lex.table[_slots(wh)].astype(np.uint64)
    upper = (cls == tx.CLASS_UPPER).astype(np.int64)
    n_upper = np.add.reduceat(upper, ws) if len(ws) else np.zeros(0, dtype=np.int64)
    first_upper = upper[ws]
    word_shape = first_upper + 2 * (n_upper == wl) + 4 * np.minimum(wl, 4)
    # Neighbour words: separated by exactly one space, inside the same text.
    near = (ws[1:] - we[:-1] == 1) & (cls[we[:-1]] == tx.CLASS_SPACE)
    prev_ok = np.zeros(len(ws), dtype=bool)
    prev_ok[1:] = near
    next_ok = np.zeros(len(ws), dtype=bool)
    next_ok[:-1] = near
    prev_h = np.where(prev_ok, np.concatenate([[_U64(0)], wh[:-1]]), _U64(0))
    next_h = np.where(next_ok, np.concatenate([wh[1:], [_U64(0)]]), _U64(0))
    prev_bits = np.where(prev_ok, np.concatenate([[_U64(0)], bits[:-1]]), _U64(0))
    next_bits = np.where(next_ok, np.concatenate([bits[1:], [_U64(0)]]), _U64(0))
    run = np.repeat(np.arange(len(ws)), wl)
    idx = np.flatnonzero(latin)
    rel = idx - ws[run]
    wpos = np.where(
        wl[run] == 1,
        _WORD_POS_S,
        np.where(rel == 0, _WORD_POS_B, np.where(rel == wl[run] - 1, _WORD_POS_E, _WORD_POS_I)),
    ).astype(np.uint64)
    word[idx] = wh[run]
    shape[idx] = (
        (word_shape[run].astype(np.uint64) << _U64(48))
        | (wpos << _U64(44))
        | (bits[run] << _U64(28))
        | (prev_bits[run] << _U64(14))
        | next_bits[run]
    ) + _U64(1)
    prev_word[idx] = prev_h[run]
    next_word[idx] = next_h[run]
    return [word, shape, prev_word, next_word]
