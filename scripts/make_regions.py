#!/usr/bin/env python3
"""Regenerate ``src/piguard/identifiers/data/regions.tsv`` (GB/T 2260 region codes).

Source: the National Bureau of Statistics' statistical division codes (2023 edition)
as published in ``modood/Administrative-divisions-of-China`` (WTFPL v2), copied to
``/work/shared/reference/regions/`` with a SOURCE.md. Only provinces, prefecture-level
cities and county-level divisions are kept (the 6-digit codes that open a resident ID);
streets are not needed. Placeholder city names such as 市辖区 are dropped: they name
no place. Taiwan, Hong Kong and Macau codes of GB/T 2260 and the 830000 code used by
residence permits of Taiwan residents are added by hand.

Usage: python scripts/make_regions.py [SOURCE_DIR] [OUTPUT]
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = Path("/work/shared/reference/regions")
DEFAULT_OUTPUT = ROOT / "src" / "piguard" / "identifiers" / "data" / "regions.tsv"

SOURCE_NOTE = (
    "modood/Administrative-divisions-of-China commit 57a0aa9cef47169a2eb74cf057b0245052a34e8c "
    "dist/ (National Bureau of Statistics statistical division codes, 2023 edition, "
    "cut-off 2023-06-30, published 2023-09-11); licence WTFPL v2"
)
PLACEHOLDER_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
EXTRA = {
    "710000": "台湾省",
    "810000": "香港特别行政区",
    "820000": "澳门特别行政区",
    "830000": "台湾地区",  # residence permits of Taiwan residents (2018 on)
}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def build(source: Path) -> dict[str, str]:
    """Return {6-digit code: name} for provinces, cities and counties."""
    regions: dict[str, str] = {}
    for row in _rows(source / "provinces.csv"):
        regions[row["code"].ljust(6, "0")] = row["name"]
    for row in _rows(source / "cities.csv"):
        if row["name"] not in PLACEHOLDER_NAMES:
            regions[row["code"].ljust(6, "0")] = row["name"]
    for row in _rows(source / "areas.csv"):
        if row["name"] not in PLACEHOLDER_NAMES:
            regions[row["code"]] = row["name"]
    for code, name in EXTRA.items():
        regions.setdefault(code, name)
    bad = [c for c in regions if len(c) != 6 or not c.isdigit()]
    if bad:
        raise SystemExit(f"unexpected region codes in source: {bad[:5]}")
    return dict(sorted(regions.items()))


def write(regions: dict[str, str], output: Path) -> None:
    """Write the TSV atomically (temp file in the same folder, then rename)."""
    header = [
        "# GB/T 2260 administrative division codes: province, city, county (code<TAB>name)",
        f"# source: {SOURCE_NOTE}",
        f"# generated: {dt.date.today().isoformat()} by scripts/make_regions.py; do not edit by hand",
        f"# entries: {len(regions)}",
    ]
    text = "\n".join([*header, *(f"{c}\t{n}" for c, n in regions.items())]) + "\n"
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=".regions-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, output)
    except BaseException:
        os.unlink(tmp)
        raise


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    output = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUTPUT
    regions = build(source)
    write(regions, output)
    print(f"wrote {len(regions)} regions to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
