"""Generate labelled training sentences for the name/address tagger (project-owned data).

Sentences in many registers — news, chat and social posts, forms, logs, support
tickets, résumés, medical notes, English text — with generated people (Chinese
names incl. compound surnames, transliterated foreign names such as 约翰·史密斯,
English names) and places (real administrative divisions from the WTFPL region
tables, made-up ones, countries, rivers, full street addresses). Hard negatives are
mixed in: organisations that contain place names, words that start with a surname
character, products, dates, order numbers.

Conventions (kept consistent with what the tagger is measured on):
- a full address (with a road, number, building or room) is ONE ``LOC`` span;
- a bare chain of divisions in running text (江苏如皋市城西乡) is one span per division;
- titles and honorifics (先生, 经理, Mr.) are not part of a name;
- an organisation's name is not a place, even when it starts with one (北京大学).

Usage: ``python scripts/ner_synth.py --n 20 --seed 1`` prints examples.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ner_lexicon as lx

Span = tuple[int, int, str]
Example = tuple[str, list[Span]]

_ROAD_STEMS = ["人民", "解放", "中山", "建设", "和平", "新华", "胜利", "文化", "光明", "幸福", "朝阳", "长江", "黄河", "北京", "南京", "上海", "青年", "团结", "友谊", "工业", "科技", "学府", "滨江", "滨河", "沿江", "环城", "体育", "花园", "东风", "红旗", "振兴", "跃进", "育才", "迎宾", "金桥", "银河", "星光", "延安", "井冈山", "韶山", "黄浦", "淮海", "衡山", "长安", "建国", "复兴", "民生", "民主", "公园", "车站", "机场", "高新", "软件", "创业", "世纪"]
_ROAD_KINDS = ("路", "路", "路", "街", "大街", "大道", "巷", "胡同", "弄", "东路", "西路", "南路", "北路", "中路")
_ESTATES = ("小区", "花园", "家园", "苑", "公寓", "新村", "华府", "名苑", "嘉园", "雅居", "城", "广场", "大厦", "中心")
_MONTHS = [f"{m}月{d}日" for m in range(1, 13) for d in (1, 3, 5, 8, 12, 15, 18, 20, 22, 25, 28, 30)]
_HARD_WORDS = ["张开", "王国", "高兴", "黄金", "周末", "方法", "王者", "李子", "金融", "林业", "马上", "朱红", "白色", "常常", "成功", "程序", "于是", "向前", "应该", "文化", "安全", "孔雀", "江湖", "石头", "田野", "钟表", "毛巾", "夏天", "方向", "华丽", "叶子", "黎明", "杨树", "柳树", "宋体", "许多", "何必", "高级", "胡说", "郭外", "林子", "罗列", "梁山", "宋词", "唐诗", "韩流", "冯唐", "曹操", "彭湃", "曾经", "田地", "董事", "袁大头", "潘多拉", "蒋介", "蔡司", "余额", "杜绝", "叶片", "程度", "苏醒", "魏晋", "丁香", "任务", "沈阳", "姚明", "卢布", "姜汤", "崔健", "钟点", "谭木匠", "陆续", "汪汪", "范围", "金额", "石油", "贾宝玉", "夏令营", "付款", "方案", "白天", "邹城", "孟子", "熊猫", "秦朝", "江山", "尹某", "薛定谔", "段落", "雷电", "侯鸟", "龙头", "史料", "陶瓷", "黎族", "贺卡", "顾客", "毛衣", "郝某", "万一", "钱包", "严格", "武术", "戴帽", "莫非", "孔子", "向日葵", "汤圆", "常规", "温度", "康复", "施工", "文件", "牛奶", "安装", "齐全", "易于", "乔木", "包裹", "宁可", "尚未", "符合", "舒服", "柯南", "纪念", "梅花", "凌晨", "毕业", "单位", "季度", "成本", "苗条", "谷歌", "盛大", "曲线", "路由器", "游戏", "连接", "古代", "吉祥", "车辆", "项目", "简单", "麦片", "景点", "党员", "费用", "冷静", "席位", "卫生", "米饭", "宗教", "全部", "应用", "师傅", "和谐", "商品", "华为", "小米", "苹果", "联想", "京东", "淘宝", "支付宝", "微信", "抖音", "美团", "滴滴", "百度", "腾讯", "阿里巴巴", "海尔", "格力", "比亚迪", "茅台"]
_TRADES = ["制药", "药业", "生物", "科技", "电子", "环境科技", "净化技术", "香精香料", "食品", "服饰", "纺织", "化工", "新材料", "电气", "机械", "软件", "信息技术", "医疗器械", "能源", "地产", "物流", "传媒", "投资", "建设", "光电", "智能"]
_COMPANY_FORMS = ["有限公司", "股份有限公司", "集团股份有限公司", "集团", "有限责任公司", "公司"]
_PRODUCTS = ["iPhone15", "华为Mate60", "小米14", "MacBook", "特斯拉Model3", "比亚迪汉", "戴森吹风机", "耐克运动鞋", "联想笔记本", "格力空调"]


_LEVELS = {"p": "province", "c": "city", "a": "area", "s": "street"}


_NOT_BEFORE_NUMERALS = frozenset("周初高")


class Gen:
    """Random people, places and fillers (one seeded ``random.Random``)."""

    def __init__(self, seed: int, extra_given: str = "") -> None:
        self.r = random.Random(seed)
        # Rarer given-name characters, so a name is not recognised by its characters alone.
        self.extra_given = list(extra_given) or list(lx.GIVEN_CHARS)
        surnames = list(lx.SURNAMES)
        self.surnames = surnames
        self.surname_w = [1.0 / (i + 8) ** 0.9 for i in range(len(surnames))]
        self.given = list(lx.GIVEN_CHARS)
        self.word_given: list[str] = []
        self.idioms: tuple[str, ...] = ()  # 麻木不仁: never a name, whatever it starts with
        self.en_first, self.en_last = list(lx.EN_FIRST), list(lx.EN_LAST)
        reg = lx.regions()
        self.prov = reg["province"]
        self.city = reg["city"]
        self.area = reg["area"]
        self.street = reg["street"]
        self.city_by_prov: dict[str, list] = {}
        for row in self.city:
            self.city_by_prov.setdefault(row[1], []).append(row)
        self.area_by_city: dict[str, list] = {}
        for row in self.area:
            self.area_by_city.setdefault(row[1], []).append(row)
        self.street_by_area: dict[str, list] = {}
        for row in self.street:
            self.street_by_area.setdefault(row[1], []).append(row)

    # -- people -------------------------------------------------------------
    def surname(self) -> str:
        if self.r.random() < 0.04:
            return self.r.choice(lx.COMPOUND_SURNAMES)
        return self.r.choices(self.surnames, self.surname_w)[0]

    def given_char(self) -> str:
        # One in ten from the characters that are ordinary in text too (李想, 王兵); drawn as
        # often as the others, they taught the tagger to run names on (朱熹任, 王韶的).
        r = self.r.random()
        if r < 0.1:
            return self.r.choice(lx.GIVEN_CHARS_MORE)
        return self.r.choice(self.extra_given if r < 0.35 else self.given)

    def zh_name(self) -> str:
        r = self.r.random()
        if r < 0.015:  # 张三, 李四, 王五: the stand-in names of forms, examples and test data
            surname = self.surname()
            while surname in _NOT_BEFORE_NUMERALS:  # 周三, 初三 are days and school years
                surname = self.surname()
            return surname + self.r.choice("二三四五六七八九")
        if r < 0.28:
            given = self.r.choice(lx.SINGLE_GIVEN_EXTRA + lx.GIVEN_CHARS)
        elif r < 0.36 and self.word_given:  # 建军, 明月, 为民: given names that are words
            given = self.r.choice(self.word_given)
        elif r < 0.985:
            given = self.given_char() + self.given_char()
        else:
            given = "".join(self.given_char() for _ in range(3))
        return self.surname() + given

    def foreign_name(self) -> str:
        r = self.r.random()
        if r < 0.35:
            return self.r.choice(lx.TRANSLIT_GIVEN) + "·" + self.r.choice(lx.TRANSLIT_FAMILY)
        if r < 0.55:
            return self.r.choice(lx.TRANSLIT_FAMILY)
        if r < 0.65:
            first = "".join(self.r.choice(lx.TRANSLIT) for _ in range(self.r.randint(2, 3)))
            return first + "·" + "".join(self.r.choice(lx.TRANSLIT) for _ in range(self.r.randint(2, 4)))
        return "".join(self.r.choice(lx.TRANSLIT) for _ in range(self.r.randint(2, 5)))

    def made_up_word(self) -> str:
        """A capitalised made-up name (Gottlieb, Mohiuddin): unknown names happen."""
        onsets = ["b", "br", "c", "ch", "d", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "r",
                  "s", "sh", "st", "t", "th", "v", "w", "z", ""]  # fmt: skip
        vowels = ["a", "e", "i", "o", "u", "ai", "ee", "ou", "ia", "y"]
        codas = ["", "", "n", "r", "l", "s", "th", "ck", "tt", "nd", "rd", "b", "m", "x", "z"]
        word = "".join(self.r.choice(onsets) + self.r.choice(vowels) for _ in range(self.r.randint(1, 3)))
        return (word + self.r.choice(codas)).capitalize()

    def en_name(self) -> str:
        r = self.r.random()
        first, last = self.r.choice(self.en_first), self.r.choice(self.en_last)
        if self.r.random() < 0.15:
            first = self.made_up_word()
        if self.r.random() < 0.25:
            last = self.made_up_word()
        if r < 0.6:
            return f"{first} {last}"
        if r < 0.8:
            return first
        if r < 0.9:
            return f"{first} {self.r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
        return last

    def person(self) -> str:
        r = self.r.random()
        if r < 0.72:
            return self.zh_name()
        if r < 0.95:
            return self.foreign_name()
        return self.en_name()

    # -- places -------------------------------------------------------------
    def region(self, level: str, short: float = 0.4) -> str:
        name = self.r.choice({"p": self.prov, "c": self.city, "a": self.area, "s": self.street}[level])[0]
        return lx.region_short(name, _LEVELS[level]) if self.r.random() < short else name

    def fake_region(self) -> str:
        stem = "".join(self.r.choice(self.given + list(lx.TRANSLIT)) for _ in range(self.r.randint(1, 2)))
        if len(stem) == 1:
            stem = self.r.choice(self.given) + stem
        return stem + self.r.choice("市县区镇乡村")

    def place(self) -> str:
        r = self.r.random()
        if r < 0.35:
            return self.region(self.r.choice("pcca"), short=0.6)
        if r < 0.55:
            return self.r.choice(lx.COUNTRIES)
        if r < 0.70:
            return self.r.choice(lx.WORLD_PLACES)
        if r < 0.82:
            return self.r.choice(lx.CN_GEO)
        if r < 0.92:
            return self.region("s", short=0.3)
        return self.fake_region()

    def abbrev(self) -> str:
        """One-character place abbreviation, 中 most often as in news."""
        r = self.r.random()
        if r < 0.35:
            return "中"
        if r < 0.6:
            return self.r.choice("美日俄英法德韩朝印越")
        return self.r.choice(lx.PLACE_ABBREV)

    def chain(self) -> list[str]:
        """Province -> city -> county (-> town), each a separate place in running text."""
        prov = self.r.choice(self.prov)
        cities = self.city_by_prov.get(prov[2]) or self.city_by_prov.get(prov[0]) or []
        parts = [lx.short_name(prov[0]) if self.r.random() < 0.5 else prov[0]]
        if cities:
            city = self.r.choice(cities)
            parts.append(city[0] if self.r.random() < 0.7 else lx.short_name(city[0]))
            areas = self.area_by_city.get(city[2], [])
            if areas and self.r.random() < 0.6:
                area = self.r.choice(areas)
                parts.append(area[0])
                streets = self.street_by_area.get(area[2], [])
                if streets and self.r.random() < 0.3:
                    parts.append(self.r.choice(streets)[0])
        if self.r.random() < 0.3:
            parts = parts[1:] or parts
        return parts

    def road(self) -> str:
        r = self.r.random()
        if r < 0.4:
            stem = self.r.choice(_ROAD_STEMS)
        elif r < 0.7:  # roads named after cities (深圳路, 沈阳街) are common
            stem = lx.short_name(self.region(self.r.choice("pc"), short=1.0))[:3]
        elif r < 0.85:
            stem = self.surname()
        else:
            stem = self.r.choice(self.given) + self.r.choice(self.given)
        kind = self.r.choice(_ROAD_KINDS)
        if kind in ("路", "街") and stem in self.surnames and self.r.random() < 0.5:
            return stem + kind
        return stem + kind

    def num(self, lo: int = 1, hi: int = 999) -> str:
        n = str(self.r.randint(lo, hi))
        if self.r.random() < 0.08:
            n = n.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        return n

    def address(self) -> str:
        r = self.r.random
        parts: list[str] = []
        use_fake = r() < 0.3
        prov = self.r.choice(self.prov)
        if r() < 0.75:
            parts.append(prov[0] if r() < 0.8 else lx.short_name(prov[0]))
        cities = self.city_by_prov.get(prov[2], [])
        city = self.r.choice(cities) if cities else None
        if use_fake and r() < 0.4:
            # Divisions that do not belong together (广东省昆明县怀柔区): mistyped, made-up
            # and test addresses are still one address.
            parts.append(lx.short_name(self.r.choice(self.city)[0]) + self.r.choice("市县"))
            if r() < 0.8:
                parts.append(self.r.choice(self.area)[0])
        elif use_fake or city is None:
            parts.append(self.fake_region())
            if r() < 0.7:
                parts.append(self.fake_region()[:-1] + self.r.choice("区县"))
        else:
            parts.append(city[0])
            areas = self.area_by_city.get(city[2], [])
            if areas and r() < 0.85:
                area = self.r.choice(areas)
                parts.append(area[0])
                streets = self.street_by_area.get(area[2], [])
                if streets and r() < 0.35:
                    parts.append(self.r.choice(streets)[0])
        if r() < 0.25:
            parts = parts[1:] if len(parts) > 1 else parts
        parts.append(self.road())
        tail = r()
        if tail < 0.15:
            parts.append(f"{self.r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')}座")
        elif tail < 0.8:
            parts.append(self.num() + self.r.choice(["号", "号", "号", "弄", "号院"]))
        if r() < 0.3:
            parts.append(self.r.choice(_ROAD_STEMS + self.given) + self.r.choice(_ESTATES))
        if r() < 0.55 and tail >= 0.15:
            b = r()
            if b < 0.5:
                parts.append(self.num(1, 40) + self.r.choice(["栋", "号楼", "幢", "座"]))
            elif b < 0.7:
                parts.append(self.r.choice("ABCDEFG") + "座")
            else:
                parts.append(self.num(1, 30) + "号楼")
            if r() < 0.6:
                parts.append(self.num(1, 8) + "单元")
            if r() < 0.8:
                parts.append(self.num(101, 3200) + self.r.choice(["室", "室", "房", ""]))
        sep = "" if r() < 0.9 else " "
        return sep.join(parts)

    def code(self) -> str:
        """Product, batch and ticket codes in capitals (SKU-JQXRTV, AB12CD34): not names."""
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        body = "".join(self.r.choice(letters + ("0123456789" if self.r.random() < 0.5 else ""))
                       for _ in range(self.r.randint(4, 10)))  # fmt: skip
        prefix = self.r.choice(["SKU-", "ORD-", "PN-", "REF-", "BATCH-", "", "", ""])
        return prefix + body

    def brand_stem(self) -> str:
        """Two to four name-like characters (欣旺达, 康恩贝, 雅戈尔)."""
        pool = self.r.choice((self.given, self.extra_given, lx.TRANSLIT))
        return "".join(self.r.choice(pool) for _ in range(self.r.randint(2, 4)))

    def brand(self) -> str:
        """A company short name (欣旺达, 康恩贝): looks like a name, is not a person."""
        stem = "".join(self.given_char() for _ in range(self.r.randint(2, 4)))
        return stem + self.r.choice(["", "", "", "股份", "科技", "集团", "电子", "药业", "控股"])

    def org(self) -> str:
        r = self.r.random()
        suffix = self.r.choice(lx.ORG_SUFFIXES)
        if r < 0.25:  # 浙江康恩贝制药股份有限公司: a name-like brand inside a company name
            where = self.region(self.r.choice("pc"), short=0.8) if self.r.random() < 0.7 else ""
            trade = self.r.choice(_TRADES) if self.r.random() < 0.8 else ""
            return where + self.brand_stem() + trade + self.r.choice(_COMPANY_FORMS)
        r = (r - 0.25) / 0.75
        if r < 0.5:
            return self.region(self.r.choice("pca"), short=0.6) + suffix
        if r < 0.7:
            return self.r.choice(lx.COUNTRIES) + self.r.choice(["大使馆", "队", "国家队", "外交部", "航空公司", "通讯社"])
        stem = self.r.choice(_ROAD_STEMS) + self.r.choice(["科技", "实业", "贸易", "物流", "传媒", "网络", ""])
        return stem + suffix

    def word(self) -> str:
        return self.r.choice(_HARD_WORDS)

    def date(self) -> str:
        r = self.r.random()
        if r < 0.5:
            return f"{self.r.randint(1990, 2025)}年{self.r.choice(_MONTHS)}"
        if r < 0.8:
            return self.r.choice(_MONTHS)
        return f"{self.r.randint(2015, 2025)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"


#: ``{SLOT}`` markers, and ``{@字}`` / ``{#字}`` literal text tagged LOC / PER.
_MARK = re.compile(r"(\{[A-Za-z0-9_]+\}|\{[@#][^{}]+\})")


def render_slots(template: str, slots: dict) -> Example:
    """Fill ``template`` from ``slots`` (key -> (make value, label or None)).

    A value may be a list of pieces (a chain of places, one span each), and a piece a
    ``(text, label)`` pair with its own label.
    """
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    for piece in _MARK.split(template):
        if not piece:
            continue
        if piece[0] == "{" and piece[-1] == "}":
            key = piece[1:-1]
            if key[0] in "@#":
                value, label = key[1:], ("LOC" if key[0] == "@" else "PER")
            else:
                fn, label = slots[key]
                value = fn()
            parts = value if isinstance(value, list) else [value]
            for part in parts:
                part_label = label
                if isinstance(part, tuple):
                    part, part_label = part
                if part_label:
                    spans.append((pos, pos + len(part), part_label))
                out.append(part)
                pos += len(part)
        else:
            out.append(piece)
            pos += len(piece)
    return "".join(out), spans


def join(a: Example, b: Example, sep: str = "") -> Example:
    """``a`` + ``sep`` + ``b``, with ``b``'s spans moved along."""
    text, spans = a
    shift = len(text) + len(sep)
    return text + sep + b[0], spans + [(s + shift, e + shift, t) for s, e, t in b[1]]


