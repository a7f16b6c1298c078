"""WeChat ID (微信号), the user-chosen account name of Tencent WeChat.

Structure (WeChat's sign-up rules; no formal standard): 6 to 20 characters of ASCII
letters, digits, underscores and hyphens, starting with a letter; or an
automatically assigned ``wxid_`` identifier. Users may also use their mobile or QQ
number, which :mod:`.cn_mobile` and :mod:`.qq` cover. **Format only:** most words
and user names share this shape, so a WeChat ID is personal information only with
context — 微信, 微信号, vx, WeChat nearby. Detectors must require it.

>>> validate("zhang_san-1990")
'zhang_san-1990'
>>> is_auto_assigned("wxid_a1b2c3d4e5f6g7")
True
>>> is_valid("1zhangsan"), is_valid("abc"), is_valid("张三abcdef")
(False, False, False)
"""

from __future__ import annotations

import re

from piguard.errors import InvalidFormat, InvalidIdentifier, InvalidLength

from ._common import clean

__all__ = ["ENTITY_TYPE", "compact", "format", "is_auto_assigned", "is_valid", "validate"]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "WECHAT"

_CHOSEN = re.compile(r"[A-Za-z][A-Za-z0-9_-]{5,19}")
_AUTO = re.compile(r"wxid_[a-z0-9]{8,22}")


def compact(wechat_id: str) -> str:
    """Strip surrounding spaces and normalise full-width forms (case is kept)."""
    return clean(wechat_id, drop="", max_len=40)


def _validate(wechat_id: str) -> str:
    if _AUTO.fullmatch(wechat_id) or _CHOSEN.fullmatch(wechat_id):
        return wechat_id
    if not 6 <= len(wechat_id) <= 27:
        raise InvalidLength("WeChat ID must have 6-20 characters")
    raise InvalidFormat("WeChat ID starts with a letter and holds letters, digits, _ and -")


def validate(wechat_id: str) -> str:
    """Return the WeChat ID, or raise ``InvalidIdentifier``."""
    return _validate(compact(wechat_id))


def is_valid(wechat_id: object) -> bool:
    """True when ``wechat_id`` has the shape of a WeChat ID; never raises."""
    try:
        _validate(compact(wechat_id))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def is_auto_assigned(wechat_id: str) -> bool:
    """True for a ``wxid_`` identifier assigned by WeChat (never changed by the user)."""
    return bool(_AUTO.fullmatch(validate(wechat_id)))


def format(wechat_id: str) -> str:
    """Return the compact form."""
    return compact(wechat_id)
