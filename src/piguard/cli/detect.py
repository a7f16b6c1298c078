"""`piguard detect`: find PI in a JSON Lines stream of texts.

Only ``typer`` is imported at module level; the engine is imported inside the command,
and the name/address model only when PERSON or LOCATION is requested.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from piguard.cli.app import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, app

_STDIO = "-"


@app.command("detect")
def detect_command(
    input: Annotated[str, typer.Option("--input", "-i",
                                       help="JSON Lines file of {\"id\", \"text\"}; - for stdin.")],
    output: Annotated[str, typer.Option("--output", "-o",
                                        help="JSON Lines file to write; - for stdout.")] = _STDIO,
    types: Annotated[str | None, typer.Option(
        "--types", "-t",
        help="Comma-separated entity-type codes (default: all). Leaving out PERSON and "
             "LOCATION skips the name/address model.")] = None,
    threshold: Annotated[float | None, typer.Option(
        min=0.0, max=1.0,
        help="Drop findings scoring below this (default: 0.5 for patterns; every "
             "decision of the name/address model).")] = None,
    skip_bad_lines: Annotated[bool, typer.Option(
        "--skip-bad-lines", help="List bad input lines on stderr and go on (exit code 5).")] = False,
    max_line_bytes: Annotated[int, typer.Option(
        min=1, help="Longest input line accepted; longer lines are bad lines.")] = 16 * 1024 * 1024,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0,
        help="Worker processes for large inputs (0: one per idle CPU, at most 4).")] = 0,
    progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress",
        help="Progress bar on stderr (default: when stderr is a terminal and the input a file).",
    )] = None,
    fail_on_findings: Annotated[bool, typer.Option(
        "--fail-on-findings", help="Exit with code 1 when anything is found.")] = False,
) -> None:
    """Detect personal information in each line's text; write one result line per input line.

    Output lines: {"id": ..., "entities": [{"start", "end", "type", "score"}]}, offsets
    are Python string indices into the text, end exclusive.
    """
    import sys

    from piguard.detect.stream import detect_jsonl
    from piguard.errors import InputError

    wanted = types.split(",") if types else None
    try:
        source = sys.stdin.buffer if input == _STDIO else Path(input).open("rb")  # noqa: SIM115
    except OSError as exc:
        typer.echo(f"piguard detect: cannot read {input}: {exc.strerror}", err=True)
        raise typer.Exit(EXIT_INPUT) from None
    if progress is None:
        progress = input != _STDIO and sys.stderr.isatty()
    try:
        with source, _Sink(output) as sink, _Progress(progress, source) as on_batch:
            stats = detect_jsonl(source, sink, wanted, threshold=threshold,
                                 skip_bad_lines=skip_bad_lines, max_line_bytes=max_line_bytes,
                                 on_batch=on_batch, jobs=jobs or _idle_cpus())
    except InputError as exc:
        typer.echo(f"piguard detect: {input}: {exc}", err=True)
        raise typer.Exit(EXIT_INPUT) from None
    except _OutputError as exc:
        typer.echo(f"piguard detect: cannot write {output}: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if stats.skipped:
        shown = ", ".join(map(str, stats.skipped[:20])) + (" ..." if len(stats.skipped) > 20 else "")
        typer.echo(f"piguard detect: skipped {len(stats.skipped)} bad line(s): {shown}", err=True)
        raise typer.Exit(EXIT_PARTIAL)
    if fail_on_findings and stats.findings:
        raise typer.Exit(EXIT_FINDINGS)
    raise typer.Exit(EXIT_OK)


def _idle_cpus() -> int:
    """CPUs this process may use minus the current load (like ``make -l``), 1 to 4: on a
    busy machine extra workers only add overhead."""
    import os

    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = 0.0
    return max(1, min(4, round(cpus - load)))


class _Progress:
    """A rich progress bar over the input file's bytes (rich is imported only if shown)."""

    def __init__(self, enabled: bool, source) -> None:
        self.enabled, self.source = enabled, source

    def __enter__(self):
        if not self.enabled:
            return None
        import os

        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        total = os.fstat(self.source.fileno()).st_size
        self._bar = Progress(TextColumn("detect"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                             TextColumn("{task.fields[lines]} lines"), TimeRemainingColumn(),
                             transient=True)
        self._bar.__enter__()
        task = self._bar.add_task("detect", total=total, lines=0)

        def on_batch(stats) -> None:
            self._bar.update(task, completed=self.source.tell(), lines=stats.lines)

        return on_batch

    def __exit__(self, *exc) -> None:
        if self.enabled:
            self._bar.__exit__(*exc)


class _OutputError(Exception):
    """The output file cannot be created (a folder, a missing permission)."""


class _Sink:
    """stdout, or a file written atomically (:func:`piguard.io.atomic.atomic_file`)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __enter__(self):
        import sys

        if self.path == _STDIO:
            self._handle = sys.stdout
            return self._handle
        from contextlib import ExitStack

        from piguard.io.atomic import atomic_file

        if Path(self.path).is_dir():
            raise _OutputError("it is a folder")
        try:
            with ExitStack() as stack:
                tmp = stack.enter_context(atomic_file(self.path))
                self._handle = stack.enter_context(open(tmp, "w", encoding="utf-8", newline="\n"))
                self._stack = stack.pop_all()
        except OSError as exc:
            raise _OutputError(exc.strerror or type(exc).__name__) from None
        return self._handle

    def __exit__(self, kind, value, tb) -> None:
        if self.path == _STDIO:
            self._handle.flush()
            return
        self._stack.__exit__(kind, value, tb)
