"""piguard: find, protect and govern personal information (PIPL-first).

The public API is what ``__all__`` lists; heavy parts are imported lazily so
that ``import piguard`` stays cheap for command-line use.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# name -> module that defines it; resolved on first access (PEP 562).
_LAZY = {
    "Finding": "piguard.detect.finding",
    "detect": "piguard.detect.engine",
    "scan": "piguard.engines.scan",
    "protect": "piguard.engines.protect",
}

# Sub-packages offered under a short name: ``piguard.spark.scan(df)``.
_MODULES = {
    "spark": "piguard.engines.spark",
}

__all__ = sorted(["__version__", *_LAZY, *_MODULES])


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        value = import_module(_MODULES[name])
        globals()[name] = value
        return value
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'piguard' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
