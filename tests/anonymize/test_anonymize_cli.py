"""`piguard anonymize` and `piguard risk` end to end on a generated table."""

from __future__ import annotations

import json

import numpy as np
import polars as pl
import pytest

from piguard.cli.main import main


@pytest.fixture
def csv_path(tmp_path):
    rng = np.random.default_rng(5)
    n = 300
    frame = pl.DataFrame({
        "age": rng.integers(18, 80, n),
        "zip": [f"{x:06d}" for x in rng.integers(100000, 100400, n)],
        "sex": rng.choice(["F", "M"], n),
        "disease": rng.choice(["flu", "cold", "acne"], n),
    })
    path = tmp_path / "people.csv"
    frame.write_csv(path, separator=";")
    return path


def test_anonymize_writes_table_and_reports(csv_path, tmp_path, capsys):
    out = tmp_path / "out.csv"
    with pytest.raises(SystemExit) as done:
        main([
            "anonymize", str(csv_path), "--quasi", "age,zip,sex", "--sensitive", "disease",
            "--k", "5", "--l", "2", "--hierarchy", "zip=mask:1", "--hierarchy", "age=interval:5",
            "-o", str(out), "--json", str(tmp_path / "r.json"), "--html", str(tmp_path / "r.html"),
        ])
    assert done.value.code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["reached"]["k"] >= 5
    released = pl.read_csv(out, infer_schema_length=0)
    assert released.group_by(["age", "zip", "sex"]).len()["len"].min() >= 5
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["utility"]["after"]["ncp"] == pytest.approx(summary["ncp"])
    assert (tmp_path / "r.html").read_text().startswith("<!doctype html>")


def test_local_method_and_risk(csv_path, tmp_path, capsys):
    with pytest.raises(SystemExit) as done:
        main(["anonymize", str(csv_path), "-q", "age,sex", "--k", "4", "--method", "local",
              "-o", str(tmp_path / "out.parquet")])
    assert done.value.code == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as done:
        main(["risk", str(csv_path), "-q", "age,zip", "--html", str(tmp_path / "risk.html")])
    assert done.value.code == 0
    assert json.loads(capsys.readouterr().out)["sample_uniques"] > 0.5


@pytest.mark.parametrize("args, code", [
    (["-q", "age,nope", "--k", "2"], 4),
    (["-q", "age", "--k", "100000"], 4),
])
def test_bad_input_exit_codes(csv_path, tmp_path, capsys, args, code):
    with pytest.raises(SystemExit) as done:
        main(["anonymize", str(csv_path), *args, "-o", str(tmp_path / "x.csv")])
    assert done.value.code == code
    assert "piguard:" in capsys.readouterr().err


def test_missing_input_file(tmp_path, capsys):
    with pytest.raises(SystemExit) as done:
        main(["risk", str(tmp_path / "nope.csv"), "-q", "a"])
    assert done.value.code == 3


@pytest.mark.parametrize("spec", ["age=interval:wide", "age=teleport", "nope=flat"])
def test_bad_hierarchy_specs(csv_path, tmp_path, capsys, spec):
    with pytest.raises(SystemExit) as done:
        main(["anonymize", str(csv_path), "-q", "age", "--k", "2", "--hierarchy", spec,
              "-o", str(tmp_path / "x.csv")])
    assert done.value.code == 4


def test_dp_queries_spend_the_ledger(csv_path, tmp_path, capsys):
    ledger = tmp_path / "ledger.json"
    args = ["dp", str(csv_path), "--dataset", "people", "--ledger", str(ledger),
            "--epsilon", "0.4", "--query", "count", "--query", "mean(age, 0, 100)"]
    with pytest.raises(SystemExit) as done:
        main([*args, "--budget", "1.0"])
    assert done.value.code == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["query"] for r in out["releases"]] == ["count(*)", "mean(age)"]
    assert out["epsilon_remaining"] == pytest.approx(0.2)
    with pytest.raises(SystemExit) as done:  # the next run would exceed the budget
        main(args)
    assert done.value.code == 4
    assert "left" in capsys.readouterr().err


def test_dp_bad_query(csv_path, tmp_path):
    with pytest.raises(SystemExit) as done:
        main(["dp", str(csv_path), "--dataset", "p", "--ledger", str(tmp_path / "l.json"),
              "--budget", "1", "--epsilon", "0.1", "--query", "median(age)"])
    assert done.value.code == 4


