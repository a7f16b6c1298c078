"""Plain, frozen records the repositories return (no ORM objects leave ``store``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class HandlerRecord:
    id: int
    name: str
    sector: str
    ciio: bool
    individuals: int
    created_at: str


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    id: int
    handler_id: int
    key: str
    purpose: str
    body: str  # canonical JSON of the declared activity
    created_at: str


@dataclass(frozen=True, slots=True)
class CheckRunRecord:
    id: int
    handler_id: int | None
    at: str
    actor: str
    report: str  # canonical JSON


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    id: int
    individual: str
    handler_id: int
    purpose: str
    categories: tuple[str, ...]
    separate: bool
    minor_under_14: bool
    guardian: str | None
    notice_version: str
    granted_at: str
    withdrawn_at: str | None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


@dataclass(frozen=True, slots=True)
class AuditEventRecord:
    seq: int
    at: str
    actor: str
    event: str
    subject: str
    data: str  # canonical JSON exactly as hashed
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class TokenRecord:
    id: int
    name: str
    role: str
    subject: str | None
    token_hash: str
    created_at: str
    revoked_at: str | None
