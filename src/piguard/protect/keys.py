"""Keys behind keyed operators: one small provider interface, three providers.

A *key* has an ID and integer versions; rotating a key adds a version and keeps the
old ones, so older outputs (whose manifest records the ID and version used) can still
be re-identified. Operators never use a master secret directly: each purpose
(pseudonym, FPE, encryption) gets its own sub-key derived with HKDF-SHA256, so one
managed key can serve several operators without their outputs being related.

Providers implement one method, :meth:`KeyProvider.get`. Shipped here:

* :class:`InMemoryKeyProvider` — for tests and for callers that manage keys themselves;
* :class:`EnvKeyProvider` — ``PIGUARD_KEY_<ID>`` (latest) and ``PIGUARD_KEY_<ID>_V<n>``
  environment variables holding base64 or hex of at least 32 random bytes;
* :class:`piguard.protect.keystore.LocalKeystore` — the default: a file encrypted under
  a passphrase (scrypt + AES-256-GCM).

Secrets never print: :class:`KeyMaterial`'s ``repr`` hides them, and errors name the
key ID and version only.

>>> provider = InMemoryKeyProvider({"k1": [b"a" * 32, b"b" * 32]})
>>> key = provider.get("k1")
>>> key
KeyMaterial(key_id='k1', version=2, <32 bytes redacted>)
>>> provider.get("k1", 1).version
1
>>> key.subkey("pseudonym") != key.subkey("fpe")
True
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from piguard.errors import KeyAccessDenied, KeyNotFound

__all__ = [
    "MIN_KEY_BYTES",
    "EnvKeyProvider",
    "InMemoryKeyProvider",
    "KeyMaterial",
    "KeyProvider",
    "new_secret",
    "valid_key_id",
]

#: Shortest master secret accepted (256 bits).
MIN_KEY_BYTES = 32
_KEY_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


def valid_key_id(key_id: object) -> bool:
    """True for IDs of 1-64 letters, digits, ``_``, ``.``, ``-`` (not starting with a sign).

    >>> valid_key_id("customers-2026"), valid_key_id(""), valid_key_id("a b")
    (True, False, False)
    """
    return isinstance(key_id, str) and _KEY_ID.fullmatch(key_id) is not None


def new_secret() -> bytes:
    """A fresh 256-bit master secret from the operating system's CSPRNG."""
    return os.urandom(MIN_KEY_BYTES)


@dataclass(frozen=True, slots=True)
class KeyMaterial:
    """One version of one key. The secret is hidden from ``repr`` and comparisons."""

    key_id: str
    version: int
    secret: bytes = field(repr=False, compare=False)

    def __post_init__(self) -> None:
        if not valid_key_id(self.key_id):
            raise KeyNotFound("key IDs are 1-64 letters, digits, '_', '.' or '-'")
        if not isinstance(self.version, int) or self.version < 1:
            raise KeyNotFound(f"key {self.key_id}: versions are integers from 1")
        if not isinstance(self.secret, bytes) or len(self.secret) < MIN_KEY_BYTES:
            raise KeyAccessDenied(
                f"key {self.key_id} v{self.version}: secret shorter than {MIN_KEY_BYTES} bytes"
            )

    def __repr__(self) -> str:
        return (f"KeyMaterial(key_id={self.key_id!r}, version={self.version}, "
                f"<{len(self.secret)} bytes redacted>)")

    __str__ = __repr__

    @property
    def ref(self) -> str:
        """``id@version``, the form manifests and logs record.

        >>> KeyMaterial("k1", 3, b"x" * 32).ref
        'k1@3'
        """
        return f"{self.key_id}@{self.version}"

    def subkey(self, purpose: str, length: int = 32) -> bytes:
        """Derive the sub-key for one purpose (HKDF-SHA256, ``info`` = purpose)."""
        return HKDF(
            algorithm=hashes.SHA256(),
            length=length,
            salt=b"piguard/protect/v1",
            info=purpose.encode("utf-8"),
        ).derive(self.secret)


