"""The shipped name/address tagger: exact spans, robustness, batch = single, offline load."""

from __future__ import annotations

import importlib.util
import itertools
import socket
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.detect import ner
from piguard.detect.ner import _features as fx
from piguard.detect.ner import _model as md
from piguard.errors import UnknownCategory

CASES = [
    ("记者王小明报道，家住北京市朝阳区建国路88号的李女士……",
     [("王小明", "PERSON"), ("北京市朝阳区建国路88号", "LOCATION"), ("李", "PERSON")]),
    ("收件人：张伟，电话13800138000，地址：广东省深圳市南山区科技园路1号2栋301室",
     [("张伟", "PERSON"), ("广东省深圳市南山区科技园路1号2栋301室", "LOCATION")]),
    ("欧阳娜娜明天去杭州。", [("欧阳娜娜", "PERSON"), ("杭州", "LOCATION")]),
    ("患者诸葛明亮，男，45岁，家住云南省昆明市五华区人民路18号3栋。",
     [("诸葛明亮", "PERSON"), ("云南省昆明市五华区人民路18号3栋", "LOCATION")]),
    ("约翰·史密斯在伦敦出生。", [("约翰·史密斯", "PERSON"), ("伦敦", "LOCATION")]),
    ("新华社北京５月３日电 国务院总理李鹏今天在人民大会堂会见了美国客人。",
     [("北京", "LOCATION"), ("李鹏", "PERSON"), ("人民大会堂", "LOCATION"), ("美国", "LOCATION")]),
    ("John Smith moved to Boston last year.", [("John Smith", "PERSON"), ("Boston", "LOCATION")]),
    ("Please call Dr. Sarah Johnson in Chicago.",
     [("Sarah Johnson", "PERSON"), ("Chicago", "LOCATION")]),
    ("今天天气很好，我们很高兴。", []),
    ("王国的高兴是张开双臂的方法。", []),
]  # fmt: skip


def _named(text: str, spans) -> list[tuple[str, str]]:
    return [(text[s:e], t) for s, e, t, _ in spans]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_exact_spans(text, expected):
    assert _named(text, ner.find_entities(text)) == expected


def test_types_filter_and_unknown_type():
    text = CASES[0][0]
    only_people = ner.find_entities(text, frozenset({"PERSON"}))
    assert {t for *_, t, _ in only_people} == {"PERSON"}
    assert ner.find_entities(text, frozenset()) == []
    with pytest.raises(UnknownCategory):
        ner.find_entities(text, frozenset({"PHONE"}))


def test_batch_agrees_with_single():
    texts = [t for t, _ in CASES] + ["", "王", "\n\n", "地址：上海市浦东新区世纪大道100号"]
    texts += ["Hello John", "Smith went home", "北京", "京大学"]  # neighbours across texts
    many = ner.find_entities_many(texts)
    assert many == [ner.find_entities(t) for t in texts]


def test_model_loads_from_package_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "socket", refuse)
    model = ner.load_model(ner.MODEL_PATH)
    # 2**20 float16 rows of 9 tag scores: the package stays small enough to vendor.
    assert ner.MODEL_PATH.is_file() and ner.MODEL_PATH.stat().st_size < 24_000_000
    assert model.weights.shape[1] == len(md.TAGS)
    assert _named(CASES[0][0], model.spans([CASES[0][0]], ner.DEFAULT_TYPES)[0])


def test_long_text_without_punctuation_is_chunked():
    text = "张伟" + "很" * 500 + "在北京"
    spans = ner.find_entities(text)
    assert all(0 <= s < e <= len(text) for s, e, *_ in spans)


def test_viterbi_respects_bioes_constraints():
    rng = np.random.default_rng(0)
    em = rng.normal(size=(50, len(md.TAGS))).astype(np.float32)
    model = ner.load_model()
    tags = md.viterbi(em, np.array([0, 20]), np.array([20, 30]), model.trans, model.start, model.end)
    legal, legal_start, legal_end = md.allowed_transitions()
    for lo, hi in ((0, 20), (20, 50)):
        seq = tags[lo:hi]
        assert legal_start[seq[0]] and legal_end[seq[-1]]
        assert all(legal[a, b] for a, b in itertools.pairwise(seq))


