"""Contact details and online accounts: phones, email, QQ, WeChat."""

from __future__ import annotations

from piguard.detect.context import words_for
from piguard.detect.recognizers.base import ALNUM, Recognizer

_CN_PREFIX = "(?:(?:\\+|00)86[ -]?|86[ -]|\\(\\+?86\\) ?)"

RECOGNIZERS = (
    Recognizer(
        name="cn_mobile", entity_type="PHONE",
        pattern=f"{_CN_PREFIX}?1[3-9][0-9](?:[ -]?[0-9]{{4}}){{2}}",
        validator_ref="cn_mobile:is_valid", context=words_for("PHONE"),
        validated_score=0.85, context_bonus=0.15, priority=20,
        subtype="CN mobile (MIIT number segment)",
        examples=("手机13800138000", "+86 138-0013-8000"),
    ),
    Recognizer(
        name="cn_landline", entity_type="PHONE",
        pattern=(f"(?:{_CN_PREFIX}[1-9][0-9]{{1,2}}[ -]?|\\(0[1-9][0-9]{{1,2}}\\)[ -]?|0[1-9][0-9]{{1,2}}[ -]?)"
                 "[2-9][0-9]{2,3}[ -]?[0-9]{4}(?:-[0-9]{1,4})?"),
        validator_ref="cn_landline:is_valid", context=words_for("PHONE"),
        validated_score=0.7, context_bonus=0.25, priority=22,
        subtype="CN landline with area code",
    ),
    Recognizer(
        # A labelled number of landline shape whose local part the numbering plan does
        # not confirm (传真：0755-93653756) is still a phone number.
        name="cn_landline_labelled", entity_type="PHONE",
        pattern="(?:\\(0[1-9][0-9]{1,2}\\) ?|0[1-9][0-9]{1,2}-)[0-9]{7,8}",
        validator_ref="piguard.detect.recognizers.checks:landline_shape",
        context=words_for("PHONE"), validated_score=0.8, context_bonus=0.1,
        context_required=True, priority=23, subtype="CN landline shape (labelled)",
    ),
    Recognizer(
        name="intl_phone", entity_type="PHONE",
        pattern="\\+[1-9][0-9]{0,2}[ -]?(?:\\([0-9]{1,4}\\)[ -]?)?[0-9]{1,4}(?:[ -]?[0-9]{1,4}){1,6}",
        validator_ref="piguard.detect.recognizers.phones:is_valid_international",
        context=words_for("PHONE"), validated_score=0.8, context_bonus=0.15, priority=25,
        subtype="international (E.164, libphonenumber)",
    ),
    Recognizer(
        name="nanp_phone", entity_type="PHONE",
        pattern="(?:\\+?1[ .-]?)?(?:\\([2-9][0-9]{2}\\) ?|[2-9][0-9]{2}[.-])[2-9][0-9]{2}[.-][0-9]{4}",
        validator_ref="piguard.detect.recognizers.phones:is_possible_nanp",
        context=words_for("PHONE"), validated_score=0.6, context_bonus=0.3, priority=26,
        subtype="North American (NANP) format",
    ),
    Recognizer(
        name="email", entity_type="EMAIL",
        pattern=("[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                 "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59})"),
        validator_ref="email:is_valid", context=words_for("EMAIL"),
        validated_score=0.95, context_bonus=0.05, priority=18,
        glue=ALNUM + "@%+", subtype="RFC 5321 address",
    ),
    Recognizer(
        name="qq", entity_type="QQ",
        pattern="[1-9][0-9]{4,11}",
        validator_ref="qq:is_valid", context=words_for("QQ"),
        validated_score=0.85, context_bonus=0.1, context_required=True, priority=45,
        subtype="QQ number (labelled)",
    ),
    Recognizer(
        name="wechat_wxid", entity_type="WECHAT",
        pattern="wxid_[A-Za-z0-9]{6,24}",
        context=words_for("WECHAT"), base_score=0.85, context_bonus=0.1, priority=44,
        glue=ALNUM + "-", subtype="wxid_ system ID",
    ),
    Recognizer(
        name="wechat", entity_type="WECHAT",
        pattern="[A-Za-z][-_A-Za-z0-9]{5,19}",
        validator_ref="wechat:is_valid", context=words_for("WECHAT"),
        validated_score=0.85, context_bonus=0.1, context_required=True, priority=46,
        glue=ALNUM + "-", subtype="WeChat ID (labelled)",
    ),
)
