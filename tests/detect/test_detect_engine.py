"""The text engine: spans, normalisation, validation, context, hard negatives."""

from __future__ import annotations

import pytest

from piguard.detect.engine import detect, detect_many, resolve
from piguard.detect.finding import Finding
from piguard.detect.registry import PATTERN_TYPES

IDS = sorted(PATTERN_TYPES)


def spans(text, types=IDS, **kw):
    return [(f.entity_type, text[f.start:f.end]) for f in detect(text, types, **kw)]


def test_identifiers_glued_to_chinese_have_exact_spans(gen):
    rid, pan = gen.resident_id(), gen.card()
    text = f"身份证{rid}卡号{pan}邮箱a@b.cn手机13800138000谢谢"
    found = detect(text, IDS)
    assert [(f.entity_type, f.start, f.end) for f in found] == [
        ("CN_RESIDENT_ID", 3, 21), ("BANK_CARD", 23, 42), ("EMAIL", 44, 50),
        ("PHONE", 52, 63),
    ]
    assert text[found[0].start:found[0].end] == rid


def test_full_width_digits_are_found_with_offsets_into_the_original(gen):
    wide = "１３８００１３８０００"
    text = f"手机：{wide}。"
    (finding,) = detect(text, ["PHONE"])
    assert text[finding.start:finding.end] == wide
    wide_id = gen.resident_id().translate({ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789X"})
    text = f"证件号码：{wide_id}"
    (finding,) = detect(text, ["CN_RESIDENT_ID"])
    assert (finding.start, finding.end) == (5, 23)


def test_glued_to_ascii_is_no_match():
    assert spans("SF13800138000") == []
    assert spans("x13800138000") == []
    assert spans("138001380001") == []  # 12 digits: not a mobile number
    assert spans("13800138000.5") == []  # a decimal number


def test_own_label_glued_in_ascii_is_allowed():
    assert spans("QQ12345678") == [("QQ", "12345678")]
    assert spans("Tel13800138000") == [("PHONE", "13800138000")]


def test_checksum_kinds_need_a_valid_checksum(gen):
    assert spans(f"身份证号{gen.bad_resident_id()}") == []
    assert spans(f"银行卡号{gen.bad_card()}") == []
    assert spans(f"身份证号{gen.resident_id()}") == [("CN_RESIDENT_ID", gen.resident_id())]
    assert spans("出生于19991301的证件号110105199913011234") == []  # month 13


def test_context_raises_the_score(gen):
    pan = gen.card()
    bare = detect(f"{pan}", ["BANK_CARD"])[0].score
    labelled = detect(f"银行卡号：{pan}", ["BANK_CARD"])[0].score
    assert labelled > bare
    far = detect("银行卡" + "。" * 30 + pan, ["BANK_CARD"])[0].score
    assert far == bare  # the window is measured in characters
    wide = detect("银行卡" + "。" * 30 + pan, ["BANK_CARD"], context_window=40)[0].score
    assert wide == labelled


def test_explanation_says_why_without_the_value(gen):
    rid = gen.resident_id()
    (finding,) = detect(f"身份证号：{rid}", ["CN_RESIDENT_ID"])
    assert "cn_ric" in finding.explanation and "身份证号" in finding.explanation
    assert rid not in finding.explanation
    assert finding.category == "IDENTITY_DOCUMENT"
    assert finding.recognizer == "cn_resident_id"


@pytest.mark.parametrize("text", [
    "QQ群里有人发了12345678",  # QQ words far from a bare number
    "我的号码是zhangsan88",  # no WeChat label
    "共计12345678元",
])
def test_context_only_kinds_need_their_label(text):
    assert [t for t, _ in spans(text) if t in ("QQ", "WECHAT")] == []


def test_context_only_kinds_with_their_label():
    assert spans("QQ：12345678，微信号：zhang_san88") == [
        ("QQ", "12345678"), ("WECHAT", "zhang_san88")]
    assert spans("台胞证号码：12345678") == [("CN_TRAVEL_PERMIT", "12345678")]


@pytest.mark.parametrize("text", [
    "订单号：202311290000123456789",
    "订单编号20231129000012345678已发货",
    "快递单号SF1234567890123已签收",
    "运单号：YT9876543210987，中通ZTO1234567890123",
    "ts=1700000000000 time=1700000000",
    "验证码：138001，请勿告诉他人",
    "商品编码：SKU-8BMMXD5E，金额：¥34,069.39",
    "发票号码：12345678901234567890",
    "终端号：589625，商户号：926485126863750",
    "金额：51335.52元，积分13800",
    "版本 10.21.33.4 发布于 2024-09-27 10:21:33",
    "客服热线 400-820-8820",
    "汇率 6.8921, 7.1234",
])
def test_hard_negatives_are_not_flagged(text):
    assert spans(text) == []


def test_checksum_invalid_lookalikes_in_their_contexts(gen):
    assert spans(f"流水号{gen.bad_resident_id()}对应的交易") == []
    assert spans(f"会员卡号{gen.bad_card()}积分已到账") == []


def test_system_minted_ids_in_logs_are_not_cards(gen):
    # A 16-digit trace ID passes Luhn one time in ten; its label says what it is.
    valid = gen.card("455673758434967")  # Visa prefix, Luhn check digit appended
    assert spans(f"卡号{valid}") == [("BANK_CARD", valid)]
    assert spans(f"INFO login ok trace_id={valid}") == []
    assert spans(f"request_id: {valid} done") == []


def test_ids_are_not_bank_cards(gen):
    # a Gansu ID (region 62...) can be Luhn-valid too: the ID reading wins unless the
    # text calls it a card
    from piguard.identifiers import bank_card

    for body in ("62010419930605010", "62010419930605027"):
        rid = gen.resident_id(body)
        assert bank_card.is_valid(rid)
        assert {t for t, _ in spans(f"证件号：{rid}")} == {"CN_RESIDENT_ID"}
        assert {t for t, _ in spans(rid)} == {"CN_RESIDENT_ID"}
        assert {t for t, _ in spans(f"卡号{rid}")} == {"BANK_CARD"}


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("电话：010-62345678", "PHONE", "010-62345678"),
    ("手机：+86 138-0013-8000", "PHONE", "+86 138-0013-8000"),
    ("Call +44 20 7946 0958 now", "PHONE", "+44 20 7946 0958"),
    ("登录IP为192.168.1.10，", "IP", "192.168.1.10"),
    ("ip=2001:db8::8a2e:370:7334 ok", "IP", "2001:db8::8a2e:370:7334"),
    ("官网https://www.example.cn/a?b=1，欢迎", "URL", "https://www.example.cn/a?b=1"),
    ("护照号码：E12345678，", "PASSPORT", "E12345678"),
    ("车辆粤B·D12345违停", "LICENSE_PLATE", "粤B·D12345"),
    ("车牌京A12345。", "LICENSE_PLATE", "京A12345"),
    ("经纬度：39.904200, 116.407400；", "GPS", "39.904200, 116.407400"),
    ("IBAN GB82 WEST 1234 5698 7654 32.", "IBAN", "GB82 WEST 1234 5698 7654 32"),
    ("MAC地址：00:1A:2B:3C:4D:5E", "MAC", "00:1A:2B:3C:4D:5E"),
    ("电话：010 6234 5678", "PHONE", "010 6234 5678"),
    ("联系电话：86-13800138000", "PHONE", "86-13800138000"),
    ("Phone (494) 555-1733", "PHONE", "(494) 555-1733"),
    ("位置：北纬39.9042°，东经116.4074°", "GPS", "北纬39.9042°，东经116.4074°"),
    ("坐标：116.397128,39.916527", "GPS", "116.397128,39.916527"),
    ("身份证 110105 1949 1231 002X", "CN_RESIDENT_ID", "110105 1949 1231 002X"),
    ("统一社会信用代码91350100M000100Y43", "CN_USCC", "91350100M000100Y43"),
])
def test_kinds_in_context(text, kind, value):
    assert (kind, value) in spans(text)