def test_feature_ids_in_range_and_shape():
    batch = fx.encode(["北京 Beijing", "", "ａｂｃ１２３"])
    model = ner.load_model()
    ids = fx.feature_ids(batch, batch.pos, model.lexicon, model.bits)
    assert ids.shape == (fx.N_TEMPLATES, len(batch.pos))
    assert ids.min() >= 0 and ids.max() < 2**model.bits


def test_organisation_ahead_counts_to_the_next_organisation_word_in_the_clause():
    from piguard.detect.ner import _text as tx

    texts = ["中国音乐学院", "中国人民，学院"]
    batch = fx.encode(texts)
    model = ner.load_model()
    packed = fx._lexicon_columns(tx.prefix_hash(batch.norm), batch, model.lexicon,
                                 len(batch.norm))
    col = fx._organisation_ahead(fx._Clauses.of(batch), packed)[batch.pos]
    ahead, in_place = (col // 2).tolist(), (col % 2).astype(bool).tolist()
    assert ahead[:6] == [4, 3, 2, 1, 0, 13]  # 学院 starts 4 after 中; after 学 none is left
    assert in_place[:2] == [True, True] and not any(in_place[2:4])
    assert ahead[6:10] == [13] * 4  # the comma ends the clause: 学院 after it is not ahead
    assert in_place[6:8] == [True, True]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=5))
def test_arbitrary_text_never_crashes(texts):
    result = ner.find_entities_many(texts)
    assert len(result) == len(texts)
    for text, spans in zip(texts, result, strict=True):
        last = 0
        for s, e, t, score in spans:
            assert last <= s < e <= len(text)
            assert t in ("PERSON", "LOCATION")
            assert 0.0 <= score <= 1.0
            last = e


def test_very_long_text_keeps_offsets():
    sentence = "今天天气很好。"
    text = sentence * 20000 + "记者王小明报道。"
    spans = ner.find_entities(text)
    assert all(0 <= s < e <= len(text) for s, e, *_ in spans)
    tail = [(text[s:e], t) for s, e, t, _ in spans if s >= len(sentence) * 20000]
    assert tail == [("王小明", "PERSON")]


TRADITIONAL = [
    ("記者王曉明報道，家住臺北市中正區重慶南路一段122號的陳美玲說……",
     "记者王晓明报道，家住台北市中正区重庆南路一段122号的陈美玲说……"),
    ("聯絡人：黃志強，地址：香港九龍旺角彌敦道610號3樓",
     "联络人：黄志强，地址：香港九龙旺角弥敦道610号3楼"),
]  # fmt: skip


@pytest.mark.parametrize(("traditional", "simplified"), TRADITIONAL)
def test_traditional_text_is_read_as_its_simplified_form(traditional, simplified):
    assert len(traditional) == len(simplified)
    found = ner.find_entities(traditional)
    assert {t for *_, t, _ in found} == {"PERSON", "LOCATION"}
    assert found == ner.find_entities(simplified)


def test_traditional_table_is_one_character_to_one():
    from importlib import resources

    text = resources.files("piguard.detect.ner").joinpath("data", "t2s.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert len(rows) > 2000
    assert all(len(t) == len(s) == 1 and t != s for t, s in rows)
    assert len({t for t, _ in rows}) == len(rows)


def test_traditional_table_generator_keeps_one_to_one_pairs(tmp_path, monkeypatch):
    script = Path(__file__).resolve().parents[2] / "scripts" / "make_t2s.py"
    spec = importlib.util.spec_from_file_location("make_t2s", script)
    make_t2s = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_t2s)
    source = tmp_path / "TSCharacters.txt"
    # several candidates (the first wins), identity, an astral target, a phrase: only 1:1 pairs
    source.write_text("乾\t干 乾\n著\t著 着\n㑮\t𫝈\n臺灣\t台湾\n號\t号\n", encoding="utf-8")
    assert make_t2s.pairs(source) == [("乾", "干"), ("號", "号")]
    out = tmp_path / "t2s.tsv"
    monkeypatch.setattr(sys, "argv", ["make_t2s.py", str(source), str(out)])
    make_t2s.main()
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if not line.startswith("#")] == ["乾\t干", "號\t号"]
