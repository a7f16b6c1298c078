"""The tagger: hashed-feature weights, a linear chain over BIOES tags, batched Viterbi.

Scores of a tag at a character are the sum of the weight rows of its feature ids
(:mod:`._features`); a transition matrix scores tag pairs. Texts are cut into
chunks at sentence ends (and, for long runs, at commas or spaces) and the chunks
are decoded together: the Viterbi loop runs over positions, each step vectorised
over every chunk of similar length.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from piguard.detect.ner import _features as fx

__all__ = ["TAGS", "TYPES", "Model", "allowed_transitions", "chunk_bounds", "viterbi"]

TYPES = ("PERSON", "LOCATION")
TAGS = ("O", "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "I-LOC", "E-LOC", "S-LOC")
N_TAGS = len(TAGS)
_BLOCKED = -1e6
_MAX_CHUNK = 96
_BATCH_CHUNKS = 4096
_EMISSION_ROWS = 1 << 16
_BREAK_AFTER = frozenset("。！？!?；;\n\r")
_SOFT_BREAK = frozenset("，,、 \t：:")
# a place that runs on into a street, number, building or room is one address; 道 and 楼
# are left out (北海道, 黄鹤楼 after a province stay places of their own)
_STREET_MARKS = frozenset("路街巷弄号栋幢室0123456789０１２３４５６７８９")


def allowed_transitions() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Boolean masks of legal BIOES moves: (from, to), start tags, end tags."""
    closed = [t == "O" or t[0] in "ES" for t in TAGS]
    trans = np.zeros((N_TAGS, N_TAGS), dtype=bool)
    for i, a in enumerate(TAGS):
        for j, b in enumerate(TAGS):
            if closed[i]:
                trans[i, j] = b == "O" or b[0] in "BS"
            else:
                trans[i, j] = b[0] in "IE" and b[2:] == a[2:]
    start = np.array([t == "O" or t[0] in "BS" for t in TAGS])
    end = np.array(closed)
    return trans, start, end


