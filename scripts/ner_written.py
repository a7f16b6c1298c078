"""Hand-written labelled Chinese text for the tagger (project-owned, ``scripts/ner_written/``).

The generators fill slots in templates; these files hold whole sentences and short
passages written for piguard from scratch, one per line, in the registers the tagger
meets (news, social posts, news feeds, tickets and forms, encyclopedia and fiction).
People are marked ``{P:王小明}`` and places and addresses ``{L:北京市朝阳区建国路88号}``;
everything else is plain text. Lines starting with ``# `` (a hash and a space) are
comments; a post may start with a hashtag (``#话题#``).

>>> parse_line("记者{P:王小明}从{L:杭州}报道")
('记者王小明从杭州报道', [(2, 5, 'PER'), (6, 8, 'LOC')])

``python scripts/ner_written.py`` checks every file and prints counts; a malformed line
is reported with its file and line number. With the labelled corpora at hand
(``PIGUARD_DETECT_DATA``) it also lists any line that shares a run of ``OVERLAP``
characters with one of them (and exits with status 2): these lines must be written, not
quoted.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "ner_written"
MAX_CHARS = 95  # the tagger decodes chunks of at most 96 characters
OVERLAP = 12

Span = tuple[int, int, str]
Doc = tuple[str, list[Span]]

_MARK = re.compile(r"\{([PL]):([^{}:]+)\}")
_LABEL = {"P": "PER", "L": "LOC"}


def _is_comment(line: str) -> bool:
    return line == "#" or line.startswith("# ")


class MarkupError(ValueError):
    pass


def parse_line(line: str) -> Doc:
    """Plain text and spans of one marked-up line; raises MarkupError if malformed."""
    pieces: list[str] = []
    spans: list[Span] = []
    at = pos = 0
    for m in _MARK.finditer(line):
        plain = line[at : m.start()]
        pieces.append(plain)
        pos += len(plain)
        body = m.group(2)
        if body != body.strip():
            raise MarkupError(f"space at the edge of {m.group(0)!r}")
        pieces.append(body)
        spans.append((pos, pos + len(body), _LABEL[m.group(1)]))
        pos += len(body)
        at = m.end()
    pieces.append(line[at:])
    text = "".join(pieces)
    if any(c in text for c in "{}"):
        raise MarkupError("a brace outside a well-formed {P:...} or {L:...} mark")
    if len(text) > MAX_CHARS:
        raise MarkupError(f"{len(text)} characters (at most {MAX_CHARS})")
    return text, spans


def text_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, line) for each line of ``path`` that is neither blank nor a comment."""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line and not _is_comment(line):
            yield number, line


def load(folder: Path = FOLDER) -> list[Doc]:
    """Every line of every ``*.txt`` file in ``folder``, in file and line order."""
    docs: list[Doc] = []
    for path in sorted(folder.glob("*.txt")):
        for number, line in text_lines(path):
            try:
                docs.append(parse_line(line))
            except MarkupError as exc:
                raise MarkupError(f"{path.name}:{number}: {exc}") from None
    return docs


def quoted_lines(docs: list[Doc]) -> list[tuple[str, str]]:
    """(line, corpus) for written lines that share ``OVERLAP`` characters with a corpus."""
    import ner_corpora as corpora

    readers = {
        "MSRA": corpora.load_msra,
        "CLUENER": corpora.load_cluener,
        "Weibo": corpora.load_weibo,
        "Resume": corpora.load_resume,
        "UNER-zh": lambda: [d[:2] for n in ("train", "dev")
                            for d in corpora.load_uner(f"zh_gsdsimp-ud-{n}.iob2")],
    }  # fmt: skip
    hits: list[tuple[str, str]] = []
    for name, read in readers.items():
        try:
            corpus = read()
        except FileNotFoundError:
            print(f"{name}: not found, not compared")
            continue
        grams = {t[i : i + OVERLAP] for t, _ in corpus for i in range(len(t) - OVERLAP + 1)}
        for text, _ in docs:
            if any(text[i : i + OVERLAP] in grams for i in range(len(text) - OVERLAP + 1)):
                hits.append((text, name))
    return hits


def main() -> None:
    bad = 0
    docs: list[Doc] = []
    for path in sorted(FOLDER.glob("*.txt")):
        texts: set[str] = set()
        n = per = loc = empty = dup = 0
        for number, line in text_lines(path):
            try:
                text, spans = parse_line(line)
            except MarkupError as exc:
                print(f"{path.name}:{number}: {exc}")
                bad += 1
                continue
            docs.append((text, spans))
            n += 1
            dup += text in texts
            texts.add(text)
            per += sum(1 for s in spans if s[2] == "PER")
            loc += sum(1 for s in spans if s[2] == "LOC")
            empty += not spans
        print(f"{path.name}: {n} lines, {per} people, {loc} places, {empty} without any, {dup} repeated")
    if bad:
        sys.exit(1)
    import ner_corpora as corpora

    if (corpora.DATA / "msra").is_dir():
        hits = quoted_lines(docs)
        for text, name in hits:
            print(f"shares {OVERLAP} characters with {name}: {text}")
        print(f"{len(hits)} lines share {OVERLAP} characters with a labelled corpus")
        sys.exit(2 if hits else 0)


if __name__ == "__main__":
    main()
