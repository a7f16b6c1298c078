"""GB 32100-2015 MOD 31 check character of the unified social credit code, and the
GB 11714-1997 MOD 11 check of the organisation code (主体标识码) embedded in it.

The USCC alphabet is the 31 characters ``0-9`` and the capitals without
I, O, S, V, Z. Each of the first 17 characters is weighted by ``3**i mod 31``
(1, 3, 9, 27, 19, ...) and the check character is the one whose value is
``(31 - total % 31) % 31``.

>>> calc_check_digit("91110000600037341")
'L'
>>> is_valid("91110000600037341L")
True
>>> org_code_calc_check_digit("60003734")
'1'
"""

from __future__ import annotations

from piguard.errors import InvalidChecksum, InvalidFormat

__all__ = [
    "ALPHABET",
    "calc_check_digit",
    "checksum",
    "is_valid",
    "org_code_calc_check_digit",
    "org_code_is_valid",
    "validate",
]

#: The 31 characters a unified social credit code may contain, in value order.
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))

# GB 11714: body of 8 chars from 0-9A-Z (value 0-35), weights 3 7 9 10 5 8 4 2.
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_VALUE = {ch: int(ch, 36) for ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def checksum(body: str) -> int:
    """Weighted sum of the 17-character body modulo 31.

    Raises :class:`KeyError` on a character outside :data:`ALPHABET`.
    """
    return sum(_VALUE[ch] * w for ch, w in zip(body, _WEIGHTS, strict=True)) % 31


def calc_check_digit(body: str) -> str:
    """Return the check character for a 17-character USCC body."""
    if not isinstance(body, str) or len(body) != 17:
        raise InvalidFormat("GB 32100 body must be 17 characters")
    try:
        return ALPHABET[(31 - checksum(body)) % 31]
    except KeyError:
        raise InvalidFormat("GB 32100 body has a character outside its alphabet") from None


def validate(code: str) -> str:
    """Return the 18-character ``code`` if its check character is right, else raise."""
    if not isinstance(code, str) or len(code) != 18:
        raise InvalidFormat("GB 32100 code must be 18 characters")
    if calc_check_digit(code[:17]) != code[17]:
        raise InvalidChecksum("GB 32100 check character does not match")
    return code


def is_valid(code: object) -> bool:
    """True when ``code`` is 18 characters with a correct GB 32100 check character."""
    try:
        validate(code)  # type: ignore[arg-type]
    except (InvalidFormat, InvalidChecksum):
        return False
    return True


def org_code_calc_check_digit(body: str) -> str:
    """Return the GB 11714 check character (``0``-``9`` or ``X``) for an 8-character body."""
    if not isinstance(body, str) or len(body) != 8:
        raise InvalidFormat("GB 11714 body must be 8 characters")
    try:
        total = sum(_ORG_VALUE[ch] * w for ch, w in zip(body, _ORG_WEIGHTS, strict=True))
    except KeyError:
        raise InvalidFormat("GB 11714 body must be digits and capital letters") from None
    value = (11 - total % 11) % 11
    return "X" if value == 10 else str(value)


def org_code_is_valid(code: object) -> bool:
    """True when a 9-character organisation code carries a correct GB 11714 check."""
    try:
        return (
            isinstance(code, str)
            and len(code) == 9
            and (org_code_calc_check_digit(code[:8]) == code[8])
        )
    except InvalidFormat:
        return False
