"""`piguard protect` commands (filled in by its issue)."""

from __future__ import annotations

from piguard.cli.app import app  # noqa: F401
