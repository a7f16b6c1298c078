"""Generated English training sentences for the name/address tagger (project-owned data).

The extra English block of ``train_ner.py``: wire-service news in the registers that
CoNLL-2003-style text has — datelines (``LONDON 1996-08-22``), politics, finance, sport
results and tables, all-caps headlines — plus the web, email and ticket registers of
``ner_synth`` and a word-salad register. People come from name lists of many origins
(``ner_lexicon_en``): given + family names, initials (``J. Smith``), middle initials,
particles (``van``, ``al-``, ``arap``), hyphenated and East Asian names, made-up names;
after the first mention a person is often named by surname alone, after a title or
with a possessive (``Smith 's``). Hard negatives: companies and clubs named like people
or places (Goldman Sachs, Manchester United, Leeds in a results line), nationalities,
events, weekdays, months and capitalised ordinary words.

Conventions (CoNLL-2003): titles are not part of a name (``President Yeltsin`` ->
``Yeltsin``); countries, cities, regions, rivers and seas are ``LOC``, also as a
national team (``Japan beat Syria``); clubs, companies and nationalities are neither.

Usage: ``python scripts/ner_synth_en.py --n 20 --seed 1`` prints examples.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ner_lexicon as lx
import ner_lexicon_en as le
import ner_synth as synth

Span = tuple[int, int, str]
Example = tuple[str, list[Span]]

_ORIGIN_WEIGHTS = {
    "english": 0.30, "german": 0.06, "dutch": 0.05, "french": 0.06, "italian": 0.06, "spanish": 0.08,
    "slavic": 0.10, "arabic": 0.08, "turkish_persian": 0.03, "south_asian": 0.05, "east_asian": 0.08,
    "african": 0.04, "nordic_greek": 0.04,
}  # fmt: skip
_PINYIN = tuple(
    [
        "jian",
        "guo",
        "wei",
        "min",
        "hua",
        "ming",
        "xiao",
        "ping",
        "ze",
        "rong",
        "ji",
        "tao",
        "jin",
        "qiang",
        "yong",
        "hong",
        "li",
        "jun",
        "yan",
        "hui",
        "lan",
        "ying",
        "bao",
        "jia",
        "yi",
        "qi",
        "shan",
        "hai",
        "feng",
        "gang",
        "zhi",
        "dong",
        "xin",
        "lin",
        "peng",
        "kai",
        "yu",
        "chun",
        "tian",
        "wen",
        "xue",
        "long",
        "fei",
    ]
)
_KOREAN = tuple(
    [
        "dae",
        "jung",
        "young",
        "sam",
        "moo",
        "hyun",
        "jong",
        "il",
        "myung",
        "bak",
        "chul",
        "ho",
        "kyung",
        "suk",
        "hee",
        "jin",
        "won",
        "seok",
        "min",
        "soo",
    ]
)
_ONSETS = ["b", "br", "d", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "r", "s", "sh", "st", "t",
           "v", "w", "z", "ch", "j", "y", ""]  # fmt: skip
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "io", "y", "ee"]
_CODAS = ["", "", "", "n", "r", "l", "s", "k", "tt", "nd", "rd", "m", "v", "ch", "sky", "ov", "ic", "son",
          "man", "berg", "ez", "i", "ini", "ova", "ski", "ler"]  # fmt: skip
_INITIALS = "ABCDEFGHJKLMNPRSTVW"


class Person:
    """One generated person: the full name and the surname used in later mentions."""

    def __init__(self, full: str, family: str) -> None:
        self.full, self.family = full, family


class EnGen:
    """Random English-news people, places and fillers (one seeded ``random.Random``)."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.origins = list(_ORIGIN_WEIGHTS)
        self.origin_w = [_ORIGIN_WEIGHTS[o] for o in self.origins]
        self.given = {k: list(v) for k, v in le.GIVEN.items()}
        self.family = {k: list(v) for k, v in le.FAMILY.items()}
        self.given["english"] += list(lx.EN_FIRST) + list(lx.EN_FIRST_MORE)
        self.family["english"] += list(lx.EN_LAST) + list(lx.EN_LAST_MORE)
        self.nicknames = list(le.NICKNAMES)
        self.all_family = sorted({f for fam in self.family.values() for f in fam if f.isalpha()})
        self.words: list[str] = []
        self.people: list[Person] = []

    # -- people -------------------------------------------------------------
    def made_up(self) -> str:
        """A capitalised made-up name (Kaminski, Mannino): unknown names happen."""
        r = self.r
        word = "".join(r.choice(_ONSETS) + r.choice(_VOWELS) for _ in range(r.randint(1, 3)))
        return (word + r.choice(_CODAS)).capitalize()

    def blend(self) -> str:
        """A surname no list holds, from the start of one real surname and the end of
        another (Kowal + etti): a tagger must not need to know a surname to find it."""
        a, b = self.r.choice(self.all_family), self.r.choice(self.all_family)
        head = a[: self.r.randint(2, max(2, min(5, len(a) - 1)))]
        tail = b[-self.r.randint(2, max(2, min(5, len(b) - 1))) :]
        return (head + tail.lower()).capitalize()

    def first_name(self) -> str:
        """A given name alone, as emails and posts use it (Vince, Lizzie, Constance)."""
        x = self.r.random()
        if x < 0.45:
            return self.r.choice(self.given["english"])
        if x < 0.75:
            return self.r.choice(self.nicknames)
        if x < 0.9:
            return self.r.choice(self.given[self.r.choices(self.origins, self.origin_w)[0]])
        return self.made_up()

    def acronym(self) -> str:
        """An upper-case abbreviation (HCA, DUI, NTRC): not a name in mixed-case text."""
        return "".join(
            self.r.choice("ABCDEFGHIJKLMNOPRSTUVWXY") for _ in range(self.r.randint(2, 5))
        )

    def salad(self) -> Example:
        """Ordinary words in random order with people, places and abbreviations dropped in."""
        tokens: list[tuple[str, str | None]] = []
        for _ in range(self.r.randint(5, 16)):
            x = self.r.random()
            if x < 0.08:
                tokens.append((self.new_person().full, "PER"))
            elif x < 0.12:
                tokens.append((self.first_name(), "PER"))
            elif x < 0.2:
                tokens.append((self.place(), "LOC"))
            elif x < 0.25:
                tokens.append((self.acronym(), None))
            else:  # capitalised ordinary words too: a capital letter alone is not a name
                word = self.r.choice(self.words or list(le.CAPITAL_WORDS))
                tokens.append((word.capitalize() if self.r.random() < 0.25 else word, None))
        text, spans = "", []
        for piece, label in tokens:
            text += " " if text else ""
            if label:
                spans.append((len(text), len(text) + len(piece), label))
            text += piece
        return text + self.r.choice([".", "!", "?", ""]), spans

    def _syllables(self, pool: tuple[str, ...], n: int, sep: str = "") -> str:
        parts = [self.r.choice(pool) for _ in range(n)]
        text = sep.join(parts)
        return text[0].upper() + text[1:]

    def new_person(self) -> Person:
        r = self.r
        origin = r.choices(self.origins, self.origin_w)[0]
        given = r.choice(self.given[origin])
        family = r.choice(self.family[origin])
        y = r.random()
        if y < 0.1:
            family = self.made_up()
        elif y < 0.4:
            family = self.blend()
        if r.random() < 0.08:
            given = self.made_up()
        elif r.random() < 0.1:
            given = r.choice(self.nicknames)
        x = r.random()
        if origin == "east_asian" and x < 0.45:  # family name first
            if r.random() < 0.5:
                given = self._syllables(_PINYIN, r.randint(1, 2))
            else:
                given = self._syllables(_KOREAN, 2, "-")
            return Person(f"{family} {given}", family)
        if origin == "spanish" and x < 0.2:  # two given names or two family names
            if r.random() < 0.5:
                return Person(f"{given} {r.choice(self.given[origin])} {family}", family)
            second = r.choice(self.family[origin])
            return Person(f"{given} {family} {second}", f"{family} {second}")
        if origin == "arabic" and x < 0.3:
            particle = r.choice(["al-", "el-", "bin ", "Abu ", "Abdel ", "Abdul "])
            fam = particle + r.choice(self.family[origin]).removeprefix("al-")
            if particle in ("al-", "el-") and r.random() < 0.5:
                fam = fam[0].upper() + fam[1:]
            return Person(f"{given} {fam}", fam)
        if origin == "dutch" and x < 0.3:
            fam = r.choice(["van ", "van der ", "van den ", "de "]) + self.made_up()
            return Person(f"{given} {fam}", fam)
        if x < 0.06:  # hyphenated family name
            fam = f"{family}-{r.choice(self.family[origin])}"
            return Person(f"{given} {fam}", fam)
        if x < 0.12:
            return Person(f"{given} {r.choice(_INITIALS)}. {family}", family)
        if x < 0.17:
            initials = ".".join(r.sample(_INITIALS, r.randint(1, 2))) + "."
            return Person(f"{initials} {family}", family)
        if x < 0.20:
            return Person(f"{given} {r.choice(le.PARTICLES)} {family}".replace("- ", "-"), family)
        if x < 0.25:  # three names (Kjetil Andre Aamodt)
            return Person(f"{given} {r.choice(self.given[origin])} {family}", family)
        if x < 0.30:
            return Person(family, family)  # known by one name (Ronaldo)
        return Person(f"{given} {family}", family)

    def person_slot(self, key: str) -> str:
        """``P1`` a full first mention of person 1; ``S1`` a later mention (surname)."""
        idx = int(key[1:]) - 1
        while len(self.people) <= idx:
            self.people.append(self.new_person())
        who = self.people[idx]
        return who.full if key[0] == "P" else who.family

    # -- places and fillers -------------------------------------------------
    def place(self) -> str:
        x = self.r.random()
        if x < 0.4:
            return self.r.choice(le.COUNTRIES)
        if x < 0.85:
            return self.r.choice(le.CITIES)
        if x < 0.95:
            return self.r.choice(le.REGIONS)
        return self.r.choice(lx.EN_PLACE_NAMES)

    def date(self) -> str:
        return (
            f"{self.r.randint(1990, 2025)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"
        )


