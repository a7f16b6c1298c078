"""SM4-SIV over a whole column at once: the same tokens as :class:`Encrypt` one by one.

The synthetic IV of every value comes from the batched HMAC-SM3; the SM4-CTR keystream
of *all* values is one SM4-ECB call over their counter blocks (IV + j, 128-bit
big-endian increment, as CTR mode defines it), and the XOR runs in NumPy. Only base64
and slicing remain per value.
"""

from __future__ import annotations

import base64
import hmac

import numpy as np
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

__all__ = ["sm4_siv_decrypt_many", "sm4_siv_encrypt_many"]


def _keystream(enc_key: bytes, ivs: np.ndarray, lengths: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray]:
    """Keystream bytes laid out like the concatenated messages, and message offsets."""
    n = len(lengths)
    blocks = (lengths + 15) // 16
    total = int(blocks.sum())
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    if total == 0:
        return np.zeros(0, dtype=np.uint8), offsets
    block_start = np.zeros(n, dtype=np.int64)
    np.cumsum(blocks[:-1], out=block_start[1:])
    owner = np.repeat(np.arange(n), blocks)
    step = (np.arange(total) - block_start[owner]).astype(np.uint64)
    hi = ivs[:, :8].copy().view(">u8").ravel().astype(np.uint64)
    lo = ivs[:, 8:].copy().view(">u8").ravel().astype(np.uint64)
    lo_j = lo[owner] + step
    hi_j = hi[owner] + (lo_j < lo[owner]).astype(np.uint64)
    counters = np.empty((total, 2), dtype=">u8")
    counters[:, 0], counters[:, 1] = hi_j, lo_j
    ecb = Cipher(algorithms.SM4(enc_key), modes.ECB()).encryptor()
    stream = np.frombuffer(ecb.update(counters.tobytes()), dtype=np.uint8)
    # Byte k of message i sits at keystream position block_start[i] * 16 + k.
    byte_owner = np.repeat(np.arange(n), lengths)
    within = np.arange(int(offsets[-1])) - offsets[byte_owner]
    return stream[block_start[byte_owner] * 16 + within], offsets


def sm4_siv_encrypt_many(mac, enc_key: bytes, values: list[bytes], prefix: str) -> list[str]:
    """Tokens ``prefix + base64url(iv || SM4-CTR(value))`` for every value."""
    n = len(values)
    if n == 0:
        return []
    ivs = np.frombuffer(mac.digests(values), dtype=np.uint8).reshape(n, -1)[:, :16]
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=n)
    stream, offsets = _keystream(enc_key, ivs, lengths)
    cipher = (np.frombuffer(b"".join(values), dtype=np.uint8) ^ stream).tobytes()
    iv_bytes = ivs.tobytes()
    bounds = offsets.tolist()
    encode = base64.urlsafe_b64encode
    return [prefix + encode(iv_bytes[16 * i:16 * i + 16] + cipher[bounds[i]:bounds[i + 1]])
            .rstrip(b"=").decode("ascii") for i in range(n)]


def sm4_siv_decrypt_many(mac, enc_key: bytes, tokens: list[str], prefix: str
                         ) -> list[str | None]:
    """Original values, or None for tokens that are not ours (bad base64, bad IV)."""
    sealed: list[bytes | None] = []
    for token in tokens:
        body = token[len(prefix):] if prefix and token.startswith(prefix) else token
        try:
            raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        except ValueError:
            raw = b""
        sealed.append(raw if len(raw) >= 16 else None)
    good = [i for i, s in enumerate(sealed) if s is not None]
    out: list[str | None] = [None] * len(tokens)
    if not good:
        return out
    ivs = np.frombuffer(b"".join(sealed[i][:16] for i in good), dtype=np.uint8  # type: ignore[index]
                        ).reshape(len(good), 16)
    bodies = [sealed[i][16:] for i in good]  # type: ignore[index]
    lengths = np.fromiter(map(len, bodies), dtype=np.int64, count=len(good))
    stream, offsets = _keystream(enc_key, ivs, lengths)
    plain = (np.frombuffer(b"".join(bodies), dtype=np.uint8) ^ stream).tobytes()
    bounds = offsets.tolist()
    values = [plain[bounds[k]:bounds[k + 1]] for k in range(len(good))]
    check = np.frombuffer(mac.digests(values), dtype=np.uint8).reshape(len(good), -1)[:, :16]
    for k, i in enumerate(good):
        if hmac.compare_digest(check[k].tobytes(), ivs[k].tobytes()):
            try:
                out[i] = values[k].decode("utf-8")
            except UnicodeDecodeError:
                out[i] = None
    return out
