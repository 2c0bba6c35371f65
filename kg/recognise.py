"""Recognise mentions in normalised release text: a gazetteer of names from the reference data and
the topic scheme, plus patterns for people, dates, money, ordinals, meeting names and modes.

Everything here is about *what* a span is; :mod:`kg.relate` decides how mentions connect into facts.
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SKOS

from kg import resources
from kg.namespaces import AKG
from kg.reference import Reference, load_reference

# ---------------------------------------------------------------- mentions


@dataclass(frozen=True)
class Mention:
    kind: str  # actor | person | place | topic | position | mechanism | date | year | money | ordinal
    start: int
    end: int
    value: object
    text: str = ""


@dataclass(frozen=True)
class DateValue:
    start: date
    end: date
    has_year: bool = True


@dataclass(frozen=True)
class Money:
    amount: str  # plain decimal
    currency: str  # ISO 4217
    qualifier: str  # exact | more than | about | up to
    bare_dollar: bool = False  # written "$" alone: whose dollar depends on who pays


@dataclass(frozen=True)
class PersonName:
    """A person by name: ``ref_id`` when the reference data knows them."""

    ref_id: str | None
    name: str
    script: str  # th | en
    honorific: str = ""
    name_en: str = ""  # the name as written in Latin script beside a Thai one: "เมลานี โฌลี (Mélanie Joly)"


# ---------------------------------------------------------------- a trie as a regular expression


def trie_pattern(words: list[str]) -> str:
    """One regex alternation for many words, shaped as a trie so matching is fast and greedy."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


_EN_WORD = r"[A-Za-z0-9]"


def _by_first_character(words: list[str]) -> str:
    """The gazetteer's alternation (English words between word boundaries, then Thai) as one branch
    per first character, the English boundary before a word checked just after that character. A
    case-sensitive pattern whose every branch opens on a literal lets re skip ahead to the next
    character that can start a word instead of trying the whole alternation at every position:
    about twice as fast, and the same matches."""
    rests: dict[str, tuple[list[str], list[str]]] = {}  # first character -> (English, Thai) rests
    for w in words:
        rests.setdefault(w[0], ([], []))[bool(re.search(r"[\u0E00-\u0E7F]", w))].append(w[1:])
    branches = []
    for ch, (en, th) in sorted(rests.items()):
        alternatives = []
        if en:
            alternatives.append(rf"(?<!{_EN_WORD}[\s\S])(?:{trie_pattern(en)})(?!{_EN_WORD})")
        if th:
            alternatives.append(f"(?:{trie_pattern(th)})")
        branches.append(re.escape(ch) + "(?:" + "|".join(alternatives) + ")")
    return "|".join(branches) or "(?!)"


@dataclass
class Gazetteer:
    """Surface forms of known things, matched longest-first."""

    entries: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # surface -> [(kind, id)]
    folded: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # casefolded surface (topics, positions)
    cs_regex: re.Pattern | None = None
    ci_regex: re.Pattern | None = None
    folded_regex: re.Pattern | None = None
    person_skeletons: dict[str, set[str]] = field(default_factory=dict)  # Thai spelling skeleton -> people
    name_tokens: set[str] = field(default_factory=set)  # skeletons of the words of people's Thai names
    person_consonants: dict[str, set[str]] = field(default_factory=dict)  # consonants only -> people
    family_names: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # last token -> (first token, id)
    first_names: dict[str, set[str]] = field(default_factory=dict)  # skeleton of a Thai name's first word -> people
    list_only: list[tuple[str, str]] = field(default_factory=list)  # (label, topic) matched only among topics

    def add(self, surface: str, kind: str, ident: str, fold: bool = False) -> None:
        surface = surface.strip()
        if len(surface) < 2:
            return
        table = self.folded if fold else self.entries
        key = surface.casefold() if fold else surface
        pairs = table.setdefault(key, [])
        if (kind, ident) not in pairs:
            pairs.append((kind, ident))

    def compile(self) -> None:
        def regex(words: list[str], flags: int) -> re.Pattern:
            en = [w for w in words if not re.search(r"[\u0E00-\u0E7F]", w)]
            th = [w for w in words if re.search(r"[\u0E00-\u0E7F]", w)]
            parts = []
            if en:
                parts.append(rf"(?<!{_EN_WORD})(?:{trie_pattern(en)})(?!{_EN_WORD})")
            if th:
                parts.append(f"(?:{trie_pattern(th)})")
            return re.compile("|".join(parts) or "(?!)", flags)

        self.cs_regex = re.compile(_by_first_character(list(self.entries)))
        self.ci_regex = regex(list(self.folded), re.IGNORECASE)
        # the same, on casefolded text (several times faster)
        self.folded_regex = re.compile(_by_first_character(list(self.folded)))

    def known_name_prefix(self, word: str) -> str:
        """Thai runs words together: "นายคิชิดะยังแสดงความประสงค์..." names คิชิดะ. The longest start of
        ``word`` that is a word of a known person's Thai name, or ``word`` itself."""
        if thai_skeleton(word) in self.name_tokens:
            return word
        for k in range(len(word) - 1, 2, -1):
            if thai_skeleton(word[:k]) in self.name_tokens:
                return word[:k]
        return word

    def find(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        for m in self.cs_regex.finditer(text):
            for kind, ident in self.entries[m.group()]:
                found.append(Mention(kind, m.start(), m.end(), ident, m.group()))
        folded = text.casefold()
        same_length = len(folded) == len(text)  # (not so for ß or ŉ: then the slower way)
        for m in (self.folded_regex.finditer(folded) if same_length else self.ci_regex.finditer(text)):
            surface = text[m.start():m.end()]
            for kind, ident in self.folded.get(m.group().casefold(), []):
                found.append(Mention(kind, m.start(), m.end(), ident, surface))
        return found


def _topic_labels(path: Path) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """(topic id, label, language) for every label the recogniser should look for, and the (label, topic
    id) of labels too ambiguous to look for alone (การศึกษา, "study" and "education")."""
    g = Graph().parse(path)
    skipped = {(s, str(o)) for s, _, o in g.triples((None, AKG.notMatched, None))}
    out = []
    for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
        for s, _, o in g.triples((None, prop, None)):
            if (s, SKOS.inScheme, None) in g and (s, str(o)) not in skipped:
                out.append((str(s).rsplit("/", 1)[-1], str(o), getattr(o, "language", "") or ""))
    return out, sorted((label, str(s).rsplit("/", 1)[-1]) for s, label in skipped)


@cache
def topic_labels() -> dict[str, tuple[str, str]]:
    """topic id -> (English, Thai) preferred labels."""
    g = Graph().parse(resources.ontology_dir() / "topics.ttl")
    labels: dict[str, dict[str, str]] = {}
    for s, _, o in g.triples((None, SKOS.prefLabel, None)):
        if (s, SKOS.inScheme, None) in g:
            labels.setdefault(str(s).rsplit("/", 1)[-1], {})[o.language or "en"] = str(o)
    return {k: (v.get("en", k), v.get("th", "")) for k, v in labels.items()}


def _thai_variants(label: str) -> list[str]:
    """MFA writes สหรัฐฯ and สหรัฐ, สปป. ลาว and สปป.ลาว: spacing around dots varies."""
    out = {label}
    if ". " in label:
        out.add(label.replace(". ", "."))
    if "ฯ" in label:
        out.add(label.replace("ฯ", ""))
    # เอเชีย-แปซิฟิก, เอเชียแปซิฟิก, เอเชียและแปซิฟิก: a hyphen between Thai words is written or left out
    for v in list(out):
        if re.search("[\u0E00-\u0E7F]-[\u0E00-\u0E7F]", v):
            out.add(re.sub("(?<=[\u0E00-\u0E7F])-(?=[\u0E00-\u0E7F])", "", v))
            out.add(re.sub("(?<=[\u0E00-\u0E7F])-(?=[\u0E00-\u0E7F])", "และ", v))
    return list(out)


def _family_upper(label: str) -> list[str]:
    """Japan's ministry writes family names in capitals, first or last: KISHIDA Fumio, Fumio KISHIDA."""
    parts = label.split()
    if len(parts) != 2 or not parts[1][:1].isupper():
        return []
    return [f"{parts[1].upper()} {parts[0]}", f"{parts[0]} {parts[1].upper()}", f"{parts[0].upper()} {parts[1]}"]


def _reversed(label: str) -> list[str]:
    """Family name first or last: คิชิดะ ฟูมิโอะ and ฟูมิโอะ คิชิดะ, Kishida Fumio and Fumio Kishida."""
    parts = label.split()
    return [f"{parts[1]} {parts[0]}"] if len(parts) == 2 else []


_SKELETON_DROP = dict.fromkeys(map(ord, "\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e30\u0e47 .-ฯ"), None)
_SKELETON_MAP = str.maketrans({"\u0e39": "\u0e38", "\u0e35": "\u0e34", "\u0e37": "\u0e36", "\u0e45": "\u0e32",
                                # consonants that write the same sound in a transliteration
                                "ซ": "ส", "ศ": "ส", "ษ": "ส", "ธ": "ท", "ฑ": "ท", "ฒ": "ท", "ฐ": "ท", "ถ": "ท",
                                "ภ": "พ", "ผ": "พ", "ป": "พ", "ฆ": "ค", "ข": "ค", "ก": "ค", "ฏ": "ท", "ต": "ท",
                                "ฎ": "ด", "ณ": "น", "ฬ": "ล", "ญ": "ย", "ฉ": "ช", "ฌ": "ช", "จ": "ช", "ฝ": "ฟ",
                                "\u0e32": None})  # and vowel length: ฮามัด / ฮะมัด
_SILENT_HO = re.compile("ห(?=[งญนมยรลว])")  # ห leading a low consonant only sets the tone (หมัด / มัด)
_SILENT_R = re.compile("ร\u0e4c")  # an English -ers: ปีเตอร์ส / ปีเตอส์, เตอร์ / เตอ


# both tables in one pass: no character is in both, and none the map gives is one to drop
_SKELETON = {**_SKELETON_DROP, **_SKELETON_MAP}


def thai_skeleton(name: str) -> str:
    """Thai spellings of foreign names vary in tone marks, vowel length, consonants of the same
    or a near sound (เก / เค, ต / ท) and a tone-setting ห (ฟุมิโอะ / ฟูมิโอะ, โทชิมิตสึ / โทชิมิตซึ, มุฮัมมัด / มุฮัมหมัด):
    drop or fold those to compare. (The patterns only run on a name that has their letters: this is
    called many times a release, on short names.)"""
    if "ร\u0e4c" in name:
        name = _SILENT_R.sub("", name)
    name = name.translate(_SKELETON)
    return _SILENT_HO.sub("", name) if "ห" in name else name


_SKELETON_DROP_KEEP_SPACE = {k: v for k, v in _SKELETON_DROP.items() if k != ord(" ")}  # words stay apart
_VOWELS = dict.fromkeys(map(ord, "ะัาำิีึืุูเแโใไ็ๅ"), None)


# the ends Thai writes for a Vietnamese "-nh" (มิญ, มินห์, มิงห์, ชิ้ง): one sound
_NH_END = re.compile(r"(?:งห|นห|ง|ย)(?=\s|$)")


def thai_consonants(name: str) -> str:
    """The skeleton without vowels: สก เจนดา โสภา and สก จินดา โสภา, a vowel apart, are one name; so
    are ฝ่าม บิ่ญ มิญ and ฝ่าม บิ่งห์ มินห์."""
    words = [_NH_END.sub("ย", _SILENT_R.sub("", w).translate(_SKELETON_DROP_KEEP_SPACE).translate(_SKELETON_MAP).translate(_VOWELS))
             for w in name.split()]
    return "".join(_SILENT_HO.sub("", w) for w in words)


def _english_variants(label: str) -> list[str]:
    out = {label}
    if label.startswith("the "):
        out.add(label[4:])
    if "-" in label:
        out.add(label.replace("-", " "))
    if "U.S." in label:
        out.add(label.replace("U.S.", "US"))
    return list(out)


@cache
def gazetteer() -> Gazetteer:
    """Built once per process from the reference CSVs and the topic scheme."""
    ref = load_reference()
    gz = Gazetteer()
    for a in ref.actors.values():
        for label in (a.label_en, *a.aliases_en):
            for v in _english_variants(label):
                gz.add(v, "actor", a.id)
        for label in (a.label_th, *a.aliases_th):
            if label:
                for v in _thai_variants(label):
                    gz.add(v, "actor", a.id)
    for actor_id, demonyms in _demonyms(ref).items():
        for d in demonyms:
            gz.add(d, "demonym", actor_id)
    # a name written the other way round is not taken when it is someone else's name as written
    # (จอ ทิน is Kyaw Tin, ทิน จอ is Htin Kyaw)
    as_written = {label for p in ref.people.values() for label in (p.label_en, *p.aliases_en, p.label_th, *p.aliases_th)}
    for p in ref.people.values():
        for label in (p.label_en, *p.aliases_en):
            reversed_ = [v for v in _reversed(label) if v not in as_written]
            for v in _english_variants(label) + reversed_ + _family_upper(label):
                gz.add(v, "person", p.id)
        for label in (p.label_th, *p.aliases_th):
            if label:
                gz.first_names.setdefault(thai_skeleton(label.split()[0]), set()).add(p.id)
                for v in (label, *(v for v in _reversed(label) if v not in as_written)):
                    gz.add(v, "person", p.id)
                    gz.person_skeletons.setdefault(thai_skeleton(v), set()).add(p.id)
                    gz.person_consonants.setdefault(thai_consonants(v), set()).add(p.id)
                    tokens = v.split()
                    gz.name_tokens.update(thai_skeleton(t) for t in tokens if len(t) >= 3)
                    if len(tokens) >= 2:
                        gz.family_names.setdefault(thai_skeleton(tokens[-1]), set()).add(
                            (thai_skeleton(tokens[0]), p.id))
    for pl in ref.places.values():
        for label in (pl.label_en, *pl.aliases_en, pl.label_th, *pl.aliases_th):
            if label:
                gz.add(label, "place", pl.id)
        for label in (pl.label_en, *pl.aliases_en):
            if label:
                gz.add(label.upper(), "place", pl.id)  # a dateline: "JAKARTA, 6 September 2023 –"
    for pos in ref.positions.values():
        for label in (pos.label_en, *pos.aliases_en):
            gz.add(label, "position", pos.id, fold=True)
        for label in (pos.label_th, *pos.aliases_th):
            if label:
                gz.add(label, "position", pos.id)
    for m in ref.mechanisms.values():
        if m.is_pattern:
            continue
        for label in (m.label_en, m.abbreviation, *m.aliases_en, *_thai_variants(m.label_th or ""),
                      *(v for a in m.aliases_th for v in _thai_variants(a))):
            if label:
                gz.add(label, "mechanism", m.id)
    labels, gz.list_only = _topic_labels(resources.ontology_dir() / "topics.ttl")
    for topic_id, label, lang in labels:
        gz.add(label, "topic", topic_id, fold=(lang != "th"))
    gz.compile()
    return gz


def _demonyms(ref: Reference) -> dict[str, list[str]]:
    import csv

    path = resources.reference_dir() / "demonyms.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {r["actor_id"]: [d.strip() for d in r["demonyms_en"].split(";") if d.strip()]
                for r in csv.DictReader(fh) if r["actor_id"] in ref.actors}


