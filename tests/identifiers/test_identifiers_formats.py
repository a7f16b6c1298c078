"""Known-good and known-bad fixtures for the structure-checked identifiers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from piguard.identifiers import (
    cn_landline,
    cn_mobile,
    email,
    gps,
    ip,
    license_plate,
    mac,
    mo_id,
    passport,
    qq,
    travel_permit,
    url,
    us_ssn,
    wechat,
)

CASES = {
    cn_mobile: (
        ["13800138000", "+86 138 0013 8000", "0086-139-1234-5678", "86 19912345678",
         "(+86)17001234567", "１８６１２３４５６７８", "16212345678", "19212345678", "14512345678"],
        ["12345678901", "1380013800", "138001380000", "15412345678", "17912345678",
         "10086", "+1 138 0013 8000", "138-0013-800a", "+86 10 6512 3456"],
    ),
    cn_landline: (
        ["010-65123456", "(021) 5432 1098", "0755-88886666", "0571 8765 4321 转 802",
         "0931-8123456", "+86 20 8888 6666", "0086-10-65123456", "075588886666#12"],
        ["010-6512345", "021-123456789", "0155-8888666", "0000-12345678", "010-05123456",
         "13800138000", "755-88886666", "010-6512-345x"],
    ),
    passport: (
        ["E12345678", "e 1234 5678", "EA1234567", "EH9876543", "G12345678", "DE1234567",
         "SE1234567", "PE1234567"],
        ["E1234567", "E123456789", "EI1234567", "EO1234567", "A12345678", "GA1234567",
         "DEA123456", "123456789"],
    ),
    travel_permit: (
        ["H12345678", "M12345678", "H1234567801", "C12345678", "CA1234567", "12345678"],
        ["H1234567", "X12345678", "CI1234567", "C1234567", "1234567", "123456789",
         "HA1234567"],
    ),
    mo_id: (["1/234567/8", "5215299(8)", "72345678"],
            ["32345678", "1234567", "123456789", "1/23456a/8"]),
    license_plate: (
        ["京A·12345", "沪C6T789", "粤B D12345", "粤B·12345D", "京A1234警", "粤Z1234港",
         "浙A1234学", "苏E1234挂", "使123456", "123456使", "川A·F1234", "京ａ１２３４５"],
        ["京I12345", "京A1234", "京A1234567", "A·12345", "京A12O45", "粤BD1234A",
         "京A1234狗", "使12345"],
    ),
    email: (
        ["zhang.san@example.com", "a+b@sub.example.com.cn", "李_x@example.com".replace("李", "li"),
         "USER@EXAMPLE.ORG", "x@example.xn--fiqs8s", "ｚｈａｎｇ＠１６３．ｃｏｍ"],
        ["zhangsan", "a@b", "@example.com", "a@.com", "a..b@example.com", ".a@example.com",
         "a@-example.com", "a@example.c", "a@exa_mple.com", "张三@example.com", "a@b@c.com",
         "a" * 65 + "@example.com"],
    ),
    ip: (
        ["192.168.1.1", "8.8.8.8", "::1", "2001:db8::1", "fe80::1", "255.255.255.255"],
        ["256.1.1.1", "1.2.3", "192.168.001.1", "1.2.3.4.5", "2001:db8:::1", "fe80::1%eth0",
         "abc"],
    ),
    mac: (
        ["3c:22:fb:12:34:56", "3C-22-FB-12-34-56", "3c22.fb12.3456", "3c22fb123456"],
        ["3c:22:fb:12:34", "3c:22-fb:12:34:56", "00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff",
         "3g:22:fb:12:34:56", "3c22fb12345"],
    ),
    url: (
        ["https://example.com", "http://www.example.com.cn/path?q=1#x", "www.gov.cn/zhengce",
         "https://user@example.com:8443/", "http://192.168.1.1:8080/admin", "ftp://[2001:db8::1]/f",
         "https://xn--fiqs8s.xn--fiqs8s/"],
        ["example.com", "https://", "http://exa mple.com", "javascript:alert(1)", "https://localhost/",
         "https://example.com:0/", "www.example", "https://example.com:70000/", "mailto:a@b.com", "https://中国.cn",
         "http://300.1.1.1/"],
    ),
    gps: (
        ["39.9042, 116.4074", "39.9042°N, 116.4074°E", "116.4074,39.9042", "-33.8688,151.2093",
         "39°54'15\"N 116°24'27\"E", "22.5431 S, 114.0579 W", "N45.8719, E126.7895", "E126.7895 N45.8719"],
        ["91.0, 181.0", "39.9042", "39.9042°N, 116.4074°N", "abc,def", "39°74'15\"N 116°24'27\"E",
         "39.90,116.40,3", "N39.9N, E116.4"],
    ),
    us_ssn: (
        ["536-90-4399", "536904399", "001-01-0001", "536.90.4399"],
        ["000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000",
         "078-05-1120", "53690439", "5369043990"],
    ),
    qq: (["10001", "123456789", "12345678901"],
         ["1234", "012345", "123456789012", "12a45"]),
    wechat: (
        ["zhangsan_1990", "Wang-Wu88", "wxid_a1b2c3d4e5f6g7", "abcdef"],
        ["abc", "1zhangsan", "_zhangsan", "zhang san", "张三abcdef", "a" * 21],
    ),
}  # fmt: skip

GOOD = [(m, v) for m, (good, _) in CASES.items() for v in good]
BAD = [(m, v) for m, (_, bad) in CASES.items() for v in bad]


def _id(param):
    return getattr(param, "__name__", str(param)).rsplit(".", 1)[-1]


@pytest.mark.parametrize(("module", "value"), GOOD, ids=_id)
def test_known_good(module, value):
    compact = module.validate(value)
    assert module.is_valid(value)
    assert module.validate(compact) == compact  # the compact form is a fixed point
    assert module.is_valid(module.format(value))


@pytest.mark.parametrize(("module", "value"), BAD, ids=_id)
def test_known_bad(module, value):
    assert not module.is_valid(value)


def test_meaning_functions():
    assert cn_mobile.operator("13800138000") == "China Mobile"
    assert cn_mobile.operator("18612345678") == "China Unicom"
    assert cn_mobile.operator("19912345678") == "China Telecom"
    assert cn_mobile.operator("17051234567") == "China Mobile (MVNO)"
    assert cn_mobile.to_e164("138 0013 8000") == "+8613800138000"
    assert cn_landline.area_code("0755-88886666") == "0755"
    assert cn_landline.local_number("(010)65123456") == "65123456"
    assert cn_landline.extension("0755-88886666-802") == "802"
    assert passport.kind("SE1234567") == "service"
    assert travel_permit.kind("H12345678") == "hk_macau_resident"
    assert mo_id.resident_kind("5215299(8)") == "permanent"
    assert license_plate.kind("粤Z1234港") == "hk_macau"
    assert license_plate.kind("使123456") == "embassy"
    assert license_plate.province("使123456") is None
    assert license_plate.province("川A·F1234") == "四川省"
    assert email.domain("Zhang@QQ.com") == "qq.com"
    assert ip.classify("127.0.0.1") == "loopback"
    assert ip.classify("::ffff:192.168.1.1") == "private"
    assert ip.is_public("8.8.8.8") and not ip.is_public("172.16.0.1")
    assert ip.version("2001:db8::1") == 6
    assert mac.is_local("02:00:00:00:00:01") and not mac.is_local("3c:22:fb:12:34:56")
    assert url.scheme("www.gov.cn") == "" and url.host("HTTP://WWW.GOV.CN/") == "www.gov.cn"
    assert gps.parse("116.4074,39.9042") == (39.9042, 116.4074)
    assert gps.precision("39.9,116.4074") == 1
    assert not gps.in_china("48.8566, 2.3522")
    assert wechat.is_auto_assigned("wxid_a1b2c3d4e5f6g7")
    assert not wechat.is_auto_assigned("zhangsan_1990")


@given(st.sampled_from(sorted(cn_mobile._SEGMENTS)), st.text("0123456789", min_size=8, max_size=8))
def test_every_segment_validates_and_formats(segment, rest):
    number = segment + rest
    assert cn_mobile.validate(cn_mobile.format(number)) == number
    assert cn_mobile.validate("+86 " + number) == number
    assert cn_mobile.operator(number)


@given(st.floats(-90, 90), st.floats(-180, 180))
def test_gps_round_trip(lat, lng):
    text = f"{lat:.6f},{lng:.6f}"
    got_lat, got_lng = gps.parse(gps.validate(text))
    assert abs(got_lat - round(lat, 6)) < 1e-9 and abs(got_lng - round(lng, 6)) < 1e-9


@given(st.ip_addresses())
def test_ip_round_trip(address):
    assert ip.validate(str(address)) == str(address)
    assert ip.classify(str(address)) in {
        "unspecified", "loopback", "link_local", "multicast", "private", "reserved", "public",
    }  # fmt: skip


PLATE_BODY = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


@given(
    st.sampled_from(sorted(license_plate.PROVINCES)),
    st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ"),
    st.one_of(
        st.text(PLATE_BODY, min_size=5, max_size=5),
        st.from_regex(r"[DABCEFGHJK][A-HJ-NP-Z0-9][0-9]{4}", fullmatch=True),
        st.from_regex(r"[0-9]{5}[DABCEFGHJK]", fullmatch=True),
        st.from_regex(r"[A-HJ-NP-Z0-9]{4}[警学挂领港澳]", fullmatch=True),
    ),
    st.sampled_from(["", "·", " ", "-"]),
)
def test_generated_plates_round_trip(province, city, rest, separator):
    plate = province + city + separator + rest
    compact = license_plate.validate(plate)
    assert compact == province + city + rest
    assert license_plate.validate(license_plate.format(plate)) == compact
    assert license_plate.province(plate) == license_plate.PROVINCES[province]


@given(st.from_regex(r"E[0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|G[0-9]{8}|[DSP]E[0-9]{7}", fullmatch=True))
def test_generated_passports_validate(number):
    assert passport.validate(number.lower()) == number
    assert passport.kind(number) in {"ordinary", "diplomatic", "service", "public_affairs"}
