"""Generalization hierarchies: how one attribute's values may be coarsened.

A hierarchy is a table with one row per original value (a *leaf*) and one column
per level: column 0 is the value itself, the last column is usually ``*``.
This is ARX's CSV format, so hierarchies made in ARX load unchanged.

>>> h = Hierarchy.from_rows("sex", [["Male", "*"], ["Female", "*"]])
>>> h.height, h.leaves, h.label(1, 0)
(2, ('Male', 'Female'), '*')
>>> ages = interval_hierarchy("age", [17, 23, 38, 90], width=10)
>>> [ages.label(level, ages.index["23"]) for level in range(ages.height)]
['23', '20-29', '20-39', '0-39', '0-79', '0-159', '*']

Hierarchies must be trees: two values that share a label at one level share it
at every higher level. The search and the roll-up of equivalence classes rely on
that, so :meth:`Hierarchy.from_rows` refuses anything else.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from piguard.errors import ConfigError, InputError

__all__ = [
    "Hierarchy",
    "date_hierarchy",
    "flat_hierarchy",
    "interval_hierarchy",
    "mask_hierarchy",
    "read_arx_csv",
    "read_hierarchies",
    "region_hierarchy",
    "ric_birth_hierarchy",
]

TOP = "*"


@dataclass(frozen=True, eq=False)
class Hierarchy:
    """A tree of generalizations for one attribute (see the module docstring).

    ``nodes[level][leaf]`` is the node index of a leaf at that level and
    ``labels[level][node]`` the text released for that node.
    """

    name: str
    leaves: tuple[str, ...]
    nodes: np.ndarray  # shape (height, n_leaves), int32
    labels: tuple[tuple[str, ...], ...]
    index: dict[str, int] = field(repr=False)

    @classmethod
    def from_rows(cls, name: str, rows: Sequence[Sequence[str]]) -> Hierarchy:
        """Build from ARX-style rows ``[leaf, level1, level2, ...]``."""
        rows = [[str(cell) for cell in row] for row in rows if len(row) and any(row)]
        if not rows:
            raise ConfigError(f"hierarchy of {name!r} is empty")
        height = len(rows[0])
        if any(len(r) != height for r in rows):
            raise ConfigError(f"hierarchy of {name!r}: rows have different numbers of levels")
        leaves = tuple(r[0] for r in rows)
        index = {v: i for i, v in enumerate(leaves)}
        if len(index) != len(leaves):
            raise ConfigError(f"hierarchy of {name!r} lists a value twice")
        nodes = np.empty((height, len(rows)), dtype=np.int32)
        labels: list[tuple[str, ...]] = []
        for level in range(height):
            ids: dict[str, int] = {}
            for i, r in enumerate(rows):
                nodes[level, i] = ids.setdefault(r[level], len(ids))
            labels.append(tuple(ids))
        hierarchy = cls(name, leaves, nodes, tuple(labels), index)
        hierarchy._check_tree()
        return hierarchy

    def _check_tree(self) -> None:
        for level in range(1, self.height):
            parent = np.full(len(self.labels[level - 1]), -1, dtype=np.int64)
            parent[self.nodes[level - 1]] = self.nodes[level]
            if np.any(parent[self.nodes[level - 1]] != self.nodes[level]):
                raise ConfigError(
                    f"hierarchy of {self.name!r} is not a tree: a label at level {level - 1} "
                    f"has two different parents at level {level}"
                )

    @property
    def height(self) -> int:
        """Number of levels, the original values included."""
        return int(self.nodes.shape[0])

    def label(self, level: int, leaf: int) -> str:
        """Released text of leaf number ``leaf`` at ``level``."""
        return self.labels[level][int(self.nodes[level, leaf])]

    def up(self, low: int, high: int) -> np.ndarray:
        """Map node indices at level ``low`` to their ancestors at level ``high``."""
        parent = np.zeros(len(self.labels[low]), dtype=np.int32)
        parent[self.nodes[low]] = self.nodes[high]
        return parent

    def leaf_order(self) -> np.ndarray:
        """Rank of each leaf in a depth-first walk (siblings stay adjacent).

        Mondrian splits categorical values along this order, so that a split
        tends to separate whole subtrees.
        """
        keys = [self.nodes[level] for level in range(self.height)]  # last key sorts first
        order = np.lexsort(keys)
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        return rank

    def to_rows(self) -> list[list[str]]:
        """The ARX rows again (leaf first)."""
        return [[self.label(lv, i) for lv in range(self.height)] for i in range(len(self.leaves))]

    def write_arx_csv(self, path: str | Path, delimiter: str = ";") -> None:
        """Write in ARX's CSV format."""
        with open(path, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, delimiter=delimiter).writerows(self.to_rows())