# ---------------------------------------------------------------- dates

MONTHS_EN = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTHS_EN.update({k[:3]: v for k, v in list(MONTHS_EN.items())})
MONTHS_EN["sept"] = 9
MONTHS_TH = {m: i + 1 for i, m in enumerate(
    ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
     "ตุลาคม", "พฤศจิกายน", "ธันวาคม"])}
MONTHS_TH.update({m: i + 1 for i, m in enumerate(
    ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."])})
MONTHS_TH.update({m.replace(".", ". ").strip(): v for m, v in list(MONTHS_TH.items()) if "." in m})

_MONTH_NAMES_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov",
                   "Dec"]
# title case or capitals ("30 JULY – 4 AUGUST 2018" in a headline), never lower case ("10 may be")
_MON_EN = "(?:" + "|".join(_MONTH_NAMES_EN + [m.upper() for m in _MONTH_NAMES_EN]) + r")\.?"
_MON_TH = "(?:" + "|".join(sorted((re.escape(m) for m in MONTHS_TH), key=len, reverse=True)) + ")"
_DASH = r"\s*(?:-|to|until|and|ถึง|จนถึง)\s*"
_DAY_NAMES_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAY_EN = r"(?:(?:" + "|".join(_DAY_NAMES_EN) + r"),?\s+(?:the\s+)?)?"
_TH_WEEKDAYS = "จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|ศุกร์|เสาร์|อาทิตย์"
_WEEKDAY_TH = rf"(?:วัน(?:{_TH_WEEKDAYS})\s*(?:ที่)?\s*)?"
# the range's second day has its own: "๑๕ ถึงวันศุกร์ที่ ๑๖ พฤษภาคม", "๑๕ ถึงวันที่ ๑๖", "15 to Friday 16 May"
_DAY2_TH = rf"(?:วัน(?:{_TH_WEEKDAYS})?\s*(?:ที่)?\s*)?"

DATE_EN_DMY = re.compile(
    rf"{_WEEKDAY_EN}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?P<m1>{_MON_EN}))?(?:{_DASH}{_WEEKDAY_EN}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?"
    rf"\s+(?:of\s+)?(?P<m2>{_MON_EN})(?:,?\s+(?P<y>\d{{4}}))?(?![\d])")
DATE_EN_MDY = re.compile(
    rf"{_WEEKDAY_EN}(?P<m1>{_MON_EN})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:{_DASH}(?:(?P<m2>{_MON_EN})\s+)?"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<y>\d{{4}}))?(?![\d])")
DATE_TH = re.compile(
    rf"{_WEEKDAY_TH}(?P<d1>\d{{1,2}})(?:\s*(?P<m1>{_MON_TH}))?(?:{_DASH}{_DAY2_TH}(?P<d2>\d{{1,2}}))?\s*(?P<m2>{_MON_TH})"
    rf"(?:\s*(?P<era>พ\.\s?ศ\.|ค\.\s?ศ\.)?\s*(?P<y>\d{{4}}|\d{{2}}(?!\d)))?")
DATE_NUM = re.compile(r"(?<![\d.,/])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20|25)\d\d)(?![\d/]|[.,]\d)")
# where every match of YEAR and of DATE_EN_MDY starts: on a word, so re skips ahead to one (see finditer_at)
YEAR_START = re.compile("|".join(["ปี", r"พ\.", r"ค\.", "19", "20", _MON_TH]))
MDY_START = re.compile("|".join([*_DAY_NAMES_EN, _MON_EN]))
# every Thai date names a Thai month, every English one an English month: a text without one needs
# no search for those dates (half the releases are in the other language)
MONTH_TH = re.compile(_MON_TH)
MONTH_EN = re.compile(_MON_EN)
DATE_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
# what every DATE_ISO and every DATE_NUM match holds: most texts have neither, and then no span is searched
ISO_LIKE = re.compile(r"\d-\d\d-\d")
NUMERIC_LIKE = re.compile(r"\d[./]\d\d?[./]\d")
YEAR = re.compile(rf"(?:(?:ปี|พ\.\s?ศ\.|ค\.\s?ศ\.|(?<!\d)(?<!\d\s)(?:{_MON_TH}))\s*(?P<th>\d{{4}})|(?<![\d,.$])(?P<en>(?:19|20)\d{{2}})(?!\d|,\d))")


class ImpossibleDate(ValueError):
    pass


_DIGITS = re.compile(r"\d+")


def near(anchor: re.Pattern, text: str, before: int, after: int) -> list[tuple[int, int]]:
    """The stretches of text around each match of ``anchor`` (merged where they touch). A pattern
    whose every match holds an anchor, no more than ``before`` characters in and ending no more than
    ``after`` past it, finds the same matches in these stretches as in the whole text, faster: most
    of a release has no digits, and scanning it with a long pattern is most of the cost."""
    spans: list[tuple[int, int]] = []
    for m in anchor.finditer(text):
        a, b = max(0, m.start() - before), min(len(text), m.end() + after)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    return spans


def finditer_at(anchor: re.Pattern, rx: re.Pattern, text: str, pos: int = 0,
                 endpos: int | None = None) -> Iterator[re.Match]:
    """What ``rx.finditer(text, pos, endpos)`` gives, for a pattern whose every match is non-empty and
    starts where ``anchor`` matches: ``rx`` is tried only there, found by a quick search, instead of at
    every position (a pattern opening on a lookbehind or an optional or repeated group gives re nothing
    to skip ahead on)."""
    end = len(text) if endpos is None else endpos
    while (a := anchor.search(text, pos, end)) is not None:
        m = rx.match(text, a.start(), end)
        if m is None:
            pos = a.start() + 1
        else:
            yield m
            pos = m.end()


def finditer_in(rx: re.Pattern, text: str, spans: list[tuple[int, int]], starts: re.Pattern | None = None):
    """The matches of ``rx`` in each span; with ``starts``, a pattern that matches wherever a match of
    ``rx`` starts, tried only there (see finditer_at)."""
    for a, b in spans:
        yield from rx.finditer(text, a, b) if starts is None else finditer_at(starts, rx, text, a, b)


def _year(raw: str | None, era: str | None, default: int | None) -> int | None:
    """Buddhist-era years (2564, or 64 in พ.ค. 64) become Common Era."""
    if not raw:
        return default
    y = int(raw)
    if len(raw) == 2:
        y += 2000 if (era or "").startswith("ค") else 2500
    return y - 543 if y > 2400 else y


def _month_en(token: str) -> int:
    t = token.rstrip(".").lower()
    return MONTHS_EN.get(t) or MONTHS_EN[t[:3]]


def _mk(y: int, m: int, d: int, text: str) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise ImpossibleDate(text) from None


def digit_spans(text: str) -> list[tuple[int, int]]:
    """Where dates and years can be: every one has digits, and none reaches further from them."""
    return near(_DIGITS, text, 32, 48)


def find_dates(text: str, default_year: int | None,
               spans: list[tuple[int, int]] | None = None) -> tuple[list[Mention], list[Mention]]:
    """Full and partial dates; returns (dates, impossible) mentions."""
    out: list[Mention] = []
    bad: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, y: int | None, m1: int, d1: int, m2: int, d2: int, has_year: bool) -> None:
        s, e = m.span()
        if any(a < e and s < b for a, b in taken):
            return
        if y is None:
            return
        try:
            first = _mk(y, m1, d1, m.group())
            last = _mk(y, m2, d2, m.group())
        except ImpossibleDate:
            bad.append(Mention("date", s, e, None, m.group()))
            taken.append((s, e))
            return
        if last < first:
            with contextlib.suppress(ImpossibleDate):
                first = _mk(y - 1, m1, d1, m.group()) if m1 > m2 else first
        taken.append((s, e))
        out.append(Mention("date", s, e, DateValue(first, max(first, last), has_year), m.group()))

    spans = digit_spans(text) if spans is None else spans
    for m in finditer_in(DATE_TH, text, spans if MONTH_TH.search(text) else []):
        m2 = MONTHS_TH[m.group("m2")]
        m1 = MONTHS_TH[m.group("m1")] if m.group("m1") else m2
        d1 = int(m.group("d1"))
        d2 = int(m.group("d2") or (d1 if not m.group("m1") else d1))
        if m.group("m1") and not m.group("d2"):
            continue
        y = _year(m.group("y"), m.group("era"), default_year)
        add(m, y, m1, d1, m2, d2, bool(m.group("y")))
    for rx, starts in ((DATE_EN_DMY, None), (DATE_EN_MDY, MDY_START)) if MONTH_EN.search(text) else ():
        for m in finditer_in(rx, text, spans, starts):
            mon2 = m.group("m2") or m.group("m1")
            m1 = _month_en(m.group("m1") or mon2)
            m2 = _month_en(mon2)
            d1 = int(m.group("d1"))
            d2 = int(m.group("d2") or d1)
            y = _year(m.group("y"), None, default_year)
            add(m, y, m1, d1, m2, d2, bool(m.group("y")))
    for m in finditer_in(DATE_ISO, text, spans if ISO_LIKE.search(text) else []):
        add(m, int(m.group("y")), int(m.group("m")), int(m.group("d")), int(m.group("m")), int(m.group("d")), True)
    for m in finditer_in(DATE_NUM, text, spans if NUMERIC_LIKE.search(text) else []):
        # "14/12/2022", "11.07.2025": day first, as ASEAN and European publishers write, unless only the
        # first number can be a month ("5/14/2022")
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (b, a) if b > 12 >= a else (a, b)
        y = _year(m.group("y"), None, default_year)
        with contextlib.suppress(ImpossibleDate):  # not a date after all (a version, a score)
            _mk(y, month, day, m.group())
            add(m, y, month, day, month, day, True)
    out.sort(key=lambda x: x.start)
    return out, bad


