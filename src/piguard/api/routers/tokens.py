"""/tokens: issue and revoke API tokens (admin only)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from piguard.api.deps import ServicesDep, allowed
from piguard.api.schemas import TokenIn, TokenOut
from piguard.errors import NotFound

router = APIRouter(prefix="/tokens", tags=["tokens"])

CanCreate = allowed("token.create")
CanRevoke = allowed("token.revoke")


@router.post("", status_code=201, response_model=TokenOut)
def create_token(body: TokenIn, who: CanCreate, svc: ServicesDep) -> TokenOut:
    token, p = svc.tokens.create(actor=who.actor, name=body.name, role=body.role,
                                 subject=body.subject)
    return TokenOut(id=p.token_id, name=p.name, role=p.role, subject=p.subject, token=token)


@router.delete("/{token_id}", status_code=204)
def revoke_token(token_id: int, who: CanRevoke, svc: ServicesDep) -> Response:
    if not svc.tokens.revoke(actor=who.actor, token_id=token_id):
        raise NotFound(f"no active token with id {token_id}")
    return Response(status_code=204)
