"""Request and response bodies (JSON shapes of the API, versioned with the app)."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, Field

from piguard.store.records import ActivityRecord, ConsentRecord, HandlerRecord


class HandlerIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    sector: str = ""
    ciio: bool = False
    individuals: int = Field(0, ge=0)


class HandlerOut(BaseModel):
    id: int
    name: str
    sector: str
    ciio: bool
    individuals: int
    created_at: str

    @classmethod
    def of(cls, r: HandlerRecord) -> HandlerOut:
        return cls(id=r.id, name=r.name, sector=r.sector, ciio=r.ciio, individuals=r.individuals,
                   created_at=r.created_at)


class ActivityOut(BaseModel):
    id: int
    handler_id: int
    key: str
    purpose: str
    declaration: dict[str, Any]
    created_at: str

    @classmethod
    def of(cls, r: ActivityRecord) -> ActivityOut:
        return cls(id=r.id, handler_id=r.handler_id, key=r.key, purpose=r.purpose,
                   declaration=json.loads(r.body), created_at=r.created_at)


class CheckIn(BaseModel):
    files: dict[str, str] = Field(description="manifest files: name -> YAML text")
    handler_id: int | None = None
    inventory: dict[str, Any] | None = Field(None, description="`piguard scan --json` output")


class CheckOut(BaseModel):
    id: int
    at: str
    actor: str
    report: dict[str, Any]


class ConsentIn(BaseModel):
    individual: str = Field(min_length=1, max_length=200,
                            description="the handler's pseudonymous subject ID (never a raw ID number)")
    handler_id: int
    purpose: str = Field(min_length=1, max_length=200)
    categories: list[str] = Field(min_length=1)
    separate: bool = False
    minor_under_14: bool = False
    guardian: str | None = None
    notice_version: str = ""


class ConsentOut(BaseModel):
    id: int
    individual: str
    handler_id: int
    purpose: str
    categories: list[str]
    separate: bool
    minor_under_14: bool
    guardian: bool
    notice_version: str
    granted_at: str
    withdrawn_at: str | None

    @classmethod
    def of(cls, r: ConsentRecord) -> ConsentOut:
        return cls(id=r.id, individual=r.individual, handler_id=r.handler_id, purpose=r.purpose,
                   categories=list(r.categories), separate=r.separate,
                   minor_under_14=r.minor_under_14, guardian=bool(r.guardian),
                   notice_version=r.notice_version, granted_at=r.granted_at,
                   withdrawn_at=r.withdrawn_at)


class WithdrawPurposeIn(BaseModel):
    individual: str
    handler_id: int
    purpose: str


class DecideIn(BaseModel):
    individual: str
    handler_id: int
    purpose: str
    categories: list[str] = Field(min_length=1)


class ReasonOut(BaseModel):
    code: str
    citation: str
    message: str


class DecisionOut(BaseModel):
    allowed: bool
    reasons: list[ReasonOut]
    consent_ids: list[int]


class AuditEventOut(BaseModel):
    seq: int
    at: str
    actor: str
    event: str
    subject: str
    data: dict[str, Any]
    prev_hash: str
    hash: str


class ChainOut(BaseModel):
    version: int
    ok: bool
    events: int
    head_seq: int
    head_hash: str
    problems: list[str]


class TokenIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    role: str
    subject: str | None = None


class TokenOut(BaseModel):
    id: int
    name: str
    role: str
    subject: str | None
    token: str = Field(description="shown once; only its SHA-256 is stored")
