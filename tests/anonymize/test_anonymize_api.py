"""anonymize()/assess_risk(): bad input errors, t-closeness, k-map, reports, risk figures."""

from __future__ import annotations

import json
from collections import Counter

import numpy as np
import polars as pl
import pytest

from piguard.anonymize import anonymize, assess_risk
from piguard.anonymize.hierarchy import Hierarchy, mask_hierarchy
from piguard.errors import ConfigError, PiguardError, PrivacyError
from piguard.report.anonymize_report import render_html, write_html, write_json


def people(n=400, seed=3):
    rng = np.random.default_rng(seed)
    return pl.DataFrame({
        "age": rng.integers(18, 90, n),
        "zip": [f"1000{d}{e}" for d, e in zip(rng.integers(0, 10, n), rng.integers(0, 10, n), strict=False)],
        "sex": rng.choice(["F", "M"], n),
        "disease": rng.choice(["flu", "cold", "acne", "gout", "asthma"], n),
    })


def test_unknown_quasi_identifier_is_a_clear_error():
    with pytest.raises(ConfigError, match="not a column of the table: nope"):
        anonymize(people(), ["age", "nope"], k=2)


def test_hierarchy_not_covering_a_value_names_no_raw_value():
    h = Hierarchy.from_rows("sex", [["F", "*"]])
    with pytest.raises(ConfigError, match="does not cover 1 value") as info:
        anonymize(people(), ["sex"], k=2, hierarchies={"sex": h})
    assert "'M'" not in str(info.value)


def test_k_larger_than_table():
    with pytest.raises(PrivacyError, match="larger than the table"):
        anonymize(people(10), ["age"], k=11)
    with pytest.raises(PrivacyError):
        anonymize(people(10), ["age"], k=11, method="local")


@pytest.mark.parametrize("kwargs", [
    {"k": 2, "suppress": 1.5}, {"k": 2, "method": "magic"}, {}, {"l": 2},
    {"k": 2, "k_map": 3}, {"k": 2, "t": 0.2, "method": "local", "sensitive": "disease"},
    {"k": 2, "l": 2, "l_variant": "fancy", "sensitive": "disease"},
])
def test_bad_options(kwargs):
    with pytest.raises(PiguardError):
        anonymize(people(), ["age", "sex"], **kwargs)


def test_t_closeness_holds_on_release():
    table = people(600)
    result = anonymize(table, ["age", "zip", "sex"], sensitive="disease", k=3, t=0.2,
                       suppress=0.05)
    q = Counter(table["disease"].to_list())
    kept = result.table
    groups: dict[tuple, list[str]] = {}
    for row in kept.iter_rows(named=True):
        groups.setdefault((row["age"], row["zip"], row["sex"]), []).append(row["disease"])
    for values in groups.values():
        counts = Counter(values)
        distance = 0.5 * sum(abs(counts[v] / len(values) - q[v] / table.height) for v in q)
        assert distance <= 0.2 + 1e-9
        assert len(values) >= 3
    assert result.reached["t"] <= 0.2 + 1e-9


def test_entropy_and_recursive_diversity():
    table = people(600)
    for variant in ("entropy", "recursive"):
        result = anonymize(table, ["age", "zip"], sensitive="disease", k=2, l=2,
                           l_variant=variant, c=3)
        assert result.suppressed_rows <= 0.05 * table.height
        assert ("l_entropy" in result.reached) or ("c_needed" in result.reached)


def test_k_map_against_a_population():
    population = people(2000, seed=1)
    sample = population.sample(200, seed=2)
    result = anonymize(sample, ["age", "sex"], k_map=5, population=population, suppress=0.02)
    assert result.reached["k_map"] >= 5


