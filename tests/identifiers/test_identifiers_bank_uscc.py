"""Bank cards and unified social credit codes: fixtures we make and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piguard.errors import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from piguard.identifiers import bank_card, cn_uscc, regions
from piguard.identifiers.checksums import gb32100


def card(body: str) -> str:
    return body + bank_card.calc_check_digit(body)


@pytest.mark.parametrize(
    ("body", "net"),
    [
        ("622202123456789012", "unionpay"),  # 19 digits
        ("621700123456789", "unionpay"),  # 16 digits
        ("810012345678901", "unionpay"),
        ("411111111111111", "visa"),
        ("555555555555444", "mastercard"),
        ("222300000000000", "mastercard"),
        ("37828224631000", "amex"),
        ("353011133330000", "jcb"),
        ("601111111111111", "discover"),
        ("955880123456789012", "cn_domestic"),  # ICBC domestic 19 digits
        ("601382123456789012", "cn_domestic"),
    ],
)
def test_networks(body, net):
    number = card(body)
    assert bank_card.network(number) == net
    assert bank_card.is_unionpay(number) == (net == "unionpay")


def test_grouping_and_full_width():
    number = card("622202123456789012")
    assert bank_card.validate(bank_card.format(number)) == number
    assert bank_card.validate("-".join([number[:4], number[4:8], number[8:]])) == number
    assert bank_card.format("378282246310005") == "3782 822463 10005"


@pytest.mark.parametrize(
    ("number", "error"),
    [
        ("6222021234567890127", InvalidChecksum),
        ("62220212345678", InvalidLength),  # UnionPay needs 16-19
        ("41111111111111111111", InvalidLength),
        ("4111a11111111111", InvalidFormat),
        ("0000000000000000", InvalidComponent),
        ("2024092637969411708", InvalidComponent),  # order-number look-alike, no network
        ("7000000000000000", InvalidComponent),
        ("3782822463100051", InvalidLength),  # Amex is 15
    ],
)
def test_bad_cards(number, error):
    with pytest.raises(error):
        bank_card.validate(number)


@given(
    st.sampled_from(
        [("62", 16), ("62", 19), ("4", 16), ("51", 16), ("9558", 19), ("603", 19), ("601", 16)]
    ),
    st.data(),
)
def test_generated_cards_validate_and_single_changes_fail(prefix_length, data):
    prefix, length = prefix_length
    size = length - 1 - len(prefix)
    number = card(prefix + data.draw(st.text("0123456789", min_size=size, max_size=size)))
    assert bank_card.validate(number) == number
    # Luhn detects every single-digit substitution.
    pos = data.draw(st.integers(0, len(number) - 1))
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != number[pos]]))
    assert not bank_card.is_valid(number[:pos] + new + number[pos + 1 :])


def uscc(authority_type: str, division: str, org_body: str) -> str:
    body = authority_type + division + org_body + gb32100.org_code_calc_check_digit(org_body)
    return body + cn_uscc.calc_check_digit(body)


def test_uscc_known_good_and_meaning():
    code = uscc("91", "440300", "MA5F1234")
    assert cn_uscc.validate(code) == code
    assert cn_uscc.authority(code) == "工商"
    assert cn_uscc.entity_type(code) == "企业"
    assert cn_uscc.region(code).city == "深圳市"
    assert cn_uscc.validate(code.lower()) == code
    assert cn_uscc.organization_code(code)[:8] == "MA5F1234"
    assert cn_uscc.entity_type(uscc("53", "100000", "50000012")) == "基金会"
    assert cn_uscc.region(uscc("53", "100000", "50000012")) is None


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("91110000600037341", InvalidLength),
        ("9111000060003734IL", InvalidFormat),
        ("91110000600037341N", InvalidChecksum),
        ("91110000600037342" + cn_uscc.calc_check_digit("91110000600037342"), InvalidChecksum),
        ("B1110000600037341L", InvalidComponent),
        ("94110000600037341L", InvalidComponent),  # market regulation has no type 4
        ("91990000600037341L", InvalidComponent),  # division 990000
    ],
)
def test_uscc_bad(code, error):
    with pytest.raises(error):
        cn_uscc.validate(code)
    assert not cn_uscc.is_valid(code)


org_alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"


@given(
    st.sampled_from(["11", "12", "51", "52", "91", "92", "93", "Y1", "N2"]),
    st.sampled_from(sorted(regions.PROVINCES)),
    st.text("0123456789", min_size=4, max_size=4),
    st.text(org_alphabet, min_size=8, max_size=8),
    st.data(),
)
def test_uscc_generated_round_trip_and_single_change(at, prov, rest, org, data):
    code = uscc(at, prov + rest, org)
    assert cn_uscc.validate(code) == code
    pos = data.draw(st.integers(0, 17))
    new = data.draw(st.sampled_from([c for c in gb32100.ALPHABET if c != code[pos]]))
    assert not cn_uscc.is_valid(code[:pos] + new + code[pos + 1 :])
