"""Partnerships, country coordinators and topics: what a release says of a partner's relations."""

from __future__ import annotations

import re

from kg.facts import (
    CoordinatorRole,
    Partnership,
    TopicDiscussion,
)
from kg.recognise import (
    finditer_in,
    near,
)
from kg.relate.base import RelaterBase
from kg.relate.cues import (
    COORDINATOR,
    COORDINATOR_ANCHOR,
    COORDINATOR_FOR,
    ESTABLISHED_IN,
    GOAL,
    HANDOVER,
    LEVEL_ANCHOR,
    LEVELS,
    NOT_SINCE,
    PLANNED,
)
from kg.relate.sentences import Sentence

# a year that opens or closes a period ("2016-2020", "2564–2568") dates no level
_PERIOD_AFTER = re.compile(r"\s*[-–]\s*\d{4}")
_PERIOD_BEFORE = re.compile(r"\d{4}\s*[-–]\s*$")
# relations that began in a year "as" a level ("began in 1992 as a Sectoral Dialogue Partner")
_BEGAN_AS = re.compile(r"^\s*(?:,\s*)?(?:ในฐานะ|as\b)", re.I)
_BEGAN = re.compile(r"เริ่ม|\bbeg[au]n\b|\bstarted\b|\bcommenced\b", re.I)
# an upgrade spoken of, not made: "elevating relations to ..."
_GERUND_UPGRADE = re.compile(r"\b(?:elevating|upgrading|raising)\b", re.I)
_BY_YEAR = re.compile(r"(?:\bby|ภายใน(?:ปี)?)\s*(?:ค\.ศ\.\s?|พ\.ศ\.\s?)?$")
_TAKE_OVER_FROM = re.compile(r"\b(?:take|takes|took|taking|taken)\s+over\s+(?:the\s+role\s+)?from\s+(?:the\s+)?$|"
                             r"(?:รับ(?:ช่วง|หน้าที่|ตำแหน่ง)?ต่อ(?:จาก)?)\s*$")
# an upgrade proposed or supported, not made: "the proposed elevation of", "สนับสนุนการยกระดับ...", "พร้อมสนับสนุน"
_BACKED = re.compile(r"\bpropos(?:ed|es|al)\b|\bsupport(?:s|ed|ing)?\b|\bwish|\bhop(?:e|es|ed)\b|\bready to\b|"
                     r"สนับสนุน|เสนอ|หวัง|ประสงค์|พร้อม", re.I)
# what opens a relative clause after a level
_CLAUSE_END = re.compile(r"\b(?:which|who)\b|ซึ่ง")
_OF_LEVEL = re.compile(r"launch|establish|elevat|upgrad|formali[sz]|conclu|ยกระดับ|สถาปนา|จัดตั้ง|ประกาศ", re.I)


