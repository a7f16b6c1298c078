"""Entry point of the ``piguard`` command."""

from __future__ import annotations

import sys
from importlib import import_module

from piguard.cli.app import EXIT_CONFIG, EXIT_INPUT, app

# Each module registers its commands on ``app`` when imported.
_COMMAND_MODULES = (
    "detect",
    "scan",
    "protect",
    "anonymize",
    "govern",
    "serve",
)

for _name in _COMMAND_MODULES:
    import_module(f"piguard.cli.{_name}")


@app.command()
def version() -> None:
    """Print piguard's version."""
    from piguard import __version__

    print(__version__)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; map piguard's own errors to documented exit codes."""
    from piguard.errors import ConfigError, InputError, KeyError_, PiguardError

    try:
        app(args=argv, standalone_mode=True)
    except (ConfigError, KeyError_) as exc:
        print(f"piguard: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_CONFIG) from None
    except InputError as exc:
        print(f"piguard: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_INPUT) from None
    except PiguardError as exc:
        print(f"piguard: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_CONFIG) from None


if __name__ == "__main__":
    main()
