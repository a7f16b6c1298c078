"""Generate social-media and news-feed labelled sentences for the tagger (project-owned data).

Two registers our other generated data rarely shows:

- Weibo posts, comments and reposts (``//@handle:`` chains, ``回复@handle:``,
  ``#话题#``, ``[哈哈]`` emoticons, ``http://t.cn/...`` links, 转发微博, ！！！ and ~~~,
  traditional characters now and then, 的/滴-style typos, English mixed in);
- news-feed snippets as portal feeds carry them (game news, football previews with
  odds, clubs and bookmakers, stock commentary, property ads, book/film/art reviews,
  travel guides, government notices, company news).

Conventions (the same as the other generators):

- people: generated Chinese names, given names alone (晓明), nicknames that refer to a
  person (乐乐, 阿强, 小雨, 涛哥, 娜姐), celebrities, Latin-letter names and gamer tags
  (Faker, Tony) are ``PER``; titles and kinship words after a name are not part of it
  (王小明姐姐 -> 王小明); a bare surname before 总/老师/姐 ... is the person (王总 -> 王);
- a handle after ``@`` is ``PER`` when it is a person-like name (a name, nickname or
  tag) and ``O`` otherwise (媒体/品牌 accounts, 用户12345, phrase handles);
- places: cities, provinces, countries, districts, streets, scenic spots are ``LOC``;
  a full address is one span; a bare chain of divisions is one span per division;
- never entities: slang (祝福, 张望, 周中), emoticons, hashtags without names, games
  and game characters, e-sports teams, football clubs (北京国安), bookmakers, shops and
  brands (大润发), shop branches named after a place (大润发南京路店), apps, TV shows,
  stocks, estates, organisations.

Lists come from ``ner_lexicon_social`` (hand-written, general knowledge) and
``ner_lexicon``; Chinese personal names and places from ``ner_synth.Gen``. Nothing
comes from a research-use corpus.

Usage: ``python scripts/ner_synth_social.py --n 30 --seed 1`` prints examples.
"""

from __future__ import annotations

import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ner_lexicon as lx
import ner_lexicon_social as sl
import ner_lexicon_world as wl
from ner_synth import Gen, join, print_examples, render_slots

Span = tuple[int, int, str]
Example = tuple[str, list[Span]]

# Simplified -> traditional for common characters (1:1, so offsets do not move).
_S2T = str.maketrans(
    "这个们说时来对会还没过动发后里间现实车东门问听见长马鸟鱼书东开关电话爱点样让请谁边远进运还"
    "为从风飞学习国图华区县乡镇场岁业与万两广厂历师应态总愿钱银铁锋飞尔钟张陈刘杨赵吴孙郑冯许"
    "韩邓萧叶苏卢蒋贾叶龙凤刚红红丽伟军强兰芳娟云梦涛宝晓亲见网络游戏赛队球胜负让盘"
    "湾岛闽粤沪渝苏浙赣鲁豫鄂湘桂黔滇陕甘宁辽吉黑冀晋蒙澳台门谢谢欢乐",
    "這個們說時來對會還沒過動發後裡間現實車東門問聽見長馬鳥魚書東開關電話愛點樣讓請誰邊遠進運還"
    "為從風飛學習國圖華區縣鄉鎮場歲業與萬兩廣廠歷師應態總願錢銀鐵鋒飛爾鐘張陳劉楊趙吳孫鄭馮許"
    "韓鄧蕭葉蘇盧蔣賈葉龍鳳剛紅紅麗偉軍強蘭芳娟雲夢濤寶曉親見網絡遊戲賽隊球勝負讓盤"
    "灣島閩粵滬渝蘇浙贛魯豫鄂湘桂黔滇陝甘寧遼吉黑冀晉蒙澳臺門謝謝歡樂",
)
# Same-length typos and slang spellings people write (的 -> 滴), applied outside entities.
_TYPOS = {"的": "滴地", "了": "啦", "这": "介", "没": "木", "我": "偶", "什": "神", "在": "再"}
_PUNCT_RUNS = (
    "！！！",
    "!!!",
    "～～～",
    "~~~",
    "。。。",
    "……",
    "？？？",
    "???",
    "！？",
    "。",
    "！",
    "~",
    "",
    "",
    "",
)
_LAUGHS = (
    "哈哈哈",
    "哈哈哈哈哈",
    "hhhh",
    "233333",
    "嘻嘻",
    "呜呜呜",
    "啊啊啊啊",
    "呵呵",
    "嘿嘿",
    "hiahia",
)
_EN_BITS = ("OMG", "so happy", "so sad", "what", "lol", "LOL", "btw", "by the way", "good night", "miss you",
            "love you", "happy birthday", "nice", "cool", "come on", "yes", "no way", "hhh", "emmm", "ok")  # fmt: skip
# Phrase handles: accounts that are not people's names.
_PHRASE_HANDLES = (
    "爱吃鱼的猫", "一只小小鸟", "今天也要加油鸭", "不吃香菜", "快乐星球", "咸鱼翻身", "晒太阳的猫", "奶茶续命",
    "人间清醒", "追风少年", "月亮不睡我不睡", "芒果布丁", "柠檬不萌", "做个好梦", "星星点灯", "一颗大白菜",
    "隔壁老王家的猫", "深夜食堂", "旅行的意义", "吃货小分队", "摄影爱好者", "篮球迷", "足球小将", "考研人",
    "搞笑段子", "电影控", "读书小组", "猫咪日记", "汪星人日常", "每日一笑",
)  # fmt: skip
_PINYIN = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
           "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng")  # fmt: skip
