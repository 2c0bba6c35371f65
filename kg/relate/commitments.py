"""Commitments: money pledged and numbered proposals, and who made them."""

from __future__ import annotations

import re

from kg.facts import (
    Commitment,
    Note,
)
from kg.namespaces import slug
from kg.recognise import (
    Mention,
    Money,
    finditer_at,
    topic_labels,
)
from kg.relate.base import RelaterBase
from kg.relate.cues import (
    CLAUSE,
    DOLLARS,
    EN_ORD,
    ITEMISED,
    LIST_EN,
    LIST_TH,
    LIST_TH_START,
    ON_BEHALF,
    PLEDGE,
    PRONOUN,
    PROPOSE,
    PROPOSE_COUNT,
    RECIPIENT_CUE,
    REPORTED,
    ROMAN,
    THAI_ORD,
    THAI_SHORT_TITLE,
    Cue,
)
from kg.relate.people import romanise

# a Thai clause with its subject left out: "จากนั้นได้เสนอ", "และยังได้"
ELIDED = re.compile(r"\s*(?:จากนั้น|ต่อมา|ทั้งยัง|พร้อมทั้ง|อีกทั้ง|นอกจากนี้)\s*(?:ยัง)?(?:ได้|จะ)?\s*")
REPORTED_END = re.compile(rf"(?:{REPORTED.pattern})\s*$")
# a programme named after its money: "the AUD 204 million Aus4ASEAN Futures Initiative"
_FUNDED_PROGRAMME = re.compile(r"\s+(?:[A-Z0-9][\w'’-]*\s+){0,5}(?:Initiative|Programme|Program|Fund|Facility)\b")

# a list's proposer in a relative clause: "ข้อริเริ่ม ๓ ประการที่ประธานาธิบดี... ได้ประกาศไว้", "the initiatives that X proposed"
_PROPOSED_BY = re.compile(r"(?:ข้อริเริ่ม|ข้อเสนอ|[Ii]nitiatives?|[Pp]roposals?)[^.;:]{0,30}?(?:ที่|ซึ่ง|\bthat\b|\bwhich\b)\s*"
                          r"(?P<who>[^.;:]{2,80}?)\s*(?:ได้)?(?:ประกาศ|เสนอ|ริเริ่ม|\bannounced\b|\bproposed\b|\bput forward\b|"
                          r"\blaunched\b)")
# an amount given again in another currency, in brackets after it
_EQUIVALENT = re.compile(r"\s*\(\s*(?:ประมาณ|เทียบเท่า|หรือ(?:ประมาณ)?|about|around|approximately|approx\.|roughly|some|"
                         r"equivalent to|or(?: about| around)?)?\s*")
# an amount raised from one sum to another: the first is what it was
_RAISED_FROM = re.compile(r"(?:จากเดิม|จาก|\bfrom)\s*$")
_RAISED_TO = re.compile(r"\s*(?:เป็น|ขึ้นเป็น|to|up to)\s*")

