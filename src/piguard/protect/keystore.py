"""The default key provider: a local keystore file encrypted under a passphrase.

The file is JSON (documented in ``docs/protection.md``)::

    {"format": "piguard-keystore", "version": 1,
     "kdf": {"name": "scrypt", "n": 32768, "r": 8, "p": 1, "salt": "<base64>"},
     "cipher": "AES-256-GCM", "nonce": "<base64>", "ciphertext": "<base64>"}

The passphrase goes through scrypt (RFC 7914) to a 256-bit key that seals the key
list with AES-256-GCM; the header is the associated data, so tampering with the KDF
parameters is detected. A wrong passphrase and a damaged file are told apart only as
far as GCM allows: both fail authentication, and we say so without guessing.
Writes are atomic (temporary file in the same folder, then ``os.replace``) and the
file is created readable by its owner only.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "keys.json"
>>> store = LocalKeystore.create(path, "correct horse", scrypt_n=2**12)
>>> store.add_key("customers").ref
'customers@1'
>>> store.rotate("customers").ref
'customers@2'
>>> LocalKeystore(path, "correct horse").get("customers", 1).version
1
>>> LocalKeystore(path, "wrong").get("customers")
Traceback (most recent call last):
    ...
piguard.errors.KeyAccessDenied: keystore ... cannot be opened: wrong passphrase or damaged file
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from piguard.errors import IntegrityError, KeyAccessDenied, KeyNotFound
from piguard.io.atomic import atomic_file

from .keys import KeyMaterial, _pick, new_secret, valid_key_id

__all__ = ["DEFAULT_SCRYPT_N", "LocalKeystore"]

FORMAT = "piguard-keystore"
FORMAT_VERSION = 1
#: scrypt cost (2**15, r=8: about 32 MiB and ~0.1 s per unlock).
DEFAULT_SCRYPT_N = 2**15


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


class LocalKeystore:
    """Keys in a passphrase-encrypted file; implements :class:`~piguard.protect.keys.KeyProvider`."""

    def __init__(self, path: str | os.PathLike[str], passphrase: str) -> None:
        self.path = Path(path)
        self._passphrase = passphrase.encode("utf-8")
        self._header, self._keys = self._load()

    def __repr__(self) -> str:
        return f"LocalKeystore({str(self.path)!r}, {len(self._keys)} keys)"

    # -- creation and persistence -------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str, *,
               scrypt_n: int = DEFAULT_SCRYPT_N) -> LocalKeystore:
        """Create an empty keystore; refuses to overwrite an existing file."""
        path = Path(path)
        if path.exists():
            raise KeyAccessDenied(f"keystore {path} already exists")
        if not passphrase:
            raise KeyAccessDenied("a keystore needs a non-empty passphrase")
        if scrypt_n < 2**10 or scrypt_n & (scrypt_n - 1):
            raise KeyAccessDenied("scrypt n must be a power of two >= 1024")
        header = {"format": FORMAT, "version": FORMAT_VERSION,
                  "kdf": {"name": "scrypt", "n": scrypt_n, "r": 8, "p": 1,
                          "salt": _b64(os.urandom(16))},
                  "cipher": "AES-256-GCM"}
        _write(path, header, {}, passphrase.encode("utf-8"))
        return cls(path, passphrase)

    def _load(self) -> tuple[dict, dict[str, list[dict]]]:
        try:
            doc = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            raise KeyNotFound(f"no keystore at {self.path}") from None
        except (OSError, ValueError):
            raise IntegrityError(f"keystore {self.path} is not a readable keystore file") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise IntegrityError(f"{self.path} is not a piguard keystore")
        if doc.get("version") != FORMAT_VERSION:
            raise IntegrityError(f"keystore {self.path}: unsupported version {doc.get('version')!r}")
        header = {k: doc[k] for k in ("format", "version", "kdf", "cipher") if k in doc}
        try:
            key = _derive(self._passphrase, header["kdf"])
            plain = AESGCM(key).decrypt(_unb64(doc["nonce"]), _unb64(doc["ciphertext"]),
                                        _aad(header))
        except InvalidTag:
            raise KeyAccessDenied(
                f"keystore {self.path} cannot be opened: wrong passphrase or damaged file"
            ) from None
        except (KeyError, TypeError, ValueError):
            raise IntegrityError(f"keystore {self.path} has a damaged header") from None
        return header, json.loads(plain)["keys"]

    def _save(self) -> None:
        _write(self.path, self._header, self._keys, self._passphrase)

    # -- key management --------------------------------------------------------------
    def add_key(self, key_id: str, secret: bytes | None = None) -> KeyMaterial:
        """Create a new key (version 1). Refuses an ID that exists: use :meth:`rotate`."""
        if not valid_key_id(key_id):
            raise KeyNotFound("key IDs are 1-64 letters, digits, '_', '.' or '-'")
        if key_id in self._keys:
            raise KeyAccessDenied(f"key {key_id!r} exists; rotate it instead")
        return self._append(key_id, secret)

    def rotate(self, key_id: str, secret: bytes | None = None) -> KeyMaterial:
        """Add a new version of an existing key; older versions stay for re-identification."""
        if key_id not in self._keys:
            raise KeyNotFound(f"no key {key_id!r}")
        return self._append(key_id, secret)

    def _append(self, key_id: str, secret: bytes | None) -> KeyMaterial:
        versions = self._keys.setdefault(key_id, [])
        material = KeyMaterial(key_id, len(versions) + 1, secret or new_secret())
        versions.append({"version": material.version, "secret": _b64(material.secret),
                         "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")})
        self._save()
        return material

    def get(self, key_id: str, version: int | None = None) -> KeyMaterial:
        entries = self._keys.get(key_id, [])
        materials = [KeyMaterial(key_id, e["version"], _unb64(e["secret"])) for e in entries]
        return _pick(materials, key_id, version)

    def list_keys(self) -> list[dict]:
        """IDs, versions and creation times — never secrets."""
        return [{"key_id": key_id, "version": e["version"], "created": e["created"]}
                for key_id in sorted(self._keys) for e in self._keys[key_id]]


def _derive(passphrase: bytes, kdf: dict) -> bytes:
    if kdf.get("name") != "scrypt":
        raise IntegrityError("keystore uses an unknown key-derivation function")
    return Scrypt(salt=_unb64(kdf["salt"]), length=32, n=int(kdf["n"]), r=int(kdf["r"]),
                  p=int(kdf["p"])).derive(passphrase)


def _aad(header: dict) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _write(path: Path, header: dict, keys: dict, passphrase: bytes) -> None:
    nonce = os.urandom(12)
    plain = json.dumps({"keys": keys}, sort_keys=True).encode("utf-8")
    sealed = AESGCM(_derive(passphrase, header["kdf"])).encrypt(nonce, plain, _aad(header))
    doc = {**header, "nonce": _b64(nonce), "ciphertext": _b64(sealed)}
    with atomic_file(path, mode=0o600) as tmp, tmp.open("w", encoding="utf-8") as handle:
        json.dump(doc, handle, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
