"""`piguard scan`: inventory the PI in files, folders and database tables."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from piguard.cli.app import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    app,
    check_outputs,
)

_FAIL_ON = ("never", "pi", "sensitive")
_ENGINES = ("local", "spark")


@app.command()
def scan(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH...",
        help="Files, folders (scanned recursively) or database URLs (sqlite:///x.db, "
             "duckdb:///x.duckdb, postgresql://...; add ?table=NAME for one table).")],
    json_out: Annotated[Path | None, typer.Option(
        "--json", help="Write the JSON inventory here.")] = None,
    html_out: Annotated[Path | None, typer.Option(
        "--html", help="Write the HTML report here.")] = None,
    sample_rows: Annotated[int, typer.Option(
        "--sample-rows", min=0,
        help="Rows (or lines) read per table or text file; 0 reads everything.")] = 100_000,
    fail_on: Annotated[str, typer.Option(
        "--fail-on",
        help="Exit with code 1 when PI ('pi') or sensitive PI ('sensitive') is found.")] = "never",
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No progress bar, no summary.")] = False,
    engine: Annotated[str, typer.Option(
        "--engine", help="'local' (this process) or 'spark' (Parquet/CSV on a Spark cluster; "
                         "every row is read).")] = "local",
    master: Annotated[str, typer.Option(
        "--master", help="Spark master URL for --engine spark.")] = "local[*]",
) -> None:
    """Find and classify personal information in tables, text and logs.

    Exit codes: 0 scanned everything; 1 PI found and --fail-on asked for it;
    3 no input could be read; 5 finished, but some inputs, rows or lines were skipped
    (listed).
    """
    if fail_on not in _FAIL_ON:
        raise typer.BadParameter(f"--fail-on must be one of {', '.join(_FAIL_ON)}")
    if engine not in _ENGINES:
        raise typer.BadParameter(f"--engine must be one of {', '.join(_ENGINES)}")
    check_outputs({"--json": json_out, "--html": html_out}, prefix="piguard scan")
    from rich.console import Console

    from piguard.report import write_html, write_json

    if engine == "spark":
        from piguard.engines.spark import scan as spark_scan

        inventory = spark_scan(*paths, master=master)
    else:
        from piguard.engines.scan import scan as run_scan

        with _progress(Console(stderr=True), enabled=not quiet) as progress:
            inventory = run_scan(*paths, sample_rows=sample_rows or None, progress=progress)
    written = []
    try:
        if json_out is not None:
            written.append(("inventory", write_json(inventory, json_out)))
        if html_out is not None:
            written.append(("report", write_html(inventory, html_out)))
    except OSError as exc:
        _fail_output(exc.filename or "", exc.strerror or type(exc).__name__)
    summary = inventory.summary()
    if not quiet:
        _print_summary(Console(), inventory, summary, written)
    else:  # quiet hides the summary, not the reason for a non-zero exit
        for s in inventory.skipped:
            typer.echo(f"piguard scan: skipped {s.location}: {s.reason}", err=True)
        for name, note in _partial(inventory):
            typer.echo(f"piguard scan: {name}: {note}", err=True)
    scanned = summary["datasets"] + summary["text_files"]
    if scanned == 0:
        raise typer.Exit(EXIT_INPUT)
    if (fail_on == "pi" and summary["pi_columns"] + summary["text_files_with_pi"]) or (
            fail_on == "sensitive" and summary["sensitive_categories"]):
        raise typer.Exit(EXIT_FINDINGS)
    raise typer.Exit(EXIT_PARTIAL if summary["skipped"] or summary["partial"] else EXIT_OK)


def _partial(inventory) -> list[tuple[str, str]]:
    """(input, note) for inputs read only in part (the notes name counts and line numbers)."""
    return [(x.name, note) for x in (*inventory.datasets, *inventory.text_files)
            for note in x.notes]


def _fail_output(what: object, reason: str):
    typer.echo(f"piguard scan: cannot write {what}: {reason}", err=True)
    raise typer.Exit(EXIT_USAGE)


class _progress:
    """A rich progress bar fed by ``scan``'s callback (silent when not on a terminal)."""

    def __init__(self, console, enabled: bool) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.enabled = enabled and console.is_terminal
        self.bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(),
                            MofNCompleteColumn(), TextColumn("{task.fields[current]}"),
                            console=console, transient=True, disable=not self.enabled)
        self.task = None

    def __enter__(self):
        self.bar.__enter__()
        return self if self.enabled else None

    def __exit__(self, *exc) -> None:
        self.bar.__exit__(*exc)

    def __call__(self, event) -> None:
        if self.task is None:
            self.task = self.bar.add_task("scanning", total=event.count, current="")
        rows = f"{event.rows_done:,} rows" if event.rows_done else ""
        self.bar.update(self.task, completed=event.index + (1 if event.finished else 0),
                        current=f"{event.name} {rows}")


def _print_summary(console, inventory, summary, written) -> None:
    from rich.table import Table

    table = Table(title="PI inventory", title_justify="left")
    table.add_column("data set", overflow="fold", min_width=24)
    table.add_column("rows", justify="right", no_wrap=True)
    table.add_column("PI", overflow="fold", max_width=26)
    table.add_column("sensitive", overflow="fold", max_width=24)
    for d in inventory.datasets:
        sensitive = [c.name for c in d.columns if c.sensitive]
        rows = f"{d.rows_scanned:,}" + (" (sampled)" if d.sampled else "")
        shown = ", ".join(sensitive[:4]) + (" ..." if len(sensitive) > 4 else "")
        table.add_row(d.name, rows, f"{sum(c.pi for c in d.columns)} col.",
                      f"[red]{shown}[/red]" if sensitive else "-")
    for t in inventory.text_files:
        kinds = ", ".join(f"{f['entity_type']}×{f['count']}" for f in t.findings[:4])
        sensitive = ", ".join(f["entity_type"] for f in t.findings if f["sensitive"])
        table.add_row(t.name, f"{t.lines_scanned:,} lines", kinds or "-",
                      f"[red]{sensitive}[/red]" if sensitive else "-")
    if inventory.datasets or inventory.text_files:
        console.print(table)
    console.print(
        f"{summary['pi_columns']} of {summary['columns']} columns hold PI, "
        f"{summary['sensitive_columns']} sensitive; {summary['text_files_with_pi']} of "
        f"{summary['text_files']} text files hold PI.")
    for warning in inventory.options.get("warnings", []):
        console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)
    if inventory.skipped:
        console.print(f"[yellow]{len(inventory.skipped)} input(s) skipped:[/yellow]")
        for s in inventory.skipped:
            console.print(f"  {s.location}: {s.reason}", markup=False, highlight=False)
    if summary["partial"]:
        console.print(f"[yellow]{summary['partial']} input(s) read in part:[/yellow]")
        for name, note in _partial(inventory):
            console.print(f"  {name}: {note}", markup=False, highlight=False)
    for label, path in written:
        console.print(f"{label} written to {path.resolve()}", markup=False, highlight=False)
