"""Column classification on small generated tables."""

from __future__ import annotations

import random

import numpy as np
import pyarrow as pa
import pytest

from piguard.detect.columns import (
    TableProfile,
    classify,
    column_hints,
    mask_value,
    profile_batch,
)
from piguard.identifiers import bank_card, cn_ric

rng = random.Random(11)


def _ids(n: int, valid: bool = True) -> list[str]:
    out = []
    for _ in range(n):
        body = f"{rng.choice(['110105', '320106', '440304'])}19{rng.randint(50, 99)}0{rng.randint(1, 9)}1{rng.randint(0, 9)}{rng.randint(100, 999)}"
        check = cn_ric.calc_check_digit(body)
        if not valid:
            check = "0123456789X"[("0123456789X".index(check) + 1) % 11]
        out.append(body + check)
    return out


def _cards(n: int) -> list[str]:
    out = []
    for _ in range(n):
        body = "621700" + "".join(str(rng.randint(0, 9)) for _ in range(12))
        out.append(body + bank_card.calc_check_digit(body))
    return out


def _verdicts(table: pa.Table, **kw) -> dict:
    return {c.name: c for c in classify(profile_batch(table, **kw))}


def test_typical_customer_table():
    n = 200
    table = pa.table({
        "姓名": [rng.choice("张王李赵刘陈") + rng.choice(["伟", "芳", "小龙", "建国"]) for _ in range(n)],
        "身份证号": _ids(n),
        "mobile": [f"13{rng.randint(0, 9)}{rng.randint(10**7, 10**8 - 1)}" for _ in range(n)],
        "contact": [f"u{i}@example.cn" for i in range(n)],
        "card": _cards(n),
        "addr": [f"广东省深圳市南山区科技园路{i}号" for i in range(n)],
        "amount": [float(i) for i in range(n)],
        "note": ["ok"] * n,
    })
    v = _verdicts(table)
    assert v["姓名"].primary.entity_type == "PERSON"
    assert v["身份证号"].primary.entity_type == "CN_RESIDENT_ID" and v["身份证号"].sensitive
    assert v["mobile"].primary.entity_type == "PHONE"
    assert v["contact"].primary.entity_type == "EMAIL"
    assert v["card"].primary.entity_type == "BANK_CARD" and v["card"].sensitive
    assert v["addr"].primary.entity_type == "LOCATION"
    assert not v["amount"].pi and not v["note"].pi
    assert v["身份证号"].primary.share == 1.0 and v["身份证号"].primary.confidence > 0.9


def test_checksum_invalid_ids_are_not_ids_even_when_named_so():
    table = pa.table({"id_card": _ids(100, valid=False), "serial": _ids(100, valid=False)})
    v = _verdicts(table)
    assert all(f.entity_type != "CN_RESIDENT_ID" for f in v["serial"].findings)
    assert all(f.entity_type != "CN_RESIDENT_ID" for f in v["id_card"].findings)


def test_luhn_invalid_order_numbers_are_not_cards():
    orders = ["6222" + str(rng.randint(10**14, 10**15 - 1)) for _ in range(300)]
    v = _verdicts(pa.table({"order_no": orders}))
    assert not v["order_no"].pi


def test_mixed_column_reports_share():
    values = _ids(30) + ["无"] * 70
    (col,) = classify(profile_batch(pa.table({"x": values})))
    assert col.primary.entity_type == "CN_RESIDENT_ID"
    assert col.primary.share == pytest.approx(0.3)


def test_hint_only_kinds_need_their_column_name():
    qq = [str(rng.randint(10**6, 10**9)) for _ in range(50)]
    assert not _verdicts(pa.table({"value": qq}))["value"].pi
    assert _verdicts(pa.table({"QQ号": qq}))["QQ号"].primary.entity_type == "QQ"


def test_column_names_alone_map_shapeless_columns_to_categories():
    v = _verdicts(pa.table({"诊断": ["高血压", "糖尿病"], "religion": ["佛教", "无"],
                            "salary": [8000, 9000], "product_name": ["手机壳", "耳机"]}))
    assert v["诊断"].primary.category == "MEDICAL_HEALTH" and v["诊断"].sensitive
    assert v["religion"].primary.category == "RELIGIOUS_BELIEF"
    assert v["salary"].primary.category == "PROPERTY"
    assert not v["product_name"].pi


def test_integer_phone_column_and_whitespace():
    v = _verdicts(pa.table({"tel": pa.array([13812345678, 13987654321], pa.int64()),
                            "id": [" " + x + " " for x in _ids(2)]}))
    assert v["tel"].primary.entity_type == "PHONE"
    assert v["id"].primary.entity_type == "CN_RESIDENT_ID"


def test_evidence_is_masked_never_raw():
    ids = _ids(20)
    cards = _cards(20)
    v = _verdicts(pa.table({"a": ids, "b": cards}))
    shown = [e for c in v.values() for f in c.findings for e in f.evidence]
    assert shown and all("*" in e for e in shown)
    assert not any(raw in " ".join(shown) for raw in ids + cards)


def test_mask_value_hides_the_identifying_part():
    for value, kind in [("11010519491231002X", "CN_RESIDENT_ID"), ("13812345678", "PHONE"),
                        ("6222021234567890128", "BANK_CARD"), ("京A12345", "LICENSE_PLATE"),
                        ("张三", "PERSON"), ("abc", "")]:
        masked = mask_value(value, kind)
        assert len(masked) == len(value) and masked.count("*") * 3 >= len(value)


