"""HKID, Taiwan ID, IMEI, VIN, IBAN: generated numbers validate; single changes fail."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piguard.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from piguard.identifiers import hk_id, iban, imei, tw_id, vin

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"


def substitute(data, number: str, alphabet: str) -> str:
    pos = data.draw(st.integers(0, len(number) - 1))
    new = data.draw(st.sampled_from([c for c in alphabet if c != number[pos]]))
    return number[:pos] + new + number[pos + 1 :]


# --- Hong Kong ID -------------------------------------------------------------------


def test_hk_id_fixtures():
    assert hk_id.validate("G123456(A)") == "G123456A"
    assert hk_id.format("G123456A") == "G123456(A)"
    assert hk_id.validate("ab 987654 (3)") == "AB9876543"
    for bad, error in [("G123456(1)", InvalidChecksum), ("1123456(3)", InvalidFormat),
                       ("A12345(3)", InvalidLength), ("ABC123456(3)", InvalidLength)]:  # fmt: skip
        with pytest.raises(error):
            hk_id.validate(bad)


@given(st.text(UPPER, min_size=1, max_size=2), st.text(DIGITS, min_size=6, max_size=6), st.data())
def test_hk_id_round_trip_and_single_change(letters, digits, data):
    number = letters + digits + hk_id.calc_check_digit(letters + digits)
    assert hk_id.validate(hk_id.format(number)) == number
    # Weights 2-9 (and 1 for the check) are all prime to 11: every substitution of a
    # digit or the check character is caught.
    pos = data.draw(st.integers(len(letters), len(number) - 1))
    alphabet = DIGITS + "A" if pos == len(number) - 1 else DIGITS
    new = data.draw(st.sampled_from([c for c in alphabet if c != number[pos]]))
    assert not hk_id.is_valid(number[:pos] + new + number[pos + 1 :])


# --- Taiwan ID ----------------------------------------------------------------------


def test_tw_id_fixtures():
    assert tw_id.validate("A123456789") == "A123456789"
    assert tw_id.sex("A223456781") == "F"
    assert tw_id.kind("A800000014") == "resident_certificate"
    assert tw_id.region("F13110409" + tw_id.calc_check_digit("F13110409")) == "新北市"
    for bad, error in [("A123456788", InvalidChecksum), ("A323456789", InvalidComponent),
                       ("1123456789", InvalidFormat), ("A12345678", InvalidLength)]:  # fmt: skip
        with pytest.raises(error):
            tw_id.validate(bad)


@given(
    st.sampled_from(UPPER),
    st.sampled_from("1289ABCD"),
    st.text(DIGITS, min_size=7, max_size=7),
    st.data(),
)
def test_tw_id_round_trip_and_single_digit_change(letter, second, digits, data):
    body = letter + second + digits
    number = body + tw_id.calc_check_digit(body)
    assert tw_id.validate(number) == number
    # Weights are 8, 7, ..., 1, 1 from the second character on; only weights prime to
    # 10 (7, 3, 1, 1 at positions 2, 6, 8, 9) are guaranteed to catch a substitution.
    pos = data.draw(st.sampled_from([2, 6, 8, 9]))
    new = data.draw(st.sampled_from([c for c in DIGITS if c != number[pos]]))
    assert not tw_id.is_valid(number[:pos] + new + number[pos + 1 :])


# --- IMEI ---------------------------------------------------------------------------


def test_imei_fixtures():
    assert imei.validate("490154203237518") == "490154203237518"
    assert imei.is_imeisv("35-209900-176148-23")
    assert imei.format("352099001761481") == "35-209900-176148-1"
    for bad, error in [("490154203237517", InvalidChecksum), ("12345678901234", InvalidLength),
                       ("770154203237518", InvalidComponent), ("49015420323751a", InvalidFormat)]:  # fmt: skip
        with pytest.raises(error):
            imei.validate(bad)


@given(
    st.sampled_from(["35", "86", "01", "99"]), st.text(DIGITS, min_size=12, max_size=12), st.data()
)
def test_imei_round_trip_and_single_change(rbi, rest, data):
    body = rbi + rest
    number = body + imei.calc_check_digit(body)
    assert imei.validate(imei.format(number)) == number
    assert not imei.is_valid(substitute(data, number, DIGITS))


# --- VIN ----------------------------------------------------------------------------

VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def test_vin_fixtures():
    assert vin.validate("1M8GDM9AXKP042788") == "1M8GDM9AXKP042788"
    assert vin.region("WVWZZZ1JZXW000001") == "Europe"
    assert vin.is_valid("WVWZZZ1JZXW000001")  # European VINs need no check digit
    assert not vin.is_valid("WVWZZZ1JZXW000001", strict=True)
    for bad, error in [("1M8GDM9A1KP042788", InvalidChecksum), ("1M8GDM9AXKP04278", InvalidLength),
                       ("1M8GDM9AXIP042788", InvalidFormat), ("1M8GDM9AXUP042788", InvalidComponent)]:  # fmt: skip
        with pytest.raises(error):
            vin.validate(bad)


@given(
    st.sampled_from("1L"),
    st.text(VIN_CHARS, min_size=7, max_size=7),
    st.sampled_from([c for c in VIN_CHARS if c not in "UZ0"]),
    st.text(VIN_CHARS, min_size=7, max_size=7),
    st.data(),
)
def test_vin_round_trip_and_single_change(first, descriptor, year, serial, data):
    draft = first + descriptor + "0" + year + serial
    number = draft[:8] + vin.calc_check_digit(draft) + draft[9:]
    assert vin.validate(number) == number
    # A substitution at a position with a non-zero weight changes the sum unless the two
    # characters transliterate to the same value (A and J are both 1): compare values.
    pos = data.draw(st.sampled_from([i for i in range(17) if i not in (0, 8, 9)]))
    new = data.draw(
        st.sampled_from([c for c in VIN_CHARS if vin._VALUE[c] != vin._VALUE[number[pos]]])
    )
    assert not vin.is_valid(number[:pos] + new + number[pos + 1 :])


# --- IBAN ---------------------------------------------------------------------------


def test_iban_fixtures():
    assert iban.validate("DE89 3704 0044 0532 0130 00") == "DE89370400440532013000"
    assert iban.validate("NO93.8601.1117947") == "NO9386011117947"
    for bad, error in [("DE89370400440532013001", InvalidChecksum), ("DE8937040044053201300", InvalidLength),
                       ("CN89370400440532013000", InvalidComponent), ("GB82WEST1234569876543X", InvalidFormat)]:  # fmt: skip
        with pytest.raises(error):
            iban.validate(bad)


@given(st.sampled_from(["DE", "FR", "IT", "SA", "BR", "QA"]), st.data())
def test_iban_round_trip_and_single_change(country, data):
    length = iban.LENGTHS[country]
    if country in iban._BBAN:
        bban = data.draw(st.from_regex(iban._BBAN[country], fullmatch=True))
    else:
        bban = data.draw(st.text(DIGITS, min_size=length - 4, max_size=length - 4))
    number = country + iban.calc_check_digits(country + "00" + bban) + bban
    assert iban.validate(iban.format(number)) == number
    # MOD 97-10 detects every substitution of one digit by another. A letter stands for
    # two digits (J = 19), so a letter-to-digit change is not a single substitution.
    digit_positions = [i for i, c in enumerate(number) if i >= 4 and c in DIGITS]
    pos = data.draw(st.sampled_from(digit_positions))
    new = data.draw(st.sampled_from([c for c in DIGITS if c != number[pos]]))
    assert not iban.is_valid(number[:pos] + new + number[pos + 1 :])