def _tokenise(piece: str) -> str:
    """CoNLL-style spacing of template text: ``Smith's,`` -> ``Smith 's ,``."""
    piece = re.sub(r"'s\b", " 's", piece)
    piece = re.sub(r"\s*([,;:?!)\"])", r" \1", piece)
    piece = re.sub(r"\.(\s|$)", r" .\1", piece)
    return re.sub(r"([(\"])\s*", r"\1 ", piece)


def _slot(key: str, g: EnGen) -> tuple[str, str | None]:
    r = g.r
    if re.fullmatch(r"[PS][0-9]", key):
        return g.person_slot(key), "PER"
    table = {
        "L": (g.place, "LOC"),
        "C": (lambda: r.choice(le.COUNTRIES), "LOC"),
        "CI": (lambda: r.choice(le.CITIES), "LOC"),
        "R": (lambda: r.choice(le.REGIONS), "LOC"),
        "NAT": (lambda: r.choice(le.NATIONALITIES), None),
        "ORG": (lambda: r.choice(le.ORGANISATIONS), None),
        "CLUB": (lambda: r.choice(le.CLUBS), None),
        "EV": (lambda: r.choice(le.EVENTS), None),
        "T": (lambda: r.choice(le.TITLES), None),
        "DAY": (lambda: r.choice(le.WEEKDAYS), None),
        "MON": (lambda: r.choice(le.MONTHS), None),
        "CAP": (lambda: r.choice(le.CAPITAL_WORDS), None),
        "G": (g.first_name, "PER"),
        "W": (lambda: r.choice(g.words or le.CAPITAL_WORDS), None),
        "WC": (lambda: r.choice(g.words or le.CAPITAL_WORDS).capitalize(), None),
        "ACR": (g.acronym, None),
        "DOM": (
            lambda: (g.blend() + g.r.choice(["", "law", "group", "net", "tech"])).lower() + ".com",
            None,
        ),
        "DATE": (g.date, None),
        "N": (lambda: str(r.randint(0, 5)), None),
        "NN": (lambda: str(r.randint(2, 99)), None),
        "DD": (lambda: str(r.randint(1, 28)), None),
        "PCT": (lambda: f"{r.randint(0, 9)}.{r.randint(0, 9)}", None),
        "SET": (
            lambda: r.choice(["6-3", "6-4", "7-5", "7-6", "6-2", "4-6", "3-6", "6-1", "6-7"]),
            None,
        ),
        "SC": (lambda: f"{r.randint(0, 5)}-{r.randint(0, 4)}", None),
    }
    fn, label = table[key]
    return fn(), label


