"""/consents: grant, withdraw (one call), list, and decide."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from piguard.api.deps import ServicesDep, allowed
from piguard.api.schemas import ConsentIn, ConsentOut, DecideIn, DecisionOut, WithdrawPurposeIn

router = APIRouter(prefix="/consents", tags=["consents"])

CanGrant = allowed("consent.grant")
CanWithdraw = allowed("consent.withdraw")
CanRead = allowed("consent.read")
CanDecide = allowed("consent.decide")


@router.post("", status_code=201, response_model=ConsentOut)
def grant(body: ConsentIn, who: CanGrant, svc: ServicesDep) -> ConsentOut:
    return ConsentOut.of(svc.consents.grant(who, **body.model_dump()))


@router.get("", response_model=list[ConsentOut])
def list_consents(individual: Annotated[str, Query(min_length=1)], who: CanRead,
                  svc: ServicesDep, handler_id: int | None = None) -> list[ConsentOut]:
    return [ConsentOut.of(c) for c in svc.consents.list_for(who, individual=individual,
                                                            handler_id=handler_id)]


@router.post("/withdraw", response_model=list[ConsentOut])
def withdraw_purpose(body: WithdrawPurposeIn, who: CanWithdraw,
                     svc: ServicesDep) -> list[ConsentOut]:
    return [ConsentOut.of(c) for c in svc.consents.withdraw_purpose(who, **body.model_dump())]


@router.post("/decide", response_model=DecisionOut)
async def decide(body: DecideIn, _: CanDecide, svc: ServicesDep) -> DecisionOut:
    # The hot path. On embedded SQLite its one indexed SELECT (~0.3 ms) runs on the event
    # loop: cheaper than the thread-pool hops of a sync route (3.2 vs 5.7 ms per request in
    # process, client included). With a database server the wait is a network round trip,
    # spent in a worker thread so the loop keeps serving.
    ask = body.model_dump()
    if svc.db.embedded:
        decision = svc.consents.may_process(**ask)
    else:
        decision = await run_in_threadpool(svc.consents.may_process, **ask)
    return DecisionOut(**decision.as_dict())


@router.post("/{consent_id}/withdraw", response_model=ConsentOut)
def withdraw(consent_id: int, who: CanWithdraw, svc: ServicesDep) -> ConsentOut:
    return ConsentOut.of(svc.consents.withdraw(who, consent_id))
