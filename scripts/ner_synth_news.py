"""Generate news-style labelled sentences for the name/address tagger (project-owned data).

Chinese wire and newspaper text (新华社/本报 datelines, 会见/会谈/访问, sports results,
economy, weather, local government, culture, courts, diplomatic relations) written to
exercise the conventions news annotation follows and our other generated data rarely
shows:

- one-character abbreviations of countries, provinces and cities are places
  (中美关系 -> 中|美, 中方, 访华, 抵京, 赴港, 印巴, 京津冀, 中外 -> 中 only);
- continents, world regions, world cities, landmarks (人民大会堂) and informal regions
  (华北, 长三角) are places;
- transliterated foreign names stand alone (克林顿说), with a middle dot (比尔·克林顿) or
  before a title (克林顿总统); Japanese and Korean names are people;
- titles are not part of a name (王小明主席 -> 王小明); a bare surname before 老, 老师,
  某 or 家 (household) is a person (胡老 -> 胡);
- organisations are never places, even when they start with one (中国银行,
  北京国安队, 广东省委), and name-like clubs, brands, events and terms (阿森纳, 尤伯杯,
  厄尔尼诺, 道琼斯, 白宫) and ordinary words that start with a surname character (严峻,
  叶茂) are not people;
- but 中国国家主席 / 美国政府 / 美国国家利益: the country is a place.

Lists come from ``ner_lexicon_world`` (hand-written, general knowledge) and
``ner_lexicon``; Chinese personal names from ``ner_synth.Gen``. Nothing comes from a
research-use corpus.

Usage: ``python scripts/ner_synth_news.py --n 30 --seed 1`` prints examples.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ner_lexicon as lx
import ner_lexicon_world as wl
from ner_synth import Gen, join, print_examples, render_slots

Span = tuple[int, int, str]
Example = tuple[str, list[Span]]

_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_CN_DIGITS = "〇一二三四五六七八九"

# Continents and world regions (the first block of WORLD_PLACES_ZH is regions and seas).
_WORLD_REGIONS = (
    "亚洲", "欧洲", "非洲", "美洲", "北美", "南美", "拉美", "拉丁美洲", "大洋洲", "中东", "东南亚", "南亚",
    "中亚", "西亚", "东亚", "东北亚", "东欧", "西欧", "北欧", "南欧", "中欧", "巴尔干", "加勒比",
    "海湾地区", "高加索", "北非", "东非", "西非", "南部非洲", "中美洲", "远东", "斯堪的纳维亚", "欧亚大陆",
)  # fmt: skip
# Informal regions that are runs of one-character abbreviations: tagged per character.
_ABBREV_RUNS = frozenset(
    [
        "京津冀",
        "京津",
        "沪宁",
        "沪杭",
        "沪宁杭",
        "成渝",
        "长株潭",
        "粤港澳",
        "港澳",
        "港澳台",
        "云贵",
        "川渝",
        "黑吉辽",
        "晋冀鲁豫",
        "陕甘宁",
        "宁蒙",
        "青藏",
        "新藏",
        "闽浙赣",
        "湘鄂赣",
    ]
)
_WEIGHTED_ABBREV = "中中中中中中美美美美日日日俄俄英法德韩朝印巴以越泰澳加意苏欧非亚"
_FOREIGN_TITLES = (
    "总统", "总理", "首相", "外长", "外交部长", "国防部长", "副总统", "副总理", "国务卿", "议长", "国王", "王储",
    "女王", "亲王", "总书记", "大使", "驻华大使", "特使", "财政部长", "经济部长", "参议员", "众议员",
    "联邦总理", "代总统", "前总统", "前总理", "反对党领袖", "总参谋长", "国防部副部长",
)  # fmt: skip
_CN_TITLES = (
    "主席", "副主席", "总理", "副总理", "委员长", "部长", "副部长", "省长", "副省长", "市长", "副市长", "书记",
    "副书记", "同志", "先生", "女士", "教练", "主教练", "院士", "教授", "研究员", "总经理", "董事长", "局长",
    "厅长", "县长", "所长", "主任", "司令员", "政委", "大使", "处长", "会长", "校长", "总工程师",
)  # fmt: skip
_SURNAME_AFTER = (
    "老",
    "老",
    "老师",
    "某",
    "某某",
    "家",
    "总",
    "老先生",
    "师傅",
    "大爷",
    "大妈",
    "大姐",
    "姨",
    "叔",
)
# Titles after a bare surname in news (江主席, 常副局长): the surname alone is the person.
_SURNAME_TITLES = (
    "主席", "总书记", "总理", "副总理", "委员长", "书记", "局长", "副局长", "部长", "省长", "市长", "县长",
    "医生", "军医", "教授", "经理", "厂长", "老", "老师", "司令员", "将军", "大使", "主任", "所长",
)  # fmt: skip
_GOV_BODIES = (
    "公安局", "民政局", "纪委", "科委", "残联", "妇联", "总工会", "团委", "计委", "经委", "教委", "卫生局",
    "财政局", "统计局", "环保局", "交通局", "劳动局", "人事局", "农业局", "林业局", "税务局", "工商局",
    "人民检察院", "中级人民法院", "人民政府", "政协", "人大常委会", "中医院", "人民医院", "第一中学",
    "气象局", "水利局", "司法局", "文化局", "体委", "外办", "侨办", "台办", "物价局", "审计局",
)  # fmt: skip
_OFFICIAL_FORMS = (
    ("爱沙尼亚", "共和国"), ("拉脱维亚", "共和国"), ("立陶宛", "共和国"), ("阿尔巴尼亚", "共和国"),
    ("保加利亚", "共和国"), ("几内亚", "共和国"), ("马里", "共和国"), ("尼日尔", "共和国"), ("乍得", "共和国"),
    ("喀麦隆", "共和国"), ("肯尼亚", "共和国"), ("印度尼西亚", "共和国"), ("菲律宾", "共和国"),
    ("新加坡", "共和国"), ("印度", "共和国"), ("意大利", "共和国"), ("法兰西", "共和国"), ("捷克", "共和国"),
    ("斯洛伐克", "共和国"), ("匈牙利", "共和国"), ("波兰", "共和国"), ("白俄罗斯", "共和国"),
    ("哈萨克斯坦", "共和国"), ("乌兹别克斯坦", "共和国"), ("吉尔吉斯", "共和国"), ("塔吉克斯坦", "共和国"),
    ("南斯拉夫联盟", "共和国"), ("阿拉伯埃及", "共和国"), ("巴基斯坦伊斯兰", "共和国"), ("伊朗伊斯兰", "共和国"),
    ("德意志联邦", "共和国"), ("大不列颠及北爱尔兰联合", "王国"), ("泰", "王国"), ("西班牙", "王国"),
    ("荷兰", "王国"), ("比利时", "王国"), ("瑞典", "王国"), ("挪威", "王国"), ("丹麦", "王国"),
    ("柬埔寨", "王国"), ("沙特阿拉伯", "王国"), ("约旦哈希姆", "王国"), ("摩洛哥", "王国"), ("尼泊尔", "王国"),
    ("俄罗斯", "联邦"), ("巴西", "联邦共和国"), ("墨西哥", "合众国"), ("坦桑尼亚", "联合共和国"),
    ("越南", "社会主义共和国"), ("老挝", "人民民主共和国"), ("朝鲜", "民主主义人民共和国"),
)  # fmt: skip
# What follows a country that stays a place (中国经济, 美国市场) ...
_COUNTRY_NOUNS = (
    "经济", "企业", "市场", "文化", "艺术", "足球", "乒乓球", "汽车工业", "科技工作者", "农村", "历史", "外交",
    "传统文化", "特色社会主义", "改革开放", "政府", "人民", "电影", "京剧", "画", "体育事业", "航天事业",
    "国情", "国内市场", "家电产品", "纺织品", "留学生", "军队", "社会", "农业", "工业",
)  # fmt: skip
# ... and organisations that start with 中国 (no place inside).
_CN_ORGS = (
    "中国足协", "中国作协", "中国文联", "中国篮协", "中国女排", "中国女篮", "中国男队", "中国女队", "中国代表团",
    "中国体育代表团", "中国科协", "中国记协", "中国美协", "中国剧协", "中国侨联", "中国残联", "中国贸促会",
    "中国科学院", "中国社会科学院", "中国工程院", "中国国家队", "中国奥委会", "中国乒乓球队", "中国国际广播电台",
    "中国人民解放军", "中国人民银行", "中国人民大学", "中国共产党", "中国人口报", "中国体育报", "中国青年报",
)  # fmt: skip
_SPORTS = ("足球", "篮球", "排球", "乒乓球", "羽毛球", "网球", "田径", "游泳", "体操", "举重", "射击", "围棋", "象棋", "跳水", "拳击", "击剑")  # fmt: skip
_SCORES = ("３∶１", "２∶０", "１∶１", "２∶１", "３∶２", "４∶０", "1比0", "2比2", "３比１", "８９∶８７", "９８比９２", "１０２∶９５", "２１∶１８")  # fmt: skip
_TOPICS = (
    "地区安全", "双边关系", "经贸合作", "中东和平进程", "朝鲜半岛局势", "亚洲金融危机", "科索沃问题", "伊拉克核查",
    "裁军", "环境保护", "反恐合作", "能源合作", "人权", "世贸谈判", "气候变化", "联合国改革", "防扩散", "难民",
)  # fmt: skip
# Ordinary news words whose first character is also a surname: never a person.
_HARD_NEWS_WORDS = """
奇特 付清 严峻 叶茂 党建 严重 严格 严肃 严厉 付出 付诸 叶片 党委 党员 党风 党校 奇迹 奇怪 万分 万众 钱财 江河 高度
高速 高涨 周到 周边 周年 周密 马上 黄金 林业 林立 杨柳 孙子 胡乱 胡同 何况 何时 罗列 宋体 郑重 谢谢 谢绝 唐突 许多
许可 曾经 肖像 田野 田间 董事 于是 余下 余额 杜绝 程度 程序 苏醒 丁点 任何 任务 钟表 钟情 陆续 陆地 汪洋 范围 范畴
金融 金额 石油 夏天 夏粮 方面 方针 方向 白天 白色 熊猫 江山 段落 雷电 雷达 龙头 史料 陶瓷 黎明 贺电 贺信 顾客 顾问
毛病 武器 武装 莫非 孔雀 向来 常委 温暖 康复 施工 文件 安全 齐全 易于 庞大 颜色 庄稼 庄严 章程 鲁莽 殷切 申请 欧元
耿直 关于 关系 兰花 焦点 左右 柳树 甘心 祝贺 包括 宁可 尚未 符合 舒适 纪律 纪念 梅花 童年 凌晨 毕业 单位 季度 霍乱
涂料 成绩 苗头 谷物 盛会 曲折 骆驼 蓝天 路线 游客 辛苦 管理 柴油 蒙受 华丽 房屋 屈服 解决 尤其 阳光 时间 农业
司法 卓越 古老 吉祥 简单 车辆 项目 连续 麦子 雷厉风行 欧洲杯 常规 戴帽 金牌 银牌 高潮 全面 明确 伍员 邓林 韦编
     燕麦              闻名 洪水 潘多拉
