"""`piguard check`, `piguard audit ...` and `piguard consent ...`: governance from the shell.

``check`` needs no database. ``audit`` and ``consent`` open the governance
database (``--db`` URL, else ``$PIGUARD_DB``, else ``sqlite:///piguard.db``) and
act as a local operator: whoever can run them can read the database anyway.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Annotated

import typer

from piguard.cli.app import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, app, check_outputs

audit_app = typer.Typer(help="Verify the audit chain and join logs to it.", no_args_is_help=True)
consent_app = typer.Typer(help="Grant, withdraw and check consents.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")
app.add_typer(consent_app, name="consent")

DbOption = Annotated[str | None, typer.Option("--db", help="Database URL (default: $PIGUARD_DB "
                                              "or sqlite:///piguard.db).")]
FORMATS = ("text", "json", "sarif")


def _write(text: str, output: Path | None) -> None:
    """Print, or write atomically (temp file in the same folder, then rename)."""
    if output is None:
        typer.echo(text, nl=False)
        return
    from piguard.io.atomic import write_text

    try:
        write_text(text, output)
    except OSError as exc:
        _cannot_write(output, exc.strerror or type(exc).__name__)


def _cannot_write(output: Path, reason: str):
    typer.echo(f"piguard: cannot write {output}: {reason}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _operator():
    from piguard.govern.access import Principal

    return Principal(0, f"cli:{getpass.getuser()}", "admin")


@app.command("check")
def check_command(
    manifest_dir: Annotated[Path, typer.Argument(help="Folder (or file) of manifest YAML.")],
    inventory: Annotated[Path | None, typer.Option(
        "--inventory", help="Scan inventory (`piguard scan --json`) to compare with.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text, json or sarif.")] = "text",
    fail_on: Annotated[str, typer.Option(
        "--fail-on", help="Exit 1 when a finding is at/above: info, low, medium, high, "
                          "critical, or none.")] = "high",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
    today: Annotated[str | None, typer.Option(
        "--today", help="Date to judge periodic duties against (YYYY-MM-DD).")] = None,
    record: Annotated[bool, typer.Option(
        "--record", help="Store the report and log `check.run` in the audit chain (--db).")] = False,
    db: DbOption = None,
) -> None:
    """Check processing declarations against PIPL, the 2019 app method and the necessary-PI rules."""
    from datetime import date

    from piguard.errors import ConfigError
    from piguard.govern import inventory as inventory_mod
    from piguard.govern.check import RENDERERS, run
    from piguard.govern.manifest import load_dir
    from piguard.govern.rules import severity_rank

    if fmt not in RENDERERS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    if fail_on != "none":
        severity_rank(fail_on)
    check_outputs({"": output})
    try:
        day = date.fromisoformat(today) if today else None
    except ValueError:
        raise ConfigError(f"--today: not a date: {today!r}") from None
    manifest = load_dir(manifest_dir)
    inv = inventory_mod.load(inventory) if inventory else None
    report = run(manifest, inventory=inv, today=day)
    if record:
        from piguard.govern import services

        svc = services.build(db)
        try:
            rec = svc.registry.record_check(_operator(), report)
        finally:
            svc.close()
        typer.echo(f"check run {rec.id} recorded in the audit chain", err=True)
    _write(RENDERERS[fmt](report), output)
    if fail_on != "none" and report.fails(fail_on):
        raise typer.Exit(EXIT_FINDINGS)
    raise typer.Exit(EXIT_OK)


@audit_app.command("verify")
def audit_verify(db: DbOption = None,
                 as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False
                 ) -> None:
    """Walk the audit chain; exit non-zero when any row was altered, removed or reordered."""
    import json

    from piguard.govern import audit, services

    svc = services.build(db)
    try:
        report = audit.verify(svc.db)
    finally:
        svc.close()
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False))
    elif report.ok:
        typer.echo(f"audit chain OK: {report.events} events; head {report.head_seq} "
                   f"{report.head_hash}")
    else:
        typer.echo(f"audit chain BROKEN ({len(report.problems)} problem(s)):", err=True)
        for problem in report.problems:
            typer.echo(f"  {problem}", err=True)
    raise typer.Exit(EXIT_OK if report.ok else EXIT_FINDINGS)  # a broken chain is a finding


@audit_app.command("import-reid")
def audit_import_reid(log: Annotated[Path, typer.Argument(help="Re-identification log (JSONL).")],
                      db: DbOption = None) -> None:
    """Append each re-identification log line to the chain as ``value.reidentified``."""
    from piguard.govern import audit, services

    svc = services.build(db)
    try:
        added = audit.import_reidentification_log(svc.db, log, actor=_operator().actor)
    finally:
        svc.close()
    typer.echo(f"imported {added} re-identification event(s)")


@audit_app.command("log")
def audit_log(db: DbOption = None, after: int = 0, limit: int = 50) -> None:
    """Print audit events as JSON Lines (sequence, time, actor, event, subject, data, hash)."""
    import json

    from piguard.govern import audit, services

    svc = services.build(db)
    try:
        for e in audit.list_events(svc.db, after=after, limit=limit):
            typer.echo(json.dumps({"seq": e.seq, "at": e.at, "actor": e.actor, "event": e.event,
                                   "subject": e.subject, "data": json.loads(e.data),
                                   "hash": e.hash}, ensure_ascii=False))
    finally:
        svc.close()


@consent_app.command("grant")
def consent_grant(
    individual: str, handler_id: int, purpose: str,
    categories: Annotated[str, typer.Option(help="Comma-separated PI items or categories.")],
    separate: bool = False, minor_under_14: bool = False, guardian: str | None = None,
    db: DbOption = None,
) -> None:
    """Record a consent (logged as ``consent.granted``)."""
    from piguard.govern import services

    svc = services.build(db)
    try:
        rec = svc.consents.grant(_operator(), individual=individual, handler_id=handler_id,
                                 purpose=purpose, categories=categories.split(","),
                                 separate=separate, minor_under_14=minor_under_14,
                                 guardian=guardian)
    finally:
        svc.close()
    typer.echo(f"consent {rec.id} granted at {rec.granted_at}")


@consent_app.command("withdraw")
def consent_withdraw(consent_id: int, db: DbOption = None) -> None:
    """Withdraw a consent at once (logged as ``consent.withdrawn``)."""
    from piguard.govern import services

    svc = services.build(db)
    try:
        rec = svc.consents.withdraw(_operator(), consent_id)
    finally:
        svc.close()
    typer.echo(f"consent {rec.id} withdrawn at {rec.withdrawn_at}")


@consent_app.command("check")
def consent_check(
    individual: str, handler_id: int, purpose: str,
    categories: Annotated[str, typer.Option(help="Comma-separated PI items or categories.")],
    db: DbOption = None,
) -> None:
    """May this processing go ahead? Prints the decision, reasons and citations; exit 1 if not."""
    from piguard.govern import services

    svc = services.build(db)
    try:
        decision = svc.consents.may_process(individual=individual, handler_id=handler_id,
                                            purpose=purpose, categories=categories.split(","))
    finally:
        svc.close()
    typer.echo("allowed" if decision.allowed else "refused")
    for r in decision.reasons:
        typer.echo(f"  {r.code}: {r.message} [{r.citation}]")
    raise typer.Exit(EXIT_OK if decision.allowed else EXIT_FINDINGS)
