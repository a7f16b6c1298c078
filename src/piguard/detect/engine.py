"""Find personal information in text: ``detect(text) -> list[Finding]``.

The pipeline is a chain of small functions, each callable alone (Presidio's shape, made
fast for batches):

1. :func:`select` — the recognizers for the requested types;
2. :func:`match` — normalise once (:func:`normalize_for_matching`: full-width forms to
   ASCII, same length, so offsets hold), then one hyperscan pass over a batch of texts;
3. :func:`confirm` — boundaries, validators (checksums, number segments, dates) and
   context words measured in characters;
4. the name-and-address model (only when PERSON or LOCATION is asked for);
5. :func:`resolve` — overlapping findings: the better one stays;
6. threshold.

>>> found = detect("卡号6222021234567890128，邮箱a@b.cn", types=["BANK_CARD", "EMAIL"])
>>> [(f.entity_type, f.start, f.end, f.category) for f in found]
[('BANK_CARD', 2, 21, 'FINANCIAL_ACCOUNT'), ('EMAIL', 24, 30, 'BASIC_PROFILE')]
>>> detect("流水号110105194912310021", types={"CN_RESIDENT_ID"})  # wrong check digit
[]
"""

from __future__ import annotations

import gc
import os
import re
import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, wraps
from itertools import accumulate, repeat
from operator import add
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from piguard.detect.boundaries import glue_sets, is_bounded_by
from piguard.detect.context import Labels, cue_at, labels_from_hits, vocabulary
from piguard.detect.finding import Finding
from piguard.detect.matcher import matcher_for
from piguard.detect.recognizers.base import Recognizer
from piguard.detect.registry import MODEL_TYPES, parse_types, recognizers_for
from piguard.identifiers.normalize import TRANSLATION

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

__all__ = [
    "DEFAULT_CONTEXT_WINDOW",
    "DEFAULT_THRESHOLD",
    "confirm",
    "detect",
    "detect_many",
    "match",
    "normalize_for_matching",
    "resolve",
    "select",
]


#: Pattern findings scoring below this are dropped (when no threshold is given, the
#: name/address model's own decisions are kept whatever their confidence: its score is
#: a mean per-character confidence, not a probability on the patterns' scale).
DEFAULT_THRESHOLD = 0.5
#: Characters before a candidate searched for context words (a few after it, too).
DEFAULT_CONTEXT_WINDOW = 20
_AFTER_WINDOW = 6
#: A negative label (订单号, 流水号 ...) nearest to a candidate costs this much.
_NEGATIVE_PENALTY = 0.4
#: A finding inside a longer one is dropped unless it scores this much more.
_CONTAINED_MARGIN = 0.2
_SEPARATOR = "\n"  # no pattern matches it, so no candidate spans two texts
_P = ParamSpec("_P")
_R = TypeVar("_R")

# Normalisation for matching: the identifiers' 1:1 table (full-width digits and letters,
# dash and space variants) without the CJK sentence punctuation that never sits inside an
# identifier. Chinese text is full of ，：（）。 — skipping them lets a regex find the few
# characters to map instead of translating every character, and keeps "http://x.cn/a，b"
# from running on past the comma.
_KEEP = frozenset("，：（）；！？。")
_TABLE = {code: ascii_ for code, ascii_ in TRANSLATION.items() if chr(code) not in _KEEP}
_TO_MAP = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TABLE)) + "]")


def normalize_for_matching(text: str) -> str:
    """Map full-width forms and dash/space variants to ASCII; same length as ``text``.

    >>> normalize_for_matching("手机：１３８－００１３－８０００。")
    '手机：138-0013-8000。'
    """
    if text.isascii():
        return text
    pieces: list[str] = []
    last = 0
    for found in _TO_MAP.finditer(text):
        at = found.start()
        pieces.append(text[last:at])
        pieces.append(_TABLE[ord(text[at])])
        last = at + 1
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


@dataclass(frozen=True, slots=True)
class Batch:
    """Texts joined into one normalised string, with where each text starts."""

    joined: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, texts: Sequence[str]) -> Batch:
        lengths = list(map(len, texts))
        # text i starts after every earlier text and its separator
        starts = tuple(accumulate(map(add, lengths[:-1], repeat(len(_SEPARATOR))), initial=0)
                       ) if lengths else ()
        ends = tuple(map(add, starts, lengths))
        return cls(normalize_for_matching(_SEPARATOR.join(texts)), starts, ends)


