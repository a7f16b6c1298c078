"""International Bank Account Number (国际银行账号, IBAN).

Structure (ISO 13616-1): a two-letter ISO 3166 country code, two check digits and a
Basic Bank Account Number (BBAN) of letters and digits whose length is fixed per
country (from 15 characters in Norway to 33 in Russia). The check digits make the
number, with the first four characters moved to the end and letters replaced by
10-35, equal 1 modulo 97 (ISO 7064 MOD 97-10). China does not use IBANs; Chinese
data holds them for foreign counterparties. The BBAN structure of
the most common countries and the national check digits of Spain and Belgium are
verified as well. Written in groups of four.

>>> validate("GB82 WEST 1234 5698 7654 32")
'GB82WEST12345698765432'
>>> country("DE89370400440532013000"), calc_check_digits("DE00370400440532013000")
('DE', '89')
>>> is_valid("GB82WEST12345698765433"), is_valid("GB82WEST1234569876543")
(False, False)
>>> format("de89370400440532013000")
'DE89 3704 0044 0532 0130 00'
"""

from __future__ import annotations

import re

from piguard.errors import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidIdentifier,
    InvalidLength,
)

from ._common import clean, words
from .checksums.iso7064 import mod_97_10_calc_check_digits, mod_97_10_checksum

__all__ = [
    "ENTITY_TYPE",
    "LENGTHS",
    "calc_check_digits",
    "compact",
    "country",
    "format",
    "is_valid",
    "validate",
]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "IBAN"

#: IBAN length per country (SWIFT IBAN registry).
LENGTHS: dict[str, int] = {
    code: int(length)
    for code, length in (
        item.split(":")
        for item in words(
            "AD:24 AE:23 AL:28 AT:20 AZ:28 BA:20 BE:16 BG:22 BH:22 BI:27 BR:29 BY:28 CH:21 "
            "CR:22 CY:28 CZ:24 DE:22 DJ:27 DK:18 DO:28 EE:20 EG:29 ES:24 FI:18 FK:18 FO:18 "
            "FR:27 GB:22 GE:22 GI:23 GL:18 GR:27 GT:28 HN:28 HR:21 HU:28 IE:22 IL:23 IQ:23 "
            "IS:26 IT:27 JO:30 KW:30 KZ:20 LB:28 LC:32 LI:21 LT:20 LU:20 LV:21 LY:25 MC:27 "
            "MD:24 ME:22 MK:19 MN:20 MR:27 MT:31 MU:30 NI:28 NL:18 NO:15 OM:23 PK:24 PL:28 "
            "PS:29 PT:25 QA:29 RO:24 RS:22 RU:33 SA:24 SC:31 SD:18 SE:24 SI:19 SK:24 SM:27 "
            "SO:23 ST:25 SV:28 TL:23 TN:24 TR:26 UA:29 VA:22 VG:24 XK:20 YE:30"
        )
    )
}

# BBAN structure of the most common countries (ISO 13616 registry notation: a letters,
# n digits, c letters or digits); other countries are checked by length only.
_BBAN = {
    code: re.compile(pattern)
    for code, pattern in {
        "AT": "[0-9]{16}", "BE": "[0-9]{12}", "BG": "[A-Z]{4}[0-9]{6}[A-Z0-9]{8}",
        "CH": "[0-9]{5}[A-Z0-9]{12}", "CZ": "[0-9]{20}", "DE": "[0-9]{18}", "DK": "[0-9]{14}",
        "ES": "[0-9]{20}", "FI": "[0-9]{14}", "FR": "[0-9]{10}[A-Z0-9]{11}[0-9]{2}",
        "GB": "[A-Z]{4}[0-9]{14}", "GI": "[A-Z]{4}[A-Z0-9]{15}", "HU": "[0-9]{24}",
        "IE": "[A-Z]{4}[0-9]{14}", "IT": "[A-Z][0-9]{10}[A-Z0-9]{12}", "LU": "[0-9]{3}[A-Z0-9]{13}",
        "NL": "[A-Z]{4}[0-9]{10}", "NO": "[0-9]{11}", "PL": "[0-9]{24}", "PT": "[0-9]{21}",
        "RO": "[A-Z]{4}[A-Z0-9]{16}", "SE": "[0-9]{20}", "SK": "[0-9]{20}",
    }.items()
}  # fmt: skip
_ES_WEIGHTS = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)


def _es_check(digits: str) -> str:
    value = 11 - sum(int(d) * w for d, w in zip(digits, _ES_WEIGHTS, strict=True)) % 11
    return {11: "0", 10: "1"}.get(value, str(value))


def _national_check_ok(number: str) -> bool:
    """Verify the national check digits of Spain and Belgium inside the BBAN."""
    bban = number[4:]
    if number[:2] == "ES":
        return bban[8:10] == _es_check("00" + bban[:8]) + _es_check(bban[10:])
    if number[:2] == "BE":
        return int(bban[10:]) == (int(bban[:10]) % 97 or 97)
    return True


def compact(number: str) -> str:
    """Remove spaces, dashes and dots, normalise full-width forms, upper-case."""
    return clean(number, drop=" -.").upper()


def calc_check_digits(number: str) -> str:
    """Return the two check digits for an IBAN (its own check digits are ignored)."""
    number = compact(number)
    return mod_97_10_calc_check_digits(number[4:] + number[:2])


def _validate(number: str) -> str:
    if not number.isascii() or not number.isalnum() or not number[:2].isalpha():
        raise InvalidFormat("IBAN is a country code, check digits and letters or digits")
    length = LENGTHS.get(number[:2])
    if length is None:
        raise InvalidComponent("country does not use IBANs")
    if len(number) != length:
        raise InvalidLength("IBAN length does not fit its country")
    if not number[2:4].isdigit():
        raise InvalidFormat("IBAN check digits must be digits")
    pattern = _BBAN.get(number[:2])
    if pattern is not None and not pattern.fullmatch(number[4:]):
        raise InvalidFormat("BBAN does not have its country's structure")
    if mod_97_10_checksum(number[4:] + number[:4]) != 1:
        raise InvalidChecksum("IBAN check digits do not match")
    if not _national_check_ok(number):
        raise InvalidChecksum("national check digits inside the BBAN do not match")
    return number


def validate(number: str) -> str:
    """Return the compact IBAN, or raise ``InvalidIdentifier``."""
    return _validate(compact(number))


def is_valid(number: object) -> bool:
    """True when ``number`` is a valid IBAN; never raises."""
    try:
        _validate(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def country(number: str) -> str:
    """Return the ISO 3166 country code."""
    return validate(number)[:2]


def format(number: str) -> str:
    """Write in groups of four."""
    number = compact(number)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
