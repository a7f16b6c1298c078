"""Anonymize Adult with piguard (global and local recoding) beside anjana, checked by pycanon.

Data: ../shared/data/tabular/adult (ARX's copy of UCI Adult, 30,162 rows, research use,
read here only). Quasi-identifiers: age, sex, race, marital-status, education,
native-country, workclass, occupation; sensitive: salary-class. For k in
{2, 5, 10, 20, 50, 100}, without and with distinct 2-diversity:

* piguard global — optimal full-domain generalization, ≤ 5 % suppression;
* piguard local  — Mondrian, values released as intervals (age) and sets;
* anjana          — its k_anonymity / l_diversity with supp_level 5 %, same hierarchies.

Every output is scored by the same code:

* NCP over all N × 8 cells: a released value costs (domain values it covers - 1) /
  (domain size - 1), the domain being the distinct values of the original column;
  a hierarchy label covers the domain values below it (age: the ARX hierarchy's
  intervals, counted over ages present in the data), an interval ``lo-hi`` the ages
  present between lo and hi, a set its members; a suppressed row costs 1 per cell.
  (piguard.anonymize.utility.ncp reads the released text, not an algorithm's state.)
* k and l reached as computed by pycanon on the released (non-suppressed) rows.

Time is that of the anonymization call alone (piguard with ``measure=False``;
reading data and hierarchies excluded for every tool), as wall-clock seconds and as
CPU seconds of this process (all threads). On a machine shared with other jobs the
CPU figure is the steadier one; ratios use both, from the same run. ARX figures are the ones
quoted in piguard's issue #6 (ARX 3.9 on this kind of machine); ARX is not rerun here.

Run: .venv/bin/python benchmarks/anonymize_adult.py [--ks 2,5,10] [--no-anjana]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import time
from pathlib import Path

import numpy as np
import pandas as pd
import polars as pl

from piguard.anonymize import anonymize
from piguard.anonymize.encode import encode
from piguard.anonymize.hierarchy import read_hierarchies
from piguard.anonymize.utility import ncp

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "tabular" / "adult"
QUASI = ["age", "sex", "race", "marital-status", "education", "native-country", "workclass",
         "occupation"]
SENSITIVE = "salary-class"
ARX_GLOBAL_NCP = {2: 0.183, 5: 0.292, 10: 0.344, 50: 0.487, 100: 0.557}
BEST_LOCAL_NCP = {2: 0.010, 5: 0.032, 10: 0.059, 50: 0.153, 100: 0.198}
ARX_GLOBAL_SECONDS = (0.3, 1.0)
ARX_LOCAL_SECONDS = (9.0, 34.0)


def pycanon_levels(released: pd.DataFrame) -> tuple[int, int]:
    from pycanon import anonymity

    if released.empty:
        return 0, 0
    frame = released[[*QUASI, SENSITIVE]].astype(str)
    with contextlib.redirect_stdout(io.StringIO()):  # pycanon prints its verdicts
        return (int(anonymity.k_anonymity(frame, QUASI)),
                int(anonymity.l_diversity(frame, QUASI, [SENSITIVE])))


class Clock:
    """Wall-clock and process CPU seconds of a block."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def run_piguard(table, hierarchies, attributes, k, l, method):  # noqa: E741
    with Clock() as clock:
        result = anonymize(table, QUASI, sensitive=SENSITIVE, k=k, l=l, suppress=0.05,
                           hierarchies=hierarchies, method=method, keep_suppressed=True,
                           measure=False)
    seconds = (clock.wall, clock.cpu)
    mask = result.suppressed_mask
    loss = ncp(attributes, result.table, mask)
    kept = result.table.filter(pl.Series(~mask)).to_pandas()
    return seconds, float(mask.mean()), loss, *pycanon_levels(kept)