_TITLE_A = ("青春", "那些年", "时光", "归来", "夏日", "长安", "星辰", "流浪", "少年", "人间", "风起", "山河", "红楼",
            "江湖", "梦里", "夜色", "雪落", "北方", "南方", "追光", "往事", "盛夏", "海上", "云中", "故乡")  # fmt: skip
_TITLE_B = ("的故事", "之歌", "物语", "往事", "传", "记", "之旅", "年华", "不再", "如梦", "的约定", "十二时辰",
            "旧事", "笔记", "", "")  # fmt: skip
_CUPS = ("欧冠", "英超", "西甲", "意甲", "德甲", "法甲", "中超", "亚冠", "足总杯", "国王杯", "欧联杯", "世界杯预选赛", "联赛杯")  # fmt: skip
_GOV_BODIES = ("人民政府", "公安局", "教育局", "住建局", "市场监管局", "交通运输局", "文旅局", "卫健委", "税务局", "人社局")  # fmt: skip


class SocialGen:
    """Slot values for social and news-feed templates (wraps :class:`ner_synth.Gen`)."""

    def __init__(self, seed: int, extra_given: str = "") -> None:
        self.g = Gen(seed, extra_given)
        self.r = self.g.r
        self.world = list(lx.WORLD_PLACES) + list(wl.WORLD_PLACES_ZH)
        self.countries = list(wl.WORLD_COUNTRIES_ZH)
        self.surnames = set(lx.SURNAMES)
        self.translit = list(wl.TRANSLIT_PEOPLE_ZH)

    # -- people -----------------------------------------------------------------
    def given(self) -> str:
        """A given name alone (晓明), how friends address each other."""
        name = self.g.zh_name()
        while len(name) < 3 or name[:2] in lx.COMPOUND_SURNAMES:
            name = self.g.zh_name()
        return name[1:]

    def nickname(self) -> str:
        r, c = self.r.random(), self.r.choice
        if r < 0.2:
            ch = c(sl.NICK_REDUP) if self.r.random() < 0.7 else self.g.given_char()
            return ch + ch
        if r < 0.35:
            return "阿" + c(sl.NICK_A)
        if r < 0.5:
            tail = c(sl.NICK_XIAO)
            if self.r.random() < 0.25:
                tail += c(sl.NICK_XIAO)
            return "小" + tail
        if r < 0.62:
            return c(sl.NICK_BRO) + c(sl.NICK_SUFFIX_BRO)
        if r < 0.72:
            return c(sl.NICK_SIS) + c(sl.NICK_SUFFIX_SIS)
        if r < 0.82:
            return self.given()
        if r < 0.9:
            return c(sl.EN_NICKS)
        return self.g.zh_name()

    def celebrity(self) -> str:
        return (
            self.r.choice(sl.CELEB_NICKNAMES)
            if self.r.random() < 0.12
            else self.r.choice(sl.CELEBRITIES)
        )

    def latin(self) -> str:
        r = self.r.random()
        if r < 0.5:
            return self.r.choice(sl.GAMER_TAGS)
        if r < 0.65:
            return self.r.choice(sl.EN_NICKS)
        if r < 0.8:  # Tony_Zhang, lily88: an English name with a pinyin surname or digits
            tail = self.r.choice(_PINYIN) if self.r.random() < 0.6 else str(self.r.randint(1, 999))
            name = self.r.choice(sl.EN_NICKS) + self.r.choice(["_", "", "."]) + tail
            return name.lower() if self.r.random() < 0.3 else name
        return self.g.en_name()

    def person(self) -> str:
        r = self.r.random()
        if r < 0.4:
            return self.g.zh_name()
        if r < 0.65:
            return self.nickname()
        if r < 0.82:
            return self.celebrity()
        if r < 0.92:
            return self.latin()
        return self.g.foreign_name()

    def player(self) -> str:
        """A footballer as feeds write him: transliterated surname, full form, or Chinese."""
        r = self.r.random()
        if r < 0.45:
            return self.r.choice(self.translit)
        if r < 0.7:
            return self.g.foreign_name()
        if r < 0.88:
            return self.g.zh_name()
        return self.celebrity()

    def handle(self) -> list[tuple[str, str | None]]:
        """A Weibo handle: a person (PER) or an account that is no name (O)."""
        r = self.r.random()
        if r < 0.3:
            return [(self.g.zh_name(), "PER")]
        if r < 0.45:
            return [(self.nickname(), "PER")]
        if r < 0.55:
            return [(self.latin(), "PER")]
        if r < 0.62:
            return [(self.celebrity(), "PER")]
        if r < 0.78:
            return [(self.r.choice(sl.ORG_HANDLES), None)]
        if r < 0.9:
            return [(self.r.choice(_PHRASE_HANDLES), None)]
        return [("用户" + str(self.r.randint(1000000, 7999999999)), None)]

    # -- places -----------------------------------------------------------------
    def city(self) -> str:
        return self.g.region("c", short=0.7)

    def district(self) -> str:
        return self.g.region("a", short=0.2)

    def place(self) -> str:
        r = self.r.random()
        if r < 0.45:
            return self.g.region(self.r.choice("pcca"), short=0.6)
        if r < 0.6:
            return self.r.choice(sl.SCENIC_SPOTS)
        if r < 0.72:
            return self.r.choice(self.countries)
        if r < 0.84:
            return self.r.choice(self.world)
        return self.g.place()

    def district_road(self) -> str:
        """东城区人民路: divisions followed by a road are one address."""
        parts = self.g.chain()
        return "".join(parts[-self.r.randint(1, 2) :]) + self.g.road()

    def shop_branch(self) -> str:
        """大润发南京路店: a shop named after a place is not a place."""
        where = self.r.choice(
            [lx.short_name(self.city()), lx.short_name(self.city()), self.district(), self.g.road()]
        )
        return (
            self.r.choice(sl.PHYSICAL_SHOPS)
            + where
            + self.r.choice(["店", "分店", "旗舰店", "门店"])
        )

    # -- other pieces -------------------------------------------------------------
    def emo(self) -> str:
        r = self.r.random()
        if r < 0.65:
            return "[" + self.r.choice(sl.EMOTICON_CODES) + "]"
        if r < 0.85:
            return self.r.choice(sl.EMOJI)
        return self.r.choice(sl.KAOMOJI)

    def url(self) -> str:
        tail = "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(7))
        return (
            self.r.choice(["http://t.cn/", "http://t.cn/", "https://t.cn/", "http://url.cn/"])
            + tail
        )

    def title(self) -> str:
        return "《" + self.r.choice(_TITLE_A) + self.r.choice(_TITLE_B) + "》"

    def name_title(self) -> str:
        """《王小明传》: a title that holds a name is a book or film, not a person."""
        who = self.g.zh_name() if self.r.random() < 0.6 else self.celebrity()
        return (
            "《"
            + who
            + self.r.choice(["传", "自传", "的一生", "日记", "前传", "", "外传", "的故事"])
            + "》"
        )

    def odds(self) -> str:
        return f"{self.r.randint(1, 9)}.{self.r.randint(0, 99):02d}"

    def score(self) -> str:
        return (
            f"{self.r.randint(0, 5)}{self.r.choice([':', '：', '比', '-'])}{self.r.randint(0, 4)}"
        )

    def price(self) -> str:
        return str(
            self.r.choice([8800, 12500, 15800, 23000, 31000, 45000, 62000, 98000])
            + self.r.randint(0, 99) * 10
        )


