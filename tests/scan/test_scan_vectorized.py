"""The NumPy validators agree with the identifier modules (the reference) on any input."""

from __future__ import annotations

import random

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.detect import vectorized as vz
from piguard.identifiers import bank_card, cn_ric, cn_uscc, hk_id, iban, tw_id, vin
from piguard.identifiers.checksums import luhn

DIGITS = "0123456789"


def _valid_ids(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        body = (rng.choice(["110105", "440304", "510107", "650102", "449999"])
                + f"{rng.randint(1900, 2020)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
                + f"{rng.randint(0, 999):03d}")
        out.append(body + cn_ric.calc_check_digit(body))
    return out


def _near(valid: list[str], seed: int = 2) -> list[str]:
    """One character changed: mostly invalid look-alikes."""
    rng = random.Random(seed)
    out = []
    for v in valid:
        i = rng.randrange(len(v))
        out.append(v[:i] + rng.choice(DIGITS + "X") + v[i + 1:])
    return out


def _agree(values: list, fast, reference) -> None:
    got = fast(pa.array(values, pa.string())).tolist()
    want = [v is not None and reference(v) for v in values]
    mismatches = [(v, g, w) for v, g, w in zip(values, got, want, strict=True) if g != w]
    assert not mismatches, mismatches[:5]


def test_resident_ids_valid_and_near_misses():
    valid = _valid_ids(500)
    _agree(valid + _near(valid) + [None, "", "11010519491231002x"],
           vz.resident_id_valid, lambda v: len(v) == 18 and cn_ric.is_valid(v))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=DIGITS + "Xx", min_size=17, max_size=19), max_size=30))
def test_resident_ids_random(values):
    _agree(values, vz.resident_id_valid, lambda v: len(v) == 18 and cn_ric.is_valid(v))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=DIGITS, min_size=10, max_size=20), max_size=30))
def test_luhn_random(values):
    _agree(values, vz.luhn_valid, lambda v: 12 <= len(v) <= 19 and luhn.is_valid(v))


def test_bank_cards_generated():
    rng = random.Random(3)
    cards = []
    for _ in range(300):
        body = "622202" + "".join(rng.choice(DIGITS) for _ in range(rng.choice((9, 12))))
        cards.append(body + bank_card.calc_check_digit(body))
    _agree(cards + _near(cards), vz.luhn_valid, luhn.is_valid)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXY", min_size=18, max_size=18),
                max_size=30))
def test_uscc_random(values):
    # GB 32100 only: the identifier module also checks the embedded organisation code.
    from piguard.identifiers.checksums import gb32100

    _agree(values, vz.uscc_valid, lambda v: gb32100.is_valid(v) and v[0] in "123456789ANY")


def test_uscc_generated_codes_validate_in_both():
    from piguard.identifiers.checksums import gb32100

    rng = random.Random(4)
    codes = []
    for _ in range(200):
        org = "".join(rng.choice(DIGITS + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        body = "91440300" + org + gb32100.org_code_calc_check_digit(org)
        codes.append(body + cn_uscc.calc_check_digit(body))
    assert vz.uscc_valid(pa.array(codes)).all()
    assert all(cn_uscc.is_valid(c) for c in codes)


def test_other_check_digits_match_their_modules():
    samples = {
        vz.hk_id_valid: (hk_id.is_valid, ["A123456(3)", "A1234563", "AB987654(2)", "A123456(4)",
                                          "Z6837253", "C668668(E)"]),
        vz.tw_id_valid: (tw_id.is_valid, ["A123456789", "A123456788", "F131104093", "B223456780"]),
        vz.vin_valid: (vin.is_valid, ["1M8GDM9AXKP042788", "1M8GDM9A1KP042788",
                                      "LSVAU2180N2183294"]),
        vz.iban_valid: (iban.is_valid, ["GB82WEST12345698765432", "DE89370400440532013000",
                                        "DE89370400440532013001", "CN12345"]),
    }
    for fast, (reference, values) in samples.items():
        _agree(values, fast, reference)
