"""The taxonomy data files load into frozen objects that hang together."""

from __future__ import annotations

import dataclasses

import pytest

from piguard import taxonomy
from piguard.errors import ConfigError, UnknownCategory
from piguard.taxonomy.loader import _build


def test_loaded_once_and_cached():
    assert taxonomy.load() is taxonomy.load()


def test_objects_are_frozen():
    cat = taxonomy.category("FINANCIAL_ACCOUNT")
    with pytest.raises(dataclasses.FrozenInstanceError):
        cat.sensitive = False  # type: ignore[misc]
    with pytest.raises(TypeError):
        taxonomy.load().categories["X"] = cat  # type: ignore[index]


def test_unknown_codes_raise_unknown_category():
    with pytest.raises(UnknownCategory):
        taxonomy.category("NOPE")
    with pytest.raises(UnknownCategory):
        taxonomy.entity_type("NOPE")
    with pytest.raises(ConfigError):  # UnknownCategory is a ConfigError
        taxonomy.category_of("NOPE")


def test_every_entity_type_maps_to_an_existing_category():
    codes = {c.code for c in taxonomy.categories()}
    for ent in taxonomy.entity_types():
        assert ent.category in codes, ent
        assert ent.name_zh and ent.name_en


def test_categories_are_complete_records():
    groups = {g.code for g in taxonomy.groups()}
    assert groups == {"identity", "online_activity", "sensitive"}
    for cat in taxonomy.categories():
        assert cat.group in groups
        assert 1 <= cat.grade <= 4
        assert cat.basis, f"{cat.code} cites no article or clause"
        assert cat.name_zh and cat.name_en
        if cat.group == "sensitive":
            assert cat.sensitive, cat.code


@pytest.mark.parametrize("code", ["BIOMETRIC", "RELIGIOUS_BELIEF", "SPECIFIC_IDENTITY",
                                  "MEDICAL_HEALTH", "FINANCIAL_ACCOUNT", "WHEREABOUTS",
                                  "MINOR_UNDER_14"])
def test_pipl_article_28_kinds_are_sensitive_grade_4(code):
    cat = taxonomy.category(code)
    assert cat.sensitive and cat.grade == 4
    assert any("PIPL 第28条" in basis for basis in cat.basis)


def test_required_entity_types_exist():
    required = {"CN_RESIDENT_ID", "PHONE", "BANK_CARD", "EMAIL", "IP", "URL", "PASSPORT",
                "LICENSE_PLATE", "CN_USCC", "QQ", "WECHAT", "GPS", "IBAN", "PERSON", "LOCATION",
                "CN_TRAVEL_PERMIT", "HK_ID", "MO_ID", "TW_ID", "IMEI", "VIN", "MAC", "US_SSN"}
    assert required <= {e.code for e in taxonomy.entity_types()}


def test_identity_documents_and_cards_are_sensitive():
    assert taxonomy.category(taxonomy.category_of("CN_RESIDENT_ID")).sensitive
    assert taxonomy.category(taxonomy.category_of("BANK_CARD")).sensitive
    assert not taxonomy.category(taxonomy.category_of("EMAIL")).sensitive


_GROUPS = [{"code": "identity", "zh": "身份信息", "en": "identity"}]
_CAT = {"code": "A", "zh": "甲", "en": "a", "group": "identity", "sensitive": False,
        "grade": 2, "basis": ["x"]}


@pytest.mark.parametrize(("categories", "entities", "message"), [
    ([_CAT, _CAT], [], "defined twice"),
    ([{**_CAT, "group": "nope"}], [], "unknown group"),
    ([{**_CAT, "grade": 7}], [], "outside 1..4"),
    ([_CAT], [{"code": "E", "zh": "乙", "en": "e", "category": "B"}], "unknown category"),
])
def test_broken_data_files_are_config_errors(categories, entities, message):
    with pytest.raises(ConfigError, match=message):
        _build({"groups": _GROUPS, "categories": categories}, {"entity_types": entities})


def test_data_files_carry_a_source_header():
    from importlib import resources

    for name in ("categories.yaml", "entity_types.yaml"):
        head = resources.files("piguard.taxonomy").joinpath("data", name).read_text("utf-8")[:800]
        assert "GB/T 35273-2020" in head and head.startswith("#"), name