def read_arx_csv(path: str | Path, name: str | None = None) -> Hierarchy:
    """Read an ARX hierarchy file (``;`` or ``,`` separated, no header)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read hierarchy file {path}: {exc.strerror}") from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if ";" in first else ("\t" if "\t" in first else ",")
    rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    return Hierarchy.from_rows(name or _column_from_filename(path), rows)


def _column_from_filename(path: Path) -> str:
    stem = path.stem
    match = re.search(r"hierarchy_(.+)$", stem)
    return match.group(1) if match else stem


def read_hierarchies(directory: str | Path, columns: Iterable[str]) -> dict[str, Hierarchy]:
    """Load ``*hierarchy_<column>.csv`` or ``<column>.csv`` for each column that has one."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"hierarchy directory {directory} does not exist")
    found: dict[str, Hierarchy] = {}
    files = sorted(directory.glob("*.csv"))
    for column in columns:
        for path in files:
            if path.stem == column or path.stem.endswith(f"hierarchy_{column}"):
                found[column] = read_arx_csv(path, column)
                break
    return found


def flat_hierarchy(name: str, values: Iterable[object]) -> Hierarchy:
    """Two levels: the value, then ``*``."""
    leaves = sorted({_text(v) for v in values})
    return Hierarchy.from_rows(name, [[v, TOP] for v in leaves])


def _text(value: object) -> str:
    return "" if value is None else str(value)


def interval_hierarchy(
    name: str, values: Iterable[object], width: float | None = None, fanout: int = 2
) -> Hierarchy:
    """Intervals for numbers: ``width`` wide at level 1, ``fanout`` times wider at each level.

    Integers are labelled ``lo-hi`` (inclusive), other numbers ``[lo, hi)``.
    Missing values stay a leaf of their own until ``*``.
    """
    texts = sorted({_text(v) for v in values})
    numbers = {}
    for t in texts:
        if t == "":
            continue
        try:
            numbers[t] = float(t)
        except ValueError:
            raise ConfigError(f"column {name!r} is not numeric; build another hierarchy") from None
    if not numbers:
        return flat_hierarchy(name, texts)
    lo, hi = min(numbers.values()), max(numbers.values())
    integral = all(float(x).is_integer() for x in numbers.values())
    if width is None:
        width = _nice_width((hi - lo) / 16 if hi > lo else 1.0)
        if integral:
            width = max(1.0, round(width))
    base = 0.0 if lo >= 0 else math.floor(lo / width) * width  # ages align on 0, 10, 20...
    levels: list[float] = [width]
    while base + levels[-1] <= hi:
        levels.append(levels[-1] * fanout)
    rows = []
    for t in texts:
        if t == "":
            rows.append(["", *[""] * len(levels), TOP])
            continue
        x = numbers[t]
        row = [t]
        for w in levels:
            start = base + math.floor((x - base) / w) * w
            row.append(_interval_label(start, start + w, integral))
        rows.append([*row, TOP])
    return Hierarchy.from_rows(name, rows)


def _nice_width(raw: float) -> float:
    exp = 10 ** math.floor(math.log10(raw))
    for step in (1, 2, 5, 10):
        if raw <= step * exp:
            return step * exp
    return 10 * exp


def _interval_label(start: float, end: float, integral: bool) -> str:
    if integral:
        return f"{int(start)}-{int(end) - 1}"
    return f"[{start:g}, {end:g})"


def date_hierarchy(name: str, values: Iterable[object]) -> Hierarchy:
    """Dates: day → month → year → decade → ``*`` (ISO ``YYYY-MM-DD`` text or dates)."""
    rows = []
    for t in sorted({_text(v) for v in values}):
        if t == "":
            rows.append(["", "", "", "", TOP])
            continue
        try:
            day = dt.date.fromisoformat(t[:10])
        except ValueError:
            raise ConfigError(f"column {name!r} has a value that is not an ISO date") from None
        decade = day.year // 10 * 10
        rows.append([t, f"{day:%Y-%m}", f"{day:%Y}", f"{decade}-{decade + 9}", TOP])
    return Hierarchy.from_rows(name, rows)


