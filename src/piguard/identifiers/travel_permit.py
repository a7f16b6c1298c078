"""Travel permits between the Mainland and Hong Kong, Macau and Taiwan (通行证号码).

Issued under the Regulations on the Administration of Exit and Entry of Citizens
for Private Purposes to or from Hong Kong/Macau and Taiwan. No check digit is
published; the structure alone is checked. Structure by kind:

- ``hk_macau_resident`` — Mainland Travel Permit for Hong Kong and Macau Residents
  (港澳居民来往内地通行证, "回乡证"): ``H`` (Hong Kong) or ``M`` (Macau) + 8 digits
  (card of 2013 on); the older booklet wrote 10 digits, the last two the renewal count;
- ``taiwan_resident`` — Mainland Travel Permit for Taiwan Residents (台湾居民来往大陆
  通行证, "台胞证"): 8 digits (card of 2015 on). Eight bare digits are everywhere, so
  this kind is **context-only**: :func:`needs_context` says so and detectors must see
  a word such as 台胞证 nearby before they report it;
- ``hk_macau_exit`` — Exit-Entry Permit for Travelling to and from Hong Kong and
  Macau (往来港澳通行证) of mainland residents: ``C`` + 8 digits (card of 2014 on), or
  ``C`` + a letter (not I or O) + 7 digits once the digit range ran out.

>>> validate("h1234 5678")
'H12345678'
>>> kind("M1234567801"), kind("CA1234567"), kind("12345678")
('hk_macau_resident', 'hk_macau_exit', 'taiwan_resident')
>>> needs_context("12345678"), needs_context("H12345678")
(True, False)
>>> is_valid("X12345678")
False
"""

from __future__ import annotations

from piguard.errors import InvalidComponent, InvalidFormat, InvalidIdentifier, InvalidLength

from ._common import clean, only_digits

__all__ = [
    "CONTEXT_ONLY_KINDS",
    "ENTITY_TYPE",
    "compact",
    "format",
    "is_valid",
    "kind",
    "needs_context",
    "validate",
]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "CN_TRAVEL_PERMIT"

#: Kinds whose bare form is too common to report without a context word.
CONTEXT_ONLY_KINDS = frozenset({"taiwan_resident"})
_SECOND_LETTERS = frozenset("ABCDEFGHJKLMNPQRSTUVWXYZ")


def compact(number: str) -> str:
    """Remove spaces, dashes and brackets, normalise full-width forms, upper-case.

    >>> compact("Ｈ１２３４５６７８")
    'H12345678'
    """
    return clean(number, drop=" -()").upper()


def _kind(number: str) -> str:
    if not 8 <= len(number) <= 11:
        raise InvalidLength("travel permit number must have 8-11 characters")
    if not number.isascii() or not number.isalnum():
        raise InvalidFormat("travel permit number must be letters and digits")
    head, tail = number[0], number[1:]
    if only_digits(number):
        if len(number) == 8:
            return "taiwan_resident"
        raise InvalidLength("an all-digit travel permit has 8 digits")
    if head in "HM" and only_digits(tail) and len(tail) in (8, 10):
        return "hk_macau_resident"
    if (
        head == "C"
        and len(tail) == 8
        and (only_digits(tail) or (tail[0] in _SECOND_LETTERS and only_digits(tail[1:])))
    ):
        return "hk_macau_exit"
    if head in "HMC":
        raise InvalidFormat("travel permit number has the wrong shape for its prefix")
    raise InvalidComponent("travel permit numbers start with H, M, C or a digit")


def validate(number: str) -> str:
    """Return the compact permit number, or raise ``InvalidIdentifier``."""
    number = compact(number)
    _kind(number)
    return number


def is_valid(number: object) -> bool:
    """True when ``number`` has the structure of a travel permit number; never raises."""
    try:
        _kind(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def kind(number: str) -> str:
    """Return ``hk_macau_resident``, ``taiwan_resident`` or ``hk_macau_exit``."""
    return _kind(compact(number))


def needs_context(number: str) -> bool:
    """True when this kind must not be reported without a context word."""
    return kind(number) in CONTEXT_ONLY_KINDS


def format(number: str) -> str:
    """Return the compact form."""
    return compact(number)
