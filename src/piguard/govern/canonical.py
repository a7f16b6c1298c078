"""Canonical JSON and UTC timestamps: what gets hashed must serialize one way only."""

from __future__ import annotations

import json
from datetime import UTC, datetime


def canonical_json(value: object) -> str:
    """Serialize with sorted keys, no spaces, UTF-8 kept as is.

    >>> canonical_json({"b": 1, "a": [True, None, "个人"]})
    '{"a":[true,null,"个人"],"b":1}'
    """
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False)


def utc_now() -> str:
    """The current instant as ISO-8601 UTC with microseconds (sortable as text)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