def run_anjana(frame: pd.DataFrame, anjana_h, attributes, k, l):  # noqa: E741
    from anjana.anonymity import k_anonymity, l_diversity

    with Clock() as clock, contextlib.redirect_stdout(io.StringIO()):
        if l:
            out = l_diversity(frame, [], QUASI, SENSITIVE, k, l, 5, anjana_h)
        else:
            out = k_anonymity(frame, [], QUASI, k, 5, anjana_h)
    seconds = (clock.wall, clock.cpu)
    # anjana keeps the original row number in "index": rows missing from it were suppressed
    kept_rows = out["index"].to_numpy() if "index" in out.columns else out.index.to_numpy()
    mask = np.ones(len(frame), dtype=bool)
    mask[kept_rows] = False
    released = frame.astype(str).copy()
    for q in QUASI:
        column = released[q].to_numpy(dtype=object)
        column[kept_rows] = out[q].astype(str).to_numpy()
        column[mask] = "*"
        released[q] = column
    loss = ncp(attributes, pl.from_pandas(released[QUASI]), mask)
    return seconds, float(mask.mean()), loss, *pycanon_levels(out.astype(str))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ks", default="2,5,10,20,50,100")
    parser.add_argument("--no-anjana", action="store_true")
    args = parser.parse_args()
    ks = [int(x) for x in args.ks.split(",")]

    table = pl.read_csv(DATA / "adult.csv", separator=";", infer_schema_length=None)
    hierarchies = read_hierarchies(DATA, [*QUASI, SENSITIVE])
    attributes = encode(table, QUASI, hierarchies).attributes
    frame = table.to_pandas()
    anjana_h = {q: dict(pd.read_csv(DATA / f"adult_hierarchy_{q}.csv", sep=";", header=None))
                for q in QUASI}
    anonymize(table.head(2000), QUASI, k=2, hierarchies=hierarchies, measure=False)  # warm-up

    print(f"Adult: {table.height} rows, {len(QUASI)} quasi-identifiers, sensitive {SENSITIVE}")
    header = (f"{'tool':<16}{'k':>4}{'l':>3}{'wall s':>8}{'cpu s':>8}{'suppr.':>8}{'NCP':>8}"
              f"{'pycanon k':>10}{'l':>3}   reference")
    print(header)
    print("-" * len(header))
    summary = []
    for k in ks:
        for l in (None, 2):  # noqa: E741
            rows = {}
            for name, method in (("piguard global", "global"), ("piguard local", "local")):
                rows[name] = run_piguard(table, hierarchies, attributes, k, l, method)
            if not args.no_anjana:
                rows["anjana"] = run_anjana(frame, anjana_h, attributes, k, l)
            for name, (sec, sup, loss, pk, pl_) in rows.items():
                ref = ""
                if l is None and name == "piguard global" and k in ARX_GLOBAL_NCP:
                    ref = f"ARX optimum NCP {ARX_GLOBAL_NCP[k]}"
                if l is None and name == "piguard local" and k in BEST_LOCAL_NCP:
                    ref = f"best local NCP {BEST_LOCAL_NCP[k]}"
                print(f"{name:<16}{k:>4}{(l or '-'):>3}{sec[0]:>8.3f}{sec[1]:>8.3f}{sup:>8.2%}{loss:>8.4f}"
                      f"{pk:>10}{pl_:>3}   {ref}")
            summary.append((k, l, rows))
    print()
    print("ratios (same run; wall / cpu)")
    for k, l, rows in summary:  # noqa: E741
        g, loc = rows["piguard global"], rows["piguard local"]
        line = f"k={k:<3} l={l or '-'}: "
        if "anjana" in rows:
            a = rows["anjana"]
            line += (f"anjana/global {a[0][0] / g[0][0]:5.1f}x / {a[0][1] / g[0][1]:5.1f}x "
                     f"(NCP {g[2]:.4f} vs {a[2]:.4f}); anjana/local {a[0][0] / loc[0][0]:5.1f}x / "
                     f"{a[0][1] / loc[0][1]:5.1f}x (NCP {loc[2]:.4f}); ")
        line += (f"ARX local 9 s / local {ARX_LOCAL_SECONDS[0] / loc[0][0]:4.0f}x / "
                 f"{ARX_LOCAL_SECONDS[0] / loc[0][1]:4.0f}x; global {g[0][0]:.2f} / {g[0][1]:.2f} s "
                 f"(ARX Flash 0.3-1.0 s)")
        print(line)

if __name__ == "__main__":
    main()