def test_risk_figures_on_a_known_table():
    table = pl.DataFrame({"a": ["x", "x", "y", "z", "z", "z"], "b": [1, 1, 1, 2, 2, 2]})
    report = assess_risk(table, ["a", "b"], threshold=0.4)
    assert report["prosecutor"]["highest"] == 1.0
    assert report["sample_uniques"] == pytest.approx(1 / 6)
    assert report["records_above_threshold"] == pytest.approx(3 / 6)  # classes of size 1 and 2
    assert report["marketer"] == pytest.approx(3 / 6)
    population = pl.concat([table] * 4)
    journalist = assess_risk(table, ["a", "b"], population=population)
    assert journalist["journalist"]["highest"] == pytest.approx(1 / 4)


def test_reports_hold_no_row_values(tmp_path):
    table = people(300)
    result = anonymize(table, ["age", "zip", "sex"], sensitive="disease", k=4, l=2, method="local")
    report = result.to_json()
    write_json(report, tmp_path / "r.json")
    write_html(report, tmp_path / "r.html")
    loaded = json.loads((tmp_path / "r.json").read_text())
    assert loaded["schema"] == "piguard.anonymize/1" and loaded["reached"]["k"] >= 4
    html = (tmp_path / "r.html").read_text()
    assert "<svg" in html and "<script" not in html and "http" not in html
    assert "100012" not in html and "100012" not in json.dumps(loaded)
    assert "Re-identification risk" in render_html(assess_risk(table, ["age"]))


def test_utility_before_and_after():
    table = people(500)
    result = anonymize(table, ["age", "zip", "sex"], k=5)
    before, after = result.utility_before, result.utility_after
    assert before["ncp"] == 0 and 0 < after["ncp"] <= 1
    assert after["discernibility"] >= before["discernibility"]
    assert after["average_class_size"] >= 5
    assert 0 < after["non_uniform_entropy"] <= 1
    assert result.risk_after["prosecutor"]["highest"] <= 1 / 5


def test_delta_presence_against_a_population():
    from piguard.anonymize.hierarchy import flat_hierarchy, interval_hierarchy

    population = people(3000, seed=4)
    sample = population.sample(900, seed=5)
    hierarchies = {"age": interval_hierarchy("age", population["age"].to_list(), width=5),
                   "sex": flat_hierarchy("sex", ["F", "M"])}
    result = anonymize(sample, ["age", "sex"], delta=(0.0, 0.5), population=population,
                       suppress=0.05, hierarchies=hierarchies)
    assert result.reached["delta_max"] <= 0.5
    # independent check: generalize the population by hand at the chosen levels
    levels = result.levels
    def released(row):
        return tuple(hierarchies[q].label(levels[q], hierarchies[q].index[str(row[q])])
                     for q in ("age", "sex"))
    in_population = Counter(released(r) for r in population.iter_rows(named=True))
    in_sample = Counter((r["age"], r["sex"]) for r in result.table.iter_rows(named=True))
    for key, count in in_sample.items():
        assert count / in_population[key] <= 0.5


def test_impossible_model_is_named():
    table = pl.DataFrame({"age": list(range(40)), "s": ["a"] * 30 + ["b"] * 10})
    with pytest.raises(PrivacyError, match="entropy 2-diversity"):
        anonymize(table, ["age"], sensitive="s", l=2, l_variant="entropy")


def test_local_release_as_hierarchy_nodes():
    table = people(400)
    zip_h = mask_hierarchy("zip", table["zip"].unique().to_list())
    result = anonymize(table, ["age", "zip", "sex"], k=4, method="local", local_release="node",
                       hierarchies={"zip": zip_h})
    sizes = Counter(tuple(r) for r in result.table.select(["age", "zip", "sex"]).iter_rows())
    assert min(sizes.values()) >= 4
    for original, released in zip(table["zip"].to_list(), result.table["zip"].to_list(), strict=True):
        leaf = zip_h.index[original]
        assert released in {zip_h.label(lv, leaf) for lv in range(zip_h.height)}
    with pytest.raises(ConfigError):
        anonymize(table, ["age"], k=2, method="local", local_release="cloud")
