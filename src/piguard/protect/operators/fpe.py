"""Format-preserving encryption (FF1) whose output still validates.

:class:`Fpe` encrypts with FF1 (:mod:`piguard.protect.ff1`, NIST SP 800-38G) so that
the output has the input's format, and for identifiers a *valid* check digit:

* ``CN_RESIDENT_ID`` — region, birth date and sequence are encrypted together as one
  number in a mixed-radix domain (province x 4-digit county, day, sequence), so the
  surrogate has a real province, a real date and a correct MOD 11-2 check character.
  ``keep_region``, ``keep_birth_year`` and ``keep_sex`` keep those parts (they go into
  the FF1 tweak instead; region and birth year together would leave fewer than 10**6
  surrogates, so that pair is refused). Birth dates before 2000 are permuted within
  1890-1999, later ones within three-year blocks (2000-2002, ...; six-year blocks when
  both region and sex are kept): a surrogate of a child born in the current block may
  fall after today — a documented limitation;
* ``BANK_CARD`` — the first ``keep_first`` digits (the issuer BIN, 6 by default) stay,
  the middle is encrypted and the Luhn digit recomputed;
* ``PHONE`` (Mainland mobile numbers) — the 3-digit segment stays, the 8 subscriber
  digits are encrypted;
* ``CN_USCC`` — the first 8 characters (authority, type, region) stay, the
  organisation code body is encrypted over the 31-symbol alphabet and both check
  characters (GB 11714, GB 32100) are recomputed;
* anything else — every digit is encrypted in place (separators, letters and length
  stay), provided there are at least 6 digits (NIST's minimum domain); shorter values
  are masked instead and counted as not reversible.

A value of a typed kind that is *not* itself valid (a typo, a bad check digit) is
encrypted digit-wise and cycle-walked until the result is not valid either, so
:meth:`Fpe.reverse` can tell the two paths apart and every value round-trips.
Domains that are not a power of the radix use cycle walking (re-encrypt until the
result falls in the domain), the standard way of using FF1 on such domains.

>>> from piguard.protect.keys import KeyMaterial
>>> from piguard.identifiers import cn_ric
>>> from piguard.identifiers.checksums import luhn
>>> op = Fpe(KeyMaterial("k", 1, bytes(32)), "CN_RESIDENT_ID")
>>> out = op.apply("11010519491231002X")
>>> cn_ric.is_valid(out), op.reverse(out)
(True, '11010519491231002X')
>>> card = Fpe(KeyMaterial("k", 1, bytes(32)), "BANK_CARD").apply("6222 0212 3456 7894")
>>> card[:7], card[4], len(card), luhn.is_valid(card.replace(" ", ""))
('6222 02', ' ', 19, True)
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pyarrow as pa

from piguard.identifiers.checksums import gb32100, iso7064, luhn
from piguard.identifiers.regions import PROVINCES
from piguard.protect.ff1 import FF1, MIN_DOMAIN
from piguard.protect.keys import KeyMaterial

from .base import Operator, as_strings, check, distinct

__all__ = ["FPE_TYPES", "Fpe"]

FPE_TYPES = ("CN_RESIDENT_ID", "BANK_CARD", "PHONE", "CN_USCC")
_PROVINCES = sorted(PROVINCES)
_PROVINCE_INDEX = {p: i for i, p in enumerate(_PROVINCES)}
_EPOCH = dt.date(1890, 1, 1)
_Y2K = dt.date(2000, 1, 1)
_USCC_VALUE = {ch: i for i, ch in enumerate(gb32100.ALPHABET)}


class _Domain:
    """FF1 over integers ``[0, size)``: the radix is chosen so radix**n just covers size."""

    def __init__(self, secret: bytes, size: int) -> None:
        if size < MIN_DOMAIN:
            raise ValueError("domain below NIST's minimum of 10**6")
        n = 2
        while _iroot_ceil(size, n) > 2**16:
            n += 2
        self.size, self.n = size, n
        self.ff1 = FF1(secret, _iroot_ceil(size, n))

    def run(self, values: list[int], tweaks: list[bytes], decrypt: bool) -> list[int]:
        if self.ff1.batchable(self.n) and len({len(t) for t in tweaks}) <= 1:
            arr = np.array(values, dtype=np.uint64)
            tw = (np.frombuffer(b"".join(tweaks), dtype=np.uint8).reshape(len(values), -1)
                  if tweaks and tweaks[0] else None)
            step = self.ff1.decrypt_ints if decrypt else self.ff1.encrypt_ints
            out = step(arr, self.n, tw)
            pending = out >= np.uint64(self.size)
            while pending.any():  # cycle walking
                out[pending] = step(out[pending], self.n, None if tw is None else tw[pending])
                pending = out >= np.uint64(self.size)
            return [int(v) for v in out]
        return [self.one(v, t, decrypt) for v, t in zip(values, tweaks, strict=True)]

    def run_array(self, values: np.ndarray, tweaks: np.ndarray, decrypt: bool) -> np.ndarray:
        """NumPy in, NumPy out: ``values`` uint64, ``tweaks`` an (n, t) uint8 matrix."""
        if not self.ff1.batchable(self.n):
            return np.array(self.run([int(v) for v in values],
                                     [bytes(row) for row in tweaks], decrypt), dtype=np.uint64)
        step = self.ff1.decrypt_ints if decrypt else self.ff1.encrypt_ints
        out = step(values, self.n, tweaks)
        pending = out >= np.uint64(self.size)
        while pending.any():  # cycle walking
            out[pending] = step(out[pending], self.n, tweaks[pending])
            pending = out >= np.uint64(self.size)
        return out

    def one(self, value: int, tweak: bytes, decrypt: bool) -> int:
        step = self.ff1.decrypt if decrypt else self.ff1.encrypt
        while True:  # cycle walking
            value = self.ff1._num(step(self.ff1._str(value, self.n), tweak))
            if value < self.size:
                return value


def _iroot_ceil(size: int, n: int) -> int:
    root = max(2, round(size ** (1.0 / n)))
    while root**n < size:
        root += 1
    while (root - 1) ** n >= size and root > 2:
        root -= 1
    return root


# -- typed codecs: value <-> (domain size, number, tweak) ----------------------------
@dataclass(frozen=True, slots=True)
class _Parsed:
    size: int
    number: int
    tweak: bytes
    rebuild: Callable[[int], str]


def _ric_parse(op: Fpe, compact: str) -> _Parsed | None:
    if not re.fullmatch(r"[0-9]{17}[0-9X]", compact) or compact[:2] not in _PROVINCE_INDEX:
        return None
    if iso7064.mod_11_2_checksum(compact) != 1:
        return None
    try:
        born = dt.date(int(compact[6:10]), int(compact[10:12]), int(compact[12:14]))
    except ValueError:
        return None
    if born < _EPOCH:
        return None
    seq = int(compact[14:17])
    if op.keep_birth_year:
        start, block = dt.date(born.year, 1, 1), born.year
        days = (dt.date(born.year + 1, 1, 1) - start).days
    elif born >= _Y2K:  # blocks of 3 (6) years keep the domain above 10**6 with region kept
        years = 6 if op.keep_region and op.keep_sex else 3
        first = 2000 + (born.year - 2000) // years * years
        start, block = dt.date(first, 1, 1), first
        days = (dt.date(first + years, 1, 1) - start).days
    else:
        start, block, days = _EPOCH, 0, (_Y2K - _EPOCH).days
    seq_size = 500 if op.keep_sex else 1000
    size, number = days * seq_size, (born - start).days * seq_size + (
        seq // 2 if op.keep_sex else seq)
    if not op.keep_region:
        region = _PROVINCE_INDEX[compact[:2]] * 10000 + int(compact[2:6])
        size, number = size * len(_PROVINCES) * 10000, region * size + number
    tweak = (f"RIC|{compact[:6] if op.keep_region else '------'}|{block:04d}|"
             f"{seq % 2 if op.keep_sex else '-'}").encode()

    def rebuild(value: int) -> str:
        region_code = compact[:6]
        if not op.keep_region:
            region_idx, value = divmod(value, days * seq_size)
            province, county = divmod(region_idx, 10000)
            region_code = f"{_PROVINCES[province]}{county:04d}"
        day, s = divmod(value, seq_size)
        new_seq = s * 2 + seq % 2 if op.keep_sex else s
        body = f"{region_code}{start + dt.timedelta(days=day):%Y%m%d}{new_seq:03d}"
        return body + iso7064.mod_11_2_calc_check_digit(body)

    return _Parsed(size, number, tweak, rebuild)


def _card_parse(op: Fpe, compact: str) -> _Parsed | None:
    if not (compact.isascii() and compact.isdigit() and 13 <= len(compact) <= 19):
        return None
    if not luhn.is_valid(compact):
        return None
    keep_first = min(op.keep_first, len(compact) - 1 - 6)
    middle = compact[keep_first:len(compact) - 1]
    tweak = f"CARD|{len(compact):02d}|{compact[:keep_first]:<8}".encode()

    def rebuild(value: int) -> str:
        body = compact[:keep_first] + f"{value:0{len(middle)}d}"
        return body + luhn.calc_check_digit(body)

    return _Parsed(10 ** len(middle), int(middle), tweak, rebuild)


def _mobile_parse(op: Fpe, compact: str) -> _Parsed | None:
    digits = compact.removeprefix("+")
    for prefix in ("0086", "86", ""):
        if digits.startswith(prefix) and len(digits) == len(prefix) + 11:
            national = digits[len(prefix):]
            break
    else:
        return None
    if not (national.isascii() and re.fullmatch(r"1[3-9][0-9]{9}", national)):
        return None
    lead = compact[: len(compact) - 11]

    def rebuild(value: int) -> str:
        return f"{lead}{national[:3]}{value:08d}"

    return _Parsed(10**8, int(national[3:]), f"MOB|{national[:3]}".encode(), rebuild)


def _uscc_parse(op: Fpe, compact: str) -> _Parsed | None:
    if len(compact) != 18 or any(ch not in _USCC_VALUE for ch in compact):
        return None
    if not gb32100.is_valid(compact) or not gb32100.org_code_is_valid(compact[8:17]):
        return None
    body = compact[8:16]
    number = 0
    for ch in body:
        number = number * 31 + _USCC_VALUE[ch]

    def rebuild(value: int) -> str:
        chars = []
        for _ in range(8):
            value, r = divmod(value, 31)
            chars.append(gb32100.ALPHABET[r])
        org = "".join(reversed(chars))
        head = compact[:8] + org + gb32100.org_code_calc_check_digit(org)
        return head + gb32100.calc_check_digit(head)

    return _Parsed(31**8, number, f"USCC|{compact[:8]}".encode(), rebuild)


_PARSERS = {"CN_RESIDENT_ID": _ric_parse, "BANK_CARD": _card_parse, "PHONE": _mobile_parse,
            "CN_USCC": _uscc_parse}
_SEPARATORS = re.compile(r"[\s\-]")


@dataclass(frozen=True)
class Fpe(Operator):
    """FF1 format-preserving encryption; typed for the kinds in :data:`FPE_TYPES`."""

    key: KeyMaterial
    entity_type: str = ""
    keep_region: bool = False
    keep_birth_year: bool = False
    keep_sex: bool = False
    keep_first: int = 6
    name = "fpe"
    reversible = True

    def __post_init__(self) -> None:
        check(isinstance(self.key, KeyMaterial), "fpe: needs a key (KeyMaterial from a provider)")
        check(isinstance(self.entity_type, str), "fpe: entity_type must be a string")
        for flag in ("keep_region", "keep_birth_year", "keep_sex"):
            check(isinstance(getattr(self, flag), bool), f"fpe: {flag} must be true or false")
        check(isinstance(self.keep_first, int) and 0 <= self.keep_first <= 8,
              "fpe: keep_first must be 0 to 8")
        check(not (self.keep_region and self.keep_birth_year),
              "fpe: keeping both region and birth year leaves fewer than 10**6 surrogates "
              "(NIST SP 800-38G minimum); keep one of them")

    @cached_property
    def _secret(self) -> bytes:
        return self.key.subkey("fpe/ff1")

    @cached_property
    def _digits(self) -> FF1:
        return FF1(self._secret, 10)

    def _parse(self, compact: str) -> _Parsed | None:
        parser = _PARSERS.get(self.entity_type)
        return parser(self, compact) if parser else None

    # -- whole column ----------------------------------------------------------------
    def apply_array(self, arr):
        return self._run_array(as_strings(arr), decrypt=False)

    def reverse_array(self, arr) -> pa.Array:
        return self._run_array(as_strings(arr), decrypt=True)

    def apply(self, value: str) -> str:
        return self._run([value], decrypt=False)[0]

    def reverse(self, value: str) -> str:
        return self._run([value], decrypt=True)[0]

    def _domain(self, size: int) -> _Domain:
        cache = self.__dict__.setdefault("_domains", {})
        if size not in cache:
            cache[size] = _Domain(self._secret, size)
        return cache[size]

    def _run_array(self, arr: pa.Array, decrypt: bool) -> pa.Array:
        import pyarrow.compute as pc

        if len(arr) == 0:
            return arr
        values, indices = distinct(arr)
        if self.entity_type in ("CN_RESIDENT_ID", "BANK_CARD", "PHONE"):
            from ._fpe_digits import run_digit_column
            from ._fpe_ric import run_resident_ids

            run = run_resident_ids if self.entity_type == "CN_RESIDENT_ID" else run_digit_column
            fast, handled = run(self, values, decrypt, self._domain)
            rest = np.flatnonzero(~handled & pc.is_valid(values).to_numpy(zero_copy_only=False))
            if len(rest):
                slow = pa.array(self._run(pc.take(values, pa.array(rest)).to_pylist(), decrypt),
                                pa.string())
                positions = np.full(len(values), -1, dtype=np.int64)
                positions[rest] = np.arange(len(rest))
                spread = pc.take(slow, pa.array(positions, mask=positions < 0))
                fast = pc.if_else(pa.array(handled), fast, spread)
            mapped = fast
        else:
            mapped = pa.array([None if v is None else r for v, r in zip(
                values.to_pylist(), self._run([v or "" for v in values.to_pylist()], decrypt),
                strict=True)], pa.string())
        return mapped if indices is None else pc.take(mapped, indices)

    def _run(self, values: list[str], decrypt: bool) -> list[str]:
        """Typed values batched per domain; the rest go digit-wise, one by one."""
        out: list[str | None] = [None] * len(values)
        groups: dict[tuple[int, int], list[tuple[int, _Parsed, str]]] = defaultdict(list)
        for i, value in enumerate(values):
            compact = _SEPARATORS.sub("", value)
            parsed = self._parse(compact.upper()) if compact.isascii() else None
            if parsed is None:
                out[i] = self._digitwise(value, decrypt)
            else:
                groups[(parsed.size, len(parsed.tweak))].append((i, parsed, value))
        for (size, _), items in groups.items():
            domain = self._domain(size)
            numbers = domain.run([p.number for _, p, _ in items], [p.tweak for _, p, _ in items],
                                 decrypt)
            for (i, parsed, value), number in zip(items, numbers, strict=True):
                out[i] = _reinsert(value, parsed.rebuild(number))
        return out  # type: ignore[return-value]

    def _digitwise(self, value: str, decrypt: bool) -> str:
        """Encrypt every ASCII digit in place; walk while the result parses as typed."""
        positions = [i for i, ch in enumerate(value) if "0" <= ch <= "9"]
        if len(positions) < 6:
            return value if decrypt else "".join("*" if "0" <= c <= "9" else c for c in value)
        chars = list(value)
        tweak = f"DIG|{self.entity_type}".encode()
        step = self._digits.decrypt if decrypt else self._digits.encrypt
        while True:
            numerals = step([int(chars[i]) for i in positions], tweak)
            for i, d in zip(positions, numerals, strict=True):
                chars[i] = "0123456789"[d]
            result = "".join(chars)
            compact = _SEPARATORS.sub("", result)
            if self._parse(compact.upper()) is None:
                return result


def _reinsert(template: str, compact: str) -> str:
    """Put ``compact``'s characters back into ``template``'s separator layout."""
    if _SEPARATORS.search(template) is None:
        return compact
    chars, it = [], iter(compact)
    for ch in template:
        chars.append(ch if _SEPARATORS.fullmatch(ch) else next(it, ""))
    return "".join(chars) + "".join(it)
