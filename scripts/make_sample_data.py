"""Generate the bundled sample data set (sample_data/): fictitious people, never real ones.

Everything comes from a fixed seed, our own name-character lists and the GB/T 2260
region names shipped in the package (NBS 2023 edition via modood/Administrative-
divisions-of-China, WTFPL). Identifiers are built with the identifier modules'
``calc_check_digit`` so that they validate, like real ones would. Run it from the
repository root:

    python scripts/make_sample_data.py            # rewrites sample_data/

It writes a CRM export (customers, orders, support tickets, merchants) as CSV,
JSON Lines, Parquet and one SQLite database, hospital visits (health data:
sensitive PI), an application log, a GB18030-encoded legacy export, and a
``bad/`` folder of inputs a scan must skip (a corrupt Parquet file, binary data).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sqlite3
import string
from importlib import resources
from pathlib import Path

import pyarrow as pa

from piguard.identifiers import bank_card, cn_ric, cn_uscc, imei
from piguard.identifiers.checksums import gb32100
from piguard.io import write_sql_table, write_table, write_text_lines

SEED = 20240315
TODAY = dt.date(2024, 3, 31)

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
            "程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛")
GIVEN_MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳文博晨昊天宏志建国峰"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞秀玲桂英红梅琳莉雪婷倩颖慧佳欣怡琪璐瑶洁晶月萍燕薇雯蕾茜丹"
ROADS = ("人民路", "解放路", "中山路", "建设路", "和平街", "新华路", "朝阳路", "长江路", "黄河路",
         "文化路", "胜利街", "光明路", "青年路", "学府路", "科技园路", "滨江大道", "东风路", "兴业街")
COMMUNITIES = ("幸福小区", "阳光花园", "锦绣家园", "翠湖苑", "金色港湾", "书香门第", "御景湾", "东方明珠苑")
EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com",
                 "example.cn")
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                   "152", "155", "157", "158", "159", "166", "176", "177", "180", "181", "183",
                   "185", "186", "187", "188", "189", "191", "198", "199")
PLATE_PROVINCES = "京津沪渝冀豫辽鲁苏浙皖闽赣鄂湘粤桂川贵云陕甘"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
DEPARTMENTS = {
    "心内科": (("高血压2级", "阿司匹林肠溶片 100mg qd"), ("冠状动脉粥样硬化性心脏病", "阿托伐他汀钙片 20mg qn")),
    "内分泌科": (("2型糖尿病", "二甲双胍片 0.5g tid"), ("甲状腺功能亢进症", "甲巯咪唑片 10mg tid")),
    "呼吸内科": (("社区获得性肺炎", "头孢呋辛酯片 0.25g bid"), ("支气管哮喘", "布地奈德福莫特罗吸入剂")),
    "消化内科": (("慢性胃炎", "奥美拉唑肠溶胶囊 20mg qd"), ("胃食管反流病", "雷贝拉唑钠肠溶片")),
    "精神心理科": (("抑郁发作", "舍曲林片 50mg qd"), ("焦虑障碍", "帕罗西汀片 20mg qd")),
    "感染科": (("慢性乙型病毒性肝炎", "恩替卡韦片 0.5mg qd"), ("带状疱疹", "伐昔洛韦片 0.3g bid")),
    "骨科": (("腰椎间盘突出症", "塞来昔布胶囊 200mg qd"), ("桡骨远端骨折", "石膏外固定")),
    "妇产科": (("早孕", "叶酸片 0.4mg qd"), ("多囊卵巢综合征", "炔雌醇环丙孕酮片")),
}
TICKET_TEMPLATES = (
    "客户{name}来电反映订单{order_no}一直未发货，联系电话{phone}，请尽快处理。",
    "用户称实名认证失败，身份证号{rid}，姓名{name}，已转风控复核。",
    "退款申请：请将{amount}元退回尾号{card_tail}的银行卡，持卡人{name}，卡号{card}。",
    "快递单号{tracking}显示已签收，客户表示未收到，收货地址{address}。",
    "订单{order_no}支付流水号{serial}重复扣款，金额{amount}元，请财务核对。",
    "客户要求修改收货地址为{address}，收货人{name}，电话{phone}。",
    "会员{member}反馈积分未到账，注册邮箱{email}，已补发。",
    "客户咨询发票开具，公司抬头{company}，税号{uscc}。",
    "用户投诉客服态度差，要求回电，手机：{phone}。",
    "系统自动记录：订单{order_no}于{time}创建，渠道APP，无异常。",
)


class Faker:
    """Deterministic generators of fictitious personal data."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.counties = self._counties()

    @staticmethod
    def _counties() -> list[tuple[str, str, str, str]]:
        text = resources.files("piguard.identifiers").joinpath("data", "regions.tsv").read_text("utf-8")
        names = {}
        for line in text.splitlines():
            if line and not line.startswith("#"):
                code, _, name = line.partition("\t")
                names[code] = name
        out = []
        for code, name in names.items():
            if code[4:] != "00" and code[:2] not in ("71", "81", "82"):
                province = names.get(code[:2] + "0000", "")
                city = names.get(code[:4] + "00", "")
                if city in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") or not city:
                    city = "" if province.endswith("市") else city.replace("市辖区", "")
                out.append((code, province, city, name))
        return sorted(out)

    def choice(self, seq):
        return self.rng.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def person(self) -> dict:
        sex = self.choice("MF")
        surname = self.choice(COMPOUND_SURNAMES) if self.rng.random() < 0.02 else self.choice(SURNAMES)
        given = GIVEN_MALE if sex == "M" else GIVEN_FEMALE
        name = surname + "".join(self.choice(given) for _ in range(self.choice((1, 2, 2))))
        county = self.choice(self.counties)
        born = TODAY - dt.timedelta(days=self.rng.randint(18 * 365, 80 * 365))
        seq = self.rng.randint(0, 99) * 10 + self.choice((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
        body = f"{county[0]}{born:%Y%m%d}{seq:03d}"
        return {"name": name, "sex": sex, "gender": "男" if sex == "M" else "女",
                "resident_id": body + cn_ric.calc_check_digit(body), "birth_date": born,
                "county": county}

    def address(self, county=None) -> str:
        _code, province, city, name = county or self.choice(self.counties)
        number = self.rng.randint(1, 999)
        if self.rng.random() < 0.6:
            return (f"{province}{city}{name}{self.choice(ROADS)}{number}号"
                    f"{self.choice(COMMUNITIES)}{self.rng.randint(1, 30)}栋"
                    f"{self.rng.randint(1, 6)}单元{self.rng.randint(1, 32)}0{self.rng.randint(1, 4)}室")
        return f"{province}{city}{name}{self.choice(ROADS)}{number}号"

    def mobile(self) -> str:
        return self.choice(MOBILE_PREFIXES) + self.digits(8)

    def email(self) -> str:
        handle = "".join(self.choice(string.ascii_lowercase) for _ in range(self.rng.randint(4, 9)))
        return f"{handle}{self.rng.randint(1, 9999)}@{self.choice(EMAIL_DOMAINS)}"

    def bank_card(self) -> str:
        body = self.choice(("622202", "622848", "621700", "622588", "620522", "436742")) + \
            self.digits(12 if self.rng.random() < 0.7 else 9)
        return body + bank_card.calc_check_digit(body)

    def ip(self) -> str:
        first = self.choice((36, 39, 42, 58, 60, 61, 101, 106, 111, 112, 114, 116, 119, 120, 121,
                             122, 123, 124, 125, 139, 171, 175, 180, 182, 183, 202, 210, 211, 218,
                             220, 221, 222, 223))
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def wechat(self) -> str:
        if self.rng.random() < 0.5:
            return "wxid_" + "".join(self.choice(string.ascii_lowercase + string.digits) for _ in range(14))
        head = self.choice(string.ascii_letters)
        return head + "".join(self.choice(string.ascii_lowercase + string.digits + "_")
                              for _ in range(self.rng.randint(5, 12)))

    def plate(self) -> str:
        head = self.choice(PLATE_PROVINCES) + self.choice(PLATE_LETTERS)
        if self.rng.random() < 0.25:  # new-energy plate
            return head + self.choice("DF") + self.choice(PLATE_LETTERS + string.digits) + self.digits(4)
        tail = "".join(self.choice(PLATE_LETTERS + string.digits * 3) for _ in range(5))
        return head + tail

    def imei(self) -> str:
        body = self.choice(("86", "35")) + self.digits(12)
        return body + imei.calc_check_digit(body)

    def uscc(self, county) -> str:
        org = "".join(self.choice(string.digits + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        org += gb32100.org_code_calc_check_digit(org)
        body = "91" + county[0] + org
        return body + cn_uscc.calc_check_digit(body)

    def moment(self, days: int = 90) -> dt.datetime:
        start = dt.datetime.combine(TODAY, dt.time()) - dt.timedelta(days=days)
        return start + dt.timedelta(seconds=self.rng.randint(0, days * 86400))


def make_tables(f: Faker, n_customers: int = 2000) -> dict[str, pa.Table]:
    customers, people = [], []
    for i in range(n_customers):
        p = f.person()
        people.append(p)
        customers.append({
            "customer_id": f"C{100000 + i}", "姓名": p["name"], "性别": p["gender"],
            "身份证号": p["resident_id"], "手机号": f.mobile(), "email": f.email(),
            "birth_date": p["birth_date"].isoformat(), "住址": f.address(p["county"]),
            "bank_card": f.bank_card(), "registration_ip": f.ip(), "wechat": f.wechat(),
            "registered_at": f.moment(900).isoformat(sep=" "),
        })
    orders = []
    for _ in range(3000):
        c = f.choice(customers)
        at = f.moment()
        orders.append({
            "order_no": f"{at:%Y%m%d}{f.digits(10)}",  # 18 digits, but not an ID (year as province)
            "customer_id": c["customer_id"],
            "receiver": c["姓名"] if f.rng.random() < 0.8 else f.person()["name"],
            "receiver_phone": c["手机号"] if f.rng.random() < 0.8 else f.mobile(),
            "shipping_address": c["住址"] if f.rng.random() < 0.7 else f.address(),
            "amount": round(f.rng.uniform(9.9, 3999), 2),
            "tracking_no": "SF" + f.digits(13),
            "license_plate": f.plate() if f.rng.random() < 0.2 else None,
            "created_at": at.isoformat(sep=" "),
        })
    merchants = []
    for i in range(300):
        county = f.choice(f.counties)
        owner = f.person()
        city = county[2] or county[1]
        merchants.append({
            "merchant_id": f"M{5000 + i}",
            "merchant_name": f"{city.rstrip('市')}{f.choice('鑫盛华泰宏达恒通新源瑞丰')}"
                             f"{f.choice('贸易商贸科技电子服饰食品')}有限公司",
            "统一社会信用代码": f.uscc(county), "法定代表人": owner["name"],
            "contact_phone": f.mobile(), "registered_address": f.address(county),
        })
    tickets = []
    for i in range(800):
        c = f.choice(customers)
        o = f.choice(orders)
        m = f.choice(merchants)
        text = f.choice(TICKET_TEMPLATES).format(
            name=c["姓名"], order_no=o["order_no"], phone=c["手机号"], rid=c["身份证号"],
            amount=o["amount"], card=c["bank_card"], card_tail=c["bank_card"][-4:],
            tracking=o["tracking_no"], address=o["shipping_address"],
            serial="4200" + f.digits(24), email=c["email"], member=c["customer_id"],
            company=m["merchant_name"], uscc=m["统一社会信用代码"], time=o["created_at"])
        tickets.append({"ticket_id": f"T{20240000 + i}", "customer_id": c["customer_id"],
                        "channel": f.choice(("电话", "在线客服", "邮件", "APP")),
                        "created_at": f.moment().isoformat(sep=" "), "content": text})
    visits = []
    for i in range(1500):
        p = f.choice(people) if f.rng.random() < 0.5 else f.person()
        department = f.choice(list(DEPARTMENTS))
        diagnosis, prescription = f.choice(DEPARTMENTS[department])
        visits.append({
            "visit_id": f"V{300000 + i}", "patient_name": p["name"], "id_card": p["resident_id"],
            "gender": p["gender"], "visit_date": f.moment(365).date().isoformat(),
            "科室": department, "诊断": diagnosis, "处方": prescription,
            "attending_doctor": f.person()["name"], "fee": round(f.rng.uniform(20, 2600), 2),
        })
    return {"customers": pa.Table.from_pylist(customers), "orders": pa.Table.from_pylist(orders),
            "merchants": pa.Table.from_pylist(merchants),
            "support_tickets": pa.Table.from_pylist(tickets),
            "hospital_visits": pa.Table.from_pylist(visits)}


def make_log(f: Faker, customers: pa.Table, lines: int = 3000) -> list[str]:
    rows = customers.select(["customer_id", "手机号", "email", "registration_ip"]).to_pylist()
    out = []
    at = dt.datetime.combine(TODAY, dt.time(0, 0))
    for _ in range(lines):
        at += dt.timedelta(milliseconds=f.rng.randint(5, 60_000))
        c = f.choice(rows)
        stamp = f"{at:%Y-%m-%d %H:%M:%S}.{at.microsecond // 1000:03d}"
        kind = f.rng.random()
        if kind < 0.35:
            out.append(f"{stamp} INFO  [auth] login ok uid={c['customer_id']} ip={f.ip()} "
                       f"device_imei={f.imei()} latency_ms={f.rng.randint(3, 900)}")
        elif kind < 0.55:
            out.append(f"{stamp} INFO  [sms] verification code sent to {c['手机号']} "
                       f"trace_id={f.digits(16)}")
        elif kind < 0.7:
            out.append(f"{stamp} WARN  [mail] bounce for {c['email']} from relay {f.ip()}")
        elif kind < 0.85:
            out.append(f"{stamp} INFO  [order] created order={at:%Y%m%d}{f.digits(10)} "
                       f"amount={f.rng.uniform(1, 999):.2f} uid={c['customer_id']}")
        else:
            out.append(f"{stamp} ERROR [gateway] upstream timeout host=10.{f.rng.randint(0, 255)}."
                       f"{f.rng.randint(0, 255)}.{f.rng.randint(1, 254)} retry={f.rng.randint(1, 3)}")
    return out


def _write_jsonl(table: pa.Table, path: Path) -> None:
    rows = table.to_pylist()
    write_text_lines((json.dumps(r, ensure_ascii=False, default=str) for r in rows), path)


def write_all(out: Path, seed: int = SEED) -> None:
    f = Faker(seed)
    tables = make_tables(f)
    if out.exists():
        shutil.rmtree(out)
    for name in ("customers", "orders", "merchants", "support_tickets", "hospital_visits"):
        write_table(tables[name], out / "csv" / f"{name}.csv")
    _write_jsonl(tables["support_tickets"], out / "jsonl" / "support_tickets.jsonl")
    _write_jsonl(tables["orders"], out / "jsonl" / "orders.jsonl")
    write_table(tables["hospital_visits"], out / "parquet" / "hospital_visits.parquet")
    write_table(tables["customers"], out / "parquet" / "customers.parquet")
    db = out / "sqlite" / "crm.sqlite"
    for name in ("customers", "orders", "merchants", "support_tickets"):
        write_sql_table(f"sqlite:///{db}", name, tables[name])
    with sqlite3.connect(db) as conn:  # a compact, deterministic file
        conn.execute("vacuum")
    legacy = tables["customers"].slice(0, 300).select(["customer_id", "姓名", "性别", "身份证号",
                                                       "手机号", "住址"])
    write_table(legacy, out / "legacy" / "customers_gbk.csv", encoding="gb18030")
    write_text_lines(make_log(f, tables["customers"]), out / "logs" / "app-2024-03-31.log")
    bad = out / "bad"
    bad.mkdir(parents=True)
    good = (out / "parquet" / "hospital_visits.parquet").read_bytes()
    (bad / "truncated.parquet").write_bytes(good[: len(good) // 2])  # corrupt: footer cut off
    noise = random.Random(seed)
    (bad / "export.csv").write_bytes(bytes(noise.randrange(256) for _ in range(4096)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("sample_data"))
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    write_all(args.out, args.seed)
    total = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"wrote {args.out} ({total / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
