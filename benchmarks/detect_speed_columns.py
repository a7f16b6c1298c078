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
from piguard.protect.operators.base import fixed_width_strings

_RIC_WEIGHTS = np.array([pow(2, 17 - i, 11) for i in range(17)], dtype=np.uint16)
_LUHN_DOUBLE = np.array([0, 2, 4, 6, 8, 1, 3, 5, 7, 9], dtype=np.uint8)


def _ascii(digits: np.ndarray) -> np.ndarray:
    return digits + np.uint8(ord("0"))


def _split(values: np.ndarray, width: int) -> np.ndarray:
    """Decimal digits of each value, (n, width) uint8."""
    return np.stack([(values // 10 ** (width - 1 - j) % 10).astype(np.uint8)
                     for j in range(width)], axis=1)


def make_table(rows: int, seed: int = 7) -> pa.Table:
    rng = np.random.default_rng(seed)
    codes = np.array([int(p) * 10_000 + 101 for p in sorted(regions.PROVINCES)
                      if p not in ("71", "81", "82", "83")])
    # resident IDs: region, birth date (day <= 28 keeps every date real), sequence, check
    body = np.concatenate([
        _split(rng.choice(codes, rows), 6), _split(rng.integers(1950, 2006, rows), 4),
        _split(rng.integers(1, 13, rows), 2), _split(rng.integers(1, 29, rows), 2),
        rng.integers(0, 10, (rows, 3), dtype=np.uint8)], axis=1)
    check = (12 - (body.astype(np.uint16) @ _RIC_WEIGHTS) % 11) % 11
    last = np.where(check == 10, ord("X"), check + ord("0")).astype(np.uint8)
    ric = np.concatenate([_ascii(body), last[:, None]], axis=1)
    # mobiles: 1[3-9] + 9 digits
    mobile = np.concatenate([np.ones((rows, 1), np.uint8),
                             rng.integers(3, 10, (rows, 1), dtype=np.uint8),
                             rng.integers(0, 10, (rows, 9), dtype=np.uint8)], axis=1)
    # bank cards: 622202 + 12 digits + Luhn check
    card_body = np.concatenate([np.tile(np.array([6, 2, 2, 2, 0, 2], np.uint8), (rows, 1)),
                                rng.integers(0, 10, (rows, 12), dtype=np.uint8)], axis=1)
    total = np.zeros(rows, dtype=np.uint16)
    for j in range(18):  # from the right, the digit next to the check digit is doubled
        total += _LUHN_DOUBLE[card_body[:, j]] if (17 - j) % 2 == 0 else card_body[:, j]
    card = np.concatenate([card_body, ((10 - total % 10) % 10).astype(np.uint8)[:, None]], axis=1)
    # order numbers: 2024 + 14 digits (18 digits like an ID, but no ID)
    order = np.concatenate([np.tile(np.array([2, 0, 2, 4], np.uint8), (rows, 1)),
                            rng.integers(0, 10, (rows, 14), dtype=np.uint8)], axis=1)
    letters = rng.integers(ord("a"), ord("z") + 1, (rows, 8), dtype=np.uint8)
    domains = pa.array(["qq.com", "163.com", "example.cn", "outlook.com"]).take(
        pa.array(rng.integers(0, 4, rows, dtype=np.int32)))
    email = pc.binary_join_element_wise(fixed_width_strings(letters), domains, "@")
    octets = [pc.cast(pa.array(rng.integers(1, 255, rows, dtype=np.int32)), pa.string())
              for _ in range(4)]
    ip = pc.binary_join_element_wise(*octets, ".")
    return pa.table({
        "身份证号": fixed_width_strings(ric), "mobile": fixed_width_strings(_ascii(mobile)),
        "bank_card": fixed_width_strings(_ascii(card)), "email": email, "login_ip": ip,
        "order_no": fixed_width_strings(_ascii(order)),
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


def _best(fn, repeat: int) -> tuple[float, float, object]:
    """Best wall time, the CPU time of that run (all threads), and the result."""
    best, cpu, result = float("inf"), 0.0, None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        wall = time.perf_counter() - start
        if wall < best:
            best, cpu = wall, time.process_time() - start_cpu
    return best, cpu, result


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

    t_polars, cpu_polars, counts = _best(lambda: polars_pass(table), args.repeat)
    t_piguard, cpu_piguard, columns = _best(
        lambda: piguard_pass(table, args.batch_rows, args.threads), args.repeat)
    for col in columns:
        top = col.primary
        verdict = f"{top.entity_type} {top.share:.1%} conf {top.confidence:.2f}" if top else "no PI"
        print(f"  {col.name:10s} -> {verdict}   (polars regex matches: {counts[col.name]:,})")
    mb_polars = size / 1e6 / t_polars
    mb_piguard = size / 1e6 / t_piguard
    print(f"polars regex pass (lazy, streaming):   {t_polars:6.2f} s wall {mb_polars:8.1f} MB/s"
          f"   cpu {cpu_polars:6.2f} s")
    print(f"piguard column scan (regex+checksums): {t_piguard:6.2f} s wall {mb_piguard:8.1f} MB/s"
          f"   cpu {cpu_piguard:6.2f} s   {args.rows / t_piguard / 1e6:.2f} M rows/s")
    print(f"ratio piguard/polars (wall-clock MB/s): {mb_piguard / mb_polars:.2f}  (target >= 0.50)")
    print(f"ratio piguard/polars (per CPU second):  {cpu_polars / cpu_piguard:.2f}"
          "  (robust when the machine is shared)")
    print(f"load average during the run: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
