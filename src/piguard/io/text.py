"""Free text and logs, streamed line by line in bounded memory.

A file is read in fixed-size binary blocks and split on ``\\n`` (safe for UTF-8
and GB18030: neither uses byte 0x0A inside a multi-byte character). A line longer
than ``max_line_bytes`` is never held in memory: it is skipped up to its end and
counted in :attr:`TextStats.long_lines`, so a 100 MB line costs one block of RAM.

>>> import tempfile, os
>>> with tempfile.NamedTemporaryFile("wb", suffix=".log", delete=False) as f:
...     _ = f.write("登录 13800138000\\n".encode() + b"x" * 50 + b"\\nend\\n")
>>> stats = TextStats()
>>> [line for _, line in iter_lines(f.name, max_line_bytes=40, stats=stats)]
['登录 13800138000', 'end']
>>> stats.long_lines, stats.encoding
([2], 'utf-8')
>>> os.unlink(f.name)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from piguard.errors import EncodingError, InputTooLarge
from piguard.io.encoding import sniff_file_encoding

__all__ = ["DEFAULT_MAX_LINE_BYTES", "TextStats", "iter_lines", "read_text_batches"]

DEFAULT_MAX_LINE_BYTES = 1 << 20
_BLOCK = 1 << 20
_MAX_LISTED_LONG_LINES = 100


@dataclass
class TextStats:
    """Filled while lines are consumed."""

    encoding: str | None = None
    lines: int = 0
    bytes: int = 0
    long_lines: list[int] = field(default_factory=list)  # first 100 line numbers
    long_line_count: int = 0


def iter_lines(
    path: str | Path,
    *,
    encoding: str | None = None,
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    stats: TextStats | None = None,
    on_long_line: str = "skip",
) -> Iterator[tuple[int, str]]:
    """Yield ``(line_number, text)`` (1-based, without the line ending).

    ``on_long_line``: ``"skip"`` (scanning: count it in ``stats``) or ``"error"``
    (rewriting a file, where a dropped line would be lost: raise :class:`InputTooLarge`).
    """
    if on_long_line not in ("skip", "error"):
        raise ValueError("on_long_line must be 'skip' or 'error'")
    stats = stats if stats is not None else TextStats()
    encoding = encoding or sniff_file_encoding(path)
    stats.encoding = encoding
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    line_no = 0
    pending = bytearray()
    skipping = False  # inside a line that is too long
    with open(path, "rb") as handle:
        first = True
        while block := handle.read(_BLOCK):
            if first and encoding == "utf-8-sig" and block.startswith(b"\xef\xbb\xbf"):
                block = block[3:]
            first = False
            stats.bytes += len(block)
            start = 0
            while True:
                newline = block.find(b"\n", start)
                piece = block[start:] if newline < 0 else block[start:newline]
                if not skipping:
                    if len(pending) + len(piece) > max_line_bytes:
                        if on_long_line == "error":
                            raise InputTooLarge(
                                f"line {line_no + 1} is longer than {max_line_bytes} bytes")
                        skipping = True
                        pending.clear()
                    else:
                        pending += piece
                if newline < 0:
                    break
                line_no += 1
                if skipping:
                    _note_long(stats, line_no)
                    skipping = False
                else:
                    yield line_no, _decode(pending, codec, line_no)
                    pending.clear()
                start = newline + 1
    if pending or skipping:
        line_no += 1
        if skipping:
            _note_long(stats, line_no)
        else:
            yield line_no, _decode(pending, codec, line_no)
    stats.lines = line_no


def _note_long(stats: TextStats, line_no: int) -> None:
    stats.long_line_count += 1
    if len(stats.long_lines) < _MAX_LISTED_LONG_LINES:
        stats.long_lines.append(line_no)


def _decode(raw: bytearray, codec: str, line_no: int) -> str:
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise EncodingError(f"line {line_no} is not valid {codec}") from exc


def read_text_batches(
    path: str | Path,
    *,
    batch_lines: int = 16_384,
    encoding: str | None = None,
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    stats: TextStats | None = None,
    on_long_line: str = "skip",
) -> Iterator[pa.RecordBatch]:
    """Lines as record batches with columns ``line`` (int64) and ``text`` (string)."""
    numbers: list[int] = []
    texts: list[str] = []
    for number, text in iter_lines(path, encoding=encoding, max_line_bytes=max_line_bytes,
                                   stats=stats, on_long_line=on_long_line):
        numbers.append(number)
        texts.append(text)
        if len(texts) >= batch_lines:
            yield _batch(numbers, texts)
            numbers, texts = [], []
    if texts:
        yield _batch(numbers, texts)


def _batch(numbers: list[int], texts: list[str]) -> pa.RecordBatch:
    return pa.record_batch({"line": pa.array(numbers, pa.int64()),
                            "text": pa.array(texts, pa.string())})
