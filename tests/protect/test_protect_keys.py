"""Key providers, the encrypted keystore, rotation, and secrets staying secret."""

import json

import pytest

from piguard.errors import IntegrityError, KeyAccessDenied, KeyNotFound
from piguard.protect.keys import EnvKeyProvider, InMemoryKeyProvider, KeyMaterial, KeyProvider
from piguard.protect.keystore import LocalKeystore


def test_providers_share_one_interface():
    assert isinstance(InMemoryKeyProvider(), KeyProvider)
    assert isinstance(EnvKeyProvider({}), KeyProvider)


def test_in_memory_versions_and_errors():
    provider = InMemoryKeyProvider({"k": [b"a" * 32, b"b" * 32]})
    assert provider.get("k").version == 2
    assert provider.get("k", 1).secret == b"a" * 32
    with pytest.raises(KeyNotFound):
        provider.get("missing")
    with pytest.raises(KeyNotFound):
        provider.get("k", 3)


def test_short_secret_refused_without_showing_it():
    with pytest.raises(KeyAccessDenied) as err:
        KeyMaterial("k", 1, b"short-secret")
    assert "short-secret" not in str(err.value)


def test_env_provider_hex_and_base64_and_bad_values():
    env = {"PIGUARD_KEY_CUSTOMERS_2026": "aa" * 32,
           "PIGUARD_KEY_CUSTOMERS_2026_V2": "YmJi" * 11,
           "PIGUARD_KEY_BAD": "%%%%not-a-key%%%%"}
    provider = EnvKeyProvider(env)
    assert provider.get("customers-2026").version == 2
    assert provider.get("customers-2026", 1).secret == b"\xaa" * 32
    with pytest.raises(KeyAccessDenied) as err:
        provider.get("bad")
    assert "not-a-key" not in str(err.value)


def test_keystore_round_trip_rotation_and_listing(tmp_path):
    path = tmp_path / "ks.json"
    store = LocalKeystore.create(path, "pass phrase", scrypt_n=2**10)
    first = store.add_key("default")
    second = store.rotate("default")
    reopened = LocalKeystore(path, "pass phrase")
    assert reopened.get("default").secret == second.secret
    assert reopened.get("default", 1).secret == first.secret
    listing = reopened.list_keys()
    assert [e["version"] for e in listing] == [1, 2]
    raw = path.read_text()
    assert first.secret.hex() not in raw and "default" not in raw  # IDs are sealed too
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_keystore_wrong_passphrase_and_tampering(tmp_path):
    path = tmp_path / "ks.json"
    LocalKeystore.create(path, "right", scrypt_n=2**10).add_key("k")
    with pytest.raises(KeyAccessDenied):
        LocalKeystore(path, "wrong")
    doc = json.loads(path.read_text())
    doc["kdf"]["n"] = 2**11  # tamper with the header: authenticated as associated data
    path.write_text(json.dumps(doc))
    with pytest.raises(KeyAccessDenied):
        LocalKeystore(path, "right")
    path.write_text("{not json")
    with pytest.raises(IntegrityError):
        LocalKeystore(path, "right")


def test_keystore_refuses_overwrite_and_duplicate_ids(tmp_path):
    path = tmp_path / "ks.json"
    store = LocalKeystore.create(path, "p", scrypt_n=2**10)
    with pytest.raises(KeyAccessDenied):
        LocalKeystore.create(path, "p", scrypt_n=2**10)
    store.add_key("k")
    with pytest.raises(KeyAccessDenied):
        store.add_key("k")
    with pytest.raises(KeyNotFound):
        store.rotate("nope")


def test_subkeys_differ_per_purpose_and_version():
    a, b = KeyMaterial("k", 1, b"x" * 32), KeyMaterial("k", 2, b"y" * 32)
    assert a.subkey("pseudonym/sha256") != a.subkey("fpe/ff1")
    assert a.subkey("fpe/ff1") != b.subkey("fpe/ff1")
    assert "x" * 32 not in repr(a)
