"""Vectorized FPE of plain-digit bank cards and Mainland mobiles (NumPy).

Same mapping as ``_card_parse`` / ``_mobile_parse`` in :mod:`.fpe`, one column at a time:
values that are exactly digits (no separators, no ``+86``) are parsed, FF1-encrypted in
batches and rebuilt here; every other value is left to the scalar path.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .base import fixed_width_strings

__all__ = ["run_digit_column"]

_LUHN_DOUBLE = np.array([0, 2, 4, 6, 8, 1, 3, 5, 7, 9], dtype=np.int64)


def _rows(values: pa.Array, idx: np.ndarray, width: int) -> np.ndarray:
    picked = pc.cast(pc.take(values, pa.array(idx)), pa.string())
    _, offsets, data = picked.buffers()
    start = np.frombuffer(offsets, dtype=np.int32)[picked.offset]
    raw = np.frombuffer(data, dtype=np.uint8)[start:start + width * len(idx)]
    return raw.reshape(len(idx), width).astype(np.int64) - 48


def _luhn_sum(digits: np.ndarray, check_included: bool) -> np.ndarray:
    """Luhn sum; the rightmost digit is doubled when the check digit is not included."""
    flipped = digits[:, ::-1]
    first_doubled = 0 if not check_included else 1
    doubled = flipped.copy()
    doubled[:, first_doubled::2] = _LUHN_DOUBLE[flipped[:, first_doubled::2]]
    return doubled.sum(axis=1)


def _to_digits(numbers: np.ndarray, width: int) -> np.ndarray:
    return numbers[:, None].astype(np.int64) // 10 ** np.arange(width - 1, -1, -1) % 10


def _build(rows: np.ndarray) -> pa.Array:
    return fixed_width_strings((rows + 48).astype(np.uint8))


def _cards(op, values, lengths, decrypt, domain_for, out_rows):
    for length in range(13, 20):
        idx = np.flatnonzero(lengths == length)
        if not len(idx):
            continue
        digits = _rows(values, idx, length)
        valid = _luhn_sum(digits, True) % 10 == 0
        idx, digits = idx[valid], digits[valid]
        if not len(idx):
            continue
        keep = min(op.keep_first, length - 1 - 6)
        width = length - 1 - keep
        middle = digits[:, keep:length - 1] @ (10 ** np.arange(width - 1, -1, -1, dtype=np.int64))
        tweaks = np.full((len(idx), 16), ord(" "), dtype=np.uint8)
        tweaks[:, :5] = np.frombuffer(b"CARD|", dtype=np.uint8)
        tweaks[:, 5], tweaks[:, 6], tweaks[:, 7] = length // 10 + 48, length % 10 + 48, ord("|")
        tweaks[:, 8:8 + keep] = digits[:, :keep] + 48
        result = domain_for(10**width).run_array(middle.astype(np.uint64), tweaks, decrypt)
        body = np.concatenate([digits[:, :keep], _to_digits(result, width)], axis=1)
        check = (10 - _luhn_sum(body, False) % 10) % 10
        out_rows[length] = (idx, np.concatenate([body, check[:, None]], axis=1))


def _mobiles(values, lengths, decrypt, domain_for, out_rows):
    idx = np.flatnonzero(lengths == 11)
    if not len(idx):
        return
    digits = _rows(values, idx, 11)
    valid = (digits[:, 0] == 1) & (digits[:, 1] >= 3)
    idx, digits = idx[valid], digits[valid]
    if not len(idx):
        return
    tweaks = np.empty((len(idx), 7), dtype=np.uint8)
    tweaks[:, :4] = np.frombuffer(b"MOB|", dtype=np.uint8)
    tweaks[:, 4:] = digits[:, :3] + 48
    subscriber = digits[:, 3:] @ (10 ** np.arange(7, -1, -1, dtype=np.int64))
    result = domain_for(10**8).run_array(subscriber.astype(np.uint64), tweaks, decrypt)
    out_rows[11] = (idx, np.concatenate([digits[:, :3], _to_digits(result, 8)], axis=1))


def run_digit_column(op, values: pa.Array, decrypt: bool, domain_for
                     ) -> tuple[pa.Array, np.ndarray]:
    """Output (nulls where the scalar path decides) and the mask of rows handled here."""
    n = len(values)
    handled = np.zeros(n, dtype=bool)
    digit_only = pc.fill_null(pc.match_substring_regex(values, r"^[0-9]{11,19}$"), False)
    if not pc.any(digit_only).as_py():
        return pa.nulls(n, pa.string()), handled
    lengths = np.where(digit_only.to_numpy(zero_copy_only=False),
                       pc.fill_null(pc.binary_length(values), 0).to_numpy(), 0)
    out_rows: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    if op.entity_type == "BANK_CARD":
        _cards(op, values, lengths, decrypt, domain_for, out_rows)
    else:
        _mobiles(values, lengths, decrypt, domain_for, out_rows)
    pieces, where = [], []
    for idx, rows in out_rows.values():
        pieces.append(_build(rows))
        where.append(idx)
    if not pieces:
        return pa.nulls(n, pa.string()), handled
    built = pa.concat_arrays(pieces)
    idx = np.concatenate(where)
    handled[idx] = True
    positions = np.full(n, -1, dtype=np.int64)
    positions[idx] = np.arange(len(idx))
    return pc.take(built, pa.array(positions, mask=positions < 0)), handled
