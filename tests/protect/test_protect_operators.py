"""Operators: display conventions, determinism, reversibility, hostile input, arrays."""

import datetime as dt

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from protect_helpers import KEY, OTHER_KEY

from piguard.errors import IntegrityError, PolicyError
from piguard.protect import operators as ops

ALL_OPERATORS = [
    ops.Redact(), ops.Redact("[删除]"), ops.TypeTag("PHONE"), ops.Suppress(),
    ops.Mask(3, 4), ops.Mask(0, 0, "#"), ops.NameMask(), ops.CardMask(), ops.EmailMask(),
    ops.Pseudonym(KEY), ops.Pseudonym(KEY, algorithm="sm3", prefix="P_"),
    ops.Encrypt(KEY), ops.Encrypt(KEY, algorithm="sm4-siv"),
    ops.Fpe(KEY), ops.Fpe(KEY, "CN_RESIDENT_ID"), ops.Fpe(KEY, "BANK_CARD"),
    ops.Fpe(KEY, "PHONE"), ops.Fpe(KEY, "CN_USCC"),
    ops.NumberBand(10), ops.NumberBand(1000, style="interval"), ops.DateBand("quarter"),
    ops.AddressLevel("district"), ops.ResidentIdRegionYear(), ops.Round(100),
    ops.Noise(1.0, seed=1), ops.DateShift(KEY, max_days=10),
]
HOSTILE = st.text() | st.sampled_from([
    "", " ", "\x00", "\ud800", "𠮷" * 50, "1" * 10_000, "-" * 100, "110105194912310" + "\u200b",
    "+86 +86 138", "NaN", "inf", "-0", "1e400", "9999-99-99", "２０２３年", "@", "@@@",
])

# Arrow strings are UTF-8: lone surrogates cannot be stored in a column at all.
ARROW_SAFE = HOSTILE.filter(lambda v: not any("\ud800" <= c <= "\udfff" for c in v))


@pytest.mark.parametrize("op", ALL_OPERATORS, ids=lambda o: o.name)
@settings(max_examples=60, deadline=None)
@given(value=HOSTILE)
def test_no_input_crashes_an_operator(op, value):
    out = op.apply(value)
    assert isinstance(out, str)


@pytest.mark.parametrize("op", [o for o in ALL_OPERATORS if o.name != "noise"],
                         ids=lambda o: o.name)
@settings(max_examples=25, deadline=None)
@given(values=st.lists(st.none() | ARROW_SAFE, max_size=12))
def test_array_equals_scalar_and_nulls_stay_null(op, values):
    out = op.apply_array(pa.array(values, pa.string())).to_pylist()
    assert len(out) == len(values)
    for value, got in zip(values, out, strict=True):
        if value is None or op.name == "suppress":
            assert got is None
        else:
            assert got == op.apply(value)


def test_display_masks():
    assert ops.Mask(6, 4).apply("110105194912311234") == "110105********1234"
    assert ops.Mask(3, 4).apply("13812345678") == "138****5678"
    assert ops.NameMask().apply("张三") == "张*"
    assert ops.NameMask().apply("欧阳娜娜") == "欧阳**"
    assert ops.NameMask().apply("司马光") == "司马*"
    assert ops.NameMask().apply("李") == "*"
    assert ops.CardMask().apply("6222021234561234") == "6222 **** **** 1234"
    assert ops.Mask(3, 4).apply("123") == "***"  # too short to keep anything


@settings(max_examples=100, deadline=None)
@given(value=st.text(max_size=50))
def test_pseudonyms_deterministic_per_key_and_differ_across_keys(value):
    for algorithm in ("sha256", "sm3"):
        a = ops.Pseudonym(KEY, algorithm=algorithm)
        assert a.apply(value) == ops.Pseudonym(KEY, algorithm=algorithm).apply(value)
        assert a.apply(value) != ops.Pseudonym(OTHER_KEY, algorithm=algorithm).apply(value)
    assert ops.Pseudonym(KEY).apply(value) != ops.Pseudonym(KEY, algorithm="sm3").apply(value)


