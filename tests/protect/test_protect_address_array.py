"""Address generalization of a column equals the one-value path on address-like text."""

from __future__ import annotations

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.protect.operators import AddressLevel

PIECES = st.sampled_from([
    "北京市", "北京", "上海市", "广东省", "深圳市", "南山区", "浙江省", "杭州市", "西湖区",
    "内蒙古自治区", "呼和浩特市", "延边朝鲜族自治州", "延吉市", "香港特别行政区", "台湾省",
    "朝阳区", "县", "旗", "市", "区", "省", "建国路", "88号", "１２号", "0", "9", "\n", " ",
    "\t", "A座", "-", "@", "𠮷", "号楼", "室",
])
ADDRESSES = st.lists(PIECES, max_size=8).map("".join) | st.text(max_size=20)


@pytest.mark.parametrize("level", ["province", "city", "district"])
@settings(max_examples=80, deadline=None)
@given(values=st.lists(st.none() | ADDRESSES, max_size=20))
def test_column_path_equals_value_path(level, values):
    op = AddressLevel(level)
    out = op.apply_array(pa.array(values, pa.string())).to_pylist()
    assert out == [None if v is None else op.apply(v) for v in values]