def _exit(capsys, *argv):
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    _, err = capsys.readouterr()
    return done.value.code, err.strip()


def test_gbk_export_is_decoded_not_mangled(tmp_path, capsys):
    legacy = tmp_path / "legacy.csv"
    legacy.write_bytes("姓名,性别,年龄\n张三,男,30\n李四,女,41\n王五,男,30\n".encode("gbk"))
    code, _ = _exit(capsys, "risk", str(legacy), "-q", "性别")
    assert code == 0


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    (b"a,b\n\x00\x01\x02\n", "binary content"),
])
def test_unreadable_tables_are_one_line_input_errors(tmp_path, capsys, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    code, err = _exit(capsys, "risk", str(path), "-q", "a")
    assert code == 3 and message in err and len(err.splitlines()) == 1


def test_folder_as_input_says_so(tmp_path, capsys):
    code, err = _exit(capsys, "risk", str(tmp_path), "-q", "a")
    assert code == 3 and err == f"piguard: {tmp_path} is a folder; name a table file"


@pytest.mark.parametrize("option", ["-o", "--json", "--html"])
def test_unwritable_outputs_fail_before_the_work(csv_path, tmp_path, capsys, option):
    args = {"-o": str(tmp_path / "out.csv"), "--json": None, "--html": None}
    args[option] = str(tmp_path)
    argv = [x for key, value in args.items() if value for x in (key, value)]
    code, err = _exit(capsys, "anonymize", str(csv_path), "-q", "age", "--k", "2", *argv)
    assert code == 2 and err.endswith(f"{tmp_path}: it is a folder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["people.csv"]


def test_direct_identifiers_left_in_the_release_are_named_not_shown(tmp_path, capsys):
    ids = ["11010519491231002X", "440524188001010014", "110101199003074477"] * 4
    frame = pl.DataFrame({"id_card": ids, "sex": ["F", "M", "F"] * 4,
                          "phone": ["13812345678", "13987654321", "13700001111"] * 4,
                          "fee": [1.5, 2.0, 3.25] * 4})
    source = tmp_path / "visits.csv"
    frame.write_csv(source)
    code, err = _exit(capsys, "anonymize", str(source), "-q", "sex", "--k", "2",
                      "-o", str(tmp_path / "out.csv"))
    assert code == 0
    assert "id_card (CN_RESIDENT_ID)" in err and "phone (PHONE)" in err and "fee" not in err
    assert not any(value in err for value in [*ids, "13812345678"])
    frame.drop("id_card", "phone").write_csv(source)
    code, err = _exit(capsys, "anonymize", str(source), "-q", "sex", "--k", "2",
                      "-o", str(tmp_path / "out3.csv"))
    assert code == 0 and "warning" not in err


def test_dp_checks_every_query_before_spending_any_epsilon(csv_path, tmp_path, capsys):
    ledger = tmp_path / "ledger.json"
    code, _ = _exit(capsys, "dp", str(csv_path), "--dataset", "people", "--ledger", str(ledger),
                    "--budget", "1", "--epsilon", "0.1", "--query", "count")
    assert code == 0
    before = ledger.read_text(encoding="utf-8")
    for bad, message in [("mean(nosuch, 0, 1)", "names a column that does not exist: nosuch"),
                         ("mean(age, low, 1)", "not a number"),
                         ("median(age)", "unknown query or wrong arguments")]:
        code, err = _exit(capsys, "dp", str(csv_path), "--dataset", "people", "--ledger",
                          str(ledger), "--epsilon", "0.1", "--query", "count", "--query", bad)
        assert code == 4 and message in err, err
        assert ledger.read_text(encoding="utf-8") == before  # the good first query spent nothing


def test_dp_ledger_that_is_a_folder(csv_path, tmp_path, capsys):
    code, err = _exit(capsys, "dp", str(csv_path), "--dataset", "people", "--ledger",
                      str(tmp_path), "--epsilon", "0.1", "--query", "count")
    assert code == 2 and err == f"piguard: cannot write --ledger {tmp_path}: it is a folder"


def test_budget_ledger_unreadable_is_a_config_error(tmp_path):
    from piguard.anonymize.dp import BudgetLedger
    from piguard.errors import ConfigError

    with pytest.raises(ConfigError, match="cannot be read"):
        BudgetLedger(tmp_path)
