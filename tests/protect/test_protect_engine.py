"""End to end: texts, tables, files, SQL, manifest, verification, reidentify, CLI."""

import csv
import json
import sqlite3

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from protect_helpers import TYPES

import piguard
from piguard.engines.protect import protect_file
from piguard.errors import PolicyError
from piguard.protect.keys import InMemoryKeyProvider
from piguard.protect.policy import loads
from piguard.protect.reidlog import verify_chain

IDS = ["11010519491231002X", "440304199001010011", "310115200012310022"]
PHONES = ["13812345678", "13987654321", "15011112222"]


def _rows():
    return [{"客户编号": f"C{i}", "身份证号": IDS[i], "手机": PHONES[i], "年龄": str(30 + i),
             "备注": f"客户来电，手机{PHONES[i]}，邮箱u{i}@example.com"} for i in range(3)]


def _csv(path, rows=None):
    rows = rows or _rows()
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _read_csv(path):
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_protect_text_and_consistent_pseudonyms_across_documents(keys):
    policy = loads("version: 1\nrules:\n  - entity_types: [PHONE]\n    operator: pseudonym\n")
    docs = ["请回电13812345678", "13812345678又来电了", None, ""]
    out = piguard.protect(docs, policy, keys=keys, types=TYPES)
    assert out[2] is None and out[3] == ""
    token = out[0][3:]
    assert "13812345678" not in token and out[1].startswith(token)
    assert piguard.protect("请回电13812345678", policy, keys=keys, types=TYPES) == out[0]


def test_protect_table_kinds_and_manifest(keys):
    table = pa.Table.from_pylist(_rows())
    out, manifest = piguard.protect(table, keys=keys, types=TYPES, with_manifest=True)
    assert isinstance(out, pa.Table) and out.num_rows == 3
    by_column = {c["column"]: c for c in manifest["columns"]}
    assert by_column["身份证号"]["operator"]["operator"] == "pseudonym"
    assert by_column["身份证号"]["operator"]["key"] == "default@1"
    assert by_column["身份证号"]["values_changed"] == 3
    assert by_column["手机"]["operator"]["operator"] == "mask"
    assert by_column["备注"]["mode"] == "text"
    assert out.column("手机").to_pylist()[0] == "138****5678"
    frame = piguard.protect(pl.DataFrame(_rows()), keys=keys, types=TYPES)
    assert isinstance(frame, pl.DataFrame)
    assert frame["身份证号"].to_list() == out.column("身份证号").to_pylist()


def test_protect_file_csv_manifest_and_verification(tmp_path, keys):
    source = _csv(tmp_path / "in.csv")
    manifest = protect_file(source, tmp_path / "out.csv", keys=keys,
                                                    types=TYPES)
    rows = _read_csv(tmp_path / "out.csv")
    assert len(rows) == 3
    for original, protected in zip(_rows(), rows, strict=True):
        assert protected["客户编号"] == original["客户编号"]
        assert original["身份证号"] not in json.dumps(protected, ensure_ascii=False)
        assert original["手机"] not in protected["备注"]
    written = json.loads((tmp_path / "out.csv.manifest.json").read_text("utf-8"))
    assert written["schema"] == "piguard.protect.manifest/1"
    assert written["verification"]["passed"] is True
    assert written["input"]["rows"] == 3 and written["output"]["sha256"]
    assert all(IDS[0] not in json.dumps(written, ensure_ascii=False) for _ in (0,))
    assert manifest["verification"]["cells_checked"] >= 15


def test_verification_finds_originals_the_detector_missed(tmp_path, keys):
    source = _csv(tmp_path / "in.csv")
    policy = loads("version: 1\nrules:\n  - columns: [手机]\n    operator: encrypt\n")
    manifest = protect_file(
        source, tmp_path / "out.csv", policy=policy, keys=keys, types=["EMAIL"])
    check = manifest["verification"]
    assert check["passed"] is False
    assert check["survivors"] == {"备注": 3}  # the phones live on in the free text
    assert len(check["examples"]["备注"]) == 3
    assert not any(p in json.dumps(manifest, ensure_ascii=False) for p in PHONES)
    residual = {(r.get("column"), r["entity_type"]) for r in manifest["residual"]}
    assert ("身份证号", "CN_RESIDENT_ID") in residual


@pytest.mark.parametrize("suffix", ["jsonl", "parquet", "tsv"])
def test_other_table_formats(tmp_path, keys, suffix):
    table = pa.Table.from_pylist(_rows())
    source = tmp_path / f"in.{suffix}"
    if suffix == "parquet":
        pq.write_table(table, source)
    elif suffix == "jsonl":
        pl.from_arrow(table).write_ndjson(source)
    else:
        pl.from_arrow(table).write_csv(source, separator="\t")
    target = tmp_path / f"out.{suffix}"
    manifest = protect_file(source, target, keys=keys, types=TYPES)
    assert manifest["verification"]["passed"], manifest["verification"]
    text = target.read_bytes().decode("utf-8", "replace")
    assert not any(value in text for value in IDS + PHONES)


