"""protect_texts: spans replaced in place, overlaps settled, counts and hidden values."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.detect.finding import Finding
from piguard.protect.keys import InMemoryKeyProvider
from piguard.protect.policy import loads
from piguard.protect.text import protect_texts

POLICY = loads("""
version: 1
unmatched: keep
rules:
  - entity_types: [PHONE]
    operator: mask
  - entity_types: [PERSON]
    operator: {name: pseudonym, algorithm: sha256, prefix: "PERSON_", length: 16}
  - entity_types: [EMAIL]
    operator: redact
  - entity_types: [CN_RESIDENT_ID]
    operator: tag
""").bind(InMemoryKeyProvider({"default": bytes(32)}))


def test_unsorted_overlapping_findings_keep_the_longest_span():
    text = "电话13812345678，张伟"
    found = [Finding(14, 16, "PERSON", 0.9), Finding(2, 13, "PHONE", 0.99),
             Finding(2, 5, "PERSON", 0.5)]  # inside the phone number: dropped
    out, stats = protect_texts([text], POLICY, findings=[found])
    assert out[0].startswith("电话138****5678，PERSON_")
    assert stats.by_type["PHONE"].found == 1 and stats.by_type["PERSON"].found == 1
    assert sorted(stats.hidden) == sorted(["13812345678", "张伟"])


def test_pseudonyms_are_consistent_across_texts_and_none_stays_none():
    texts = ["张伟来电", None, "", "客户张伟"]
    found = [[Finding(0, 2, "PERSON", 0.9)], [], [], [Finding(2, 4, "PERSON", 0.9)]]
    out, stats = protect_texts(texts, POLICY, findings=found)
    assert out[1] is None and out[2] == ""
    assert out[0][:-2] == out[3][2:]  # the same token for the same name
    assert stats.by_type["PERSON"].changed == 2


def test_uncovered_types_are_residual_and_left_in_place():
    text = "IP 10.0.0.1"
    out, stats = protect_texts([text], POLICY, findings=[[Finding(3, 11, "IP", 0.9)]])
    assert out == [text]
    assert stats.by_type["IP"].to_dict()["residual"] is True
    assert stats.by_type["IP"].found == 1 and stats.by_type["IP"].changed == 0
    assert stats.hidden == []


@st.composite
def _doc(draw):
    text = draw(st.text(alphabet="ab张伟1@", min_size=1, max_size=40))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=8)))
    found = [Finding(a, b, draw(st.sampled_from(["CN_RESIDENT_ID", "EMAIL", "IP"])), 0.9)
             for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    return text, found


@settings(max_examples=150, deadline=None)
@given(st.lists(_doc(), min_size=1, max_size=6))
def test_each_disjoint_span_is_replaced_by_its_operator(docs):
    texts = [t for t, _ in docs]
    out, _ = protect_texts(texts, POLICY, findings=[f for _, f in docs])
    for (text, found), got in zip(docs, out, strict=True):
        expected, cursor = [], 0
        for f in found:
            value = text[f.start:f.end]
            new = {"CN_RESIDENT_ID": "<CN_RESIDENT_ID>", "EMAIL": "", "IP": value}[f.entity_type]
            expected += [text[cursor:f.start], new]
            cursor = f.end
        expected.append(text[cursor:])
        assert got == "".join(expected)


@st.composite
def _typed_docs(draw):
    """Texts with spans of every type the default policy covers, few or many per type."""
    from piguard.protect.policy import default_policy

    kinds = ["PERSON", "PHONE", "CN_RESIDENT_ID", "BANK_CARD", "EMAIL", "LOCATION", "IP"]
    docs = []
    for _ in range(draw(st.integers(1, 25))):
        parts, found, at = [], [], 0
        for kind in draw(st.lists(st.sampled_from(kinds), max_size=4)):
            value = draw(st.text(alphabet="张伟李1389@x.北京路0", min_size=1, max_size=12))
            parts += ["，", value]
            found.append(Finding(at + 1, at + 1 + len(value), kind, 0.9))
            at += 1 + len(value)
        docs.append(("".join(parts), found))
    return docs, default_policy().bind(InMemoryKeyProvider({"default": bytes(32)}))


@settings(max_examples=60, deadline=None)
@given(case=_typed_docs())
def test_small_batches_value_by_value_give_the_array_paths_output(case):
    from piguard.protect import text as text_module

    docs, policy = case
    texts, found = [t for t, _ in docs], [f for _, f in docs]
    small, small_stats = protect_texts(texts, policy, findings=found)
    with pytest.MonkeyPatch.context() as patch:  # (hypothesis: no function fixtures)
        patch.setattr(text_module, "_VALUE_BY_VALUE", 0)  # every operator on Arrow arrays
        arrays, array_stats = protect_texts(texts, policy, findings=found)
    assert small == arrays
    assert small_stats.hidden == array_stats.hidden
