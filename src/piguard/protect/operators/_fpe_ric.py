"""Vectorized FPE of compact 18-character resident IDs (NumPy), same result as the scalar path.

:func:`piguard.protect.operators.fpe._ric_parse` defines the mapping one value at a time;
this module computes the same domain numbers, tweaks and rebuilt IDs for a whole column
at once, so only the FF1 rounds (already batched) remain per value. Values that are not
valid compact IDs are returned to the caller for the scalar path.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .base import fixed_width_strings

__all__ = ["run_resident_ids"]

_WEIGHTS = np.array([pow(2, 17 - i, 11) for i in range(17)], dtype=np.int64)
_CHECK = np.frombuffer(b"10X98765432", dtype=np.uint8)  # (sum % 11) -> check character
_EPOCH = np.datetime64("1890-01-01", "D")
_Y2K = np.datetime64("2000-01-01", "D")
_PATTERN = r"^[0-9]{17}[0-9X]$"


def _matrix(values: pa.Array) -> np.ndarray:
    """(n, 18) uint8 matrix of 18-byte ASCII strings (the caller checked the shape)."""
    values = pc.cast(values, pa.string())
    _, offsets, data = values.buffers()
    start = np.frombuffer(offsets, dtype=np.int32)[values.offset]
    raw = np.frombuffer(data, dtype=np.uint8)[start:start + 18 * len(values)]
    return raw.reshape(len(values), 18)


def _year_start(years: np.ndarray) -> np.ndarray:
    return (years - 1970).astype("datetime64[Y]").astype("datetime64[D]")


def run_resident_ids(op, values: pa.Array, decrypt: bool, domain_for) -> tuple[pa.Array, np.ndarray]:
    """Encrypt (or decrypt) the valid compact IDs in ``values``.

    Returns the output array (nulls where the scalar path must decide) and the boolean
    mask of rows handled here. ``domain_for(size)`` gives the cached ``_Domain``.
    """
    from piguard.identifiers.regions import PROVINCES

    n = len(values)
    shaped = pc.fill_null(pc.match_substring_regex(values, _PATTERN), False)
    idx = np.flatnonzero(shaped.to_numpy(zero_copy_only=False))
    handled = np.zeros(n, dtype=bool)
    if len(idx) == 0:
        return pa.nulls(n, pa.string()), handled
    m = _matrix(pc.take(values, pa.array(idx)))
    d = m[:, :17].astype(np.int64) - 48
    provinces = sorted(PROVINCES)
    prov_lookup = np.full(100, -1, dtype=np.int64)
    for i, p in enumerate(provinces):
        prov_lookup[int(p)] = i
    prov = prov_lookup[d[:, 0] * 10 + d[:, 1]]
    check_ok = _CHECK[(d @ _WEIGHTS) % 11] == m[:, 17]
    year = d[:, 6] * 1000 + d[:, 7] * 100 + d[:, 8] * 10 + d[:, 9]
    month = d[:, 10] * 10 + d[:, 11]
    day = d[:, 12] * 10 + d[:, 13]
    month_ok = (month >= 1) & (month <= 12) & (day >= 1) & (year >= 1890)
    months = ((year - 1970) * 12 + np.clip(month, 1, 12) - 1).astype("datetime64[M]")
    born = months.astype("datetime64[D]") + (day - 1)
    date_ok = month_ok & (born.astype("datetime64[M]") == months)
    ok = (prov >= 0) & check_ok & date_ok
    if not ok.any():
        return pa.nulls(n, pa.string()), handled
    d, m, prov, year, born = d[ok], m[ok], prov[ok], year[ok], born[ok]
    idx = idx[ok]
    seq = d[:, 14] * 100 + d[:, 15] * 10 + d[:, 16]
    # Blocks of dates, exactly as _ric_parse.
    if op.keep_birth_year:
        start, block = _year_start(year), year
        days = (_year_start(year + 1) - start).astype(np.int64)
    else:
        span = 6 if op.keep_region and op.keep_sex else 3
        first = 2000 + (year - 2000) // span * span
        late = born >= _Y2K
        start = np.where(late, _year_start(first), _EPOCH)
        block = np.where(late, first, 0)
        days = np.where(late, (_year_start(first + span) - _year_start(first)).astype(np.int64),
                        int((_Y2K - _EPOCH).astype(np.int64)))
    seq_size = 500 if op.keep_sex else 1000
    parity = seq % 2
    inner = days * seq_size
    number = (born - start).astype(np.int64) * seq_size + (seq // 2 if op.keep_sex else seq)
    size = inner.copy()
    if not op.keep_region:
        region = prov * 10000 + d[:, 2] * 1000 + d[:, 3] * 100 + d[:, 4] * 10 + d[:, 5]
        size = inner * (len(provinces) * 10000)
        number = region * inner + number
    # Tweak b"RIC|<region or ------>|<block:04d>|<parity or ->", as a byte matrix.
    tweaks = np.empty((len(idx), 17), dtype=np.uint8)
    tweaks[:, :4] = np.frombuffer(b"RIC|", dtype=np.uint8)
    tweaks[:, 4:10] = m[:, :6] if op.keep_region else ord("-")
    tweaks[:, 10] = ord("|")
    tweaks[:, 11:15] = (block[:, None] // 10 ** np.arange(3, -1, -1) % 10) + 48
    tweaks[:, 15] = ord("|")
    tweaks[:, 16] = parity + 48 if op.keep_sex else ord("-")
    result = np.empty(len(idx), dtype=np.int64)
    for value in np.unique(size):
        rows = size == value
        result[rows] = domain_for(int(value)).run_array(
            number[rows].astype(np.uint64), tweaks[rows], decrypt).astype(np.int64)
    # Rebuild.
    region_code = m[:, :6].copy()
    rest = result
    if not op.keep_region:
        region_idx, rest = np.divmod(result, inner)
        province, county = np.divmod(region_idx, 10000)
        prov_digits = np.array([[ord(p[0]), ord(p[1])] for p in provinces], dtype=np.uint8)
        region_code[:, :2] = prov_digits[province]
        region_code[:, 2:6] = (county[:, None] // 10 ** np.arange(3, -1, -1) % 10) + 48
    day_idx, s = np.divmod(rest, seq_size)
    new_seq = s * 2 + parity if op.keep_sex else s
    new_born = start + day_idx
    y = new_born.astype("datetime64[Y]").astype(np.int64) + 1970
    mo = new_born.astype("datetime64[M]").astype(np.int64) % 12 + 1
    dd = (new_born - new_born.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64) + 1
    body = np.empty((len(idx), 17), dtype=np.int64)
    body[:, :6] = region_code.astype(np.int64) - 48
    body[:, 6:10] = y[:, None] // 10 ** np.arange(3, -1, -1) % 10
    body[:, 10:12] = mo[:, None] // 10 ** np.arange(1, -1, -1) % 10
    body[:, 12:14] = dd[:, None] // 10 ** np.arange(1, -1, -1) % 10
    body[:, 14:17] = new_seq[:, None] // 10 ** np.arange(2, -1, -1) % 10
    out = np.empty((len(idx), 18), dtype=np.uint8)
    out[:, :17] = body + 48
    out[:, 17] = _CHECK[(body @ _WEIGHTS) % 11]
    built = fixed_width_strings(out)
    handled[idx] = True
    positions = np.full(n, -1, dtype=np.int64)
    positions[idx] = np.arange(len(idx))
    spread = pc.take(built, pa.array(positions, mask=positions < 0))
    return spread, handled