def _slots(s: SocialGen) -> dict:
    """Slot name -> (value function, label). A list value is (text, label) pieces."""
    g, r = s.g, s.r
    c = r.choice
    return {
        # people
        "Z": (g.zh_name, "PER"),
        "ZG": (s.given, "PER"),
        "N": (s.nickname, "PER"),
        "CEL": (s.celebrity, "PER"),
        "LAT": (s.latin, "PER"),
        "EN": (g.en_name, "PER"),
        "F": (g.foreign_name, "PER"),
        "PL": (s.player, "PER"),
        "SUR": (g.surname, "PER"),
        "P": (s.person, "PER"),
        "H": (s.handle, None),
        # places
        "L": (s.place, "LOC"),
        "CI": (s.city, "LOC"),
        "PV": (lambda: g.region("p", short=0.6), "LOC"),
        "DIST": (s.district, "LOC"),
        "ST": (g.road, "LOC"),
        "DST": (s.district_road, "LOC"),  # divisions + road: an address, one span
        "A": (g.address, "LOC"),
        "C": (g.chain, "LOC"),
        "SP": (lambda: c(sl.SCENIC_SPOTS), "LOC"),
        "CO": (lambda: c(s.countries), "LOC"),
        "W": (lambda: c(s.world), "LOC"),
        # not entities
        "CIN": (lambda: lx.short_name(s.city()), None),  # inside an organisation's name
        "CON": (lambda: c(s.countries), None),
        "SL": (lambda: c(sl.SLANG), None),
        "EMO": (s.emo, None),
        "HT": (lambda: "#" + c(sl.HASHTAGS) + "#", None),
        "URL": (s.url, None),
        "G": (lambda: c(sl.GAMES), None),
        "GC": (lambda: c(sl.GAME_CHARACTERS), None),
        "ET": (lambda: c(sl.ESPORTS_TEAMS), None),
        "CLUB": (lambda: c(sl.FOOTBALL_CLUBS + wl.TRANSLIT_CLUBS_ZH), None),
        "BK": (lambda: c(sl.BOOKMAKERS), None),
        "BET": (lambda: c(sl.BETTING_TERMS), None),
        "CUP": (lambda: c(_CUPS), None),
        "BR": (lambda: c(sl.SHOPS_BRANDS), None),
        "SHOP": (s.shop_branch, None),
        "TV": (lambda: c(sl.TV_SHOWS), None),
        "STK": (lambda: c(sl.STOCKS), None),
        "EST": (lambda: c(sl.ESTATES), None),
        "BRN": (g.brand, None),
        "O": (g.org, None),
        "GOV": (lambda: c(_GOV_BODIES), None),
        "TI": (s.title, None),
        "TN": (s.name_title, None),  # a name inside a book or film title is not tagged
        "GR": (lambda: c(sl.GROUPS), None),
        "LW": (lambda: c(sl.LATIN_WORDS), None),
        "W0": (g.word, None),
        "PU": (lambda: c(_PUNCT_RUNS), None),
        "HA": (lambda: c(_LAUGHS), None),
        "ENB": (lambda: c(_EN_BITS), None),
        "ODDS": (s.odds, None),
        "SC": (s.score, None),
        "PR": (s.price, None),
        "NUM": (lambda: str(r.randint(2, 99)), None),
        "AGE": (lambda: str(r.randint(3, 80)), None),
        "PH": (lambda: "1" + c("3578") + "".join(c(string.digits) for _ in range(9)), None),
        "D": (g.date, None),
    }