def find_years(text: str, dates: list[Mention], spans: list[tuple[int, int]] | None = None) -> list[Mention]:
    out = []
    for m in finditer_in(YEAR, text, digit_spans(text) if spans is None else spans, YEAR_START):
        s, e = m.span()
        if any(d.start <= s < d.end for d in dates):
            continue
        y = int(m.group("th") or m.group("en"))
        if y > 2400:
            y -= 543
        if 1960 <= y <= 2100:
            out.append(Mention("year", s, e, y, m.group()))
    return out


# ---------------------------------------------------------------- money

CURRENCY_WORDS = [
    ("ดอลลาร์สหรัฐอเมริกา", "USD"), ("ดอลลาร์สหรัฐฯ", "USD"), ("ดอลลาร์สหรัฐ", "USD"), ("ดอลลาร์ออสเตรเลีย", "AUD"),
    ("ดอลลาร์นิวซีแลนด์", "NZD"), ("ดอลลาร์แคนาดา", "CAD"), ("ดอลลาร์สิงคโปร์", "SGD"), ("เหรียญสหรัฐ", "USD"),
    ("เยน", "JPY"), ("ยูโร", "EUR"), ("บาท", "THB"), ("หยวน", "CNY"), ("วอน", "KRW"), ("ปอนด์สเตอร์ลิง", "GBP"),
    ("ปอนด์", "GBP"), ("รูปี", "INR"), ("ดอลลาร์", "USD"),
    ("US dollars", "USD"), ("U.S. dollars", "USD"), ("United States dollars", "USD"), ("Australian dollars", "AUD"),
    ("New Zealand dollars", "NZD"), ("Canadian dollars", "CAD"), ("Singapore dollars", "SGD"), ("euros", "EUR"),
    ("euro", "EUR"), ("yen", "JPY"), ("Japanese yen", "JPY"), ("yuan", "CNY"), ("renminbi", "CNY"), ("won", "KRW"),
    ("pounds sterling", "GBP"), ("pounds", "GBP"), ("rupees", "INR"), ("baht", "THB"), ("dollars", "USD"),
]
CURRENCY_CODES = ["USD", "AUD", "NZD", "CAD", "SGD", "EUR", "JPY", "CNY", "RMB", "KRW", "GBP", "INR", "THB", "CHF"]
CURRENCY_SYMBOLS = [("US$", "USD"), ("USD$", "USD"), ("A$", "AUD"), ("AU$", "AUD"), ("NZ$", "NZD"), ("C$", "CAD"),
                    ("CA$", "CAD"), ("S$", "SGD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₩", "KRW"),
                    ("₹", "INR"), ("฿", "THB"), ("$", "USD")]
SCALES = {"พัน": 10**3, "หมื่น": 10**4, "แสน": 10**5, "ล้าน": 10**6, "สิบล้าน": 10**7, "ร้อยล้าน": 10**8,
          "พันล้าน": 10**9, "หมื่นล้าน": 10**10, "แสนล้าน": 10**11, "ล้านล้าน": 10**12,
          "thousand": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9,
          "b": 10**9, "trillion": 10**12}
QUALIFIERS = [("more than", "more than"), ("over", "more than"), ("in excess of", "more than"),
              ("at least", "more than"), ("upwards of", "more than"), ("over", "more than"),
              ("about", "about"), ("approximately", "about"), ("around", "about"), ("some", "about"),
              ("nearly", "about"), ("almost", "about"), ("roughly", "about"), ("an estimated", "about"),
              ("up to", "up to"), ("as much as", "up to"), ("a maximum of", "up to"),
              ("มากกว่า", "more than"), ("กว่า", "more than"), ("เกินกว่า", "more than"), ("ไม่ต่ำกว่า", "more than"),
              ("ประมาณ", "about"), ("ราว", "about"), ("ราวๆ", "about"), ("เกือบ", "about"), ("กว่า ๆ", "more than"),
              ("สูงสุด", "up to"), ("ไม่เกิน", "up to"), ("มากถึง", "up to"), ("ถึง", "up to")]
# (a word of its own: not "over" in "moreover", "ประมาณ" in "งบประมาณ" (a budget), "ราว" in "เรื่องราว")
_QUAL_NOT_AFTER = {"ประมาณ": "งบ", "ราว": "เรื่อง"}
_QUAL = "|".join((r"(?<![A-Za-z])" if q[0].isascii() else
                  rf"(?<!{_QUAL_NOT_AFTER[q]})" if q in _QUAL_NOT_AFTER else "") + re.escape(q)
                 for q, _ in sorted(QUALIFIERS, key=lambda x: -len(x[0])))
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_THAI_NUMWORD = r"(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด|ร้อย|พัน|หมื่น|แสน|ล้าน)+"
_SCALE_TH = r"(?:ล้านล้าน|แสนล้าน|หมื่นล้าน|พันล้าน|ร้อยล้าน|สิบล้าน|ล้าน|แสน|หมื่น|พัน)"
_SCALE_EN = r"(?:thousand|million|billion|trillion|mn|bn|m|b)(?![A-Za-z])"
_CUR_WORD = "|".join(re.escape(w) for w, _ in sorted(CURRENCY_WORDS, key=lambda x: -len(x[0])))
_CUR_CODE = "|".join(CURRENCY_CODES)
_CUR_SYM = "|".join(re.escape(s) for s, _ in sorted(CURRENCY_SYMBOLS, key=lambda x: -len(x[0])))

# every amount has a currency; searched in the lowercased text, so a plain (fast) alternation does (as a
# trie: the longest currency at a place, as longest-first alternatives find it, without trying them all)
_MONEY_ANCHOR = re.compile(trie_pattern(sorted({w.lower() for w in [s for s, _ in CURRENCY_SYMBOLS] + CURRENCY_CODES +
                                                [w for w, _ in CURRENCY_WORDS]})))
MONEY_PREFIX = re.compile(  # US$ 150 million, USD 1.5 billion, € 10 million
    rf"(?P<cur>{_CUR_SYM}|(?<![A-Za-z])(?:{_CUR_CODE})(?![A-Za-z]))\s?(?P<n>{_NUM})"
    rf"(?:\s*(?P<sc>{_SCALE_EN}|{_SCALE_TH}))?", re.IGNORECASE)
MONEY_SUFFIX = re.compile(  # 112 ล้านดอลลาร์สหรัฐ, 50 million New Zealand dollars, 10 billion yen, 5 million USD
    rf"(?P<n>{_NUM}|{_THAI_NUMWORD})"
    rf"\s*(?P<sc>{_SCALE_EN}|{_SCALE_TH})?\s*(?P<cur>{_CUR_WORD}|(?<![A-Za-z])(?:{_CUR_CODE})(?![A-Za-z]))",
    re.IGNORECASE)
# the words before an amount: a qualifier, and Thai "เป็นเงิน" / "จำนวน" around it
MONEY_LEAD = re.compile(rf"(?:(?P<q>{_QUAL})\s*)?(?:เป็น(?:จำนวน)?เงิน\s*|จำนวน(?:เงิน)?\s*|มูลค่า\s*)?"
                        rf"(?:(?P<q2>{_QUAL})\s*)?$", re.IGNORECASE)


def _qualifier(word: str | None) -> str:
    if not word:
        return "exact"
    w = word.strip().lower()
    for q, norm in QUALIFIERS:
        if q == w:
            return norm
    return "exact"


def _decimal(n: str, scale: str | None) -> str | None:
    from decimal import Decimal, InvalidOperation

    if re.fullmatch(_THAI_NUMWORD, n):
        from pythainlp.util import thaiword_to_num

        try:
            value = Decimal(thaiword_to_num(n))
        except Exception:
            return None
    else:
        try:
            value = Decimal(n.replace(",", ""))
        except InvalidOperation:
            return None
    if scale:
        value *= SCALES.get(scale.lower(), SCALES.get(scale, 1))
    text = format(value.normalize(), "f")
    return text


def _currency(token: str) -> str:
    for w, code in CURRENCY_WORDS:
        if w.lower() == token.lower():
            return code
    for s, code in CURRENCY_SYMBOLS:
        if s.lower() == token.lower():
            return code
    code = token.upper()
    return "CNY" if code == "RMB" else code


def find_money(text: str) -> list[Mention]:
    out: list[Mention] = []
    low = text.lower()
    # (lower() keeps offsets unless the text has a letter such as İ; then the whole text is searched)
    spans = near(_MONEY_ANCHOR, low, 48, 40) if len(low) == len(text) else [(0, len(text))]
    for rx in (MONEY_PREFIX, MONEY_SUFFIX):
        for m in finditer_in(rx, text, spans):
            s, e = m.span()
            if any(o.start < e and s < o.end for o in out):
                continue
            n, sc = m.group("n"), m.group("sc")
            amount = _decimal(n, sc)
            if amount is None or amount in ("0",):
                continue
            cur = _currency(m.group("cur"))
            if cur == "USD" and m.group("cur") == "$" and re.search(r"(A|NZ|S|C|HK)$", text[max(0, s - 2):s]):
                continue
            lead = MONEY_LEAD.search(text, max(0, s - 40), s)
            q = None
            if lead and lead.group():
                q = lead.group("q2") or lead.group("q")
                s = lead.start()
            bare = cur == "USD" and m.group("cur") == "$"
            out.append(Mention("money", s, e, Money(amount, cur, _qualifier(q), bare), text[s:e]))
    return sorted(out, key=lambda x: x.start)


# ---------------------------------------------------------------- ordinals

ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
     "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
     "eighteenth", "nineteenth"])}
ORDINAL_WORDS["inaugural"] = 1  # "the inaugural ASEAN-GCC-China Summit"
TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60}
TENS_PREFIX = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}


def ordinal_word_value(word: str) -> int | None:
    w = word.lower().replace(" ", "-")
    if w in ORDINAL_WORDS:
        return ORDINAL_WORDS[w]
    if w in TENS:
        return TENS[w]
    if "-" in w:
        head, tail = w.split("-", 1)
        if head in TENS_PREFIX and tail in ORDINAL_WORDS and ORDINAL_WORDS[tail] < 10:
            return TENS_PREFIX[head] + ORDINAL_WORDS[tail]
    return None