def chunk_bounds(raw: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Chunk starts and lengths over the flat character sequence ``raw``.

    A chunk ends after a sentence-final mark or at the end of a text; chunks longer
    than the decoder's window are split at a comma or space when there is one.

    >>> from piguard.detect.ner._text import to_codes
    >>> raw = to_codes("你好。我在北京，谢谢")
    >>> [x.tolist() for x in chunk_bounds(raw, np.array([10]))]
    [[0, 3], [3, 7]]
    """
    n = len(raw)
    if n == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    brk = np.isin(raw, np.array([ord(c) for c in _BREAK_AFTER], dtype=np.uint32))
    text_end = np.cumsum(lengths) - 1
    brk[text_end[lengths > 0]] = True
    ends = np.flatnonzero(brk) + 1
    starts = np.concatenate([[0], ends[:-1]])
    sizes = ends - starts
    if sizes.max() <= _MAX_CHUNK:
        return starts, sizes
    soft = np.isin(raw, np.array([ord(c) for c in _SOFT_BREAK], dtype=np.uint32))
    out_s: list[int] = []
    out_n: list[int] = []
    for s, size in zip(starts.tolist(), sizes.tolist(), strict=True):
        while size > _MAX_CHUNK:
            window = soft[s + _MAX_CHUNK // 2 : s + _MAX_CHUNK]
            hits = np.flatnonzero(window)
            cut = _MAX_CHUNK // 2 + int(hits[-1]) + 1 if len(hits) else _MAX_CHUNK
            out_s.append(s)
            out_n.append(cut)
            s += cut
            size -= cut
        out_s.append(s)
        out_n.append(size)
    return np.array(out_s, dtype=np.int64), np.array(out_n, dtype=np.int64)


def viterbi(
    emissions: np.ndarray,
    starts: np.ndarray,
    sizes: np.ndarray,
    trans: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
) -> np.ndarray:
    """Best tag per row of ``emissions`` ``[n, T]``, decoding each chunk separately.

    Arrays are laid out tag-major with the chunks innermost (``[step, tag, chunk]``), so
    each step is three NumPy calls over long contiguous rows. The forward pass keeps
    only the best scores; back-pointers are recomputed along the chosen path while
    tracing back (the same float32 sums and the same first-best tie-break as taking
    ``argmax`` during the forward pass, at a fraction of the cost).
    """
    n_rows, n_tags = emissions.shape
    best = np.zeros(n_rows, dtype=np.int8)
    # tag-major, with a zero column for the padding steps of shorter chunks
    padded = np.zeros((n_tags, n_rows + 1), dtype=emissions.dtype)
    padded[:, :n_rows] = emissions.T
    # Longest chunks first: at step t the chunks still running are a prefix of the batch.
    order = np.argsort(-sizes, kind="stable")
    from_to = trans[:, :, None]  # [from, to, 1]
    to_from = np.ascontiguousarray(trans.T)
    for lo in range(0, len(order), _BATCH_CHUNKS):
        sel = order[lo : lo + _BATCH_CHUNKS]
        s, size = starts[sel], sizes[sel]
        n_chunks, width = len(sel), int(size[0])
        steps = np.arange(width)
        valid = steps[None, :] < size[:, None]
        idx = np.where(valid, s[:, None] + steps[None, :], n_rows)
        em = padded.take(idx.T, axis=1)  # [T, L, B]
        running = np.searchsorted(-size, -steps, side="left").tolist()  # chunks with size > t
        score = np.empty((width, n_tags, n_chunks), dtype=emissions.dtype)
        np.add(em[:, 0], start[:, None], out=score[0])
        cand = np.empty((n_tags, n_tags, n_chunks), dtype=emissions.dtype)  # [from, to, B]
        for t in range(1, width):
            k = running[t]
            np.add(score[t - 1, :, None, :k], from_to, out=cand[:, :, :k])
            np.max(cand[:, :, :k], axis=0, out=score[t, :, :k])
            score[t, :, :k] += em[:, t, :k]
        final = score[size - 1, :, np.arange(n_chunks)]  # [B, T]: each chunk's last step
        tag = (final + end).argmax(axis=1)
        path = np.empty((width, n_chunks), dtype=np.int8)
        for t in range(width - 1, 0, -1):
            path[t] = tag
            k = running[t]
            # the best predecessor of each running chunk's tag at t (finished chunks keep theirs)
            tag[:k] = (score[t - 1, :, :k].T + to_from[tag[:k]]).argmax(axis=1)
        path[0] = tag
        best[idx[valid]] = path.T[valid]
    return best


@dataclass(frozen=True)
class Model:
    """Weights and dictionaries of one trained tagger."""

    weights: np.ndarray  # float32 [2**bits, N_TAGS]
    trans: np.ndarray  # float32 [N_TAGS, N_TAGS], illegal moves blocked
    start: np.ndarray
    end: np.ndarray
    lexicon: fx.Lexicon
    bits: int
    temperature: float

    @classmethod
    def load(cls, path: Path) -> Model:
        with np.load(path, allow_pickle=False) as z:
            words = {k: z[f"lex_{k}"] for k in fx.LEX_KINDS if f"lex_{k}" in z}
            chars = {k: z[f"chr_{k}"] for k in fx.CHAR_FLAGS if f"chr_{k}" in z}
            return cls.from_arrays(
                weights=z["weights"],
                trans=z["trans"],
                start=z["start"],
                end=z["end"],
                lexicon=fx.Lexicon.build(words, chars),
                temperature=float(z["temperature"]),
            )

    @classmethod
    def from_arrays(cls, weights, trans, start, end, lexicon, temperature=1.0) -> Model:
        legal, legal_start, legal_end = allowed_transitions()
        bits = int(np.log2(weights.shape[0]))
        return cls(
            weights=np.ascontiguousarray(weights, dtype=np.float32),
            trans=np.where(legal, trans, _BLOCKED).astype(np.float32),
            start=np.where(legal_start, start, _BLOCKED).astype(np.float32),
            end=np.where(legal_end, end, _BLOCKED).astype(np.float32),
            lexicon=lexicon,
            bits=bits,
            temperature=temperature,
        )

    def features(self, batch: fx.Batch) -> np.ndarray:
        return fx.feature_ids(batch, batch.pos, self.lexicon, self.bits)

    def emissions(self, feats: np.ndarray) -> np.ndarray:
        """Tag scores ``[n, T]`` from template-major feature ids ``[K, n]``."""
        n = feats.shape[1]
        out = np.empty((n, N_TAGS), dtype=np.float32)
        w = self.weights
        # np.take into a reused buffer is about twice as fast as w[ids] (no new array per
        # template; "clip" skips a bounds pass, ids are hashed into range already). Rows
        # are added in template order, so the sums are those of the plain form.
        rows = np.empty((min(n, _EMISSION_ROWS), N_TAGS), dtype=np.float32)
        for lo in range(0, n, _EMISSION_ROWS):
            block = feats[:, lo : lo + _EMISSION_ROWS]
            acc = out[lo : lo + block.shape[1]]
            tmp = rows[: block.shape[1]]
            np.take(w, block[0], axis=0, out=acc, mode="clip")
            for t in range(1, len(block)):
                np.take(w, block[t], axis=0, out=tmp, mode="clip")
                acc += tmp
        return out

    def tag(self, batch: fx.Batch) -> tuple[np.ndarray, np.ndarray]:
        """Tag index per character (in ``batch.pos`` order) and the emission scores."""
        em = self.emissions(self.features(batch))
        starts, sizes = chunk_bounds(batch.raw[batch.pos], batch.lengths)
        return viterbi(em, starts, sizes, self.trans, self.start, self.end), em

    def spans(
        self, texts: list[str], types: frozenset[str]
    ) -> list[list[tuple[int, int, str, float]]]:
        result: list[list[tuple[int, int, str, float]]] = [[] for _ in texts]
        if not texts or not any(texts):
            return result
        batch = fx.encode(texts)
        tags, em = self.tag(batch)
        conf = _confidence(em, tags, self.temperature)
        text_start = np.concatenate([[0], np.cumsum(batch.lengths)])
        found: list[tuple[int, int, int, str, float]] = []
        for label, first in (("PERSON", 1), ("LOCATION", 5)):
            if label not in types:
                continue
            begin = np.flatnonzero((tags == first) | (tags == first + 3))
            stop = np.flatnonzero((tags == first + 2) | (tags == first + 3)) + 1
            if not len(begin):
                continue
            mean = _span_mean(conf, begin, stop)  # begin/stop pair up: tags are legal
            doc = np.searchsorted(text_start, begin, side="right") - 1
            local = begin - text_start[doc]
            found.extend(
                (d, a, a + (e - b), label, round(float(m), 4))
                for d, a, b, e, m in zip(
                    doc.tolist(), local.tolist(), begin.tolist(), stop.tolist(), mean.tolist(),
                    strict=True,
                )
            )  # fmt: skip
        found.sort()
        for d, a, e, label, m in found:
            result[d].append((a, e, label, m))
        for d, spans in enumerate(result):
            if len(spans) > 1:
                result[d] = join_addresses(texts[d], spans)
        return result


def join_addresses(
    text: str, spans: list[tuple[int, int, str, float]]
) -> list[tuple[int, int, str, float]]:
    """Adjacent places whose second part has a street, number or room become one address.

    >>> join_addresses("青海省香港市华龙区谢街9号", [(0, 3, "LOCATION", 0.9), (3, 14, "LOCATION", 0.6)])
    [(0, 14, 'LOCATION', 0.6643)]
    >>> join_addresses("山西大同", [(0, 2, "LOCATION", 0.9), (2, 4, "LOCATION", 0.8)])
    [(0, 2, 'LOCATION', 0.9), (2, 4, 'LOCATION', 0.8)]
    """
    out = [spans[0]]
    for a, e, label, m in spans[1:]:
        pa, pe, plabel, pm = out[-1]
        if (
            label == plabel == "LOCATION"
            and pe == a
            and not _STREET_MARKS.isdisjoint(text[a:e])
        ):
            out[-1] = (pa, e, label, round((pm * (pe - pa) + m * (e - a)) / (e - pa), 4))
        else:
            out.append((a, e, label, m))
    return out


def _span_mean(conf: np.ndarray, begin: np.ndarray, stop: np.ndarray) -> np.ndarray:
    """Mean of ``conf`` over each ``[begin, stop)`` (spans never overlap)."""
    csum = np.concatenate([[0.0], np.cumsum(conf, dtype=np.float64)])
    return (csum[stop] - csum[begin]) / (stop - begin)


def _confidence(em: np.ndarray, tags: np.ndarray, temperature: float) -> np.ndarray:
    """Softmax probability of the chosen tag at each character, from its emissions.

    Column by column (a row of 9 is too short for NumPy's row reductions to pay):
    the maximum is exact in any order, and the sum follows NumPy's own pairwise order
    for a row of 9 (``tests/detect/test_ner_decode.py`` holds both to the plain
    ``p / p.sum(axis=1)``), so the values are those of the row-wise form.
    """
    z = em * np.float32(temperature)
    if z.shape[1] != 9:  # the pairwise order below is that of exactly 9 columns
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p[np.arange(len(tags)), tags.astype(np.intp)] / p.sum(axis=1)
    cols = [z[:, j] for j in range(z.shape[1])]
    top = cols[0].copy()
    for col in cols[1:]:
        np.maximum(top, col, out=top)
    z -= top[:, None]
    p = np.exp(z)
    q = [p[:, j] for j in range(p.shape[1])]
    total = ((q[0] + q[1]) + (q[2] + q[3])) + ((q[4] + q[5]) + (q[6] + q[7]))
    for col in q[8:]:
        total += col
    return p[np.arange(len(tags)), tags.astype(np.intp)] / total