def render(template: str, g: Gen) -> Example:
    """Fill ``{slot}`` markers; returns text and ``(start, end, PER|LOC)`` spans."""
    return render_slots(template, _slots(g))


def _slots(g: Gen) -> dict:
    """The slots of the templates in this file, drawing on ``g``."""
    return {
        "P": (g.person, "PER"),
        "Z": (g.zh_name, "PER"),
        "F": (g.foreign_name, "PER"),
        "E": (g.en_name, "PER"),
        "SUR": (g.surname, "PER"),  # a bare surname before 先生/女士/总 names a person
        "L": (g.place, "LOC"),
        "R": (lambda: g.region(g.r.choice("pcca"), short=0.5), "LOC"),
        "C": (g.chain, "LOC"),
        "A": (g.address, "LOC"),
        "CO": (lambda: g.r.choice(lx.COUNTRIES), "LOC"),
        "CON": (lambda: g.r.choice(lx.COUNTRIES), None),  # inside a team or organisation name
        "AB": (g.abbrev, "LOC"),
        "EL": (lambda: g.r.choice(lx.EN_PLACE_NAMES), "LOC"),
        "O": (g.org, None),
        "W": (g.word, None),
        "D": (g.date, None),
        "PR": (lambda: g.r.choice(_PRODUCTS), None),
        "BR": (g.brand, None),
        "T": (lambda: g.r.choice(lx.TITLES_ZH), None),
        "N": (lambda: g.num(1, 99), None),
        "NUM": (lambda: str(g.r.randint(10**9, 10**12)), None),
        "CODE": (g.code, None),
        "PH": (lambda: "1" + g.r.choice("3578") + "".join(g.r.choice("0123456789") for _ in range(9)), None),
        "G": (lambda: g.r.choice(["男", "女"]), None),
        "AGE": (lambda: str(g.r.randint(18, 90)), None),
        "Y": (lambda: str(g.r.randint(1940, 2005)), None),
        "MON": (lambda: str(g.r.randint(1, 12)), None),
    }


