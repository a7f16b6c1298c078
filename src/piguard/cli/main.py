"""Entry point of the ``piguard`` command."""

from __future__ import annotations

import sys
from importlib import import_module

from piguard.cli.app import EXIT_CONFIG, EXIT_INPUT, EXIT_INTERNAL, app

# Each module registers its commands on ``app`` when imported.
_COMMAND_MODULES = (
    "detect",
    "scan",
    "protect",
    "anonymize",
    "govern",
    "serve",
)


def _register(argv: list[str]) -> None:
    """Import the command modules (each registers its commands on ``app``).

    ``piguard detect`` registers only its own module: Typer builds the parser of every
    registered command at start-up (~10 ms for all of them), and detect's throughput
    is measured on the whole process. Any other command line registers them all.
    """
    wanted = ("detect",) if argv[:1] == ["detect"] else _COMMAND_MODULES
    for name in wanted:
        import_module(f"piguard.cli.{name}")


# At import: the fast path only for the ``piguard`` program itself (an importer such as
# a test runner always gets every command).
_register(sys.argv[1:] if sys.argv and sys.argv[0].endswith(("piguard", "piguard.exe"))
          else [])


@app.command()
def version() -> None:
    """Print piguard's version."""
    from piguard import __version__

    print(__version__)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; map errors to documented exit codes with a one-line message.

    An unexpected exception prints its type only (its message might quote a value from
    the data); ``PIGUARD_DEBUG=1`` shows the whole traceback.
    """
    import os

    from piguard.errors import ConfigError, InputError, KeyError_, PiguardError

    _register(sys.argv[1:] if argv is None else list(argv))
    try:
        app(args=argv, standalone_mode=True)
    except (ConfigError, KeyError_) as exc:
        _fail(f"piguard: {exc}", EXIT_CONFIG)
    except InputError as exc:
        _fail(f"piguard: {exc}", EXIT_INPUT)
    except PiguardError as exc:
        _fail(f"piguard: {exc}", EXIT_CONFIG)
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        _fail(f"piguard: {exc.strerror or type(exc).__name__}{where}", EXIT_INPUT)
    except Exception as exc:
        if os.environ.get("PIGUARD_DEBUG"):
            raise
        _fail(f"piguard: internal error ({type(exc).__name__}); please report it, "
              "with PIGUARD_DEBUG=1 set to see the traceback", EXIT_INTERNAL)


def _fail(message: str, code: int) -> None:
    print(message, file=sys.stderr)
    raise SystemExit(code) from None


if __name__ == "__main__":
    main()
