"""ISO 7064 pure-system check characters: MOD 11-2 and MOD 97-10.

MOD 11-2 (one check character, ``0``-``9`` or ``X``) protects the Mainland resident
identity number (GB 11643-1999). MOD 97-10 (two check digits) protects IBANs
(ISO 13616), after letters are expanded to numbers (A=10 ... Z=35).

>>> mod_11_2_calc_check_digit("11010519491231002")
'X'
>>> mod_11_2_is_valid("11010519491231002X")
True
>>> mod_97_10_is_valid("3214282912345698765432161182")
True
"""

from __future__ import annotations

from piguard.errors import InvalidChecksum, InvalidFormat

__all__ = [
    "mod_11_2_calc_check_digit",
    "mod_11_2_checksum",
    "mod_11_2_is_valid",
    "mod_11_2_validate",
    "mod_97_10_calc_check_digits",
    "mod_97_10_checksum",
    "mod_97_10_is_valid",
    "mod_97_10_validate",
]

_MOD_11_2_VALUE = {**{str(d): d for d in range(10)}, "X": 10, "x": 10}


def mod_11_2_checksum(value: str) -> int:
    """Return the MOD 11-2 checksum of ``value`` (check character included); 1 is valid.

    Raises :class:`KeyError` on a character outside ``0-9X``.

    >>> mod_11_2_checksum("079X")
    1
    """
    total = 0
    for ch in value:
        total = (total * 2 + _MOD_11_2_VALUE[ch]) % 11
    return total


def mod_11_2_calc_check_digit(body: str) -> str:
    """Return the check character (``0``-``9`` or ``X``) for ``body`` (digits).

    >>> mod_11_2_calc_check_digit("079")
    'X'
    """
    try:
        # Appending check c to body gives (2*s + c) % 11 == 1 with s the body's checksum.
        value = (1 - 2 * mod_11_2_checksum(body)) % 11
    except KeyError:
        raise InvalidFormat("MOD 11-2 body must be digits") from None
    return "X" if value == 10 else str(value)


def mod_11_2_validate(value: str) -> str:
    """Return ``value`` if its MOD 11-2 check character is right, else raise."""
    if not isinstance(value, str) or len(value) < 2:
        raise InvalidFormat("MOD 11-2 input must be at least two characters")
    try:
        ok = mod_11_2_checksum(value) == 1 and "X" not in value[:-1].upper()
    except KeyError:
        raise InvalidFormat("MOD 11-2 input must be digits with an optional X") from None
    if not ok:
        raise InvalidChecksum("MOD 11-2 check character does not match")
    return value


def mod_11_2_is_valid(value: object) -> bool:
    """True when ``value`` carries a correct MOD 11-2 check character."""
    try:
        mod_11_2_validate(value)  # type: ignore[arg-type]
    except (InvalidFormat, InvalidChecksum):
        return False
    return True


def _to_base10(value: str) -> str:
    """Expand letters A-Z to 10-35, as ISO 13616 does before MOD 97-10."""
    if value.isdigit() and value.isascii():
        return value
    out = []
    for ch in value.upper():
        if "0" <= ch <= "9":
            out.append(ch)
        elif "A" <= ch <= "Z":
            out.append(str(ord(ch) - 55))
        else:
            raise InvalidFormat("MOD 97-10 input must be ASCII letters and digits")
    return "".join(out)


def mod_97_10_checksum(value: str) -> int:
    """Return ``int(value) % 97`` after letter expansion; 1 is valid.

    >>> mod_97_10_checksum("3214282912345698765432161182")
    1
    """
    return int(_to_base10(value)) % 97


def mod_97_10_calc_check_digits(body: str) -> str:
    """Return the two check digits that make ``body + digits`` MOD 97-10 valid.

    >>> mod_97_10_calc_check_digits("32142829123456987654321611")
    '82'
    """
    # ISO 7064 keeps the check value in 02..98 (never 00 or 01).
    return f"{98 - int(_to_base10(body)) * 100 % 97:02d}"


def mod_97_10_validate(value: str) -> str:
    """Return ``value`` if its MOD 97-10 check digits are right, else raise."""
    if not isinstance(value, str) or len(value) < 3 or not value.isascii():
        raise InvalidFormat("MOD 97-10 input must be at least three ASCII characters")
    if mod_97_10_checksum(value) != 1:
        raise InvalidChecksum("MOD 97-10 check digits do not match")
    return value


def mod_97_10_is_valid(value: object) -> bool:
    """True when ``value`` carries correct MOD 97-10 check digits."""
    try:
        mod_97_10_validate(value)  # type: ignore[arg-type]
    except (InvalidFormat, InvalidChecksum):
        return False
    return True
