"""Keyed operators: pseudonyms (HMAC) and deterministic reversible encryption.

:class:`Pseudonym` — HMAC-SHA256, or HMAC-SM3 for handlers held to China's
commercial cryptography rules (GM/T 0004, GB/T 32905). The same value under the same
key gives the same token in every table and document, so joins keep working; another
key gives unrelated tokens. Not reversible (look-ups need the original data).

:class:`Encrypt` — deterministic authenticated encryption, reversible with the key:

* ``aes-siv``: AES-SIV (RFC 5297, AES-256) from ``cryptography``;
* ``sm4-siv``: the same synthetic-IV construction with Chinese algorithms — the IV is
  the first 128 bits of HMAC-SM3 over the value, the value is encrypted with SM4-CTR
  under that IV, and decryption recomputes and compares the IV (the SIV scheme of
  Rogaway and Shrimpton with HMAC-SM3 as PRF and SM4-CTR as cipher).

Tokens are URL-safe base64 without padding. Sub-keys are derived per purpose from the
managed key, so one key can serve a pseudonym and an encryption operator.

>>> from piguard.protect.keys import KeyMaterial
>>> key = KeyMaterial("k1", 1, bytes(32))
>>> p = Pseudonym(key, prefix="P_")
>>> p.apply("13812345678") == p.apply("13812345678"), p.apply("13812345678")[:2]
(True, 'P_')
>>> e = Encrypt(key)
>>> e.reverse(e.apply("张三"))
'张三'
>>> e2 = Encrypt(key, algorithm="sm4-siv")
>>> e2.reverse(e2.apply("13812345678"))
'13812345678'
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from piguard.errors import IntegrityError
from piguard.protect.keys import KeyMaterial

from . import _hmac_procs
from ._hmac_procs import HmacStates
from .base import (
    Operator,
    _spread,
    as_strings,
    check,
    distinct,
    fixed_width_strings,
    map_bytes,
    map_unique,
)

try:  # the optional C extension (hatch_build.py): HMAC-SHA256 over OpenSSL, without the GIL
    from . import _hmac_native
except ImportError:  # built without a compiler or OpenSSL headers: hashlib, same bytes
    _hmac_native = None

__all__ = ["Encrypt", "Pseudonym"]


def _sm3_available() -> bool:
    try:
        hashlib.new("sm3")
    except ValueError:
        return False
    return True


_HASHLIB_SM3 = _sm3_available()


def _hmac(key: bytes, data: bytes, algorithm: str) -> bytes:
    if algorithm == "sha256":
        return hmac.digest(key, data, "sha256")
    if _HASHLIB_SM3:
        return hmac.digest(key, data, "sm3")
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives import hmac as chmac

    mac = chmac.HMAC(key, hashes.SM3())
    mac.update(data)
    return mac.finalize()


class _Hmac(HmacStates):
    """HMAC states (see :class:`HmacStates`) and tokens built from their digests."""

    def __init__(self, key: bytes, algorithm: str) -> None:
        super().__init__(key, algorithm)
        self._key, self._algorithm = key, algorithm
        self._native = _hmac_native is not None and algorithm == "sha256"

    def digests(self, values) -> bytes:
        """The concatenated digests of a list of ``bytes`` (the C extension when built)."""
        if not self._native:
            return super().digests(values)
        offsets = np.zeros(len(values) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, values), np.int64, len(values)), out=offsets[1:])
        return _hmac_native.hmac_sha256(self._key, offsets, b"".join(values))

    def digests_of(self, values: pa.Array, processes: int = 0) -> bytes:
        """The digests of a ``binary`` array without nulls, maybe hashed in helper processes.

        HMAC-SHA256 with the C extension is one native call that lets go of the GIL, so
        helpers are never needed for it. Otherwise (HMAC-SM3, or no extension), with
        ``processes`` > 0 and a big column, up to that many helpers
        (:mod:`._hmac_procs`) each hash an equal share while this thread waits on their
        pipes without the GIL, so the Arrow work of other columns goes on beside them.
        A share whose helper fails is hashed here: the same bytes either way.
        """
        if self._native:
            offsets, data, _ = _buffers(values)
            return _hmac_native.hmac_sha256(self._key, offsets, data)
        helpers = (_hmac_procs.acquire(processes)
                   if processes > 0 and len(values) >= _HELPER_MIN_VALUES else [])
        if not helpers:
            return self.digests(values.to_pylist())
        try:
            bounds = np.linspace(0, len(values), len(helpers) + 1).astype(np.int64)
            shares = [values.slice(a, b - a) for a, b in pairwise(bounds)]
            with _hmac_procs.timed(helpers):
                for helper, share in zip(helpers, shares, strict=True):
                    helper.send(self._key, self._algorithm, *_buffers(share))
                answers = [helper.receive(len(share) * self.digest_size)
                           for helper, share in zip(helpers, shares, strict=True)]
            parts = [theirs if theirs is not None else self.digests(share.to_pylist())
                     for theirs, share in zip(answers, shares, strict=True)]
        finally:
            _hmac_procs.release(helpers)
        return b"".join(parts)

    def tokens(self, values: list[bytes] | pa.Array, length: int, prefix: str,
               processes: int = 0) -> pa.Array:
        """``prefix`` + the first ``length`` hex digits of each HMAC, built in NumPy."""
        n = len(values)
        digests = (self.digests(values) if isinstance(values, list)
                   else self.digests_of(values, processes))
        raw = np.frombuffer(digests, dtype=np.uint8).reshape(n, self.digest_size)
        raw = raw[:, : (length + 1) // 2]
        head = np.frombuffer(prefix.encode("utf-8"), dtype=np.uint8)
        rows = np.empty((n, len(head) + length), dtype=np.uint8)  # fixed width: prefix + hex
        rows[:, : len(head)] = head
        rows[:, len(head):] = _HEX_PAIRS[raw].view(np.uint8).reshape(n, 2 * raw.shape[1])[
            :, :length]
        return fixed_width_strings(rows)


#: Below this many values, starting a helper's share costs more than it saves.
_HELPER_MIN_VALUES = 20_000


def _buffers(share: pa.Array) -> tuple[bytes, memoryview, int]:
    """``(offsets, data, count)`` of a ``binary`` slice: native int64 offsets from 0."""
    count = len(share)
    offsets = np.frombuffer(share.buffers()[1], dtype=np.int32)[
        share.offset: share.offset + count + 1].astype(np.int64)
    data = share.buffers()[2]
    data = memoryview(data)[offsets[0]: offsets[-1]] if data is not None else memoryview(b"")
    return (offsets - offsets[0]).tobytes(), data, count


_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
#: Byte -> its two hex digits, as one little-endian uint16 (high nibble first in memory).
_HEX_PAIRS = (_HEX[np.arange(256) >> 4].astype(np.uint16)
              | (_HEX[np.arange(256) & 15].astype(np.uint16) << 8)).astype("<u2")


def _map_list(arr: pa.Array, fn) -> pa.Array:
    """``fn(list[str]) -> list[str | None]`` over the distinct non-null values of ``arr``."""
    from .base import _spread, distinct

    if len(arr) == 0:
        return pa.array([], pa.string())
    values, indices = distinct(arr)
    present = values.to_pylist()
    mapped = fn([v if v is not None else "" for v in present])
    mapped = [None if v is None else m for v, m in zip(present, mapped, strict=True)]
    return _spread(pa.array(mapped, pa.string()), arr, indices)


def _check_key(key: object, name: str) -> None:
    check(isinstance(key, KeyMaterial), f"{name}: needs a key (KeyMaterial from a provider)")


@dataclass(frozen=True)
class Pseudonym(Operator):
    """``prefix`` + the first ``length`` hex digits of HMAC(key, value)."""

    key: KeyMaterial
    algorithm: str = "sha256"
    length: int = 20
    prefix: str = ""
    name = "pseudonym"

    def __post_init__(self) -> None:
        _check_key(self.key, "pseudonym")
        check(self.algorithm in ("sha256", "sm3"), "pseudonym: algorithm must be sha256 or sm3")
        check(isinstance(self.length, int) and 16 <= self.length <= 64,
              "pseudonym: length must be 16 to 64 hex digits (64 to 256 bits)")
        check(isinstance(self.prefix, str) and len(self.prefix) <= 32,
              "pseudonym: prefix must be a string of at most 32 characters")

    @cached_property
    def _subkey(self) -> bytes:
        return self.key.subkey(f"pseudonym/{self.algorithm}")

    def apply(self, value: str) -> str:
        digest = _hmac(self._subkey, value.encode("utf-8", "surrogatepass"), self.algorithm)
        return self.prefix + digest.hex()[: self.length]

    def apply_array(self, arr, *, processes: int = 0):
        """Tokens for a column, each distinct value hashed once.

        ``processes`` > 0 lets that many helper processes hash shares of a big column
        (see :mod:`._hmac_procs`); the tokens are the same either way.
        """
        if self.algorithm == "sm3" and not _HASHLIB_SM3:
            return map_unique(as_strings(arr), self.apply)
        strings = as_strings(arr)
        if len(strings) == 0:
            return pa.array([], pa.string())
        values, indices = distinct(strings)
        filled = pc.fill_null(values.cast(pa.binary()), b"")
        tokens = _Hmac(self._subkey, self.algorithm).tokens(filled, self.length, self.prefix,
                                                            processes)
        return _spread(tokens, strings, indices)


@dataclass(frozen=True)
class Encrypt(Operator):
    """Deterministic reversible encryption (``aes-siv`` or ``sm4-siv``)."""

    key: KeyMaterial
    algorithm: str = "aes-siv"
    prefix: str = ""
    name = "encrypt"
    reversible = True

    def __post_init__(self) -> None:
        _check_key(self.key, "encrypt")
        check(self.algorithm in ("aes-siv", "sm4-siv"),
              "encrypt: algorithm must be aes-siv or sm4-siv")
        check(isinstance(self.prefix, str) and len(self.prefix) <= 32,
              "encrypt: prefix must be a string of at most 32 characters")

    @cached_property
    def _siv(self):
        from cryptography.hazmat.primitives.ciphers.aead import AESSIV

        return AESSIV(self.key.subkey("encrypt/aes-siv", 64))

    @cached_property
    def _sm4_keys(self) -> tuple[bytes, bytes]:
        return self.key.subkey("encrypt/sm4-siv/mac"), self.key.subkey("encrypt/sm4-siv/enc", 16)

    def _sm4_ctr(self, iv: bytes, data: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        ctx = Cipher(algorithms.SM4(self._sm4_keys[1]), modes.CTR(iv)).encryptor()
        return ctx.update(data) + ctx.finalize()

    def apply(self, value: str) -> str:
        plain = value.encode("utf-8", "surrogatepass")
        if self.algorithm == "aes-siv":
            sealed = self._siv.encrypt(plain, None)
        else:
            iv = _hmac(self._sm4_keys[0], plain, "sm3")[:16]
            sealed = iv + self._sm4_ctr(iv, plain)
        return self.prefix + base64.urlsafe_b64encode(sealed).rstrip(b"=").decode("ascii")

    def reverse(self, token: str) -> str:
        """The original value; :class:`IntegrityError` if the token is not ours."""
        from cryptography.exceptions import InvalidTag

        body = token[len(self.prefix):] if token.startswith(self.prefix) else token
        try:
            sealed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        except ValueError:
            raise IntegrityError("not an encrypted token") from None
        if len(sealed) < 16:
            raise IntegrityError("not an encrypted token")
        if self.algorithm == "aes-siv":
            try:
                plain = self._siv.decrypt(sealed, None)
            except InvalidTag:
                raise IntegrityError("token does not decrypt under this key") from None
        else:
            iv, body_ct = sealed[:16], sealed[16:]
            plain = self._sm4_ctr(iv, body_ct)
            if not hmac.compare_digest(_hmac(self._sm4_keys[0], plain, "sm3")[:16], iv):
                raise IntegrityError("token does not decrypt under this key")
        return plain.decode("utf-8", "surrogatepass")

    def apply_array(self, arr):
        if self.algorithm != "sm4-siv" or not _HASHLIB_SM3:
            return map_unique(as_strings(arr), self.apply)
        from ._sm4_batch import sm4_siv_encrypt_many

        mac = _Hmac(self._sm4_keys[0], "sm3")
        return map_bytes(as_strings(arr), lambda values: sm4_siv_encrypt_many(
            mac, self._sm4_keys[1], values, self.prefix))

    def reverse_array(self, arr) -> pa.Array:
        """Reverse a column; tokens that do not decrypt become null."""
        if self.algorithm == "sm4-siv" and _HASHLIB_SM3:
            from ._sm4_batch import sm4_siv_decrypt_many

            mac = _Hmac(self._sm4_keys[0], "sm3")
            return _map_list(as_strings(arr), lambda tokens: sm4_siv_decrypt_many(
                mac, self._sm4_keys[1], tokens, self.prefix))

        def one(token: str) -> str | None:
            try:
                return self.reverse(token)
            except IntegrityError:
                return None

        return map_unique(as_strings(arr), one)