def test_batch_equals_one_by_one(gen):
    texts = [f"身份证{gen.resident_id()}", "", "邮箱a@b.cn", "手机13800138000\n第二行QQ：12345"]
    assert detect_many(texts, IDS) == [detect(t, IDS) for t in texts]


def test_re_backend_agrees_with_hyperscan(monkeypatch, gen):
    pytest.importorskip("hyperscan")
    from piguard.detect import matcher

    texts = [f"客户身份证{gen.resident_id()}，卡号{gen.card()}，电话010-62345678，邮箱x.y@z.com.cn",
             "官网https://a.cn/x?y=1，IP 10.0.0.1，QQ：123456，车牌沪A·12345",
             "发票号码073446599180，微信号码：abc_12345，台胞证号码：12345678"]
    fast = detect_many(texts, IDS)
    monkeypatch.setattr(matcher, "_hyperscan_available", lambda: False)
    matcher.matcher_for.cache_clear()
    matcher.literal_scanner.cache_clear()
    try:
        from piguard.detect.registry import recognizers_for

        assert matcher.matcher_for(recognizers_for("EMAIL")).backend == "re"
        assert detect_many(texts, IDS) == fast
    finally:
        matcher.matcher_for.cache_clear()
        matcher.literal_scanner.cache_clear()


def test_types_filter_and_threshold(gen):
    text = f"身份证{gen.resident_id()}，手机13800138000"
    assert {f.entity_type for f in detect(text, ["PHONE"])} == {"PHONE"}
    assert detect(text, ["PHONE"], threshold=1.0) == detect(text, ["PHONE"])  # labelled: 1.0
    assert detect("13800138000", ["PHONE"], threshold=0.9) == []


def test_resolve_keeps_the_longer_container_and_the_better_overlap():
    url = Finding(0, 30, "URL", 0.85)
    ip = Finding(7, 17, "IP", 0.85)
    assert resolve([ip, url]) == [url]
    a, b = Finding(0, 10, "PHONE", 0.9), Finding(5, 15, "QQ", 0.6)
    assert resolve([b, a]) == [a]
