"""The FastAPI application: routers, error mapping, services from the composition root.

``create_app(services)`` is what tests use; ``piguard serve`` builds the services
from a database URL and runs this app under uvicorn.
"""

from __future__ import annotations

from fastapi import FastAPI

from piguard import __version__
from piguard.api import errors
from piguard.api.routers import audit, checks, consents, handlers, tokens
from piguard.govern import services as composition
from piguard.govern.services import Services

#: One router per resource, in the order they are mounted.
ROUTERS = (handlers.router, checks.router, consents.router, audit.router, tokens.router)
#: Paths anyone may call (everything else needs a token with the right role).
PUBLIC_PATHS = frozenset({"/health", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"})


def create_app(svc: Services) -> FastAPI:
    app = FastAPI(
        title="piguard governance service",
        version=__version__,
        description="Processing activities, PIPL checks, consent ledger and audit chain. "
                    "Authenticate with `Authorization: Bearer <token>`.",
    )
    app.state.services = svc
    errors.install(app)
    for router in ROUTERS:
        app.include_router(router)

    @app.get("/health", tags=["health"])
    async def health() -> dict:
        return {"status": "ok", "version": __version__, "backend": svc.db.backend}

    return app


def app_from_env() -> FastAPI:
    """App factory for ``uvicorn --factory piguard.api.app:app_from_env`` (and ``piguard serve``).

    The database is ``$PIGUARD_DB`` (else ``sqlite:///piguard.db``), migrated on start.
    """
    errors.install_access_log_filter()
    return create_app(composition.build())