_ORD_WORD = r"(?:(?:Twenty|Thirty|Forty|Fifty|Sixty)-?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth)|" \
            r"Twentieth|Thirtieth|Fortieth|Fiftieth|Sixtieth|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|" \
            r"Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|" \
            r"Inaugural)"
ORDINAL_EN = re.compile(rf"(?<![A-Za-z0-9])(?:(?P<n>\d{{1,3}})(?:st|nd|rd|th)|(?P<w>{_ORD_WORD}))(?![A-Za-z0-9])",
                        re.IGNORECASE)
ORDINAL_TH = re.compile(r"ครั้งที่\s*(?P<n>\d{1,3})")


def find_ordinals(text: str) -> list[Mention]:
    """English ordinals ("34th", "Thirty-Fourth") in the words before a meeting's head noun, the only
    place they matter (Thai ordinals, ครั้งที่ N, are read with the meeting's name)."""
    out: list[Mention] = []
    seen = 0
    for h in finditer_at(_EN_HEAD_WORD, _EN_HEAD, text):
        lo = max(seen, h.start() - 170)
        for m in ORDINAL_EN.finditer(text, lo, h.start()):
            value = int(m.group("n")) if m.group("n") else ordinal_word_value(m.group("w"))
            if value:
                out.append(Mention("ordinal", m.start(), m.end(), value, m.group()))
        seen = h.start()
    return out


# ---------------------------------------------------------------- people by honorific

HONORIFICS_TH = ["นางสาว", "นาง", "นาย", "ดร.", "ศาสตราจารย์", "รองศาสตราจารย์", "พลเอก", "พล.อ.", "หม่อมหลวง",
                 "หม่อมราชวงศ์", "ม.ล.", "ม.ร.ว.", "ท่านผู้หญิง", "คุณหญิง", "พลตำรวจเอก", "พล.ต.อ.", "ดาโต๊ะ",
                 "ดาโตะ", "ตันศรี", "สมเด็จพระราชาธิบดี", "เจ้าชาย", "เจ้าหญิง", "สมเด็จ",
                 # Cambodian and Myanmar titles the Ministry writes before a name
                 "สมเด็จมหาบวรธิบดี", "สมเด็จอัครมหาเสนาบดีเดโช", "สมเด็จเตโช", "สมเด็จอัครมหาธรรมโพธิสาล",
                 "พลเอกอาวุโส", "พลเรือเอก", "พลอากาศเอก",
                 # Malay titles as the Ministry writes them ("ดาโต๊ะ เซอรี อุตามา ฮัจญี โมฮามัด บิน ฮัจญี ฮาซัน")
                 "ดาโต๊ะ เซอรี อุตามา", "ดาโต๊ะเซอรี", "ดาโต๊ะ เซอรี", "ดาโต๊ะ ศรี", "ดาโต๊ะศรี", "ดาโต๊ะ ซรี",
                 "ดาโต๊ะซรี", "ตันซรี", "ตัน ซรี", "เซอรี อุตามา",
                 "ดาตุ๊ก", "ฮัจญี", "ฮัจยี", "ฮาจี", "ฮัจจี", "ตุน", "เซเตีย", "ปาดูกา", "เปฮิน",
                 # His Excellency; an Australian senator ("เซเนเตอร์ เพนนี หว่อง")
                 "ฯพณฯ", "เซเนเตอร์", "วุฒิสมาชิก", "ชีค", "ชีคคา"]
HONORIFICS_EN = ["His Majesty", "Her Majesty", "His Royal Highness", "Her Royal Highness", "His Excellency",
                 "Her Excellency", "H.E.", "HE", "H.M.", "H.R.H.", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr",
                 "Prof.", "Professor", "Hon.", "Honourable", "Honorable", "Dato' Seri", "Dato Seri", "Dato' Sri", "Dato Sri",
                 "Datuk Sri", "Datuk Patinggi", "Dato'", "Datuk Seri",
                 "Datuk", "Tan Sri", "Pehin", "Dato", "Seri Utama", "Utama", "Seri Paduka", "Paduka", "Datin", "Haji", "Hajah", "Tun", "Sir", "Dame", "Ambassador", "Senator", "General", "Sultan",
                 "Samdech Moha Borvor Thipadei", "Samdech Akka Moha Sena Padei Techo", "Samdech Techo", "Samdech",
                 "Senior General", "Admiral", "Shri", "Smt.", "Shrimati", "Sheikh", "Sheikha"]
# Myanmar's U and Daw ("อู จ่อ ทิน") as words of their own, not the end of one ("ปฏิญญาเนปิดอว์ แผน...")
HONORIFICS_MM_TH = ["อู", "ดอว์"]
HON_TH = "|".join(re.escape(h) for h in sorted(HONORIFICS_TH, key=len, reverse=True)) + \
    r"|(?:(?<![\u0E00-\u0E7F])|(?<=และ)|(?<=กับ)|(?<=มี))(?:" + "|".join(HONORIFICS_MM_TH) + ")"
HON_EN = "|".join(re.escape(h) for h in sorted(HONORIFICS_EN, key=len, reverse=True))
_TH_NAME_TOKEN = r"[\u0E01-\u0E2E\u0E40-\u0E44](?:[\u0E00-\u0E2E\u0E30-\u0E4E.]|-(?=[\u0E01-\u0E4E])){1,24}"
# a third token of a Cambodian, Vietnamese or Chinese name (เกา คิม ฮวน, บุ่ย แทง เซิน)
_TH_SHORT_TOKEN = r"[\u0E01-\u0E2E\u0E40-\u0E44][\u0E00-\u0E2E\u0E30-\u0E4E]{0,5}"
# a second Thai token that is the sentence going on, not a family name
_TH_NOT_NAME = r"(?!ใน|ซึ่ง|ได้|เป็น|และ|ผู้|ที่|เข้า|กล่าว|รัฐมนตรี|นายก|ปลัด|อธิบดี|เอกอัครราชทูต|ประธาน|เลขาธิการ|รอง|" \
               r"นับ|ตั้งแต่|เมื่อ|จาก|ต่อ|กับ|ว่า|ให้|โดย|ยัง|แต่(?!ง)|ถึง|หลัง|ภายหลัง|ระหว่าง|สำหรับ|จึง)"
_EN_NAME_TOKEN = r"(?:[A-Z][a-zà-ÿ]*(?:-[A-Z]?[a-zà-ÿ]*)*(?:['’][A-Za-zà-ÿ]*)?\.?|[A-Z]\.|binti|bin|van|von|del|dos|da|de|Jr\.?)(?![a-z])"  # O'Brien
# the particles of an Arab name and the name each leads ("อับดุลลาห์ บิน ซายิด อัล นะฮ์ยาน", "โมฮัมหมัด ซาบาห์
# อัล-ซาเลม อัล-ซาบาห์")
# ("คอลิด บิน อะหมัด บิน มุฮัมมัด อาล เคาะลีฟะฮ์", "โมฮัมหมัด นาจิบ ตุน อับดุล ราซัก": Āl, a father's Tun, Abdul X)
_TH_ARABIC = rf"(?:\s(?:บินติ|บินตี|บิน|อิบน์|อัล|อาล|ตุน)\s(?:อับดุล\s)?{_TH_NAME_TOKEN}|\s(?=อัล-){_TH_NAME_TOKEN})"
PERSON_TH = re.compile(  # (not the นาย of มิถุนายน, June, nor of "๕,๐๐๐ นาย", five thousand personnel)
    rf"(?<!มิถุ)(?<!,\d\d\d)(?<!,\d\d\d\s)(?P<hon>(?:{HON_TH})\s?(?:\(เกษียณ\)\s?)?)+(?P<name>(?:{_EN_NAME_TOKEN}(?:\s+{_EN_NAME_TOKEN}){{1,4}})"
    rf"|{_TH_NAME_TOKEN}(?:ฯ|{_TH_ARABIC}+|(?:\s?[\u0E01-\u0E2E\u0E40-\u0E44][\u0E00-\u0E4E]{{0,4}}\.){{0,3}}\s{_TH_NOT_NAME}"
    rf"{_TH_NAME_TOKEN}{_TH_ARABIC}*"
    rf"(?:\sจูเนียร์|\s{_TH_NOT_NAME}{_TH_SHORT_TOKEN}(?=\s|$){_TH_ARABIC}*)?)?)")
_TITLES_EN = r"(?:Prime Minister|President|Vice President|Foreign Minister|Minister|Secretary|Premier|Chancellor|" \
             r"Ambassador|Deputy Prime Minister|State Councilor|Secretary-General|Sultan|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|" \
             r"Datuk Seri|Dato' Seri|Datuk|Dato'|Dato|Tan Sri|Pehin|Samdech)"
# "Prime Minister Albanese": a family name after a title, resolved later to someone the release named
TITLE_SURNAME = re.compile(rf"(?<![A-Za-z]){_TITLES_EN}\s+(?P<name>[A-Z][a-zà-ÿ'’-]{{2,}})(?![\s-]*[A-Z][a-z])(?![A-Za-z])")
# Title-case headline words that follow a name ("Vice President Harris Represents ...") are not names
_NOT_NAME_EN = r"(?!(?:Represents|Attends|Meets|Joins|Visits|Holds|Calls|Says|Welcomes|Co-chairs|Chairs|Leads|Opens|" \
               r"Hosts|Announces|Pledges|Urges|Reaffirms|At|In|And|To|For|Of|On|With|The)\b)"
# (or set off by commas: "The UK's Ambassador to ASEAN, Jon Lambe, this week co-chaired ...")
POST_NAME = re.compile(rf"(?:\s+|,\s+(?=[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’.-]+){{1,3}},))(?P<name>[A-Z][a-zà-ÿ'’-]+(?:\s+(?:{_NOT_NAME_EN}[A-Z][a-zà-ÿ'’.-]+|bin|binti|van|von|de|da))"
                       r"{1,3})(?![A-Za-z])")
# the remit written after a post's title, up to the last word that can close it ("for East Asian and Pacific Affairs",
# "for Development Cooperation")
POST_REMIT = re.compile(r"\s+(?:for|of|on)\s+(?:(?:the|and|of|for|on|&)\s+|[A-Z][A-Za-z'’-]*,?\s+){0,7}"
                        r"(?:Affairs|Cooperation|Relations|Policy|Trade|Security|Development|Economy|Industry|Commerce)(?=\s)")
# a name set off before its post, after a word that can lead one ("by", "and", "with", a sentence's start)
NAME_BEFORE_POST = re.compile(r"(?:(?<=\bby )|(?<=\band )|(?<=\bwith )|(?<=^)|(?<=\n)|(?<=\. ))"
                              rf"(?!{'|'.join(_MONTH_NAMES_EN[:12] + _DAY_NAMES_EN)}|On\b|In\b|At\b|The\b|This\b|Last\b|Next\b|Today\b)"
                              r"(?P<name>[A-Z][a-zà-ÿ'’]+(?:-[a-zà-ÿ]+)?(?:\s+[A-Z][a-zà-ÿ'’]+(?:-[a-zà-ÿ]+)?){1,3}),\s+(?:the\s+)?$",
                              re.M)
_PATRONYMIC = re.compile(r"\bbin(?:ti)?\s+(?:[A-Z][\w'’.-]*\s+){0,5}$")
_POST_HONORIFIC = re.compile(rf"(?:{HON_EN})(?![A-Za-z])")
PERSON_EN = re.compile(
    rf"(?<![A-Za-z])(?P<hon>(?:(?:{HON_EN})\s+)+)(?P<name>[A-Z][A-Za-zà-ÿ'’.-]+(?:\s+{_EN_NAME_TOKEN}){{1,4}})")

