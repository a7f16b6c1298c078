"""Find personal information in text and tables.

* :mod:`.engine` — ``detect(text)`` / ``detect_many(texts)``: the text pipeline;
* :mod:`.registry`, :mod:`.recognizers` — every pattern recognizer (pattern, validator,
  context words, scores), shared with column scanning;
* :mod:`.context`, :mod:`.boundaries`, :mod:`.matcher` — the steps the engine is made of;
* :mod:`.stream` — JSON Lines in, findings out (``piguard detect``);
* :mod:`.ner` — the name/address model (PERSON, LOCATION), loaded only when asked for;
* :mod:`.columns` — column scanning.

``piguard.detect`` is both this package and the function: calling the package runs
:func:`piguard.detect.engine.detect`, so ``piguard.detect(text)`` works however the
package was first imported.

>>> import piguard.detect.engine
>>> import piguard
>>> [f.entity_type for f in piguard.detect("邮箱a@b.cn", types=["EMAIL"])]
['EMAIL']
"""

from __future__ import annotations

import sys
import types as _types
from typing import Any

__all__ = ["detect"]


def detect(text: str, types: Any = None, **options: Any) -> list:
    """Find PI in ``text``; see :func:`piguard.detect.engine.detect`."""
    from piguard.detect.engine import detect as run

    return run(text, types, **options)


class _CallablePackage(_types.ModuleType):
    """Lets ``piguard.detect(...)`` call :func:`detect` even when the attribute is the package."""

    def __call__(self, text: str, types: Any = None, **options: Any) -> list:
        return detect(text, types, **options)


sys.modules[__name__].__class__ = _CallablePackage