def render(template: str, g: EnGen, tokenised: bool, upper: bool = False) -> Example:
    """Fill ``{slot}`` markers; ``P1``/``S1`` are person 1's full name / surname."""
    g.people = []
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    for piece in re.split(r"(\{[A-Z0-9]+\})", template):
        if not piece:
            continue
        if piece.startswith("{"):
            value, label = _slot(piece[1:-1], g)
            if label:
                spans.append((pos, pos + len(value), label))
        else:
            value = _tokenise(piece) if tokenised else piece
        out.append(value)
        pos += len(value)
    text = "".join(out)
    if text.startswith(" "):  # a tokenised opening quote
        text = text[1:]
        spans = [(s - 1, e - 1, t) for s, e, t in spans]
    if upper and len(text.upper()) == len(text):
        text = text.upper()
    return text, spans


# Templates. {P1} first mention of person 1, {S1} later mention (surname), {T} title,
# {C} country, {CI} city, {R} region, {L} any place, {NAT} nationality, {ORG} company,
# {CLUB} club, {EV} event, {DAY} weekday, {MON} month, {N}/{NN} numbers, {SC} score.
DATELINES = [
    "{CI} {DATE}",
    "{CI}, {MON} {DD} (Reuters) -",
    "{CI} ({ORG}) -",
]
POLITICS = [
    "{NAT} {T} {P1} said on {DAY} that {C} would not change its policy.",
    "{T} {P1} met {NAT} {T} {P2} in {CI} on {DAY}.",
    "{S1} told reporters in {CI} that talks with {P2} had stalled.",
    "{P1}, the {NAT} foreign minister, arrived in {CI} for a two-day visit.",
    '"We will not give in to pressure," {S1} said.',
    '"The situation in {L} is very serious," said {P1}, a spokesman for the {ORG}.',
    "{T} {S1}'s spokesman, {P2}, declined to comment.",
    "{S1}'s party won 45 percent of the vote in {R}, officials said.",
    "{P1} and {P2} signed the agreement in {CI} on {DAY}.",
    "Opposition leader {P1} called for early elections in {C}.",
    "{S1}, who returned from {C} last week, is expected to resign.",
    "Police in {CI} said they had arrested {P1}, a {NAT} national.",
    "{T} {S1} will visit {C}, {C} and {C} in {MON}.",
    "Rebels loyal to {P1} captured the town of {CI}, aid workers said.",
    "{C}'s {T} {P1} urged both sides to return to talks.",
    "The {NAT} delegation was led by {T} {P1}.",
    "{P1} ( {C} ) was elected chairman of the committee.",
    "Mr {S1} said he would meet {T} {S2} in {CI} next week.",
    "Mrs {S1} told the BBC that {C} must keep its veto.",
    "Dr {S1} of {C} arrived in {CI} on {DAY}.",
    "{S1} and {S2} are expected to sign a border treaty.",
    "{P1}'s government faces a vote of confidence on {DAY}.",
    "Envoy {P1} flew to {CI} for talks with {P2}.",
    "{ORG} said on {DAY} it had asked {C} to lift the ban.",
    "The {NAT} embassy in {CI} was closed on {DAY}.",
    "Sheikh {P1}, the founder of the movement, remains in jail in {CI}.",
    "According to {S1}, the army has withdrawn from {R}.",
    "{T} {P1}, speaking in {CI}, said the ceasefire would hold.",
    "Former {T} {P1} is living in {C}, a newspaper reported.",
    "{P1}, {P2} and {P3} were named in the new cabinet.",
    "{S1} replaced {P2} as {T} in {MON}.",
    "{P1} said {S2} had been killed in {CI} last year.",
]
FINANCE = [
    '"The market is waiting for the jobs data," said {P1}, a dealer at {ORG}.',
    "{ORG} analyst {P1} raised her forecast for {C}'s growth.",
    "{ORG} said on {DAY} it would cut 300 jobs in {CI} and {CI}.",
    "Shares in {ORG} rose {PCT} percent in {CI}.",
    "{ORG} and {ORG} led the market higher on {DAY}.",
    "{P1}, chief executive of {ORG}, said demand in {L} was strong.",
    "{ORG} chairman {P1} said the company would invest $ {NN} million in {C}.",
    "{ORG} economist {P1} expects growth of {PCT} percent in {MON}.",
    "{S1}'s remarks pushed bond yields lower.",
    "The dollar rose against the yen in {CI}, dealers said.",
    "{ORG} shares fell {PCT} percent after the company missed forecasts.",
    "{ORG} said it would build a new plant near {CI} in {C}.",
    "{NAT} stocks closed lower on {DAY} as investors sold {ORG}.",
    "Central bank governor {P1} said rates were appropriate.",
    "{ORG} bought a stake in {ORG} for $ {NN} million.",
]
SPORT = [
    "{CLUB} {N} {CLUB} {N}",
    "{CLUB} {N} {CLUB} {N}",
    "{C} {N} {C} {N}",
    "{CLUB} {NN} {CLUB} {NN}",
    "Scorers: {S1} {NN}, {S2} {NN}, {S3} {NN}.",
    "Scorers: {CLUB} - {S1} {NN}, {S2} {NN}. {CLUB} - {S3} {NN}.",
    "{P1} ( {C} ) beat {P2} ( {C} ) {SET} {SET}",
    "{N} - {P1} ( {C} ) beat {P2} ( {C} ) {SET} {SET} {SET}",
    "{NN} {P1} ( {C} ), {P2} ( {C} )",
    "{NN} {P1} ( {C} )",
    "1. {P1} ( {C} ) {PCT} 2. {P2} ( {C} ) {PCT} 3. {P3} ( {C} ) {PCT}",
    "{P1} c {S2} b {P3} {NN}",
    "{P1} lbw b {S2} {NN}",
    "{P1} not out {NN}",
    "Bowling: {P1} {NN}-{N}-{NN}-{N}, {P2} {NN}-{N}-{NN}-{N}",
    "{NAT} striker {P1} scored twice as {CLUB} beat {CLUB} {SC} on {DAY}.",
    "{P1} scored twice as {C} beat {C} {SC} in a {EV} qualifier.",
    "{CLUB} coach {P1} refused to blame goalkeeper {P2}.",
    "{CLUB} manager {P1} said {S2} would captain the side.",
    "{S1}'s goal was his third in four games.",
    "{P1} scored {NN} points and {P2} added {NN} for {CLUB}.",
    "{NAT} international {P1} limped off after {NN} minutes.",
    "{CLUB} signed {P1} from {CLUB} for a club record fee.",
    "Top seed {P1} of {C} beat {P2} of {C} {SET} {SET} on {DAY}.",
    "{S1} will meet {P2} in {DAY}'s final.",
    "{P1} of {C} won the {EV} in {CI} ahead of {P2}.",
    "Olympic champion {P1} won the 200 metres in {CI} on {DAY}.",
    "{P1} took pole position for the {NAT} {EV} ahead of {S2}.",
    "{P1} ( {CLUB} ) {NN}, {P2} ( {CLUB} ) {NN}",
    "{CLUB} {NN} {N} {N} {N} {NN} {NN} {NN}",
    "{C} coach {P1} named {P2} in a {NN}-man squad on {DAY}.",
    "{S1} ( {CLUB} ) was sent off in the {NN}th minute.",
    "{P1}, {P2} and {P3} were named in the {NAT} squad.",
    "Promoter {P1} said {P2} would defend his title in {CI}.",
    "{CLUB} beat {CLUB} {SC} at home on {DAY}.",
    "Result of the {EV} match played in {CI} on {DAY}: {C} {N} {C} {N}",
    "{P1} ( {C} ) retired with a knee injury against {S2}.",
]
HEADLINES = [
    "{CAP} - {S1} WINS IN {CI}",
    "SOCCER - {C} BEAT {C} IN {EV} QUALIFIER",
    "SOCCER - {CLUB} BEAT {CLUB} TO GO TOP",
    "TENNIS - {S1} BEATS {S2} TO REACH FINAL",
    "GOLF - {S1} TAKES TWO-SHOT LEAD IN {CI}",
    "ATHLETICS - {S1} WINS 200 METRES IN {CI}",
    "CRICKET - {C} V {C} SCOREBOARD",
    "BOXING - {S1} TO FIGHT {S2} IN {CI}",
    "{C} PRESIDENT {S1} TO VISIT {C}",
    "{S1} SAYS {C} WILL NOT BACK DOWN",
    "{CAP} {CAP} IN {CI} AFTER {NAT} {CAP}",
    "{ORG} TO CUT JOBS IN {CI}",
    "{NAT} {CAP} {CAP} ON {DAY}",
    "{CAP} - {EV} RESULTS",
    "{S1}, {S2} IN TALKS ON {R}",
]
NEGATIVE = [
    "{ORG} and {ORG} agreed to merge on {DAY}.",
    "{CLUB} {N} {CLUB} {N} ( halftime {N}-{N} )",
    "The {NAT} team arrived on {DAY} for the {EV}.",
    "{CAP} {CAP}: {NN} percent.",
    "{CAP} rose on {DAY} after {NAT} {CAP} data.",
    "{DAY}'s meeting ended without agreement.",
    "{CAP}, {CAP} and {CAP} were on the agenda in {MON}.",
    "{NAT} and {NAT} officials will meet again in {MON}.",
    "{EV} - {NAT} {CAP} {CAP}.",
    "{ORG} said profits rose {NN} percent in the second quarter.",
    "{CAP} {CAP} {CAP} {NN}, {CAP} {CAP} {NN}",
    "{CAP}.",
    "{CAP}!",
    "{CAP} {CAP}.",
]
# Email signatures, greetings, reviews and posts: a given name alone is a person; a
# capitalised ordinary word alone (Kudos. Yum! Greetings) is not.
PERSONAL = [
    "{G}", "{G}", "{G},", "{G} -", "- {G}", "-{G}", "{G}.", "{G}:", "Thanks, {G}", "Thanks {G}",
    "Thanks from {G}", "Hi {G},", "Hey {G},", "Dear {G},", "Hello {G}!", "Regards,\n{G}", "Cheers, {G}",
    "Love, {G}", "{P1}", "{P1} ext. {NN}{NN}{N}", "{P1}\n{ORG}", "{P1} <{W}@{W}.com>", "{G} {S1}",
    "{G} and {G} were very helpful.", "{G} is the best!", "Ask for {G}, she knows everything.",
    "Doctor {G} took great care of my son.", "Dr. {S1} is always on time.", "{G} has booked the room for {DAY}.",
    "{G} did a great job with our kitchen.", "I will ask {G} to send the file.", "{G} and I will be there at 5.",
    "Please call {G} at the office.", "Posted by {G}", "Posted by {W}", "{G} wrote:", "Sent by {G} on {DAY}",
    "Great service, thanks {G}!", "Mrs. {P1} taught my daughter piano.", "Has anyone seen {G} today?",
    "{WC}.", "{WC}!", "{WC}", "{WC}:", "{WC} {W}.", "{CAP}.", "{CAP}!", "{WC}, {W} {W}.", "{WC} {W} {W}!",
    "{WC} {W} {W} {W} {W}.", "{WC}, {W} {W} {W}.", "{WC} {W} the {W}.", "{WC}!!! {WC} {W}.",
    "The {ACR} {W} is attached.", "We {W} the {ACR} and {ACR} {W} on {DAY}.", "{ACR} said it would {W} the plan.",
    "I had a {ACR} {W} with {G} last week.", "Please see the {WC} {WC} {WC} below.",
    "The meeting is at the {WC} {WC}, {CI}.", "{G} sent the {WC} {WC} report to {ACR}.",
    "Thank you for the {WC} {WC} {WC} {WC} notes.", "Does {ACR} {W} {ACR}?",
    "Dear All,", "Hi all,", "Hi Team,", "Hello everyone,", "Our new domain name is {DOM}.",
    "Write to {W}@{DOM} or visit www.{DOM}.", "\"{DOM}\" made the following annotations.",
    "I worked on it with {P1}, MD, a professor at the {WC} {WC}.", "The cover is by {P1}, and it looks great.",
    "commented {P1}, a senior {W} official.", "We spoke to {P1}, who runs the {WC} {WC}.",
    "It was written by {P1} and {P2}, with help from {P3}.", "Ask {P1}, our {W} manager, about it.",
]  # fmt: skip
REGISTERS = {"dateline": DATELINES, "politics": POLITICS, "finance": FINANCE, "sport": SPORT,
             "headline": HEADLINES, "negative": NEGATIVE, "personal": PERSONAL}  # fmt: skip