def select(types: Iterable[str] | str | None = None) -> tuple[Recognizer, ...]:
    """Step 1: the pattern recognizers for ``types`` (None: all)."""
    return recognizers_for(types)


_NO_LABELS = Labels((), (), ())


@dataclass(frozen=True, slots=True)
class Matched:
    """Raw candidates ``(recognizer index, start, end)`` and context labels of a batch."""

    candidates: list[tuple[int, int, int]]
    labels: Labels


def match(batch: Batch, recognizers: tuple[Recognizer, ...]) -> Matched:
    """Step 2: raw candidates and context labels in the joined text, in one pass."""
    if not recognizers or not batch.joined:
        return Matched([], _NO_LABELS)
    words = vocabulary()[0]
    candidates, hits = matcher_for(recognizers, words).scan_with_labels(batch.joined, words)
    if not candidates:
        return Matched([], _NO_LABELS)
    return Matched(candidates, labels_from_hits(batch.joined, hits))


def confirm(
    batch: Batch,
    recognizers: tuple[Recognizer, ...],
    matched: Matched,
    *,
    context_window: int = DEFAULT_CONTEXT_WINDOW,
    with_category: bool = False,
) -> list[list[Finding]]:
    """Step 3: keep bounded, valid candidates and score them with their context.

    Returns findings per text, with offsets relative to that text (and, with
    ``with_category``, each finding's category filled in).
    """
    text = batch.joined
    starts, ends = batch.starts, batch.ends
    labels = matched.labels
    plans = _plans(recognizers, with_category)
    explained: dict[tuple[int, str | None, bool], str] = {}
    per_doc: list[list[Finding]] = [[] for _ in starts]
    for index, start, end in matched.candidates:
        (rec, validator, demoter, glue, soft, ascii_labels, own_words, entity_type,
         category) = plans[index]
        if not is_bounded_by(text, start, end, glue, soft, ascii_labels):
            continue
        doc = bisect_right(starts, start) - 1
        doc_start, doc_end = starts[doc], ends[doc]
        if end > doc_end:
            continue
        low, high = start - context_window, end + _AFTER_WINDOW  # clipped to the text:
        if low < doc_start:
            low = doc_start
        if high > doc_end:
            high = doc_end
        value = text[start:end]
        if rec.context_required:  # cheapest rejection first: most have no label
            cue = cue_at(labels, text, start, end, entity_type, low, high)
            if not (cue and cue.positive and cue.adjacent and cue.word.lower() in own_words):
                continue
            if validator is not None and not validator(value):
                continue
        else:
            if validator is not None and not validator(value):
                continue
            cue = cue_at(labels, text, start, end, entity_type, low, high)
        score = rec.validated_score if validator is not None else rec.base_score
        positive = cue is not None and cue.positive
        if positive:
            score += rec.context_bonus
        elif cue is not None:
            score -= _NEGATIVE_PENALTY
        if demoter is not None and not positive and demoter(value):
            score -= _NEGATIVE_PENALTY
        if score > 1.0:
            score = 1.0
        elif score <= 0.0:
            continue
        key = (index, None if cue is None else cue.word, positive)
        explanation = explained.get(key)
        if explanation is None:
            explanation = explained[key] = _explain(rec, cue)
        per_doc[doc].append(Finding(start - doc_start, end - doc_start, entity_type, score,
                                    category, explanation, rec.name))
    return per_doc


@cache
def _plans(recognizers: tuple[Recognizer, ...], with_category: bool) -> list[tuple]:
    """What :func:`confirm` needs of each recognizer, looked up once."""
    category_of = _category_of if with_category else _no_category
    return [(r, r.validator, r.demoter, *glue_sets(r), frozenset(w.lower() for w in r.context),
             r.entity_type, category_of(r.entity_type)) for r in recognizers]


def _category_of(entity_type: str) -> str:
    from piguard.taxonomy import category_of

    return category_of(entity_type)


def _no_category(entity_type: str) -> str:
    return ""


