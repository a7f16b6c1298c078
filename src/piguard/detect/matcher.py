"""Find candidate spans of many recognizers in one pass.

With hyperscan (the default on x86-64 Linux) all patterns are compiled into one
database and scanned together over UTF-8 bytes; the compiled database is cached on disk
so that a CLI process pays microseconds, not the ~0.4 s compile. Hyperscan reports every
match, including overlapping ones and every shorter end of a longer match, so each pattern is
compiled with a right boundary (one character outside the recognizer's glue class; a
``\n`` sentinel closes the text): a run of digits then yields one candidate per pattern,
not one per possible end. Callers confirm candidates in code (left boundary, soft
separators, validators, overlap resolution). Without
hyperscan, each pattern runs through Python's ``re``, which finds non-overlapping
leftmost-longest matches per pattern — the same spans once boundaries are checked.

Offsets returned are ``str`` indices into the scanned text.

>>> from piguard.detect.registry import recognizers_for
>>> m = matcher_for(recognizers_for({"EMAIL"}))
>>> [(s, e) for _, s, e in m.scan("邮箱a@b.cn，谢谢")]
[(2, 8)]
"""

from __future__ import annotations

import hashlib
import os
import re
from functools import cache
from itertools import accumulate, repeat
from operator import sub
from pathlib import Path

from piguard.detect.recognizers.base import Recognizer

__all__ = ["Candidate", "Matcher", "matcher_for"]

#: (index of the recognizer in the matcher's tuple, start, end)
Candidate = tuple[int, int, int]


class Matcher:
    """Python ``re`` back-end: one compiled pattern per recognizer."""

    backend = "re"

    def __init__(self, recognizers: tuple[Recognizer, ...]) -> None:
        self.recognizers = recognizers
        self._compiled = [
            re.compile(r.pattern, re.IGNORECASE if r.ignore_case else 0) for r in recognizers
        ]

    def scan(self, text: str) -> list[Candidate]:
        found: list[Candidate] = []
        for index, pattern in enumerate(self._compiled):
            found.extend((index, m.start(), m.end()) for m in pattern.finditer(text))
        return found

    def scan_with_labels(self, text: str, words: tuple[str, ...]
                         ) -> tuple[list[Candidate], list[Candidate]]:
        """Candidates, and occurrences of ``words`` as (word index, start, end)."""
        return self.scan(text), literal_scanner(words).scan(text) if words else []


class HyperscanMatcher(Matcher):
    """All patterns in one hyperscan block-mode database (leftmost start of match)."""

    backend = "hyperscan"

    def __init__(self, recognizers: tuple[Recognizer, ...], words: tuple[str, ...] = ()) -> None:
        import hyperscan

        self.recognizers, self.words = recognizers, words
        # Gated expressions run on raw bytes without start-of-match tracking: in UTF-8
        # mode their "any character" gap made the whole database about 1.6x slower.
        utf8_som = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_SOM_LEFTMOST
        flags = [(hyperscan.HS_FLAG_CASELESS if r.ignore_case else 0)
                 | (0 if _is_gated(r) else utf8_som) for r in recognizers]
        # Context labels ride in the same database: one pass over the text finds both.
        flags += [utf8_som | hyperscan.HS_FLAG_CASELESS] * len(words)
        expressions = [engine_expression(r) for r in recognizers] + [_literal(w) for w in words]
        self._db = _load_or_compile(expressions, flags)
        self._byte_mode = frozenset(i for i, r in enumerate(recognizers) if _is_gated(r))
        self._scratch = hyperscan.Scratch(self._db)
        # gated recognizers report from their label on: the candidate is found in code,
        # as the leftmost start from which the pattern runs exactly to the reported end
        self._gated = {
            i: re.compile(f"(?:{r.pattern})\\Z", re.IGNORECASE if r.ignore_case else 0)
            for i, r in enumerate(recognizers) if _is_gated(r)
        }

    def scan(self, text: str) -> list[Candidate]:
        return self._split(text)[0]

    def scan_with_labels(self, text: str, words: tuple[str, ...]
                         ) -> tuple[list[Candidate], list[Candidate]]:
        if words != self.words:
            return super().scan_with_labels(text, words)
        return self._split(text)

    def _split(self, text: str) -> tuple[list[Candidate], list[Candidate]]:
        first_label = len(self.recognizers)
        hits = _scan(self._db, self._scratch, text, byte_mode=self._byte_mode,
                     unbounded_from=first_label)
        labels = [(i - first_label, s, e) for i, s, e in hits if i >= first_label]
        if labels:
            hits = [h for h in hits if h[0] < first_label]
        if not self._gated:
            return hits, labels
        found: list[Candidate] = []
        seen: set[Candidate] = set()
        for index, start, end in hits:
            pattern = self._gated.get(index)
            if pattern is None:
                found.append((index, start, end))
                continue
            # no start of match is tracked for gated patterns (cheaper): find the
            # candidate's leftmost start in code (one search, anchored at the end)
            hit = pattern.search(text, max(0, end - _LONGEST), end)
            if hit is not None and hit.start() < end:
                key = (index, hit.start(), end)
                if key not in seen:
                    seen.add(key)
                    found.append(key)
        return found, labels