# Hand-written templates. People: {Z} name, {ZG} given name alone, {N} nickname, {CEL}
# celebrity, {LAT} Latin tag/name, {EN} English name, {F} transliterated, {SUR} bare
# surname, {P} any, {H} handle (PER or O). Places: {L} {CI} {PV} {DIST} {ST} {A} {C} {SP}
# {CO} {W}. Everything else is untagged.
TEMPLATES: dict[str, list[str]] = {
    # Weibo posts and comments: names right before particles, emoticons, slang.
    "post": [
        "{N}生日快乐{PU}{EMO}{EMO}",
        "今天和{N}去{SP}玩了，好开心{PU}{EMO}",
        "想{N}了{EMO}",
        "{Z}你个{SL}，说好的请客呢{PU}",
        "{HA}{N}太可爱了{EMO}",
        "{HT}{SL}{PU}{URL}",
        "{CEL}好帅啊啊啊啊{EMO}",
        "刚看完{CEL}的新电影，{SL}{EMO}",
        "{Z}姐姐今天的妆好美{PU}",
        "{Z}老师讲得太好了{EMO}",
        "{SUR}总请我们吃饭，{SL}{PU}",
        "在{SP}偶遇{CEL}{PU}手抖拍糊了{EMO}",
        "{CI}今天下雪了，{SL}{EMO}",
        "我在:{A} {URL}",
        "我在这里:{CI}·{SP} {URL}",
        "{N}啊{N}，你怎么这么{SL}",
        "跟{N}吵架了，心塞{EMO}",
        "周末和{N}、{N}一起去{CI}吃{BR}{EMO}",
        "{LAT}这波操作{SL}，{G}还得看他{PU}",
        "昨晚{G}开黑，{N}又坑了{EMO}",
        "{ET}加油{PU}{LAT}冲鸭{PU}",
        "{CEL}和{CEL}同框了，{SL}{PU}",
        "求问{CI}有什么好吃的？在线等，挺急的{EMO}",
        "{EN}说他下周来{CI}，好期待{PU}",
        "Happy birthday to {EN}{PU}{EMO}",
        "{N}你也太{SL}了吧{HA}",
        "{Z}你给我等着{PU}",
        "{Z}呢？怎么还没来{PU}",
        "谢谢{Z}的礼物{EMO}爱你哟",
        "{Z}大人威武{EMO}",
        "{N}哥哥今天直播吗{PU}",
        "去{BR}买东西碰到{Z}了，{SL}",
        "我家{N}今天学会叫爸爸了{EMO}",
        "{CI}的{SL}们，{SP}的花开了，快去{SL}{PU}",
        "{Z}，你在{CI}还好吗？想你{EMO}",
        "{N}：{SL}，晚安{EMO}",
        "【{CI}】{SP}今天游客爆满，{SL}{EMO}",
        "在{DST}看到一只流浪猫，求好心人收养{URL}",
        "寻人启事：{Z}，{AGE}岁，{D}在{A}附近走失，请转发{PU}",
        "{TV}里的{CEL}好搞笑{EMO}",
        "有没有人一起去看{CEL}的演唱会？{CI}站{PU}",
        "{CEL}来{CI}开演唱会啦{PU}{HT}",
        "我和{N}的日常：吃饭睡觉打{G}{EMO}",
        "{N}~{N}~快出来玩~~~",
        "哇{CEL}诶{PU}",
        "{SUR}老师辛苦了{EMO}",
        "下班路过{ST}，堵成狗{EMO}",
        "{CO}好好玩，下次还要和{N}一起来{EMO}",
        "刚从{W}回来，倒时差中{EMO}",
        "在{W}机场偶遇{EN}，合影留念~",
        "{Z}、{Z}、{Z}，你们三个快来{CI}{PU}",
        "楼主是{CI}人，坐标{DIST}",
        "坐标{CI}，求推荐{SL}{EMO}",
        "坐标：{C}",
        "我是{Z}，来自{CI}，喜欢{G}和{SL}",
        "{Z}同学，你的{SL}掉了{HA}",
        "感谢@{H} 的转发{EMO}",
        "{BR}的外卖太慢了，{SL}{EMO}",
        "@{H} @{H} 快来看{PU}{URL}",
        "{N}说：{SL}{PU}",
        "{LAT}：gg，{ET}牛逼{PU}",
        "刚买的{BR}就坏了，{SL}{EMO}",
        "新出的{LW}真的{SL}，{N}已经入手了{EMO}",
        "{LW}{LW}，{SL}{PU}",
        "{N}的{LW}又{SL}了{HA}",
        "今天的{LW}是{P}{PU}",
        "{SL}{SL}{EMO}",
        "{HT}今天的{SL}是{SL}{EMO}{URL}",
        "我爱{CI}，我爱{SP}{PU}",
        "{Z}啊{Z}，你让我说什么好{EMO}",
        "{ZG}，生日快乐！愿你{SL}{EMO}",
        "{ZG}你呢？",
        "亲爱的{ZG}，新年快乐{EMO}",
        "{N}的{SL}好好笑{HA}",
        "我們今天去了{SP}，風景超美的{EMO}",
        "{Z}你到底來不來啊{PU}",
        "原来{CEL}是{CI}人{PU}",
        "{CEL}的老家在{C}",
        "{C}有没有{SL}？",
        "大家好，我是{LAT}，今晚八点直播{G}，记得来哦~",
        "{LAT}和{LAT}双排，{SL}{PU}",
        "{G}新英雄{GC}太强了，{LAT}已经玩上了",
        "{GC}的皮肤好好看，{N}送我的{EMO}",
        "{ET}vs{ET}，{LAT}五杀{PU}",
        "{N}妈妈做的饭最好吃了{EMO}",
        "{N}家的猫又胖了{HA}",
        "{Z}给力！{SL}",
        "{Z}{HA}",
        "{Z}嘛，就是{SL}",
        "{Z}吧，他比较靠谱",
        "叫{Z}来{PU}",
        "问{Z}去",
        "找{N}借了一百块{EMO}",
        "{Z}的{SL}{EMO}",
        "都怪{N}{EMO}",
        "{EMO}{N}{EMO}",
        "{N}{PU}",
        "今天{SL}，{Z}也{SL}",
        "祝福{Z}和{Z}百年好合{EMO}",
        "祝福{CI}！{CI}加油{PU}",
        "万紫千红的{SP}，美哭了{EMO}",
        "{SP}门口人山人海，{SL}{EMO}",
        "张望了半天也没看到{N}{EMO}",
        "{SL}，{SL}{PU}",
        "刚刚在{ST}上看见{CEL}的广告牌了{PU}",
        "{TV}这期请了{CEL}和{CEL}，必看{PU}",
        "{N}在{SP}拍的照片{URL}",
        "这是{N}，那是{N}，我们在{CI}{EMO}",
        "{Z}：“{SL}” 我：“{SL}”",
        "{N}你好，我是{N}的朋友",
        "图/{Z}",
        "Ps：{N}是我室友{HA}",
        "OMG！{CEL}{PU}",
        "{EN} is so cute{PU}",
        "love {CI}，miss {N}{EMO}",
        "{CI}的朋友们晚安~{EMO}",
        "又是{SL}的一天，{CI}今天{NUM}度{EMO}",
        "晒晒我家{N}{EMO}{URL}",
        "{N}小朋友今天{AGE}岁啦{EMO}",
        "{Z}先生，您的快递到了，放在{A}门卫",
        "{SUR}姐人超好{EMO}",
        "跟{SUR}哥学了一招{PU}",
        "{Z}小姐姐太美了{PU}",
        "{Z}小哥哥唱歌好好听{EMO}",
        "{CEL}小哥哥{PU}",
        "{ZG}同学，{SL}{PU}",
        "{ZG}呀，{SL}",
        "{N}呀{N}{EMO}",
        "{Z}（{LAT}）真的{SL}",
        "{LAT}（{Z}）这把{SL}{PU}",
        "{Z}又叫{N}{HA}",
        "转：{DST}发生火灾，{SL}",
        "【转】{CEL}{SL}{URL}",
        "{D}，{CI}，晴，和{N}在{SP}{EMO}",
        "{ENB}！{N}你{SL}{PU}",
        "{N}{ENB}{EMO}",
        "我跟{Z}说{ENB}，他说{SL}",
        "{P}你在干嘛{PU}",
        "{P}呢，快出来{PU}",
        "{P}啊，{SL}",
        "给{P}点赞{EMO}",
        "{P}的微博好好笑{HA}",
        "{P}生日快乐！永远{SL}{EMO}",
        "支持{P}{PU}{HT}",
        "{P}加油{PU}{EMO}",
        "和{P}一起在{L}跨年{EMO}",
        "{L}好冷，想回{L}{EMO}",
        "明天去{L}出差，有{L}的朋友吗？",
        "{L}的{SL}真的{SL}{PU}",
        "{L}{L}{L}，三天跑了三个地方{EMO}",
        "来{L}的第{NUM}天，想家{EMO}",
        "求{L}到{L}的攻略{PU}",
        "在{SHOP}买的，{SL}{EMO}",
        "{SHOP}今天打折，冲{PU}",
        "有人在{SHOP}附近吗？",
        "{HT}{P}：{SL}{URL}",
        "为{P}打call{EMO}{EMO}",
        "{P}和{P}在一起了？？？",
        "{P}说{L}的{SL}最好吃",
        "{CI}冷清了好多，{SL}",
        "我家楼下的{BR}关门了{EMO}",
        "今天的{TV}你们看了吗？{CEL}{SL}{PU}",
        "{CEL}与{CEL}的{SL}{EMO}",
        "点名{P}和{P}来{L}玩{PU}",
        "{N}又在{G}里{SL}了{HA}",
        "{GR}的新歌太好听了{EMO}",
        "在看{TN}，{SL}{EMO}",
        "{GR}来{CI}了{PU}{N}陪我去看{EMO}",
        "{TN}里的{Z}好惨{EMO}",
        "就你{SL}，{N}{HA}",
    ],
    # Reply and repost pieces, chained by _repost.
    "comment": [
        "{SL}",
        "{SL}{EMO}",
        "{HA}",
        "转发微博",
        "转发微博{EMO}",
        "{EMO}{EMO}",
        "同意{P}{PU}",
        "{P}你怎么看",
        "{P}快来",
        "@{H} 快看",
        "哈哈{P}你被点名了",
        "{P}：{SL}",
        "回复@{H}:{SL}",
        "回复@{H}: 在{L}啊，你来吗",
        "{L}的表示{SL}",
        "{SL}，{P}也{SL}",
        "求扩散{PU}",
        "mark",
        "顶{P}",
        "心疼{P}{EMO}",
        "转给{P}",
        "{ENB}{EMO}",
    ],
}

