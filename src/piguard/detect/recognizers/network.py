"""Network and device identifiers: IP, URL, MAC, IMEI."""

from __future__ import annotations

from piguard.detect.context import words_for
from piguard.detect.recognizers.base import ALNUM, Recognizer
from piguard.detect.recognizers.checks import DOMAIN_TLDS

_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_HEX = "[0-9A-Fa-f]"

RECOGNIZERS = (
    Recognizer(
        name="ipv4", entity_type="IP",
        pattern="(?:[0-9]{1,3}\\.){3}[0-9]{1,3}(?:/[0-9]{1,2})?",
        validator_ref="piguard.detect.recognizers.checks:ip_is_valid", context=words_for("IP"),
        validated_score=0.85, context_bonus=0.15, priority=24, subtype="IPv4",
    ),
    Recognizer(
        name="ipv6", entity_type="IP",
        pattern=(f"(?:{_HEX}{{0,4}}:){{2,7}}(?:{_HEX}{{1,4}}|(?:[0-9]{{1,3}}\\.){{3}}[0-9]{{1,3}})?"
                 "(?:%[A-Za-z0-9]{1,15})?(?:/[0-9]{1,3})?"),
        validator_ref="piguard.detect.recognizers.checks:ipv6_is_valid",
        context=words_for("IP"), validated_score=0.85, context_bonus=0.15, priority=24,
        glue=ALNUM + ":", subtype="IPv6",
    ),
    Recognizer(
        name="url", entity_type="URL",
        pattern=(f"(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ff][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\\.){_LABEL}(?:\\.{_LABEL})+(?::[0-9]{{1,5}})?"
                 "(?:[/?#](?:[A-Za-z0-9._~%!$&'()*+,;=:@/?#-]*[A-Za-z0-9_~%$&*+=@/#-])?)?"),
        validator_ref="url:is_valid", context=words_for("URL"),
        validated_score=0.85, context_bonus=0.15, priority=17,
        glue=ALNUM + "/~%$&*+=@#-", soft_glue=".,;:!?)('", subtype="http(s), ftp(s) or www URL",
    ),
    Recognizer(
        # A bare domain (microsoft.com) under a known top-level domain; inside an e-mail
        # address or a longer URL the '@', '.' and '/' glue keep it from matching alone.
        name="domain", entity_type="URL",
        pattern=f"{_LABEL}(?:\\.{_LABEL})*\\.(?:{'|'.join(DOMAIN_TLDS)})",
        validator_ref="piguard.detect.recognizers.checks:domain_is_valid",
        context=words_for("URL"), validated_score=0.6, context_bonus=0.3, priority=18,
        glue=ALNUM + "@/:", soft_glue=".-", subtype="domain name",
    ),
    Recognizer(
        name="mac", entity_type="MAC",
        pattern=f"(?:{_HEX}{{2}}(?::{_HEX}{{2}}){{5}}|{_HEX}{{2}}(?:-{_HEX}{{2}}){{5}}|{_HEX}{{4}}\\.{_HEX}{{4}}\\.{_HEX}{{4}})",
        validator_ref="mac:is_valid", context=words_for("MAC"),
        validated_score=0.8, context_bonus=0.2, priority=27,
        glue=ALNUM + ":", subtype="EUI-48",
    ),
    Recognizer(
        # 15 Luhn-valid digits are as often a merchant number as an IMEI: needs its label.
        name="imei", entity_type="IMEI",
        pattern="[0-9]{2}[ -]?[0-9]{6}[ -]?[0-9]{6}[ -]?[0-9]",
        validator_ref="imei:is_valid", context=words_for("IMEI"),
        validated_score=0.4, context_bonus=0.5, priority=38, subtype="IMEI (Luhn)",
    ),
)
