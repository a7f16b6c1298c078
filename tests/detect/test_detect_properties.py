"""Property tests: detect never crashes and its spans are always well-formed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.detect.engine import detect, detect_many, normalize_for_matching
from piguard.detect.registry import PATTERN_TYPES
from piguard.identifiers.normalize import normalize

IDS = sorted(PATTERN_TYPES)

# Text that looks like the inputs: digits (ASCII and full-width), letters, separators,
# Chinese characters, labels and arbitrary code points.
_pieces = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="0123456789０１２３４５６７８９ -.:@/+()Xx，。：", max_size=30),
    st.sampled_from(["身份证", "手机", "卡号", "QQ", "微信", "邮箱", "http://", "www.",
                     "订单号", "车牌", "京A", "粤B·", "+86 ", "@", "::", "N39.9", "\n"]),
    st.from_regex(r"[0-9]{5,20}", fullmatch=True),
)
texts = st.lists(_pieces, max_size=12).map("".join)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_never_crashes_and_spans_lie_within_the_text(text):
    found = detect(text, IDS)
    previous_end = 0
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= previous_end  # sorted, no overlaps
        previous_end = f.end
        assert 0.5 <= f.score <= 1.0
        assert f.category and f.explanation


@settings(max_examples=50, deadline=None)
@given(st.lists(texts, max_size=5))
def test_batches_equal_single_texts(batch):
    assert detect_many(batch, IDS) == [detect(t, IDS) for t in batch]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_matching_normalisation_keeps_length_and_agrees_with_identifiers(text):
    fast = normalize_for_matching(text)
    assert len(fast) == len(text)
    full = normalize(text)
    for a, b, original in zip(fast, full, text, strict=True):
        assert a == b or (a == original and original in "，：（）；！？。")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")), max_size=20),
       st.integers(1, 50), st.integers(1, 30), st.booleans())
def test_stream_blocks_number_every_line(lines, block, limit, trailing_newline):
    import io

    from piguard.detect import stream

    data = b"\n".join(lines) + (b"\n" if trailing_newline and lines else b"")
    original = stream._READ_BYTES
    stream._READ_BYTES = block
    try:
        got = [(n, raw) for first, chunk in stream._chunks(io.BytesIO(data), limit)
               for n, raw in enumerate(chunk, first)]
    finally:
        stream._READ_BYTES = original
    if data.startswith(b"\xef\xbb\xbf"):  # a byte-order mark is dropped
        data = data[3:]
    expected_lines = data.split(b"\n")
    if data.endswith(b"\n") or not data:
        expected_lines = expected_lines[:-1]
    expected = [(n, None if len(raw) > limit else raw) for n, raw in enumerate(expected_lines, 1)]
    assert got == expected