# Templates per register. {Z} Chinese name, {F} foreign name, {E} English name,
# {P} any person, {L} place, {R} region, {C} chain of divisions, {A} address,
# {AB} one-character abbreviation, {O} organisation (not a place), {W} hard word.
TEMPLATES_ZH: dict[str, list[str]] = {
    "news": [
        "新华社{R}{D}电（记者{Z}、{Z}）{R}今年以来加快推进重点项目建设。",
        "新华社{L}{D}电 {CO}总统{F}{D}在{L}会见了{CO}外长{F}。",
        "本报{R}{D}电 记者{Z}报道：{C}的农民今年人均收入增长了一成。",
        "{Z}说，这次会议对{R}的发展具有重要意义。",
        "国务院总理{Z}{D}在{R}考察工作。",
        "{R}领导{Z}、省长{Z}出席了会议。",
        "在{Z}的陪同下，代表团参观了{L}。",
        "{Z}同志长期在{R}工作，先后担任{O}负责人。",
        "{CO}总理{F}表示，{CO}愿同{CO}加强合作。",
        "{AB}{AB}两国领导人在{L}举行会谈。",
        "{AB}{AB}关系近来有所改善，{F}将于下月访华。",
        "据{O}介绍，{C}今年共接待游客一百万人次。",
        "{Z}、{Z}、{Z}等出席了在{L}举行的开幕式。",
        "来自{L}的{Z}获得了冠军，{Z}获得亚军。",
        "{O}副主任{Z}在接受记者采访时指出，{L}的经济正在复苏。",
        "记者从{O}获悉，{R}将新建三座水厂。",
        "{F}在{L}出生，后移居{L}。",
        "{C}人{Z}，今年{AGE}岁，是当地有名的种粮大户。",
        "{Z}的父亲{Z}是一名退伍军人。",
        "他在{L}、{L}和{L}都办过画展。",
        "{D}，{Z}率团抵达{L}，开始对{CO}的正式访问。",
        "沿着{L}向东，便是{L}。",
        "{R}人民政府副{T}{Z}主持会议。",
        "{CON}队主教练{F}赛后表示满意。",
        "{Z}老人今年{AGE}岁，家住{C}。",
        "{AB}方表示，愿与{AB}方共同努力。",
        "{AB}{AB}关系的改善符合两国人民的根本利益。",
        "{AB}{AB}两国在经贸领域的合作不断扩大。",
        "{AB}{AB}边境地区保持和平稳定。",
        "{AB}{AB}双方就{W}问题交换了意见。",
        "{F}总统即将来华进行国事访问。",
        "{CO}驻华大使{F}表示，{AB}{AB}合作前景广阔。",
        "一些{AB}资企业在{R}投资设厂。",
        "反{AB}势力的图谋不会得逞。",
        "{CO}政府对此表示遗憾。",
        "{CO}经济今年增长百分之三。",
        "{R}经济保持平稳较快增长，{R}农业获得丰收。",
        "{CO}的{W}问题引起了{CO}的关注。",
        "{L}地区{D}发生地震，{L}和{L}有震感。",
        "{R}晴，{R}多云转阴，{R}小雨。",
        "在{L}，人们纷纷走上街头。",
        "{CO}、{CO}、{CO}和{CO}的代表出席了会议。",
        "{Z}是{R}人，{Y}年参加工作。",
        "{R}籍运动员{Z}夺得金牌。",
        "{Z}教授在{O}作了报告。",
        "{Z}在{L}度过了自己的童年。",
        "正宗{R}{W}深受欢迎。",
        "{F}此次访{AB}是两国关系中的一件大事。",
        "{CO}驻{AB}大使{F}出席了招待会。",
        "旅{AB}华侨{Z}为家乡捐款五十万元。",
        "{AB}{AB}{AB}三国外长在{L}举行会晤。",
        "{CO}政府{D}宣布，将向{CO}提供援助。",
        "{CO}女王{F}和首相{F}出席了仪式。",
        "{Z}主席在{L}会见了{CO}总统{F}。",
        "{Z}、{Z}等领导同志参加了会见。",
        "{R}代表团团长{Z}在发言中说，{L}的变化令人鼓舞。",
        "{L}是{Z}的故乡，也是{F}曾经访问过的地方。",
        "来自{L}、{L}、{L}的{N}名选手参加了比赛。",
        "{CO}和{CO}的边界冲突仍在继续，{L}局势紧张。",
        "记者{Z}摄",
        "（{Z}）",
        "{Z}：{W}的意义",
        "作家{Z}的新作描写了{L}农村的变化。",
        "{W}是{Z}最常说的一个词。",
        "{O}在{L}召开了第三次会议，{Z}当选为主席。",
    ],
    "chat": [
        "今天和{Z}去{L}玩了，超开心！",
        "@{Z} 你到{L}了没？",
        "{Z}你也太{W}了吧哈哈哈",
        "刚到{L}，下雨了😭",
        "{E}今晚的演唱会太棒了！！",
        "听说{Z}要去{L}读研了，羡慕",
        "我跟{Z}说了，他明天从{L}回来",
        "周末有人一起去{L}吗？求组队",
        "{Z}生日快乐！祝你{W}~",
        "转发微博 //@{Z}: 在{L}看到的，太美了",
        "{Z}和{Z}在一起了？？？",
        "明天{D}回{L}过年，好想家",
        "谢谢{Z}老师的推荐",
        "{F}的新片什么时候上映啊",
        "{L}的房价真的{W}，买不起",
        "我{W}，今天{Z}请客吃饭",
    ],
    "form": [
        "姓名：{Z}；性别：{G}；住址：{A}",
        "姓名 {Z} 联系电话 {PH} 地址 {A}",
        "收件人：{Z}，电话：{PH}，收货地址：{A}",
        "联系人：{Z} 手机：{PH} 单位地址：{A}",
        "户籍地址：{A}；现住址：{A}",
        "客户{Z}，身份证号已登记，联系电话{PH}。",
        "申请人{Z}，住{A}，因{W}申请办理。",
        "寄件人：{Z}（{PH}），寄件地址：{A}",
        "法定代表人：{Z}  注册地址：{A}",
        "紧急联系人：{Z}（关系：{T}）电话{PH}",
        "开户人姓名：{Z}，开户行：{O}",
        "家庭住址{A}，邮编{N}0000",
        "{Z}|{G}|{AGE}|{A}|{PH}",
        "地址:{A} 收货人:{Z}",
    ],
    "log": [
        "2024-03-{N} 10:21:33 INFO user={Z} login from {L} ok",
        "[WARN] 订单{NUM} 收货人{Z} 地址{A} 校验失败",
        "{D} 12:00:01 用户{Z}修改了收货地址为{A}",
        "DEBUG name={Z} city={R} order={NUM}",
        "操作员{Z}于{D}导出客户数据{N}条",
        "ERROR 配送失败：{A}，联系人{Z}，电话{PH}",
    ],
    "ticket": [
        "您好，我是{Z}，我的订单{NUM}还没发货，地址是{A}。",
        "客户{Z}来电反映，{D}在{O}购买的{PR}出现故障。",
        "工单{NUM}：用户{Z}投诉快递员未送货上门，地址{A}。",
        "麻烦把收件地址改成{A}，收件人{Z}，谢谢。",
        "{Z}先生反馈{PR}无法开机，已安排{L}维修点处理。",
        "我是{Z}的{T}，帮他咨询一下{W}的问题。",
        "请联系{Z}女士，她住在{A}。",
        "退货地址：{A}，{Z}收。",
    ],
    "resume": [
        "{Z}，{G}，{Y}年出生，中国国籍，无境外永久居留权，本科学历，高级工程师。",
        "{Z}先生：{Y}年出生，硕士研究生，现任{O}董事长。",
        "{Z}女士，汉族，{Y}年{MON}月生，{R}人，大专学历，会计师。",
        "{Z}，男，{AGE}岁，曾任{O}总经理、{O}副总裁。",
        "独立董事{Z}，{Y}年生，教授，博士生导师。",
        "{Z}：{G}，{Y}年出生，研究生学历，曾就职于{O}。",
        "姓名：{Z} 出生年月：{Y}.{MON} 籍贯：{R} 毕业院校：{O}",
        "{Z}，中国籍，{Y}年毕业于{O}，历任{O}副经理、经理。",
        "{Z}，曾任{BR}董事、{BR}副总经理，现任{BR}总经理。",
        "{Y}年至今任{BR}董事长，兼任{BR}（{R}）有限公司董事。",
        "现任{BR}独立董事、{BR}监事。",
        "{Z}先生于{Y}年加入{BR}，任{BR}财务总监。",
        "易{BR}、于{BR}、任{BR}均为公司股东。",
    ],
    "medical": [
        "患者{Z}，{G}，{AGE}岁，因{W}入院，家住{A}。",
        "主诉：{Z}，头痛三天。既往史：无。现住{C}。",
        "{Z}，{AGE}岁，{D}就诊于{O}，诊断为高血压。",
        "主治医生{Z}，病人{Z}，床号{N}。",
        "家属{Z}签字同意手术，联系电话{PH}。",
    ],
    "negative": [
        "商品编码：{CODE}，金额：{N}元。",
        "型号{CODE}已停产，请选择{CODE}。",
        "批次号：{CODE}；工单{CODE}已关闭。",
        "Item {CODE} shipped, ref {CODE}.",
        "订单{NUM}的物流单号为{CODE}。",
        "{W}这个词在{W}中很常见。",
        "{O}发布了{D}的公告。",
        "{PR}的价格下降了{N}%。",
        "他{W}地说，{W}是最重要的。",
        "{O}与{O}签署了合作协议。",
        "本次{W}活动由{O}主办。",
        "请于{D}前完成{W}，逾期不候。",
        "订单号{NUM}，金额{N}元，{D}发货。",
        "我们要把{W}放在首位，做好{W}工作。",
        "{SUR}总说这事不急，{SUR}老师也同意。",
        "{SUR}先生{Y}年毕业于{O}。",
        "{SUR}女士表示，{W}很重要。",
        "老{SUR}今年{AGE}岁了。",
        "小{SUR}和{SUR}师傅一起去了{L}。",
        "卡号{NUM}{N}，账号{NUM}，请核对。",
        "订单编号{NUM}，物流单号SF{NUM}，型号{PR}。",
        "{W}、{W}和{W}都是常用词。",
        "今天{W}，明天{W}，后天{D}。",
        "{O}、{O}联合举办了{W}论坛。",
        "这家{O}位于市中心，{W}很方便。",
        "每周三和周五有课，周六、周日休息。",  # days and school years, not 张三-style names
        "会议定于下周二上午在{L}召开，周四前提交材料。",
        "他今年读初三，姐姐读高三，弟弟上初二。",
    ],
}
TEMPLATES_EN: list[str] = [
    "{E} said the meeting in {EL} went well.",
    "I met {E} at the airport in {EL} yesterday.",
    "Please contact {E} for more details.",
    "Dear {E}, thank you for your email.",
    "Mr. {E} and Mrs. {E} arrived from {EL} on Monday.",
    "Dr. {E} works at the hospital in {EL}.",
    "{E} moved to {EL} last year and loves it.",
    "We stayed at a hotel near {EL} for a week.",
    "Has anyone been to {EL}? Looking for tips.",
    "According to {E}, the project will be finished by June.",
    "Thanks, {E}! See you in {EL}.",
    "From: {E}  To: {E}  Subject: meeting notes",
    "The new store in {EL} opened today.",
    "{E} and {E} are organizing the event.",
    "My friend {E} recommended this restaurant.",
    "President {E} visited {EL} and {EL}.",
    "Customer {E} reported that the order never arrived.",
    "the weather in {EL} is great this time of year",
    "Call me tomorrow, {E}.",
    "Shipping address: {N} Main Street, {EL}. Recipient: {E}.",
    "lol {E} just texted me from {EL}",
    "{E} is the best teacher I have ever had.",
    "I called {E} but she did not answer.",
    "My name is {E} and I live in {EL}.",
    "Hi {E}, can you send me the report?",
    "Best regards, {E}",
    "{E}, {E} and {E} were at the party.",
    "Flights from {EL} to {EL} are cheap in winter.",
    "{E} ( {E} ) wrote the book in 1999.",
    "We drove from {EL} through {EL} to {EL}.",
    "Ask {E} about the {EL} office.",
    "Senator {E} said on Tuesday that the bill would pass.",
    "The {EL} team beat {E}'s old club.",
    "{E}'s dog ran away again.",
    "Is {E} coming to dinner?",
    "Went to {EL} with {E} and had a great time.",
    "{E}",
    "{E},",
    "- {E}",
    "Thanks, {E}",
    "Cheers, {E}.",
    "Doctor {E} is amazing.",
    "his name is {E}:",
    "Prime Minister {E} met {E} in {EL}.",
    "Police arrested {E}, a suspect from {EL}.",
]

