"""Context words, measured in characters: labels near a candidate change its score.

Chinese has no spaces, so the window is a number of characters before (and a few after)
the candidate, not a number of words. The label *nearest* to the candidate decides: a
word of the candidate's entity type (``身份证``, ``手机``, ``卡号``) raises the score; a
*negative* word that names it as something else (``订单号``, ``流水号``, ``快递单号``)
lowers it; a word of another type (``QQ号码`` before an 11-digit number) gives no opinion. Context-only kinds (QQ, WeChat, ...) need their word to *label* the
candidate: only filler (``：``, ``号``, ``是``, ``ID``) may stand between them.

English words match only as whole words (``ip`` does not fire inside ``zip``).

>>> cue = find_context("客户身份证号码：", "CN_RESIDENT_ID")
>>> cue.word, cue.positive, cue.adjacent
('身份证号码', True, True)
>>> find_context("快递单号", "PHONE").positive
False
>>> find_context("my zip is", "IP") is None
True
>>> find_context("QQ号码：", "PHONE") is None, find_context("QQ号码：", "QQ").adjacent
(True, True)
>>> find_context("微信号码：", "WECHAT").word, find_context("台胞证号码", "CN_TRAVEL_PERMIT").word
('微信号', '台胞证')
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

__all__ = [
    "CONTEXT_WORDS",
    "NEGATIVE_WORDS",
    "Cue",
    "Labels",
    "cue_at",
    "find_context",
    "find_labels",
    "labels_from_hits",
    "vocabulary",
    "words_for",
]

#: Labels that make a candidate more likely to be this entity type (Chinese and English).
CONTEXT_WORDS: dict[str, tuple[str, ...]] = {
    "CN_RESIDENT_ID": ("身份证", "身份证号", "身份证号码", "身份证编号", "证件编号", "公民身份号码", "身份号码", "证件号",
                       "证件号码", "证件", "身份", "id card", "id number", "id no", "identity card",
                       "idcard", "id_card", "id_no", "sfz", "sfzh"),
    "PHONE": ("手机", "手机号", "手机号码", "电话", "电话号码", "联系电话", "联系方式", "号码",
              "phone_no", "mobile_no", "tel_no", "phonenumber",
              "致电", "来电", "拨打", "热线", "座机", "传真", "固话", "tel", "telephone", "phone",
              "mobile", "cell", "call", "fax", "contact", "whatsapp"),
    "BANK_CARD": ("卡号", "卡", "银行卡", "银行卡号", "户名", "开户行", "转账", "打款", "收款", "信用卡", "储蓄卡", "借记卡", "账号", "帐号",
                  "账户", "帐户", "收款账号", "付款卡", "银联", "card", "card number", "card no", "card_no", "cardno", "bank_card",
                  "credit card", "debit card", "account", "visa", "mastercard", "unionpay", "amex",
                  "pan"),
    "EMAIL": ("邮箱", "邮件", "电邮", "电子邮件", "email", "e-mail", "mail", "mailto"),
    "IP": ("ip", "ip地址", "登录ip", "注册ip", "主机", "服务器", "host", "server", "client",
           "remote", "src", "dst", "ipv4", "ipv6"),
    "URL": ("网址", "链接", "官网", "网站", "网页", "主页", "url", "link", "website", "site",
            "href"),
    "PASSPORT": ("护照", "护照号", "护照号码", "passport", "passport no", "passport number"),
    "CN_TRAVEL_PERMIT": ("通行证", "回乡证", "台胞证", "港澳通行证", "往来港澳通行证",
                         "往来台湾通行证", "居民来往内地通行证", "台湾居民来往大陆通行证",
                         "台湾居民来往内地通行证", "出入境", "permit", "travel permit",
                         "home return permit", "mtp"),
    "HK_ID": ("香港身份证", "身份证", "身份證", "hkid", "hong kong id", "hkic", "identity card"),
    "MO_ID": ("澳门身份证", "身份证", "身份證", "bir", "macau id", "macao id"),
    "TW_ID": ("台湾身份证", "身分證", "身份证", "身分证", "统一编号", "national id", "taiwan id"),
    "US_SSN": ("ssn", "social security", "social security number", "社会安全号码", "社安号"),
    "IMEI": ("imei", "meid", "串号", "设备号", "设备识别码", "终端识别码", "device id"),
    "VIN": ("vin", "车架号", "车辆识别代号", "车辆识别码", "车辆识别号", "底盘号", "chassis"),
    "MAC": ("mac", "mac地址", "物理地址", "网卡", "bssid", "hwaddr", "ether"),
    "LICENSE_PLATE": ("车牌", "车牌号", "车牌号码", "号牌", "车辆", "车主", "牌照", "plate",
                      "license plate", "licence plate"),
    "CN_USCC": ("统一社会信用代码", "社会信用代码", "信用代码", "纳税人识别号", "税号", "uscc",
                "credit code"),
    "QQ": ("qq", "qq号", "qq号码", "扣扣", "企鹅号"),
    "WECHAT": ("微信", "微信号", "wechat", "wechat id", "weixin", "wx", "vx", "v信", "威信"),
    "GPS": ("经纬度", "坐标", "定位", "位置", "经度", "纬度", "gps", "lat", "lng", "lon",
            "latitude", "longitude", "location", "coordinates", "coord"),
    "IBAN": ("iban", "账号", "帐号", "account", "bank account", "汇款"),
}

#: Labels that name a candidate as something that is not PI (order, tracking, invoice ...).
NEGATIVE_WORDS: tuple[str, ...] = (
    "订单", "订单号", "订单编号", "单号", "快递单号", "运单号", "流水号", "交易号", "批次号",
    "编号", "单据编号", "工单", "商户号", "终端号", "发票", "发票号码", "验证码", "校验码",
    "会员卡", "会员卡号", "积分", "金额", "序列号", "时间戳", "版本", "型号", "商品编码",
    "order", "order no", "invoice", "tracking", "serial", "sku", "timestamp", "ts", "version",
    "batch", "ref", "reference", "txn", "transaction id", "merchant", "terminal",
    # identifiers that systems mint for themselves, common in logs
    "trace_id", "traceid", "trace id", "request_id", "requestid", "request id", "span_id",
    "spanid", "msg_id", "msgid", "message id", "session_id", "sessionid", "nonce", "seq",
    "sequence", "uuid",
)

# Filler that may stand between a label and the value it labels ("QQ号码：", "WeChat ID: ").
_FILLER = re.compile(r"(?:[\s:=#\"'(\[<{（【「：-]|是|为|号码|号|码|账号|帐号|id|no\.?|number|is)*",
                     re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cue:
    """The nearest label found before a candidate (``word`` is never the value itself)."""

    word: str
    positive: bool
    #: only filler between the label and the candidate: the label names this value
    adjacent: bool


def words_for(entity_type: str) -> tuple[str, ...]:
    """Positive context words of an entity type (empty for types without any)."""
    return CONTEXT_WORDS.get(entity_type, ())


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


@cache
def vocabulary() -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    """Every label (lower case, longest first) and the entity types each one names
    (negative labels name none)."""
    owners: dict[str, set[str]] = {w.lower(): set() for w in NEGATIVE_WORDS}
    for entity_type, words in CONTEXT_WORDS.items():
        for word in words:
            owners.setdefault(word.lower(), set()).add(entity_type)
    words = tuple(sorted(owners, key=lambda w: (-len(w), w)))
    return words, tuple(frozenset(owners[w]) for w in words)


@dataclass(frozen=True, slots=True)
class Labels:
    """Label occurrences in a text, sorted by end (the longest first at equal ends)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    word_ids: tuple[int, ...]


