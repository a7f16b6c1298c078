"""Mainland resident ID: fixtures we make, properties, meaning functions."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piguard.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from piguard.identifiers import cn_ric, regions


def make(region: str, born: str, seq: str) -> str:
    body = region + born + seq
    return body + cn_ric.calc_check_digit(body)


def test_known_good():
    number = make("440305", "19900307", "123")
    assert cn_ric.validate(number) == number
    assert cn_ric.birth_date(number) == dt.date(1990, 3, 7)
    assert cn_ric.sex(number) == "M"
    r = cn_ric.region(number)
    assert (r.province, r.city, r.county) == ("广东省", "深圳市", "南山区")


def test_lower_case_x_and_separators_and_full_width():
    assert cn_ric.validate("11010519491231002x") == "11010519491231002X"
    assert cn_ric.validate("110105-19491231-002X") == "11010519491231002X"
    assert cn_ric.validate("１１０１０５１９４９１２３１００２Ｘ") == "11010519491231002X"


@pytest.mark.parametrize(
    ("number", "error"),
    [
        ("11010519491231002", InvalidLength),
        ("1101051949123100211", InvalidLength),
        ("11010519491231002Y", InvalidFormat),
        ("1101051949123100X2", InvalidFormat),
        ("11010519491231002²", InvalidFormat),
        ("110105194912310021", InvalidChecksum),
        ("990105194912310021", InvalidComponent),  # no province 99
        ("000000194912310021", InvalidComponent),
    ],
)
def test_known_bad(number, error):
    with pytest.raises(error):
        cn_ric.validate(number)
    assert not cn_ric.is_valid(number)


def test_impossible_and_future_birth_dates():
    assert not cn_ric.is_valid(make("110105", "19490230", "002"))  # 30 February
    assert not cn_ric.is_valid(make("110105", "18891231", "002"))  # before 1890
    future = (dt.date.today() + dt.timedelta(days=1)).strftime("%Y%m%d")
    with pytest.raises(InvalidComponent):
        cn_ric.validate(make("110105", future, "002"))
    assert cn_ric.is_valid(make("110105", dt.date.today().strftime("%Y%m%d"), "002"))


def test_retired_code_keeps_id_valid_and_names_province_only():
    assert not regions.is_known("442199")
    number = make("442199", "19700101", "001")
    assert cn_ric.is_valid(number)
    r = cn_ric.region(number)
    assert (r.province, r.city, r.county) == ("广东省", None, None)


def test_hk_macau_taiwan_residence_permits():
    for code in ("810000", "820000", "830000"):
        assert cn_ric.is_valid(make(code, "19880808", "008"))


def test_legacy_15_digits():
    assert cn_ric.validate("110105491231002") == "110105491231002"
    assert cn_ric.to_18("110105491231002") == "11010519491231002X"
    assert cn_ric.birth_date("110105491231002") == dt.date(1949, 12, 31)
    assert cn_ric.sex("110105491231002") == "F"
    assert cn_ric.format("110105491231002") == "110105 491231 002"
    assert not cn_ric.is_valid("110105491331002")  # month 13
    assert not cn_ric.is_valid("11010549123100X")


province = st.sampled_from(sorted(regions.PROVINCES))
birth = st.dates(min_value=cn_ric.EARLIEST_BIRTH, max_value=dt.date.today())


@given(province, st.text("0123456789", min_size=4, max_size=4), birth, st.integers(0, 999))
def test_generated_ids_round_trip(prov, rest, born, seq):
    number = make(prov + rest, born.strftime("%Y%m%d"), f"{seq:03d}")
    assert cn_ric.validate(number) == number
    assert cn_ric.validate(cn_ric.format(number)) == number
    assert cn_ric.birth_date(number) == born
    assert cn_ric.sex(number) == ("M" if seq % 2 else "F")
    assert cn_ric.region(number).province is not None


@given(province, birth, st.integers(0, 999), st.data())
def test_single_character_change_is_caught(prov, born, seq, data):
    number = make(prov + "0101", born.strftime("%Y%m%d"), f"{seq:03d}")
    pos = data.draw(st.integers(0, 17))
    alphabet = "0123456789X" if pos == 17 else "0123456789"
    new = data.draw(st.sampled_from([c for c in alphabet if c != number[pos]]))
    # MOD 11-2 detects every single substitution; date or region checks may fire first.
    assert not cn_ric.is_valid(number[:pos] + new + number[pos + 1 :])


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(1999, 12, 31)), st.integers(0, 999)
)
def test_to_18_matches_direct_construction(born, seq):
    legacy = "320102" + born.strftime("%y%m%d") + f"{seq:03d}"
    assert cn_ric.to_18(legacy) == make("320102", born.strftime("%Y%m%d"), f"{seq:03d}")