# News, email and ticket registers for the extra English block (ner_synth_en.generate_en).
TEMPLATES_EN_MORE: list[str] = [
    "WASHINGTON (AP) - {E} said on Friday that {EL} would send more aid.",
    "{E}, a spokesman for the {EL} police, declined to comment.",
    "{E} told reporters in {EL} that talks with {E} had stalled.",
    "In a statement, {E} thanked {E} and the people of {EL}.",
    "{E} scored twice as {EL} beat {EL} 3-1 on Saturday.",
    "Coach {E} praised {E} after the game.",
    "Hi {E},\n\nThanks for your message. {E} will follow up.\n\nRegards,\n{E}",
    "Please forward this to {E} and {E} in the {EL} office.",
    "Ticket #{N}: {E} cannot log in since Monday. Assigned to {E}.",
    "Customer {E} from {EL} asked for a refund; {E} approved it.",
    "I spoke with {E} from billing and {E} from support.",
    "{E} wrote: I will be in {EL} next week.",
    "Meeting with {E} moved to 3pm.",
    "Ms. {E}, the lawyer for {E}, said her client was innocent.",
    "We hired {E} to fix the roof and he did a great job.",
    "Ask for {E} when you call, she is very helpful.",
    "{E} ( born 1950 ) is an American writer.",
    "Thank you {E} and {E} for your help!",
    "Reply from {E}: the shipment left {EL} today.",
]