def _explain(rec: Recognizer, cue) -> str:
    parts = [f"pattern {rec.name} ({rec.subtype})" if rec.subtype else f"pattern {rec.name}"]
    if rec.validator_ref:
        parts.append(f"validator {rec.validator_ref} passed")
    if cue is not None:
        kind = "context" if cue.positive else "negative context"
        parts.append(f"{kind} word '{cue.word}'")
    return "; ".join(parts)


_MODEL = "ner"


def _model_findings(texts: Sequence[str], types: frozenset[str],
                    with_category: bool = False) -> list[list[Finding]]:
    """PERSON/LOCATION from the name-and-address model, imported only when asked for."""
    try:
        from piguard.detect import ner
    except ImportError:  # the model is an optional part
        import logging  # here: rarely needed, and the CLI's start-up counts

        logging.getLogger(__name__).warning(
            "name/address model not available; PERSON and LOCATION skipped")
        return [[] for _ in texts]
    many = getattr(ner, "find_entities_many", None)
    raw = many(list(texts), types) if many else [ner.find_entities(t, types) for t in texts]
    category_of = _category_of if with_category else _no_category
    categories = {kind: category_of(kind) for kind in MODEL_TYPES | types}
    out: list[list[Finding]] = []
    for text, entities in zip(texts, raw, strict=True):
        if not entities:
            out.append([])
            continue
        if len(entities) > 1:
            entities = _join_address_pieces(text, entities)
        size = len(text)
        out.append([Finding(s, e, kind, float(score), categories[kind], _MODEL_WHY, _MODEL)
                    for s, e, kind, score in entities
                    if 0 <= s < e <= size and not _is_label(text, s, e)])
    return out


@cache
def _label_set() -> tuple[frozenset[str], int]:
    words = vocabulary()[0]
    return frozenset(words), len(words[0])


def _is_label(text: str, start: int, end: int) -> bool:
    """A context label is neither a name nor a place ("IMEI 4901..." is not a person)."""
    labels, longest = _label_set()
    return end - start <= longest and text[start:end].lower() in labels


_MODEL_WHY = "statistical name/address model"
#: Batches with fewer characters run the model inline (a hand-over costs ~0.1 ms).
_THREAD_MIN_CHARS = 4096
_model_lane: tuple[int, ThreadPoolExecutor] | None = None
_lane_lock = threading.Lock()


def _start_model(texts: Sequence[str], types: frozenset[str], with_category: bool
                 ) -> Future[list[list[Finding]]] | None:
    """The model's findings as a future on the model lane, or None to run it inline.

    Only the main thread hands over: threads of their own (protection lanes, a web
    server's workers) already run side by side, and one lane would queue them.
    """
    global _model_lane
    if (threading.current_thread() is not threading.main_thread()
            or sum(map(len, texts)) < _THREAD_MIN_CHARS):
        return None
    from concurrent.futures import ThreadPoolExecutor

    with _lane_lock:
        if _model_lane is None or _model_lane[0] != os.getpid():  # none yet, or forked
            _model_lane = (os.getpid(), ThreadPoolExecutor(1, thread_name_prefix="piguard-ner"))
        lane = _model_lane[1]
    return lane.submit(_model_findings, list(texts), types, with_category)


_STREET_MARKS = frozenset("路街巷弄道里村组号栋幢楼室座单元0123456789")


def _join_address_pieces(text: str, entities):
    """Touching LOCATION pieces that end in a street or building part (省/市/区 + 街/号/室)
    are one address, so one span; touching bare place names (江苏 + 如皋市) stay apart.

    >>> _join_address_pieces("上海市静安区张路18号", [(0, 3, "LOCATION", 0.8), (3, 6, "LOCATION", 0.6),
    ...                                           (6, 11, "LOCATION", 0.7)])
    [(0, 11, 'LOCATION', 0.7)]
    >>> _join_address_pieces("江苏如皋市", [(0, 2, "LOCATION", 0.8), (2, 5, "LOCATION", 0.6)])
    [(0, 2, 'LOCATION', 0.8), (2, 5, 'LOCATION', 0.6)]
    """
    ordered = sorted(entities)
    out: list[tuple[int, int, str, float]] = []
    i = 0
    while i < len(ordered):
        j = i
        while (j + 1 < len(ordered) and ordered[i][2] == "LOCATION" and ordered[j + 1][2] == "LOCATION"
               and ordered[j + 1][0] == ordered[j][1]):
            j += 1
        start, end = ordered[i][0], ordered[j][1]
        if j > i and any(c in _STREET_MARKS for c in text[ordered[j][0]:end]):
            weighted = sum(score * (e - s) for s, e, _, score in ordered[i:j + 1])
            out.append((start, end, "LOCATION", round(weighted / (end - start), 4)))
        else:
            out.extend(ordered[i:j + 1])
        i = j + 1
    return out