# where every match of PERSON_TH, PERSON_EN and TITLE_SURNAME starts: on an honorific or a title (the
# honorifics as tries, every branch opening on a literal, so re skips ahead to a letter that can start one)
HONORIFIC = {"th": re.compile(trie_pattern([*HONORIFICS_TH, *HONORIFICS_MM_TH])), "en": re.compile(trie_pattern(HONORIFICS_EN))}
TITLE = re.compile(_TITLES_EN)


def _finditer_where(anchor: re.Pattern, rx: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of ``rx``, a long pattern every match of which holds a match of ``anchor``: none
    without searching when the text has no ``anchor`` at all (a quick search)."""
    return rx.finditer(text) if anchor.search(text) else iter(())


# ---------------------------------------------------------------- the whole pass


@dataclass
class Mentions:
    """All mentions of one text, by kind, in text order (``items`` sorted by start)."""

    items: list[Mention]
    impossible_dates: list[Mention]

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.items]

    def of(self, *kinds: str) -> list[Mention]:
        return [m for m in self.items if m.kind in kinds]

    def within(self, start: int, end: int, *kinds: str) -> list[Mention]:
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for m in self.items[lo:hi] if m.kind in kinds and m.end <= end]


def _resolve_overlaps(found: list[Mention]) -> list[Mention]:
    """Keep the longest mention where gazetteer mentions overlap (ทะเลจีนใต้ over จีน)."""
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    end = -1
    group_span: tuple[int, int] | None = None
    for m in found:
        if group_span and m.start == group_span[0] and m.end == group_span[1]:
            kept.append(m)  # same span, another reading (a label shared by two kinds)
            continue
        if m.start < end:
            continue
        kept.append(m)
        end = m.end
        group_span = (m.start, m.end)
    return kept


_SEPARATOR = r"(?:\s*,\s*|\s+(?:และ|and|or|หรือ)\s*|\s)"
# (with one other item between: "education, culture, health and youth empowerment")
_LIST_SEPARATOR = rf"{_SEPARATOR}(?:[A-Za-z-]{{2,15}}{_SEPARATOR})?"


def _listed_topics(text: str, found: list[Mention], labels: list[tuple[str, str]]) -> list[Mention]:
    """"...วิทยาศาสตร์และเทคโนโลยี การศึกษา และการเผชิญเหตุฉุกเฉิน": a label too ambiguous alone, as an item
    of a list of topics (a topic just before or just after it)."""
    topics = [m for m in found if m.kind == "topic"]
    out: list[Mention] = []
    for label, topic_id in labels:
        for m in re.finditer(re.escape(label), text):
            s, e = m.span()
            if any(o.start < e and s < o.end for o in found):
                continue
            if any(re.fullmatch(_LIST_SEPARATOR, text[t.end:s]) or re.fullmatch(_LIST_SEPARATOR, text[e:t.start])
                   for t in topics if t.end <= s <= t.end + 24 or e <= t.start <= e + 24):
                out.append(Mention("topic", s, e, topic_id, label))
    return out


# a name in Latin script in brackets: "นางเอลิซาเบธ ทรัสส์ (Elizabeth Truss)", "(Kok Li Peng)"
_LATIN_NAME_AFTER = re.compile(r"\s?\(\s?(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|bin|binti|al|van|von|de|da|dos|del)){1,5})"
                               r"\s?\)")


def _with_latin_spelling(text: str, people: list[Mention], ref_people: list[Mention], found: list[Mention]) -> list[Mention]:
    """A Thai name followed by its Latin spelling is one person: the reference's when the Latin names
    someone it knows (the Thai may be spelt otherwise), else that English name, not a machine's."""
    out = []
    for p in people:
        latin = _LATIN_NAME_AFTER.match(text, p.end) if isinstance(p.value, PersonName) and p.value.script == "th" else None
        if latin is None:
            out.append(p)
            continue
        s, e = latin.span("name")
        known = [q for q in ref_people if s <= q.start and q.end <= e]
        if len(known) == 1 and isinstance(known[0].value, str):
            ref_people.remove(known[0])
            found.remove(known[0])
            out.append(Mention("person", p.start, p.end, replace(p.value, ref_id=known[0].value, name_en=latin.group("name")), p.text))
        elif not known:
            out.append(Mention("person", p.start, p.end, replace(p.value, name_en=latin.group("name")), p.text))
        else:
            out.append(p)
    return out


_TITLE_BEFORE = re.compile(rf"(?:{HON_EN}|{_TITLES_EN}|Foreign Minister|Undersecretary|Secretary-General)\s+$")


def _lone_given_names(text: str, found: list[Mention]) -> list[Mention]:
    """A person's one-word English alias ("Thani") names them after a title or their full name, not in
    a hotel's name ("the Dusit Thani Manila")."""
    named: set[object] = set()
    out = []
    for m in found:
        if m.kind == "person" and " " not in m.text and m.text[:1].isascii() and m.value not in named and \
                not _TITLE_BEFORE.search(text, max(0, m.start - 40), m.start):
            continue
        if m.kind == "person":
            named.add(m.value)
        out.append(m)
    return out


def recognise(text: str, default_year: int | None = None) -> Mentions:
    gz = gazetteer()
    found = _lone_given_names(text, _resolve_overlaps(gz.find(text)))
    found += _listed_topics(text, found, gz.list_only)
    spans = digit_spans(text)
    dates, bad = find_dates(text, default_year, spans)
    years = find_years(text, dates, spans)
    money = find_money(text)
    ordinals = find_ordinals(text)
    people = []
    ref_people = [m for m in found if m.kind == "person"]
    for rx, pattern_script in ((PERSON_TH, "th"), (PERSON_EN, "en")):
        for m in finditer_at(HONORIFIC[pattern_script], rx, text):
            script = pattern_script
            if script == "en" and _PATRONYMIC.search(text, max(0, m.start() - 60), m.start()):
                continue  # a father's titles inside a name: "Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof"
            s, e = m.start("name"), m.end("name")
            name = m.group("name").strip()
            name = re.sub(r"\s+(?:and|และ|the|The|of)$", "", name)
            inside = [p for p in ref_people if p.start <= s < p.end or s <= p.start < e]
            if len(inside) == 1 and s < inside[0].start and script == "th" and \
                    not re.search(r"\s", text[s:inside[0].start].strip()) and \
                    not any(o.start < inside[0].start and s < o.end and o.kind in ("actor", "position", "place", "mechanism")
                            for o in found):
                # "ดร. สุพรหมัณยัม ชัยศังกร์", "นางมาเรีย เฮลเลน บาร์เบอร์-เด ลา เวกา": the reference knows the
                # rest of the name; the honorific takes in a first name spelt its own way or left out there
                e = max(s + len(name), inside[0].end)
                name = text[s:e]
                found.remove(inside[0])
                ref_people.remove(inside[0])
                ref_people.append(Mention("person", s, e, inside[0].value, name))
                found.append(ref_people[-1])
                continue
            if inside:
                continue
            if script == "th" and " " not in name and not name.endswith("ฯ"):
                # "นายซินแคลร์ได้กล่าวถึง" after "นายมาร์ก ซินแคลร์": a word of a name the release gave, else of one
                # the reference knows
                words = {w for q in people + ref_people if q.end <= s for w in q.text.split() if len(w) >= 3}
                name = max((w for w in words if name.startswith(w)), key=len, default="") or gz.known_name_prefix(name)
            e = s + len(name)
            if script == "th" and re.match(r"[A-Za-z]", name):
                script = "en"
            if any(o.start < e and s < o.end and o.kind in ("actor", "position", "place", "mechanism")
                   for o in found):
                continue
            people.append(Mention("person", s, e, PersonName(None, name, script, m.group("hon").strip()), name))
    people = _with_latin_spelling(text, people, ref_people, found)
    taken = [(p.start, p.end) for p in people + ref_people]
    # "Deputy Minister of Foreign Affairs Nguyen Quoc Dung": a full name right after a post
    for pos in (f for f in found if f.kind == "position"):
        m = POST_NAME.match(text, pos.end)
        if not m and text.startswith((" for ", " of ", " on "), pos.end):
            # "Director-General for North Korean Nuclear Affairs Lee Jun-il": the post's remit, then the name
            c = POST_REMIT.match(text, pos.end)
            m = POST_NAME.match(text, c.end()) if c else None
        if not m or _POST_HONORIFIC.match(m.group("name")):
            continue  # ("Minister of Foreign Affairs Dato' Seri Utama Haji Mohamad ...": honorifics, the name after them)
        s, e = m.span("name")
        if any(a < e and s < b for a, b in taken) or any(o.start < e and s < o.end for o in found
                                                          if o.kind in ("actor", "place", "mechanism", "demonym")):
            continue
        people.append(Mention("person", s, e, PersonName(None, m.group("name"), "en", "post"), m.group("name")))
        taken.append((s, e))
    # "co-chaired by Catherine Ashton, High Representative ...": a full name set off by a comma before a post
    for pos in (f for f in found if f.kind == "position"):
        m = NAME_BEFORE_POST.search(text, max(0, pos.start - 50), pos.start)
        if not m:
            continue
        s, e = m.span("name")
        if any(a < e and s < b for a, b in taken) or any(o.start < e and s < o.end for o in found):
            continue
        people.append(Mention("person", s, e, PersonName(None, m.group("name"), "en", "post"), m.group("name")))
        taken.append((s, e))
    for m in finditer_at(TITLE, TITLE_SURNAME, text):
        s, e = m.span("name")
        if any(a < e and s < b for a, b in taken) or any(o.start < e and s < o.end for o in found
                                                          if o.kind in ("actor", "place", "mechanism", "demonym")):
            continue
        people.append(Mention("person", s, e, PersonName(None, m.group("name"), "en", "title"), m.group("name")))
    money_spans = [(m.start, m.end) for m in money]
    if money_spans:  # (most releases name no amount)
        years = [y for y in years if not any(a <= y.start < b for a, b in money_spans)]
        # "ดอลลาร์สหรัฐ" names a currency, not the United States
        found = [f for f in found if not any(a <= f.start < b for a, b in money_spans)]
    items = found + dates + years + money + ordinals + people
    items.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return Mentions(items, bad)


# ---------------------------------------------------------------- meeting names


@dataclass(frozen=True)
class MeetingName:
    kind: str  # Summit | MinisterialMeeting | SeniorOfficialsMeeting | Other | "" (anaphoric)
    track: str  # summit | fmm | som | jcc | aem | ... : what makes a series, with the parties
    parties: tuple[str, ...]
    mechanism: str = ""
    qualifier: str = ""
    ordinal: int | None = None
    anaphoric: bool = False


# ("การประชุมทางไกลระหว่างรัฐมนตรีต่างประเทศอาเซียนกับ...": a videoconference between ... is named by who meets)
# (or a consultation of ASEAN's: "การหารือระดับสูงอาเซียน-สหภาพยุโรปว่าด้วย...", "การหารือระหว่างคณะกรรมการผู้แทนถาวร
# ประจำอาเซียนกับ...")
_TH_BODY = re.compile(r"(?:การประชุม|การหารือ(?=ระดับสูง|ระหว่าง|อาเซียน))(?:(?:ทางไกล|ทางวีดิทัศน์)(?=ระหว่าง))?(?P<body>(?:\s(?=[A-Z]{2,}))?(?:[^\s()]|\s?-\s?(?=\S)|\s(?=กับ)|(?<=[A-Z0-9+])\s(?=อาเซียน))*)")
_TH_CONT = re.compile(r"(?:\s?(?:ครั้งที่\s?\d{1,3}|ฟอรั่ม|ฟอรัม|สมัยพิเศษ(?:เพื่อรำลึก\S*)?|"
                      # "...สมัยพิเศษเพื่อฉลองครบรอบ ๕๐ ปี ความสัมพันธ์มิตรภาพและความร่วมมืออาเซียน-ญี่ปุ่น"
                      r"เพื่อ(?:ฉลอง|รำลึก)(?:โอกาส|การ)?ครบรอบ\s?\d{1,3}\s?ปี\s?(?:แห่ง|ของ)?(?:การสถาปนา)?ความสัมพันธ์\S*|สมัยสามัญ|สมัยวิสามัญ|อย่างไม่เป็นทางการ|"
                      r"\((?:[A-Za-z][A-Za-z0-9+ '’-]*)\)|\+\s?1|กับ(?!นาย|นาง|ดร\.|ผู้|รัฐมนตรี|ประธาน)\S+))")
_TH_MORE_ORDINALS = re.compile(r"(?:\s?(?:,|และ)\s?(?:ครั้งที่\s?)?\d{1,3}(?!\d|\s?(?:ปี|คน|ประเทศ|ล้าน|พัน|ร้อย|%)))+")
_TH_STOP = re.compile(r"^ฯ|ว่าด้วย|เมื่อ|ซึ่ง|(?<!ครั้ง)(?<!หน้า)ที่|ผ่าน|ณ(?=\s|กรุง|นคร|เมือง)|โดย|ในวัน|วันที่|ระหว่างวัน|จะ|ได้|"
                      r"เพื่อ(?!รำลึก)|ครั้งนี้|ดังกล่าว|ทางไกล|ทางวีดิทัศน์|ในรูปแบบ|รูปแบบ|ร่วมกับ|และ|ใน(?!ภูมิภาค)|ของ|ด้วย|"
                      r"นี้|ครั้งต่อไป|ครั้งแรก|^มี|มี(?=นาย|นาง|ดร\.|พล)")  # ("การประชุมมีหัวหน้า...": the meeting had)
_TH_WITH_POST = re.compile(r"\s?กับ(?:นายกรัฐมนตรี|ประธานาธิบดี|รัฐมนตรี|ผู้แทน)[^\n()]{0,80}?(?:แห่ง|ของ)(?:ประเทศ)?")
# the counterpart named, then their post: "... กับนางเมลานี โฌลี (Mélanie Joly) รัฐมนตรีว่าการกระทรวงการต่างประเทศแคนาดา"
_TH_WITH_NAMED_POST = re.compile(r"\s?(?:\([^()\n]{0,80}\)\s?)?กับ(?:นาย|นางสาว|นาง|ดร\.\s?)[^\s()]+\s[^\s()]+(?:\s\([^()\n]{0,40}\))?\s"
                                 r"(?:นายกรัฐมนตรี|ประธานาธิบดี|รัฐมนตรี|ผู้แทน)")
_TH_ABOUT = re.compile(r"ว่าด้วย[^\s()]{2,120}(?=\s?ครั้งที่)")
_TH_KINDS = [("สุดยอด", "Summit", "summit"), ("ระดับผู้นำ", "Summit", "summit"), ("ผู้นำ", "Summit", "summit"),
             ("รัฐมนตรีเศรษฐกิจ", "MinisterialMeeting", "aem"), ("รัฐมนตรีกลาโหม", "MinisterialMeeting", "defence"),
             ("รัฐมนตรีคลัง", "MinisterialMeeting", "finance"),
             ("รัฐมนตรี", "MinisterialMeeting", "fmm"), ("PMC", "MinisterialMeeting", "fmm"),
             ("เจ้าหน้าที่อาวุโส", "SeniorOfficialsMeeting", "som"), ("SOM", "SeniorOfficialsMeeting", "som"),
             # "การประชุมหารืออาเซียน-แคนาดา": the ASEAN-Canada Dialogue, of senior officials
             ("หารืออาเซียน", "SeniorOfficialsMeeting", "som"), ("หารือเชิงยุทธศาสตร์", "Other", "strategic"),
             ("คณะกรรมการความร่วมมือร่วม", "Other", "jcc"), ("JCC", "Other", "jcc"), ("คณะกรรมการ", "Other", "committee"),
             ("คณะทำงานร่วม", "Other", "jwg"), ("คณะทำงาน", "Other", "wg"),
             ("ฟอรั่ม", "SeniorOfficialsMeeting", "forum"), ("ฟอรัม", "SeniorOfficialsMeeting", "forum"),
             ("Forum", "SeniorOfficialsMeeting", "forum"), ("Dialogue", "SeniorOfficialsMeeting", "som"),
             ("สุดยอดภาคธุรกิจ", "Other", "business"), ("สุดยอดธุรกิจ", "Other", "business"),
             ("สุดยอดเยาวชน", "Other", "youth")]
_TH_QUALIFIERS = [("เพื่อรำลึก", "Commemorative"), ("เพื่อฉลองครบรอบ", "Commemorative"), ("สมัยพิเศษ", "Special"), ("สมัยวิสามัญ", "Special"),
                  ("อย่างไม่เป็นทางการ", "Informal")]

# (a party's Central Committee is a body, not a meeting)
_EN_HEAD = re.compile(r"(?<![A-Za-z])(?P<head>Summits?|Meetings?|Dialogue(?!\s+(?:Relations|Partner|partner|relations))|"
                      r"Conference|Consultations?|(?<!Central )(?<!Standing )Committee(?! of Permanent Representatives)|Forum|Retreat|Session|SOM|PMC(?:\s?\+\s?1)?|AMM|JCC)"
                      r"(?![A-Za-z])")
# where every match of _EN_HEAD starts (see finditer_at)
_EN_HEAD_WORD = re.compile("Summit|Meeting|Dialogue|Conference|Consultation|Committee|Forum|Retreat|Session|SOM|PMC|AMM|JCC")
_EN_LOWER_NAME = re.compile(r"(?<![\w-])(?P<pair>(?:[A-Z][\w.]*-)+ASEAN|ASEAN(?:-[A-Z][\w.]*)+)\s+(?P<head>"
                            r"(?:foreign |economic )?ministers'? meeting|ministerial meeting|ministerial|leaders'? meeting|"
                            r"summit|senior officials'? meeting)(?![\w-])")
# a head the names before it share: "the East Asia Summit and ASEAN Regional Forum Senior Officials' Meetings"
_EN_SHARED_HEAD = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,6}(?:Senior Officials'|Foreign Ministers'|"
                             r"Ministers'|Ministerial|Leaders')\s+Meetings\b")
