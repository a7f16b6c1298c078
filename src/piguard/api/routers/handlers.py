"""/handlers and their /activities."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body

from piguard.api.deps import ServicesDep, allowed
from piguard.api.schemas import ActivityOut, HandlerIn, HandlerOut

router = APIRouter(prefix="/handlers", tags=["handlers"])

CanCreate = allowed("handler.create")
CanRead = allowed("handler.read")
CanDeclare = allowed("activity.create")
CanReadActivities = allowed("activity.read")
Declaration = Annotated[dict[str, Any], Body(description="one manifest activity")]


@router.post("", status_code=201, response_model=HandlerOut)
def create_handler(body: HandlerIn, who: CanCreate, svc: ServicesDep) -> HandlerOut:
    return HandlerOut.of(svc.registry.register_handler(who, **body.model_dump()))


@router.get("", response_model=list[HandlerOut])
def list_handlers(_: CanRead, svc: ServicesDep) -> list[HandlerOut]:
    return [HandlerOut.of(h) for h in svc.registry.handlers()]


@router.get("/{handler_id}", response_model=HandlerOut)
def get_handler(handler_id: int, _: CanRead, svc: ServicesDep) -> HandlerOut:
    return HandlerOut.of(svc.registry.handler(handler_id))


@router.post("/{handler_id}/activities", status_code=201, response_model=ActivityOut)
def create_activity(handler_id: int, declaration: Declaration, who: CanDeclare,
                    svc: ServicesDep) -> ActivityOut:
    return ActivityOut.of(svc.registry.register_activity(who, handler_id, declaration))


@router.get("/{handler_id}/activities", response_model=list[ActivityOut])
def list_activities(handler_id: int, _: CanReadActivities, svc: ServicesDep) -> list[ActivityOut]:
    return [ActivityOut.of(a) for a in svc.registry.activities(handler_id)]
