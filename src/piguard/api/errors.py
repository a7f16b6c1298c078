"""The one place where piguard's errors become HTTP statuses."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
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


def validation_problems(errors: list[dict]) -> list[dict]:
    """FastAPI's validation errors without ``input``/``ctx``: they echo the request body,
    which holds personal information (a phone number, an ID) that must not come back.

    >>> validation_problems([{"type": "missing", "loc": ("body", "individual"),
    ...                       "msg": "Field required", "input": {"subject": "13800138000"}}])
    [{'type': 'missing', 'loc': ['body', 'individual'], 'msg': 'Field required'}]
    """
    return [{"type": e.get("type"), "loc": list(e.get("loc", ())), "msg": e.get("msg")}
            for e in errors]


class QueryStringFilter(logging.Filter):
    """Drop query strings from uvicorn's access log (``?individual=<phone>`` is PI).

    >>> record = logging.LogRecord("uvicorn.access", logging.INFO, "", 0, "%s %s", (
    ...     "GET", "/consents?individual=13800138000"), None)
    >>> QueryStringFilter().filter(record), record.getMessage()
    (True, 'GET /consents?…')
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_without_query(a) for a in record.args)
        return True


def _without_query(value: object) -> object:
    if isinstance(value, str) and value.startswith("/") and "?" in value:
        return value.partition("?")[0] + "?…"
    return value


def install_access_log_filter() -> None:
    """Idempotent: the factory may run more than once in one process."""
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, QueryStringFilter) for f in logger.filters):
        logger.addFilter(QueryStringFilter())


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": validation_problems(list(exc.errors()))}, status_code=422)

    @app.exception_handler(PiguardError)
    async def _piguard_error(_request: Request, exc: PiguardError) -> JSONResponse:
        body: dict = {"error": type(exc).__name__, "detail": str(exc)}
        problems = getattr(exc, "problems", None)
        if problems:
            body["problems"] = [{"file": p.where.file, "line": p.where.line, "field": p.field,
                                 "message": p.message} for p in problems]
        return JSONResponse(body, status_code=status_for(exc))
