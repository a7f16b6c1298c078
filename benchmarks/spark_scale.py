"""Scan the same generated table with the local engine and with Spark local[2].

For 1, 10 and 100 million rows (``--max-rows`` limits the largest), a customer
table with resident IDs, mobiles, bank cards, e-mails, free-text notes and
harmless columns is generated once as Parquet (1M rows per file, generated data
only: no real person). Each measurement runs in a fresh child process while the
parent samples the resident memory of the child's whole process tree (driver,
JVM, Python workers) with psutil. Printed per size and engine: wall time, rows
per second, peak memory; Spark's start-up is reported apart and included in
its wall time; then the size from which Spark beats the local engine here.

    python benchmarks/spark_scale.py --max-rows 10000000
    python benchmarks/spark_scale.py --sizes 1000000 --master local[2]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

ROWS_PER_FILE = 1_000_000
DEFAULT_SIZES = (1_000_000, 10_000_000, 100_000_000)
DEFAULT_DIR = Path("build/bench/spark_scale")

# Real county codes (GB/T 2260) so that generated IDs validate; the people are invented.
_REGIONS = np.array([b"110105", b"310101", b"440305", b"330106", b"510107", b"420106",
                     b"320102", b"610113"], dtype="S6")
_MOBILE_PREFIXES = np.array([b"138", b"139", b"150", b"186", b"135", b"177", b"199", b"188"],
                            dtype="S3")
_RIC_WEIGHTS = np.array([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], dtype=np.int64)
_RIC_CHECK = np.frombuffer(b"10X98765432", dtype=np.uint8)
_CITIES = pa.array(["北京", "上海", "深圳", "杭州", "成都", "武汉", "南京", "西安"])
_NOTES = ["客户要求回电", "已核实身份", "请联系手机{}", "地址变更", "无", "投诉处理中",
          "VIP 客户", "备注：卡号尾号 {}"]


def _digits(rng: np.random.Generator, n: int, width: int) -> np.ndarray:
    return (rng.integers(0, 10, size=(n, width), dtype=np.uint8) + ord("0")).astype(np.uint8)


def _as_strings(matrix: np.ndarray) -> pa.Array:
    width = matrix.shape[1]
    fixed = np.ascontiguousarray(matrix).view(f"S{width}").ravel()
    return pc.cast(pa.array(fixed, pa.binary(width)), pa.string())


def _resident_ids(rng: np.random.Generator, n: int) -> pa.Array:
    region = _REGIONS[rng.integers(0, len(_REGIONS), n)].view(np.uint8).reshape(n, 6)
    days = rng.integers(0, 365 * 60, n).astype("timedelta64[D]") + np.datetime64("1950-01-01")
    birth = np.char.replace(np.datetime_as_string(days, unit="D"), "-", "")
    birth = birth.astype("S8").view(np.uint8).reshape(n, 8)
    body = np.hstack([region, birth, _digits(rng, n, 3)])
    check = _RIC_CHECK[(body.astype(np.int64) - ord("0")) @ _RIC_WEIGHTS % 11]
    return _as_strings(np.hstack([body, check[:, None]]))


def _luhn_cards(rng: np.random.Generator, n: int) -> pa.Array:
    body = np.hstack([np.tile(np.frombuffer(b"622202", np.uint8), (n, 1)), _digits(rng, n, 9)])
    values = body.astype(np.int64) - ord("0")
    doubled = values[:, ::-1][:, ::2] * 2  # from the right, every other digit of the body
    doubled = doubled - 9 * (doubled > 9)
    total = doubled.sum(axis=1) + values[:, ::-1][:, 1::2].sum(axis=1)
    check = ((10 - total % 10) % 10 + ord("0")).astype(np.uint8)
    return _as_strings(np.hstack([body, check[:, None]]))


def _mobiles(rng: np.random.Generator, n: int) -> pa.Array:
    prefix = _MOBILE_PREFIXES[rng.integers(0, len(_MOBILE_PREFIXES), n)]
    return _as_strings(np.hstack([prefix.view(np.uint8).reshape(n, 3), _digits(rng, n, 8)]))


def make_chunk(seed: int, n: int) -> pa.Table:
    """``n`` generated customer rows; the same seed gives the same rows."""
    rng = np.random.default_rng(seed)
    ids = pa.array(np.arange(seed * ROWS_PER_FILE, seed * ROWS_PER_FILE + n, dtype=np.int64))
    mobile = _mobiles(rng, n)
    card = _luhn_cards(rng, n)
    email = pc.binary_join_element_wise("user", pc.cast(ids, pa.string()), "@example.cn", "")
    kinds = rng.integers(0, len(_NOTES), n)
    note = pa.array([_NOTES[k] for k in range(len(_NOTES))])
    note = pc.take(note, pa.array(kinds))
    # Two note templates embed a mobile or a card tail: free text with PI inside.
    fill = pc.if_else(pc.equal(pa.array(kinds), 2), mobile, pc.utf8_slice_codeunits(card, 12))
    note = pc.replace_substring(note, "{}", "")
    note = pc.if_else(pc.is_in(pa.array(kinds), pa.array([2, 7])),
                      pc.binary_join_element_wise(note, fill, ""), note)
    return pa.table({
        "customer_id": ids,
        "id_card": _resident_ids(rng, n),
        "mobile": mobile,
        "bank_card": card,
        "email": email,
        "city": pc.take(_CITIES, pa.array(rng.integers(0, len(_CITIES), n))),
        "amount": pa.array(np.round(rng.gamma(2.0, 300.0, n), 2)),
        "note": note,
    })


def ensure_data(rows: int, root: Path, link_from: int | None = None) -> Path:
    """A folder of Parquet files holding ``rows`` generated rows (made once).

    ``link_from``: build it from the files of the (already generated) ``link_from``
    rows table, hard-linked over and over — the same rows repeated, which costs the
    scan the same work as distinct rows but saves generating them.
    """
    folder = root / f"rows_{rows}"
    done = folder / "_COMPLETE"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    if link_from is not None:
        source = sorted(ensure_data(link_from, root).glob("part-*.parquet"))
        for index in range(-(-rows // ROWS_PER_FILE)):
            target = folder / f"part-{index:05d}.parquet"
            if not target.exists():
                os.link(source[index % len(source)], target)
        done.write_text(f"{rows} (files of rows_{link_from} repeated)")
        return folder
    for index, start in enumerate(range(0, rows, ROWS_PER_FILE)):
        n = min(ROWS_PER_FILE, rows - start)
        target = folder / f"part-{index:05d}.parquet"
        tmp = target.with_suffix(".tmp")
        pq.write_table(make_chunk(index, n), tmp, row_group_size=128 * 1024)
        os.replace(tmp, target)
    done.write_text(str(rows))
    return folder


# ---- one measurement, in a child process ---------------------------------------------------

def _child(engine: str, folder: Path, master: str) -> dict:
    """Scan ``folder`` fully with one engine; times exclude nothing but data generation."""
    started = time.perf_counter()
    if engine == "local":
        import piguard

        inventory = piguard.scan(str(folder), sample_rows=None)
        startup = 0.0
        rows = sum(d.rows_scanned for d in inventory.datasets)
    else:
        from piguard.engines.spark.scanning import scan
        from piguard.engines.spark.session import spark_session

        # Long scans want the optimising JIT compiler; the test profile stops at C1.
        session = spark_session(master, conf={"spark.driver.memory": "1g",
                                              "spark.driver.extraJavaOptions": "-XX:+UseSerialGC",
                                              "spark.sql.execution.arrow.maxRecordsPerBatch":
                                                  "65536"})
        session.range(1).count()  # the JVM and the first job are up
        startup = time.perf_counter() - started
        inventory = scan(str(folder), session=session)
        rows = sum(d.rows_scanned for d in inventory.datasets)
    total = time.perf_counter() - started
    found = sorted({(c.name, c.primary.entity_type) for d in inventory.datasets
                    for c in d.columns if c.primary and c.primary.entity_type})
    return {"engine": engine, "rows": rows, "seconds": total, "startup": startup,
            "found": found}


# ---- the parent: run children, watch their memory, print the table ---------------------------

def _measure(engine: str, folder: Path, master: str) -> dict:
    import psutil

    cmd = [sys.executable, __file__, "--child", engine, "--data", str(folder),
           "--master", master]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    watched = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        rss = 0
        try:
            tree = [watched, *watched.children(recursive=True)]
        except psutil.Error:
            tree = []
        for p in tree:
            with contextlib.suppress(psutil.Error):
                rss += p.memory_info().rss
        peak = max(peak, rss)
        time.sleep(0.1)
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise SystemExit(f"{engine} run failed with exit code {proc.returncode}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_rss_mib"] = peak / 2**20
    return result


def _crossover(results: list[dict]) -> str:
    by_size: dict[int, dict[str, dict]] = {}
    for r in results:
        by_size.setdefault(r["rows"], {})[r["engine"]] = r
    pairs = sorted((rows, e["local"]["seconds"], e["spark"]["seconds"])
                   for rows, e in by_size.items() if {"local", "spark"} <= e.keys())
    if not pairs:
        return "crossover: needs both engines"
    for rows, local, spark in pairs:
        if spark < local:
            return f"crossover: Spark is faster from {rows:,} rows on (measured sizes)"
    if len(pairs) < 2:
        return f"crossover: not reached at {pairs[-1][0]:,} rows (one size: no trend to fit)"
    # Fit time = a + b*rows for each engine and solve a_l + b_l*x = a_s + b_s*x.
    (r1, l1, s1), (r2, l2, s2) = pairs[-2], pairs[-1]
    bl, bs = (l2 - l1) / (r2 - r1), (s2 - s1) / (r2 - r1)
    if bs < bl:
        x = ((s1 - bs * r1) - (l1 - bl * r1)) / (bl - bs)
        return (f"crossover: not reached up to {r2:,} rows; a linear fit of the last two sizes "
                f"puts it near {x:,.0f} rows")
    return (f"crossover: not reached up to {r2:,} rows; per extra row Spark costs "
            f"{bs * 1e6:.2f} us against {bl * 1e6:.2f} us locally, so it never pays off here")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated row counts (default: 1M, 10M, 100M)")
    parser.add_argument("--max-rows", type=int, default=None,
                        help="skip sizes above this many rows")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--link-from", type=int, default=None,
                        help="make sizes above this one from its files, repeated (see ensure_data)")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--engines", default="local,spark")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, args.data, args.master)))
        return
    sizes = [int(float(s)) for s in args.sizes.split(",") if s.strip()]
    if args.max_rows is not None:
        sizes = [s for s in sizes if s <= args.max_rows]
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    print(f"spark_scale: full column scan of a generated customer table "
          f"(8 columns); Spark master {args.master}; {os.cpu_count()} CPUs")
    print(f"{'rows':>12} {'engine':>6} {'wall s':>8} {'startup s':>9} {'rows/s':>11} "
          f"{'rows/s excl. startup':>20} {'peak MiB':>9}")
    results = []
    for rows in sizes:
        t = time.perf_counter()
        link = args.link_from if args.link_from and rows > args.link_from else None
        folder = ensure_data(rows, args.data_dir, link)
        made = time.perf_counter() - t
        if link:
            print(f"  ({rows:,} rows: the {link:,}-row table's files repeated)")
        elif made > 1:
            print(f"  (generated {rows:,} rows in {made:.0f} s)")
        found = {}
        for engine in engines:
            r = _measure(engine, folder, args.master)
            if r["rows"] != rows:
                raise SystemExit(f"{engine} scanned {r['rows']} rows, expected {rows}")
            found[engine] = r["found"]
            results.append(r)
            work = r["seconds"] - r["startup"]
            print(f"{rows:>12,} {engine:>6} {r['seconds']:>8.1f} {r['startup']:>9.1f} "
                  f"{rows / r['seconds']:>11,.0f} {rows / work:>20,.0f} {r['peak_rss_mib']:>9,.0f}",
                  flush=True)
        if len(found) == 2:
            same = found["local"] == found["spark"]
            print(f"  same column verdicts from both engines: {same}")
        by = {r["engine"]: r for r in results if r["rows"] == rows}
        if {"local", "spark"} <= by.keys():
            print(f"  local/Spark time ratio: {by['local']['seconds'] / by['spark']['seconds']:.2f}"
                  f" (>1 means Spark is faster)")
    print(_crossover(results))


if __name__ == "__main__":
    main()
