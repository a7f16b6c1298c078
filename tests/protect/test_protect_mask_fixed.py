"""Masks on their fast column paths (equally long ASCII values, e-mail columns) equal the
one-value path."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.protect.operators import CardMask, EmailMask, Mask

ASCII = st.characters(min_codepoint=32, max_codepoint=126)


@st.composite
def fixed_columns(draw):
    width = draw(st.integers(1, 24))
    values = draw(st.lists(st.text(ASCII, min_size=width, max_size=width), min_size=1,
                           max_size=30))
    start = draw(st.integers(0, len(values) - 1))
    return pa.array(values, pa.string()).slice(start)  # offsets need not start at 0


@settings(max_examples=150, deadline=None)
@given(column=fixed_columns(), keep_first=st.integers(0, 8), keep_last=st.integers(0, 8),
       char=st.sampled_from(["*", "#", "x"]))
def test_fixed_width_ascii_equals_scalar(column, keep_first, keep_last, char):
    op = Mask(keep_first, keep_last, char)
    out = op.apply_array(column)
    assert out.to_pylist() == [op.apply(v) for v in column.to_pylist()]


@settings(max_examples=60, deadline=None)
@given(column=fixed_columns())
def test_card_mask_on_fixed_width_equals_scalar(column):
    op = CardMask()
    assert op.apply_array(column).to_pylist() == [op.apply(v) for v in column.to_pylist()]


def test_other_columns_take_the_kernel_path_with_the_same_result():
    column = pa.array(["13812345678", None, "1381234567", "张三丰的电话号码是"], pa.string())
    op = Mask(3, 4)
    assert op.apply_array(column).to_pylist() == [
        None if v is None else op.apply(v) for v in column.to_pylist()]
    wide = Mask(1, 1, "中")  # a multi-byte mask character never takes the byte path
    assert wide.apply_array(pa.array(["abcd"])).to_pylist() == ["a中中d"]


@settings(max_examples=100, deadline=None)
@given(values=st.lists(st.tuples(st.text(max_size=8), st.text(max_size=8)).map("@".join),
                       min_size=1, max_size=20))
def test_email_column_where_every_value_has_an_at_sign_equals_scalar(values):
    op = EmailMask()
    assert op.apply_array(pa.array(values, pa.string())).to_pylist() == [
        op.apply(v) for v in values]
