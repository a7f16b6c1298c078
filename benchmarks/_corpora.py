"""Loaders for the development corpora in /work/shared/data/detect (benchmarks only).

Every loader returns :class:`Doc` objects with gold spans as ``(start, end, LABEL)``
(end exclusive, Python string offsets) in piguard's entity-type codes, following each
corpus's SOURCE.md for the label mapping. Research-use corpora are read here and never
copied into the repository.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(os.environ.get("PIGUARD_DETECT_DATA", "/work/shared/data/detect"))

NER_LABELS = frozenset({"PERSON", "LOCATION"})


@dataclass(frozen=True)
class Doc:
    id: str
    text: str
    spans: tuple[tuple[int, int, str], ...]
    #: labels scored on this document (predictions of other labels are ignored)
    scope: frozenset[str]
    negatives: tuple[tuple[int, int, str], ...] = field(default=())


# --- synthetic identifiers in context --------------------------------------------------

SYNTHETIC_LABELS = frozenset({
    "PERSON", "LOCATION", "CN_RESIDENT_ID", "PHONE", "BANK_CARD", "EMAIL", "IP", "URL",
    "PASSPORT", "LICENSE_PLATE", "QQ", "WECHAT", "GPS",
})


def load_synthetic(path: Path | None = None) -> list[Doc]:
    path = path or DATA / "synthetic" / "zh_pii_dev.jsonl"
    docs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            docs.append(Doc(row["id"], row["text"], tuple(tuple(s) for s in row["spans"]),
                            SYNTHETIC_LABELS, tuple(tuple(n) for n in row["negatives"])))
    return docs


# --- identifier test vectors -----------------------------------------------------------

_STDNUM_KINDS = {
    "cn_ric": ("CN_RESIDENT_ID", "证件号码：{}。"),
    "cn_uscc": ("CN_USCC", "统一社会信用代码：{}，"),
    "iban": ("IBAN", "IBAN: {}."),
}


def load_stdnum_vectors() -> list[Doc]:
    """Each unique value as a bare document and inside a one-line context document;
    gold is the value when stdnum accepts it, nothing when it rejects it."""
    seen: set[tuple[str, str]] = set()
    docs = []
    with (DATA / "vectors" / "stdnum_vectors.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            kind, value = row["kind"], row["value"]
            if kind not in _STDNUM_KINDS or (kind, value) in seen:
                continue
            seen.add((kind, value))
            label, template = _STDNUM_KINDS[kind]
            valid = row["expected_valid"] == "1"
            for variant, text in (("bare", value), ("context", template.format(value))):
                start = text.index(value)
                spans = ((start, start + len(value), label),) if valid else ()
                docs.append(Doc(f"stdnum-{kind}-{len(seen)}-{variant}", text, spans,
                                frozenset({label})))
    return docs


_PRESIDIO_LABELS = {
    "CREDIT_CARD": "BANK_CARD", "EMAIL_ADDRESS": "EMAIL", "IP_ADDRESS": "IP", "URL": "URL",
    "PHONE_NUMBER": "PHONE", "IBAN_CODE": "IBAN", "MAC_ADDRESS": "MAC", "US_SSN": "US_SSN",
}


def load_presidio_vectors() -> list[Doc]:
    """Presidio's recognizer unit-test cases (default configuration only); scope = the
    case's label. CRYPTO has no piguard type and is skipped."""
    docs = []
    with (DATA / "vectors" / "presidio_vectors.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            label = _PRESIDIO_LABELS.get(row["entity"])
            if label is None or json.loads(row["config_params"] or "{}"):
                continue
            text, expected = row["text"], int(row["expected_len"])
            spans = [tuple(s) for s in json.loads(row["expected_spans"] or "[]")]
            if not spans and expected == 1:
                spans = [(0, len(text))]
            if len(spans) != expected:
                continue  # positions not fully given
            docs.append(Doc(f"presidio-{row['test_function']}-{row['case_index']}", text,
                            tuple((s, e, label) for s, e in spans), frozenset({label})))
    return docs


# --- person and location corpora --------------------------------------------------------

def _bio_spans(tags: list[str], mapping: dict[str, str]) -> list[tuple[int, int, str]]:
    """Spans from BIO/BMES/IOB2 tags; an entity that starts with I-/M-/E- starts there."""
    spans, start, label = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        mapped = mapping.get(kind) if tag != "O" else None
        begins = prefix in ("B", "S") or (mapped is not None and (label != mapped or start is None))
        if start is not None and (mapped is None or begins or mapped != label):
            spans.append((start, i, label))
            start, label = None, None
        if mapped is not None and start is None:
            start, label = i, mapped
        if prefix in ("E", "S") and start is not None:
            spans.append((start, i + 1, label))
            start, label = None, None
    return spans


def load_msra() -> list[Doc]:
    mapping = {"PER": "PERSON", "LOC": "LOCATION"}
    sentences = (DATA / "msra" / "val.sentences.txt").read_text(encoding="utf-8").splitlines()
    tags = (DATA / "msra" / "val.tags.txt").read_text(encoding="utf-8").splitlines()
    docs = []
    for i, (chars, tagline) in enumerate(zip(sentences, tags, strict=True)):
        c, t = chars.split(), tagline.split()
        docs.append(Doc(f"msra-{i}", "".join(c), tuple(_bio_spans(t, mapping)), NER_LABELS))
    return docs


def _read_char_columns(path: Path, strip_digit: bool) -> list[tuple[str, list[str]]]:
    out, chars, tags = [], [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if chars:
                out.append(("".join(chars), tags))
            chars, tags = [], []
            continue
        if "\t" in line:
            token, tag = line.split("\t", 1)
        else:
            token, tag = line[0], line[1:]
        # Weibo appends the character's position in its word (a digit): drop it.
        chars.append(token[:-1] if strip_digit and len(token) > 1 else token[:1] or " ")
        tags.append(tag.strip())
    return out


def load_weibo() -> list[Doc]:
    mapping = {"PER.NAM": "PERSON", "LOC.NAM": "LOCATION", "GPE.NAM": "LOCATION"}
    docs = []
    for split in ("train", "dev"):
        path = DATA / "weibo" / f"weiboNER_2nd_conll.{split}"
        for i, (text, tags) in enumerate(_read_char_columns(path, strip_digit=True)):
            docs.append(Doc(f"weibo-{split}-{i}", text, tuple(_bio_spans(tags, mapping)),
                            NER_LABELS))
    return docs


def load_resume() -> list[Doc]:
    mapping = {"NAME": "PERSON", "LOC": "LOCATION"}
    docs = []
    for split in ("train", "dev"):
        path = DATA / "resume" / f"{split}.char.bmes"
        for i, (text, tags) in enumerate(_read_char_columns(path, strip_digit=False)):
            docs.append(Doc(f"resume-{split}-{i}", text, tuple(_bio_spans(tags, mapping)),
                            NER_LABELS))
    return docs


def load_cluener() -> list[Doc]:
    mapping = {"name": "PERSON", "address": "LOCATION"}
    docs = []
    with (DATA / "cluener" / "train.json").open(encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            row = json.loads(line)
            spans = sorted(
                (s, e + 1, mapping[kind])
                for kind, surfaces in row.get("label", {}).items() if kind in mapping
                for positions in surfaces.values() for s, e in positions
            )
            docs.append(Doc(f"cluener-{i}", row["text"], tuple(spans), NER_LABELS))
    return docs


def load_uner(language: str = "zh") -> list[Doc]:
    """UNER dev split (``zh`` GSD simplified or ``en`` EWT); token tags aligned to the
    sentence text given in ``# text =``."""
    name = "zh_gsdsimp-ud-dev.iob2" if language == "zh" else "en_ewt-ud-dev.iob2"
    mapping = {"PER": "PERSON", "LOC": "LOCATION"}
    docs: list[Doc] = []
    text, tokens = None, []

    def flush() -> None:
        if text is None or not tokens:
            return
        cursor, char_tags = 0, ["O"] * len(text)
        for token, tag in tokens:
            at = text.find(token, cursor)
            if at < 0:
                return  # tokenisation differs from the text: skip the sentence
            prefix, _, kind = tag.partition("-")
            first = at
            if prefix == "I" and cursor > 0 and char_tags[cursor - 1] != "O":
                first = cursor  # the space inside a multi-token entity belongs to it
            for k in range(first, at + len(token)):
                char_tags[k] = "O" if tag == "O" else (
                    f"B-{kind}" if (k == at and prefix == "B") else f"I-{kind}")
            cursor = at + len(token)
        docs.append(Doc(f"uner-{language}-{len(docs)}", text,
                        tuple(_bio_spans(char_tags, mapping)), NER_LABELS))

    for line in (DATA / "uner" / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            flush()
            text, tokens = line[len("# text = "):], []
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) >= 3:
                tokens.append((cols[1], cols[2]))
    flush()
    return docs


NER_CORPORA = {
    "msra": load_msra, "weibo": load_weibo, "resume": load_resume, "cluener": load_cluener,
    "uner-zh": lambda: load_uner("zh"), "uner-en": lambda: load_uner("en"),
}


def all_texts() -> list[str]:
    """Every development text (synthetic first), for the speed benchmark."""
    texts = [d.text for d in load_synthetic()]
    for loader in NER_CORPORA.values():
        texts.extend(d.text for d in loader())
    return texts
