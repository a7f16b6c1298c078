"""Hierarchies: ARX files, builders, and refusal of non-trees."""

from __future__ import annotations

import pytest

from piguard.anonymize.hierarchy import (
    Hierarchy,
    date_hierarchy,
    interval_hierarchy,
    mask_hierarchy,
    read_arx_csv,
    read_hierarchies,
    region_hierarchy,
)
from piguard.errors import ConfigError, InputError


def test_arx_csv_round_trip(tmp_path):
    path = tmp_path / "data_hierarchy_job.csv"
    path.write_text("nurse;care;*\ndoctor;care;*\nclerk;office;*\n", encoding="utf-8")
    h = read_arx_csv(path)
    assert h.name == "job" and h.height == 3
    assert h.label(1, h.index["doctor"]) == "care"
    out = tmp_path / "again.csv"
    h.write_arx_csv(out)
    assert read_arx_csv(out, "job").to_rows() == h.to_rows()
    assert set(read_hierarchies(tmp_path, ["job", "other"])) == {"job"}


def test_not_a_tree_is_refused():
    with pytest.raises(ConfigError, match="not a tree"):
        Hierarchy.from_rows("x", [["a", "g1", "top1"], ["b", "g1", "top2"]])
    with pytest.raises(ConfigError):
        Hierarchy.from_rows("x", [["a", "*"], ["a", "*"]])
    with pytest.raises(ConfigError):
        Hierarchy.from_rows("x", [["a", "*"], ["b"]])


def test_missing_directory_and_file():
    with pytest.raises(InputError):
        read_hierarchies("/nonexistent/dir", ["a"])
    with pytest.raises(InputError):
        read_arx_csv("/nonexistent/file.csv")


def test_interval_hierarchy_nests():
    h = interval_hierarchy("age", [3, 17, 44, 45, 99])
    for leaf in range(len(h.leaves)):
        for level in range(1, h.height - 1):
            lo, hi = map(int, h.label(level, leaf).split("-"))
            assert lo <= int(h.leaves[leaf]) <= hi
    assert all(h.label(h.height - 1, i) == "*" for i in range(len(h.leaves)))
    with pytest.raises(ConfigError):
        interval_hierarchy("x", ["a", "b"])


def test_float_intervals_are_half_open():
    h = interval_hierarchy("score", [0.5, 2.25, 7.0], width=2.5)
    assert h.label(1, h.index["2.25"]) == "[0, 2.5)"


def test_date_and_mask():
    d = date_hierarchy("born", ["1990-05-17", "1991-01-02"])
    assert [d.label(lv, d.index["1990-05-17"]) for lv in range(d.height)] == \
        ["1990-05-17", "1990-05", "1990", "1990-1999", "*"]
    m = mask_hierarchy("zip", ["100081", "200000"], step=3)
    assert m.label(1, m.index["100081"]) == "100***"
    with pytest.raises(ConfigError):
        date_hierarchy("born", ["yesterday"])


def test_regions_from_codes_ids_and_addresses():
    ids = region_hierarchy("id", ["11010519900101123X", "440304199001011234"], kind="ric")
    assert ids.label(3, ids.index["440304199001011234"]) == "广东省"
    assert ids.label(2, ids.index["11010519900101123X"]) == "北京市"
    addresses = region_hierarchy("addr", ["广东省深圳市南山区科技园", "广东省广州市天河区体育西路"],
                                 kind="address")
    assert addresses.label(3, 0) == addresses.label(3, 1) == "广东省"
    assert addresses.label(2, 0) != addresses.label(2, 1)
    with pytest.raises(ConfigError):
        region_hierarchy("x", ["1"], kind="planet")


def test_birth_bands_from_resident_ids():
    from piguard.anonymize.hierarchy import ric_birth_hierarchy

    h = ric_birth_hierarchy("id", ["11010519491231002X", "not-an-id"])
    assert h.label(2, h.index["11010519491231002X"]) == "1945-1949"
    assert h.label(1, h.index["not-an-id"]) == "?"