_LEFT = (
    "", "", "", "记者", "主席", "总理", "由", "和", "与", "对", "向", "据", "同", "是", "像", "让", "请", "给", "被",
    "跟", "把", "教练", "队员", "选手", "司机", "车主", "联系人：", "联系人", "学生", "患者", "老人", "村民",
    "农民", "工人", "报名信息：", "用户", "会员", "持卡人", "投保人", "借款人", "申请人", "业主", "房东",
    "员工", "经办人：", "收款人", "付款人", "发件人", "乘客", "嫌疑人", "被告人", "原告", "证人", "家长",
    "作者", "主演", "导演", "歌手", "画家", "@", "转告", "问", "找", "叫", "名叫", "姓名", "她叫", "他是",
)  # fmt: skip
#: Verbs after a name that a place follows (张伟住在北京): _pair puts a place after them.
_TO_PLACE = ("住在", "来自", "去了", "回到", "搬到", "来到", "离开", "现居", "生于", "坐在")
_RIGHT = (
    "说", "表示", "指出", "认为", "今年", "昨天", "已经", "曾经", "本人", "同志", "主席", "先生", "女士", "的",
    "在", "和", "是", "也", "就", "还", "都", "又", "等人", "一行", "夫妇", "家", "告诉记者", "介绍", "回忆",
    "笑着说", "今天", "明天", "目前", "现在", "从小", "当时", "后来", "曾", "则", "便", "却", "正在", "刚刚",
    "，", "。", "、", "）", "：", "；", " ", "打来电话", "签字", "到场", "不在家", "的电话", "收", "（", "老师",
    "经理", "博士", "教授", "医生", "书记", "市长", "局长", "出生于", "毕业于", "担任", "获得", "今年考上了",
    "老", "老先生", "老人", "同学", "均", "强调", "透露", "坦言", "率领", "主持", "会见",
    # everyday verbs: 张伟住在北京 had been read as 张伟住
    "带着", "喜欢", "觉得", "希望", "负责", "参加了", "买了", "打算", "决定", "准备", "要求", "同意",
    "发现", "看到", "听说", "知道", "没有", "不是", "请假", "报名", "退休", "结婚", "加入", "工作",
    *_TO_PLACE,
)  # fmt: skip


