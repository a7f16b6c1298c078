"""Anonymize tables with guarantees: privacy models, risk, utility and differential privacy.

Entry points (imported lazily, so ``import piguard.anonymize`` stays cheap):

* :func:`anonymize` — k-anonymity, l-diversity, t-closeness, k-map, δ-presence by
  optimal global recoding (lattice search) or Mondrian local recoding;
* :func:`assess_risk` — prosecutor, journalist and marketer re-identification risk;
* :class:`PrivateTable` and :class:`BudgetLedger` — OpenDP statistics under a budget;
* hierarchy builders in :mod:`piguard.anonymize.hierarchy`.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_LAZY = {
    "AnonymizationResult": "piguard.anonymize.api",
    "BudgetLedger": "piguard.anonymize.dp",
    "Hierarchy": "piguard.anonymize.hierarchy",
    "PrivateTable": "piguard.anonymize.dp",
    "anonymize": "piguard.anonymize.api",
    "assess_risk": "piguard.anonymize.api",
    "read_arx_csv": "piguard.anonymize.hierarchy",
    "read_hierarchies": "piguard.anonymize.hierarchy",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'piguard.anonymize' has no attribute {name!r}")
    return getattr(import_module(module), name)


def __dir__() -> list[str]:
    return __all__