# "Commemorative Summit for the 50th Year of ASEAN-Japan Friendship and Cooperation", "Special Summit to
# Commemorate the 30th Anniversary of ASEAN-China Dialogue Relations": the occasion names the parties
_EN_ANNIVERSARY = re.compile(r"\s+(?:for|on|to [Cc]ommemorate|[Cc]ommemorating|[Mm]arking|[Cc]elebrating)\s+the\s+"
                             r"(?:\d+(?:st|nd|rd|th)|[A-Z]?[a-z]+(?:ieth|th|st|nd|rd))\s+(?:Year|Anniversary|anniversary|year)"
                             r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of))*")
# "East Asia Summit Foreign Ministers' Meeting": the name goes on to a later head
_EN_NAME_GOES_ON = re.compile(r"\s+(?:\([A-Z]+\)\s+)?(?:Preparatory |Special |Informal )?(?:Foreign |Economic |Defence |Defense )?"
                              r"(?:Ministers'?|Ministerial|Inter-?[Ss]essional|"
                              r"Senior Officials'?|Leaders'?|Plus Three|Plus)\b")
# who comes "with" a meeting by post is a person, not a party
_WITH_PERSON = re.compile(r"\b(?:Minister|Secretary|President|Premier|Counterpart|Ambassador|Envoy|Chancellor|Sultan|King)\b")
_NOT_SUBJECT = r"(?!(?:Senator|Minister|Secretary|President|Prime|Ambassador|Deputy|The|His|Her|Mr|Ms|Dr|In|At|On|" + \
               "|".join(_MONTH_NAMES_EN[:12] + _DAY_NAMES_EN) + r")\b)"  # (nor a day: "Dialogue on May 24", full names)
_EN_DIALOGUE_ON = re.compile(rf"\s+on\s+(?:the\s+)?({_NOT_SUBJECT}[A-Z][\w-]*(?:,?\s+(?:and\s+)?{_NOT_SUBJECT}[A-Z][\w-]*){{0,3}})")
# a field a name's "and" joins ("Industry and Government", "Trade and Investment"), not a party
_FIELD_WORD = re.compile(r"Industry|Government|Trade|Investment|Economic|Security|Development|Culture|Information|"
                         r"Science|Technology|Innovation|Energy|Environment|Agriculture|Finance|Transport|Health|Defence")
def _own_dialogue(text: str, start: int, head: int, end: int, taken: list[Mention]) -> tuple[str, str] | None:
    """(kind, track) of a Dialogue that is not the partner's Dialogue of senior officials: one on a subject
    ("the Second ASEAN-Australia Dialogue on Women, Peace and Security") or one with words of its own besides
    the parties ("the Mekong-Japan Industry and Government Dialogue"), a series for each subject or name."""
    about = _EN_DIALOGUE_ON.match(text, end)
    if about:
        return "Other", "dialogue-" + "-".join(w for w in re.findall(r"[a-z]+", about.group(1).lower()) if w != "and")
    spans = [(n.start, n.end) for n in taken if n.kind in ("actor", "demonym", "mechanism", "ordinal")]
    own = [w.group().lower() for w in re.finditer(r"[A-Z][a-z]+", text[start:head])
           if not any(a <= start + w.start() < b for a, b in spans) and w.group() not in ("The", "Plus", "Mekong")]
    return ("Other", "dlg-" + "-".join(own)) if own else None


_EN_TOKEN_OK = re.compile(r"^(?:[A-Z0-9(][^\s]*|of|on|for|the|with|Plus|\+|-|10\+1|\(PMC\)|\d+(?:st|nd|rd|th))$")
_EN_KINDS = [("Leaders", "Summit", "summit"), ("Economic Ministers", "MinisterialMeeting", "aem"),
             ("Defence Ministers", "MinisterialMeeting", "defence"), ("Defense Ministers", "MinisterialMeeting", "defence"),
             ("Finance Ministers", "MinisterialMeeting", "finance"), ("AEM", "MinisterialMeeting", "aem"),
             ("Economic Dialogue", "MinisterialMeeting", "aem"),
             ("Ministers", "MinisterialMeeting", "fmm"), ("Ministerial", "MinisterialMeeting", "fmm"),
             ("PMC", "MinisterialMeeting", "fmm"), ("AMM", "MinisterialMeeting", "fmm"),
             ("Senior Officials", "SeniorOfficialsMeeting", "som"), ("SOM", "SeniorOfficialsMeeting", "som"),
             ("Summit", "Summit", "summit"), ("Dialogue", "SeniorOfficialsMeeting", "som"),
             # (a country's "Strategic Dialogue" with another is of ministers or officials, and no ASEAN Dialogue)
             ("Strategic Dialogue", "Other", "strategic"),
             ("Joint Cooperation Committee", "Other", "jcc"), ("JCC", "Other", "jcc"),
             ("Joint Sectoral Cooperation Committee", "Other", "jscc"), ("Committee", "Other", "committee"),
             ("Joint Working Group", "Other", "jwg"), ("Working Group", "Other", "wg"),
             ("Forum", "SeniorOfficialsMeeting", "forum"),
             ("Inter-Sessional Meeting", "Other", "ism"), ("Intersessional Meeting", "Other", "ism"),
             # gatherings beside the leaders' meetings: "EU-ASEAN Business Summit", "ASEAN-Japan Youth Forum"
             ("Business Summit", "Other", "business"), ("Business Forum", "Other", "businessforum"),
             ("Business Council", "Other", "businesscouncil"), ("Youth Summit", "Other", "youth"),
             ("Youth Forum", "Other", "youthforum")]
