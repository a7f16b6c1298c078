"""The re-identification log: an append-only, hash-chained JSON Lines file.

Every re-identification appends one record — who, when, which key and version,
how many values, for what purpose — so that it can be audited and later imported
into the governance audit chain (``piguard govern``). Record shape (schema
``piguard.reidentification/1``, documented in ``docs/protection.md``)::

    {"schema": "piguard.reidentification/1", "seq": 1, "at": "2026-11-29T18:40:00+00:00",
     "event": "protect.reidentified", "actor": "alice", "purpose": "fraud case 2026-118",
     "key_id": "customers", "key_version": 2, "operator": "encrypt",
     "columns": ["phone"], "values": 1234, "source": "out.parquet",
     "manifest_sha256": "…", "prev": "<hash of previous record or 64 zeros>", "hash": "…"}

``hash`` is SHA-256 over the record without ``hash``, serialised as canonical JSON
(sorted keys, no spaces, UTF-8); ``prev`` links to the previous record. Appends take
an exclusive ``flock`` and ``fsync``; :func:`verify_chain` finds any edit, deletion
or reordering. No value, original or protected, is ever written here.

>>> import tempfile, pathlib
>>> log = ReidentificationLog(pathlib.Path(tempfile.mkdtemp()) / "reid.jsonl")
>>> rec = log.append(actor="alice", purpose="court order 17", key_ref=("k1", 1),
...                  operator="encrypt", values=3, columns=["phone"])
>>> rec["seq"], verify_chain(log.path)
(1, 1)
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from piguard.errors import IntegrityError

__all__ = ["GENESIS", "SCHEMA", "ReidentificationLog", "record_hash", "verify_chain"]

SCHEMA = "piguard.reidentification/1"
GENESIS = "0" * 64


def _canonical(record: dict[str, Any]) -> bytes:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False
                      ).encode("utf-8")


def record_hash(record: dict[str, Any]) -> str:
    """SHA-256 of the record without its ``hash`` field."""
    return hashlib.sha256(_canonical({k: v for k, v in record.items() if k != "hash"})
                          ).hexdigest()


class ReidentificationLog:
    """Append-only log file; creates it (mode 0600) on first use."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def append(self, *, actor: str, purpose: str, key_ref: tuple[str, int], operator: str,
               values: int, columns: list[str] | None = None, source: str | None = None,
               manifest_sha256: str | None = None) -> dict[str, Any]:
        if not actor or not purpose:
            raise IntegrityError("re-identification needs an actor and a purpose")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "r+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                seq, prev = _last(handle)
                record = {"schema": SCHEMA, "seq": seq + 1,
                          "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                          "event": "protect.reidentified", "actor": actor, "purpose": purpose,
                          "key_id": key_ref[0], "key_version": key_ref[1],
                          "operator": operator, "columns": list(columns or []),
                          "values": int(values), "source": source,
                          "manifest_sha256": manifest_sha256, "prev": prev}
                record["hash"] = record_hash(record)
                handle.seek(0, os.SEEK_END)
                handle.write(_canonical(record) + b"\n")
                handle.flush()
                os.fsync(handle.fileno())
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
        return record


def _last(handle) -> tuple[int, str]:
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    if size == 0:
        return 0, GENESIS
    back = min(size, 65536)
    handle.seek(size - back)
    lines = handle.read(back).splitlines()
    try:
        last = json.loads(lines[-1])
        return int(last["seq"]), str(last["hash"])
    except (ValueError, KeyError, IndexError):
        raise IntegrityError("re-identification log: last record is damaged") from None


def verify_chain(path: str | os.PathLike[str]) -> int:
    """Check every link; return the number of records or raise :class:`IntegrityError`."""
    prev, seq = GENESIS, 0
    with open(path, "rb") as handle:
        for line_no, line in enumerate(handle, 1):
            try:
                record = json.loads(line)
            except ValueError:
                raise IntegrityError(f"re-identification log line {line_no} is not JSON") from None
            if record.get("prev") != prev or record.get("seq") != seq + 1:
                raise IntegrityError(f"re-identification log broken at line {line_no}")
            if record_hash(record) != record.get("hash"):
                raise IntegrityError(f"re-identification log line {line_no} was altered")
            prev, seq = record["hash"], record["seq"]
    return seq
