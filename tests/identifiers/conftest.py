"""Shared helpers for identifier tests: enumerate identifier modules."""

from __future__ import annotations

import importlib
import pkgutil

import piguard.identifiers as identifiers_pkg

# Modules in piguard.identifiers that are infrastructure, not identifiers.
NOT_IDENTIFIERS = {"normalize", "regions"}


def identifier_modules():
    """Every identifier module, discovered so a new module is covered automatically."""
    mods = []
    for info in pkgutil.iter_modules(identifiers_pkg.__path__):
        if info.ispkg or info.name.startswith("_") or info.name in NOT_IDENTIFIERS:
            continue
        mods.append(importlib.import_module(f"piguard.identifiers.{info.name}"))
    return mods