_EN_QUALIFIERS = [("Commemorative", "Commemorative"), ("Special", "Special"), ("Extraordinary", "Special"),
                  ("Informal", "Informal"), ("Retreat", "Retreat")]
# (it opens on its first letter, the letter before that checked just after it: re then skips ahead to the
# next T or t instead of trying the pattern at every position)
_EN_ANAPHOR = re.compile(r"[Tt](?<![A-Za-z][Tt])(?:he|his|oday's|hat)\s+(?:meeting|[Ss]ummit|dialogue|session|"
                         r"[Cc]onsultations?|conference|SOM|PMC)(?![A-Za-z])")
_TH_ANAPHOR = re.compile(r"(?:ที่ประชุม(?:ฯ|ดังกล่าว)?|การประชุม(?:ฯ|ดังกล่าว|ครั้งนี้|ในครั้งนี้))")
# what every match of these patterns holds (Thai releases seldom have the English ones, and the other way
# round): see _finditer_where
_EN_ANAPHOR_ANCHOR = re.compile(r"[Tt]he|[Tt]his|[Tt]oday's|[Tt]hat")
# ASEAN in a pair and the head's first words: in every _EN_LOWER_NAME
_EN_LOWER_PAIR = re.compile(r"(?:-ASEAN(?:-[A-Z][\w.]*)*|ASEAN(?:-[A-Z][\w.]*)+)\s+(?:foreign |economic )?"
                            r"(?:ministers'? meeting|ministerial|leaders'? meeting|summit|senior officials)")
_MEETINGS_WITH = re.compile(r"(?:eetings|essions|ummits)\s+with\s")  # in every _SESSIONS_EN
_PRACHUM = re.compile("ประชุม")  # in every _SESSIONS_TH and _TH_ANAPHOR
_MECH_KINDS = {"Summit": "Summit", "MinisterialMeeting": "MinisterialMeeting", "SeniorOfficialsMeeting":
               "SeniorOfficialsMeeting", "Forum": "MinisterialMeeting"}


def _classify(name: str, table: list[tuple[str, str, str]], head_last: bool = False) -> tuple[str, str]:
    """The kind of meeting the name's head word says. Thai puts the head first ("การประชุมรัฐมนตรีต่าง
    ประเทศกรอบการประชุมสุดยอดเอเชียตะวันออก" is a ministers' meeting), English last ("East Asia Summit
    Foreign Ministers' Meeting"); among words at the same place the table's order decides."""
    hits = [(name.find(word), -len(word), n) for n, (word, _k, _t) in enumerate(table) if word in name]
    if not hits:
        return "", ""
    if head_last:
        hits = [(-(pos + len(table[n][0])), pos, n) for pos, _l, n in hits]
    _, _, n = min(hits)
    return table[n][1], table[n][2]


_GENERAL_TRACKS = ("fmm", "summit", "som", "forum")  # what a mechanism's own meetings are, unless a field is named
GENERIC_MECHANISMS = ("asean_summit", "amm", "aem")
_ASEAN_OWN = {("MinisterialMeeting", "fmm"): "amm", ("Summit", "summit"): "asean_summit"}


@cache
def _specific_mechanism_labels() -> list[tuple[str, str]]:
    return [(surface, ident) for surface, pairs in gazetteer().entries.items() for kind, ident in pairs
            if kind == "mechanism" and ident not in GENERIC_MECHANISMS and len(surface) > 3]


def _parties_in(span: tuple[int, int], mentions: list[Mention], text: str) -> tuple[list[str], str]:
    actors = []
    for m in mentions:
        if m.start >= span[0] and m.end <= span[1] and m.kind in ("actor", "demonym") and m.value not in actors:
            actors.append(m.value)
    # every mechanism named inside the name, overlaps included: การประชุมสุดยอดอาเซียนบวกสาม is the
    # ASEAN Plus Three summit, not the ASEAN Summit its first words spell
    named = [(kind, ident) for m in gazetteer().cs_regex.finditer(text, span[0], span[1])
             for kind, ident in gazetteer().entries[m.group()] if kind == "mechanism"]
    name = text[span[0]:span[1]]
    named += [("mechanism", ident) for surface, ident in _specific_mechanism_labels() if surface in name]
    ids = [ident for _, ident in named]
    specific = [i for i in ids if i not in GENERIC_MECHANISMS]
    return actors, (specific or ids or [""])[0]


MEKONG = re.compile(r"Mekong|แม่โขง|ลุ่มน้ำโขง|ลุ่มแม่น้ำโขง")


# "the ministerial meetings with ASEAN's Dialogue Partners Australia, Canada, the European Union and India",
# "การประชุมรัฐมนตรีต่างประเทศอาเซียนกับคู่เจรจา ได้แก่ จีน ญี่ปุ่น และสาธารณรัฐเกาหลี": a session with each
_SESSIONS_EN = re.compile(r"\b(?P<head>(?:[Mm]inisterial|[Ff]oreign [Mm]inisters'?|[Ll]eaders'?|[Ss]enior [Oo]fficials'?)\s+"
                          r"(?:[Mm]eetings|[Ss]essions)|PMC\s?(?:10\s?)?\+\s?1\s+[Ss]essions|[Ss]ummits)"
                          r"\s+with\s+(?:ASEAN's\s+|its\s+|their\s+|the\s+)?(?:[Dd]ialogue\s+[Pp]artners\s*,?\s*)?(?:the\s+)?")
_SESSIONS_TH = re.compile(r"การประชุม(?P<head>สุดยอด|รัฐมนตรีต่างประเทศ|ระดับรัฐมนตรี|เจ้าหน้าที่อาวุโส)?(?:อาเซียน)?"
                          r"(?:กับ|ร่วมกับ|ระหว่างอาเซียนกับ)(?:ประเทศ)?คู่เจรจา(?:\s*\S{0,12}ประเทศ)?\s*(?:ได้แก่|คือ)\s*")
_LIST_GAP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+และ\s*|\s+)(?:the\s+)?$")


def _listed_sessions(text: str, named: list[Mention], found: list[Mention]) -> list[Mention]:
    """One meeting per partner a sentence lists after "meetings with": ASEAN and that partner."""
    ref = load_reference()
    members = ref.coordinating_members()
    actors = [m for m in named if m.kind in ("actor", "demonym")]
    out: list[Mention] = []
    for anchor, rx in ((_MEETINGS_WITH, _SESSIONS_EN), (_PRACHUM, _SESSIONS_TH)):
        for m in _finditer_where(anchor, rx, text):
            head = (m.group("head") or "").lower()
            kind, track = (("Summit", "summit") if "summit" in head or "leader" in head or "สุดยอด" in head else
                           ("SeniorOfficialsMeeting", "som") if "senior" in head or "อาวุโส" in head else
                           ("MinisterialMeeting", "fmm"))
            listed, at = [], m.end()
            for a in actors:
                if a.start < at:
                    continue
                if not (a.start == at or _LIST_GAP.fullmatch(text, at, a.start)):
                    break
                actor = ref.actors.get(a.value)
                if actor is None or a.value in members | {"asean"} or \
                        actor.type not in ("Country", "IntergovernmentalOrganization"):
                    break
                listed.append(a)
                at = a.end
            if len(listed) < 2 or any(f.start < listed[-1].end and listed[0].start < f.end for f in found):
                continue
            out += [Mention("meeting", a.start, a.end, MeetingName(kind, track, ("asean", a.value)), text[a.start:a.end])
                    for a in listed]
    return out