def resolve(findings: list[Finding]) -> list[Finding]:
    """Step 5: settle overlaps. A finding inside a longer one goes (a URL holding an IP)
    unless it scores clearly higher; then, of findings that still overlap, the higher
    score wins (ties: longer, then the recognizer listed first).

    >>> a = Finding(0, 18, "CN_RESIDENT_ID", 0.95); b = Finding(0, 18, "BANK_CARD", 0.85)
    >>> resolve([b, a]) == [a]
    True
    """
    if len(findings) < 2:
        return findings
    ordered = sorted(findings, key=_order)
    end = -1
    for f in ordered:  # the common case: nothing overlaps, so nothing to settle
        if f.start < end:
            break
        end = f.end
    else:
        return ordered
    small = len(findings) <= _SMALL
    covered = (_container_scores_pairwise if small else _best_container_scores)(findings)
    kept = [f for f, best in zip(findings, covered, strict=True)
            if best is None or best + _CONTAINED_MARGIN < f.score]
    kept.sort(key=_rank)
    chosen = _disjoint_pairwise(kept) if small else _greedy_disjoint(kept)
    chosen.sort(key=_order)
    return chosen


#: Up to this many findings (a text's usual few), plain pairwise loops beat the
#: O(n log n) structures below; both give the same result.
_SMALL = 12


def _rank(f: Finding) -> tuple[float, int, int]:
    return (-f.score, f.start - f.end, f.start)


def _order(f: Finding) -> tuple:
    """Finding's own ordering (its compared fields, in order) as a sort key."""
    return (f.start, f.end, f.entity_type, f.score, f.category)


def _container_scores_pairwise(findings: Sequence[Finding]) -> list[float | None]:
    """:func:`_best_container_scores` by testing every pair (for a few findings)."""
    best: list[float | None] = []
    for f in findings:
        top = None
        for g in findings:
            if g.start <= f.start and f.end <= g.end and (g.start != f.start or g.end != f.end) \
                    and (top is None or g.score > top):
                top = g.score
        best.append(top)
    return best


def _disjoint_pairwise(ranked: Sequence[Finding]) -> list[Finding]:
    """:func:`_greedy_disjoint` by testing every taken span (for a few findings)."""
    chosen: list[Finding] = []
    for f in ranked:
        for c in chosen:
            if c.start < f.end and f.start < c.end:
                break
        else:
            chosen.append(f)
    return chosen


def _best_container_scores(findings: Sequence[Finding]) -> list[float | None]:
    """For each finding, the best score of a strictly longer finding that contains it.

    A sweep by start (longer first on ties) with a suffix-maximum Fenwick tree over
    the ends: O(n log n), where a pairwise test was quadratic (a 5 MB cell holding
    thousands of phone numbers took minutes).

    >>> fs = [Finding(0, 10, "URL", 0.9), Finding(2, 5, "IP", 0.8), Finding(2, 5, "X", 0.1)]
    >>> _best_container_scores(fs)
    [None, 0.9, 0.9]
    """
    ends = sorted({f.end for f in findings}, reverse=True)
    rank = {end: i + 1 for i, end in enumerate(ends)}  # 1 = the largest end
    tree = [float("-inf")] * (len(ends) + 1)
    best: list[float | None] = [None] * len(findings)
    order = sorted(range(len(findings)),
                   key=lambda i: (findings[i].start, -findings[i].end))
    k = 0
    while k < len(order):
        span = (findings[order[k]].start, findings[order[k]].end)
        group = k
        while group < len(order) and (findings[order[group]].start,
                                      findings[order[group]].end) == span:
            group += 1
        i, top = rank[span[1]], float("-inf")  # the max over inserted ends >= this end
        while i > 0:
            top = max(top, tree[i])
            i -= i & -i
        for j in order[k:group]:
            best[j] = None if top == float("-inf") else top
        for j in order[k:group]:
            i = rank[span[1]]
            while i < len(tree):
                tree[i] = max(tree[i], findings[j].score)
                i += i & -i
        k = group
    return best


