"""The one place where piguard's errors become HTTP statuses."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from piguard.errors import (
    AuthorizationError,
    ConfigError,
    InputError,
    IntegrityError,
    NotFound,
    PiguardError,
    StoreError,
)

# Most specific first: NotFound is a StoreError, so it must be looked up before it.
STATUS: tuple[tuple[type[PiguardError], int], ...] = (
    (NotFound, 404),
    (AuthorizationError, 403),
    (ConfigError, 422),
    (InputError, 422),
    (IntegrityError, 409),
    (StoreError, 503),
    (PiguardError, 400),
)


def status_for(exc: PiguardError) -> int:
    """HTTP status for a piguard error.

    >>> status_for(NotFound("x")), status_for(StoreError("x")), status_for(ConfigError("x"))
    (404, 503, 422)
    """
    return next(code for cls, code in STATUS if isinstance(exc, cls))


def install(app: FastAPI) -> None:
    @app.exception_handler(PiguardError)
    async def _piguard_error(_request: Request, exc: PiguardError) -> JSONResponse:
        body: dict = {"error": type(exc).__name__, "detail": str(exc)}
        problems = getattr(exc, "problems", None)
        if problems:
            body["problems"] = [{"file": p.where.file, "line": p.where.line, "field": p.field,
                                 "message": p.message} for p in problems]
        return JSONResponse(body, status_code=status_for(exc))
