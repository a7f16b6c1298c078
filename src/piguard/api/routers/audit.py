"""/audit: read the chain and verify it."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Query

from piguard.api.deps import ServicesDep, allowed
from piguard.api.schemas import AuditEventOut, ChainOut
from piguard.govern import audit

router = APIRouter(prefix="/audit", tags=["audit"])

CanRead = allowed("audit.read")
CanVerify = allowed("audit.verify")


@router.get("/events", response_model=list[AuditEventOut])
def events(_: CanRead, svc: ServicesDep, after: Annotated[int, Query(ge=0)] = 0,
           limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[AuditEventOut]:
    return [AuditEventOut(seq=e.seq, at=e.at, actor=e.actor, event=e.event, subject=e.subject,
                          data=json.loads(e.data), prev_hash=e.prev_hash, hash=e.hash)
            for e in audit.list_events(svc.db, after=after, limit=limit)]


@router.get("/verify", response_model=ChainOut)
def verify(_: CanVerify, svc: ServicesDep) -> ChainOut:
    return ChainOut(**audit.verify(svc.db).as_dict())