# News-feed snippets (portal feeds): games, football and betting, stocks, property,
# books and films, travel, government, companies, celebrities written alone.
FEED: dict[str, list[str]] = {
    "game": [
        "《{G}》新版本{D}上线，{LAT}表示{GC}的强度还需要调整。",
        "在{ET}与{ET}的比赛中，{LAT}使用{GC}拿下五杀，帮助{ET}以{SC}获胜。",
        "{G}职业联赛{D}开战，{ET}中单{LAT}（{Z}）状态火热。",
        "{Z}，游戏ID{LAT}，现效力于{ET}，司职打野。",
        "网易游戏{D}宣布，《{G}》将于下月在{CO}上线。",
        "{G}玩家{N}在{CI}举办的线下赛中夺冠，奖金{NUM}万元。",
        "作为《{G}》的制作人，{Z}表示团队将继续优化{GC}。",
        "《{G}》中的{GC}是一个非常受欢迎的角色，{LAT}曾用它打出名场面。",
        "{ET}宣布{LAT}正式离队，{LAT}将接替他的位置。",
        "{LAT}在直播中透露，自己最喜欢的英雄是{GC}。",
        "{ET}官宣：{Z}（ID：{LAT}）加盟，{LAT}转会至{ET}。",
        "{LAT}赛后接受采访时说，{GC}的{LW}被削弱了。",
        "{G}主播{LAT}和{N}在直播中{SL}。",
        "{N}的{G}直播间人气破{NUM}万，{LAT}连麦助阵。",
        "{LAT}的{GC}、{LAT}的{GC}都是招牌英雄。",
        "《{G}》世界冠军{LAT}回到家乡{CI}，受到{N}等粉丝欢迎。",
        "{G}主播{N}因直播中{SL}被平台封禁。",
        "{Z}是《{G}》的老玩家，他说{GC}是他的本命。",
        "{G}{D}举行周年庆，{CEL}担任代言人。",
        "{ET}教练{Z}赛后表示，{LAT}和{LAT}的配合越来越好。",
        "在《{G}》里，{GC}来自{GC}，与{GC}是宿敌。",
        "{G}和{G}哪个好玩？{LAT}给出了答案。",
        "{ET}的{LW}{LAT}在{LW}局拿下{LW}。",
        "{LAT}：这个版本的{LW}太强了，{GC}必须{LW}。",
    ],
    "football": [
        "{BK}开出{CLUB}主胜{ODDS}、平局{ODDS}、客胜{ODDS}的赔率。",
        "{CLUB}主场迎战{CLUB}，{BK}初盘开出{CLUB}让半球，{BET}{ODDS}。",
        "周中{CUP}，{CLUB}以{SC}击败{CLUB}，{PL}梅开二度。",
        "{CLUB}前锋{PL}本赛季已攻入{NUM}球，{BK}看好他继续进球。",
        "竞彩{NUM}：{CLUB}VS{CLUB}，{CLUB}近{NUM}场{BET}。",
        "{CLUB}主帅{PL}赛前表示，球队将全力争胜。",
        "{Z}（{CLUB}）在比赛中被罚下，{CLUB}少打一人。",
        "{PL}转会{CLUB}，转会费达{NUM}00万欧元。",
        "足彩{NUM}期：{CLUB}客场挑战{CLUB}，看好{CLUB}不败。",
        "{CLUB}球员{Z}在{CI}接受了采访，他说{CLUB}的目标是{CUP}冠军。",
        "{CUP}第{NUM}轮，{CLUB}坐镇主场迎战{CLUB}，{BET}方面{BK}给出{ODDS}。",
        "{CLUB}近况不佳，{BET}{PU}",
        "{CLUB}{SC}{CLUB}，{PL}、{PL}各入一球。",
        "{BK}：{CLUB}{ODDS} {CLUB}{ODDS}，{BET}走势平稳。",
        "{PL}伤愈复出，{CLUB}实力大增，{BK}随即{BET}。",
        "{CLUB}与{CLUB}的{CUP}德比{D}在{CI}打响。",
        "{CLUB}门将{Z}扑出点球，{CLUB}连胜{NUM}场。",
        "{CLUB}主场{BET}，客队{CLUB}{BET}，本场推荐：{BET}。",
        "{CEL}现场观战，为{CLUB}加油。",
        "{CON}国家队主帅{PL}公布大名单，{PL}、{PL}入选。",
        "{CI}{CLUB}球迷在{SP}庆祝球队夺冠。",
        "{PL}在第{NUM}分钟为{CLUB}打入一球，{PL}随后扳平比分。",
        "{CLUB}官方宣布，{PL}与球队续约至{NUM}年。",
        "{PL}和{PL}领衔，{CLUB}本赛季{BET}不断。",
        "{CLUB}本轮{BET}，{PL}因伤缺阵，{BK}把{CLUB}的{BET}调到{ODDS}。",
        "{PL}的伤情牵动人心，{CLUB}能否{BET}？",
        "{CLUB}主教练{PL}：我们需要{PL}这样的球员。",
        "{CUP}焦点战：{CLUB}vs{CLUB}，{PL}PK{PL}。",
        "{PL}：“{CLUB}是我的家。”",
        "据{CO}媒体报道，{CLUB}有意引进{PL}。",
        "{PL}、{PL}、{PL}组成的锋线让{CLUB}的对手头疼。",
        "{CLUB}球迷{N}说，{PL}是他的偶像。",
    ],
    "stock": [
        "{STK}{D}涨停，{STK}跟涨，{BET}资金大幅流入。",
        "{STK}董事长{Z}表示，公司将在{CI}投资建设新基地。",
        "分析师{Z}认为，{STK}短期有望继续走强。",
        "{CEL}旗下{BRN}{D}在{CI}上市，市值突破{NUM}亿元。",
        "{STK}公告称，{Z}因个人原因辞去总经理职务。",
        "{BRN}创始人{Z}：未来三年将在{CO}开设{NUM}家门店。",
        "{STK}、{STK}、{STK}领涨，{STK}跌幅居前。",
        "{Z}减持{STK}{NUM}万股，套现约{NUM}亿元。",
        "{CIN}{BRN}{D}发布业绩预告，净利润同比增长{NUM}%。",
        "知名投资人{Z}称{STK}被低估。",
    ],
    "property": [
        "{EST}位于{A}，均价{PR}元/平米，咨询电话{PH}。",
        "{EST}项目地处{C}核心地段，紧邻{ST}，交通便利。",
        "{DIST}{EST}二期{D}开盘，主推{NUM}0平米三居。",
        "{C}二手房均价{PR}元，{EST}成交活跃。",
        "售楼处地址：{A}，{EST}欢迎您。",
        "{EST}由{BRN}开发，位于{ST}与{ST}交汇处。",
        "{SUR}女士在{EST}买了一套房，首付{NUM}万元。",
        "{CI}楼市{D}迎来新政，{EST}等项目降价。",
        "家住{A}的{Z}说，小区旁边新开了{SHOP}。",
    ],
    "culture": [
        "{TI}是{CEL}的代表作，讲述了{Z}在{CI}的故事。",
        "{F}执导的新片{TI}{D}在{W}首映。",
        "在{TI}中，{CEL}饰演{Z}，{CEL}饰演{Z}。",
        "作家{Z}的新书{TI}由{O}出版，书中写到了{L}。",
        "画家{Z}的作品{D}在{SP}展出。",
        "{CEL}的书法作品在{CI}拍出{NUM}万元高价。",
        "{CEL}、{CEL}主演的电视剧{TI}{D}在{TV}宣传。",
        "{TI}改编自{CEL}的同名小说，{CEL}担任导演。",
        "{CEL}曾在{L}生活多年，{TI}就写于那里。",
        "读{CEL}的{TI}，仿佛回到了{L}。",
        "{CEL}与{CEL}是好友，两人曾同游{SP}。",
        "这部{TI}的主人公{Z}，是一个来自{C}的少年。",
        "{F}的{TI}中文版{D}上市。",
        "{CEL}的诗句描写了{SP}的美景。",
    ],
    "travel": [
        "从{CI}出发，沿{ST}前行约{NUM}公里即可到达{SP}。",
        "{SP}位于{C}，是{CI}著名的旅游景点。",
        "{CON}旅游局{D}宣布，对中国游客实行免签。",
        "{D}起，{SP}门票半价，游客可在{BR}购票。",
        "{CI}至{CI}的高铁开通后，去{SP}只需{NUM}分钟。",
        "推荐路线：{SP}—{SP}—{SP}，全程约{NUM}公里。",
        "在{W}，你可以体验不同的{SL}。",
        "导游{Z}介绍，{SP}每年接待游客{NUM}万人次。",
        "{C}的{SP}{D}起实行预约游览。",
        "{SP}、{SP}和{SP}入选了最美景点榜单。",
    ],
    "gov": [
        "{CIN}市{GOV}{D}发布通知，{DST}{D}起封闭施工。",
        "{CIN}市{GOV}工作人员{Z}介绍，今年共新建公园{NUM}个。",
        "{CI}市长{Z}{D}到{DIST}调研。",
        "{Z}任{CI}副市长，{Z}不再担任{DIST}区长。",
        "{CIN}市{GOV}：{D}起，{CI}等地实行新规。",
        "据{CIN}市{GOV}消息，{A}将建设一所新学校。",
        "{DST}社区书记{Z}带领居民开展志愿活动。",
        "{C}的村民{Z}获评“最美家庭”。",
    ],
    "company": [
        "{BR}在{CI}开设了第{NUM}家门店，位于{A}。",
        "{SHOP}{D}开业，{Z}担任店长。",
        "{BRN}CEO{Z}在{CI}发布新品。",
        "{BR}与{BR}达成合作，{CEL}担任品牌代言人。",
        "{CEL}{D}现身{SHOP}，引发粉丝围观。",
        "{BR}副总裁{Z}表示，{CO}市场增长最快。",
        "{EN}出任{BR}中国区总裁。",
        "{BRN}董事长{SUR}总表示，公司将回购股份。",
        "{TV}{D}在{CI}录制，{CEL}、{CEL}担任嘉宾。",
        "{CEL}{D}发布新歌，{CEL}{SL}。",
        "{CEL}回应了与{CEL}的传闻。",
        "{CEL}晒出与{CEL}的合影，{SL}。",
        "{CEL}出席了在{CI}举行的活动。",
        "{GR}成员{Z}{D}发布个人单曲。",
        "{GR}在{CI}举办演唱会，{CEL}到场助阵。",
        "{GR}主教练{F}公布了{NUM}人名单，{Z}、{Z}入选。",
        "{Z}出版了自传{TN}，讲述了自己在{CI}的经历。",
        "电影{TN}{D}上映，{CEL}担任主演。",
        "{TN}的作者{Z}{D}做客{TV}。",
        "{GR}的{Z}和{Z}在{SP}拍摄MV。",
        "{GR}{SC}击败对手，{Z}拿下{NUM}分。",
    ],
}

