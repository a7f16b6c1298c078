"""Readers for the labelled NER corpora in ``shared/data/detect`` -> ``(text, spans)``.

Spans are ``(start, end, "PER"|"LOC")`` with end exclusive. Only Universal NER may
be used to train shipped weights (CC BY-SA 4.0); MSRA, Weibo, Resume and CLUENER
are research-use corpora, read here by the accuracy benchmark only.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

DATA = Path(os.environ.get("PIGUARD_DETECT_DATA", "/work/shared/data/detect"))

Span = tuple[int, int, str]
Doc = tuple[str, list[Span]]


def _bio_spans(tags: list[str], mapping: dict[str, str]) -> list[Span]:
    """Spans from BIO / BMES / IOB2 tags (B-X, I-X, M-X, E-X, S-X)."""
    spans: list[Span] = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        inside = prefix in ("I", "M", "E") and label == mapping.get(kind) and start is not None
        if not inside:
            if start is not None and label:
                spans.append((start, i, label))
            start, label = None, None
            if prefix in ("B", "S") and kind in mapping:
                start, label = i, mapping[kind]
        if prefix in ("E", "S") and start is not None and label:
            spans.append((start, i + 1, label))
            start, label = None, None
    return spans


def load_msra() -> list[Doc]:
    sents = (DATA / "msra" / "val.sentences.txt").read_text(encoding="utf-8").splitlines()
    tags = (DATA / "msra" / "val.tags.txt").read_text(encoding="utf-8").splitlines()
    out = []
    for s, t in zip(sents, tags, strict=False):
        chars, tg = s.split(" "), t.split(" ")
        if not s.strip() or len(chars) != len(tg):
            continue
        out.append(("".join(chars), _bio_spans(tg, {"PER": "PER", "LOC": "LOC"})))
    return out


def _char_tag_file(path: Path, mapping: dict[str, str]) -> list[Doc]:
    out: list[Doc] = []
    chars: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if len(parts) < 2:
            if chars:
                out.append(("".join(chars), _bio_spans(tags, mapping)))
            chars, tags = [], []
            continue
        chars.append(parts[0][0])
        tags.append(parts[1])
    return out


def load_weibo() -> list[Doc]:
    # Only named mentions (PER.NAM, LOC.NAM, GPE.NAM); nominal mentions (PER.NOM) are not names.
    mapping = {"PER.NAM": "PER", "LOC.NAM": "LOC", "GPE.NAM": "LOC"}
    return _char_tag_file(DATA / "weibo" / "weiboNER_2nd_conll.dev", mapping)


def load_resume() -> list[Doc]:
    return _char_tag_file(DATA / "resume" / "dev.char.bmes", {"NAME": "PER", "LOC": "LOC"})


def load_cluener() -> list[Doc]:
    out: list[Doc] = []
    with open(DATA / "cluener" / "train.json", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            spans: list[Span] = []
            for kind, label in (("name", "PER"), ("address", "LOC")):
                for positions in d.get("label", {}).get(kind, {}).values():
                    spans.extend((s, e + 1, label) for s, e in positions)
            out.append((d["text"], sorted(spans)))
    return out


def load_synthetic() -> list[Doc]:
    out: list[Doc] = []
    with open(DATA / "synthetic" / "zh_pii_dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            lab = {"PERSON": "PER", "LOCATION": "LOC"}
            spans = [(s, e, lab[t]) for s, e, t in d["spans"] if t in lab]
            out.append((d["text"], spans))
    return out


def load_uner(name: str, keep_org: bool = False) -> list[tuple[str, list[Span], str]]:
    """UNER file -> ``(text, spans, doc_id)``; tokens are aligned to ``# text``.

    ``keep_org`` also returns ``ORG`` spans (for training-time relabelling only).
    """
    path = DATA / "uner" / name
    out: list[tuple[str, list[Span], str]] = []
    doc, text, tokens = "", None, []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# newdoc id"):
            doc = line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            text = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if text is not None and tokens:
                out.append((text, _align(text, tokens, keep_org), doc))
            text, tokens = None, []
        else:
            cols = line.split("\t")
            tokens.append((cols[1], cols[2]))
    return out


def _align(text: str, tokens: list[tuple[str, str]], keep_org: bool = False) -> list[Span]:
    """Character spans of IOB2 token labels, found left to right in ``text``."""
    spans: list[Span] = []
    cur: list[int] | None = None
    label = None
    at = 0
    for tok, tag in tokens:
        found = text.find(tok, at)
        if found < 0:
            found = at
        start, end = found, found + len(tok)
        at = end
        prefix, _, kind = tag.partition("-")
        kind = {"PER": "PER", "LOC": "LOC", "ORG": "ORG" if keep_org else None}.get(kind)
        if prefix == "I" and cur is not None and kind == label:
            cur[1] = end
            continue
        if cur is not None and label:
            spans.append((cur[0], cur[1], label))
        cur, label = None, None
        if prefix == "B" and kind:
            cur, label = [start, end], kind
    if cur is not None and label:
        spans.append((cur[0], cur[1], label))
    return spans


def uner_en_split() -> tuple[list[Doc], list[Doc]]:
    """English EWT dev, split by document: even documents train, odd ones measure."""
    rows = load_uner("en_ewt-ud-dev.iob2")
    docs = sorted({d for *_, d in rows})
    odd = {d for i, d in enumerate(docs) if i % 2}
    train = [(t, s) for t, s, d in rows if d not in odd]
    test = [(t, s) for t, s, d in rows if d in odd]
    return train, test
