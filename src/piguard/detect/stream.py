"""Detect PI in a JSON Lines stream, line by line, in bounded memory.

Input lines are ``{"id": ..., "text": "..."}``; each output line is
``{"id": ..., "entities": [{"start", "end", "type", "score"}]}`` (the shape of
``piguard detect``). Lines are read in batches (one regex pass per batch) and never more
than ``max_line_bytes`` at a time. Error messages name the line number, never its text.

>>> import io
>>> out = io.StringIO()
>>> stats = detect_jsonl(io.BytesIO('{"id": 1, "text": "邮箱a@b.cn"}\\n'.encode()), out,
...                      types={"EMAIL"})
>>> out.getvalue()
'{"id": 1, "entities": [{"start": 2, "end": 8, "type": "EMAIL", "score": 1.0}]}\\n'
>>> stats.lines, stats.findings
(1, 1)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import repeat
from json.encoder import encode_basestring
from typing import BinaryIO, TextIO

from piguard.detect.engine import detect_many, gc_paused
from piguard.detect.registry import parse_types
from piguard.errors import InputError, InputTooLarge

__all__ = ["BadLine", "StreamStats", "detect_jsonl"]

#: Longest input line accepted (bytes); longer lines are errors, not memory blow-ups.
DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024
_READ_BYTES = 1 << 20
_BOM = b"\xef\xbb\xbf"
_WARM_UP = "张三 手机13800138000 电话+44 20 7946 0958 或 (212) 555-0199 a@b.cn 10.0.0.1"  # one block read = one batch for the engine


class BadLine(InputError):
    """An input line that is not a JSON object with a string ``text``."""

    def __init__(self, line_number: int, reason: str) -> None:
        super().__init__(f"line {line_number}: {reason}")
        self.line_number = line_number
        self.reason = reason

    def __reduce__(self):  # picklable across worker processes
        return (type(self), (self.line_number, self.reason))


@dataclass
class StreamStats:
    lines: int = 0
    findings: int = 0
    characters: int = 0
    skipped: list[int] = field(default_factory=list)


_raw_decode = json.JSONDecoder().raw_decode
_WHITESPACE = " \t\r\n"


def _decode(line: str) -> object:
    """``json.loads`` for one line, without its wrapper layers (this runs per line)."""
    if line[:1] in _WHITESPACE:
        line = line.strip(_WHITESPACE)
    value, end = _raw_decode(line)
    if end != len(line) and line[end:].strip(_WHITESPACE):
        raise json.JSONDecodeError("Extra data", line, end)
    return value


def _encode_id(doc_id: object) -> str:
    if type(doc_id) is int:
        return str(doc_id)
    if type(doc_id) is str:
        return encode_basestring(doc_id)
    return json.dumps(doc_id, ensure_ascii=False)


def _result_line(doc_id: object, found) -> str:
    """``{"id": ..., "entities": [...]}`` as ``json.dumps`` writes it, built directly
    (type codes are plain ASCII; the id goes through ``json.dumps``).

    >>> from piguard.detect.finding import Finding
    >>> line = _result_line("a", [Finding(0, 2, "PHONE", 0.8512345)])
    >>> json.loads(line) == {"id": "a", "entities": [Finding(0, 2, "PHONE", 0.8512345).to_dict()]}
    True
    """
    head = str(doc_id) if type(doc_id) is int else _encode_id(doc_id)
    if not found:
        return f'{{"id": {head}, "entities": []}}\n'
    entities = ", ".join([
        f'{{"start": {f.start}, "end": {f.end}, "type": "{f.entity_type}", '
        f'"score": {round(f.score, 4)!r}}}'
        for f in found
    ])
    return f'{{"id": {head}, "entities": [{entities}]}}\n'


def _chunks(stream: BinaryIO, max_line_bytes: int) -> Iterator[tuple[int, list[bytes | None]]]:
    """(number of the first line, lines without their newline) per block read;
    ``None`` stands for a line longer than the bound, which is skipped, never held."""
    number, carry, skipping, at_start = 1, b"", False, True
    while True:
        block = stream.read(_READ_BYTES)
        if not block:
            break
        buffer = carry + block
        if at_start:  # a UTF-8 byte-order mark is not part of the first line
            if len(buffer) < len(_BOM) and _BOM.startswith(buffer):
                carry = buffer
                continue
            at_start = False
            if buffer.startswith(_BOM):
                buffer = buffer[len(_BOM):]
        parts: list[bytes | None] = buffer.split(b"\n")  # type: ignore[assignment]
        carry = parts.pop()  # type: ignore[assignment]
        if skipping and parts:
            parts[0], skipping = None, False  # the end of a too-long line
        lines = [None if p is not None and len(p) > max_line_bytes else p for p in parts]
        if lines:
            yield number, lines
            number += len(lines)
        if len(carry) > max_line_bytes:
            carry, skipping = b"", True
    if skipping or carry:
        yield number, [None if skipping or len(carry) > max_line_bytes else carry]


def _parse(number: int, raw: bytes | None, max_line_bytes: int) -> tuple[object, str] | None:
    if raw is None:
        raise InputTooLarge(f"line {number}: longer than {max_line_bytes} bytes")
    if not raw.strip():
        return None  # blank lines are allowed and skipped
    try:
        row = _decode(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadLine(number, "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise BadLine(number, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(row, dict):
        raise BadLine(number, "not a JSON object")
    text = row.get("text")
    if not isinstance(text, str):
        raise BadLine(number, 'missing "text" string')
    return row.get("id"), text


def _parse_fast(lines: list[bytes | None]) -> tuple[list[object], list[str]] | None:
    """Ids and texts of all lines of a block at once, with one ``json.loads`` (the checks
    run in C: map over the rows); None when any line is not a plain ``{"text": ...}``
    object (the caller then parses line by line to name it)."""
    if None in lines:
        return None
    try:  # a blank line makes ",," and falls back, like any bad line
        rows = json.loads(b"[" + b",".join(lines) + b"]")  # type: ignore[arg-type]
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if len(rows) != len(lines) or not rows or set(map(type, rows)) != {dict}:
        return None
    texts = list(map(dict.get, rows, repeat("text")))
    if set(map(type, texts)) != {str}:
        return None
    return list(map(dict.get, rows, repeat("id"))), texts


@dataclass
class _ChunkResult:
    output: str
    lines: int
    findings: int
    characters: int
    skipped: list[int]
    error: InputError | None = None


def _process_chunk(first: int, lines: list[bytes | None], wanted: frozenset[str],
                   threshold: float | None, skip_bad_lines: bool,
                   max_line_bytes: int) -> _ChunkResult:
    """Parse, detect and format one block of lines (in this process or a worker).

    The cyclic garbage collector is paused meanwhile: a block is tens of thousands of
    parsed rows and findings, all acyclic and freed by reference counting, which the
    collector would otherwise walk again and again for nothing.
    """
    return _process_block(first, lines, wanted, threshold, skip_bad_lines, max_line_bytes)


@gc_paused
def _process_block(first: int, lines: list[bytes | None], wanted: frozenset[str],
                   threshold: float | None, skip_bad_lines: bool,
                   max_line_bytes: int) -> _ChunkResult:
    skipped: list[int] = []
    error: InputError | None = None
    parsed_all = _parse_fast(lines)
    if parsed_all is not None:
        ids, texts = parsed_all
    else:  # some line is bad or blank: go line by line
        rows = []
        for number, raw in enumerate(lines, first):
            try:
                parsed = _parse(number, raw, max_line_bytes)
            except InputError as exc:
                if not skip_bad_lines:
                    error = exc  # lines before it are still written
                    break
                skipped.append(number)
                continue
            if parsed is not None:
                rows.append(parsed)
        ids = [i for i, _ in rows]
        texts = [t for _, t in rows]
    results = detect_many(texts, wanted, threshold=threshold, with_category=False)
    return _ChunkResult("".join(map(_result_line, ids, results)), len(texts),
                        sum(map(len, results)), sum(map(len, texts)), skipped, error)


def detect_jsonl(
    source: BinaryIO,
    sink: TextIO,
    types: Iterable[str] | str | None = None,
    *,
    threshold: float | None = None,
    skip_bad_lines: bool = False,
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    on_batch: Callable[[StreamStats], None] | None = None,
    jobs: int = 1,
) -> StreamStats:
    """Stream ``source`` (JSON Lines bytes) to ``sink``; returns counts.

    A bad line raises :class:`BadLine` / :class:`InputTooLarge` naming its number (every
    line before it is written), or with ``skip_bad_lines`` is listed in
    ``StreamStats.skipped`` and left out. With ``jobs`` > 1 and more than one block of
    input, blocks are processed by that many worker processes, in order, with at most
    two blocks per worker in flight (memory stays bounded).
    """
    wanted = parse_types(types)
    stats = StreamStats()
    chunks = iter(_chunks(source, max_line_bytes))
    args = (wanted, threshold, skip_bad_lines, max_line_bytes)

    def take(result: _ChunkResult) -> None:
        sink.write(result.output)
        stats.lines += result.lines
        stats.findings += result.findings
        stats.characters += result.characters
        stats.skipped.extend(result.skipped)
        if on_batch is not None:
            on_batch(stats)
        if result.error is not None:
            raise result.error

    first = next(chunks, None)
    if first is None:
        return stats
    second = next(chunks, None) if jobs > 1 else None
    if second is None:  # one block (or one job): no workers
        take(_process_chunk(*first, *args))
        for chunk in chunks:
            take(_process_chunk(*chunk, *args))
        return stats
    _run_parallel([first, second], chunks, args, jobs, take)
    return stats


def _run_parallel(head, chunks, args, jobs: int, take) -> None:
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from itertools import chain

    # Load databases, validators (libphonenumber's metadata too) and models once, before
    # the fork, so that workers share them instead of each loading its own.
    detect_many([_WARM_UP], args[0])
    context = multiprocessing.get_context("fork")
    pending: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        try:
            for chunk in chain(head, chunks):
                pending.append(pool.submit(_process_chunk, *chunk, *args))
                if len(pending) >= 2 * jobs:
                    take(pending.popleft().result())
            while pending:
                take(pending.popleft().result())
        finally:
            for future in pending:
                future.cancel()