_POST_WEIGHTS = {"post": 0.36, "repost": 0.12, "drill": 0.11, "salad": 0.08, "feed": 0.33}
_FEED_WEIGHTS = {"game": 0.2, "football": 0.22, "stock": 0.09, "property": 0.09, "culture": 0.13,
                 "travel": 0.1, "gov": 0.07, "company": 0.1}  # fmt: skip


_DRILL_LEFT = ("", "", "", "@", "//@", "和", "跟", "给", "想", "喜欢", "支持", "祝福", "谢谢", "是", "叫", "问", "找",
               "哈哈", "[哈哈]", "我家", "我和", "心疼", "点名", "恭喜", "等", "爱", "期待", "听", "看", "转给")  # fmt: skip
_DRILL_RIGHT = ("啊", "你", "呢", "的", "呀", "吧", "哦", "嘛", "了", "！", "~", "：", "说", "你好", "加油", "生日快乐",
                "好帅", "好美", "[心]", " ", "也", "都", "又", "真", "太", "在", "和", "是", "就", "这", "哈哈哈", "，",
                "。", "？", "!!!", "的新歌", "的微博", "怎么")  # fmt: skip


def _drill(s: SocialGen, slots: dict) -> Example:
    """A person (or a name + title, a surname + short title) between short social contexts."""
    left = s.r.choice(_DRILL_LEFT)
    r = s.r.random()
    if r < 0.15:
        core = render_slots("{Z}" + s.r.choice(sl.AFTER_NAME), slots)
    elif r < 0.25:
        core = render_slots("{SUR}" + s.r.choice(sl.SURNAME_AFTER), slots)
    elif r < 0.35 and left.endswith("@"):
        core = render_slots("{H}", slots)
    else:
        core = render_slots("{P}", slots)
    ex = join((left, []), core)
    ex = join(ex, (s.r.choice(_DRILL_RIGHT), []))
    if s.r.random() < 0.6:
        ex = join(ex, render_slots(s.r.choice(TEMPLATES["post"] + TEMPLATES["comment"]), slots))
    return ex


