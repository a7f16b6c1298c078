"""The English news generator (scripts/ner_synth_en.py) and the held-out English news check."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

synth_en = pytest.importorskip("ner_synth_en", reason="needs the region tables of ner_lexicon")
import ner_lexicon as lx  # noqa: E402
import ner_lexicon_en as le  # noqa: E402

WORDS = ["the", "report", "went", "well", "meeting", "office", "great", "run", "avoid"]


@pytest.fixture(scope="module")
def examples():
    return synth_en.generate_en(1500, seed=7, en_words=WORDS)


def test_same_seed_same_sentences(examples):
    assert synth_en.generate_en(1500, seed=7, en_words=WORDS) == examples
    assert synth_en.generate_en(50, seed=8, en_words=WORDS) != examples[:50]


def test_spans_are_well_formed(examples):
    for text, spans in examples:
        last = 0
        for s, e, label in spans:
            assert label in ("PER", "LOC")
            assert last <= s < e <= len(text), (text, spans)
            piece = text[s:e]
            assert piece == piece.strip() and piece, (text, piece)
            # two entities with only a space between would teach the tagger to split names
            assert not spans or s == spans[0][0] or text[last:s].strip(), (text, spans)
            last = e


def test_titles_nationalities_and_organisations_stay_outside(examples):
    titles = {t.lower().rstrip(".") for t in le.TITLES}
    # Monaco is a club and a city, Williams a team and a surname: only the unambiguous ones.
    ambiguous = {w.lower() for w in (*le.COUNTRIES, *le.CITIES, *le.REGIONS)}
    ambiguous |= {w.lower() for names in (*le.GIVEN.values(), *le.FAMILY.values()) for w in names}
    ambiguous |= {
        w.lower() for w in (*lx.EN_FIRST, *lx.EN_LAST, *lx.EN_FIRST_MORE, *lx.EN_LAST_MORE)
    }
    not_names = {w.lower() for w in (*le.NATIONALITIES, *le.ORGANISATIONS, *le.CLUBS, *le.WEEKDAYS)}
    not_names -= ambiguous
    for text, spans in examples:
        for s, e, label in spans:
            piece = text[s:e].lower()
            if label == "PER":
                assert piece.split()[0].rstrip(".") not in titles or piece.count(" ") == 0, text
            assert piece not in not_names, (text, piece)


def test_registers_cover_news_shapes(examples):
    texts = [t for t, _ in examples]
    assert any(t.isupper() and " - " in t for t in texts)  # SOCCER - ... headlines
    assert any(" 's " in t for t in texts) and any("'s " in t for t in texts)  # both spellings
    per = [t[s:e] for t, sp in examples for s, e, lab in sp if lab == "PER"]
    assert any(p.isupper() for p in per)
    assert any("-" in p for p in per) and any(". " in p for p in per)  # hyphens, initials
    assert sum(" " not in p for p in per) > len(per) // 5  # surnames and first names alone


def test_news_check_is_consistent():
    path = ROOT / "benchmarks" / "data" / "en_news_eval.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 150
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        for s, e, kind, surface in r["spans"]:
            assert kind in ("PERSON", "LOCATION")
            assert r["text"][s:e] == surface


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z]+", text.lower())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def test_templates_do_not_paraphrase_the_news_check():
    """The check stays held out: no template shares two word triples with one of its lines."""
    path = ROOT / "benchmarks" / "data" / "en_news_eval.jsonl"
    lines = [
        _trigrams(json.loads(line)["text"])
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    for templates in synth_en.REGISTERS.values():
        for template in templates:
            pieces = re.split(r"\{[A-Z0-9]+\}", template)
            grams = set().union(*(_trigrams(p) for p in pieces))
            assert max(len(grams & line) for line in lines) < 2, template
