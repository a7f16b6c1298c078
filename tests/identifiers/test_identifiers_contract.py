"""Every identifier module keeps the shared contract; junk never makes is_valid raise.

Modules are discovered with pkgutil, so a new identifier module is covered without
editing this file.
"""

from __future__ import annotations

import doctest
import inspect

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from piguard.errors import InvalidIdentifier

from .conftest import identifier_modules

MODULES = identifier_modules()
IDS = [m.__name__.rsplit(".", 1)[1] for m in MODULES]
REQUIRED = ("compact", "validate", "is_valid", "format")


def _entity_types() -> set[str]:
    """Entity-type codes of the taxonomy (the one list every part shares)."""
    from piguard.taxonomy import loader

    return {entity.code for entity in loader.entity_types()}


JUNK = [
    None, 0, 12345678, 3.14, b"110105194912310021", bytearray(b"abc"), [], {}, object(),
    "", " ", "\x00", "\n\t", "-", "()", "@", "://", "٣٤٥", "²³", "１２３", "𝟏𝟐𝟑",
    "\ud800", "e\u0301", "0" * 10_000, "9" * 1_000_000, "a" * 1_000_000, "中文" * 5000,
    "11010519491231002X" * 100, "京A12345" * 50, "+86 138 0013 8000 " * 100,
]  # fmt: skip


def test_modules_are_discovered():
    assert {"cn_ric", "bank_card", "cn_uscc", "cn_mobile", "iban", "wechat"} <= set(IDS)


@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_required_functions_and_docstring(module):
    for name in REQUIRED:
        assert callable(getattr(module, name, None)), f"{module.__name__} lacks {name}()"
        assert name in module.__all__
    assert module.ENTITY_TYPE in _entity_types()
    doc = module.__doc__ or ""
    assert any("\u4e00" <= ch <= "\u9fff" for ch in doc), "docstring names it in Chinese"
    assert "Structure" in doc, "docstring describes the structure"
    assert ">>>" in doc, "module docstring has doctest examples"
    tests = doctest.DocTestFinder().find(module)
    assert sum(len(t.examples) for t in tests) >= 3


@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_check_digit_kinds_expose_calc(module):
    source = inspect.getsource(module)
    if "InvalidChecksum(" in source:
        assert callable(getattr(module, "calc_check_digit", None)) or callable(
            getattr(module, "calc_check_digits", None)
        ), f"{module.__name__} raises InvalidChecksum but offers no calc_check_digit"


@pytest.mark.parametrize("module", MODULES, ids=IDS)
@pytest.mark.parametrize("junk", JUNK, ids=range(len(JUNK)))
def test_is_valid_never_raises_on_junk(module, junk):
    assert module.is_valid(junk) in (True, False)
    if not isinstance(junk, str):
        assert module.is_valid(junk) is False
        with pytest.raises(InvalidIdentifier):
            module.validate(junk)


@pytest.mark.parametrize("module", MODULES, ids=IDS)
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    value=st.one_of(
        st.text(),
        st.text(alphabet="0123456789Xx -+()·:./@", max_size=40),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
        st.binary(max_size=40),
        st.integers(),
        st.none(),
    )
)
def test_is_valid_agrees_with_validate(module, value):
    """is_valid never raises, and is True exactly when validate returns."""
    ok = module.is_valid(value)
    try:
        module.validate(value)
    except InvalidIdentifier:
        assert ok is False
    else:
        assert ok is True