def _salad(s: SocialGen, slots: dict) -> Example:
    """Slang, brands, games, clubs, Latin words and emoticons in random order, with people
    and places dropped in: an ordinary word is no name whatever surrounds it."""
    keys = [
        "SL",
        "SL",
        "SL",
        "SL",
        "EMO",
        "BR",
        "G",
        "GC",
        "CLUB",
        "BET",
        "LW",
        "LW",
        "TV",
        "STK",
        "GR",
        "W0",
        "HT",
    ]
    ex: Example = ("", [])
    for _ in range(s.r.randint(4, 12)):
        r = s.r.random()
        key = "P" if r < 0.12 else "L" if r < 0.2 else s.r.choice(keys)
        ex = join(ex, render_slots("{" + key + "}", slots))
        if s.r.random() < 0.3:
            ex = join(ex, (s.r.choice("，，、的了和在是！~ "), []))
    return join(ex, (s.r.choice(["。", "！", "", "~", "？"]), []))


def _repost(s: SocialGen, slots: dict) -> Example:
    """comment//@handle:comment//@handle:post — each handle PER or O as a name is or not."""
    ex = render_slots(s.r.choice(TEMPLATES["comment"]), slots)
    for _ in range(s.r.randint(1, 3)):
        ex = join(ex, render_slots("//@{H}" + s.r.choice([":", "：", ": "]), slots))
        ex = join(ex, render_slots(s.r.choice(TEMPLATES["comment"]), slots))
    if s.r.random() < 0.6:
        ex = join(ex, render_slots("//@{H}:" + s.r.choice(TEMPLATES["post"]), slots))
    return ex