def find_labels(text: str) -> Labels:
    """All labels in ``text`` in one pass (hyperscan when installed), overlapping ones too."""
    from piguard.detect.matcher import literal_scanner

    return labels_from_hits(text, literal_scanner(vocabulary()[0]).scan(text))


def labels_from_hits(text: str, hits) -> Labels:
    """Labels from ``(word index, start, end)`` hits of the :func:`vocabulary` words.

    An ASCII word inside a longer ASCII word (``ip`` in ``zip``) is no label.
    """
    ascii_ids = _ascii_word_ids()
    letters, size = _ASCII_LETTERS, len(text)
    found = [(end, -start, word_id) for word_id, start, end in hits
             if word_id not in ascii_ids
             or not ((start > 0 and text[start - 1] in letters)
                     or (end < size and text[end] in letters))]
    if not found:
        return Labels((), (), ())
    found.sort()
    ends, negated, word_ids = zip(*found, strict=True)
    return Labels(tuple(-s for s in negated), ends, word_ids)


@cache
def _ascii_word_ids() -> frozenset[int]:
    return frozenset(i for i, word in enumerate(vocabulary()[0]) if word.isascii())


def cue_at(labels: Labels, text: str, start: int, end: int, entity_type: str,
           low: int, high: int) -> Cue | None:
    """The cue for a candidate ``text[start:end]`` from labels inside ``text[low:start]``
    (nearest first; touching labels form one, 台胞证 + 号码), or else a label of its
    type inside ``text[end:high]``."""
    _, owners = vocabulary()
    ends, starts, ids = labels.ends, labels.starts, labels.word_ids
    j = bisect_right(ends, start) - 1
    chain_start = chain_end = negative = None
    while j >= 0 and ends[j] >= low:
        if chain_start is not None and ends[j] < chain_start:
            break  # not touching the chain: farther labels do not count
        if starts[j] >= low and (chain_start is None or starts[j] < chain_start):
            # (a word inside a label already read, 号码 in 发票号码, is no label of its own)
            if chain_end is None:
                chain_end = ends[j]
            chain_start = starts[j] if chain_start is None else min(chain_start, starts[j])
            named = owners[ids[j]]
            if entity_type in named:
                word = text[starts[j]:ends[j]]
                return Cue(word, True, _FILLER.fullmatch(text, chain_end, start) is not None)
            if not named and negative is None:
                negative = text[starts[j]:ends[j]]
        j -= 1
    if negative is not None:
        return Cue(negative, False, _FILLER.fullmatch(text, chain_end, start) is not None)
    if chain_end is not None:
        return None  # the nearest label names another kind: no opinion
    k = bisect_right(ends, high) - 1
    while k >= 0 and ends[k] > end:
        if starts[k] >= end and entity_type in owners[ids[k]]:
            return Cue(text[starts[k]:ends[k]], True, False)
        k -= 1
    return None


def find_context(before: str, entity_type: str, after: str = "") -> Cue | None:
    """The label nearest to a candidate standing between ``before`` and ``after``.

    When ``before`` has no label, a positive word in ``after`` (``13800138000（手机）``)
    counts too, but never as adjacent.
    """
    text = f"{before}\x00{after}"
    start = len(before)
    return cue_at(find_labels(text), text, start, start + 1, entity_type, 0, len(text))
