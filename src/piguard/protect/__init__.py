"""Protect personal information so that data can flow: operators, policies, keys.

* :mod:`.operators` — redact, tag, mask, pseudonym (HMAC-SHA256/SM3), FF1 FPE with
  valid check digits, AES-SIV/SM4 encryption, generalization, rounding, noise,
  date shifting, suppression; each on one value and on an Arrow array;
* :mod:`.policy` — YAML policies validated with line-numbered errors, and the
  PIPL-first default;
* :mod:`.keys`, :mod:`.keystore` — key providers (memory, environment, passphrase
  keystore), versions and rotation;
* :mod:`.text`, :mod:`.table`, :mod:`.verify`, :mod:`.reidlog` — free text, Arrow
  batches, the verification pass and the re-identification log;
* :mod:`.api` — ``protect(data, policy)``.

``piguard.protect`` is both this package and the function: calling the package runs
:func:`piguard.protect.api.protect`, so ``piguard.protect(text_or_table, policy)``
works however the package was first imported.
"""

from __future__ import annotations

import sys
import types
from typing import Any

__all__ = ["protect"]


def protect(data: Any, policy: Any = None, **options: Any) -> Any:
    """Protect a text, a list of texts or a table; see :func:`piguard.protect.api.protect`."""
    from piguard.protect.api import protect as run

    return run(data, policy, **options)


class _CallablePackage(types.ModuleType):
    """Lets ``piguard.protect(...)`` call :func:`protect` even when the attribute is the package."""

    def __call__(self, data: Any, policy: Any = None, **options: Any) -> Any:
        return protect(data, policy, **options)


sys.modules[__name__].__class__ = _CallablePackage