class PartnershipRules(RelaterBase):
    def partnerships(self) -> None:
        members = self.ref.coordinating_members()
        inferred: dict[int, bool] = {}  # partnership -> its year came from the meeting, not the text
        for level, lm in self._level_mentions():
            i = self.sent_of(lm.start())
            s = self.sents[i]
            if GOAL.search(self.text, max(s.start, lm.start() - 100), lm.start(), self.folded):
                continue  # a level still to come is not one held
            if self._prospective(lm, s):
                continue
            if COORDINATOR_FOR.search(self.text, max(s.start, lm.start() - 60), lm.start()):
                continue
            meeting = self.sentence_meeting.get(i, "")
            near = [m for m in self.m.within(max(s.start, lm.start() - 80), min(s.end, lm.end() + 50),
                                             "actor", "demonym")
                    if self.country_of(m.value) not in members | {"asean"}]
            # (not ASEAN's own bodies: "the ASEAN Secretariat")
            near = [m for m in near if self.ref.actors.get(self.country_of(m.value)) and
                    self.ref.actors[self.country_of(m.value)].type in ("Country", "IntergovernmentalOrganization")
                    and not self.country_of(m.value).startswith("asean_")]
            if near:
                partner = self.country_of(min(near, key=lambda m: min(abs(m.start - lm.end()),
                                                                      abs(m.end - lm.start()))).value)
            else:
                mt = self.x.meeting(meeting)
                partners = [p for p in (mt.parties if mt else []) if p != "asean"]
                if len(partners) != 1:
                    continue
                partner = partners[0]
            since, stated = self._since(lm, s, meeting)
            existing = next((p for p in self.x.partnerships if p.partner == partner and p.level == level), None)
            if existing:
                # a year the text states beats one taken from the meeting at an earlier mention
                if since is not None and (existing.since is None or (stated and inferred.get(id(existing)))):
                    existing.since = since
                    inferred[id(existing)] = not stated
                continue
            self.x.partnerships.append(Partnership(partner, level, self.ev(lm.start(), lm.end()), since, meeting))
            inferred[id(self.x.partnerships[-1])] = not stated

    def _prospective(self, lm: re.Match, s: Sentence) -> bool:
        """"...a Commemorative Summit in 2027, ... justified elevating relations to a Comprehensive Strategic
        Partnership on that occasion": an upgrade in the gerund in a sentence about a year to come."""
        if not self.release_date:
            return False
        # "a Comprehensive Strategic Partnership with ASEAN by 2027", "...ภายในปี ๒๕๗๐": a level by a year to come
        if any(y.value > self.release_date.year and _BY_YEAR.search(self.text, max(lm.end(), y.start - 12), y.start)
               for y in self.m.within(lm.end(), min(s.end, lm.end() + 40), "year")):
            return True
        if not _GERUND_UPGRADE.search(self.text, max(s.start, lm.start() - 60), lm.start()):
            return False
        return any(year > self.release_date.year for _, _, year in self._years_named(s))

    def _years_named(self, s: Sentence) -> list[tuple[int, int, int]]:
        """(start, end, year) of each year the sentence names, on its own or in a date."""
        return [(y.start, y.end, y.value) for y in self.m.within(s.start, s.end, "year")] + \
            [(d.start, d.end, d.value.start.year) for d in self.m.within(s.start, s.end, "date")]

    def _level_mentions(self) -> list[tuple[str, re.Match]]:
        """Every partnership level the text names, level by level in the order of LEVELS (each a Cue,
        found on the casefolded text where there is one: several times faster than re.IGNORECASE)."""
        spans = self._near(LEVEL_ANCHOR, 40, 100)
        return [(level, lm) for cue, level in LEVELS for a, b in spans for lm in cue.finditer(self.text, a, b, self.folded)]

    def _since(self, lm: re.Match, s: Sentence, meeting: str) -> tuple[int | None, bool]:
        """The year a level was reached, and whether the text states it: a year written right after
        the level ("a Sectoral Dialogue Partner in 1992", "เป็นคู่เจรจาเต็มรูปแบบเมื่อปี 2538") or
        before it ("in 1974, Australia became ASEAN's first Dialogue Partner"); for an upgrade this
        meeting made ("agreed to raise ... to a Strategic Partnership"), the meeting's year (not stated)."""
        years = self._years_named(s)
        # (not a year still to come: "วิสัยทัศน์ความเป็นหุ้นส่วนทางยุทธศาสตร์อาเซียน-จีน ค.ศ. ๒๐๓๐", "the 25th
        # anniversary ..., which will be marked in 2021")
        years = [y for y in years if not (self.release_date and y[2] > self.release_date.year)]
        years = [y for y in years if not NOT_SINCE.search(self.text[max(s.start, y[0] - 40):y[0]])
                 and not _PERIOD_AFTER.match(self.text, y[1]) and not _PERIOD_BEFORE.search(self.text, max(0, y[0] - 12), y[0])]
        after = [y for y in years if 0 <= y[0] - lm.end() <= 45 and not self._other_level(lm.end(), y[0])]
        if after:
            return min(after)[2], True
        # "the Strategic Partnership that the two sides established in December 2020",
        # "หุ้นส่วน... ซึ่งผู้นำทั้งสองฝ่ายได้ประกาศจัดตั้งเมื่อเดือนตุลาคม ๒๕๖๔"
        told = [y for y in years if 0 <= y[0] - lm.end() <= 120 and ESTABLISHED_IN.search(self.text[lm.end():y[0]])
                and not self._other_level(lm.end(), y[0])]
        if told:
            return min(told)[2], True
        # "in 1974, Australia became ASEAN's first Dialogue Partner", "เมื่อปี ๒๕๑๗ โดยออสเตรเลียเป็นประเทศคู่เจรจา"
        # (not a year another level just named claims: "จากหุ้นส่วนทางยุทธศาสตร์ ซึ่งได้สถาปนาเมื่อปี ๒๕๕๓ ขึ้นเป็น...")
        # (or the year relations began "as" that level: "เริ่มต้นขึ้นเมื่อปี ๒๕๓๕ ในฐานะคู่เจรจาเฉพาะด้าน")
        before = [y for y in years if 0 <= lm.start() - y[1] <= 60 and not self._other_level(y[1], lm.start())
                  and not self._other_level(max(s.start, y[0] - 50), y[0])
                  and (re.search(r"became|become|was made|(?<!ความ)เป็น|ได้รับ", self.text[y[1]:lm.end()])
                       or _BEGAN_AS.search(self.text[y[1]:lm.start()])
                       and _BEGAN.search(self.text, max(s.start, y[0] - 40), lm.start()))]
        if before:
            return max(before)[2], True
        # a plan in the clause of the level, not in a clause after it ("..., which is expected to expand ties")
        # (unless that clause is about the level itself: "..., which will be launched next year")
        head, *rest = _CLAUSE_END.split(self.text[lm.end():s.end], 1)
        clause_end = lm.end() + len(head) if rest and not _OF_LEVEL.search(rest[0]) else s.end
        if self._cue_cut(PLANNED, s.start, clause_end) or \
                re.search(r"will|would|should|จะ|ควร|expected|aim", self.text[s.start:clause_end], re.I):
            return None, False
        lead = self.text[max(s.start, lm.start() - 70):lm.start()]
        # "had been raised to a Strategic Partnership at the commemorative summit held in New Delhi on
        # 20 December 2012"
        if re.search(r"raised|elevated|upgraded|established|ยกระดับ|สถาปนา|จัดตั้ง", lead, re.I):
            later = [y for y in years if 0 <= y[0] - lm.end() <= 110 and not self._other_level(lm.end(), y[0])
                     and not re.search(r"[.;]", self.text[lm.end():y[0]])]
            if later:
                return min(later)[2], True
        upgrade = re.search(r"ยกระดับ|สถาปนา|จัดตั้ง|ประกาศ|มอบสถานะ|elevat|upgrad|establish|launch|raise|confer|grant|"
                            r"accord|admit|welcom", lead, re.I)
        # (a level held "since" a year is no upgrade of this meeting's; "since our leaders agreed last month to
        # establish ..." is)
        if upgrade and not re.search(r"เมื่อปี|ตั้งแต่|since\s+(?:\d|[A-Z][a-z]+\s+\d|then\b)|recall|had been|has been",
                                     lead, re.I):
            # "the decision, taken by the leaders in Kuala Lumpur in November 2015, to elevate ... to a
            # Strategic Partnership": the year of the decision, written before its verb
            verb = max(s.start, lm.start() - 70) + upgrade.start()
            decided = [y for y in years if y[1] <= verb and verb - y[1] <= 60 and not self._other_level(y[1], lm.start())
                       and not re.search(r"[.;]|since|ตั้งแต่", self.text[max(s.start, y[0] - 8):verb], re.I)]
            if decided:
                return max(decided)[2], True
            if _BACKED.search(self.text, max(s.start, lm.start() - 100), lm.start()):
                return None, False  # "Canada reiterated ... the proposed elevation of ... to a Strategic Partnership"
            mt = self.x.meeting(meeting)
            day = (mt.start if mt and mt.start else None) or self.release_date
            return (day.year if day else None), False
        return None, False

    def _other_level(self, a: int, b: int) -> bool:
        """Whether a level is named between ``a`` and ``b``, a translation in brackets aside
        ("หุ้นส่วนทางยุทธศาสตร์แบบรอบด้าน (Comprehensive Strategic Partnership) เมื่อปี ๒๕๖๔")."""
        between = re.sub(r"\([^()]*\)", "", self.text[a:b])
        return any(r.search(between) for r, _ in LEVELS)

    def coordinators(self) -> None:
        members = self.ref.coordinating_members()
        for cm in finditer_in(COORDINATOR, self.text, near(COORDINATOR_ANCHOR, self.text, 24, 24)):
            i = self.sent_of(cm.start())
            s = self.sents[i]
            # the partner: named after the cue ("coordinator for ASEAN-Japan relations"), or before it in
            # the possessive ("Lao PDR ... as Australia's ASEAN country coordinator"); never a member state
            after = [m for m in self.m.within(cm.end(), min(s.end, cm.end() + 60), "actor", "demonym")
                     if self.country_of(m.value) not in members | {"asean"}]
            # ("Brunei, which has steered New Zealand's relationship with ASEAN as Country Coordinator")
            owner = [m for m in self.m.within(max(s.start, cm.start() - 60), cm.start(), "actor", "demonym")
                     if self.country_of(m.value) not in members | {"asean"} and
                     re.match(r"['’]s\b", self.text[m.end:m.end + 2])]
            named = after[:1] or owner[-1:]
            ours = not named and self.publisher_country not in members | {"asean", ""} and \
                re.search(r"\bour\s+(?:ASEAN\s+)?$", self.text[max(s.start, cm.start() - 12):cm.start()], re.I)
            if not named and not ours:
                continue
            # "Lao PDR, which takes over as our Country Coordinator": the partner is the publisher
            partner = self.country_of(named[0].value) if named else self.publisher_country
            coordinator = ""
            lo = named[0].start if named and named is owner[-1:] else cm.start()
            candidates = self.m.within(s.start, lo, "actor", "demonym", "person", "position")
            for m in reversed(candidates):
                if HANDOVER.search(self.text, max(s.start, m.start - 60), m.start, self.folded) and \
                        re.search(r"\bto(?: the)?\s*$", self.text[max(s.start, m.start - 8):m.start]):
                    continue  # "Indonesia will hand over the coordinatorship to Cambodia, and will ... take up ..."
                if _TAKE_OVER_FROM.search(self.text, max(s.start, m.start - 40), m.start):
                    # "Singapore would take over from Thailand as country coordinator": the one taking over
                    # (the one it takes over from coordinated before, and is read as well)
                    successor = next((x for x in reversed(self.m.within(s.start, m.start, "actor", "demonym"))
                                      if self.country_of(x.value) in members), None)
                    if successor is not None:
                        self._add_coordinator(self.country_of(successor.value), partner, cm, named, i)
                actor = self._actor_of(m, self.sentence_meeting.get(i, ""))
                if actor and actor != partner and self.ref.actors.get(actor) and \
                        self.ref.actors[actor].type == "Country":
                    coordinator = actor
                    break
            if coordinator:
                self._add_coordinator(coordinator, partner, cm, named, i)

    def _add_coordinator(self, coordinator: str, partner: str, cm: re.Match, named: list, i: int) -> None:
        if any(c.coordinator == coordinator and c.partner == partner for c in self.x.coordinators):
            return
        span = (min(cm.start(), named[0].start), max(cm.end(), named[0].end)) if named else cm.span()
        self.x.coordinators.append(CoordinatorRole(coordinator, partner, self.ev(*span),
                                                   self.sentence_meeting.get(i, "")))
        self.coordinator_cues.append((cm.start(), self.x.coordinators[-1]))

    def handovers(self) -> None:
        """The next coordinator: "... as Country Coordinator, handed over that role to Viet Nam",
        "ส่งมอบตำแหน่งผู้ประสานงานให้แก่เวียดนาม" (the role the sentence told before it), and "Indonesia will hand
        over the coordinatorship to Cambodia" (the partner the giver was told to coordinate before)."""
        members = self.ref.coordinating_members()
        for h in HANDOVER.finditer(self.text, folded=self.folded):
            s = self.sentence_at(h.start())
            told = [c for at, c in self.coordinator_cues if s.start <= at < h.start()]
            if not told and "coordinatorship" in h.group().lower():
                giver = next((self.country_of(m.value) for m in reversed(self.m.within(s.start, h.start(), "actor",
                                                                                       "demonym"))
                              if self.country_of(m.value) in members), "")
                told = [c for at, c in self.coordinator_cues if c.coordinator == giver and at < h.start()]
            taker = next(iter(self.m.within(h.end(), min(s.end, h.end() + 30), "actor", "demonym")), None)
            if not told or taker is None or self.country_of(taker.value) not in members:
                continue
            role, taker_id = told[-1], self.country_of(taker.value)
            if taker_id != role.coordinator and \
                    not any(c.coordinator == taker_id and c.partner == role.partner for c in self.x.coordinators):
                self.x.coordinators.append(CoordinatorRole(taker_id, role.partner, self.ev(h.start(), taker.end),
                                                           self.sentence_meeting.get(self.sent_of(h.start()), "")))

    def topics(self) -> None:
        meeting_spans = [(n.start, n.end) for n in self.names if not n.value.anaphoric]
        shared: dict[int, list[str]] = {}
        for t in self.m.of("topic"):
            if any(a <= t.start < b for a, b in meeting_spans):
                continue
            i = self.sent_of(t.start)
            meeting = self.sentence_meeting.get(i)
            if not meeting:
                continue
            # "การประชุมทั้งสามกรอบสะท้อน...ความเป็นแกนกลางของอาเซียน", "At both summits, leaders discussed ...":
            # each of the meetings the sentence speaks of together
            if i not in shared:
                shared[i] = self._shared_meetings(i)
            for key in shared[i] or [meeting]:
                if not any(x.meeting == key and x.topic == t.value for x in self.x.topics):
                    self.x.topics.append(TopicDiscussion(key, t.value, self.ev(t.start, t.end)))
