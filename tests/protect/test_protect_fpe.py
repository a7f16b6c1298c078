"""FPE: round trips, keeps the format, and identifiers still validate."""

import datetime as dt

import pyarrow as pa
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from protect_helpers import KEY, OTHER_KEY, bank_cards, mobiles, resident_ids, usccs

from piguard.errors import PolicyError
from piguard.identifiers import bank_card, cn_ric, cn_uscc
from piguard.protect.operators import Fpe

TODAY = dt.date.today()


def _ric_ok(value: str) -> bool:
    # A surrogate of someone born in the current three-year block may be a future date
    # (documented); everything else must validate.
    return cn_ric.is_valid(value) or cn_ric.compact(value)[6:14] > f"{TODAY:%Y%m%d}"


@settings(max_examples=150, deadline=None)
@given(value=resident_ids(), keep_region=st.booleans(), keep_sex=st.booleans())
def test_resident_id_round_trip_and_valid(value, keep_region, keep_sex):
    op = Fpe(KEY, "CN_RESIDENT_ID", keep_region=keep_region, keep_sex=keep_sex)
    out = op.apply(value)
    assert len(out) == 18 and _ric_ok(out)
    assert op.reverse(out) == value
    if keep_region:
        assert out[:6] == value[:6]
    if keep_sex:
        assert int(out[16]) % 2 == int(value[16]) % 2


@settings(max_examples=100, deadline=None)
@given(value=resident_ids())
def test_resident_id_keep_birth_year(value):
    op = Fpe(KEY, "CN_RESIDENT_ID", keep_birth_year=True)
    out = op.apply(value)
    assert out[6:10] == value[6:10] and _ric_ok(out)
    assert op.reverse(out) == value


@settings(max_examples=150, deadline=None)
@given(value=bank_cards())
def test_bank_card_keeps_bin_and_luhn(value):
    assume(bank_card.is_valid(value))
    op = Fpe(KEY, "BANK_CARD")
    out = op.apply(value)
    assert len(out) == len(value) and out.isdigit()
    assert bank_card.is_valid(out)
    keep = min(6, len(value) - 7)
    assert out[:keep] == value[:keep]
    assert op.reverse(out) == value


@settings(max_examples=100, deadline=None)
@given(value=mobiles(), style=st.sampled_from(["plain", "+86", "dashes"]))
def test_mobile_keeps_segment_and_layout(value, style):
    text = {"plain": value, "+86": "+86 " + value,
            "dashes": f"{value[:3]}-{value[3:7]}-{value[7:]}"}[style]
    op = Fpe(KEY, "PHONE")
    out = op.apply(text)
    assert len(out) == len(text)
    assert [c.isdigit() for c in out] == [c.isdigit() for c in text]
    digits = "".join(c for c in out if c.isdigit())
    assert digits[-11:-8] == value[:3]
    assert op.reverse(out) == text


@settings(max_examples=100, deadline=None)
@given(value=usccs())
def test_uscc_still_validates(value):
    op = Fpe(KEY, "CN_USCC")
    out = op.apply(value)
    assert cn_uscc.is_valid(out) and out[:8] == value[:8]
    assert op.reverse(out) == value


@settings(max_examples=200, deadline=None)
@given(value=st.text(max_size=40), kind=st.sampled_from(["", "CN_RESIDENT_ID", "BANK_CARD",
                                                          "PHONE", "CN_USCC"]))
def test_any_string_round_trips_or_is_masked(value, kind):
    op = Fpe(KEY, kind)
    out = op.apply(value)
    assert len(out) == len(value)
    digits = sum("0" <= c <= "9" for c in value)
    if digits >= 6 or op._parse(value.upper().replace(" ", "").replace("-", "")):
        assert op.reverse(out) == value
    else:
        assert not any("0" <= c <= "9" for c in out)


def test_keys_give_different_surrogates():
    value = "11010519491231002X"
    assert Fpe(KEY, "CN_RESIDENT_ID").apply(value) != Fpe(OTHER_KEY, "CN_RESIDENT_ID").apply(value)


def test_array_matches_scalar_and_keeps_nulls():
    values = ["11010519491231002X", None, "not an id 123456", "11010519491231002X", ""]
    op = Fpe(KEY, "CN_RESIDENT_ID")
    out = op.apply_array(pa.array(values)).to_pylist()
    assert out[1] is None
    assert out == [None if v is None else op.apply(v) for v in values]
    assert op.reverse_array(pa.array(out)).to_pylist() == values


def test_refuses_too_small_domain():
    with pytest.raises(PolicyError, match="10\\*\\*6"):
        Fpe(KEY, "CN_RESIDENT_ID", keep_region=True, keep_birth_year=True)


@settings(max_examples=40, deadline=None)
@given(values=st.lists(resident_ids() | st.none() | st.text(max_size=20), max_size=30),
       keep_region=st.booleans(), keep_birth_year=st.booleans(), keep_sex=st.booleans())
def test_vectorized_resident_ids_equal_scalar_path(values, keep_region, keep_birth_year,
                                                   keep_sex):
    assume(not (keep_region and keep_birth_year))
    values = [v for v in values if v is None or not any("\ud800" <= c <= "\udfff" for c in v)]
    op = Fpe(KEY, "CN_RESIDENT_ID", keep_region=keep_region, keep_birth_year=keep_birth_year,
             keep_sex=keep_sex)
    out = op.apply_array(pa.array(values, pa.string())).to_pylist()
    assert out == [None if v is None else op.apply(v) for v in values]
    back = op.reverse_array(pa.array(out, pa.string())).to_pylist()
    for value, restored in zip(values, back, strict=True):
        if value is None or sum("0" <= c <= "9" for c in value) >= 6:
            assert restored == value  # shorter values are masked, not encrypted


@settings(max_examples=40, deadline=None)
@given(kind=st.sampled_from(["BANK_CARD", "PHONE"]), keep_first=st.integers(0, 8),
       values=st.lists(bank_cards() | mobiles() | st.none() | st.text("0123456789 -+", max_size=20),
                       max_size=30))
def test_vectorized_cards_and_mobiles_equal_scalar_path(kind, keep_first, values):
    op = Fpe(KEY, kind, keep_first=keep_first)
    out = op.apply_array(pa.array(values, pa.string())).to_pylist()
    assert out == [None if v is None else op.apply(v) for v in values]
    back = op.reverse_array(pa.array(out, pa.string())).to_pylist()
    for value, restored in zip(values, back, strict=True):
        if value is None or sum("0" <= c <= "9" for c in value) >= 6:
            assert restored == value
