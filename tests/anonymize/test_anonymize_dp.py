"""OpenDP statistics and the budget ledger."""

from __future__ import annotations

import json

import numpy as np
import pytest

from piguard.anonymize.dp import BudgetLedger, PrivateTable
from piguard.errors import BudgetExceeded, ConfigError

rng = np.random.default_rng(11)
AGES = rng.uniform(20, 70, 5000).tolist()


def table(budget=100.0, path=None):
    ledger = BudgetLedger(path)
    ledger.set_budget("survey", budget)
    return PrivateTable({"age": AGES, "city": ["bj", "sh", "gz", "sz"] * 1250}, "survey", ledger), ledger


def test_answers_are_close_with_a_generous_epsilon():
    t, _ = table()
    assert abs(t.count(10).value - 5000) < 20
    assert abs(t.sum("age", (0, 100), 10).value - sum(AGES)) < 500
    assert abs(t.mean("age", (0, 100), 10).value - np.mean(AGES)) < 1
    assert abs(t.quantile("age", 0.5, (0, 100), 10).value - np.median(AGES)) < 3
    hist = t.histogram("city", ["bj", "sh", "gz", "sz"], 10).value
    assert all(abs(hist[c] - 1250) < 20 for c in ("bj", "sh", "gz", "sz"))


def test_ledger_refuses_past_budget_and_says_what_is_left(tmp_path):
    path = tmp_path / "ledger.json"
    t, ledger = table(1.0, path)
    first = t.count(0.6)
    assert first.epsilon == pytest.approx(0.6)
    assert ledger.remaining("survey") == pytest.approx(0.4)
    with pytest.raises(BudgetExceeded, match=r"only ε=0\.4"):
        t.sum("age", (0, 100), 0.5)
    assert ledger.remaining("survey") == pytest.approx(0.4)  # a refused query costs nothing
    again = BudgetLedger(path)  # persisted
    assert again.remaining("survey") == pytest.approx(0.4)
    assert json.loads(path.read_text())["datasets"]["survey"]["spent"][0]["query"] == "count(*)"


def test_bad_queries():
    t, ledger = table()
    with pytest.raises(ConfigError):
        t.sum("age", (5, 1), 1)
    with pytest.raises(ConfigError):
        t.count(0)
    with pytest.raises(ConfigError):
        t.sum("nope", (0, 1), 1)
    with pytest.raises(ConfigError):
        ledger.remaining("unknown")
    with pytest.raises(ConfigError):
        ledger.set_budget("x", -1)