class LiteralScanner:
    """Every occurrence of a set of words, overlapping ones too, case-insensitive
    (``re`` fallback: non-overlapping, longest word first)."""

    def __init__(self, words: tuple[str, ...], backend: str) -> None:
        self.words = words
        if backend == "hyperscan":
            import hyperscan

            expressions = [_literal(w) for w in words]
            flags = (hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_SOM_LEFTMOST
                     | hyperscan.HS_FLAG_UTF8)
            self._db = _load_or_compile(expressions, [flags] * len(words))
            self._scratch = hyperscan.Scratch(self._db)
            self._regex = None
        else:
            self._regex = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
            self._index = {w: i for i, w in enumerate(words)}

    def scan(self, text: str) -> list[Candidate]:
        if self._regex is None:
            return _scan(self._db, self._scratch, text, bounded=False)
        index = self._index
        return [(index[m.group().lower()], m.start(), m.end()) for m in self._regex.finditer(text)
                if m.group().lower() in index]


def _literal(word: str) -> str:
    return "".join(c if c.isalnum() else "\\" + c if c.isascii() else c for c in word)


@cache
def literal_scanner(words: tuple[str, ...]) -> LiteralScanner:
    return LiteralScanner(words, "hyperscan" if _hyperscan_available() else "re")


def _scan(db, scratch, text: str, bounded: bool = True,
          byte_mode: frozenset[int] = frozenset(), unbounded_from: int | None = None
          ) -> list[Candidate]:
    """Scan ``text``; with ``bounded`` patterns, drop each match's boundary character
    (one byte for ``byte_mode`` patterns, one character for UTF-8 ones). Patterns with
    an id from ``unbounded_from`` on have no boundary character."""
    data = (text + "\n").encode("utf-8")
    hits: list[tuple[int, int, int]] = []
    append = hits.append
    if byte_mode:
        def on_match(pattern_id: int, start: int, end: int, flags: int, context: object) -> None:
            append((pattern_id, start, end - 1 if pattern_id in byte_mode else end))
    else:
        def on_match(pattern_id: int, start: int, end: int, flags: int, context: object) -> None:
            append((pattern_id, start, end))

    db.scan(data, match_event_handler=on_match, scratch=scratch)
    if not hits:
        return hits
    if len(data) != len(text) + 1:  # non-ASCII: map bytes to str offsets
        char_at = _char_offsets(data, hits)
        hits = [(i, char_at[s], char_at[e]) for i, s, e in hits]
    if not bounded:
        return hits
    # every other match ends with its one boundary character: drop it
    first_unbounded = float("inf") if unbounded_from is None else unbounded_from
    return [(i, s, e if i in byte_mode or i >= first_unbounded else e - 1) for i, s, e in hits]


#: UTF-8 continuation bytes (0x80-0xBF) to 0x80, every other byte to 0x00.
_CONTINUATION = bytes(0x80 if 0x80 <= b < 0xC0 else 0 for b in range(256))


