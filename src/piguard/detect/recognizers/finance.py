"""Financial accounts: payment cards and IBAN."""

from __future__ import annotations

from piguard.detect.context import words_for
from piguard.detect.recognizers.base import Recognizer

# Leading digits a card network uses (UnionPay 62/81, Visa 4, Mastercard 2/5, Amex 34/37,
# JCB/Diners 3, Discover 6): order numbers that start with a year (2024...) never match.
_IIN = "(?:[3-6][0-9]|81|2[2-7])"

RECOGNIZERS = (
    Recognizer(
        name="bank_card", entity_type="BANK_CARD",
        pattern=f"{_IIN}[0-9]{{11,17}}",
        validator_ref="bank_card:is_valid", context=words_for("BANK_CARD"),
        validated_score=0.85, context_bonus=0.15, priority=21,
        demote_ref="piguard.detect.recognizers.checks:looks_like_resident_id",
        subtype="Luhn-valid payment card",
    ),
    Recognizer(
        name="bank_card_grouped", entity_type="BANK_CARD",
        pattern=(f"(?:{_IIN}[0-9]{{2}}(?:[ -][0-9]{{4}}){{3}}(?:[ -]?[0-9]{{1,3}})?"
                 "|3[47][0-9]{2}[ -][0-9]{6}[ -][0-9]{5})"),
        validator_ref="bank_card:is_valid", context=words_for("BANK_CARD"),
        validated_score=0.85, context_bonus=0.15, priority=21,
        subtype="Luhn-valid payment card, grouped",
    ),
    Recognizer(
        name="iban", entity_type="IBAN",
        pattern="[A-Z]{2} ?[0-9]{2}(?:[ -]?[A-Za-z0-9]){11,30}",
        validator_ref="iban:is_valid", context=words_for("IBAN"),
        validated_score=0.9, context_bonus=0.1, priority=16,
        subtype="ISO 13616 MOD 97-10",
    ),
)