class CommitmentRules(RelaterBase):
    def pledges(self) -> None:
        pledged_in: dict[int, str] = {}  # sentence -> who pledged there
        for money in self.m.of("money"):
            i = self.sent_of(money.start)
            s = self.sents[i]
            sentence = self.text[s.start:s.end]
            # "These include $60 million for ...": amounts that spell out the previous sentence's pledge
            continued = pledged_in.get(i - 1) if self._cue(ITEMISED, s) else None
            lead = self._list_lead(i)
            # ("the AUD 204 million Aus4ASEAN Futures Initiative": a programme named by its money is money given)
            if not self._cue(PLEDGE, s) and not continued and lead is None and \
                    not _FUNDED_PROGRAMME.match(self.text, money.end):
                self.x.notes.append(Note("amount without a pledge", money.text, self.ev(money.start, money.end)))
                continue
            if any(_EQUIVALENT.fullmatch(self.text[o.end:money.start]) for o in self.m.within(max(s.start, money.start - 60), money.start, "money")):
                # "31 ล้านดอลลาร์นิวซีแลนด์ (ประมาณ 21.37 ล้านดอลลาร์สหรัฐ)", "€10 million (about US$11 million)": the same sum
                self.x.notes.append(Note("the same amount in another currency", money.text, self.ev(money.start, money.end)))
                continue
            if _RAISED_FROM.search(self.text, max(s.start, money.start - 12), money.start) and any(
                    _RAISED_TO.fullmatch(self.text[money.end:o.start]) for o in self.m.within(money.end, money.end + 60, "money")):
                # "ขยายกองทุน... จากเดิม ๑ ล้านดอลลาร์สหรัฐ เป็น ๕ ล้าน", "from $1 million to $5 million": what it was
                self.x.notes.append(Note("amount it was before", money.text, self.ev(money.start, money.end)))
                continue
            value: Money = money.value
            meeting = self.sentence_meeting.get(i, "")
            if lead is not None and not self._cue(PLEDGE, self.sents[lead]):
                lead = None
            if lead is not None:
                # "The Secretary announced two new commitments:" then "- the Japan-U.S. Mekong Power
                # Partnership, with ... $29.5 million": the lead's subject pays for each item
                ls = self.sents[lead]
                meeting = self.sentence_meeting.get(lead, meeting)
                by = self._subject(PLEDGE, ls.start, ls.end, meeting, skip={"asean"})
            else:
                by = self._subject(PLEDGE, s.start, money.start, meeting, skip={"asean"}) if PLEDGE.search(
                    self.text, s.start, money.start, self.folded) else ""
            if not by:
                for m in reversed(self.m.within(s.start, money.start, "actor", "demonym", "person", "position")):
                    actor = self._actor_of(m, meeting)
                    if actor and actor != "asean":
                        by = actor
                        break
            by = by or continued or ""
            recipient = ""
            for m in self.m.within(s.start, s.end, "actor", "demonym"):
                if m.start < money.start and m.value == by:
                    continue
                cue = RECIPIENT_CUE.search(self.text[max(s.start, m.start - 14):m.start])
                member_states = re.search(r"(?:ประเทศสมาชิก|member states|Member States)", self.text[max(s.start, m.start - 16):m.end + 16])
                if (cue or member_states) and self.country_of(m.value) != by:
                    recipient = self.country_of(m.value)
                    break
            if not by:
                mt = self.x.meeting(meeting)
                partners = [p for p in (mt.parties if mt else []) if p != "asean"]
                by = partners[0] if partners else ""
            if not by:
                continue
            if not recipient and by != "asean":
                recipient = "asean" if re.search(r"อาเซียน|ASEAN", sentence) else ""
            topics = self.in_sent(i, "topic")
            purpose_topic = ""
            cue = re.match(r"[^.;]{0,30}?(?:เพื่อ|สำหรับ|\bfor\b|to support|towards|to help)", self.text[money.end:s.end])
            after = [t for t in topics if cue and money.end + cue.end() <= t.start < money.end + cue.end() + 60]
            before = [t for t in topics if t.end <= money.start]
            if after:
                purpose_topic = after[0].value
            elif before:
                purpose_topic = before[-1].value
            elif topics:
                purpose_topic = topics[0].value
            purpose = ""
            pm = re.search(r"(?:เพื่อ|สำหรับ|for|to support|to help|towards)\s+([^,.;]{3,80})", self.text[money.end:s.end])
            if pm:
                purpose = pm.group(1).strip()
            years = None
            ym = re.search(r"(?:ระยะเวลา|ในช่วง|เป็นเวลา|over|across)\s*(?:the next\s+)?(\d+|two|three|four|five|six|seven|"
                           r"eight|nine|ten)\s*(?:ปี|years?)", sentence, re.I)
            if ym:
                words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                         "ten": 10}
                years = int(ym.group(1)) if ym.group(1).isdigit() else words[ym.group(1).lower()]
            pledged_in[i] = by
            self.x.commitments.append(Commitment(
                "pledge", meeting, by, self.ev(s.start, s.end) if s.end - s.start < 400 else self.ev(money.start, money.end),
                recipient=recipient, amount=value.amount, qualifier=value.qualifier,
                currency=self._payers_dollar(by, value.currency) if value.bare_dollar else value.currency,
                purpose=topic_labels()[purpose_topic][0] if purpose_topic else purpose, purpose_topic=purpose_topic,
                years=years))

    def _list_lead(self, i: int) -> int | None:
        """The sentence that introduces sentence ``i`` when ``i`` is an item of a bulleted list ("- $10
        million over five years for ..." under "At the conference, the Minister announced:")."""
        if not re.match(r"\s*[-•*–]\s", self.text[self.sents[i].start:self.sents[i].end]):
            return None
        for j in range(i - 1, -1, -1):
            t = self.text[self.sents[j].start:self.sents[j].end]
            if re.match(r"\s*[-•*–]\s", t):
                continue
            return j if t.rstrip().endswith(":") else None
        return None

    def _payers_dollar(self, by: str, written: str) -> str:
        """"Australia will invest $154 million": a bare "$" is the payer's own dollar, if it has one."""
        actor = self.ref.actors.get(by)
        own = actor.currency if actor else ""
        return own if own in DOLLARS else written

    def _actor_of(self, m: Mention, meeting: str) -> str:
        if m.kind in ("actor", "demonym"):
            actor = self.ref.actors.get(self.country_of(m.value))
            if actor and actor.type in ("Country", "IntergovernmentalOrganization", "RegionalGrouping"):
                return actor.id
            return ""
        if m.kind == "person":
            if isinstance(m.value, str):
                key = m.value
            else:  # "Prime Minister Modi": someone the release named in full
                key = self._resolve_name(m.value.name, m.value.script) or \
                    slug(romanise(m.value.name) if m.value.script == "th" else m.value.name)
            parts = [p for p in self.x.participations if p.person == key and p.represents]
            part = next((p for p in parts if p.meeting == meeting), parts[0] if parts else None)
            if part:
                return part.represents
            return self._represents_from_reference(key, meeting) if key in self.ref.people else ""
        if m.kind == "position":
            # "President Yoon": the person after the title says whom
            named = next(iter(self.m.within(m.end, m.end + 60, "person")), None)
            if named is not None and named.start - m.end <= 2:
                return self._actor_of(named, meeting)
            # "นายกรัฐมนตรีโมดีประกาศ...": the post and the family name of someone the release named
            short = re.match(r"[\u0E01-\u0E4E]{2,}?(?=ฯ|\s|ประกาศ|ย้ำ|กล่าว|ได้|เสนอ|ยืนยัน|แจ้ง|$)", self.text[m.end:m.end + 30]) \
                if self.language == "th" else None
            key = self._resolve_name(short.group(), "th") if short else None
            if key:
                return self._actor_of(Mention("person", m.end, m.end + len(short.group()), key, short.group()), meeting)
            # "Prime Minister of Japan", "นายกรัฐมนตรีแห่งราชอาณาจักรกัมพูชา": the actor right after the post
            for a in self.m.within(m.end, m.end + 30, "actor", "demonym"):
                if re.fullmatch(r"\s*(?:ของ|แห่ง|of(?: the)?|,)?\s*", self.text[m.end:a.start]):
                    return self.country_of(a.value)
                break
            label = self.text[m.start:m.end]
            if "อาเซียน" in label or "ASEAN" in label:
                return "asean"
            post = self.ref.positions[m.value].label_en
            if self.language == "th":
                # "นายกรัฐมนตรีจีนได้เสนอ...": a post whose name ends with its country's (China's Premier) is that
                # country's; any other (นายกรัฐมนตรี, รัฐมนตรีฯ) is the Ministry's own
                return self._country_in_post(label) or self.publisher_country
            # "the Prime Minister put forward ...": the one holder of that post named at this meeting
            # (the first named, who is the release's protagonist: "Prime Minister Modi took part ...")
            # (or a longer form of it: "the Director-General" of "Director-General of the Department of ASEAN Affairs")
            holders = [p.represents for p in self.x.participations
                       if (p.position == post or p.position.startswith(post + " ")) and p.represents
                       and (p.meeting == meeting or not meeting)]
            return holders[0] if holders else self.publisher_country
        return ""

    def _country_in_post(self, label: str) -> str:
        """The country a Thai post's name ends with ("นายกรัฐมนตรีจีน": China), or ""."""
        for actor in self.ref.actors.values():
            if actor.type == "Country" and any(name and label.endswith(name) for name in (actor.label_th, *actor.aliases_th)):
                return actor.id
        return ""

    def proposals(self) -> None:
        for markers in self._lists():
            b = self._list_end(markers)
            first_start = markers[0][1]
            i = self.sent_of(first_start)
            meeting = self.sentence_meeting.get(i, "")
            lead_from = self.sents[i].start
            if not self._cue_cut(PROPOSE, lead_from, first_start) and i > 0:
                lead_from = self.sents[i - 1].start
            lead = self.text[lead_from:first_start]
            if not self._cue_cut(PROPOSE, lead_from, first_start):
                continue
            j = self.sent_of(lead_from)
            if j > 0 and REPORTED_END.search(self.text, self.sents[j - 1].start, lead_from):
                lead_from = self.sents[j - 1].start  # "นายกรัฐมนตรีกล่าวว่า" cut off as a sentence of its own
            # the meeting the proposing sentence is about, not one an item names ("๑. การใช้การประชุม...
            # ครั้งที่ ๒๑ เป็นเวที...")
            meeting = self.sentence_meeting.get(self.sent_of(lead_from), meeting)
            if re.match(r"[ \t]*\d{1,2}\.", self.text[first_start:]) and \
                    not re.search(r"(?::|ได้แก่|ดังนี้|as follows)\s*$", lead):
                continue  # numbered paragraphs, not a list the sentence before introduces
            by = self._proposed_by(lead_from, first_start, meeting) or \
                self._subject(PROPOSE, lead_from, first_start, meeting, speaker=True)
            j = self.sent_of(lead_from)
            if not by and j > 0 and self._cue(PROPOSE, self.sents[j - 1]):
                # "METI then presented the draft Work Programme ... The draft groups the proposed actions under six
                # goals: (1) ...": the list's sentence has no subject; the one before says who presented it
                by = self._subject(PROPOSE, self.sents[j - 1].start, self.sents[j - 1].end, meeting, speaker=True)
            if not by:
                by = self.publisher_country
            if not by:
                continue
            for n, (number, _start, item_start) in enumerate(markers):
                end = markers[n + 1][1] if n + 1 < len(markers) else self._item_end(item_start, b)
                item = self.text[item_start:end].strip()
                item = re.sub(r"(?:\s*(?:และ|and|;|,))+$", "", item).strip(" ;,")
                if not item:
                    continue
                shift = self.text.index(item, item_start)
                self.x.commitments.append(Commitment("proposal", meeting, by, self.ev(shift, shift + len(item)),
                                                     number=number, text=self.t.quote(shift, shift + len(item))[0]))

    def _proposed_by(self, lo: int, hi: int, meeting: str) -> str:
        """"ที่ประชุมฯ ยินดีต่อข้อริเริ่ม ๓ ประการที่ประธานาธิบดีอี มย็อง-บัก ได้ประกาศไว้ ... ได้แก่ (๑) ...", "welcomed
        the initiatives that Japan proposed: (1) ...": the list's proposer is in the relative clause."""
        rel = _PROPOSED_BY.search(self.text, lo, hi)
        if rel is None:
            return ""
        for m in self.m.within(rel.start("who"), rel.end("who"), "actor", "demonym", "person", "position"):
            actor = self._actor_of(m, meeting)
            if actor:
                return actor
        return ""

    def _subject(self, verb: Cue, lo: int, hi: int, meeting: str, skip: set[str] = frozenset(),
                 speaker: bool = False) -> str:
        """Who does what the verb says: the first actor, post or person in the verb's clause ("ไทยเสนอให้...",
        "Prime Minister Albanese announced A$64 million for ..."), not one after a preposition or inside a
        meeting's name; failing that, one between the verb and ``hi``. With ``speaker``, the one who says
        it: "นายกรัฐมนตรีกล่าวว่า ... หากอาเซียนและจีนร่วมกันกำหนดอนาคตใน ๓ ด้าน" is the Prime Minister's."""
        verbs = list(verb.finditer(self.text, lo, hi, self.folded))
        verbs = [v for v in verbs if not PROPOSE_COUNT.fullmatch(v.group())] or verbs
        verb_at = verbs[-1].start() if verbs else hi
        names = [(n.start, n.end) for n in self.names if not n.value.anaphoric]
        clause_from = max([lo] + [lo + c.end() for c in CLAUSE.finditer(self.text[lo:verb_at])
                                  if not (speaker and REPORTED.match(self.text, lo + c.start()))])
        for a, b in ((clause_from, verb_at), (lo, verb_at), (verb_at, hi)):
            if a == verb_at and self.language == "th" and ELIDED.fullmatch(self.text, clause_from, verb_at):
                break  # "จากนั้นได้เสนอแนวทาง...": the subject of the sentence before, not a party after the verb
            if a == verb_at and self.language == "th" and self.publisher_country and \
                    THAI_SHORT_TITLE.search(self.text, clause_from, verb_at):
                # "รัฐมนตรีฯ ได้เสนอแนวทางที่อาเซียนและสาธารณรัฐเกาหลีควร...": the Ministry's short form of
                # its own minister's post is the subject, not a country after the verb
                return self.publisher_country
            for m in self.m.within(a, b, "person", "position", "actor", "demonym"):
                # ("Speaking on behalf of the Philippines, Assistant Secretary ... set out four areas")
                if ON_BEHALF.search(self.text, max(0, m.start - 24), m.start) and not any(x <= m.start < y for x, y in names):
                    actor = self._actor_of(m, meeting)
                    if actor and actor not in skip:
                        return actor
                if any(x <= m.start < y for x, y in names) or re.search(
                        r"(?:กับ|แก่|ต่อ|(?<!ฐานะ)ที่|(?<![\u0e01-\u0e4e])ณ|ใน|จาก|ของ|\bwith|\bto|\bfor|\band|\bof|\bin|\bat|\bfrom)\s*(?:the\s+)?$",
                        self.text[max(0, m.start - 8):m.start]):
                    continue
                actor = self._actor_of(m, meeting)
                if actor and actor not in skip:
                    return actor
        # "He put forward three proposals", "จากนั้นได้เสนอ...": the person the sentence before spoke of
        if PRONOUN.search(self.text, clause_from, verb_at) or \
                (self.language == "th" and ELIDED.fullmatch(self.text, clause_from, verb_at)):
            i = self.sent_of(lo)
            for j in range(i - 1, max(-1, i - 3), -1):
                for m in reversed(self.in_sent(j, "person", "position")):
                    actor = self._actor_of(m, meeting)
                    if actor and actor not in skip:
                        return actor
        return ""

    def _lists(self) -> list[list[tuple[int, int, int]]]:
        """Numbered lists, each as (number, marker start, item start), numbered from 1: within a
        paragraph or one item per line. (One scan of the whole text: markers are a few characters
        long, and looking only near digits and brackets first cost more than it saved, they are
        everywhere.)"""
        found = []
        th = self.language == "th"
        for m in finditer_at(LIST_TH_START, LIST_TH, self.text) if th else LIST_EN.finditer(self.text, folded=self.folded):
            g = next(x for x in m.groups() if x).lower()
            n = int(g) if g.isdigit() else THAI_ORD.get(g) or ROMAN.get(g) or EN_ORD.get(g) or \
                (ord(g) - 96 if len(g) == 1 and g.isalpha() else None)
            if n:
                # how the list numbers its items: "1." opening a line, a mark ("(1)", "2)", "(ii)") or a word
                style = "line" if m.group().rstrip().endswith(".") else \
                    "word" if g.isalpha() and len(g) > 1 and g not in ROMAN else "mark"
                found.append((n, m.start(), m.end(), style))
        lists: list[list[tuple[int, int, int]]] = []
        run: list[tuple[int, int, int, str]] = []
        for f in found:
            # (one way of numbering: "first, ... third, ..." goes on in no paragraph numbered "4.")
            if run and f[0] == run[-1][0] + 1 and f[1] - run[-1][1] < 900 and f[3] == run[-1][3]:
                run.append(f)
                continue
            if len(run) >= 2:
                lists.append([f[:3] for f in run])
            run = [f] if f[0] == 1 else []
        if len(run) >= 2:
            lists.append([f[:3] for f in run])
        return lists

    def _list_end(self, markers: list[tuple[int, int, int]]) -> int:
        """Where the last item's paragraph ends."""
        last = markers[-1][2]
        nl = self.text.find("\n", last)
        return nl if nl != -1 else len(self.text)

    def _item_end(self, start: int, para_end: int) -> int:
        m = re.search(r"(?<=[.;])\s|\s(?=ทั้งนี้|นอกจากนี้|อนึ่ง)", self.text[start:para_end])
        return start + m.start() if m else para_end

    # -------------------------------------------------------- partnerships, coordinators, topics