def test_profiles_merge_associatively_and_match_one_pass():
    table = pa.table({"身份证号": _ids(90), "phone": [f"1391234{i:04d}" for i in range(90)]})
    parts = [profile_batch(b) for b in table.to_batches(max_chunksize=30)]
    left = parts[0].merge(parts[1]).merge(parts[2])
    right = parts[0].merge(parts[1].merge(parts[2]))
    assert left.to_dict() == right.to_dict()
    whole = profile_batch(table)
    assert left.rows == whole.rows == 90
    for name in table.column_names:
        assert left.columns[name].types.keys() == whole.columns[name].types.keys()
        for kind, tally in whole.columns[name].types.items():
            assert left.columns[name].types[kind].valid == tally.valid
    assert TableProfile.from_dict(left.to_dict()).to_dict() == left.to_dict()
    assert TableProfile().merge(left).to_dict() == left.to_dict()


def test_free_text_columns_use_the_text_detector():
    from piguard.detect.finding import Finding

    def fake_detector(texts):
        return [[Finding(t.index("138"), t.index("138") + 11, "PHONE", 0.9)] if "138" in t else []
                for t in texts]

    texts = [f"客户来电反映问题，请回电 138{i:08d} 谢谢，已经记录在案。" for i in range(40)] + \
        ["客户来电咨询物流进度，已经告知预计到达时间，无其他问题。"] * 60
    v = _verdicts(pa.table({"content": texts}), detector=fake_detector)
    finding = v["content"].primary
    assert finding.entity_type == "PHONE" and finding.method == "text-sample"
    assert finding.share == pytest.approx(0.4) and all("*" in e for e in finding.evidence)


def test_column_hints():
    assert column_hints("customerIdCard")[0].entity_type == "CN_RESIDENT_ID"
    assert column_hints("zip") == () and column_hints("description") == ()
    assert {h.entity_type for h in column_hints("收货人手机")} >= {"PERSON", "PHONE"}


def test_exact_fast_path_decides_like_regex_plus_check():
    import dataclasses

    from piguard.detect import columns as C

    values = (_ids(50) + _ids(50, valid=False) + _cards(50)
              + ["0" + c[1:] for c in _cards(20)] + ["7" + c[1:] for c in _cards(20)]
              + [f"1{rng.randint(0, 9)}{rng.randint(10**8, 10**9 - 1)}" for _ in range(60)]
              + ["".join(rng.choice("0123456789") for _ in range(rng.choice((11, 13, 18, 19))))
                 for _ in range(300)])
    for form in (f for f in C.FORMS if f.exact is not None):
        plain = dataclasses.replace(form, exact=None)
        for subset in ([v for v in values if form.min_bytes <= len(v) <= form.max_bytes],):
            array = pa.array(subset)
            lengths = np.array([len(v) for v in subset])
            fast, slow = C.ColumnProfile("x", "string"), C.ColumnProfile("x", "string")
            C._apply_form(form, array, lengths, np.zeros(len(subset), bool), fast)
            C._apply_form(plain, array, lengths, np.zeros(len(subset), bool), slow)
            got = fast.types.get(form.entity_type, C.TypeCount()).valid
            want = slow.types.get(form.entity_type, C.TypeCount()).valid
            assert got == want, form.entity_type


def test_organisation_name_columns_do_not_become_addresses():
    from piguard.detect.finding import Finding

    def place_detector(texts):
        return [[Finding(0, 2, "LOCATION", 0.9)] for _ in texts]

    names = ["南京鑫盛贸易有限公司", "深圳宏达科技有限公司"] * 20
    v = _verdicts(pa.table({"merchant_name": names, "收货地址备注": names}),
                  detector=place_detector)
    assert not v["merchant_name"].pi
    assert v["收货地址备注"].pi  # the same values under an address column stay PI


def test_text_detector_is_never_called_concurrently():
    import threading
    import time

    busy = threading.Lock()

    def exclusive_detector(texts):
        assert busy.acquire(blocking=False), "detector called from two threads at once"
        try:
            time.sleep(0.01)
            return [[] for _ in texts]
        finally:
            busy.release()

    long_text = ["客户来电反映物流太慢，已经安抚并登记，预计明天回访确认。"] * 50
    table = pa.table({f"c{i}": long_text for i in range(4)})
    profile_batch(table, detector=exclusive_detector, threads=4)


def test_forms_match_the_same_in_arrow_and_polars():
    import pyarrow.compute as pc

    from piguard.detect import columns as C

    samples = (_ids(5) + _cards(5) + ["13812345678", "+86 138 1234 5678", "021-62345678",
               "a.b@example.cn", "192.168.1.1", "2001:db8::1", "aa:bb:cc:dd:ee:ff",
               "https://example.cn/x?y=1", "京A12345", "粤BD12345", "沪C1234挂", "078-05-1120",
               "39.9042, 116.4074", "E12345678", "H12345678", "1234567(8)", "张三", "欧阳娜娜",
               "买买提·艾力", "广东省深圳市南山区科技园路1号", "wxid_abc123", "12345678",
               "GB82WEST12345698765432", "1M8GDM9AXKP042788", "A123456(3)", "A123456789",
               "", "无", "x" * 40, "１３８１２３４５６７８"])
    array = pa.array(samples)
    for form in C.FORMS:
        arrow = pc.match_substring_regex(array, form.pattern).to_pylist()
        polars = C._regex_hits(array, form.pattern).tolist()
        assert arrow == polars, form.entity_type
