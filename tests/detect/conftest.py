"""Generated identifiers for the detect tests (never real people)."""

from __future__ import annotations

import pytest

from piguard.identifiers import cn_ric
from piguard.identifiers.checksums import luhn


def resident_id(body17: str = "11010519900307123") -> str:
    return body17 + cn_ric.calc_check_digit(body17)


def bad_resident_id(body17: str = "11010519900307123") -> str:
    good = cn_ric.calc_check_digit(body17)
    wrong = "0" if good != "0" else "1"
    return body17 + wrong


def card(body: str = "622202123456789012") -> str:
    return body + luhn.calc_check_digit(body)


def bad_card(body: str = "622202123456789012") -> str:
    good = int(luhn.calc_check_digit(body))
    return body + str((good + 1) % 10)


class _Generated:
    resident_id = staticmethod(resident_id)
    bad_resident_id = staticmethod(bad_resident_id)
    card = staticmethod(card)
    bad_card = staticmethod(bad_card)


@pytest.fixture
def gen() -> _Generated:
    """Generated identifiers: ``gen.resident_id()``, ``gen.card()``, their invalid twins."""
    return _Generated()