def test_pseudonym_same_token_in_every_table():
    op = ops.Pseudonym(KEY)
    left = op.apply_array(pa.array(["13812345678", "x"]))
    right = op.apply_array(pa.chunked_array([["y", "13812345678"]]))
    assert left[0] == right[1]


@settings(max_examples=100, deadline=None)
@given(value=st.text(max_size=200), algorithm=st.sampled_from(["aes-siv", "sm4-siv"]))
def test_encrypt_round_trip_and_determinism(value, algorithm):
    op = ops.Encrypt(KEY, algorithm=algorithm)
    token = op.apply(value)
    assert token == op.apply(value)
    assert op.reverse(token) == value
    with pytest.raises(IntegrityError):
        ops.Encrypt(OTHER_KEY, algorithm=algorithm).reverse(token)


def test_encrypt_rejects_garbage_tokens():
    op = ops.Encrypt(KEY)
    for bad in ["", "!!!", "abc", "A" * 40]:
        with pytest.raises(IntegrityError):
            op.reverse(bad)
    assert op.reverse_array(pa.array(["!!!", None])).to_pylist() == [None, None]


def test_date_shift_consistent_per_person_never_zero():
    op = ops.DateShift(KEY, max_days=5)
    dates = pa.array([dt.date(2024, 1, 1), dt.date(2024, 1, 11), dt.date(2024, 1, 1)])
    people = pa.array(["p1", "p1", "p2"])
    out = op.apply_array(dates, group=people).to_pylist()
    assert (out[1] - out[0]).days == 10
    for person in ("p1", "p2", "p3", "p4"):
        assert 1 <= abs(op.offset(person)) <= 5
    strings = op.apply_array(pa.array(["2024-01-01", "bad"]), group=pa.array(["p1", "p1"]))
    assert strings.to_pylist() == [out[0].isoformat(), "*"]


def test_generalizers():
    assert ops.NumberBand(10).apply_array(pa.array([37, None, 40])).to_pylist() == \
        ["30-39", None, "40-49"]
    assert ops.DateBand("month").apply_array(pa.array([dt.date(2023, 5, 17)])).to_pylist() == \
        ["2023-05"]
    assert ops.AddressLevel("province").apply("浙江省杭州市西湖区文三路") == "浙江省"
    assert ops.AddressLevel("city").apply("无法识别") == "*"
    assert ops.ResidentIdRegionYear("province").apply("11010519491231002X") == "北京市 1949"
    assert ops.Round(1000).apply_array(pa.array([15800, 1200])).to_pylist() == [16000, 1000]


def test_operators_are_checked_when_built():
    with pytest.raises(PolicyError):
        ops.Mask(keep_first=-1)
    with pytest.raises(PolicyError):
        ops.Mask(char="**")
    with pytest.raises(PolicyError):
        ops.Pseudonym(KEY, algorithm="md5")
    with pytest.raises(PolicyError):
        ops.Pseudonym("not a key")  # type: ignore[arg-type]
    with pytest.raises(PolicyError):
        ops.NumberBand(0)


def test_describe_never_shows_secrets():
    for op in ALL_OPERATORS:
        text = repr(op) + str(op.describe())
        assert KEY.secret.hex() not in text and repr(KEY.secret) not in text


@settings(max_examples=40, deadline=None)
@given(values=st.lists(st.none() | ARROW_SAFE, max_size=20),
       algorithm=st.sampled_from(["aes-siv", "sm4-siv"]), prefix=st.sampled_from(["", "E:"]))
def test_encrypt_columns_round_trip(values, algorithm, prefix):
    op = ops.Encrypt(KEY, algorithm=algorithm, prefix=prefix)
    tokens = op.apply_array(pa.array(values, pa.string()))
    assert tokens.to_pylist() == [None if v is None else op.apply(v) for v in values]
    assert op.reverse_array(tokens).to_pylist() == values
    other = ops.Encrypt(OTHER_KEY, algorithm=algorithm, prefix=prefix)
    assert all(v is None for v in other.reverse_array(tokens).to_pylist())