def _pair(g: Gen) -> Example:
    """A name in a random left and right context, then a clause from another register."""
    left, right = g.r.choice(_LEFT), g.r.choice(_RIGHT)
    name = g.zh_name() if g.r.random() < 0.8 else g.person()
    tail_text, tail_spans = render(g.r.choice(TEMPLATES_ZH[g.r.choice(list(TEMPLATES_ZH))]), g)
    text = left + name + right
    spans = [(len(left), len(left) + len(name), "PER")]
    if right in _TO_PLACE:
        place = g.place()
        spans.append((len(text), len(text) + len(place), "LOC"))
        text += place + "，"
    spans += [(s + len(text), e + len(text), t) for s, e, t in tail_spans]
    return text + tail_text, spans


def _salad(g: Gen, words: list[str]) -> Example:
    """Ordinary words in random order with people and places dropped in.

    Teaches the tagger to recognise a name or place by itself and an ordinary word
    (even one that starts with a surname character) as not a name, whatever surrounds it.
    """
    text, spans = "", []
    for _ in range(g.r.randint(4, 14)):
        r = g.r.random()
        if r < 0.1:
            piece, label = (g.zh_name() if g.r.random() < 0.8 else g.person()), "PER"
        elif r < 0.2:
            piece, label = g.place(), "LOC"
        elif r < 0.24:
            a, b = g.abbrev(), g.abbrev()
            if a != b:
                spans += [(len(text), len(text) + 1, "LOC"), (len(text) + 1, len(text) + 2, "LOC")]
                text += a + b
            continue
        elif r < 0.3:
            piece, label = g.r.choice("，，、的了和在是。"), None
        elif r < 0.36 and g.idioms:
            piece, label = g.r.choice(g.idioms), None
        else:
            piece, label = g.r.choice(words), None
        if label:
            spans.append((len(text), len(text) + len(piece), label))
        text += piece
    return text + "。", spans


