"""Byte offsets from hyperscan map back to the right str offsets, whatever the script."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.detect.matcher import _char_offsets


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
       st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=10))
def test_every_character_boundary_maps_to_its_str_offset(text, pairs):
    data = (text + "\n").encode("utf-8")
    byte_at = [len((text + "\n")[:i].encode("utf-8")) for i in range(len(text) + 2)]
    chars = [(min(a, len(text)), min(b, len(text) + 1)) for a, b in pairs]
    hits = [(k, byte_at[a], byte_at[b]) for k, (a, b) in enumerate(chars)]
    mapping = _char_offsets(data, hits)
    assert [(mapping[s], mapping[e]) for _, s, e in hits] == chars
