"""`piguard serve`, `piguard token ...` and `piguard db upgrade`: run the governance service."""

from __future__ import annotations

from typing import Annotated

import typer

from piguard.cli.app import app

token_app = typer.Typer(help="Issue and revoke API tokens.", no_args_is_help=True)
db_app = typer.Typer(help="Manage the governance database schema.", no_args_is_help=True)
app.add_typer(token_app, name="token")
app.add_typer(db_app, name="db")

DbOption = Annotated[str | None, typer.Option("--db", help="Database URL (default: $PIGUARD_DB "
                                              "or sqlite:///piguard.db).")]


@app.command("serve")
def serve_command(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Run the REST service (OpenAPI at /openapi.json, docs at /docs)."""
    import os

    import uvicorn

    from piguard.govern import services

    url = services.database_url(db)
    services.build(url).close()  # migrate (and fail on a bad URL) before binding the port
    os.environ[services.DB_ENV] = url  # read by the app factory (the CLI never imports api)
    uvicorn.run("piguard.api.app:app_from_env", factory=True, host=host, port=port,
                log_level=log_level)


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Option(help="Who or what will use the token.")],
    role: Annotated[str, typer.Option(help="admin, dpo, auditor, regulator or subject.")],
    subject: Annotated[str | None, typer.Option(
        help="For role subject: the individual the token speaks for.")] = None,
    db: DbOption = None,
) -> None:
    """Issue an API token and print it once (only its SHA-256 is stored)."""
    import getpass

    from piguard.govern import services

    svc = services.build(db)
    try:
        token, principal = svc.tokens.create(actor=f"cli:{getpass.getuser()}", name=name,
                                             role=role, subject=subject)
    finally:
        svc.close()
    typer.echo(f"token {principal.token_id} ({principal.role}): {token}", err=True)
    typer.echo(token)


@token_app.command("revoke")
def token_revoke(token_id: int, db: DbOption = None) -> None:
    """Revoke a token at once."""
    import getpass

    from piguard.govern import services

    svc = services.build(db)
    try:
        done = svc.tokens.revoke(actor=f"cli:{getpass.getuser()}", token_id=token_id)
    finally:
        svc.close()
    typer.echo(f"token {token_id} {'revoked' if done else 'was not active'}")


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Apply schema migrations (also done by every command that opens the database)."""
    from piguard.govern import services

    services.build(db).close()
    typer.echo("database schema is up to date")