def _typos(s: SocialGen, ex: Example) -> Example:
    """Same-length slang spellings (的 -> 滴) and traditional characters, outside entities."""
    text, spans = ex
    chars = list(text)
    inside = set()
    for a, b, _ in spans:
        inside.update(range(a, b))
    if s.r.random() < 0.25:
        for i, ch in enumerate(chars):
            if ch in _TYPOS and i not in inside and s.r.random() < 0.3:
                chars[i] = s.r.choice(_TYPOS[ch])
    text = "".join(chars)
    if s.r.random() < 0.08:
        text = text.translate(_S2T)
    return text, spans


def generate_social(n: int, seed: int, extra_given: str = "") -> list[Example]:
    """``n`` social-media / news-feed sentences with ``(start, end, "PER"|"LOC")`` spans."""
    s = SocialGen(seed, extra_given)
    slots = _slots(s)
    regs = list(_POST_WEIGHTS)
    topics = list(_FEED_WEIGHTS)
    out: list[Example] = []
    for _ in range(n):
        reg = s.r.choices(regs, [_POST_WEIGHTS[k] for k in regs])[0]
        if reg == "repost":
            ex = _repost(s, slots)
        elif reg == "drill":
            ex = _typos(s, _drill(s, slots))
        elif reg == "salad":
            ex = _salad(s, slots)
        elif reg == "post":
            ex = render_slots(s.r.choice(TEMPLATES["post"]), slots)
            if s.r.random() < 0.3:  # posts often carry a tag, a link or a second line
                extra = s.r.choice(["{HT}", "{URL}", "{EMO}", " {ENB}", "{PU}"] + TEMPLATES["post"])
                ex = join(ex, render_slots(extra, slots), s.r.choice(["", " ", "，"]))
            ex = _typos(s, ex)
        else:
            topic = s.r.choices(topics, [_FEED_WEIGHTS[t] for t in topics])[0]
            ex = render_slots(s.r.choice(FEED[topic]), slots)
            if s.r.random() < 0.35:
                ex = join(ex, render_slots(s.r.choice(FEED[topic]), slots))
        out.append(ex)
    return out


if __name__ == "__main__":
    print_examples(__doc__, generate_social)
