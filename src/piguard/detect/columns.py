"""Classify the columns of Arrow tables: which PI each column holds, how much, how sure.

Two halves, so that the same code runs in one process and inside Spark executors:

1. :func:`profile_batch` — a pure function of one :class:`pyarrow.RecordBatch`
   returning a :class:`TableProfile` of per-column partial counts. Profiles
   :meth:`merge <TableProfile.merge>` associatively (counts add up, evidence lists
   concatenate and truncate), so batches can be profiled anywhere, in any grouping.
2. :func:`classify` — the driver-side finalisation of a merged profile into
   :class:`ColumnResult` objects (entity types, share of rows, confidence,
   category, sensitivity, masked evidence).

How a column is profiled, without a Python loop per value:

- **Pattern kinds** (IDs, cards, phones, e-mail, IP, ...): a column form is an
  anchored regex (syntax shared by RE2 and Rust's regex) run on the whole column by
  Polars, restricted to values of a plausible byte length (Arrow's RE2 kernels
  check the small sample gate); candidates are then validated in NumPy
  (:mod:`piguard.detect.vectorized`: MOD 11-2 + birth date + province, Luhn,
  GB 32100, ...). Each value counts for at most one kind (forms run in priority
  order), and a form is run on the full column only when it matches somewhere in
  a spread sample of the batch or the column name hints at it.
- **Shape kinds** (Chinese person names, postal addresses): a regex on the value
  shape (common surname + 1-2 characters; division + road/number words); weaker,
  so they need most values to match or a column-name hint.
- **Column names** in Chinese and English (身份证号, 手机, 姓名, 地址, 诊断,
  ``id_card``, ``mobile``, ``diagnosis`` ...) raise confidence and map columns
  whose values have no shape (diagnosis → health, religion, salary ...) to categories.
- **Free-text columns**: a bounded, spread sample of values goes through the text
  detector (:func:`piguard.detect.engine.detect`) when it is installed.

Evidence is always masked (:func:`mask_value`): ``110105********002X``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from piguard.detect import vectorized as vz

__all__ = [
    "FORMS",
    "ColumnFinding",
    "ColumnForm",
    "ColumnProfile",
    "ColumnResult",
    "Hint",
    "TableProfile",
    "TypeCount",
    "classify",
    "column_hints",
    "mask_value",
    "profile_batch",
    "profile_table",
]

EVIDENCE_PER_TYPE = 3
GATE_ROWS = 2048
TEXT_SAMPLE_PER_BATCH = 200


# --- column forms ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ColumnForm:
    """How one entity type looks as a whole column value.

    ``pattern`` is matched (RE2/Rust-regex syntax, search semantics: anchor it to match the
    whole value) on values whose UTF-8 length is within ``min_bytes``-``max_bytes``.
    ``strip`` removes separators before ``check`` validates the candidates.
    ``kind``: ``checksum`` (validated), ``pattern`` (shape is strong enough),
    ``hint`` (counted only under a matching column name), ``shape`` (names,
    addresses: needs most values or a hint).
    """

    entity_type: str
    pattern: str
    min_bytes: int
    max_bytes: int
    kind: str = "pattern"
    check: Callable[[pa.Array], np.ndarray] | None = None
    strip: str | None = None
    #: ``(shaped, valid)`` deciding exactly what regex + check decide, for values of
    #: ``exact_bytes`` lengths without separators: the full pass then needs no regex.
    exact: Callable[[pa.Array], tuple[np.ndarray, np.ndarray]] | None = None
    exact_bytes: tuple[int, int] = (0, 0)


_H = r"\p{Han}"
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
    "梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简"
    "车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
    "丛仲虞敖巩明佘池查麻苑迟邝"
)
_COMPOUND = "欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|独孤"
_IPV4_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
_PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"
_PLATE_LETTER = "[A-HJ-NP-Z]"
_PLATE_CHAR = "[A-HJ-NP-Z0-9]"


def _mobile_cn(values: pa.Array) -> np.ndarray:
    """Keep the last 11 digits (drop +86/0086) and check the number segment (1[3-9])."""
    matrix, lengths = vz.char_matrix(values, 11)
    return (lengths >= 11) & (matrix[:, 0] == ord("1")) & (matrix[:, 1] >= ord("3"))


def _mobile_exact(values: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """11 digits; a mobile when it reads 1[3-9]... (what the mobile regex accepts)."""
    shaped, _ = vz.luhn_check(values, 11, 11)
    matrix, _ = vz.char_matrix(values, 11)
    return shaped, shaped & (matrix[:, 0] == ord("1")) & (matrix[:, 1] >= ord("3"))


def _card_exact(values: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """13-19 digits starting 2-6 (the card regex without separators) with a Luhn check."""
    shaped, valid = vz.luhn_check(values, 13, 19)
    starts = vz.first_byte_in(values, b"23456")
    return shaped & starts, valid & starts


def _gps_in_range(values: pa.Array) -> np.ndarray:
    parts = pc.extract_regex(values, r"^(?P<a>-?[0-9]{1,3}\.[0-9]+)[ ]*[,，][ ]*(?P<b>-?[0-9]{1,3}\.[0-9]+)$")
    a = pc.cast(pc.struct_field(parts, "a"), pa.float64()).to_numpy(zero_copy_only=False)
    b = pc.cast(pc.struct_field(parts, "b"), pa.float64()).to_numpy(zero_copy_only=False)
    # Either order (lat,lng or lng,lat): one within ±90, the other within ±180.
    return ((np.abs(a) <= 90) & (np.abs(b) <= 180)) | ((np.abs(a) <= 180) & (np.abs(b) <= 90))


#: Priority order: the first form that validates a value claims it.
FORMS: tuple[ColumnForm, ...] = (
    ColumnForm("CN_RESIDENT_ID", r"^[1-9][0-9]{5}(?:18|19|20)[0-9]{2}[01][0-9][0-3][0-9]{4}[0-9Xx]$",
               18, 18, "checksum", vz.resident_id_valid,
               exact=vz.resident_id_check, exact_bytes=(18, 18)),
    ColumnForm("CN_USCC", r"^[0-9A-HJ-NP-RTUWXY]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXY]{10}$", 18, 18,
               "checksum", vz.uscc_valid),
    ColumnForm("IMEI", r"^(?:0[1-9]|[1-24-9][0-9]|3[0-35689])[0-9]{13}$", 15, 15, "checksum",
               lambda v: vz.luhn_valid(v, 15, 15)),
    ColumnForm("BANK_CARD", r"^[2-6][0-9]{3}(?:[ -]?[0-9]{4}){2}[ -]?[0-9]{1,7}$", 13, 23,
               "checksum", vz.luhn_valid, strip=r"[ -]", exact=_card_exact, exact_bytes=(13, 19)),
    ColumnForm("IBAN", r"^[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{1,4}){3,8}$", 15, 42, "checksum",
               vz.iban_valid, strip=r" "),
    ColumnForm("VIN", r"^[A-HJ-NPR-Z0-9]{17}$", 17, 17, "checksum", vz.vin_valid),
    ColumnForm("HK_ID", r"^[A-Z]{1,2}[0-9]{6}\(?[0-9A]\)?$", 8, 11, "checksum", vz.hk_id_valid),
    ColumnForm("TW_ID", r"^[A-Z][1289][0-9]{8}$", 10, 10, "checksum", vz.tw_id_valid),
    ColumnForm("PHONE", r"^(?:(?:\+|00)86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}$", 11, 19,
               "pattern", _mobile_cn, strip=r"[ -]", exact=_mobile_exact, exact_bytes=(11, 11)),
    ColumnForm("PHONE", r"^(?:\(0[1-9][0-9]{1,2}\)|0[1-9][0-9]{1,2}[ -]?)[2-9][0-9]{6,7}(?:-[0-9]{1,5})?$",
               10, 20),
    ColumnForm("PHONE", r"^\+[1-9](?:[0-9][ -]?){6,13}[0-9]$", 9, 24),
    ColumnForm("EMAIL", r"^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}$",
               6, 254),
    ColumnForm("MAC", r"^[0-9A-Fa-f]{2}(?:([:-])[0-9A-Fa-f]{2}){5}$", 17, 17),
    ColumnForm("IP", rf"^{_IPV4_OCTET}(?:\.{_IPV4_OCTET}){{3}}$", 7, 15),
    ColumnForm("IP", r"^[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}$", 3, 39),
    ColumnForm("URL", r"^(?:https?|ftp)://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:[/?#][^ ]*)?$", 10, 4096),
    ColumnForm("LICENSE_PLATE",
               rf"^[{_PLATE_PROVINCES}]{_PLATE_LETTER}[·• ]?(?:{_PLATE_CHAR}{{5}}|[DF]{_PLATE_CHAR}[0-9]{{4}}|[0-9]{{5}}[DF]|{_PLATE_CHAR}{{4}}[挂学警港澳])$",
               8, 14),
    ColumnForm("US_SSN", r"^(?:00[1-9]|0[1-9][0-9]|[1-578][0-9]{2}|6[0-57-9][0-9]|66[0-57-9])-(?:0[1-9]|[1-9][0-9])-(?:000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})$",
               11, 11),
    ColumnForm("GPS", r"^-?[0-9]{1,3}\.[0-9]{4,}[ ]*[,，][ ]*-?[0-9]{1,3}\.[0-9]{4,}$", 11, 60,
               "pattern", _gps_in_range),
    ColumnForm("PASSPORT", r"^(?:[EG][0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|[DPS]E?[0-9]{7})$", 8, 9, "hint"),
    ColumnForm("CN_TRAVEL_PERMIT", r"^(?:[CHM][0-9]{8}(?:[0-9]{2})?|C[A-Z][0-9]{7}|T?[0-9]{8})$", 8, 11,
               "hint"),
    ColumnForm("MO_ID", r"^[1578][0-9]{6}\(?[0-9]\)?$", 8, 10, "hint"),
    ColumnForm("CN_RESIDENT_ID", r"^[1-9][0-9]{14}$", 15, 15, "hint", vz.legacy_resident_id_valid),
    ColumnForm("QQ", r"^[1-9][0-9]{4,10}$", 5, 11, "hint"),
    ColumnForm("WECHAT", r"^[A-Za-z][-_A-Za-z0-9]{5,19}$", 6, 20, "hint"),
    ColumnForm("PERSON", rf"^(?:[{_SURNAMES}]|{_COMPOUND}){_H}{{1,2}}$", 6, 12, "shape"),
    ColumnForm("PERSON", rf"^{_H}{{1,4}}[·•]{_H}{{1,8}}$", 9, 60, "shape"),
    ColumnForm("LOCATION",
               r"(?:省|自治区|市|区|县|旗|镇|乡).{0,40}(?:路|街|巷|弄|村|号|栋|幢|楼|室|单元|小区|大厦|组)",
               12, 600, "shape"),
)

_FORMS_BY_TYPE: dict[str, list[ColumnForm]] = {}
for _form in FORMS:
    _FORMS_BY_TYPE.setdefault(_form.entity_type, []).append(_form)


# --- column-name hints ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Hint:
    """What a column name says: an entity type (or None) and a category code."""

    keyword: str
    category: str
    entity_type: str | None = None


# (Chinese substrings, English tokens or token pairs, entity type, category)
_HINT_TABLE: tuple[tuple[str, str, str | None, str], ...] = (
    ("身份证 证件号 公民身份 身份号", "idcard id_card idno id_no id_number identity sfz sfzh "
     "resident_id national_id cert_no", "CN_RESIDENT_ID", "IDENTITY_DOCUMENT"),
    ("护照", "passport", "PASSPORT", "IDENTITY_DOCUMENT"),
    ("通行证", "permit", "CN_TRAVEL_PERMIT", "IDENTITY_DOCUMENT"),
    ("手机 电话 联系方式 联系电话 座机", "mobile phone tel telephone cellphone cell msisdn",
     "PHONE", "BASIC_PROFILE"),
    ("邮箱 电子邮件 邮件", "email mail e_mail", "EMAIL", "BASIC_PROFILE"),
    ("银行卡 卡号 银行账号 账户号 信用卡", "bankcard bank_card card_no cardno card_number "
     "account_no pan credit_card", "BANK_CARD", "FINANCIAL_ACCOUNT"),
    ("信用代码 社会信用", "uscc credit_code social_credit", "CN_USCC", "BUSINESS_IDENTITY"),
    ("姓名 名字 联系人 收货人 收件人 患者 客户名 持卡人 法人", "name full_name fullname real_name "
     "realname first_name last_name customer_name patient_name receiver receiver_name consignee "
     "contact_name holder_name cardholder patient", "PERSON", "BASIC_PROFILE"),
    ("地址 住址 住所 户籍 籍贯 收货地", "address addr shipping_address home_address residence "
     "street", "LOCATION", "BASIC_PROFILE"),
    ("经纬度 坐标 定位", "gps coordinates latlng lat_lng latitude longitude geo", "GPS",
     "PRECISE_LOCATION"),
    ("行程 轨迹 位置记录", "trajectory whereabouts trip_log", None, "WHEREABOUTS"),
    ("车牌", "plate plate_no license_plate", "LICENSE_PLATE", "VEHICLE"),
    ("车架号 车辆识别", "vin", "VIN", "VEHICLE"),
    ("微信", "wechat wechat_id wxid weixin", "WECHAT", "NETWORK_IDENTITY"),
    ("QQ号 QQ", "qq qq_no", "QQ", "NETWORK_IDENTITY"),
    ("IP地址 登录IP 注册IP", "ip ip_addr ip_address client_ip remote_addr registration_ip "
     "login_ip", "IP", "NETWORK_IDENTITY"),
    ("设备号 设备标识", "imei device_id", "IMEI", "DEVICE"),
    ("MAC地址", "mac mac_address", "MAC", "DEVICE"),
    ("出生 生日", "birth birthday birth_date birthdate dob", None, "BASIC_PROFILE"),
    ("性别", "gender sex", None, "BASIC_PROFILE"),
    ("民族", "ethnicity ethnic", None, "BASIC_PROFILE"),
    ("婚姻", "marital marriage", None, "BASIC_PROFILE"),
    ("学历 职业 工作单位 职务", "education occupation employer job_title", None, "EDUCATION_WORK"),
    ("宗教 信仰", "religion religious faith", None, "RELIGIOUS_BELIEF"),
    ("诊断 病历 病史 症状 处方 用药 过敏 科室 疾病 检查结果 体检", "diagnosis diagnoses prescription "
     "symptom symptoms allergy allergies disease medical medication icd", None,
     "MEDICAL_HEALTH"),
    ("工资 薪资 薪水 收入 余额 存款 资产 房产 信贷 贷款 征信", "salary wage income balance deposit "
     "assets loan credit_score", None, "PROPERTY"),
    ("密码 口令 验证码", "password passwd pwd pin otp", None, "AUTHENTICATION"),
    ("指纹 人脸 声纹 虹膜 面部", "fingerprint face_image faceid iris voiceprint", None, "BIOMETRIC"),
    ("政治面貌 犯罪 残疾 性取向", "criminal disability political", None, "SPECIFIC_IDENTITY"),
)


def _tokens(name: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return [t for t in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if t]


@cache
def column_hints(name: str) -> tuple[Hint, ...]:
    """What a column's name says about its content.

    >>> [h.entity_type for h in column_hints("客户身份证号")]
    ['CN_RESIDENT_ID']
    >>> [h.category for h in column_hints("diagnosis")]
    ['MEDICAL_HEALTH']
    >>> column_hints("zip_code"), column_hints("product_name")
    ((), ())
    """
    tokens = _tokens(name)
    joined = "_".join(tokens)
    lower = name.lower()
    found = []
    for zh, en, entity, category in _HINT_TABLE:
        keyword = next((k for k in zh.split() if k.lower() in lower), None)
        if keyword is None:
            keyword = next((k for k in en.split()
                            if (k in tokens if "_" not in k else f"_{k}_" in f"_{joined}_")
                            or joined == k), None)
        if keyword is not None:
            found.append(Hint(keyword, category, entity))
    # "name" alone is ambiguous next to object words (product_name, file_name).
    if tokens and "name" in tokens and any(t in _NOT_PERSON for t in tokens):
        found = [h for h in found if h.entity_type != "PERSON"]
    return tuple(found)


_ORG_WORDS = frozenset(("merchant", "company", "shop", "store", "org", "organization",
                        "organisation", "enterprise", "brand", "vendor", "supplier", "corp"))
_ORG_ZH = ("公司", "商户", "企业", "店铺", "单位", "机构", "商家", "供应商")


def is_organisation_name(name: str) -> bool:
    """A column of organisation names (their place names and founders' names are not PI).

    >>> is_organisation_name("merchant_name"), is_organisation_name("公司名称")
    (True, True)
    >>> is_organisation_name("customer_name")
    False
    """
    tokens = _tokens(name)
    if "name" in tokens and _ORG_WORDS.intersection(tokens):
        return True
    return any(word in name for word in _ORG_ZH) and ("名" in name or "称" in name)


_NOT_PERSON = frozenset((
    "product", "file", "company", "merchant", "shop", "store", "brand", "item", "goods", "table",
    "column", "host", "user", "username", "nick", "nickname", "display", "app", "bank", "org",
    "organization", "department", "dept", "city", "province", "street", "sku", "category",
))


# --- masking ------------------------------------------------------------------------------------

def mask_value(value: str, entity_type: str = "") -> str:
    """Masked form of a value, safe to show in reports (the identifying middle hidden).

    >>> mask_value("11010519491231002X", "CN_RESIDENT_ID")
    '110105********002X'
    >>> mask_value("13812345678", "PHONE"), mask_value("zhang.san@example.com", "EMAIL")
    ('138****5678', 'z***@example.com')
    >>> mask_value("张三丰", "PERSON"), mask_value("192.168.10.21", "IP")
    ('张**', '192.168.*.*')
    """
    value = value.strip()
    n = len(value)
    if n == 0:
        return ""
    if entity_type == "EMAIL" and "@" in value:
        local, _, domain = value.rpartition("@")
        return f"{local[:1]}***@{domain}"
    if entity_type == "IP" and value.count(".") == 3:
        a, b, *_ = value.split(".")
        return f"{a}.{b}.*.*"
    if entity_type == "IP":
        return value.split(":")[0] + ":****"
    if entity_type == "PERSON":
        return value[:1] + "*" * (n - 1)
    if entity_type == "LOCATION":
        keep = min(6, n // 3)
        return value[:keep] + "*" * min(8, n - keep)
    if entity_type == "PHONE" and n >= 11:
        return value[:3] + "*" * (n - 7) + value[-4:]
    if n >= 15:
        return value[:6] + "*" * (n - 10) + value[-4:]
    head = n // 4
    tail = n // 4
    return value[:head] + "*" * (n - head - tail) + (value[n - tail:] if tail else "")


# --- partial counts (mergeable) -----------------------------------------------------------------

def _merge_evidence(a: list[str], b: list[str]) -> list[str]:
    out = list(a)
    for item in b:
        if len(out) >= EVIDENCE_PER_TYPE:
            break
        if item not in out:
            out.append(item)
    return out


@dataclass
class TypeCount:
    """Counts for one entity type in one column: candidates matched, values validated."""

    candidates: int = 0
    valid: int = 0
    evidence: list[str] = field(default_factory=list)

    def merge(self, other: TypeCount) -> TypeCount:
        return TypeCount(self.candidates + other.candidates, self.valid + other.valid,
                         _merge_evidence(self.evidence, other.evidence))

    def to_dict(self) -> dict[str, Any]:
        return {"candidates": self.candidates, "valid": self.valid, "evidence": list(self.evidence)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TypeCount:
        return cls(data["candidates"], data["valid"], list(data["evidence"]))


def _merge_types(a: dict[str, TypeCount], b: dict[str, TypeCount]) -> dict[str, TypeCount]:
    out = dict(a)
    for key, value in b.items():
        out[key] = out[key].merge(value) if key in out else value
    return out


@dataclass
class ColumnProfile:
    """Partial counts for one column over the batches seen so far."""

    name: str
    dtype: str
    rows: int = 0
    non_null: int = 0
    bytes: int = 0
    types: dict[str, TypeCount] = field(default_factory=dict)
    text_sampled: int = 0
    text_types: dict[str, TypeCount] = field(default_factory=dict)

    def merge(self, other: ColumnProfile) -> ColumnProfile:
        dtype = self.dtype if self.dtype == other.dtype else "mixed"
        return ColumnProfile(self.name, dtype, self.rows + other.rows,
                             self.non_null + other.non_null, self.bytes + other.bytes,
                             _merge_types(self.types, other.types),
                             self.text_sampled + other.text_sampled,
                             _merge_types(self.text_types, other.text_types))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "dtype": self.dtype, "rows": self.rows,
                "non_null": self.non_null, "bytes": self.bytes,
                "types": {k: v.to_dict() for k, v in self.types.items()},
                "text_sampled": self.text_sampled,
                "text_types": {k: v.to_dict() for k, v in self.text_types.items()}}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ColumnProfile:
        return cls(d["name"], d["dtype"], d["rows"], d["non_null"], d["bytes"],
                   {k: TypeCount.from_dict(v) for k, v in d["types"].items()},
                   d["text_sampled"],
                   {k: TypeCount.from_dict(v) for k, v in d["text_types"].items()})


@dataclass
class TableProfile:
    """Partial counts for a table; :meth:`merge` is associative, the empty profile its unit."""

    rows: int = 0
    columns: dict[str, ColumnProfile] = field(default_factory=dict)

    def merge(self, other: TableProfile) -> TableProfile:
        columns = dict(self.columns)
        for name, col in other.columns.items():
            columns[name] = columns[name].merge(col) if name in columns else col
        return TableProfile(self.rows + other.rows, columns)

    def to_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "columns": [c.to_dict() for c in self.columns.values()]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TableProfile:
        cols = [ColumnProfile.from_dict(c) for c in d["columns"]]
        return cls(d["rows"], {c.name: c for c in cols})


# --- profiling one batch ------------------------------------------------------------------------

#: Detects in many texts at once: one list of findings per text (``detect_many``'s shape).
TextDetector = Callable[[Sequence[str]], Sequence[Sequence[Any]]]


@cache
def default_text_detector() -> TextDetector | None:
    """The text engine's ``detect_many`` if it is installed, else None."""
    try:
        from piguard.detect.engine import detect_many
    except ImportError:
        return None
    return detect_many


def _string_values(column: pa.Array) -> pa.Array | None:
    """The column as UTF-8 strings, or None when its type cannot hold pattern PI."""
    dtype = column.type
    if pa.types.is_dictionary(dtype):
        column = column.dictionary_decode()
        dtype = column.type
    if pa.types.is_string(dtype) or pa.types.is_large_string(dtype):
        return column
    if pa.types.is_string_view(dtype) or pa.types.is_integer(dtype):
        return pc.cast(column, pa.large_string())
    return None


def _spread(n: int, k: int) -> np.ndarray:
    if n <= k:
        return np.arange(n)
    return np.linspace(0, n - 1, k).astype(np.int64)


def _to_bool(mask: pa.Array | pa.ChunkedArray) -> np.ndarray:
    return pc.fill_null(mask, False).to_numpy(zero_copy_only=False)


def profile_column(name: str, column: pa.Array, *, detector: TextDetector | None = None,
                   text_sample: int = TEXT_SAMPLE_PER_BATCH) -> ColumnProfile:
    """Partial counts for one column of one batch (see module docstring)."""
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    profile = ColumnProfile(name, str(column.type), rows=len(column),
                            non_null=len(column) - column.null_count)
    values = _string_values(column)
    if values is None or profile.non_null == 0:
        return profile
    if values.null_count:
        values = pc.fill_null(values, "")
    gate = values.take(_spread(len(values), GATE_ROWS))
    if _to_bool(pc.match_substring_regex(gate, r"^\s|\s$")).any():
        values = pc.utf8_trim_whitespace(values)
        gate = values.take(_spread(len(values), GATE_ROWS))
    lengths = vz.byte_lengths(values)
    profile.bytes = int(lengths.sum())
    profile.non_null = int(np.count_nonzero(lengths))  # blank strings hold nothing
    if profile.non_null == 0:
        return profile
    hinted = {h.entity_type for h in column_hints(name)}
    claimed = np.zeros(len(values), dtype=bool)
    gate_lengths = vz.byte_lengths(gate)
    for form in FORMS:
        if form.kind == "hint" and form.entity_type not in hinted:
            continue
        if form.entity_type not in hinted and not _passes_gate(form, gate, gate_lengths):
            continue
        _apply_form(form, values, lengths, claimed, profile)
    if detector is not None and _looks_like_text(gate, gate_lengths, claimed, profile):
        _sample_text(values, lengths, detector, text_sample, profile)
    return profile


#: In the gate sample, a checksum form whose candidates validate less often than this
#: (look-alikes: order numbers, serials) is not run on the full column; :func:`_judge`
#: would reject such a column anyway (it asks for 0.6 without a column-name hint).
GATE_MIN_PRECISION = 0.25
GATE_MIN_CANDIDATES = 20
GATE_FEW_CANDIDATES = 5


def _passes_gate(form: ColumnForm, gate: pa.Array, gate_lengths: np.ndarray) -> bool:
    """Does the form match in the spread sample (and validate there, for checksum kinds)?"""
    in_range = (gate_lengths >= form.min_bytes) & (gate_lengths <= form.max_bytes)
    if not in_range.any():
        return False
    sample = gate.filter(pa.array(in_range))
    lo, hi = form.exact_bytes
    sample_lengths = gate_lengths[in_range]
    if (form.exact is not None and sample_lengths.min() >= lo and sample_lengths.max() <= hi
            and not (form.strip and _has_separator(sample))):
        shaped, ok = form.exact(sample)  # decides exactly: judge on validated values
        hits, valid = int(shaped.sum()), int(ok.sum())
        if valid == 0:
            return False
    else:
        hit = _to_bool(pc.match_substring_regex(sample, form.pattern))
        hits = int(hit.sum())
        if hits == 0:
            return False
        if form.kind != "checksum" or form.check is None or hits < GATE_FEW_CANDIDATES:
            return True  # too few to judge a check on: let the full pass decide
        candidates = sample.filter(pa.array(hit))
        if form.strip:
            candidates = pc.replace_substring_regex(candidates, form.strip, "")
        valid = int(form.check(candidates).sum())
    if form.kind != "checksum" or hits < GATE_MIN_CANDIDATES:
        return valid > 0
    return valid >= GATE_MIN_PRECISION * hits


def _apply_form(form: ColumnForm, values: pa.Array, lengths: np.ndarray, claimed: np.ndarray,
                profile: ColumnProfile) -> None:
    in_range = (lengths >= form.min_bytes) & (lengths <= form.max_bytes) & ~claimed
    count = int(in_range.sum())
    if count == 0:
        return
    rows = None if count == len(values) else np.flatnonzero(in_range)
    subset = values if rows is None else values.take(rows)
    sub_lengths = lengths if rows is None else lengths[rows]
    lo, hi = form.exact_bytes
    if (form.exact is not None and sub_lengths.min() >= lo and sub_lengths.max() <= hi
            and not (form.strip and _has_separator(subset))):
        shaped, ok = form.exact(subset)  # one NumPy pass decides: no regex needed
        index = np.flatnonzero(shaped)
        valid_local = np.flatnonzero(ok)
    else:
        hit = _regex_hits(subset, form.pattern)
        index = np.flatnonzero(hit)
        if len(index) == 0:
            return
        candidates = subset if len(index) == len(subset) else subset.take(index)
        if form.check is not None:
            compact = candidates
            if form.strip and _has_separator(candidates):
                compact = pc.replace_substring_regex(candidates, form.strip, "")
            valid_local = index[form.check(compact)]
        else:
            valid_local = index
    if len(index) == 0:
        return
    if rows is not None:
        index, valid_index = rows[index], rows[valid_local]
    else:
        valid_index = valid_local
    claimed[valid_index] = True
    tally = profile.types.setdefault(form.entity_type, TypeCount())
    tally.candidates += len(index)
    tally.valid += len(valid_index)
    if len(tally.evidence) < EVIDENCE_PER_TYPE and len(valid_index):
        shown = values.take(valid_index[:20]).to_pylist()
        tally.evidence = _merge_evidence(tally.evidence,
                                         [mask_value(v, form.entity_type) for v in shown])


def _regex_hits(values: pa.Array, pattern: str) -> np.ndarray:
    """Regex search over a whole column with Polars' engine (about 1.7x Arrow's RE2 here).

    Column forms use the syntax both engines share, so the sample gate (Arrow) and the
    full pass (Polars) agree.
    """
    import polars as pl

    return pl.Series(values).str.contains(pattern).fill_null(False).to_numpy()


def _has_separator(values: pa.Array) -> bool:
    """Any space or dash in the values (a byte search over the raw buffer, no regex)."""
    offsets, data = vz.string_buffers(values)
    raw = data[offsets[0]:offsets[-1]].tobytes()
    return b" " in raw or b"-" in raw


def _looks_like_text(gate: pa.Array, gate_lengths: np.ndarray, claimed: np.ndarray,
                     profile: ColumnProfile) -> bool:
    """Free text: long-ish values that the column forms did not mostly explain."""
    valid = sum(t.valid for t in profile.types.values())
    if valid >= 0.8 * max(1, profile.non_null):
        return False
    filled = gate_lengths[gate_lengths > 0]
    return len(filled) > 0 and float(np.median(filled)) >= 18


def _sample_text(values: pa.Array, lengths: np.ndarray, detector: TextDetector, k: int,
                 profile: ColumnProfile) -> None:
    filled = np.flatnonzero(lengths > 0)
    texts = values.take(filled[_spread(len(filled), k)]).to_pylist()
    profile.text_sampled += len(texts)
    for text, findings in zip(texts, detector(texts), strict=True):
        for kind in {f.entity_type for f in findings}:
            tally = profile.text_types.setdefault(kind, TypeCount())
            tally.valid += 1
            tally.candidates += 1
        for finding in findings:
            tally = profile.text_types[finding.entity_type]
            if len(tally.evidence) < EVIDENCE_PER_TYPE:
                tally.evidence = _merge_evidence(
                    tally.evidence, [mask_value(text[finding.start:finding.end],
                                                finding.entity_type)])


def _serialised(detector: TextDetector) -> TextDetector:
    lock = threading.Lock()

    def call(texts: Sequence[str]) -> Sequence[Sequence[Any]]:
        with lock:
            return detector(texts)

    return call


def profile_batch(batch: pa.RecordBatch | pa.Table, *, detector: TextDetector | None = None,
                  text_sample: int = TEXT_SAMPLE_PER_BATCH, threads: int = 1) -> TableProfile:
    """Partial counts for every column of one batch (a pure function: Spark-safe).

    ``detector`` profiles free-text columns on ``text_sample`` values; pass
    :func:`default_text_detector()` to use the installed text engine.
    ``threads`` > 1 profiles columns in parallel (Arrow and NumPy release the GIL).
    """
    names = batch.schema.names
    columns = [batch.column(i) for i in range(batch.num_columns)]
    if detector is not None and threads > 1:
        detector = _serialised(detector)  # text engines may keep per-process scratch space

    def one(i: int) -> ColumnProfile:
        return profile_column(names[i], columns[i], detector=detector, text_sample=text_sample)

    if threads > 1 and len(columns) > 1:
        with ThreadPoolExecutor(max_workers=threads) as pool:
            profiles = list(pool.map(one, range(len(columns))))
    else:
        profiles = [one(i) for i in range(len(columns))]
    return TableProfile(batch.num_rows, {p.name: p for p in profiles})


def profile_table(batches: Iterable[pa.RecordBatch], **options: Any) -> TableProfile:
    """Merge the profiles of a stream of batches."""
    total = TableProfile()
    for batch in batches:
        total = total.merge(profile_batch(batch, **options))
    return total


# --- finalisation -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ColumnFinding:
    """One entity type (or a category from the name alone) in one column."""

    entity_type: str | None
    category: str
    sensitive: bool
    rows: int
    share: float
    confidence: float
    method: str
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"entity_type": self.entity_type, "category": self.category,
                "sensitive": self.sensitive, "rows": self.rows, "share": round(self.share, 4),
                "confidence": round(self.confidence, 3), "method": self.method,
                "evidence": list(self.evidence)}


