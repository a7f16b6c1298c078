"""Tell text from binary and pick the text encoding of a file (编码识别).

Chinese data arrives as UTF-8, UTF-8 with a byte-order mark (Excel's "CSV UTF-8")
or GB18030/GBK (older Windows exports). GB18030 is a superset of GBK and GB2312,
so one name covers all three. The decision is made on a bounded sample of the
first bytes; a later byte that does not decode raises :class:`EncodingError`
while reading.

>>> sniff_encoding("姓名,手机\\n".encode("utf-8"))
'utf-8'
>>> sniff_encoding("姓名,手机\\n".encode("gb18030"))
'gb18030'
>>> sniff_encoding(b"\\xef\\xbb\\xbfname\\n")
'utf-8-sig'
>>> sniff_encoding(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
Traceback (most recent call last):
...
piguard.errors.UnsupportedFormat: binary content (NUL bytes), not text
"""

from __future__ import annotations

import codecs
from pathlib import Path

from piguard.errors import EncodingError, UnsupportedFormat

__all__ = ["SAMPLE_BYTES", "SUPPORTED_ENCODINGS", "sniff_encoding", "sniff_file_encoding"]

SUPPORTED_ENCODINGS = ("utf-8", "utf-8-sig", "gb18030")
SAMPLE_BYTES = 256 * 1024

# Control bytes other than tab, LF, FF, CR and ESC: a few in text are tolerated.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_MAX_CONTROL_SHARE = 0.01


def _decodes(sample: bytes, encoding: str, final: bool) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        decoder.decode(sample, final=final)
    except UnicodeDecodeError:
        return False
    return True


def sniff_encoding(sample: bytes, *, final: bool = True) -> str:
    """Return the encoding of ``sample`` or raise an :class:`InputError`.

    ``final=False`` says the sample is a prefix of a longer file, so a multi-byte
    character cut at its end is not an error.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise EncodingError("UTF-16 text is not supported; convert the file to UTF-8")
    if b"\x00" in sample:
        raise UnsupportedFormat("binary content (NUL bytes), not text")
    if sample and sum(sample.count(c) for c in _CONTROL) > _MAX_CONTROL_SHARE * len(sample):
        raise UnsupportedFormat("binary content (control bytes), not text")
    if _decodes(sample, "utf-8", final):
        return "utf-8"
    if _decodes(sample, "gb18030", final):
        return "gb18030"
    raise EncodingError("bytes are neither UTF-8 nor GB18030/GBK text")


def sniff_file_encoding(path: str | Path, sample_bytes: int = SAMPLE_BYTES) -> str:
    """Sniff the encoding from the first ``sample_bytes`` of a file."""
    with open(path, "rb") as handle:
        sample = handle.read(sample_bytes + 1)
    final = len(sample) <= sample_bytes
    return sniff_encoding(sample[:sample_bytes], final=final)
