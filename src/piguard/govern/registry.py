"""Handlers, their processing activities, and stored check runs (the service side of manifests)."""

from __future__ import annotations

import hashlib
import json

from piguard.errors import ConfigError
from piguard.govern import audit
from piguard.govern.access import Principal
from piguard.govern.canonical import canonical_json, utc_now
from piguard.govern.check import CheckReport, run
from piguard.govern.inventory import parse as parse_inventory
from piguard.govern.manifest import load_texts
from piguard.store import checks as check_repo
from piguard.store import handlers as repo
from piguard.store.db import Database
from piguard.store.records import ActivityRecord, CheckRunRecord, HandlerRecord


class Registry:
    def __init__(self, db: Database):
        self.db = db

    def register_handler(self, principal: Principal, *, name: str, sector: str = "",
                         ciio: bool = False, individuals: int = 0) -> HandlerRecord:
        if not name.strip():
            raise ConfigError("name: required")
        if individuals < 0:
            raise ConfigError("individuals: must be >= 0")
        with self.db.write() as conn:
            rec = repo.insert_handler(conn, name=name.strip(), sector=sector, ciio=ciio,
                                      individuals=individuals, created_at=utc_now())
            audit.record(conn, actor=principal.actor, event="handler.registered",
                         subject=f"handler:{rec.id}", at=rec.created_at,
                         data={"name": rec.name, "sector": sector, "ciio": ciio,
                               "individuals": individuals})
        return rec

    def handler(self, handler_id: int) -> HandlerRecord:
        with self.db.read() as conn:
            return repo.get_handler(conn, handler_id)

    def handlers(self) -> list[HandlerRecord]:
        with self.db.read() as conn:
            return repo.list_handlers(conn)

    def register_activity(self, principal: Principal, handler_id: int,
                          activity: dict) -> ActivityRecord:
        """Validate one activity declaration (manifest rules) and record it."""
        handler = self.handler(handler_id)
        if not isinstance(activity, dict):
            raise ConfigError("activity: expected an object")
        # JSON is YAML: validating through the manifest loader gives the same errors.
        text = json.dumps({"handler": {"name": handler.name}, "activities": [activity]},
                          indent=1, ensure_ascii=False)
        manifest = load_texts({"activity.json": text})
        declared = manifest.activities[0]
        body = canonical_json(json.loads(text)["activities"][0])
        with self.db.write() as conn:
            rec = repo.insert_activity(conn, handler_id=handler_id, key=declared["id"],
                                       purpose=declared["purpose"], body=body,
                                       created_at=utc_now())
            audit.record(conn, actor=principal.actor, event="activity.registered",
                         subject=f"handler:{handler_id}", at=rec.created_at,
                         data={"activity_id": rec.id, "key": rec.key,
                               "sha256": hashlib.sha256(body.encode()).hexdigest()})
        return rec

    def activities(self, handler_id: int) -> list[ActivityRecord]:
        with self.db.read() as conn:
            repo.get_handler(conn, handler_id)
            return repo.list_activities(conn, handler_id)

    def run_check(self, principal: Principal, *, files: dict[str, str],
                  handler_id: int | None = None, inventory: dict | None = None
                  ) -> tuple[CheckRunRecord, CheckReport]:
        """Check a manifest given as ``{file: YAML text}``; store the report; log ``check.run``."""
        if not files:
            raise ConfigError("files: give at least one manifest file")
        if handler_id is not None:
            self.handler(handler_id)
        manifest = load_texts(files)
        report = run(manifest, inventory=parse_inventory(inventory, "inventory")
                     if inventory is not None else None)
        return self.record_check(principal, report, handler_id=handler_id), report

    def record_check(self, principal: Principal, report: CheckReport, *,
                     handler_id: int | None = None) -> CheckRunRecord:
        """Store a check report and log ``check.run`` (counts and the report's SHA-256)."""
        text = canonical_json(report.as_dict())
        at = utc_now()
        with self.db.write() as conn:
            rec = check_repo.insert_check_run(conn, handler_id=handler_id, at=at,
                                              actor=principal.actor, report=text)
            audit.record(conn, actor=principal.actor, event="check.run",
                         subject=f"check:{rec.id}", at=at,
                         data={"handler_id": handler_id, "counts": report.counts(),
                               "report_sha256": hashlib.sha256(text.encode()).hexdigest()})
        return rec

    def check_run(self, run_id: int) -> CheckRunRecord:
        with self.db.read() as conn:
            return check_repo.get_check_run(conn, run_id)
