"""QQ number (QQ 号码), the account number of Tencent QQ.

Structure: 5 to 11 digits, never starting with 0 (accounts are numbered from 10000
upward; Tencent publishes no formal standard and no check digit). **Format only:** a
QQ number is indistinguishable from any other number, so it is personal information
only with context — a word such as QQ, 扣扣 or 企鹅号 nearby, or a ``@qq.com`` e-mail
address (whose local part is usually the QQ number). Detectors must require it.

>>> validate(" 10001 ")
'10001'
>>> is_valid("01234567"), is_valid("1234"), is_valid("123456789012")
(False, False, False)
"""

from __future__ import annotations

from piguard.errors import InvalidComponent, InvalidFormat, InvalidIdentifier, InvalidLength

from ._common import clean, only_digits

__all__ = ["ENTITY_TYPE", "compact", "format", "is_valid", "validate"]

#: Entity-type code of the findings this identifier produces (shared taxonomy code).
ENTITY_TYPE = "QQ"


def compact(number: str) -> str:
    """Remove spaces and dashes, normalise full-width digits."""
    return clean(number)


def _validate(number: str) -> str:
    if not only_digits(number):
        raise InvalidFormat("QQ number must be digits")
    if not 5 <= len(number) <= 11:
        raise InvalidLength("QQ number must have 5-11 digits")
    if number[0] == "0":
        raise InvalidComponent("QQ numbers never start with 0")
    return number


def validate(number: str) -> str:
    """Return the compact QQ number, or raise ``InvalidIdentifier``."""
    return _validate(compact(number))


def is_valid(number: object) -> bool:
    """True when ``number`` has the shape of a QQ number; never raises."""
    try:
        _validate(compact(number))  # type: ignore[arg-type]
    except InvalidIdentifier:
        return False
    return True


def format(number: str) -> str:
    """Return the compact form.

    >>> format("１２３４５６７")
    '1234567'
    """
    return compact(number)