def _salad_en(g: Gen, words: list[str]) -> Example:
    """English: ordinary words in random order with names and places dropped in."""
    tokens: list[tuple[str, str | None]] = []
    for _ in range(g.r.randint(5, 16)):
        r = g.r.random()
        # Never two entities side by side: that would teach the tagger to split one name.
        after_entity = bool(tokens) and tokens[-1][1] is not None
        if r < 0.1 and not after_entity:
            tokens.append((g.en_name(), "PER"))
        elif r < 0.12 and not after_entity:
            tokens.append((g.en_name().upper(), "PER"))
        elif r < 0.2 and not after_entity:
            tokens.append((g.r.choice(lx.EN_PLACE_NAMES), "LOC"))
        else:  # capitalised ordinary words too: a capital letter alone is not a name
            word = g.r.choice(words)
            tokens.append((word.capitalize() if g.r.random() < 0.2 else word, None))
    text, spans = "", []
    for piece, label in tokens:
        if text:
            text += " "
        if label:
            spans.append((len(text), len(text) + len(piece), label))
        text += piece
    return text + g.r.choice([".", "!", "?", ""]), spans


def generate(
    n: int,
    seed: int,
    en_share: float = 0.12,
    extra_given: str = "",
    words: list[str] | None = None,
    en_words: list[str] | None = None,
    word_given: list[str] | None = None,
    idioms: tuple[str, ...] = (),
) -> list[Example]:
    """``n`` labelled sentences from the templates, registers mixed.

    ``words`` / ``en_words`` (ordinary Chinese / English words) enable the "salad"
    register of random word sequences; ``word_given`` are two-character words that
    also serve as given names.
    """
    g = Gen(seed, extra_given)
    g.word_given = list(word_given or [])
    g.idioms = idioms
    weights = {"news": 0.28, "chat": 0.08, "form": 0.09, "log": 0.03, "ticket": 0.06,
               "resume": 0.07, "medical": 0.04, "negative": 0.07, "pair": 0.13, "salad": 0.15}  # fmt: skip
    regs = list(weights)
    out: list[Example] = []
    for _ in range(n):
        if g.r.random() < en_share:
            if en_words and g.r.random() < 0.25:
                out.append(_salad_en(g, en_words))
            else:
                out.append(render(g.r.choice(TEMPLATES_EN), g))
            continue
        reg = g.r.choices(regs, [weights[k] for k in regs])[0]
        if reg == "pair":
            out.append(_pair(g))
            continue
        if reg == "salad":
            out.append(_salad(g, words) if words else _pair(g))
            continue
        template = g.r.choice(TEMPLATES_ZH[reg])
        if reg in ("news", "negative") and g.r.random() < 0.4:  # longer sentences, as in news
            template = template.rstrip("。") + "，" + g.r.choice(TEMPLATES_ZH[reg])
        out.append(render(template, g))
    return out


def print_examples(doc: str, generate: Callable[[int, int], list]) -> None:
    """The generators' command line: ``--n`` examples from ``--seed``, spans marked."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    for text, spans in generate(args.n, args.seed):
        print(text, " ".join(f"[{text[s:e]}/{t}]" for s, e, t in spans))


if __name__ == "__main__":
    print_examples(__doc__, generate)