def mask_hierarchy(name: str, values: Iterable[object], step: int = 1, char: str = "*") -> Hierarchy:
    """Strings masked from the right, ``step`` characters more at each level (postcodes, IDs).

    >>> h = mask_hierarchy("zip", ["100081", "100083"], step=2)
    >>> [h.label(level, 0) for level in range(h.height)]
    ['100081', '1000**', '10****', '******', '*']
    """
    if step < 1:
        raise ConfigError("mask step must be at least 1")
    texts = sorted({_text(v) for v in values})
    longest = max((len(t) for t in texts), default=0)
    depth = max(1, math.ceil(longest / step))
    rows = []
    for t in texts:
        row = [t]
        for level in range(1, depth + 1):
            keep = max(0, len(t) - level * step)
            row.append(t[:keep] + char * (len(t) - keep))
        rows.append([*row, TOP])
    return Hierarchy.from_rows(name, rows)


_PROVINCE = re.compile(r"^.{2,8}?(?:省|自治区|特别行政区|市)")
_CITY = re.compile(r"^.{1,10}?(?:自治州|地区|市|州|盟)")
_COUNTY = re.compile(r"^.{1,10}?(?:区|县|市|旗)")
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


def region_hierarchy(name: str, values: Iterable[object], kind: str = "code") -> Hierarchy:
    """Chinese regions: county → city → province → ``*``.

    ``kind`` is ``"code"`` (6-digit division codes), ``"ric"`` (resident ID
    numbers: the first six digits are the issuing county) or ``"address"``
    (free-text addresses that start with the province). Names come from
    :mod:`piguard.identifiers.regions`; unknown codes keep their code.

    >>> h = region_hierarchy("id", ["440304199001011234"], kind="ric")
    >>> [h.label(level, 0) for level in range(1, h.height)]
    ['广东省深圳市福田区', '广东省深圳市', '广东省', '*']
    """
    if kind not in {"code", "ric", "address"}:
        raise ConfigError(f"unknown region kind {kind!r}; use code, ric or address")
    rows = []
    for t in sorted({_text(v) for v in values}):
        path = _address_path(t) if kind == "address" else _code_path(t.strip()[:6])
        rows.append([t, *path, TOP])
    return Hierarchy.from_rows(name, rows)


def ric_birth_hierarchy(name: str, values: Iterable[object]) -> Hierarchy:
    """Resident ID numbers by birth: year → 5-year band → decade → ``*``.

    Uses :func:`piguard.identifiers.cn_ric.birth_date`; numbers that are not
    valid IDs go to a ``?`` branch.

    >>> h = ric_birth_hierarchy("id", ["11010519491231002X"])
    >>> [h.label(level, 0) for level in range(1, h.height)]
    ['1949', '1945-1949', '1940-1949', '*']
    """
    from piguard.errors import InvalidIdentifier
    from piguard.identifiers import cn_ric

    rows = []
    for t in sorted({_text(v) for v in values}):
        try:
            year = cn_ric.birth_date(t).year
        except InvalidIdentifier:
            rows.append([t, "?", "?", "?", TOP])
            continue
        band, decade = year // 5 * 5, year // 10 * 10
        rows.append([t, str(year), f"{band}-{band + 4}", f"{decade}-{decade + 9}", TOP])
    return Hierarchy.from_rows(name, rows)


def _code_path(code: str) -> list[str]:
    from piguard.identifiers import regions

    region = regions.lookup(code) if code.isdigit() else None
    if region is None:
        return ["?", "?", "?"]
    province = region.province or code[:2] + "0000"
    city = province if code[2:4] == "00" else (region.city or code[:4] + "00")
    if province in _MUNICIPALITIES:
        city = province
    else:
        city = province + city if city != province else province
    county = city + (region.county or code) if code[4:] != "00" else city
    return [county, city, province]


def _address_path(address: str) -> list[str]:
    rest = address.strip()
    province_match = _PROVINCE.match(rest)
    if province_match is None:
        return ["?", "?", "?"]
    province = province_match.group(0)
    rest = rest[len(province):]
    city = province
    if province not in _MUNICIPALITIES and (city_match := _CITY.match(rest)):
        city = province + city_match.group(0)
        rest = rest[city_match.end():]
    county_match = _COUNTY.match(rest)
    county = city + county_match.group(0) if county_match else city
    return [county, city, province]
