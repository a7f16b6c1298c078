"""Class numbering: counting and sorting paths agree with a plain reference."""

from __future__ import annotations

import numpy as np
import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.anonymize.classes import group_ids
from piguard.anonymize.encode import encode


@settings(max_examples=100, deadline=None)
@given(n=st.integers(1, 300), radices=st.lists(st.sampled_from([1, 2, 7, 1000, 5_000_000]),
                                               min_size=1, max_size=5), seed=st.integers(0, 99))
def test_group_ids_matches_tuple_reference(n, radices, seed):
    rng = np.random.default_rng(seed)
    columns = [rng.integers(0, r, n) for r in radices]
    ids, count = group_ids(columns, radices)
    tuples = list(zip(*[c.tolist() for c in columns], strict=True))
    reference = {t: i for i, t in enumerate(sorted(set(tuples)))}
    assert count == len(reference)
    assert ids.tolist() == [reference[t] for t in tuples]  # same numbering: sorted key order


def test_nulls_are_a_value_of_their_own():
    frame = pl.DataFrame({"a": [1, None, 1, None], "b": ["x", None, "x", "y"]})
    encoded = encode(frame, ["a", "b"])
    codes = [attr.codes.tolist() for attr in encoded.attributes]
    assert codes[0][0] == codes[0][2] and codes[0][1] == codes[0][3] != codes[0][0]
    assert encoded.attributes[1].domain == 3
