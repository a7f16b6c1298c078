"""Identity documents: resident ID, USCC, passports, permits, HK/Macau/Taiwan IDs, US SSN."""

from __future__ import annotations

from piguard.detect.context import words_for
from piguard.detect.recognizers.base import Recognizer

# Birth date part of a resident ID: 18xx-20xx, month 0x/1x, day 0x-3x (the validator is exact).
_BIRTH = "(?:18|19|20)[0-9]{2} ?[01][0-9][0-3][0-9]"  # 6-8-4 or 6-4-4-4 groups

RECOGNIZERS = (
    Recognizer(
        name="cn_resident_id", entity_type="CN_RESIDENT_ID",
        pattern=f"[1-9][0-9]{{5}} ?{_BIRTH} ?[0-9]{{3}}[0-9Xx]",
        validator_ref="cn_ric:is_valid", context=words_for("CN_RESIDENT_ID"),
        validated_score=0.95, context_bonus=0.05, priority=10,
        subtype="18-digit, GB 11643-1999 MOD 11-2 check",
        examples=("身份证号11010519491231002X",),
    ),
    Recognizer(
        # 15-digit cards (pre-1999) have no check digit: only a labelled one is reported.
        name="cn_resident_id_15", entity_type="CN_RESIDENT_ID",
        pattern="[1-9][0-9]{5}[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}",
        validator_ref="cn_ric:is_valid", context=words_for("CN_RESIDENT_ID"),
        validated_score=0.4, context_bonus=0.5, priority=12,
        subtype="15-digit legacy (no check digit)",
    ),
    Recognizer(
        name="cn_uscc", entity_type="CN_USCC",
        pattern="[0-9A-HJ-NPQRTUWXY]{2} ?[0-9]{6} ?[0-9A-HJ-NPQRTUWXY]{10}",
        validator_ref="cn_uscc:is_valid", context=words_for("CN_USCC"),
        validated_score=0.9, context_bonus=0.1, priority=15,
        # 18 digits shaped like a resident ID (that failed its checks) are no USCC unless
        # the text says so
        demote_ref="piguard.detect.recognizers.checks:looks_like_resident_id",
        subtype="GB 32100-2015 check character",
    ),
    Recognizer(
        name="cn_passport", entity_type="PASSPORT",
        pattern="(?:[EG][0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|[DSP]E[0-9]{7})",
        validator_ref="passport:is_valid", context=words_for("PASSPORT"),
        validated_score=0.75, context_bonus=0.25, priority=30,
        subtype="PRC passport (E, G, DE, SE, PE series)",
    ),
    Recognizer(
        # Other countries' passports have no checkable structure: they need the label.
        name="passport_labelled", entity_type="PASSPORT",
        pattern="[A-Z]{1,2}[0-9]{6,8}",
        context=words_for("PASSPORT"), base_score=0.85, context_bonus=0.1,
        context_required=True, priority=35, subtype="labelled passport number",
    ),
    Recognizer(
        name="cn_travel_permit", entity_type="CN_TRAVEL_PERMIT",
        pattern="(?:C[0-9]{8}|C[A-HJ-NP-Z][0-9]{7}|[HM][0-9]{8}(?:[0-9]{2})?|[TL][0-9]{8})",
        validator_ref="travel_permit:is_valid", context=words_for("CN_TRAVEL_PERMIT"),
        validated_score=0.55, context_bonus=0.4, priority=32,
        subtype="Mainland travel / exit-entry permit",
    ),
    Recognizer(
        # The Taiwan compatriot permit (台胞证) is 8 or 10 bare digits: label required.
        name="tw_compatriot_permit", entity_type="CN_TRAVEL_PERMIT",
        pattern="[0-9]{8}(?:[0-9]{2})?",
        context=("台胞证", "台湾居民来往大陆通行证", "台湾居民来往内地通行证", "mtp"),
        base_score=0.85, context_bonus=0.1, context_required=True, priority=33,
        subtype="Taiwan compatriot permit (labelled)",
    ),
    Recognizer(
        name="hk_id", entity_type="HK_ID",
        pattern="[A-Z]{1,2}[0-9]{6}(?:\\([0-9A]\\)|[0-9A])",
        validator_ref="hk_id:is_valid", context=words_for("HK_ID"),
        validated_score=0.7, context_bonus=0.25, priority=36,
        subtype="HKID check digit",
    ),
    Recognizer(
        name="mo_id", entity_type="MO_ID",
        pattern="[1578][0-9]{6}(?:\\([0-9]\\)|[0-9])",
        validator_ref="mo_id:is_valid", context=words_for("MO_ID"),
        validated_score=0.85, context_bonus=0.1, context_required=True, priority=37,
        subtype="Macau BIR (labelled)",
    ),
    Recognizer(
        name="tw_id", entity_type="TW_ID",
        pattern="[A-Z][12489A-D][0-9]{8}",
        validator_ref="tw_id:is_valid", context=words_for("TW_ID"),
        validated_score=0.7, context_bonus=0.25, priority=36,
        subtype="Taiwan ID check digit",
    ),
    Recognizer(
        name="us_ssn", entity_type="US_SSN",
        pattern="[0-9]{3}(?:-[0-9]{2}-| [0-9]{2} )[0-9]{4}",
        validator_ref="us_ssn:is_valid", context=words_for("US_SSN"),
        validated_score=0.6, context_bonus=0.35, priority=40,
        subtype="grouped SSN",
    ),
    Recognizer(
        name="us_ssn_bare", entity_type="US_SSN",
        pattern="[0-9]{9}",
        validator_ref="us_ssn:is_valid", context=words_for("US_SSN"),
        validated_score=0.85, context_bonus=0.1, context_required=True, priority=41,
        subtype="bare SSN (labelled)",
    ),
)
