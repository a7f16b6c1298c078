"""normalize() is length-preserving; the region table matches its data file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piguard.identifiers import regions
from piguard.identifiers.normalize import TRANSLATION, normalize


@given(st.text())
def test_normalize_preserves_length_and_is_idempotent(text):
    out = normalize(text)
    assert len(out) == len(text)
    assert normalize(out) == out


def test_normalize_maps_every_entry_to_one_ascii_char():
    for code, ch in TRANSLATION.items():
        assert len(ch) == 1 and ch.isascii(), hex(code)


def test_normalize_examples():
    assert normalize("ＡＢＣ１２３＠ｘ．ｃｎ") == "ABC123@x.cn"
    assert normalize("138\u20140013\u20130000\u2010") == "138-0013-0000-"
    assert normalize("a\u3000b\u00a0c") == "a b c"
    assert normalize("句号。") == "句号."
    assert normalize("汉字不变") == "汉字不变"


def test_provinces_constant_matches_data_file():
    names = regions._names()
    in_data = {code[:2] for code in names if code.endswith("0000")}
    assert in_data == regions.PROVINCES


def test_data_file_has_source_header_and_counties():
    from importlib import resources

    text = resources.files("piguard.identifiers").joinpath("data", "regions.tsv").read_text("utf-8")
    assert text.startswith("# GB/T 2260")
    assert "# source:" in text and "WTFPL" in text
    assert regions.lookup("310115").county == "浦东新区"
    assert regions.lookup("110000") == regions.Region("110000", "北京市", None, None)


def test_lookup_rejects_bad_codes():
    assert regions.lookup("99") is None
    assert regions.lookup("") is None
    assert regions.lookup("990101") is None


def test_data_file_matches_its_generator():
    """scripts/make_regions.py regenerates exactly the shipped entries (skipped without source)."""
    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("make_regions", root / "scripts" / "make_regions.py")
    make_regions = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_regions)
    if not (make_regions.DEFAULT_SOURCE / "areas.csv").exists():
        pytest.skip("region source data not available on this machine")
    assert make_regions.build(make_regions.DEFAULT_SOURCE) == regions._names()
