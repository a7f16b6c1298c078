"""Phone-number checks that need ``phonenumbers`` (libphonenumber's metadata).

They live in ``detect`` rather than ``identifiers`` because the ground floor is standard
library only.

>>> is_valid_international("+44 20 7946 0958"), is_valid_international("+44 12")
(True, False)
>>> is_possible_nanp("(212) 555-0199")
True
"""

from __future__ import annotations

__all__ = ["is_possible_nanp", "is_valid_international"]


def is_valid_international(candidate: str) -> bool:
    """True for a number in international form (``+CC ...``) that libphonenumber accepts
    (for +1, any possible NANP number: fictional 555 numbers fill documents)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(candidate, None)
    except phonenumbers.NumberParseException:
        return False
    if number.country_code == 1:
        return phonenumbers.is_possible_number(number)
    return phonenumbers.is_valid_number(number)


def is_possible_nanp(candidate: str) -> bool:
    """True for a North American number of a possible length (area codes are not checked:
    fictional 555 numbers in documents are still phone numbers)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(candidate, "US")
    except phonenumbers.NumberParseException:
        return False
    return number.country_code == 1 and phonenumbers.is_possible_number(number)
