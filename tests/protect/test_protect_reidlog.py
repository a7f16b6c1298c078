"""The re-identification log is append-only and hash-chained."""

import json

import pytest

from piguard.errors import IntegrityError
from piguard.protect.reidlog import SCHEMA, ReidentificationLog, verify_chain


def _log(tmp_path, n=3):
    log = ReidentificationLog(tmp_path / "reid.jsonl")
    for i in range(n):
        log.append(actor="alice", purpose=f"case {i}", key_ref=("k", 1), operator="encrypt",
                   values=i + 1, columns=["phone"])
    return log


def test_chain_verifies_and_links(tmp_path):
    log = _log(tmp_path)
    assert verify_chain(log.path) == 3
    records = [json.loads(line) for line in log.path.read_text().splitlines()]
    assert [r["seq"] for r in records] == [1, 2, 3]
    assert records[1]["prev"] == records[0]["hash"]
    assert all(r["schema"] == SCHEMA and r["event"] == "protect.reidentified" for r in records)


@pytest.mark.parametrize("tamper", ["edit", "delete", "swap"])
def test_tampering_is_found(tmp_path, tamper):
    log = _log(tmp_path)
    lines = log.path.read_text().splitlines()
    if tamper == "edit":
        lines[1] = lines[1].replace('"values":2', '"values":20')
    elif tamper == "delete":
        del lines[1]
    else:
        lines[0], lines[1] = lines[1], lines[0]
    log.path.write_text("\n".join(lines) + "\n")
    with pytest.raises(IntegrityError):
        verify_chain(log.path)


def test_needs_actor_and_purpose(tmp_path):
    log = ReidentificationLog(tmp_path / "reid.jsonl")
    with pytest.raises(IntegrityError):
        log.append(actor="", purpose="x", key_ref=("k", 1), operator="fpe", values=1)