_WEIGHTS = {"dateline": 0.05, "politics": 0.20, "finance": 0.08, "sport": 0.18, "headline": 0.07,
            "negative": 0.07, "personal": 0.14, "web": 0.15, "salad": 0.06}  # fmt: skip


def _news(g: EnGen, reg: str) -> Example:
    template = g.r.choice(REGISTERS[reg])
    tokenised = reg != "personal" and g.r.random() < 0.5
    upper = reg == "headline" or (reg == "dateline" and g.r.random() < 0.9)
    if reg == "dateline" and upper:  # the city is upper case, the rest as written
        text, spans = render(template, g, tokenised)
        (s, e, _), *_ = spans
        return text[:s] + text[s:e].upper() + text[e:], spans
    if reg in ("politics", "finance", "sport") and template.endswith(".") and g.r.random() < 0.25:
        template += " " + g.r.choice(
            [t for t in REGISTERS[reg] if t.endswith(".")]
        )  # two sentences, people keep their numbers
    return render(template, g, tokenised, upper=upper)


def generate_en(n: int, seed: int, en_words: list[str] | None = None) -> list[Example]:
    """``n`` English sentences: news registers, web/email/ticket templates, word salad.

    ``en_words`` (ordinary English words) enable the salad register.
    """
    g = EnGen(seed)
    g.words = [w for w in en_words or [] if w.isalpha() and w.islower() and len(w) > 2]
    web = synth.Gen(seed + 1)  # the web, email and ticket templates of ner_synth
    web.en_first = (
        list(lx.EN_FIRST) + list(lx.EN_FIRST_MORE) + list(le.GIVEN["english"]) + list(le.NICKNAMES)
    )
    web.en_last = list(lx.EN_LAST) + list(lx.EN_LAST_MORE) + list(le.FAMILY["english"])
    web_templates = synth.TEMPLATES_EN + synth.TEMPLATES_EN_MORE
    regs = list(_WEIGHTS)
    out: list[Example] = []
    for _ in range(n):
        reg = g.r.choices(regs, [_WEIGHTS[k] for k in regs])[0]
        if reg == "salad":
            out.append(g.salad())
        elif reg == "web":
            out.append(synth.render(g.r.choice(web_templates), web))
        else:
            out.append(_news(g, reg))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    for text, spans in generate_en(args.n, args.seed, en_words=["the", "report", "went", "Great"]):
        print(text, [(text[s:e], t) for s, e, t in spans])


if __name__ == "__main__":
    main()