def find_meeting_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Names of meetings (with kind, parties, qualifier and ordinal) and anaphoric references."""
    ref = load_reference()
    found: list[Mention] = []
    ordinals = [m for m in mentions if m.kind == "ordinal"]
    named = [m for m in mentions if m.kind in ("actor", "demonym", "mechanism")]
    mekong = ref.mekong_countries()

    def make(s: int, e: int, kind: str, track: str, qualifier: str, ordinal: int | None) -> None:
        actors, mechanism = _parties_in((s, e), named, text)
        partners = [a for a in actors if a != "asean" and ref.actors.get(a) and
                    ref.actors[a].type in ("Country", "IntergovernmentalOrganization", "RegionalGrouping")]
        has_asean = "asean" in actors or mechanism or "ASEAN" in text[s:e] or "อาเซียน" in text[s:e] \
            or "PMC" in text[s:e]
        if mechanism and mechanism not in ("pmc",) and partners and mechanism in ("amm", "asean_summit", "acc", "aem"):
            mechanism = ""  # การประชุมรัฐมนตรีต่างประเทศอาเซียน-สหรัฐฯ, "AEM-Canada Consultation": a partner series
        topical = re.search(r"([A-Z][a-z]+)\s+(?:Forum|ฟอรั่ม|ฟอรัม)", text[s:e])
        if track == "forum" and topical and not any(n.start <= s + topical.start(1) < n.end for n in named):
            kind = "Other"  # "Maritime Cooperation Forum": a gathering on a subject, not the partner's forum
        if track == "forum" and not partners:
            kind = track = ""  # the ASEAN Regional Forum: its kind comes from the mechanism
        if mechanism and ref.mechanisms[mechanism].kind == "Other" and not partners:
            kind, track = "", ""  # "Delhi Dialogue": the mechanism's own kind, whatever its last word
        if not kind and mechanism:
            mk = ref.mechanisms[mechanism].kind
            kind = _MECH_KINDS.get(mk, "Other")
            track = track or {"Summit": "summit", "MinisterialMeeting": "fmm", "SeniorOfficialsMeeting": "som"}.get(kind, "")
        if not mechanism and not partners and has_asean and (kind, track) in _ASEAN_OWN and \
                not re.search(r"คู่เจรจา|[Dd]ialogue [Pp]artners|[Pp]artners|PMC", text[s:e]):
            # "ASEAN Foreign Ministers' Retreat", "การประชุมรัฐมนตรีต่างประเทศอาเซียน": the AMM by another name
            mechanism = _ASEAN_OWN[(kind, track)]
        if not kind:
            if not partners or not has_asean:
                return  # "การประชุมกับญี่ปุ่น": too vague to be a meeting of its own
            kind, track = "Other", "meeting"
        if not (partners or has_asean or mechanism):
            return
        parties = (["asean"] if has_asean else []) + partners
        groupings = [a for a in actors if ref.actors.get(a) and ref.actors[a].type == "RegionalGrouping"]
        if MEKONG.search(text, s, e) and not has_asean and not groupings:
            # "การประชุมรัฐมนตรีต่างประเทศแม่โขง-เกาหลี", "the Mekong-Japan Summit": the five and the partner
            # (a framework the reference knows as a grouping, Mekong-Lancang, is a party of its own)
            parties = mekong + [p for p in partners if p not in mekong]
        if mechanism and not partners:
            parties = [p for p in ref.mechanisms[mechanism].party_ids if p in ref.actors] or parties
        if mechanism and mechanism not in ("pmc",) and not partners:
            own = _MECH_KINDS.get(ref.mechanisms[mechanism].kind, "Other")
            # (a forum's ministers of one field meet in a series of their own: "ASEAN+3 Finance Ministers' Meeting";
            # a ministers' mechanism is that series: "ASEAN Economic Ministers-Closer Economic Relations Consultation")
            own_series = track in _GENERAL_TRACKS or ref.mechanisms[mechanism].kind == "MinisterialMeeting"
            track = mechanism if (kind == own and own_series) or not track else f"{mechanism}-{track}"
        found.append(Mention("meeting", s, e, MeetingName(kind, track, tuple(parties), mechanism, qualifier, ordinal),
                             text[s:e]))

    # Thai
    pos = 0
    while (m := _TH_BODY.search(text, pos)) is not None:
        pos = m.end()
        body = m.group("body")
        stop = _TH_STOP.search(body)
        if stop and stop.start() == 0:
            # the anaphor alone: "การประชุมครั้งนี้เป็นครั้งแรกนับจากการประชุมครั้งที่ ๓๒" names this meeting, then
            # the 32nd, which is looked for next
            end = m.start("body") + stop.end()
            found.append(Mention("meeting", m.start(), end, MeetingName("", "", (), anaphoric=True), text[m.start():end]))
            pos = end
            continue
        if stop:
            body = body[: stop.start()]
            # "การประชุมระดับรัฐมนตรีครั้งนี้ต่อยอดจากการประชุมเจ้าหน้าที่อาวุโส...": another name after the stop
            pos = m.start("body") + stop.start()
        e = m.start("body") + len(body.rstrip(" -"))
        # a mechanism's Thai name goes on past a stop word ("...ด้านการเมืองและความมั่นคง...")
        e = max([e] + [n.end for n in named if n.kind == "mechanism" and m.start() <= n.start < e < n.end])
        ordinal = None
        qualifier = ""
        # "การประชุมเจ้าหน้าที่อาวุโสอาเซียน-จีนว่าด้วยการปฏิบัติตามปฏิญญา... ครั้งที่ ๖": the subject, then the number
        about = _TH_ABOUT.match(text, e)
        if about:
            e = about.end()
        while True:
            c = _TH_CONT.match(text, e)
            if not c:
                break
            piece = c.group()
            if "ครั้งที่" in piece:
                ordinal = int(re.search(r"\d+", piece).group())
            e = c.end()
        # "การประชุมระหว่างรัฐมนตรีต่างประเทศอาเซียนกับรัฐมนตรีว่าการกระทรวงการต่างประเทศ ... แห่งสหราชอาณาจักร":
        # the counterpart's post names the other party
        post = _TH_WITH_POST.search(text, m.start(), e + 100)
        if post and post.start() <= e and not any(m.start() <= n.start < e and n.kind == "actor" and n.value != "asean" for n in named):
            e = next((n.end for n in named if n.kind == "actor" and n.start == post.end()), e)
        named_post = _TH_WITH_NAMED_POST.match(text, e)
        if named_post and not any(m.start() <= n.start < e and n.kind == "actor" and n.value != "asean" for n in named):
            e = next((n.end for n in named if n.kind == "actor" and n.value != "asean" and
                      named_post.end() <= n.start <= named_post.end() + 40), e)
        # "การประชุมสุดยอดอาเซียน ครั้งที่ ๔๔ และ ๔๕", "ครั้งที่ ๓๘ และครั้งที่ ๓๙": one name, two meetings
        more = _TH_MORE_ORDINALS.match(text, e) if ordinal is not None else None
        extra = [int(n) for n in re.findall(r"\d+", more.group())] if more else []
        e = more.end() if more else e
        name = text[m.start():e]
        for word, q in _TH_QUALIFIERS:
            if word in name or text.startswith(word, e):
                qualifier = qualifier or q
        kind, track = _classify(name, _TH_KINDS)
        if name.startswith("การหารือ"):
            partner = any(m.start() <= n.start < e and n.kind in ("actor", "demonym") and n.value != "asean" for n in named)
            if "อาเซียน" not in name or not (partner or ordinal):
                continue  # (talks of two countries, or ASEAN's own discussion: not a meeting with a partner)
            if kind not in ("Summit", "MinisterialMeeting", "SeniorOfficialsMeeting"):
                kind, track = "Other", "dialogue"
        for n in [ordinal, *extra]:
            make(m.start(), e, kind, track, qualifier, n)
    # English
    mechanisms = [n for n in named if n.kind == "mechanism"]
    for h in finditer_at(_EN_HEAD_WORD, _EN_HEAD, text):
        if any(f.start <= h.start() < f.end for f in found) or _EN_NAME_GOES_ON.match(text, h.end()):
            continue
        left = text[max(0, h.start() - 160):h.start()]
        tokens = list(re.finditer(r"\S+", left))
        start = h.start()
        base = h.start() - len(left)
        for k in range(len(tokens) - 1, -1, -1):
            tok = tokens[k]
            word = tok.group()
            if base + tok.start() >= start:
                continue  # inside a mechanism's name taken whole
            if word == "and" and k and (tokens[k - 1].group().endswith(("'", "’")) or (
                    k + 1 < len(tokens) and _FIELD_WORD.fullmatch(tokens[k - 1].group()) and
                    _FIELD_WORD.fullmatch(tokens[k + 1].group()))):
                # "the 24th ASEAN+3 Finance Ministers' and Central Bank Governors' Meeting": two bodies, one
                # meeting; "the Mekong-Japan Industry and Government Dialogue": two fields, one name
                start = base + tok.start()
                continue
            if (word.endswith((",", ";", ":", ".")) and not re.search(r"(?:[A-Z]\.){2,}$", word)) or \
                    (not _EN_TOKEN_OK.match(word) and not re.match(r"^[A-Z]", word)):
                # "ASEAN Plus China, Japan and the ROK (10+3) Leaders' Meeting": a mechanism's name is one token
                at = base + tok.start()
                mech = next((n for n in mechanisms if n.start <= at < n.end), None)
                if mech is not None and mech.start >= base and \
                        re.fullmatch(r"\s*(?:\([^()]{1,12}\)\s*)?", text[mech.end:start]):
                    start = mech.start
                    continue
                break
            start = base + tok.start()
        # do not start on connectors
        while True:
            lead = re.match(r"(?:[Tt]he|of|on|and|for|with|-)\s+", text[start:h.start()])
            if not lead:
                break
            start += lead.end()
        e = h.end()
        tail = re.match(r"(?:\s*\((?:PMC|SOM|AMM|JCC)[^)]{0,6}\)|\s*\+\s?1|\s*10\s?\+\s?1)?(?:\s*Sessions?)?"
                        r"(?:\s+(?:with|between ASEAN and)\s+(?:the\s+)?(?P<p>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,5}))?",
                        text[e:])
        if tail and tail.group():
            keep = tail.group()
            if tail.group("p") and (any(start <= n.start < h.start() and (
                    (n.kind in ("actor", "demonym") and n.value != "asean") or
                    (n.kind == "mechanism" and set(ref.mechanisms[n.value].party_ids) - {"asean"}))
                    for n in named) or _WITH_PERSON.search(tail.group("p"))):
                # "the ASEAN-New Zealand Foreign Ministers' Meeting with Brunei Darussalam": the name has its
                # partner (or a mechanism its partners: "the AEM-METI Consultations with Japan"), and who comes
                # "with" it co-chairs ("PMC+1 Sessions with Japan" keeps its partner); so does a person ("the
                # Ninth LMI Ministerial Meeting with Lao Foreign Minister Saleumxay")
                keep = keep[:tail.start("p")]
                keep = keep[:keep.rfind("with")] if "with" in keep else keep[:keep.rfind("between")]
            e += len(keep.rstrip())
        name = text[start:e]
        occasion = _EN_ANNIVERSARY.match(text, e)  # its parties, not its kind ("... Dialogue Relations")
        e = occasion.end() if occasion else e
        if h.group("head") == "Summit" and _EN_SHARED_HEAD.match(text, e):
            continue  # "the East Asia Summit and ASEAN Regional Forum Senior Officials' Meetings": two SOMs
        if start == h.start() and h.group("head") in ("Meeting", "Meetings", "Session", "Conference", "Committee",
                                                     "Consultations", "Consultation", "Dialogue", "Retreat"):
            continue  # a bare "Meeting" is not a name
        if re.search(r"-related\b", name) or (h.group("head").endswith("s") and re.search(
                r"\b(?:two|three|four|five|six|several|many|all|other)\s+$", text[max(0, start - 12):start])):
            continue  # "three ASEAN-related Foreign Ministers' Meetings": a count, not a name
        ordinal = None
        for o in ordinals:
            # "the 2nd ASEAN-Australia Summit", "the second annual ASEAN-Australia Summit"
            if start <= o.start < h.start() or (o.end <= start and re.fullmatch(
                    r"(?:-ever)?\s?(?:annual |regular |informal )?|(?:-ever)?\s+(?:meeting|session|round)\s+of\s+"
                    r"(?:the\s+)?", text[o.end:start])):  # ("the 9th meeting of the ... Dialogue")
                ordinal = o.value
                start = min(start, o.start)
            # "News Li Keqiang Attends the 21st China-ASEAN (10+1) Leaders' Meeting", "in the Kingdom of
            # Cambodia for the 19th ASEAN-India Summit": capitals ran the name back past its ordinal, which
            # opens an English name
            if start < o.start < h.start():
                start = o.start
        # "การประชุม Delhi Dialogue ครั้งที่ ๑๒": an English name in a Thai sentence, numbered in Thai
        thai_number = re.match(r"\s?ครั้งที่\s?(\d{1,3})", text[e:e + 16]) if ordinal is None else None
        if thai_number:
            ordinal, e = int(thai_number.group(1)), e + thai_number.end()
        # "the 38th and 39th ASEAN Summits", "the 43rd, 44th and 45th ...": one name, several meetings
        earlier = []
        while ordinal is not None and h.group("head").endswith("s"):
            prev = next((o for o in ordinals if o.end <= start and re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", text[o.end:start])),
                        None)
            if prev is None:
                break
            earlier.append(prev.value)
            start = prev.start
        if ordinal is not None:
            name = text[start:e]
        qualifier = next((q for w, q in _EN_QUALIFIERS if re.search(rf"\b{w}\b", name)), "") or \
            ("Commemorative" if occasion else "")
        kind, track = _classify(name, _EN_KINDS, head_last=True)
        if h.group("head") == "Dialogue" and track == "som":
            kind, track = _own_dialogue(text, start, h.start(), e, [*named, *ordinals]) or (kind, track)
        for n in [*reversed(earlier), ordinal]:
            make(start, e, kind, track, qualifier, n)
    # "the annual Russia-ASEAN ministerial meeting", "the ASEAN-India summit": a pair of parties makes a
    # name of words in lower case
    for m in _finditer_where(_EN_LOWER_PAIR, _EN_LOWER_NAME, text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        kind, track = _classify(m.group("pair") + " " + m.group("head").title(), _EN_KINDS, head_last=True)
        number = re.search(r"(\d{1,3})(?:st|nd|rd|th)\s+(?:annual\s+)?$", text[max(0, m.start() - 16):m.start()])
        make(m.start() - (len(number.group()) if number else 0), m.end(), kind, track, "",
             int(number.group(1)) if number else None)
    # "การประชุม ASEAN-Japan Forum ครั้งที่ ๓๘": the Thai name stopped inside the English one, which has the
    # kind and the number
    for th in [f for f in found if f.text.startswith("การประชุม")]:
        if any(th.start < f.start < th.end < f.end for f in found):
            found.remove(th)
    found.extend(_listed_sessions(text, named, found))
    for anchor, rx in ((_EN_ANAPHOR_ANCHOR, _EN_ANAPHOR), (_PRACHUM, _TH_ANAPHOR)):
        for m in _finditer_where(anchor, rx, text):
            if not any(f.start <= m.start() < f.end for f in found):
                found.append(Mention("meeting", m.start(), m.end(), MeetingName("", "", (), anaphoric=True), m.group()))
    found.sort(key=lambda x: x.start)
    return found
