#!/usr/bin/env python3
"""Regenerate ``src/piguard/detect/ner/data/t2s.tsv``: traditional -> simplified characters.

The name/address tagger was trained on simplified text. Mapping each traditional
character to its simplified one while normalising (one code point to one, so offsets
stay put) lets it read 臺北市中正區重慶南路一段122號 as it reads the simplified form.

Source: OpenCC's ``TSCharacters.txt`` (Apache License 2.0, https://github.com/BYVoid/OpenCC),
as shipped in the PyPI package ``opencc-python-reimplemented`` 0.1.7. Only one-character
targets in the Basic Multilingual Plane are kept, and the first candidate when OpenCC
lists several (乾 -> 干, the first of 干 乾).

Usage: python scripts/make_t2s.py [TSCharacters.txt] [OUTPUT]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "src" / "piguard" / "detect" / "ner" / "data" / "t2s.tsv"
HEADER = (
    "# Traditional -> simplified Chinese characters, one pair per line (tab-separated).\n"
    "# Source: OpenCC TSCharacters.txt (https://github.com/BYVoid/OpenCC), Apache License 2.0,\n"
    "# via the PyPI package opencc-python-reimplemented 0.1.7; made by scripts/make_t2s.py.\n"
)


def default_source() -> Path:
    import opencc  # opencc-python-reimplemented

    return Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"


def pairs(source: Path) -> list[tuple[str, str]]:
    out = []
    for line in source.read_text(encoding="utf-8").splitlines():
        trad, _, targets = line.partition("\t")
        simp = targets.split(" ")[0] if targets else ""
        if len(trad) == 1 == len(simp) and trad != simp and max(ord(trad), ord(simp)) < 0x10000:
            out.append((trad, simp))
    return sorted(out)


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else default_source()
    output = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUTPUT
    body = "".join(f"{t}\t{s}\n" for t, s in pairs(source))
    fd, tmp = tempfile.mkstemp(dir=output.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER + body)
    os.replace(tmp, output)
    print(f"wrote {output} ({body.count(chr(10))} pairs)")


if __name__ == "__main__":
    main()
