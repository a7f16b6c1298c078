"""Generators of valid identifiers (never real people) and shared keys for protect tests.

Imported by the tests as ``protect_helpers`` (conftest.py puts this folder on sys.path)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from piguard.identifiers.checksums import gb32100, iso7064, luhn
from piguard.identifiers.regions import PROVINCES
from piguard.protect.keys import InMemoryKeyProvider, KeyMaterial

KEY = KeyMaterial("test", 1, bytes(range(32)))
OTHER_KEY = KeyMaterial("other", 1, bytes(range(1, 33)))
# Detection in these tests sticks to pattern types: fast, and independent of the NER model.
TYPES = ["CN_RESIDENT_ID", "PHONE", "BANK_CARD", "EMAIL", "IP", "CN_USCC"]


@st.composite
def resident_ids(draw) -> str:
    province = draw(st.sampled_from(sorted(PROVINCES)))
    county = draw(st.integers(0, 9999))
    born = draw(st.dates(dt.date(1890, 1, 1), dt.date(2019, 12, 31)))
    seq = draw(st.integers(0, 999))
    body = f"{province}{county:04d}{born:%Y%m%d}{seq:03d}"
    return body + iso7064.mod_11_2_calc_check_digit(body)


@st.composite
def bank_cards(draw) -> str:
    prefix, length = draw(st.sampled_from([("62", 16), ("62", 19), ("4", 16), ("51", 16),
                                           ("81", 17), ("35", 16), ("6", 18)]))
    body = prefix + draw(st.text("0123456789", min_size=length - 1 - len(prefix),
                                 max_size=length - 1 - len(prefix)))
    return body + luhn.calc_check_digit(body)


@st.composite
def mobiles(draw) -> str:
    return "1" + draw(st.sampled_from("3456789")) + draw(
        st.text("0123456789", min_size=9, max_size=9))


@st.composite
def usccs(draw) -> str:
    head = draw(st.sampled_from(["91", "92", "11", "51", "Y1"])) + draw(
        st.sampled_from(["110000", "440300", "310115"]))
    org = draw(st.text(gb32100.ALPHABET, min_size=8, max_size=8))
    body = head + org + gb32100.org_code_calc_check_digit(org)
    return body + gb32100.calc_check_digit(body)


def provider() -> InMemoryKeyProvider:
    return InMemoryKeyProvider({"default": bytes(range(32)), "test": bytes(range(32))})
