"""The consent ledger: grant, withdraw, and decide whether processing may go ahead.

One grant covers an individual × handler × purpose × set of categories (PI item
codes or whole taxonomy categories). Withdrawal takes one call and is effective
for the very next decision (PIPL art. 15). :meth:`ConsentLedger.may_process`
answers yes or no with the reasons and the articles they rest on:

- a consent for the purpose must be in force (arts. 13(1)(1), 14);
- it must cover every category asked for (art. 14; App Method 2019 item 3.3);
- sensitive categories need a separate consent (art. 29);
- an individual under 14 needs a guardian's consent (art. 31).
"""

from __future__ import annotations

from dataclasses import dataclass

from piguard.errors import ConfigError
from piguard.govern import audit
from piguard.govern.access import Principal, require_self
from piguard.govern.canonical import utc_now
from piguard.govern.categories import category_codes, category_of, item_codes, sensitive
from piguard.store import consents as repo
from piguard.store import handlers as handler_repo
from piguard.store.db import Database
from piguard.store.records import ConsentRecord


@dataclass(frozen=True, slots=True)
class Reason:
    code: str
    citation: str
    message: str


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    reasons: tuple[Reason, ...]
    consent_ids: tuple[int, ...] = ()

    def as_dict(self) -> dict:
        return {"allowed": self.allowed, "consent_ids": list(self.consent_ids),
                "reasons": [{"code": r.code, "citation": r.citation, "message": r.message}
                            for r in self.reasons]}


def _check_codes(categories: list[str]) -> tuple[str, ...]:
    if not categories:
        raise ConfigError("categories: name at least one PI item or taxonomy category")
    known = item_codes() | category_codes()
    unknown = sorted(set(categories) - known)
    if unknown:
        raise ConfigError(f"categories: unknown code(s) {', '.join(unknown)}")
    return tuple(sorted(set(categories)))


def _covered(code: str, granted: set[str]) -> bool:
    return code in granted or category_of(code) in granted


class ConsentLedger:
    def __init__(self, db: Database):
        self.db = db

    def grant(self, principal: Principal, *, individual: str, handler_id: int, purpose: str,
              categories: list[str], separate: bool = False, minor_under_14: bool = False,
              guardian: str | None = None, notice_version: str = "") -> ConsentRecord:
        require_self(principal, individual)
        cats = _check_codes(categories)
        if not purpose.strip():
            raise ConfigError("purpose: required")
        if minor_under_14 and not guardian:
            raise ConfigError("guardian: consent for a minor under 14 must be given by a parent "
                              "or other guardian (PIPL art. 31)")
        with self.db.write() as conn:
            handler_repo.get_handler(conn, handler_id)
            rec = repo.insert_consent(conn, individual=individual, handler_id=handler_id,
                                      purpose=purpose, categories=cats, separate=separate,
                                      minor_under_14=minor_under_14, guardian=guardian,
                                      notice_version=notice_version, granted_at=utc_now())
            audit.record(conn, actor=principal.actor, event="consent.granted",
                         subject=f"individual:{individual}", at=rec.granted_at, data={
                             "consent_id": rec.id, "handler_id": handler_id, "purpose": purpose,
                             "categories": list(cats), "separate": separate,
                             "minor_under_14": minor_under_14, "guardian": bool(guardian),
                             "notice_version": notice_version})
        return rec

    def withdraw(self, principal: Principal, consent_id: int) -> ConsentRecord:
        """Withdraw one grant (idempotent: a second call changes and logs nothing)."""
        with self.db.write() as conn:
            rec = repo.get_consent(conn, consent_id)
            require_self(principal, rec.individual)
            at = utc_now()
            if repo.mark_withdrawn(conn, consent_id, at):
                audit.record(conn, actor=principal.actor, event="consent.withdrawn",
                             subject=f"individual:{rec.individual}", at=at,
                             data={"consent_id": consent_id, "handler_id": rec.handler_id,
                                   "purpose": rec.purpose})
            return repo.get_consent(conn, consent_id)

    def withdraw_purpose(self, principal: Principal, *, individual: str, handler_id: int,
                         purpose: str) -> list[ConsentRecord]:
        """Withdraw every grant in force for one purpose, in one call."""
        require_self(principal, individual)
        with self.db.read() as conn:
            ids = [c.id for c in repo.consents_for(conn, individual=individual,
                                                   handler_id=handler_id, purpose=purpose,
                                                   active_only=True)]
        return [self.withdraw(principal, i) for i in ids]

    def list_for(self, principal: Principal, *, individual: str,
             handler_id: int | None = None) -> list[ConsentRecord]:
        require_self(principal, individual)
        with self.db.read() as conn:
            return repo.consents_for(conn, individual=individual, handler_id=handler_id)

    def may_process(self, *, individual: str, handler_id: int, purpose: str,
                    categories: list[str]) -> Decision:
        wanted = _check_codes(categories)
        with self.db.read_single() as conn:
            grants = repo.grants_of(conn, individual=individual, handler_id=handler_id)
        return decide(grants, purpose=purpose, categories=wanted)


def decide(grants: list[ConsentRecord], *, purpose: str, categories: tuple[str, ...]) -> Decision:
    """The decision for ``categories`` under ``purpose`` given every grant of the individual."""
    reasons: list[Reason] = []
    minor = any(g.minor_under_14 for g in grants) or "MINOR_UNDER_14" in {
        category_of(c) for c in categories}
    for_purpose = [g for g in grants if g.purpose == purpose]
    active = [g for g in for_purpose if g.active]
    if not active:
        if for_purpose:
            return Decision(False, (Reason("consent.withdrawn", "PIPL art. 15",
                                           f"consent for {purpose!r} was withdrawn"),))
        return Decision(False, (Reason("consent.missing", "PIPL art. 13(1)(1); art. 14",
                                       f"no consent for {purpose!r}"),))
    granted = {c for g in active for c in g.categories}
    missing = [c for c in categories if not _covered(c, granted)]
    if missing:
        reasons.append(Reason("consent.scope", "PIPL art. 14; App Method (2019) item 3.3",
                              f"consent does not cover {', '.join(missing)}"))
    sens = [c for c in categories if sensitive([category_of(c)])]
    separate = {c for g in active if g.separate for c in g.categories}
    lacking = [c for c in sens if c not in missing and not _covered(c, separate)]
    if lacking:
        reasons.append(Reason("consent.separate_required", "PIPL art. 29",
                              f"sensitive PI {', '.join(lacking)} needs a separate consent"))
    if minor:
        covering = [g for g in active if any(_covered(c, set(g.categories)) for c in categories)]
        if not covering or not all(g.guardian for g in covering):
            reasons.append(Reason("consent.guardian_required", "PIPL art. 31",
                                  "the individual is under 14: a guardian's consent is required"))
    if reasons:
        return Decision(False, tuple(reasons))
    used = tuple(g.id for g in active if any(_covered(c, set(g.categories)) for c in categories))
    return Decision(True, (Reason("consent.valid", "PIPL art. 13(1)(1); art. 14",
                                  f"consent in force for {purpose!r} covers every category"),),
                    used)
