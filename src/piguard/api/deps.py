"""Request dependencies: the services, and the authenticated, authorized caller.

Every route depends on :func:`require` with the action it performs; the table
in :mod:`piguard.govern.access` decides who may. A route without it is caught
by the authorization-matrix test.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from piguard.govern.access import Principal, authorize
from piguard.govern.services import Services

_bearer = HTTPBearer(auto_error=False, description="API token issued by `piguard token create`")


# Dependencies are ``async`` so that FastAPI does not send them to the thread pool:
# both are in-memory lookups (a token's principal is cached by the token service).
async def services(request: Request) -> Services:
    return request.app.state.services


ServicesDep = Annotated[Services, Depends(services)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def require(action: str):
    """Dependency: authenticate the bearer token and authorize ``action`` (deny by default)."""

    async def dependency(credentials: Credentials, svc: ServicesDep) -> Principal:
        if credentials is None:
            raise HTTPException(401, "missing bearer token", {"WWW-Authenticate": "Bearer"})
        principal = svc.tokens.authenticate(credentials.credentials)
        if principal is None:
            raise HTTPException(401, "unknown or revoked token", {"WWW-Authenticate": "Bearer"})
        authorize(principal, action)
        return principal

    dependency.action = action  # read by the authorization-matrix test
    return dependency


def allowed(action: str):
    """``Annotated`` type of a route parameter that demands ``action``."""
    return Annotated[Principal, Depends(require(action))]
