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
        if x < 0.97:
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
        for i, (piece, label) in enumerate(tokens):
            if label and i and tokens[i - 1][1]:  # two names side by side read as one
                text += " " + self.r.choice(self.words or ["and"])
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
        elif y < 0.5:
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

    def new_place(self) -> str:
        """A town no list holds (Barlingford, Tuzeni): its context says it is a place."""
        a, b = self.r.choice(le.CITIES), self.r.choice(le.CITIES)
        head = a.split()[0][: self.r.randint(2, 5)]
        tail = b.split()[-1][-self.r.randint(2, 4) :]
        return (head + tail.lower()).capitalize() + self.r.choice(
            ["", "", "", "ville", "ford", "burg", "ton"]
        )

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
        "NL": (g.new_place, "LOC"),
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
    "{NAT} {T} {P1} told parliament on {DAY} that {C} was ready for new talks.",
    "{T} {P1} held talks with {NAT} {T} {P2} in {CI} on {DAY}.",
    "{S1} accused {P2} of breaking the agreement, a statement from {CI} said.",
    "{P1}, the {NAT} foreign minister, is due in {CI} on {DAY}.",
    '"This is a good day for our country," {S1} said after the vote.',
    '"Nobody wants a war in {L}," {P1} of the {ORG} said in an interview.',
    "A spokesman for {T} {S1}, {P2}, said no decision had been taken.",
    "{S1}'s coalition took 38 percent in {R}, according to early returns.",
    "{P1} and {P2} put their names to the accord at a ceremony in {CI}.",
    "{P1}, who leads the opposition in {C}, wants a vote before {MON}.",
    "{S1}, back from a trip to {C}, is under pressure to step down.",
    "Officers in {CI} detained {P1}, a {NAT} citizen, on {DAY}.",
    "{T} {S1} plans stops in {C}, {C} and {C} during {MON}.",
    "Guerrillas led by {P1} overran an army post near {CI}, residents said.",
    "{C}'s {T} {P1} appealed for calm in {R}.",
    "{T} {P1} headed the {NAT} team at the conference.",
    "{P1} ( {C} ) chairs the committee this year.",
    "Speaking to reporters, Mr {S1} said he hoped to see {T} {S2} soon.",
    "Mrs {S1} said in a radio interview that {C} would keep its seat.",
    "Dr {S1} of {C} landed in {CI} late on {DAY}.",
    "{S1} and {S2} hope to close the deal by {MON}.",
    "{P1}'s cabinet survived a censure motion on {DAY}.",
    "Mediator {P1} travelled to {CI} to meet {P2}.",
    "Sheikh {P1}, a cleric from {CI}, was released on {DAY}.",
    "{S1} said troops had begun pulling out of {R}.",
    "{T} {P1}, on a visit to {CI}, promised more aid.",
    "{P1}, a former {T}, now runs a charity in {C}.",
    "The new cabinet includes {P1}, {P2} and {P3}.",
    "{S1} took over from {P2} as {T} in {MON}.",
    "{P1} confirmed that {S2} died in {CI} in {MON}.",
    "{S1} has stayed out of sight since {MON}, fuelling talk of illness.",
    "{S1} denied the report.",
    "{S1} is expected to win the {MON} poll against {P2}.",
    "On {DAY}, {S1} went to {CI} for a summit.",
    "{S1}'s adviser {P2} said the plan was still on the table.",
    "Parliament chose {P2} to succeed {S1}.",
    "{S1} and {S2} last met in {MON}.",
]
FINANCE = [
    '"Traders are sitting on their hands," {P1} of {ORG} said.',
    "{ORG} strategist {P1} lifted his target for {C}'s stock market.",
    "{ORG} plans to shed 1,200 staff in {CI} and {CI}, it said on {DAY}.",
    "{ORG} stock gained {PCT} percent in {CI} trading.",
    "Gains in {ORG} and {ORG} lifted the index on {DAY}.",
    "{P1}, who runs {ORG}, said orders from {L} were picking up.",
    "{ORG} boss {P1} said the group would spend $ {NN} million in {C}.",
    "{P1}, an economist at {ORG}, sees inflation at {PCT} percent.",
    "Bonds rallied after {S1}'s speech.",
    "The yen weakened in {CI} as exporters sold dollars.",
    "{ORG} lost {PCT} percent after a profit warning.",
    "{ORG} will open a factory outside {CI}, {C}.",
    "{NAT} shares ended weaker on {DAY}, led by {ORG}.",
    "{T} {P1} of the central bank left interest rates unchanged.",
    "{ORG} agreed to buy {ORG} for $ {NN} billion.",
    "{S1} told shareholders that {ORG} would pay a higher dividend.",
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
    "{NAT} forward {P1} netted a late winner for {CLUB} against {CLUB} on {DAY}.",
    "{P1} headed the only goal as {C} edged {C} in the {EV}.",
    "{P1}, in charge of {CLUB}, defended his keeper {P2} after the loss.",
    "{P1} handed the armband to {S2} for the match against {CLUB}.",
    "{S1} has now found the net in five straight matches.",
    "{P1} had {NN} points and {NN} assists, and {P2} chipped in with {NN}.",
    "{NAT} midfielder {P1} went off injured before half-time.",
    "{CLUB} completed the transfer of {P1} from {CLUB} on {DAY}.",
    "Second seed {P1} of {C} outlasted {P2} of {C} in three sets.",
    "{S1} faces {P2} for the title on {DAY}.",
    "{P1} of {C} claimed the {EV} crown in {CI}, with {P2} second.",
    "{P1} clocked the fastest time in the 400 metres in {CI}.",
    "{P1} starts from the front row in {CI}, alongside {S2}.",
    "{P1} ( {CLUB} ) {NN}, {P2} ( {CLUB} ) {NN}",
    "{CLUB} {NN} {N} {N} {N} {NN} {NN} {NN}",
    "{C} picked {P2} in a squad of {NN}, coach {P1} said on {DAY}.",
    "{S1} ( {CLUB} ) got a red card after {NN} minutes.",
    "{P1}, {P2} and {P3} return to the {NAT} team.",
    "{P1}'s camp said {P2} would fight again in {CI}.",
    "{CLUB} won {SC} away to {CLUB} on {DAY}.",
    "Result of the {EV} match played in {CI} on {DAY}: {C} {N} {C} {N}",
    "{P1} ( {C} ) pulled out with a shoulder problem before meeting {S2}.",
    "{S1} needed only 68 minutes to dispatch {S2}.",
    "{S1} and {P2} shared the points after {NN} moves.",
    "{S1} ended the day two strokes clear of {P2}.",
    "{S1} was the pick of the bowlers with four wickets.",
]
HEADLINES = [
    "{CAP} - {S1} HOLDS ON IN {CI}",
    "SOCCER - {C} HAMMER {C} IN {EV}",
    "SOCCER - {CLUB} STAY TOP AFTER WIN AT {CLUB}",
    "TENNIS - {S1} OUSTS {S2} IN {CI}",
    "GOLF - {S1} SHARES LEAD AT {CI}",
    "ATHLETICS - {S1} BREAKS MEETING RECORD",
    "CRICKET - {C} V {C} SCOREBOARD",
    "BOXING - {S1} AND {S2} AGREE TO MEET",
    "{C}'S {S1} ARRIVES IN {C}",
    "{S1} VOWS TO STAY ON",
    "{CAP} {CAP} IN {CI} AFTER {NAT} {CAP}",
    "{ORG} SHEDS STAFF IN {CI}",
    "{NAT} {CAP} {CAP} ON {DAY}",
    "{CAP} - {EV} RESULTS",
    "{S1}, {S2} IN TALKS ON {R}",
]
NEGATIVE = [
    "{ORG} and {ORG} confirmed merger talks on {DAY}.",
    "{CLUB} {N} {CLUB} {N} ( halftime {N}-{N} )",
    "The {NAT} squad landed on {DAY} ahead of the {EV}.",
    "{CAP} {CAP}: {NN} percent.",
    "{CAP} rose on {DAY} after {NAT} {CAP} data.",
    "Talks on {DAY} broke up with no deal.",
    "{CAP}, {CAP} and {CAP} were on the agenda in {MON}.",
    "{NAT} and {NAT} officials will meet again in {MON}.",
    "{EV} - {NAT} {CAP} {CAP}.",
    "{ORG} reported a {NN} percent jump in quarterly earnings.",
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
    "Love, {G}", "{P1}", "{P1} ext. {NN}{NN}{N}", "{P1}\n{ORG}", "{P1} <{W}@{W}.com>", "{G} from {CI}",
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
    "{NL} is a small town in {C}.", "We drove from {NL} to {CI} on {DAY}.", "Is {NL} in {C}?",
    "The best pizza in {NL}!", "{NL} is in {R} :)", "Flowers shops around {NL} are great.",
    "Fighting was reported in {NL} and {NL}, north of {CI}.", "I grew up in {NL}, {R}.",
    "Great stay at the {WC} {WC} in {NL}.", "The {WC} {WC} {WC} office will close on {DAY}.",
    "Call the {WC} {WC} at the {WC} {WC} building.", "{WC} {WC} is looking for volunteers.",
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


if __name__ == "__main__":
    synth.print_examples(
        __doc__, lambda n, seed: generate_en(n, seed, en_words=["the", "report", "went", "Great"]))
