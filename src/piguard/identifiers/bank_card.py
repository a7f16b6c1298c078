"""Payment card number (银行卡号, Primary Account Number, PAN).

Structure (ISO/IEC 7812-1): an issuer identification number (the first six to eight
digits, whose leading digits name the card network), an account number and a final
Luhn check digit. Lengths depend on the network: China UnionPay (银联, prefixes 62
and 81) issues 16-19 digits; Visa 13/16/19; Mastercard 16; American Express 15;
others 14-19. A number whose prefix no network claims must have 16-19 digits, the
lengths Chinese domestic debit cards use. Spaces and dashes between groups are
ignored.

>>> validate("6222 0212 3456 7890 128")
'6222021234567890128'
>>> network("6222021234567890128"), is_unionpay("6222021234567890128")
('unionpay', True)
>>> network("4111-1111-1111-1111")
'visa'
>>> is_valid("6222021234567890127")      # Luhn fails
False
>>> format("6222021234567890128")
'6222 0212 3456 7890 128'
"""

from __future__ import annotations

from piguard.errors import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidIdentifier,
    InvalidLength,
)

from ._common import clean, only_digits
from .checksums import luhn

__all__ = [
    "ENTITY_TYPE",
    "calc_check_digit",
    "compact",
    "format",
    "is_unionpay",
    "is_valid",
    "network",
    "validate",
]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "BANK_CARD"

_ANY = range(12, 20)
# (first prefix, last prefix, allowed lengths, network); compared on equal-length prefixes.
# Order matters: the first matching row wins (UnionPay's 62 before Discover's 622126-622925).
_RANGES: tuple[tuple[str, str, frozenset[int], str], ...] = tuple(
    (lo, hi, frozenset(lengths), name)
    for lo, hi, lengths, name in (
        ("62", "62", range(16, 20), "unionpay"),
        ("81", "81", range(16, 20), "unionpay"),
        ("4", "4", (13, 16, 19), "visa"),
        ("51", "55", (16,), "mastercard"),
        ("2221", "2720", (16,), "mastercard"),
        ("34", "34", (15,), "amex"),
        ("37", "37", (15,), "amex"),
        ("3528", "3589", range(16, 20), "jcb"),
        ("6011", "6011", (16, 19), "discover"),
        ("644", "659", (16, 19), "discover"),
        ("300", "305", range(14, 20), "diners"),
        ("36", "36", range(14, 20), "diners"),
        ("38", "39", range(16, 20), "diners"),
        ("2200", "2204", range(16, 20), "mir"),
        ("50", "50", _ANY, "maestro"),
        ("56", "58", _ANY, "maestro"),
        ("639", "639", _ANY, "maestro"),
        ("67", "67", _ANY, "maestro"),
        # Chinese banks' domestic BINs outside 62 (601382, 603367, 9558 ...), UnionPay-routed.
        ("60", "60", range(16, 20), "cn_domestic"),
        ("9", "9", (19,), "cn_domestic"),
    )
)


def compact(number: str) -> str:
    """Remove spaces and dashes and normalise full-width digits.

    >>> compact("６２２２-0212")
    '62220212'
    """
    return clean(number)


def _match(number: str) -> tuple[frozenset[int], str] | None:
    for lo, hi, lengths, name in _RANGES:
        if lo <= number[: len(lo)] <= hi:
            return lengths, name
    return None


def calc_check_digit(body: str) -> str:
    """Return the Luhn check digit to append to ``body``.

    >>> calc_check_digit("622202123456789012")
    '8'
    """
    return luhn.calc_check_digit(body)


def _validate(number: str) -> str:
    if not only_digits(number):
        raise InvalidFormat("card number must be digits")
    if not 12 <= len(number) <= 19:
        raise InvalidLength("card number must have 12-19 digits")
    match = _match(number)
    if match is None:
        raise InvalidComponent("no card network issues numbers with this prefix")
    if len(number) not in match[0]:
        raise InvalidLength("card number length does not fit its network")
    if luhn.checksum(number) != 0:
        raise InvalidChecksum("card number Luhn check digit does not match")
    return number


def validate(number: str) -> str:
    """Return the compact card number, or raise ``InvalidIdentifier``."""
    return _validate(compact(number))


def is_valid(number: object) -> bool:
    """True when ``number`` is a valid card number; never raises."""
    try:
        _validate(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def network(number: str) -> str:
    """Return the network name (``unionpay``, ``visa``, ``cn_domestic``, ...)."""
    match = _match(validate(number))
    assert match is not None  # validate() rejects unlisted prefixes
    return match[1]


def is_unionpay(number: str) -> bool:
    """True when the card is a China UnionPay card (prefix 62 or 81)."""
    return network(number) == "unionpay"


def format(number: str) -> str:
    """Group in fours (Amex 4-6-5)."""
    number = compact(number)
    if len(number) == 15 and number[:2] in ("34", "37"):
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