柯达   汉语 中文 中医 中药 中餐 中秋 中期 中央 中共 中华 全国 国内 国际
 美元 日元 欧元 马克 卢布 英镑 法郎 世界 国际 全球 西方 东方 海峡 北大 清华 人大 中科院 社科院 复旦 南开 """
_INDEXES = ("道琼斯指数", "道·琼斯工业平均指数", "纳斯达克指数", "日经指数", "恒生指数", "富时指数", "金融时报指数", "标普500指数")  # fmt: skip
_AGENCIES = ("路透社", "美联社", "法新社", "塔斯社", "共同社", "埃菲社", "安莎社", "德新社", "韩联社", "彭博社", "福布斯", "时代周刊", "新闻周刊")  # fmt: skip
HARD_NEWS_WORDS = tuple(dict.fromkeys(_HARD_NEWS_WORDS.split()))


class NewsGen:
    """Slot values for news templates (wraps :class:`ner_synth.Gen`, one seeded RNG)."""

    def __init__(self, seed: int, extra_given: str = "") -> None:
        self.g = Gen(seed, extra_given)
        self.r = self.g.r
        self.dotted = [p for p in wl.TRANSLIT_PEOPLE_ZH if "·" in p]
        self.family = [p for p in wl.TRANSLIT_PEOPLE_ZH if "·" not in p]
        self.countries = list(wl.WORLD_COUNTRIES_ZH)
        self.world = list(wl.WORLD_PLACES_ZH)
        self.prov_abbrev = [a for a, _ in wl.CN_ABBREV]
        self.abbrev_chars = [a for a, _ in wl.COUNTRY_ABBREV]
        self.prov_full = [p[0] for p in self.g.prov if p[0].endswith(("省", "市"))]

    # -- numbers and dates, written as newspapers do ----------------------------
    def _digits(self, n: int) -> str:
        r = self.r.random()
        if r < 0.45:
            return str(n).translate(_FW)
        return str(n)

    def year(self) -> str:
        y = self.r.randint(1949, 2025)
        r = self.r.random()
        if r < 0.15:
            return "".join(_CN_DIGITS[int(c)] for c in str(y)) + "年"
        return self._digits(y) + "年"

    def day(self) -> str:
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        fw = self.r.random() < 0.55
        fmt = (lambda x: str(x).translate(_FW)) if fw else str
        return f"{fmt(m)}月{fmt(d)}日"

    def date(self) -> str:
        r = self.r.random()
        if r < 0.35:
            return self.year() + self.day()
        if r < 0.8:
            return self.day()
        return self.r.choice(
            ["今天", "昨天", "日前", "近日", "本月", "上周", "前天", "当天", "今年", "去年"]
        )

    def num(self, lo: int = 2, hi: int = 999) -> str:
        return self._digits(self.r.randint(lo, hi))

    # -- people -----------------------------------------------------------------
    def zh_person(self) -> str:
        """A generated Chinese name, or now and then a public figure news often names."""
        if self.r.random() < 0.15:
            return self.r.choice(wl.CN_PUBLIC_FIGURES)
        return self.g.zh_name()

    def foreign(self) -> str:
        r = self.r.random()
        if r < 0.6:
            return self.r.choice(self.family)
        if r < 0.8:
            return self.r.choice(self.dotted)
        return self.g.foreign_name()

    def dotted_name(self) -> str:
        if self.r.random() < 0.6:
            return self.r.choice(self.dotted)
        return (
            self.r.choice(lx.TRANSLIT_GIVEN + list(wl.TRANSLIT_PEOPLE_ZH[-150:]))
            + "·"
            + self.r.choice(self.family)
        )

    # -- places -----------------------------------------------------------------
    def country_abbrev(self) -> str:
        if self.r.random() < 0.7:
            return self.r.choice(_WEIGHTED_ABBREV)
        return self.r.choice(self.abbrev_chars)

    def abbrev_group(self, k: int) -> list[str]:
        out: list[str] = []
        while len(out) < k:
            a = (
                self.country_abbrev()
                if not out or self.r.random() < 0.8
                else self.r.choice(self.abbrev_chars)
            )
            if a not in out:
                out.append(a)
        return out

    def prov_group(self, k: int) -> list[str]:
        fixed = [["京", "津", "冀"], ["沪", "深"], ["粤", "港", "澳"], ["港", "澳"], ["京", "沪"], ["川", "渝"],
                 ["湘", "鄂", "赣"], ["苏", "浙", "沪"], ["闽", "台"], ["陕", "甘", "宁"], ["黑", "吉", "辽"],
                 ["京", "沪", "穗"], ["鲁", "豫"], ["晋", "冀"], ["滇", "黔", "桂"]]  # fmt: skip
        fixed = [f for f in fixed if len(f) == k]
        if self.r.random() < 0.6:
            return list(self.r.choice(fixed))
        return self.r.sample(self.prov_abbrev, k)

    def world_place(self) -> str:
        r = self.r.random()
        if r < 0.2:
            return self.r.choice(_WORLD_REGIONS)
        if r < 0.85:
            return self.r.choice(self.world)
        return self.r.choice(lx.WORLD_PLACES)

    def informal_region(self) -> str | list[str]:
        """华北, 长三角 ...; runs of abbreviations (京津冀, 粤港澳) are one place per character."""
        name = self.r.choice(wl.CN_REGIONS_INFORMAL)
        return list(name) if name in _ABBREV_RUNS else name

    def gov_body(self) -> str:
        if self.r.random() < 0.5:
            where = self.r.choice(self.prov_full)
        else:
            where = self.g.region(self.r.choice("ca"), short=0.0)
        return where + self.r.choice(_GOV_BODIES)

    def country_official(self) -> str:
        name, form = self.r.choice(_OFFICIAL_FORMS)
        return name + form if self.r.random() < 0.7 else name

    def person_named(self) -> list[tuple[str, str | None]]:
        """诺贝尔奖 -> 诺贝尔 (a person) + 奖."""
        person, rest = self.r.choice(wl.PERSON_NAMED_ZH)
        return [(person, "PER"), (rest, None)]

    def plate(self) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        tail = "".join(self.r.choice(letters + "0123456789") for _ in range(5))
        return (
            self.r.choice("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新蒙")
            + self.r.choice(letters)
            + tail
        )

    def cn_place(self) -> str:
        r = self.r.random()
        if r < 0.7:
            return self.g.region(self.r.choice("pcca"), short=0.6)
        if r < 0.85:
            return self.r.choice(lx.CN_GEO)
        return self.r.choice([x for x in wl.CN_REGIONS_INFORMAL if x not in _ABBREV_RUNS])

    # -- negatives --------------------------------------------------------------
    def team(self) -> str:
        r = self.r.random()
        if r < 0.5:
            return self.r.choice(wl.TRANSLIT_CLUBS_ZH)
        if r < 0.75:
            return self.r.choice(self.countries) + self.r.choice(
                ["队", "国家队", "女队", "男队", "女排", "国奥队"]
            )
        return self.g.region("c", short=1.0)[:2] + self.r.choice(
            ["队", "俱乐部", "足球队", "男篮", "女排"]
        )


def _slots(n: NewsGen) -> dict:
    """Slot name -> (value function, label). Lists are one span per element."""
    g, r = n.g, n.r
    w = wl
    return {
        # people
        "Z": (n.zh_person, "PER"),
        "F": (n.foreign, "PER"),
        "FD": (n.dotted_name, "PER"),
        "JP": (lambda: r.choice(w.TRANSLIT_PEOPLE_JA), "PER"),
        "KP": (lambda: r.choice(w.TRANSLIT_PEOPLE_KO), "PER"),
        "SUR": (g.surname, "PER"),
        "SA": (lambda: r.choice(_SURNAME_AFTER), None),
        "ST": (lambda: r.choice(_SURNAME_TITLES), None),
        "TF": (lambda: r.choice(_FOREIGN_TITLES), None),
        "TC": (lambda: r.choice(_CN_TITLES), None),
        # places
        "CO": (lambda: r.choice(n.countries), "LOC"),
        "W": (n.world_place, "LOC"),
        "WR": (lambda: r.choice(_WORLD_REGIONS), "LOC"),
        "R": (n.cn_place, "LOC"),
        "P": (lambda: g.region("p", short=0.7), "LOC"),
        "CI": (lambda: g.region("c", short=0.6), "LOC"),
        "C": (g.chain, "LOC"),
        "A": (g.address, "LOC"),
        "LM": (lambda: r.choice(w.CN_LANDMARKS), "LOC"),
        "IR": (n.informal_region, "LOC"),
        "GEO": (lambda: r.choice(lx.CN_GEO), "LOC"),
        "RIV": (lambda: r.choice([x for x in lx.CN_GEO if x.endswith(("江", "河"))]), "LOC"),
        "AB": (n.country_abbrev, "LOC"),
        "AB2": (lambda: n.abbrev_group(2), "LOC"),
        "AB3": (lambda: n.abbrev_group(3), "LOC"),
        "PA": (lambda: r.choice(n.prov_abbrev), "LOC"),
        "PA2": (lambda: n.prov_group(2), "LOC"),
        "PA3": (lambda: n.prov_group(3), "LOC"),
        # not entities
        "CON": (lambda: r.choice(n.countries), None),  # inside an organisation name
        "RN": (lambda: r.choice(n.prov_full), None),  # inside an organisation name (云南省委)
        "CIN": (
            lambda: lx.short_name(g.region("c", short=1.0)),
            None,
        ),  # inside an organisation name
        "TO": (lambda: r.choice(w.TRANSLIT_ORGS_ZH), None),
        "BANK": (lambda: r.choice([o for o in w.ORGS_WITH_PLACE_ZH if o.endswith("银行")]), None),
        "CLUB": (lambda: r.choice(w.TRANSLIT_CLUBS_ZH), None),
        "COMP": (lambda: r.choice(w.TRANSLIT_COMPANIES_ZH), None),
        "BODY": (lambda: r.choice(w.TRANSLIT_BODIES_ZH), None),
        "CUP": (lambda: r.choice(w.TRANSLIT_EVENTS_ZH), None),
        "TERM": (lambda: r.choice(w.TRANSLIT_TERMS_ZH), None),
        "IDX": (lambda: r.choice(_INDEXES), None),
        "AGENCY": (lambda: r.choice(_AGENCIES), None),
        "CLIM": (lambda: r.choice(["厄尔尼诺", "拉尼娜"]), None),
        "OP": (lambda: r.choice(w.ORGS_WITH_PLACE_ZH), None),
        "O": (g.org, None),
        "TEAM": (n.team, None),
        "HW": (lambda: r.choice(HARD_NEWS_WORDS), None),
        "GOV": (n.gov_body, None),  # 淄博市公安局, 贵州省科委: an organisation, not a place
        "COF": (n.country_official, "LOC"),
        "PN": (n.person_named, None),
        "CNOUN": (lambda: r.choice(_COUNTRY_NOUNS), None),
        "CNORG": (lambda: r.choice(_CN_ORGS), None),
        "PLATE": (
            n.plate,
            None,
        ),  # a licence plate starts with a province abbreviation, is not a place
        "ADJ": (
            lambda: r.choice(["严峻", "严重", "复杂", "突出", "紧迫", "敏感", "棘手", "奇特"]),
            None,
        ),
        "D": (n.date, None),
        "DD": (n.day, None),
        "Y": (n.year, None),
        "N": (n.num, None),
        "NS": (lambda: n.num(2, 30), None),
        "PCT": (
            lambda: (
                n._digits(r.randint(1, 30))
                + r.choice(["．", "."])
                + n._digits(r.randint(1, 9))
                + "％"
            ),
            None,
        ),
        "SC": (lambda: r.choice(_SCORES), None),
        "SP": (lambda: r.choice(_SPORTS), None),
        "TOP": (lambda: r.choice(_TOPICS), None),
    }


# Hand-written templates, grouped by topic. {Z} Chinese name, {F} foreign name (alone),
# {FD} foreign name with ·, {JP}/{KP} Japanese/Korean name, {SUR} bare surname, {CO} country,
# {W} world place, {WR} world region, {R} Chinese place, {C} chain of divisions, {LM}
# landmark, {IR} informal region, {AB}/{AB2}/{AB3} country abbreviations, {PA}/{PA2}/{PA3}
# province abbreviations; {CON}/{RN}/{TO}/{OP}/{O}/{TEAM}/{HW} are untagged negatives.
TEMPLATES: dict[str, list[str]] = {
    "diplomacy": [
        "新华社{R}{DD}电（记者{Z}）国家主席{Z}今天下午在{LM}会见了{CO}总统{F}。",
        "新华社{W}{DD}电 {CO}{TF}{F}{D}在这里说，{CO}愿同{@中国}发展长期稳定的友好合作关系。",
        "{CO}总统{F}{D}抵{@京}，开始对我国进行为期{NS}天的国事访问。",
        "{F}总统是应国家主席{Z}的邀请来{@华}访问的。",
        "{Z}在会见时说，{AB2}两国人民有着悠久的传统友谊。",
        "{F}表示，{AB}方高度重视发展{AB2}关系，愿意为此作出努力。",
        "{AB}方对{AB}方在{TOP}问题上的立场表示赞赏。",
        "会谈后，{Z}和{F}出席了{AB2}两国政府{HW}协定的签字仪式。",
        "应{CO}外长{F}邀请，外交部长{Z}将于{DD}至{DD}对{CO}进行正式访问。",
        "{CO}{TF}{F}在{W}举行的记者招待会上说，{CO}不会改变其立场。",
        "{F}是在结束对{CO}的访问后抵达{W}的。",
        "这是{F}就任{TF}以来第一次访{@华}。",
        "{AB2}建交{NS}年来，两国关系总体发展顺利。",
        "{AB3}三国领导人{D}在{W}举行了非正式会晤，讨论了{TOP}问题。",
        "{Z}说，{@中}方愿同{AB}方一道，推动{AB2}关系在新世纪取得更大发展。",
        "在{LM}举行的欢迎仪式上，{F}总统检阅了中国人民解放军三军仪仗队。",
        "{CO}国家元首{F}和夫人一行{D}上午乘专机离{@京}回国。",
        "国务院总理{Z}{D}在{LM}同{CO}首相{F}举行会谈。",
        "{CO}驻华大使{F}{D}向{Z}递交了国书。",
        "我国驻{CO}大使{Z}出席了在{W}举行的招待会。",
        "{F}还将访问{R}和{R}，并在{W}发表演讲。",
        "{F}说，{AB}{@中}两国同为{@亚洲}国家，在许多国际问题上有着相同或相似的看法。",
        "双方认为，发展{AB2}关系不仅符合两国人民的利益，也有利于{WR}乃至世界的和平与稳定。",
        "{CO}外交部发言人{F}{D}说，{CO}欢迎{CO}和{CO}恢复谈判。",
        "{AB}外长{F}和{AB}外长{F}{D}在{W}举行会谈。",
        "{F}此次访{@华}期间还将前往{R}、{R}等地参观访问。",
        "{CO}总理{F}在{W}会见了正在那里访问的{@中国}国务委员{Z}。",
        "{Z}同志会见了以{F}为团长的{CO}议会代表团。",
        "{@美国}总统{F}{D}在{W}说，{@美国}国家利益要求{AB2}保持建设性关系。",
        "{@中国}国家主席{Z}{D}致电{CO}新当选总统{F}，表示祝贺。",
        "{F}首相在{W}对记者说，{AB}方将继续支持{AB}方加入世贸组织。",
        "{CO}前总统{FD}{D}在{W}逝世，享年{NS}岁。",
        "{FD}在{LM}受到了{Z}的亲切会见。",
        "{@俄}总理{F}表示，{@俄}方愿意加强同{AB}方在能源领域的合作。",
        "{JP}首相将于下月访问{W}，并同{KP}总统举行会谈。",
        "{KP}总统{D}在{W}会见了来访的{CO}外长{F}。",
        "{@日本}首相{JP}{D}在{W}发表讲话，表示{@日}方将为地区稳定作出贡献。",
        "{JP}说，{@日}{@中}关系是{@日本}最重要的双边关系之一。",
        "{@韩国}总统{KP}和{@朝鲜}领导人{KP}在{W}举行了历史性会晤。",
        "{KP}说，{@韩}{@朝}双方应当通过对话解决分歧。",
        "{F}同{F}的会谈在{W}郊外的一座别墅里进行。",
        "{@以色列}总理{F}和{@巴勒斯坦}领导人{F}{D}在{W}举行会谈，{@巴}{@以}和谈出现转机。",
        "{@巴}{@以}双方同意在{W}继续就最终地位问题进行谈判。",
        "{@印}{@巴}两国在{W}地区的冲突引起国际社会关注。",
        "{@印}{@巴}核试验之后，{WR}局势趋于紧张。",
        "{CO}和{CO}外长{D}在{W}签署了两国边界条约。",
        "{F}强调，{CO}将继续奉行一个{@中国}的政策。",
        "{AB}方重申，{@台湾}问题是{@中国}内政。",
        "江苏省委书记{Z}率领的中国友好代表团{D}抵达{W}。",
        "{Z}代表团一行还参观了{W}的港口和工业区。",
        "{CO}驻{CO}大使馆{D}发表声明，否认了有关报道。",
        "{F}在{W}举行的{AB3}峰会上发表讲话。",
        "这次会议在{W}举行，来自{CO}、{CO}、{CO}等{NS}个国家的代表出席。",
        "{F}认为，{WR}国家应当加强团结，共同应对{TOP}问题。",
        "{F}对{AB}方在{TOP}问题上给予的支持表示感谢。",
        "{F}是{D}抵达{@沪}的，他在{LM}参观时对{@中国}的发展表示钦佩。",
        "这位{CO}客人说，他此次来{@华}看到了{@中国}改革开放的巨大成就。",
        "{@美国}国务卿{F}{D}结束了对{WR}四国的访问。",
        "{CO}国王{F}{D}在王宫会见了{CO}议长{F}。",
        "{F}（{FD}）是{CO}著名的政治家，曾{NS}次访{@华}。",
    ],
    "abbrev": [
        "{AB2}关系",
        "{AB2}贸易额今年有望突破{N}亿美元。",
        "{AB2}双方在{W}就{TOP}问题举行了新一轮磋商。",
        "{@中}外合资企业{O}{D}在{R}开业。",
        "{@中}外记者{N}多人参加了{LM}的新闻发布会。",
        "这家{@中}外合资企业是{R}规模最大的外商投资项目之一。",
        "{@中}方代表团团长{Z}在会上发言。",
        "{AB}方认为，{AB}方的做法违反了两国达成的协议。",
        "{PA3}地区的大气污染治理已经取得了初步成效。",
        "{@沪}{@深}两地股市{D}双双下跌。",
        "{PA2}两市的成交金额合计{N}亿元。",
        "{PA3}三地将联手打造{IR}经济圈。",
        "来自{PA}、{PA}、{PA}等地的{N}名代表参加了会议。",
        "他{D}抵{@京}后，即前往{LM}拜会了有关领导。",
        "{Z}{D}在{@京}会见了{CO}客人。",
        "在{@京}期间，{F}还参观了{LM}和{LM}。",
        "{CO}代表团{D}离{@京}赴{@沪}。",
        "进{@京}务工人员今年达到{N}万人。",
        "这些赴{@港}人员都经过了严格的审查。",
        "{Z}{D}赴{@港}出席了{OP}的成立仪式。",
        "驻{@港}部队官兵{D}参加了植树活动。",
        "{@港}人治{@港}、高度自治的方针得到了全面贯彻。",
        "来{@澳}的{@内地}游客今年超过{N}万人次。",
        "侵{@华}{@日}军在{R}犯下了滔天罪行。",
        "{@日}军当年在{R}制造了骇人听闻的惨案。",
        "抗{@日}战争胜利{NS}周年纪念活动在{R}举行。",
        "{@苏}东剧变以后，{WR}的政治格局发生了深刻变化。",
        "{@美}{@苏}两国当年在{W}问题上争夺激烈。",
        "{@英}{@法}两国领导人{D}在{W}举行会晤。",
        "{@德}{@法}合作一直是{WR}一体化的发动机。",
        "{@欧}{@美}之间在{TOP}问题上的分歧依然存在。",
        "{@中}{@俄}边境贸易今年增长了{PCT}。",
        "{@中}{@日}{@韩}三国经济部长{D}在{W}会晤。",
        "在{@华}{CO}人士对此纷纷表示欢迎。",
        "在{@华}外国专家{N}多人出席了招待会。",
        "{@华东}地区{D}普降大雨。",
        "旅{AB}侨胞向家乡{R}捐款{N}万元。",
        "{@沪}上各界{D}隆重纪念{Z}诞辰{N}周年。",
        "{@粤}{@港}{@澳}三地政府{D}签署了合作协议。",
        "{@湘}{@赣}边区的革命老区今年脱贫{N}万人。",
        "{@川}{@渝}两地联合开展了打击走私的专项行动。",
        "{@鄂西}山区的农民种上了优质烤烟。",
        "{@豫东}平原小麦长势喜人。",
        "{@皖南}山区茶农今年收入明显增加。",
        "{@晋}煤外运通道建设进展顺利。",
        "{@陕北}老区的面貌发生了很大变化。",
        "{@黔东南苗族侗族自治州}的{N}个县今年实现了通电。",
        "{@滇}{@缅}边境的贸易口岸已达{NS}个。",
        "{@桂北}山区的群众喝上了自来水。",
        "{@冀中}平原上一派丰收景象。",
        "{@鲁西南}地区的棉花今年获得丰收。",
        "{@浙}商在全国各地投资兴业，{@浙江}民营经济十分活跃。",
        "第{NS}届{@亚}运会{D}在{W}开幕，中国体育代表团团长{Z}在开幕式上讲话。",
        "{W}获得了{Y}{@奥}运会的主办权。",
        "{@中国}选手{Z}在{@奥}运会上夺得了金牌。",
        "参加{@亚}运会的{@中国}运动员{D}抵达{W}。",
        "{@青}{@藏}高原的气候条件十分恶劣。",
        "{@青}{@藏}铁路通车后，{R}的旅游业迅速发展。",
        "{@黄}{@淮}{@海}平原是我国重要的粮食产区。",
        "{@江}{@淮}地区{D}出现了大范围降雨。",
        "{@黄}{@淮}地区的小麦已经开镰收割。",
        "国家将重点治理{@淮}、{@海}、{@辽}三河和{@太}、{@巢}、{@滇}三湖的水污染。",
        "{@中华}民族的伟大复兴是全国各族人民的共同心愿。",
        "{Z}说，{@中华}民族历来爱好和平。",
        "{@中华人民共和国}和{CO}{D}在{W}签署联合公报。",
        "保护{@地球}环境是全人类的共同责任。",
        "这颗小行星距离{@地球}约{N}万公里。",
        "{@京}剧表演艺术家{Z}{D}在{W}演出了《{HW}》。",
        "{@京}剧团{D}赴{W}访问演出。",
        "美元、日元和欧元的比价{D}出现了较大波动。",
    ],
    "domestic": [
        "本报讯 记者{Z}报道：{CI}今年以来大力发展乡镇企业，全市乡镇企业产值突破{N}亿元。",
        "本报{R}{DD}电 记者{Z}、通讯员{Z}报道：{C}的{N}户农民今年住进了新房。",
        "{RN}委书记{Z}、省长{Z}{D}深入{C}调查研究。",
        "{Z}同志{D}在{R}考察时强调，要进一步加强{HW}工作。",
        "{CIN}市委、市政府{D}召开大会，表彰了{N}名先进个人。",
        "广东省委副书记{Z}{D}在{R}主持召开座谈会。",
        "{Z}、{Z}、{Z}等领导同志出席了在{LM}举行的纪念大会。",
        "全国人大常委会委员长{Z}{D}在{R}视察工作。",
        "{IR}地区今年粮食总产量达到{N}万吨，比去年增长{PCT}。",
        "{IR}和{IR}的一些省份遭受了严重旱灾。",
        "{R}是{IR}重要的工业基地，也是著名的革命老区。",
        "在{R}县城，记者见到了刚从{R}回来的{Z}。",
        "这个村的党支部书记{Z}说，过去村里穷，如今家家盖起了新房。",
        "{SUR}{SA}今年已经{NS}岁了，身体依然硬朗。",
        "记者来到{SUR}家时，{SUR}大娘正在院子里晒玉米。",
        "在{SUR}家的院子里，记者看到了一台崭新的拖拉机。",
        "{SUR}老是{R}人，{Y}参加革命，曾在{R}长期工作。",
        "提起{SUR}老，{R}的乡亲们无不竖起大拇指。",
        "{SUR}老师在这所山村小学已经教了{NS}年书。",
        "{R}各级党委把{HW}作为一项重要任务来抓。",
        "{RN}人民政府{D}发出通知，要求各地做好{HW}工作。",
        "据{RN}统计局统计，今年上半年{P}国内生产总值增长{PCT}。",
        "{Z}是{C}人，今年{NS}岁，是远近闻名的养猪专业户。",
        "{Z}主席在{R}考察时指出，{IR}地区要抓住机遇，加快发展。",
        "从{R}到{R}，从{IR}到{IR}，处处呈现出欣欣向荣的景象。",
        "来自{R}、{R}、{R}等{NS}个省区市的代表参加了会议。",
        "{R}至{R}的高速公路{D}正式通车。",
        "{Y}冬天，{Z}带着全家从{R}迁到了{R}。",
        "{Z}委员长主持了会议，{Z}副委员长作了说明。",
        "{OP}{D}在{R}召开全体会议，{Z}当选为主席。",
        "{SUR}{ST}{D}在{R}视察工作时强调，要把{HW}放在突出位置。",
        "在{SUR}{ST}的关怀下，{R}的{HW}事业取得了长足进步。",
        "{SUR}{ST}对大家说，{HW}是头等大事。",
        "老{SUR}今年{NS}岁，在{R}当了一辈子农民。",
        "小{SUR}是{Y}从{R}来{@京}打工的。",
        "老{SUR}和小{SUR}都是{R}人。",
        "{SUR}氏家族世代居住在{R}。",
        "{SUR}某与{SUR}某系同乡，{D}一同来到{R}。",
        "坚持{#马}{#列}主义、{#毛泽东}思想。",
        "{#马克思}{#列宁}主义是我们的指导思想。",
        "{Z}（{SUR}）是{R}人，{Y}参加工作。",
        "{C}的农民{Z}今年种了{NS}亩大棚蔬菜，纯收入{N}多元。",
        "记者日前来到{C}，这里的群众正忙着兴修水利。",
        "{C}发生一起特大交通事故，造成{NS}人死亡。",
        "{Z}，{Y}生于{C}，{Y}毕业于{OP}。",
        "新华社{R}{DD}电 {C}{D}发现一处古墓群。",
        "{C}的{NS}名下岗职工在{Z}的带领下办起了服装厂。",
        "{GOV}{D}召开会议，研究部署{HW}工作。",
        "据{GOV}介绍，今年全市共查处违法案件{N}起。",
        "{GOV}和{GOV}联合下发通知，要求加强{HW}管理。",
        "记者从{GOV}获悉，{R}今年新增就业岗位{N}个。",
        "{GOV}负责人{Z}说，{HW}工作已经全面展开。",
        "{@中国}驻{COF}特命全权大使{Z}{D}向{CO}总统{F}递交了国书。",
        "{COF}总统{F}{D}抵达{W}，开始对{CO}的国事访问。",
        "{@中国}{CNOUN}的发展引起了世界各国的关注。",
        "{Z}说，{@中国}{CNOUN}正在走向世界。",
        "{CO}{CNOUN}近年来发展很快，{CO}{CNOUN}也有了长足的进步。",
        "{F}对{@中国}{CNOUN}给予了高度评价。",
        "{@中国}是一个发展中国家，{@中国}{CNOUN}还比较落后。",
        "{CNORG}和{CNORG}{D}联合举办了{HW}展览。",
        "{CNORG}负责人{Z}说，今年的工作重点是{HW}。",
    ],
    "sports": [
        "新华社{W}{DD}电 在今天结束的{SP}比赛中，{@中国}选手{Z}以{SC}战胜{CO}选手{F}，获得冠军。",
        "{TEAM}主教练{F}赛后说，{TEAM}踢得很顽强。",
        "{CLUB}{D}以{SC}击败{CLUB}，继续排名积分榜首位。",
        "{F}在第{NS}分钟为{CLUB}攻入一球，{F}第{NS}分钟扳平比分。",
        "在{W}举行的{CUP}比赛中，中国队以{SC}负于{CON}队。",
        "中国女队在{CUP}决赛中以{SC}战胜{CON}队，第{NS}次捧得{CUP}。",
        "中国男队在{W}举行的{#汤姆斯}杯决赛中以{SC}击败{CON}队。",
        "{F}和{F}在男子单打半决赛中相遇，{F}以{SC}获胜。",
        "{FD}以{N}分的成绩获得女子全能冠军，{Z}获得亚军。",
        "{Z}教练说，队员们在{W}的比赛中发挥出了水平。",
        "{TEAM}球员{F}被评为本场最佳球员。",
        "德国队主教练{F}宣布，{F}将担任队长。",
        "{CLUB}前锋{F}在{D}的比赛中受伤，将缺席{NS}周。",
        "{P}运动员{Z}在{W}举行的世锦赛上夺得金牌。",
        "{SP}世界杯赛{D}在{W}开幕，{Z}、{Z}等{@中国}选手参赛。",
        "前{CO}国脚{F}已经同{TEAM}签约，出任该队主教练。",
        "{F}率领的{TEAM}在主场以{SC}战胜了{TEAM}。",
        "{TEAM}以{SC}战胜{TEAM}后，{F}对记者说，这是一场来之不易的胜利。",
        "{@中国}选手{Z}/{Z}在女子双打比赛中以{SC}战胜{CO}组合{F}/{F}。",
        "在{W}进行的{CUP}第{NS}轮比赛中，{CLUB}主场以{SC}不敌{CLUB}。",
        "{F}是{CO}家喻户晓的球星，曾效力于{CLUB}和{CLUB}。",
        "{CLUB}的{F}和{CLUB}的{F}并列射手榜首位。",
        "本届{CUP}有来自{WR}和{WR}的{NS}支球队参赛。",
        "{CIN}队在{SP}联赛中以{SC}战胜{CIN}队，保住了甲级队资格。",
        "国际奥委会主席{F}{D}在{W}宣布了下届奥运会的主办城市。",
        "{W}马拉松赛{D}举行，{CO}选手{F}以{N}分{NS}秒的成绩夺冠。",
        "{F}打破了由{F}保持的世界纪录。",
        "{CLUB}中锋{F}得到{NS}分和{NS}个篮板球，帮助球队以{SC}获胜。",
        "{CLUB}队{D}在客场以{SC}击败{CLUB}队，{F}全场得到{NS}分。",
        "{JP}在{W}举行的比赛中以{SC}战胜了{KP}。",
        "{@韩国}棋手{KP}以{SC}击败{@日本}棋手{JP}，夺得冠军。",
        "围棋手{Z}九段执黑中盘战胜了{KP}九段。",
        "{FD}在{W}网球公开赛中爆冷出局。",
        "{F}与{F}之间的争冠之战吸引了{N}多名观众。",
        "中国国家队主教练{F}（{FD}）公布了参加{W}比赛的{NS}人名单。",
        "{Z}、{Z}在{CUP}比赛中分别获得第一名和第三名。",
        "{CLUB}和{CLUB}都希望签下这名年仅{NS}岁的{CO}前锋。",
        "在{W}结束的{CUP}上，{@中国}选手共获得{NS}枚金牌。",
        "{F}赛后对{CO}记者说，他很喜欢{W}的球迷。",
        "{CLUB}队和{CLUB}队在{W}展开了激烈角逐。",
        "{@中国}女队{D}在{W}第{NS}次捧起{#尤伯}杯。",
        "{@中国}男队在{#汤姆斯}杯半决赛中以{SC}击败{CON}队。",
        "本届{#汤}{#尤}杯赛{D}在{W}开幕。",
        "{@中国}队已经{NS}次夺得{#尤}杯冠军。",
        "{CON}队卫冕{#汤}杯的希望破灭了。",
        "{F}因在{HW}领域的贡献获得了{PN}。",
        "{PN}得主{F}{D}在{W}发表演讲。",
        "这是{@中国}科学家首次获得{PN}。",
        "坚持{#马克思}主义的基本原理，高举{#邓小平}理论伟大旗帜。",
        "{Z}同志认真学习{#马克思}主义和{#毛泽东}思想。",
        "{@日本}{JP}天皇{D}在皇宫会见了{CO}总统{F}。",
    ],
    "economy": [
        "{D}，道琼斯工业平均指数下跌{N}点，收于{N}点。",
        "受{WR}金融危机影响，{IDX}{D}大幅下挫。",
        "{CO}中央银行{D}宣布将利率下调{PCT}。",
        "{COMP}和{COMP}{D}宣布合并，新公司将成为全球最大的汽车制造商之一。",
        "{OP}与{COMP}{D}在{W}签署合资协议。",
        "{COMP}公司总裁{F}说，{COMP}将在{R}投资{N}万美元建厂。",
        "{COMP}在{R}的合资企业今年销售额增长了{PCT}。",
        "据{AGENCY}报道，{F}的个人资产已超过{N}亿美元。",
        "{W}外汇市场{D}美元对日元汇率下跌。",
        "美元对日元的汇率{D}升至{N}日元兑{NS}美元。",
        "{CO}财政部长{F}说，{CO}经济今年将增长{PCT}。",
        "{BANK}{D}在{W}设立分行，这是该行在{WR}设立的第{NS}家分支机构。",
        "{R}今年外贸出口额达到{N}亿美元，其中对{CO}出口增长{PCT}。",
        "{R}引进{CO}资金{N}万美元，建成了{IR}最大的化纤基地。",
        "{@中}{@美}两国贸易逆差问题是双方会谈的重点。",
        "欧佩克{D}在{W}举行会议，决定每日减产原油{N}万桶。",
        "国际油价{D}在{W}市场上涨至每桶{NS}美元。",
        "{OP}董事长{Z}在年会上说，{OP}今年的利润将超过{N}亿元。",
        "{COMP}、{COMP}和{COMP}等跨国公司纷纷在{R}设立研发中心。",
        "{CO}{TF}{F}访{@华}期间，两国企业签订了总额{N}亿美元的合同。",
        "{W}的{COMP}拍卖行{D}举行{@中国}瓷器专场拍卖会。",
        "{R}的{HW}产业今年产值突破{N}亿元。",
        "{@沪}{@深}股市今天走势平稳，{COMP}股价小幅上扬。",
        "国际货币基金组织总裁{F}{D}在{W}说，{WR}经济正在复苏。",
        "世界银行行长{F}{D}抵{@京}访问。",
        "{IDX}{D}收盘报{N}点。",
        "据{OP}统计，今年{IR}地区的外商投资增长了{PCT}。",
    ],
    "weather": [
        "据中央气象台预报，{D}{IR}大部地区有中到大雨，{IR}有雨夹雪。",
        "受冷空气影响，{IR}、{IR}和{IR}北部气温将下降{NS}至{NS}摄氏度。",
        "{WR}部分地区{D}发生强烈地震，震中位于{W}以南{N}公里处。",
        "{CO}{W}地区{D}发生里氏{NS}级地震。",
        "厄尔尼诺现象导致{WR}和{WR}出现罕见的干旱和洪涝。",
        "受拉尼娜现象影响，{IR}今冬气温偏低。",
        "{RIV}流域{D}普降暴雨，{R}、{R}等地出现洪涝灾害。",
        "{RIV}{R}段水位{D}超过警戒线{PCT}米。",
        "强台风{D}在{R}沿海登陆，{R}、{R}受灾严重。",
        "{W}{D}遭受飓风袭击，造成{NS}人死亡。",
        "{R}：晴，{NS}至{NS}℃；{R}：多云转阴，{NS}至{NS}℃；{W}：小雨。",
        "{W}、{W}、{W}今天最高气温都超过了{NS}摄氏度。",
    ],
    "culture": [
        "由{O}主办的{CO}{HW}展览{D}在{LM}开幕。",
        "{CO}著名作家{F}的作品集{D}由{O}出版。",
        "{F}的小说描写了{W}一个普通家庭的悲欢离合。",
        "{CO}钢琴家{FD}{D}在{LM}举行独奏音乐会。",
        "著名指挥家{JP}率领{OP}来{@华}演出。",
        "{FD}是{CO}最有影响的诗人之一，他的作品已被译成{NS}种文字。",
        "{F}、{F}、{F}等{CO}作家的作品深受{@中国}读者喜爱。",
        "{F}在这部影片中扮演一位来自{W}的年轻教师。",
        "这部影片获得了第{NS}届奥斯卡金像奖最佳影片奖，导演{F}获最佳导演奖。",
        "中国科学院院士{Z}{D}在{R}逝世，享年{NS}岁。",
        "{Z}院士和{Z}研究员主持的课题获得了国家科技进步一等奖。",
        "{F}提出的理论对现代物理学的发展产生了深远影响。",
        "{F}和{F}共同获得了今年的{#诺贝尔}物理学奖。",
        "{#马克思}、{#恩格斯}在《共产党宣言》中指出，{HW}是历史发展的必然。",
        "{F}的思想在{WR}有着广泛的影响。",
        "在{W}举行的国际{HW}研讨会上，{Z}教授宣读了论文。",
        "{CIN}博物馆收藏的{N}件文物{D}赴{W}展出。",
        "{LM}是{R}著名的旅游胜地，每年接待中外游客{N}万人次。",
        "游客们登上{LM}，远眺{GEO}，无不赞叹。",
        "在{W}，{F}参观了当地的中文学校。",
        "{CO}的{F}和{CO}的{F}分获男女主角奖。",
        "由{F}执导的影片《{HW}》{D}在{W}首映。",
        "{Z}、{Z}夫妇从{W}回国后，一直在{R}从事教学工作。",
        "青年画家{Z}的作品在{W}、{W}等地展出后引起轰动。",
        "{F}教授在{OP}作了题为《{TOP}》的学术报告。",
    ],
    "court": [
        "{CIN}市中级人民法院{D}依法公开审理了被告人{Z}贪污案。",
        "被告人{SUR}某于{Y}在{R}经营一家{HW}店。",
        "犯罪嫌疑人{SUR}某某已被{R}警方依法逮捕。",
        "据查，{SUR}某曾多次在{R}、{R}等地作案。",
        "{CIN}市人民检察院以涉嫌受贿罪对{R}原副县长{Z}提起公诉。",
        "{Z}在{R}经商期间，结识了同乡{Z}。",
        "{Z}被判处有期徒刑{NS}年，剥夺政治权利{NS}年。",
        "法庭上，{SUR}某对自己的犯罪事实供认不讳。",
        "{W}一家法院{D}宣判，{F}被判处终身监禁。",
        "{CO}特别检察官{F}向国会提交了调查报告。",
        "{F}的律师{F}说，他的当事人是无罪的。",
        "{R}警方{D}破获一起特大走私案，抓获{SUR}某等犯罪嫌疑人{NS}名。",
        "{SUR}家兄弟三人都在{R}打工。",
        "{SUR}家今年养了{N}头猪，收入{N}多元。",
        "{SUR}老汉一家{D}搬进了新居。",
        "{SUR}大妈的儿子在{W}留学。",
        "家住{A}的{Z}{D}报警称，其停放在楼下的轿车被盗。",
        "{SUR}某某，住{A}，因涉嫌诈骗罪{D}被依法逮捕。",
        "车牌号为{PLATE}的货车在{R}境内发生侧翻，司机{Z}受轻伤。",
        "肇事车辆{PLATE}已被{R}交警扣留。",
        "{Z}驾驶{PLATE}号小客车行至{A}时，与一辆电动车相撞。",
        "本案被告人{Z}，男，{Y}生，户籍地{A}。",
        "{OP}新办公地址为{A}，联系人{Z}。",
        "据悉，这家{COMP}专卖店位于{A}，{D}开业。",
    ],
    "names": [
        "{F}说，{TOP}问题只能通过谈判解决。",
        "{F}指出，{WR}的和平进程正处在关键时刻。",
        "{F}认为，{CO}政府的做法是错误的。",
        "{F}总统说，{CO}将继续推行经济改革。",
        "{F}和{F}都是{CO}政坛的老将。",
        "据报道，{F}已经辞去{TF}职务。",
        "{F}、{F}和{F}被提名为下届{TF}候选人。",
        "{F}的发言人{F}{D}对记者说，{F}将于下周出访{WR}。",
        "{F}夫人{D}在{W}出席了慈善晚会。",
        "{F}的母亲是{CO}人，父亲是{CO}人。",
        "{FD}当选为{CO}新总统。",
        "{FD}和{FD}在{W}举行了婚礼。",
        "{F}执政以来，{CO}经济保持了较快增长。",
        "{F}政府{D}宣布解散议会，提前举行大选。",
        "{JP}内阁{D}总辞职，{JP}将出任新首相。",
        "{JP}是{W}人，{Y}当选为众议员。",
        "{@日本}天皇{JP}和皇后{JP}{D}在{W}接见了{@中国}客人。",
        "{KP}当选为{@韩国}第{NS}任总统。",
        "{KP}和{KP}是多年的政治对手。",
        "{KP}说，他的当选标志着{@韩国}民主进入了新阶段。",
        "{Z}与{F}是多年的老朋友。",
        "{Z}主席说，{F}先生是{@中国}人民的老朋友。",
        "{Z}总理对{F}首相说，欢迎您再次来{@华}访问。",
        "{Z}同志和{Z}同志出席了会议。",
        "{Z}先生和夫人{Z}女士向{R}捐赠了{N}万元。",
        "{Z}教练和{F}教练都对比赛结果表示满意。",
        "{Z}院士说，{F}的这一发现具有划时代的意义。",
        "在{W}的{F}家中，记者见到了这位{NS}岁的老人。",
        "{Z}告诉记者，他在{W}留学时曾师从{F}教授。",
    ],
    "drill": [
        "{F}{TF}下月访{@华}。",
        "{F}访{@华}前夕，{AB2}双方就{TOP}问题交换了意见。",
        "我们预祝{F}{TF}访{@华}圆满成功。",
        "{CO}方面宣布，{F}推迟访{@华}。",
        "{CO}前驻{@华}大使{F}{D}在{W}逝世。",
        "欢迎{CO}企业家来{@华}投资。",
        "一些人掀起反{@华}浪潮，{CO}舆论对此表示不满。",
        "{@日本}侵{@华}暴行铁证如山。",
        "{R}选派的第{NS}批援{@藏}干部{D}进{@藏}。",
        "{@藏}医{@藏}药在{R}很受欢迎。",
        "{N}名{@港}{@澳}同胞{D}回到{R}参观。",
        "{@港}胞{Z}捐资{N}万元，在{R}兴建了一所小学。",
        "{@京}剧{HW}在{W}演出，受到观众欢迎。",
        "第{NS}届全国{HW}会议{D}在{@京}举行。",
        "{R}{N}名代表{D}来{@京}参加会议。",
        "{Z}{D}启程赴{@京}。",
        "{CO}艺术团{D}进{@京}演出。",
        "{@俄}经济已经停止下滑。",
        "{@俄}政府{D}采取措施稳定金融市场。",
        "{F}说，{@俄}目前仍面临严重困难。",
        "{@美}政府对此没有作出反应。",
        "{@英}政府{D}宣布，将削减军费开支。",
        "{@日}政府对{AB}方的抗议置之不理。",
        "{@中}{@日}和平友好条约缔结{NS}周年纪念活动{D}在{LM}举行。",
        "《{@中}{@日}联合声明》是两国关系的政治基础。",
        "{@中}{@日}邦交正常化以来，两国关系不断发展。",
        "{@中}{@日}围棋擂台赛{D}在{W}开战。",
        "{AB}方向{@中}方通报了有关情况。",
        "{@中}方召集人{Z}在会上发言。",
        "{@中}{AB}经贸关系发展顺利。",
        "古今{@中}外，概莫能外。",
        "{@日}军在{R}烧杀抢掠，{@日}寇的暴行激起了当地人民的反抗。",
        "抗{@日}英雄{Z}的事迹在{R}广为流传。",
        "{F}是{@日}裔{CO}人。",
        "{@美}{@日}安保体制引起了{WR}国家的警惕。",
        "{@美}{@俄}两国总统{D}在{W}举行会晤。",
        "{@英}{@美}联军{D}对{CO}发动了空袭。",
        "北约东扩引起了{@俄}方的强烈不满。",
        "{@俄}{@白}联盟条约{D}在{W}签署。",
        "{@中}{@俄}{@哈}{@吉}{@塔}五国元首{D}在{W}会晤。",
        "{@以}{@巴}冲突造成{NS}人死亡。",
        "{@印}{@巴}边境{D}再次发生交火。",
        "{@伊}{@科}边境地区局势紧张。",
        "{@朝}{@韩}双方{D}在{@板门店}举行会谈。",
        "{@韩}{@朝}双方红十字会代表{D}举行会谈。",
    ],
    "negative": [
        "{BODY}{D}发表声明，宣布退出{BODY}。",
        "{BODY}成员国{D}在{@维也纳}举行会议。",
        "{OP}{D}成立{NS}周年，{O}发来贺信。",
        "{OP}和{OP}联合举办了{HW}研讨会。",
        "{OP}的{N}名职工{D}参加了义务劳动。",
        "{OP}{D}在{R}举行新闻发布会。",
        "{COMP}、{COMP}、{COMP}等公司的产品在{@中国}市场上很受欢迎。",
        "白宫发言人{F}{D}说，总统对此表示关注。",
        "五角大楼{D}宣布，将向{WR}增派部队。",
        "克里姆林宫{D}发表声明，否认了有关传闻。",
        "据{AGENCY}报道，{HW}问题仍然十分{ADJ}。",
        "{HW}、{HW}和{HW}是当前工作的重点。",
        "形势依然{ADJ}，我们必须高度重视。",
        "枝繁叶茂的大树下，孩子们正在做游戏。",
        "这里的山形奇特，景色十分秀丽。",
        "全部欠款已于{D}付清。",
        "各级党组织要切实加强党建工作，把{HW}落到实处。",
        "{CLUB}和{CLUB}的比赛将于{D}在主场进行。",
        "在{CUP}上，中国队以{SC}战胜了对手。",
        "{OP}代表队获得了团体总分第一名。",
        "{OP}是{RN}规模最大的企业之一。",
        "{CON}队在小组赛中以{SC}战胜了{CON}队。",
        "{RN}代表团团长在闭幕式上讲话。",
        "{CON}政府代表团{D}离开{W}回国。",
        "据{OP}消息，{HW}工作进展顺利。",
        "{COMP}的{HW}产品今年销量增长了{PCT}。",
        "{CLIM}现象使得{WR}的气候异常。",
        "专家认为，这场灾害与{CLIM}现象有关。",
        "中共中央、国务院{D}发出通知，要求切实做好{HW}工作。",
        "全国人大常委会{D}在{LM}举行第{NS}次会议。",
        "{@中华人民共和国}成立{NS}周年庆祝大会{D}在{LM}隆重举行。",
        "中国共产党第{NS}次全国代表大会{D}在{LM}开幕。",
        "全国政协{D}举行常委会议。",
    ],
}

# How often each topic is drawn.
_WEIGHTS = {"diplomacy": 0.2, "abbrev": 0.17, "domestic": 0.12, "sports": 0.12, "economy": 0.09, "weather": 0.05,
            "culture": 0.07, "court": 0.05, "names": 0.07, "negative": 0.06, "drill": 0.1}  # fmt: skip


def _one(n: NewsGen, slots: dict) -> Example:
    topics = list(_WEIGHTS)
    topic = n.r.choices(topics, [_WEIGHTS[t] for t in topics])[0]
    return render_slots(n.r.choice(TEMPLATES[topic]), slots)


def generate_news(n: int, seed: int, extra_given: str = "") -> list[Example]:
    """``n`` news-style sentences with ``(start, end, "PER"|"LOC")`` spans (end exclusive).

    About half join two or three templates into one longer passage, as news paragraphs do.
    """
    ng = NewsGen(seed, extra_given)
    slots = _slots(ng)
    out: list[Example] = []
    for _ in range(n):
        text, spans = _one(ng, slots)
        r = ng.r.random()
        extra = 0 if r < 0.5 else (1 if r < 0.85 else 2)
        for _ in range(extra):
            more = _one(ng, slots)
            if ng.r.random() < 0.4 and text.endswith("。"):  # one sentence, two clauses
                text, spans = join((text[:-1], spans), more, "，")
            else:
                text, spans = join((text, spans), more)
        out.append((text, spans))
    return out


if __name__ == "__main__":
    print_examples(__doc__, generate_news)
