"""PERSON/LOCATION go through the name/address model, only when asked for (a stand-in
model here, so these tests do not depend on the trained weights)."""

from __future__ import annotations

import sys
import types

import pytest

from piguard.detect.engine import detect, detect_many


@pytest.fixture
def fake_model(monkeypatch):
    calls: list[tuple[list[str], frozenset[str]]] = []
    module = types.ModuleType("piguard.detect.ner")

    def find_entities_many(texts, wanted):
        calls.append((list(texts), frozenset(wanted)))
        out = []
        for text in texts:
            found = []
            at = text.find("张三")
            if at >= 0 and "PERSON" in wanted:
                found.append((at, at + 2, "PERSON", 0.3))  # low confidence: still a decision
            for label in ("IMEI", "车主"):  # labels the stand-in takes for names
                at = text.find(label)
                if at >= 0 and "PERSON" in wanted:
                    found.append((at, at + len(label), "PERSON", 0.4))
            at = text.find("北京市")
            if at >= 0 and "LOCATION" in wanted:
                found += [(at, at + 3, "LOCATION", 0.9), (at + 3, at + 6, "LOCATION", 0.7),
                          (at + 6, at + 12, "LOCATION", 0.8)]
            out.append(found)
        return out

    module.find_entities_many = find_entities_many
    monkeypatch.setitem(sys.modules, "piguard.detect.ner", module)
    monkeypatch.setattr(sys.modules["piguard.detect"], "ner", module, raising=False)
    return calls


def test_model_runs_only_for_its_types(fake_model):
    text = "张三住在北京市朝阳区建国路88号，手机13800138000"
    assert [f.entity_type for f in detect(text, ["PHONE"])] == ["PHONE"]
    assert fake_model == []
    found = detect(text)
    assert fake_model and fake_model[0][1] == {"PERSON", "LOCATION"}
    assert [(f.entity_type, text[f.start:f.end]) for f in found] == [
        ("PERSON", "张三"), ("LOCATION", "北京市朝阳区建国路88号"), ("PHONE", "13800138000")]
    person = found[0]
    assert person.category == "BASIC_PROFILE" and person.recognizer == "ner"


def test_explicit_threshold_applies_to_the_model_too(fake_model):
    text = "张三来了"
    assert [f.entity_type for f in detect(text, ["PERSON"])] == ["PERSON"]
    assert detect(text, ["PERSON"], threshold=0.5) == []


def test_one_model_call_per_batch(fake_model):
    detect_many(["张三", "李四", "王五"], ["PERSON"])
    assert len(fake_model) == 1 and len(fake_model[0][0]) == 3


def test_bare_place_names_stay_apart(fake_model):
    from piguard.detect.engine import _join_address_pieces

    assert len(_join_address_pieces("江苏如皋市", [(0, 2, "LOCATION", 0.8),
                                                   (2, 5, "LOCATION", 0.6)])) == 2


def test_a_context_label_is_never_a_name_or_place(fake_model):
    text = "IMEI 490154203237518，车主张三"
    found = [(text[f.start:f.end], f.entity_type) for f in detect(text)]
    assert ("张三", "PERSON") in found
    assert not [f for f in found if f[1] == "PERSON" and f[0] != "张三"]