def _char_offsets(data: bytes, hits: list[tuple[int, int, int]]) -> dict[int, int]:
    """str offset of every UTF-8 byte offset in ``hits`` (all at character boundaries):
    the offset minus the continuation bytes before it, counted stretch by stretch with
    ``bytes.count`` (the loop runs in C: map and accumulate)."""
    offsets = sorted({o for _, s, e in hits for o in (s, e)})
    marks = data.translate(_CONTINUATION)
    skipped = accumulate(map(marks.count, repeat(b"\x80"), [0, *offsets[:-1]], offsets))
    return dict(zip(offsets, map(sub, offsets, skipped), strict=True))


def _cache_dir() -> Path:
    base = os.environ.get("PIGUARD_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "piguard" if base else Path.home() / ".cache" / "piguard"


def _class_of(chars: str) -> str:
    return "".join(c if c.isalnum() and c.isascii() else "\\" + c for c in sorted(set(chars)))


def bounded_pattern(rec: Recognizer) -> str:
    """The recognizer's pattern followed by one character that cannot glue to it."""
    return f"(?:{rec.pattern})[^{_class_of(rec.glue)}]"


#: Characters allowed between a label and the value of a context-only recognizer in the
#: hyperscan prefilter (the engine checks the exact rule: only filler between them).
_GATE = 24  # bytes: a Chinese filler character takes three
#: Longest candidate of a gated (context-only) recognizer, in characters.
_LONGEST = 40


def _is_gated(rec: Recognizer) -> bool:
    return rec.context_required and bool(rec.context)


def engine_expression(rec: Recognizer) -> str:
    """What the hyperscan database holds for a recognizer. Context-only recognizers
    (QQ, WeChat ...) are gated by their labels: a bare digit run or English word is not
    worth a candidate when no label stands within a few characters before it."""
    if not _is_gated(rec):
        return bounded_pattern(rec)
    # sorted fully (not by length alone): the expression text keys the on-disk cache
    labels = "|".join(_literal(w) for w in sorted(set(rec.context), key=lambda w: (-len(w), w)))
    return f"(?i:{labels})[^\\n]{{0,{_GATE}}}{bounded_pattern(rec)}"  # bytes


def _load_or_compile(expressions: list[str], extra_flags: list[int]):
    # (callers choose the flags per expression: UTF-8 mode, start of match, case)
    """One block-mode database for ``expressions``, loaded from the disk cache if there."""
    import hyperscan

    flags_of = list(extra_flags)
    key = hashlib.sha256(repr((hyperscan.__version__, expressions, flags_of))
                         .encode()).hexdigest()[:24]
    path = _cache_dir() / f"hs-{key}.db"
    try:
        return hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
    except (OSError, hyperscan.error):
        pass
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(expressions=[e.encode() for e in expressions],
               ids=list(range(len(expressions))), elements=len(expressions), flags=flags_of)
    _write_atomic(path, hyperscan.dumpb(db))
    return db


_KEEP_DATABASES = 32


def _write_atomic(path: Path, payload: bytes) -> None:
    """Best effort: a read-only home only costs the compile next time. Keeps the newest
    few databases (one per recognizer selection) and drops older ones."""
    from piguard.io.atomic import write_bytes  # here: piguard.io's package import is heavy

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        old = sorted(path.parent.glob("hs-*.db"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-(_KEEP_DATABASES - 1)]:
            stale.unlink(missing_ok=True)
        write_bytes(payload, path)
    except OSError:
        pass


def _hyperscan_available() -> bool:
    if os.environ.get("PIGUARD_REGEX_BACKEND", "").lower() == "re":
        return False
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def matcher_for(recognizers: tuple[Recognizer, ...], words: tuple[str, ...] = (),
                backend: str | None = None) -> Matcher:
    """A matcher for these recognizers (cached): hyperscan when installed, else ``re``.
    ``words`` (context labels) are found in the same pass by ``scan_with_labels``."""
    if backend is None:
        backend = "hyperscan" if _hyperscan_available() else "re"
    if backend == "hyperscan" and recognizers:
        return HyperscanMatcher(recognizers, words)
    return Matcher(recognizers)
