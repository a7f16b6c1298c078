"""Meta-tests over the recognizer registry: every recognizer is well-formed."""

from __future__ import annotations

import re

import pytest

from piguard import taxonomy
from piguard.detect.registry import (
    ALL_TYPES,
    MODEL_TYPES,
    RECOGNIZERS,
    by_name,
    parse_types,
    recognizers_for,
)
from piguard.errors import UnknownCategory

ids = [r.name for r in RECOGNIZERS]


@pytest.mark.parametrize("rec", RECOGNIZERS, ids=ids)
def test_entity_type_exists_in_taxonomy(rec):
    assert taxonomy.entity_type(rec.entity_type).category


def test_every_taxonomy_entity_type_can_be_detected():
    assert {e.code for e in taxonomy.entity_types()} == set(ALL_TYPES)


@pytest.mark.parametrize("rec", RECOGNIZERS, ids=ids)
def test_validator_resolves_to_a_callable(rec):
    if rec.validator_ref:
        assert callable(rec.validator)
        assert rec.validator("") is False  # never raises, rejects junk
    if rec.demote_ref:
        assert callable(rec.demoter)


@pytest.mark.parametrize("rec", RECOGNIZERS, ids=ids)
def test_pattern_is_portable(rec):
    """Syntax shared by Python re, hyperscan and RE2/Polars: no look-arounds, no \\d."""
    re.compile(rec.pattern)
    for banned in ("(?=", "(?!", "(?<=", "(?<!", "\\d", "\\b", "\\w", "\\s"):
        assert banned not in rec.pattern, (rec.name, banned)
    assert "\n" not in rec.pattern  # the batch separator must never match


@pytest.mark.parametrize("rec", RECOGNIZERS, ids=ids)
def test_scores_are_probabilities(rec):
    for value in (rec.base_score, rec.validated_score, rec.max_score):
        assert 0.0 < value <= 1.0
    if rec.context_required:
        assert rec.context, "a context-only recognizer needs context words"


def test_pattern_compiles_in_hyperscan():
    hyperscan = pytest.importorskip("hyperscan")
    from piguard.detect.matcher import bounded_pattern

    for rec in RECOGNIZERS:
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        db.compile(expressions=[bounded_pattern(rec).encode()], ids=[0], elements=1,
                   flags=[hyperscan.HS_FLAG_SOM_LEFTMOST | hyperscan.HS_FLAG_UTF8])


def test_selection_and_lookup():
    assert {r.entity_type for r in recognizers_for("PHONE")} == {"PHONE"}
    assert recognizers_for(None) == RECOGNIZERS
    assert recognizers_for(MODEL_TYPES) == ()
    assert parse_types(" phone ,Email,") == {"PHONE", "EMAIL"}
    with pytest.raises(UnknownCategory):
        parse_types("PHONE,NOT_A_TYPE")
    with pytest.raises(UnknownCategory):
        by_name("no_such_recognizer")
