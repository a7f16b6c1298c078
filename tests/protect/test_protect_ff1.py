"""FF1 against the NIST SP 800-38G sample vectors, and batch == scalar."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.errors import ConfigError
from piguard.protect.ff1 import FF1

K128 = "2B7E151628AED2A6ABF7158809CF4F3C"
K192 = K128 + "EF4359D8D580AA4F"
K256 = K192 + "7F036D6F04FC6A94"
T10 = "39383736353433323130"
T36 = "3737373770717273373737"

NIST = [  # (key, radix, tweak, plaintext, ciphertext): FF1 samples 1-9
    (K128, 10, "", "0123456789", "2433477484"),
    (K128, 10, T10, "0123456789", "6124200773"),
    (K128, 36, T36, "0123456789abcdefghi", "a9tv40mll9kdu509eum"),
    (K192, 10, "", "0123456789", "2830668132"),
    (K192, 10, T10, "0123456789", "2496655549"),
    (K192, 36, T36, "0123456789abcdefghi", "xbj3kv35jrawxv32ysr"),
    (K256, 10, "", "0123456789", "6657667009"),
    (K256, 10, T10, "0123456789", "1001623463"),
    (K256, 36, T36, "0123456789abcdefghi", "xs8a0azh2avyalyzuwd"),
]


@pytest.mark.parametrize(("key", "radix", "tweak", "plain", "cipher"), NIST)
def test_nist_sample_vectors(key, radix, tweak, plain, cipher):
    ff1 = FF1(bytes.fromhex(key), radix)
    assert ff1.encrypt_str(plain, bytes.fromhex(tweak)) == cipher
    assert ff1.decrypt_str(cipher, bytes.fromhex(tweak)) == plain


@pytest.mark.parametrize(("key", "radix", "tweak", "plain", "cipher"), NIST)
def test_batch_path_matches_nist(key, radix, tweak, plain, cipher):
    ff1 = FF1(bytes.fromhex(key), radix)
    n = len(plain)
    if not ff1.batchable(n):
        pytest.skip("too long for the batch path")
    value = int(plain, radix)
    tw = np.frombuffer(bytes.fromhex(tweak), dtype=np.uint8)[None, :] if tweak else None
    out = ff1.encrypt_ints(np.array([value], dtype=np.uint64), n, tw)
    assert int(out[0]) == int(cipher, radix)


def test_small_domain_refused():
    with pytest.raises(ConfigError):
        FF1(bytes(16), 10).encrypt([1, 2, 3, 4, 5])


@settings(max_examples=60, deadline=None)
@given(
    radix=st.sampled_from([10, 26, 31, 36]),
    n=st.integers(min_value=4, max_value=20),
    seed=st.integers(min_value=0, max_value=2**32 - 1),
    tweak=st.binary(max_size=20),
)
def test_batch_equals_scalar_and_round_trips(radix, n, seed, tweak):
    ff1 = FF1(bytes(range(32)), radix)
    if radix**n < 1_000_000 or not ff1.batchable(n):
        return
    rng = np.random.default_rng(seed)
    values = rng.integers(0, radix**n, size=8, dtype=np.uint64)
    tweaks = np.tile(np.frombuffer(tweak, dtype=np.uint8), (8, 1)) if tweak else None
    batch = ff1.encrypt_ints(values, n, tweaks)
    for value, enc in zip(values, batch, strict=True):
        numerals = ff1._str(int(value), n)
        assert ff1._num(ff1.encrypt(numerals, tweak)) == int(enc)
    assert np.array_equal(ff1.decrypt_ints(batch, n, tweaks), values)
