"""Phone-number checks that need ``phonenumbers`` (libphonenumber's metadata).

They live in ``detect`` rather than ``identifiers`` because the ground floor is standard
library only.

>>> is_valid_international("+44 20 7946 0958"), is_valid_international("+44 12")
(True, False)
>>> is_possible_nanp("(212) 555-0199"), is_possible_nanp("(494) 555-1733")
(True, True)
>>> is_possible_nanp("400-820-8820")  # a Chinese service number, not a US one
False
"""

from __future__ import annotations

__all__ = ["is_possible_nanp", "is_valid_international"]


def is_valid_international(candidate: str) -> bool:
    """True for a number in international form (``+CC ...``) that libphonenumber accepts
    (for +1 also fictional 555 numbers, see :func:`is_possible_nanp`)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(candidate, None)
    except phonenumbers.NumberParseException:
        return False
    if number.country_code == 1:
        return _nanp_ok(phonenumbers, number)
    return phonenumbers.is_valid_number(number)


def _nanp_ok(phonenumbers, number) -> bool:
    """Valid, or a fictional 555 number (films, forms, test data) of possible length."""
    if phonenumbers.is_valid_number(number):
        return True
    national = str(number.national_number)
    return national[3:6] == "555" and phonenumbers.is_possible_number(number)


def is_possible_nanp(candidate: str) -> bool:
    """True for a valid North American number, or a fictional 555 one (documents are full
    of them, and they stand for someone's number)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(candidate, "US")
    except phonenumbers.NumberParseException:
        return False
    return number.country_code == 1 and _nanp_ok(phonenumbers, number)
