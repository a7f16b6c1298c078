"""Column scanning speed beside a raw Polars regex pass over the same columns.

Generates a table of ``--rows`` rows (default 10 million) with PI columns (resident
IDs, mobiles, bank cards, e-mails, IPs) and one look-alike column (18-digit order
numbers), all built in NumPy/Arrow so generation is quick. It then times:

- **piguard**: :func:`piguard.detect.columns.profile_batch` over the table in
  1M-row batches (candidate regex per column form, NumPy checksum validation,
  evidence masking, merged profiles, final classification), columns on 2 threads;
- **polars**: a single lazy Polars pass, ``collect(engine="streaming")`` (both
  cores), evaluating for every column the same anchored regex of that column's
  own type and summing the matches — the least a hand-written job would do.

Both read the same Arrow buffers in memory. MB/s counts the UTF-8 bytes of the
scanned columns. The target is a ratio of at least 0.5.

    python benchmarks/detect_speed_columns.py            # 10 million rows
    python benchmarks/detect_speed_columns.py --rows 1000000
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from piguard.detect.columns import FORMS, TableProfile, classify, profile_batch
from piguard.identifiers import regions

_RIC_WEIGHTS = np.array([pow(2, 17 - i, 11) for i in range(17)])
_LUHN_DOUBLE = np.array([0, 2, 4, 6, 8, 1, 3, 5, 7, 9])


def _fixed(matrix: np.ndarray) -> pa.Array:
    """Arrow strings straight from an (n, width) uint8 matrix."""
    n, width = matrix.shape
    offsets = np.arange(0, (n + 1) * width, width, dtype=np.int32)
    return pa.Array.from_buffers(pa.string(), n, [None, pa.py_buffer(offsets),
                                                  pa.py_buffer(np.ascontiguousarray(matrix))])


def _digits_to_ascii(digits: np.ndarray) -> np.ndarray:
    return (digits + ord("0")).astype(np.uint8)


def make_table(rows: int, seed: int = 7) -> pa.Table:
    rng = np.random.default_rng(seed)
    codes = np.array([int(p) * 10_000 + 101 for p in sorted(regions.PROVINCES)
                      if p not in ("71", "81", "82", "83")])
    # resident IDs: region, birth date (day <= 28 keeps every date real), sequence, check
    region = rng.choice(codes, rows)
    year = rng.integers(1950, 2006, rows)
    month = rng.integers(1, 13, rows)
    day = rng.integers(1, 29, rows)
    seq = rng.integers(0, 1000, rows)
    body = np.empty((rows, 17), dtype=np.int64)
    for i, (value, width) in enumerate(((region, 6), (year, 4), (month, 2), (day, 2), (seq, 3))):
        start = sum(w for _, w in ((region, 6), (year, 4), (month, 2), (day, 2), (seq, 3))[:i])
        for j in range(width):
            body[:, start + j] = value // 10 ** (width - 1 - j) % 10
    check = (12 - (body @ _RIC_WEIGHTS) % 11) % 11
    ric = np.concatenate([_digits_to_ascii(body),
                          np.where(check == 10, ord("X"), check + ord("0")).astype(np.uint8)[:, None]],
                         axis=1)
    # mobiles: 1[3-9] + 9 digits
    mobile = np.concatenate([np.ones((rows, 1), np.int64), rng.integers(3, 10, (rows, 1)),
                             rng.integers(0, 10, (rows, 9))], axis=1)
    # bank cards: 622202 + 12 digits + Luhn check
    card_body = np.concatenate([np.tile([6, 2, 2, 2, 0, 2], (rows, 1)),
                                rng.integers(0, 10, (rows, 12))], axis=1)
    doubled = np.zeros(18, dtype=bool)
    doubled[::-2] = True  # from the right, starting next to the check digit
    total = np.where(doubled, _LUHN_DOUBLE[card_body], card_body).sum(axis=1)
    card = np.concatenate([card_body, ((10 - total % 10) % 10)[:, None]], axis=1)
    # order numbers: 2024MMDD + 10 digits (look like IDs, are not)
    order = np.concatenate([np.tile([2, 0, 2, 4], (rows, 1)), rng.integers(0, 10, (rows, 14))],
                           axis=1)
    letters = rng.integers(ord("a"), ord("z") + 1, (rows, 8)).astype(np.uint8)
    domains = pa.array(["qq.com", "163.com", "example.cn", "outlook.com"]).take(
        pa.array(rng.integers(0, 4, rows)))
    email = pc.binary_join_element_wise(_fixed(letters), domains, "@")
    octets = [pc.cast(pa.array(rng.integers(1, 255, rows)), pa.string()) for _ in range(4)]
    ip = pc.binary_join_element_wise(*octets, ".")
    return pa.table({
        "身份证号": _fixed(ric), "mobile": _fixed(_digits_to_ascii(mobile)),
        "bank_card": _fixed(_digits_to_ascii(card)), "email": email, "login_ip": ip,
        "order_no": _fixed(_digits_to_ascii(order)),
    })


_PATTERN = {form.entity_type: form.pattern for form in reversed(FORMS)}  # first form wins
_COLUMN_TYPE = {"身份证号": "CN_RESIDENT_ID", "mobile": "PHONE", "bank_card": "BANK_CARD",
                "email": "EMAIL", "login_ip": "IP", "order_no": "CN_RESIDENT_ID"}


def polars_pass(table: pa.Table) -> dict[str, int]:
    frame = pl.from_arrow(table).lazy()
    query = frame.select([pl.col(c).str.contains(_PATTERN[_COLUMN_TYPE[c]]).sum().alias(c)
                          for c in table.column_names])
    return query.collect(engine="streaming").row(0, named=True)


def piguard_pass(table: pa.Table, batch_rows: int, threads: int) -> list:
    profile = TableProfile()
    for batch in table.to_batches(max_chunksize=batch_rows):
        profile = profile.merge(profile_batch(batch, threads=threads))
    return classify(profile)


def _best(fn, repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--batch-rows", type=int, default=1 << 20)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    start = time.perf_counter()
    table = make_table(args.rows)
    table = pa.Table.from_batches(table.to_batches(max_chunksize=args.batch_rows))
    size = sum(int(pc.sum(pc.binary_length(table[c])).as_py()) for c in table.column_names)
    print(f"table: {args.rows:,} rows x {table.num_columns} columns, {size / 1e6:.0f} MB of text "
          f"(generated in {time.perf_counter() - start:.1f} s); cores: {os.cpu_count()}")

    t_polars, counts = _best(lambda: polars_pass(table), args.repeat)
    t_piguard, columns = _best(lambda: piguard_pass(table, args.batch_rows, args.threads),
                               args.repeat)
    for col in columns:
        top = col.primary
        verdict = f"{top.entity_type} {top.share:.1%} conf {top.confidence:.2f}" if top else "no PI"
        print(f"  {col.name:10s} -> {verdict}   (polars regex matches: {counts[col.name]:,})")
    mb_polars = size / 1e6 / t_polars
    mb_piguard = size / 1e6 / t_piguard
    print(f"polars regex pass (lazy, streaming): {t_polars:6.2f} s  {mb_polars:8.1f} MB/s")
    print(f"piguard column scan (regex+checksums): {t_piguard:6.2f} s  {mb_piguard:8.1f} MB/s  "
          f"{args.rows / t_piguard / 1e6:.2f} M rows/s")
    print(f"ratio piguard/polars: {mb_piguard / mb_polars:.2f}  (target >= 0.50)")


if __name__ == "__main__":
    main()