def _greedy_disjoint(ranked: Sequence[Finding]) -> list[Finding]:
    """Take findings in rank order, each unless it overlaps one already taken.

    The taken spans are disjoint, so kept in (start, end) order their ends rise too:
    one bisection finds the only span that could overlap.
    """
    spans: list[tuple[int, int]] = []
    ends: list[int] = []
    chosen: list[Finding] = []
    for f in ranked:
        i = bisect_right(ends, f.start)  # the first taken span ending after f starts
        if i < len(spans) and spans[i][0] < f.end:
            continue
        at = bisect_right(spans, (f.start, f.end))
        spans.insert(at, (f.start, f.end))
        ends.insert(at, f.end)
        chosen.append(f)
    return chosen


def detect_many(
    texts: Sequence[str],
    types: Iterable[str] | str | None = None,
    *,
    threshold: float | None = None,
    context_window: int = DEFAULT_CONTEXT_WINDOW,
    with_category: bool = True,
) -> list[list[Finding]]:
    """Detect in many texts at once (one regex pass for the batch); one list per text.

    ``with_category=False`` leaves ``Finding.category`` empty and spares loading the
    taxonomy (the CLI's JSON output has no category).

    The cyclic garbage collector is paused for the call: a batch makes tens of thousands
    of short-lived, acyclic tuples and findings (freed by reference counting), and each
    collection they trigger would walk every object of the host process (a loaded NLP
    model is hundreds of thousands) for nothing; about 5 % of the time.
    """
    return _detect_many(texts, types, threshold, context_window, with_category)


def gc_paused(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """``fn`` with the cyclic garbage collector paused while it runs, then left as found.

    For batch work that makes many short-lived, acyclic objects (freed by reference
    counting), where each collection would walk the whole host process for nothing. A
    plain wrapper rather than a context manager: it allocates nothing before the pause.
    """

    @wraps(fn)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()

    return paused


@gc_paused
def _detect_many(texts: Sequence[str], types: Iterable[str] | str | None,
                 threshold: float | None, context_window: int, with_category: bool,
                 ) -> list[list[Finding]]:
    wanted = parse_types(types)
    recognizers = select(wanted)
    model_types = wanted & MODEL_TYPES
    # The model (mostly NumPy, which releases the GIL) runs beside the patterns (mostly
    # Python) on a second thread when the batch is worth the hand-over.
    pending = _start_model(texts, model_types, with_category) if model_types else None
    batch = Batch.of(texts)
    per_doc = confirm(batch, recognizers, match(batch, recognizers),
                      context_window=context_window, with_category=with_category)
    if model_types:
        model = (pending.result() if pending is not None
                 else _model_findings(texts, model_types, with_category))
        for found, extra in zip(per_doc, model, strict=True):
            if extra:
                found.extend(extra)
    out: list[list[Finding]] = []
    for found in per_doc:
        if found:
            if len(found) > 1:
                found = resolve(found)
            if threshold is None:
                found = [f for f in found
                         if f.score >= DEFAULT_THRESHOLD or f.recognizer == _MODEL]
            else:
                found = [f for f in found if f.score >= threshold]
        out.append(found)
    return out


def detect(
    text: str,
    types: Iterable[str] | str | None = None,
    *,
    threshold: float | None = None,
    context_window: int = DEFAULT_CONTEXT_WINDOW,
) -> list[Finding]:
    """Find PI in ``text``: spans into the original text, type, category, score and why.

    ``types`` limits detection to those entity-type codes (PERSON and LOCATION run the
    name-and-address model; leaving both out never loads it). ``threshold`` drops
    findings scoring below it; None keeps pattern findings from
    :data:`DEFAULT_THRESHOLD` up and every decision of the name/address model.
    """
    return detect_many([text], types, threshold=threshold, context_window=context_window)[0]
