"""The public surface of piguard.anonymize: sorted, lazy, and every name resolves."""

from __future__ import annotations

import pytest

import piguard.anonymize as anonymize_pkg


def test_all_is_sorted_and_resolves():
    assert anonymize_pkg.__all__ == sorted(anonymize_pkg.__all__)
    for name in anonymize_pkg.__all__:
        assert getattr(anonymize_pkg, name) is not None
    with pytest.raises(AttributeError):
        anonymize_pkg.no_such_name  # noqa: B018