@runtime_checkable
class KeyProvider(Protocol):
    """Where keys come from. ``version=None`` asks for the newest version."""

    def get(self, key_id: str, version: int | None = None) -> KeyMaterial: ...


class InMemoryKeyProvider:
    """Keys held in a dict: ``{key_id: [secret_v1, secret_v2, ...]}``."""

    def __init__(self, keys: Mapping[str, Sequence[bytes] | bytes] | None = None) -> None:
        self._keys: dict[str, list[KeyMaterial]] = {}
        for key_id, secrets in (keys or {}).items():
            for secret in [secrets] if isinstance(secrets, bytes) else secrets:
                self.add(key_id, secret)

    def add(self, key_id: str, secret: bytes | None = None) -> KeyMaterial:
        """Add a new version of ``key_id`` (a fresh random secret if none given)."""
        versions = self._keys.setdefault(key_id, [])
        material = KeyMaterial(key_id, len(versions) + 1, secret or new_secret())
        versions.append(material)
        return material

    def get(self, key_id: str, version: int | None = None) -> KeyMaterial:
        return _pick(self._keys.get(key_id, []), key_id, version)

    def key_ids(self) -> list[str]:
        return sorted(self._keys)

    def __repr__(self) -> str:
        return f"InMemoryKeyProvider({len(self._keys)} keys)"


class EnvKeyProvider:
    """Keys in environment variables, base64 or hex encoded.

    ``PIGUARD_KEY_<ID>_V<n>`` holds version *n*; ``PIGUARD_KEY_<ID>`` alone is version 1.
    The ID is upper-cased and ``.``/``-`` become ``_`` in the variable name.

    >>> env = {"PIGUARD_KEY_K1_V1": "61" * 32, "PIGUARD_KEY_K1_V2": "62" * 32}
    >>> EnvKeyProvider(env).get("k1").version
    2
    """

    def __init__(self, environ: Mapping[str, str] | None = None, prefix: str = "PIGUARD_KEY_"):
        self._environ = os.environ if environ is None else environ
        self._prefix = prefix

    def _versions(self, key_id: str) -> list[KeyMaterial]:
        stem = self._prefix + re.sub(r"[.-]", "_", key_id).upper()
        found: dict[int, KeyMaterial] = {}
        for name, raw in self._environ.items():
            if name == stem:
                version = 1
            elif name.startswith(stem + "_V") and name[len(stem) + 2:].isdigit():
                version = int(name[len(stem) + 2:])
            else:
                continue
            found[version] = KeyMaterial(key_id, version, _decode_secret(raw, key_id, version))
        return [found[v] for v in sorted(found)]

    def get(self, key_id: str, version: int | None = None) -> KeyMaterial:
        if not valid_key_id(key_id):
            raise KeyNotFound("invalid key ID")
        return _pick(self._versions(key_id), key_id, version)

    def __repr__(self) -> str:
        return f"EnvKeyProvider(prefix={self._prefix!r})"


def _decode_secret(raw: str, key_id: str, version: int) -> bytes:
    text = raw.strip()
    try:
        if re.fullmatch(r"[0-9a-fA-F]+", text) and len(text) % 2 == 0:
            return bytes.fromhex(text)
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=False, altchars=b"-_")
    except (ValueError, binascii.Error):
        # Never echo the value: it is (part of) a secret.
        raise KeyAccessDenied(f"key {key_id} v{version}: not hex or base64") from None


def _pick(versions: list[KeyMaterial], key_id: str, version: int | None) -> KeyMaterial:
    if not versions:
        raise KeyNotFound(f"no key {key_id!r}")
    if version is None:
        return versions[-1]
    for material in versions:
        if material.version == version:
            return material
    raise KeyNotFound(f"key {key_id!r} has no version {version}")
