"""/checks: run the rules over a manifest and read stored reports."""

from __future__ import annotations

import json

from fastapi import APIRouter

from piguard.api.deps import ServicesDep, allowed
from piguard.api.schemas import CheckIn, CheckOut

router = APIRouter(prefix="/checks", tags=["checks"])

CanRun = allowed("check.run")
CanRead = allowed("check.read")


@router.post("", status_code=201, response_model=CheckOut)
def run_check(body: CheckIn, who: CanRun, svc: ServicesDep) -> CheckOut:
    rec, report = svc.registry.run_check(who, files=body.files, handler_id=body.handler_id,
                                         inventory=body.inventory)
    return CheckOut(id=rec.id, at=rec.at, actor=rec.actor, report=report.as_dict())


@router.get("/{run_id}", response_model=CheckOut)
def get_check(run_id: int, _: CanRead, svc: ServicesDep) -> CheckOut:
    rec = svc.registry.check_run(run_id)
    return CheckOut(id=rec.id, at=rec.at, actor=rec.actor, report=json.loads(rec.report))
