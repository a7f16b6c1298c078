"""Shared check-digit algorithms: known values and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piguard.errors import InvalidChecksum, InvalidFormat
from piguard.identifiers.checksums import gb32100, iso7064, luhn

digits = st.text(alphabet="0123456789", min_size=1, max_size=30)


@pytest.mark.parametrize("good", ["79927398713", "4111111111111111", "0", "18"])
def test_luhn_known_good(good):
    assert luhn.is_valid(good)


@pytest.mark.parametrize("bad", ["79927398710", "4111111111111112", "", "12a4", None, 12])
def test_luhn_known_bad(bad):
    assert not luhn.is_valid(bad)


@given(digits)
def test_luhn_calc_round_trip(body):
    assert luhn.is_valid(body + luhn.calc_check_digit(body))


@given(digits, st.data())
def test_luhn_detects_every_single_digit_change(body, data):
    number = body + luhn.calc_check_digit(body)
    pos = data.draw(st.integers(0, len(number) - 1))
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != number[pos]]))
    assert not luhn.is_valid(number[:pos] + new + number[pos + 1 :])


def test_luhn_validate_errors():
    with pytest.raises(InvalidChecksum):
        luhn.validate("79927398710")
    with pytest.raises(InvalidFormat):
        luhn.validate("7992a")


@given(st.text(alphabet="0123456789", min_size=1, max_size=25), st.data())
def test_mod_11_2_round_trip_and_single_change(body, data):
    number = body + iso7064.mod_11_2_calc_check_digit(body)
    assert iso7064.mod_11_2_is_valid(number)
    pos = data.draw(st.integers(0, len(number) - 1))
    alphabet = "0123456789" + ("X" if pos == len(number) - 1 else "")
    new = data.draw(st.sampled_from([c for c in alphabet if c != number[pos]]))
    assert not iso7064.mod_11_2_is_valid(number[:pos] + new + number[pos + 1 :])


def test_mod_11_2_x_only_last():
    assert iso7064.mod_11_2_is_valid("079X")
    assert not iso7064.mod_11_2_is_valid("X794")


@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=34))
def test_mod_97_10_round_trip(body):
    check = iso7064.mod_97_10_calc_check_digits(body)
    assert 2 <= int(check) <= 98
    assert iso7064.mod_97_10_is_valid(body + check)


def test_mod_97_10_rejects_junk():
    assert not iso7064.mod_97_10_is_valid("12#4")
    assert not iso7064.mod_97_10_is_valid(None)
    assert not iso7064.mod_97_10_is_valid("3214282912345698765432161183")


@given(st.text(alphabet=gb32100.ALPHABET, min_size=17, max_size=17), st.data())
def test_gb32100_round_trip_and_single_change(body, data):
    code = body + gb32100.calc_check_digit(body)
    assert gb32100.is_valid(code)
    pos = data.draw(st.integers(0, 17))
    new = data.draw(st.sampled_from([c for c in gb32100.ALPHABET if c != code[pos]]))
    assert not gb32100.is_valid(code[:pos] + new + code[pos + 1 :])


def test_gb32100_weights_and_org_code():
    # Weights are 3**i mod 31 as tabulated in GB 32100 (1, 3, 9, 27, 19, 26, 16, ...).
    assert gb32100._WEIGHTS[:8] == (1, 3, 9, 27, 19, 26, 16, 17)
    assert gb32100.org_code_is_valid("600037341")
    assert not gb32100.org_code_is_valid("600037342")
    assert gb32100.org_code_calc_check_digit("D2143569") == "X"  # GB 11714 worked example
    assert not gb32100.org_code_is_valid(None)
    assert not gb32100.is_valid("9111000060003734IL")
