"""The Chinese news and social-media generators (scripts/ner_synth_news.py, ner_synth_social.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import ner_lexicon as lx  # noqa: E402

if not (lx.REGIONS_DIR / "provinces.csv").exists():
    pytest.skip("the generators need the shared region tables", allow_module_level=True)

import ner_lexicon_social as sl  # noqa: E402
import ner_lexicon_world as wl  # noqa: E402
import ner_synth as synth  # noqa: E402
import ner_synth_news as news  # noqa: E402
import ner_synth_social as social  # noqa: E402

GENERATORS = {"news": news.generate_news, "social": social.generate_social}


@pytest.fixture(scope="module", params=sorted(GENERATORS))
def made(request):
    generate = GENERATORS[request.param]
    return generate, generate(1500, 11)


def test_same_seed_same_sentences(made):
    generate, examples = made
    assert generate(1500, 11) == examples
    assert generate(50, 12) != examples[:50]


def test_spans_are_well_formed(made):
    _, examples = made
    for text, spans in examples:
        last = 0
        for s, e, label in spans:
            assert label in ("PER", "LOC")
            assert last <= s < e <= len(text), (text, spans)
            piece = text[s:e]
            assert piece and piece == piece.strip(), (text, piece)
            last = e


def test_organisations_that_start_with_a_place_are_not_places():
    orgs = set(wl.ORGS_WITH_PLACE_ZH)
    for text, spans in news.generate_news(3000, 5):
        for s, e, label in spans:
            assert not (label == "LOC" and text[s:e] in orgs), text


def test_emoticons_and_slang_stay_outside_names():
    codes = {f"[{c}]" for c in sl.EMOTICON_CODES}
    slang = set(sl.SLANG)
    for text, spans in social.generate_social(3000, 5):
        for s, e, _ in spans:
            piece = text[s:e]
            assert piece not in slang, text
            assert not any(code in piece for code in codes), text


def test_towns_whose_short_form_is_a_word_keep_their_full_name():
    pytest.importorskip("jieba", reason="the ordinary-word list is jieba's dictionary")
    import ner_synth as synth

    assert lx.region_short("云南省", "province") == "云南"
    assert lx.region_short("公平镇", "street") == "公平镇"  # 公平 is "fair", not a place
    words = lx.ordinary_words()
    regions = lx.regions()
    official = {name for rows in regions.values() for name, *_ in rows}
    official |= {lx.short_name(name) for level in ("province", "city") for name, *_ in regions[level]}
    word_towns = {lx.short_name(n) for n, *_ in regions["street"]} & words - official
    assert len(word_towns) > 100  # 人民, 交通, 世纪 ... are all town names
    assert not word_towns & set(lx.region_words())
    g = synth.Gen(3)
    short = {g.region(level, short=1.0) for level in "as" for _ in range(3000)}
    assert not short & word_towns


def test_news_names_public_figures_as_people():
    figures = set(wl.CN_PUBLIC_FIGURES)
    named = [text[s:e] for text, spans in news.generate_news(3000, 5)
             for s, e, label in spans if label == "PER"]  # fmt: skip
    assert any(name in figures for name in named)
    assert sum(name in figures for name in named) < len(named) / 3  # mostly generated names


def test_given_names_also_use_characters_that_are_ordinary_words():
    import ner_synth as synth

    assert not set(lx.GIVEN_CHARS_MORE) & set(lx.GIVEN_CHARS)
    assert {"想", "兵", "健", "畅"} <= set(lx.GIVEN_CHARS_MORE)  # 李想, 王兵, 张健, 刘畅
    g = synth.Gen(3)
    drawn = [g.given_char() for _ in range(5000)]
    share = sum(c in lx.GIVEN_CHARS_MORE for c in drawn) / len(drawn)
    assert 0.08 < share < 0.2  # one in ten on purpose, a few more through the other pools


def test_addresses_may_join_divisions_that_do_not_belong_together():
    import ner_synth as synth

    regions = lx.regions()
    real = {name for rows in regions.values() for name, *_ in rows}
    city_short = {lx.short_name(name) for name, *_ in regions["city"]}
    g = synth.Gen(3)
    mixed = [a for a in (g.address() for _ in range(3000))
             if any(f"{c}县" in a and f"{c}县" not in real for c in city_short)]  # fmt: skip
    assert len(mixed) > 50  # 广东省昆明县怀柔区...: still one address


def test_a_place_follows_a_name_and_a_verb_of_place():
    import ner_synth as synth

    g = synth.Gen(4)
    seen = 0
    for _ in range(3000):
        text, spans = synth._pair(g)
        _, end, _ = spans[0]
        verb = next((v for v in synth._TO_PLACE if text.startswith(v, end)), None)
        if verb is None:
            continue
        seen += 1
        start, _, label = spans[1]  # 张伟|住在|北京: the verb belongs to neither
        assert (start, label) == (end + len(verb), "LOC"), text
    assert seen > 20


def test_stand_in_names_with_a_numeral_but_never_a_weekday():
    import ner_synth as synth

    g = synth.Gen(6)
    names = [g.zh_name() for _ in range(6000)]
    numbered = [n for n in names if len(n) == 2 and n[1] in "二三四五六七八九"]
    assert len(numbered) > 30  # 张三, 李四, 王五
    assert not [n for n in numbered if n[0] in "周初高"]  # 周三 is Wednesday, 初三 a school year


def test_idioms_in_the_word_salad_are_never_names_or_places():
    idioms = set(lx.idioms())
    assert {"麻木不仁", "高瞻远瞩", "方兴未艾"} <= idioms and all(len(w) == 4 for w in idioms)
    words = sorted(lx.ordinary_words(min_freq=2000))
    seen = 0
    for text, spans in synth.generate(3000, 3, words=words, idioms=tuple(sorted(idioms))):
        for at in range(len(text) - 3):
            if text[at : at + 4] in idioms:
                seen += 1
                assert not any(s < at + 4 and at < e for s, e, _ in spans), text
    assert seen > 100