def test_text_log_file(tmp_path, keys):
    source = tmp_path / "app.log"
    source.write_text("".join(f"login user={p} id={i}\n" for p, i in zip(PHONES, IDS,
                                                                        strict=True)), "utf-8")
    manifest = protect_file(source, tmp_path / "out.log", keys=keys,
                                                    types=TYPES)
    lines = (tmp_path / "out.log").read_text("utf-8").splitlines()
    assert len(lines) == 3 and lines[0].startswith("login user=138****5678 id=CN_RESIDENT_ID_")
    assert manifest["entities"]["CN_RESIDENT_ID"]["changed"] == 3
    assert manifest["verification"]["passed"]


def test_sql_table_into_new_table(tmp_path, keys):
    db = tmp_path / "crm.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("create table customers (id text, phone text, card text)")
        conn.executemany("insert into customers values (?, ?, ?)",
                         [(i, p, "6222021234567894") for i, p in zip(IDS, PHONES, strict=True)])
    manifest = protect_file(
        f"sqlite:///{db}?table=customers", f"sqlite:///{db}?table=customers_safe", keys=keys,
        types=TYPES)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select * from customers_safe").fetchall()
        assert conn.execute("select count(*) from customers").fetchone()[0] == 3
    assert len(rows) == 3 and not any(v in str(rows) for v in IDS + PHONES)
    assert manifest["verification"]["passed"]
    assert (tmp_path / "crm.sqlite.customers_safe.manifest.json").exists()


def test_failure_leaves_no_output(tmp_path, keys):
    source = _csv(tmp_path / "in.csv")
    policy = loads("version: 1\nrules:\n  - columns: [年龄]\n"
                   "    operator: {name: date_shift, max_days: 3}\n    by: nobody\n")
    with pytest.raises(PolicyError, match="nobody"):
        protect_file(source, tmp_path / "out.csv", policy=policy,
                                             keys=keys, types=TYPES)
    assert not (tmp_path / "out.csv").exists()
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".out.csv*"))


def test_reidentify_after_rotation_logs_access(tmp_path):
    keys = InMemoryKeyProvider({"default": [bytes(32)]})
    source = _csv(tmp_path / "in.csv")
    policy = loads("version: 1\nrules:\n  - entity_types: [CN_RESIDENT_ID]\n    operator: fpe\n"
                   "  - entity_types: [PHONE]\n    operator: {name: encrypt, algorithm: sm4-siv}\n")
    from piguard.engines.protect import protect_file, reidentify_file

    protect_file(source, tmp_path / "out.parquet", policy=policy, keys=keys, types=TYPES)
    keys.add("default")  # rotation: version 2 becomes current
    result = reidentify_file(tmp_path / "out.parquet", tmp_path / "back.csv",
                             tmp_path / "out.parquet.manifest.json", keys=keys, actor="alice",
                             purpose="fraud case 17", log=tmp_path / "reid.jsonl")
    back = _read_csv(tmp_path / "back.csv")
    assert [r["身份证号"] for r in back] == IDS
    assert [r["手机"] for r in back] == PHONES
    assert result["columns"] == {"身份证号": 3, "手机": 3}
    assert verify_chain(tmp_path / "reid.jsonl") == 2
    record = json.loads((tmp_path / "reid.jsonl").read_text().splitlines()[0])
    assert record["key_version"] == 1 and record["actor"] == "alice"
    assert IDS[0] not in (tmp_path / "reid.jsonl").read_text()


def test_cli_protect_and_policy_check(tmp_path, monkeypatch, capsys):
    from piguard.cli.main import main

    monkeypatch.setenv("PIGUARD_KEY_DEFAULT", "ab" * 32)
    monkeypatch.setenv("PIGUARD_HOME", str(tmp_path / "home"))
    source = _csv(tmp_path / "in.csv")
    with pytest.raises(SystemExit) as done:
        main(["protect", str(source), "-o", str(tmp_path / "out.csv"), "-t", ",".join(TYPES)])
    assert done.value.code == 0
    assert "verification passed" in capsys.readouterr().out
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nrules:\n  - entity_types: [PHONE]\n    operator: maks\n")
    with pytest.raises(SystemExit) as done:
        main(["policy", "check", str(bad)])
    assert done.value.code == 4
    assert "line 4" in capsys.readouterr().err
    policy = tmp_path / "weak.yaml"
    policy.write_text("version: 1\nrules:\n  - columns: [手机]\n    operator: encrypt\n")
    with pytest.raises(SystemExit) as done:
        main(["protect", str(source), "-o", str(tmp_path / "weak.csv"), "-p", str(policy),
              "-t", "EMAIL"])
    assert done.value.code == 1
    assert "verification FAILED" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize("first", ["import piguard", "import piguard.protect.keys"])
def test_piguard_protect_is_callable_whatever_was_imported_first(first):
    import subprocess
    import sys

    code = (f"{first}\nimport piguard\nfrom piguard.protect.keys import InMemoryKeyProvider\n"
            "k = InMemoryKeyProvider({'default': bytes(32)})\n"
            "print(piguard.protect('手机13812345678', keys=k, types=['PHONE']))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "手机138****5678"
