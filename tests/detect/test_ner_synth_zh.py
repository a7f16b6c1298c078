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
