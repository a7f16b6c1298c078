"""The audit chain: append-only, hash-chained events with dotted names.

Each event's hash is SHA-256 over the canonical JSON of its sequence number,
time, actor, event name, subject, data and the previous event's hash::

    hash_n = sha256(canonical_json({seq, at, actor, event, subject, data, prev}))

where ``data`` is itself the event payload's canonical JSON text, stored verbatim.

so altering any field, removing a row or swapping two rows breaks every later
link. :func:`verify` walks the chain and names the first broken row.
The head hash it reports can be anchored elsewhere (a ticket, a signed mail):
a chain rewritten wholesale by someone with write access to the database is
only detectable against such an external anchor.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from piguard.errors import ConfigError, InputError
from piguard.govern.canonical import canonical_json, utc_now
from piguard.store import audit as audit_repo
from piguard.store.db import Database
from piguard.store.records import AuditEventRecord

GENESIS_HASH = "0" * 64
EVENT_NAME = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")


def event_hash(*, seq: int, at: str, actor: str, event: str, subject: str, data: str,
               prev_hash: str) -> str:
    """The link hash of one event (``data`` is its canonical JSON text).

    >>> len(event_hash(seq=1, at="t", actor="a", event="x.y", subject="s", data="{}",
    ...                prev_hash=GENESIS_HASH))
    64
    """
    body = canonical_json({"seq": seq, "at": at, "actor": actor, "event": event,
                           "subject": subject, "data": data, "prev": prev_hash})
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _builder(actor: str, event: str, subject: str, data: dict, at: str | None):
    if not EVENT_NAME.match(event):
        raise ConfigError(f"audit event names are dotted lower-case words, got {event!r}")
    text = canonical_json(data)
    stamp = at or utc_now()

    def build(seq: int, prev_hash: str) -> AuditEventRecord:
        digest = event_hash(seq=seq, at=stamp, actor=actor, event=event, subject=subject,
                            data=text, prev_hash=prev_hash)
        return AuditEventRecord(seq, stamp, actor, event, subject, text, prev_hash, digest)

    return build


def record(conn, *, actor: str, event: str, subject: str, data: dict,
           at: str | None = None) -> AuditEventRecord:
    """Append an event inside an open write transaction (same commit as the change it logs)."""
    return audit_repo.append(conn, _builder(actor, event, subject, data, at))


@dataclass
class ChainReport:
    """Result of :func:`verify`; ``ok`` only when every link and the head agree."""

    events: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS_HASH
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {"version": 1, "ok": self.ok, "events": self.events, "head_seq": self.head_seq,
                "head_hash": self.head_hash, "problems": self.problems}


def check_chain(rows: Iterable[AuditEventRecord], head: tuple[int, str],
                max_problems: int = 20) -> ChainReport:
    """Verify links, hashes, sequence continuity and the head row."""
    report = ChainReport(head_seq=head[0], head_hash=head[1])
    expected_seq, prev = 1, GENESIS_HASH

    def problem(text: str) -> None:
        if len(report.problems) < max_problems:
            report.problems.append(text)

    for row in rows:
        report.events += 1
        if row.seq != expected_seq:
            problem(f"seq {row.seq}: expected seq {expected_seq} (row removed or renumbered)")
        if row.prev_hash != prev:
            problem(f"seq {row.seq}: prev_hash does not match the previous event "
                    "(row removed, inserted or reordered)")
        digest = event_hash(seq=row.seq, at=row.at, actor=row.actor, event=row.event,
                            subject=row.subject, data=row.data, prev_hash=row.prev_hash)
        if digest != row.hash:
            problem(f"seq {row.seq}: hash mismatch (row altered)")
        expected_seq, prev = row.seq + 1, row.hash
    last_seq = expected_seq - 1
    if (last_seq, prev) != head:
        problem(f"head says seq {head[0]} but the chain ends at seq {last_seq} "
                "(rows removed from the end, or head altered)")
    return report


def verify(db: Database) -> ChainReport:
    """Walk the whole stored chain (streamed in batches) and report any break."""
    with db.read() as conn:
        return check_chain(audit_repo.events(conn), audit_repo.head(conn))


def list_events(db: Database, *, after: int = 0, limit: int = 100) -> list[AuditEventRecord]:
    with db.read() as conn:
        return list(audit_repo.events(conn, after=after, limit=limit))


def import_reidentification_log(db: Database, path: Path, *, actor: str) -> int:
    """Join a re-identification log (``piguard.reidentification/1``, JSON Lines) to the chain.

    The log's own hash chain is verified first (an altered log is refused, not
    half-imported). Each record becomes a ``value.reidentified`` event carrying
    the record as it is (who, when, why, which key, how many values — never a
    value); records already joined (same record ``hash``) are skipped, so the
    import can run again as the log grows. Returns the number of events added.
    """
    from piguard.protect.reidlog import verify_chain

    try:
        verify_chain(path)
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    records = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not JSON ({exc.msg})") from None
    seen = _joined_hashes(db)
    added = 0
    with db.write() as conn:
        for rec in records:
            if rec["hash"] in seen:
                continue
            record(conn, actor=str(rec.get("actor") or actor), event="value.reidentified",
                   subject=f"source:{rec.get('source') or 'unknown'}",
                   data={"imported_by": actor, "log": str(path), "record": rec})
            seen.add(rec["hash"])
            added += 1
    return added


def _joined_hashes(db: Database) -> set[str]:
    seen: set[str] = set()
    with db.read() as conn:
        for row in audit_repo.events(conn):
            if row.event == "value.reidentified":
                rec = json.loads(row.data).get("record") or {}
                if "hash" in rec:
                    seen.add(rec["hash"])
    return seen