@dataclass(frozen=True)
class ColumnResult:
    """The verdict on one column."""

    name: str
    dtype: str
    rows: int
    non_null: int
    findings: tuple[ColumnFinding, ...]
    hints: tuple[str, ...] = ()

    @property
    def pi(self) -> bool:
        return bool(self.findings)

    @property
    def sensitive(self) -> bool:
        return any(f.sensitive for f in self.findings)

    @property
    def primary(self) -> ColumnFinding | None:
        return self.findings[0] if self.findings else None

    def to_dict(self) -> dict[str, Any]:
        top = self.primary
        return {"name": self.name, "dtype": self.dtype, "rows": self.rows,
                "non_null": self.non_null, "pi": self.pi, "sensitive": self.sensitive,
                "entity_type": top.entity_type if top else None,
                "category": top.category if top else None,
                "confidence": round(top.confidence, 3) if top else 0.0,
                "hints": list(self.hints),
                "findings": [f.to_dict() for f in self.findings]}


def _category(entity_type: str) -> str:
    from piguard.taxonomy import category_of

    return category_of(entity_type)


def _sensitive(category: str) -> bool:
    from piguard.taxonomy import category as get_category

    return get_category(category).sensitive


def _form_kind(entity_type: str) -> str:
    kinds = {f.kind for f in _FORMS_BY_TYPE.get(entity_type, ())}
    for kind in ("checksum", "pattern", "hint", "shape"):
        if kind in kinds:
            return kind
    return "pattern"


