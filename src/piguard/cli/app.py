"""The Typer application that every command module registers on.

Command modules import only ``typer`` at module level and import the layer they
call inside the command, so that ``piguard detect`` does not pay for the
service, Spark or anonymization code at start-up.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="piguard",
    help="Find, protect and govern personal information (PIPL-first).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Exit codes, documented in the README and shared by every command.
EXIT_OK = 0
EXIT_FINDINGS = 1  # the command worked and found something at/above the chosen threshold
EXIT_USAGE = 2  # bad options or arguments (Typer/Click's own code)
EXIT_INPUT = 3  # an input could not be read at all
EXIT_CONFIG = 4  # a policy, manifest, taxonomy or key problem
EXIT_PARTIAL = 5  # the job finished but skipped some inputs (listed in the report)
EXIT_INTERNAL = 70  # a bug: please report it


@app.callback()
def _root() -> None:
    """Find, protect and govern personal information (PIPL-first)."""


def check_outputs(outputs: dict[str, object], *, prefix: str = "piguard") -> None:
    """Refuse unwritable output paths before any work starts (exit 2, one line).

    ``outputs`` maps how the path is named on the command line (``"--json"``, or ``""``
    for a positional) to the path, or None when the option was not given.
    """
    from piguard.io.atomic import unwritable_reason

    for option, path in outputs.items():
        reason = None if path is None else unwritable_reason(path)
        if reason:
            what = f"{option} {path}" if option else str(path)
            typer.echo(f"{prefix}: cannot write {what}: {reason}", err=True)
            raise typer.Exit(EXIT_USAGE)