def _judge(entity_type: str, tally: TypeCount, non_null: int, hinted: bool
           ) -> tuple[float, str] | None:
    """Confidence and method for a type seen in a column, or None when too weak."""
    if tally.valid == 0:
        return None
    share = tally.valid / max(1, non_null)
    precision = tally.valid / max(1, tally.candidates)
    kind = _form_kind(entity_type)
    bonus = 0.08 if hinted else 0.0
    if kind == "checksum":
        # Random digits pass a check 1 time in 10 (Luhn) to 31 (GB 32100): a column of
        # order numbers has many candidates and few valid ones — not this type.
        if precision < (0.3 if hinted else 0.6):
            return None
        return min(0.99, 0.75 + 0.2 * min(1.0, share / 0.5) + bonus), "pattern+checksum"
    if kind == "pattern":
        if share < 0.05 and not hinted:
            return None
        return min(0.97, 0.6 + 0.3 * min(1.0, share / 0.6) + bonus), "pattern"
    if kind == "hint":
        if not hinted or share < 0.3:
            return None
        return min(0.9, 0.55 + 0.3 * share), "pattern+column-name"
    # shape kinds (names, addresses)
    if share < (0.2 if hinted else 0.5):
        return None
    return min(0.95, 0.5 + 0.35 * share + bonus), "value-shape"


def classify_column(profile: ColumnProfile) -> ColumnResult:
    """Finalise one column's profile into findings (strongest first)."""
    hints = column_hints(profile.name)
    hinted_types = {h.entity_type for h in hints if h.entity_type}
    findings: list[ColumnFinding] = []
    covered: set[str] = set()
    for kind, tally in profile.types.items():
        verdict = _judge(kind, tally, profile.non_null, kind in hinted_types)
        if verdict is None:
            continue
        confidence, method = verdict
        category = _category(kind)
        findings.append(ColumnFinding(kind, category, _sensitive(category), tally.valid,
                                      tally.valid / max(1, profile.non_null), confidence,
                                      method, tuple(tally.evidence)))
        covered.add(kind)
    organisation = is_organisation_name(profile.name)
    for kind, tally in profile.text_types.items():
        if kind in covered or tally.valid == 0:
            continue
        if organisation and kind in ("PERSON", "LOCATION"):
            continue  # "南京鑫盛贸易有限公司" names a place, not a person's address
        share = tally.valid / max(1, profile.text_sampled)
        category = _category(kind)
        rows = round(share * profile.non_null)
        findings.append(ColumnFinding(kind, category, _sensitive(category), rows, share,
                                      min(0.9, 0.5 + 0.4 * min(1.0, share / 0.3)),
                                      "text-sample", tuple(tally.evidence)))
        covered.add(kind)
    covered_categories = {f.category for f in findings}
    for hint in hints:
        if hint.entity_type in covered or hint.category in covered_categories:
            continue
        if hint.entity_type is not None and hint.entity_type in profile.types \
                and _form_kind(hint.entity_type) == "checksum":
            continue  # the values were checked and failed: the name alone does not win
        # The name vouches for the whole column (diagnosis, salary): every filled value.
        findings.append(ColumnFinding(hint.entity_type, hint.category, _sensitive(hint.category),
                                      profile.non_null, 1.0 if profile.non_null else 0.0, 0.6,
                                      "column-name"))
        covered_categories.add(hint.category)
    findings.sort(key=lambda f: (f.confidence * (0.5 + f.share), f.sensitive), reverse=True)
    return ColumnResult(profile.name, profile.dtype, profile.rows, profile.non_null,
                        tuple(findings), tuple(h.keyword for h in hints))


def classify(profile: TableProfile) -> list[ColumnResult]:
    """Finalise a (merged) table profile: one :class:`ColumnResult` per column."""
    return [classify_column(col) for col in profile.columns.values()]
