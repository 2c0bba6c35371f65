"""People: who attended which meeting, in what role and post, and for whom."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from difflib import SequenceMatcher
from functools import lru_cache

from kg.facts import (
    Evidence,
    Note,
    Participation,
    Person,
)
from kg.namespaces import slug
from kg.recognise import (
    Mention,
    PersonName,
)
from kg.relate.base import RelaterBase
from kg.relate.cues import (
    ALL_MEETINGS,
    ALL_MEETINGS_ANCHOR,
    ATTEND,
    CHAIR,
    CHAIR_OF_BODY,
    CO_CHAIR,
    COUNT_WORDS,
    EN_SHORT_POST,
    FIRST_PERSON,
    HEADS_CO_CHAIR,
    HEADS_OF,
    HONORIFIC_BEFORE,
    HOST,
    MIDDLE_TITLES,
    NOT_PRESENT,
    NOT_PRESENT_AFTER,
    PLANNED,
    PRONOUN_ROLE,
    ROLE_RANK,
    SHORT_POST_AFTER,
    THAI_CLAUSE,
    TITLED,
    TOOK_PART,
)
from kg.relate.sentences import Sentence

# the end of a ministry's name before its country: "..., Ministry of Foreign Affairs of the Kingdom of "
_POST_OF = re.compile(r"\bMinistry of [A-Z][\w ,&]{0,40}\bof\s+(?:the\s+)?(?:(?:Kingdom|Republic|State)\s+of\s+(?:the\s+)?)?$")
# what may stand between a semicolon and the next person of a list: "; and Dr. ", "; H.E. Dato "
_LIST_ITEM_OPENING = re.compile(r"\s*(?:and\s+)?(?:[A-Z][\w.'’]*\s+){0,4}")
# who a meeting to come "will have" in a post: "การประชุมครั้งนี้จะมีรัฐมนตรี...เป็นประธานร่วม"
_FUTURE_ROLE = re.compile(r"(?:จะมี|จะให้)\s?$")
# the particles of a Malay or Arab name (bin, binti, al, Āl, Tun, Abdul)
_NAME_PARTICLES_TH = frozenset({"บิน", "บินติ", "บินตี", "อัล", "อาล", "ตุน", "อับดุล", "อิบน์"})
# "with" or "ร่วมกับ" after a co-chair's meeting, with no further "with" before the person
_LAST_WITH = re.compile(r"(?:\b(?:together |along )?with\b|ร่วมกับ)(?!.*(?:\bwith\b|ร่วมกับ))", re.S)


class PeopleRules(RelaterBase):
    def participations(self) -> None:
        for i, s in enumerate(self.sents):
            meeting = self.sentence_meeting.get(i)
            if not meeting:
                continue
            people = self.in_sent(i, "person")
            if not people:
                continue
            sentence, folded = self.text[s.start:s.end], self._folded_sentence(s)
            cochair, chair, host = self._role_cues(s)
            attended = bool(ATTEND.search(sentence, folded=folded))
            shared = self._shared_meetings(i)
            previous_absent: Mention | None = None
            for p in people:
                if self._absent(p, s, previous_absent):
                    previous_absent = p
                    continue
                position, represents, window_end = self._position(p, s)
                honorific = (isinstance(p.value, PersonName) and p.value.honorific) or \
                    HONORIFIC_BEFORE.search(self.text[max(s.start, p.start - 30):p.start]) or TITLED.match(p.text)
                if self.language == "th" and not honorific and re.search(r"[\u0E00-\u0E7F]", p.text):
                    continue  # the Ministry writes นาย/นาง before everyone who attends
                if not (attended or honorific or position):
                    continue
                role = self._role(p, people, s, cochair, chair, host)
                person = self._person(p)
                if person is None:
                    continue
                person = self._holder_spelt_otherwise(person, position, represents, meeting)
                if not represents:
                    represents = self._represents_from_reference(person.key, meeting)
                # the publisher's own official, named by post only ("Vice President Shri Jagdeep Dhankhar")
                if not represents and position and self.publisher_country and \
                        (self.language == "th" or self.release.meta.get("publisher")):
                    represents = self.publisher_country
                # who attends a series of sessions (PMC+1) attends each session held (or each to come, of a
                # series to come); who "attended the
                # 26th ASEAN-China Summit and the 26th ASEAN Plus Three Summit" attended both
                targets = self._sessions() if i in self.umbrella_sents else [meeting]
                status = self.x.meeting(meeting).status if self.x.meeting(meeting) else "held"
                named_here = [k for k in self._meetings_named_in(i) if self.x.meeting(k).status == status]
                if len(named_here) > 1 and role == "participant" and TOOK_PART.search(sentence, folded=folded):
                    targets = named_here
                listed = self._listed_meetings(i) if role != "participant" else []
                if listed:
                    targets = listed  # "chaired the 2nd ASEAN-GCC Summit and the inaugural ASEAN-GCC-China Summit"
                if shared:
                    targets = shared  # "Both meetings were chaired by ...": the role holds in each
                for target in targets:
                    self._participate(target, person, role if target == meeting or shared or listed else "participant",
                                      position, represents, self.ev(p.start, max(p.end, window_end)))

    def _role_cues(self, s: Sentence) -> tuple[list[re.Match], list[re.Match], list[re.Match]]:
        """The co-chair, chair and host cues of a sentence, found in it alone (their positions are the
        sentence's), as :meth:`_role` takes them."""
        sentence, folded = self.text[s.start:s.end], self._folded_sentence(s)
        return (list(CO_CHAIR.finditer(sentence, folded=folded)), list(CHAIR.finditer(sentence, folded=folded)),
                list(HOST.finditer(sentence, folded=folded)))

    def _sessions(self) -> list[str]:
        """The sessions of the series the release reports one by one (PMC+1 with each partner)."""
        return [m.key for m in self.x.meetings if len(m.parties) > 1 and m.status == self.umbrella_status
                and m.kind == self.umbrella_kind]

    def _shared_meetings(self, i: int) -> list[str]:
        """The meetings a sentence speaks of together: "the A, the B and the C were all chaired by",
        "Both meetings were chaired by", "ในการประชุมทั้งสามครั้ง": those it names, else those the
        nearest sentence before it named (as many as it counts)."""
        s = self.sents[i]
        cue = self._cue(ALL_MEETINGS_ANCHOR, s) and ALL_MEETINGS.search(self.text, s.start, s.end, self.folded)
        if not cue:
            return []
        # (of meetings to come when the sentence tells what will be: "...จะเข้าร่วมการประชุมทั้งสองด้วย")
        status = "planned" if self._cue(PLANNED, s) else "held"
        alike = [k for k in self._meetings_named_in(i) if self.x.meeting(k).status == status]
        if len(alike) >= 2:
            return alike
        count = next((n for word, n in COUNT_WORDS.items() if word in cue.group().lower()), 0)
        for j in range(i - 1, max(-1, i - 7), -1):
            alike = [k for k in self._meetings_named_in(j) if self.x.meeting(k).status == status]
            if len(alike) >= 2:
                return alike[:count] if count else alike
        # "ได้เข้าร่วมการประชุม...กับประเทศคู่เจรจา ๓ การประชุม" and the three reported one by one after it
        # (not "both summits", which looks back)
        if count and not re.match(r"both|all|each", cue.group(), re.I):
            later = [k for j in range(i + 1, len(self.sents)) for k in self._meetings_named_in(j)
                     if self.x.meeting(k).status == status]
            later = list(dict.fromkeys(later))
            if len(later) >= count:
                return later[:count]
        if count:
            # "การประชุมทั้งสามกรอบ" after three sections, one meeting each: the last ones reported before it
            # (with partners: not ASEAN's own meeting of the season they were held at)
            earlier: list[str] = []
            for j in range(i - 1, -1, -1):
                for k in reversed(self._meetings_named_in(j)):
                    m = self.x.meeting(k)
                    if m.status == status and len(m.parties) > 1 and k not in earlier:
                        earlier.append(k)
                if len(earlier) >= count:
                    return earlier[:count][::-1]
        return []

    def _posts_attending(self) -> Iterator[tuple[int, Sentence, str, list[Mention], list[Mention]]]:
        """Sentences about a meeting that name a post and say someone attends, with the posts and people
        they name (the attendance cue is looked for only where there is a post: it is a slow pattern)."""
        for i, s in enumerate(self.sents):
            meeting = self.sentence_meeting.get(i)
            posts = self.in_sent(i, "position") if meeting else []
            if posts and self._cue(ATTEND, s):
                yield i, s, meeting, posts, self.in_sent(i, "person")

    def short_titles(self) -> None:
        """"รองนายกรัฐมนตรีฯ ได้เข้าร่วมการประชุม...", "both of which the Prime Minister also attended": a
        ministry's short form of a post names its own official who holds it in this release."""
        english = self.language == "en"
        for i, s, meeting, posts, people in self._posts_attending():
            for pos in posts:
                # "รัฐมนตรีว่าการกระทรวงการต่างประเทศได้เข้าร่วม...": the bare post as the clause's subject;
                # "..., both of which the Prime Minister also attended": the post's holder the release named
                short = EN_SHORT_POST.match(self.text, pos.end) and re.search(r"\bthe\s+$", self.text[pos.start - 5:pos.start]) \
                    if english else SHORT_POST_AFTER.match(self.text, pos.end)
                if not short or any(0 <= q.start - pos.end <= 4 or 0 <= pos.start - q.end <= 4 for q in people):
                    continue
                post = self.ref.positions[pos.value].label_en
                holder = next((p for p in self.x.participations if p.position == post and
                               (p.represents == self.publisher_country or not self.publisher_country)), None)
                role = self._post_role(pos.end, people, s)
                # "นายกรัฐมนตรีจะเข้าร่วมการประชุม A การประชุม B และการประชุม C": each one it names; "รัฐมนตรีฯ จะ
                # เข้าร่วมการประชุม...กับประเทศคู่เจรจา (PMC+1) หลายการประชุม": each session of the series
                for target in self._listed_meetings(i) or (self._sessions() if i in self.umbrella_sents else [meeting]):
                    if holder and (self.x.meeting(target).status == "held" or self._cue(PLANNED, s)):
                        self._participate(target, self.x.people[holder.person], role if target == meeting else
                                          "participant", holder.position, holder.represents,
                                          self.ev(pos.start, pos.end + 1))
                break

    def heads_of_delegation(self) -> None:
        """"The two heads of delegation will co-chair the Dialogue": those the sentences before said lead
        a delegation ("led by", "headed by", "นำคณะ", "หัวหน้าคณะผู้แทน") co-chair it."""
        if HEADS_OF.search(self.text, 0, len(self.text), self.folded) is None:
            return  # (one quick search: most releases speak of no heads of delegation)
        for i, s in enumerate(self.sents):
            meeting = self.sentence_meeting.get(i)
            if not meeting or self.in_sent(i, "person") or not self._cue(HEADS_CO_CHAIR, s):
                continue
            for j in range(max(0, i - 3), i):
                for p in self.in_sent(j, "person"):
                    lead = self.text[max(self.sents[j].start, p.start - 60):p.start]
                    if not re.search(r"\b(?:led|headed)\s+by\b|นำคณะ|หัวหน้าคณะ", lead):
                        continue
                    person = self._person(p)
                    part = next((x for x in self.x.participations if person and x.person == person.key
                                 and x.meeting == meeting), None)
                    if part is not None and ROLE_RANK.get("co-chair", 0) > ROLE_RANK.get(part.role, 0):
                        part.role = "co-chair"

    def office_holders(self) -> None:
        """"ซึ่งมีนายกรัฐมนตรีเวียดนามเป็นประธาน", "joined by the ASEAN Secretary-General": a post of a country
        or of ASEAN, with no name beside it, names the person the release named in that post."""
        for i, s, meeting, posts, people in self._posts_attending():
            for pos in posts:
                actor, end = self._post_of(pos)
                if not actor or re.search(r"(?:อดีต|former|late|then|ของ|แทน|\bof|\bfor|'s)\s*(?:the\s+)?$",
                                          self.text[max(s.start, pos.start - 12):pos.start], re.I):
                    continue  # (nor "ผู้แทนพิเศษของประธานาธิบดีสหรัฐฯ", the President's envoy)
                if any(-1 <= q.start - end <= 4 or 0 <= pos.start - q.end <= 6 or q.start <= pos.start < q.end
                       for q in people):
                    continue  # "นายเหวียน ซวน ฟุก นายกรัฐมนตรีเวียดนาม": the post of a name written beside it
                holder = self._holder(self.ref.positions[pos.value].label_en, actor)
                if holder is None:
                    continue
                post = Mention("position", pos.start, end, pos.value, self.text[pos.start:end])
                role = self._role(post, people + [post], s, *self._role_cues(s))
                listed = self._listed_meetings(i)
                for target in listed or [meeting]:
                    if self.x.meeting(target).status == "held" or self._cue(PLANNED, s) or \
                            _FUTURE_ROLE.search(self.text, s.start, pos.start):
                        # ("...ครั้งที่ ๖ และ...ครั้งที่ ๒๓ ซึ่งรัฐมนตรีฯ สปป. ลาว จะเป็นประธาน": of each; "การประชุมครั้งนี้
                        # จะมีรัฐมนตรีว่าการกระทรวงการต่างประเทศบาห์เรน ... เป็นประธานร่วม": the meeting to come will have)
                        self._participate(target, holder, role if target == meeting or listed else "participant",
                                          self.ref.positions[pos.value].label_en, actor, self.ev(pos.start, end))

    def _post_of(self, pos: Mention) -> tuple[str, int]:
        """Whose post a post is ("นายกรัฐมนตรีเวียดนาม", "Prime Minister of Viet Nam", "Viet Nam's Prime
        Minister", "เลขาธิการอาเซียน"), and where its words end; ("", 0) for a post of no one named."""
        label = self.text[pos.start:pos.end]
        if "อาเซียน" in label or "ASEAN" in label:
            return "asean", pos.end
        for a in self.m.within(pos.end, pos.end + 30, "actor", "demonym"):
            if re.fullmatch(r"\s*(?:ของ|แห่ง|of(?: the)?)?\s*", self.text[pos.end:a.start]):
                return self._country(a), a.end
            break
        for a in reversed(self.m.within(max(0, pos.start - 40), pos.start, "actor", "demonym")):
            if re.fullmatch(r"(?:'s)?\s*", self.text[a.end:pos.start]):
                return self._country(a), pos.end
            break
        return "", 0

    def _country(self, m: Mention) -> str:
        actor = self.ref.actors.get(self.country_of(m.value))
        return actor.id if actor and actor.type in ("Country", "IntergovernmentalOrganization") else ""

    def _holder(self, post: str, actor: str) -> Person | None:
        # (not the holder the reference data knows on the day: a minister is often represented, and
        # whoever stood in is not named)
        named = {p.person for p in self.x.participations if p.position == post and p.represents == actor}
        return self.x.people[next(iter(named))] if len(named) == 1 else None

    def _post_role(self, end: int, people: list[Mention], s: Sentence) -> str:
        """"รองนายกรัฐมนตรีฯ ... ได้ทำหน้าที่ประธานร่วมของการประชุม": the role the clause gives a post (before
        anyone else the sentence names, and not the chair of ASEAN)."""
        upto = min([q.start for q in people if q.start > end] + [s.end, end + 120])
        after = self.text[end:upto]
        return "co-chair" if CO_CHAIR.search(after) else \
            "chair" if re.search(r"(?:เป็น|ทำหน้าที่)ประธาน(?:ของ)?(?:ใน)?การประชุม|^\s*เป็นประธาน", after) else "participant"

    def first_person(self) -> None:
        """A leader's own release ("11 October 2024. Prime Minister, the Hon Anthony Albanese MP." then
        "I co-chaired the 4th Annual ASEAN-Australia Summit"): "I" is the person in the byline."""
        if self.language != "en":
            return
        byline = next((m for m in self.m.of("person") if m.start < 400 and
                       self.sentence_at(m.start).end - self.sentence_at(m.start).start < 160), None)
        if byline is None:
            return
        person = self._person(byline)
        if person is None:
            return
        position, represents, _end = self._position(byline, self.sentence_at(byline.start))
        for i, s in enumerate(self.sents):
            cue = FIRST_PERSON.search(self.text, s.start, s.end)
            meeting = self.sentence_meeting.get(i)
            if not cue or not meeting:
                continue
            verb = cue.group("verb").lower()
            future = verb.startswith("will ")
            verb = re.sub(r"^will (?:also )?", "", verb)
            role = "co-chair" if verb.startswith("co-chair") else "chair" if verb.startswith("chair") else \
                "host" if verb.startswith("host") else "participant"
            status = "planned" if future else "held"
            targets = [k for k in self._meetings_named_in(i) if self.x.meeting(k).status == status] or [meeting]
            for target in targets:
                rep = represents or self._represents_from_reference(person.key, target)
                self._participate(target, person, role, position, rep, self.ev(cue.start(), cue.end()))

    def pronoun_roles(self) -> None:
        """"The Russian delegation was headed by ... Igor Morgulov. He co-chaired the meeting together with the
        Lao side": a sentence that opens with he or she chairing gives the role to the last person the sentence
        before named."""
        for i, s in enumerate(self.sents):
            cue = PRONOUN_ROLE.match(self.text, s.start, s.end)
            meeting = self.sentence_meeting.get(i)
            if not cue or not meeting or not i:
                continue
            # (the sentence may name the other co-chair after the verb: "He will co-chair the session with Indonesian
            # Foreign Minister Retno L.P. Marsudi"; the sentence before may name none: "On July 14, the Secretary
            # will join ...", after "Secretary of State Antony J. Blinken will travel to Jakarta": its subject)
            before = self.in_sent(i - 1, "person")[-1:] or (self.in_sent(i - 2, "person")[:1] if i > 1 else [])
            person = self._person(before[0]) if before else None
            if person is None:
                continue
            role = "co-chair" if "co-" in cue.group("verb") else "chair"
            self._participate(meeting, person, role, "", self._represents_from_reference(person.key, meeting),
                              self.ev(cue.start("verb"), cue.end()))

    def _listed_meetings(self, i: int) -> list[str]:
        """The meetings a sentence names in one list ("the A and the B", "A, B และ C"), from its first
        name: a later name set apart ("..., โดยในการประชุม A ...") is not in the list."""
        s = self.sents[i]
        names = sorted((n for n in self.names if not n.value.anaphoric and s.start <= n.start < s.end
                        and not self._occasion(n) and not self._framework(n)), key=lambda n: n.start)
        run = names[:1]
        for a, b in zip(names, names[1:], strict=False):
            # (a name given again in brackets: "...ครั้งที่ ๖ (6th East Asia Summit Foreign Ministers' Meeting) และ")
            if not re.fullmatch(r"[\s,()]*(?:and\s+|และ\s*)?(?:the\s+)?", self.text[a.end:b.start]):
                break
            run.append(b)
        if len(run) < 2:
            return []
        keys = list(dict.fromkeys(k for k in map(self._meeting_named, run) if k))
        return keys if len(keys) > 1 else []

    def _participate(self, meeting: str, person: Person, role: str, position: str, represents: str,
                     evidence: Evidence) -> None:
        existing = next((x for x in self.x.participations if x.meeting == meeting and x.person == person.key), None)
        if existing:
            if ROLE_RANK.get(role, 0) > ROLE_RANK.get(existing.role, 0):
                existing.role = role  # "hosted the Leaders", then "co-chaired by": co-chair
            existing.position = existing.position or position
            existing.represents = existing.represents or represents
            return
        self.x.participations.append(Participation(meeting, person.key, role, position, represents, evidence))

    def _absent(self, p: Mention, s: Sentence, previous_absent: Mention | None) -> bool:
        """"The Biden administration", "รัฐบาลประธานาธิบดีไบเดนและรองประธานาธิบดีแฮร์ริส": named, not present."""
        start = p.start
        for pos in reversed(self.m.within(max(s.start, p.start - 60), p.start, "position")):
            if p.start - pos.end <= 1 or start - pos.end <= 1:
                start = pos.start
        before = self.text[max(s.start, start - 40):start]
        after = self.text[p.end:min(s.end, p.end + 25)]
        if NOT_PRESENT.search(before) or NOT_PRESENT_AFTER.search(after):
            return True
        if previous_absent is not None:
            between = self.text[previous_absent.end:start]
            if re.fullmatch(r"\s*(?:และ|and|,)\s*", between):
                return True
        return False

    def _role(self, p: Mention, people: list[Mention], s: Sentence, cochair, chair, host) -> str:
        def owns(cues) -> bool:
            for c in cues:
                cs, ce = s.start + c.start(), s.start + c.end()
                cue_text = c.group().lower()
                if CHAIR_OF_BODY.match(self.text, ce, min(s.end, ce + 90)):
                    continue  # "as Chair of the IAI Task Force": chair of a body, not of the meeting
                # ("ซึ่ง สปป. ลาว เป็นเจ้าภาพในฐานะประธานอาเซียน": the host's capacity too)
                country_role = any((cs - a.end <= 3 or re.fullmatch(r"\s*เป็นเจ้าภาพ\s*", self.text[a.end:cs])) and
                                   re.search(r"(?:ซึ่ง|โดย|และ|ขณะที่|\bwhile|\bwith|,)\s*$",
                                                                 self.text[max(s.start, a.start - 8):a.start])
                                   for a in self.m.within(max(s.start, cs - 60), cs, "actor", "demonym"))
                if country_role and not cue_text.endswith("chairmanship"):
                    # "ซึ่งเวียดนามในฐานะประธานอาเซียนเป็นเจ้าภาพ": a country's role, not a person's (but "in Phnom
                    # Penh, Cambodia, under the chairmanship of ..." names the person after it)
                    continue
                passive = self.language != "th" and re.match(r"\s+(?:[\w-]+\s+){0,4}?by\b", self.text[ce:ce + 40])
                if self.language == "th" or (cue_text.startswith(("chair", "presid", "hosts", "as ")) and not passive):
                    # Thai: "โดยมีนาย A และนาย B เป็นประธานร่วม"; the cue follows the people it names,
                    # back to the nearest clause opening that still has one of them after it
                    prev_cues = [x for x in cochair + chair if s.start + x.end() <= cs]
                    lo = s.start + prev_cues[-1].end() if prev_cues else s.start
                    base = lo
                    openings = list(THAI_CLAUSE.finditer(self.text, lo, cs))
                    for n, op in reversed(list(enumerate(openings))):
                        after = [q for q in people if op.end() <= q.start < cs]
                        if not after:
                            continue
                        lo = op.start()
                        # "จะมีนาย A ... ซึ่งรับหน้าที่ดังกล่าว... และนาย B ... เป็นประธานร่วม": a relative clause inside
                        # the list; the list goes on from the clause before it
                        if op.group() == "ซึ่ง" and re.search(r"และ\s?\S{0,10}$", self.text[max(lo, after[0].start - 16):after[0].start]):
                            start = openings[n - 1].start() if n else base
                            before = [q for q in people if start <= q.start < op.start()]
                            if before and re.search(r"มี\s?\S{0,10}$", self.text[max(s.start, before[0].start - 16):before[0].start]):
                                lo = start
                        break
                    if lo <= p.start < cs:
                        return True
                # English: "co-chaired by A and B" or "A and B co-chaired"
                if cue_text.endswith(("ed", "ing")) or "by" in self.text[ce:ce + 4] or \
                        re.search(r"\bwill\s+$", self.text[max(s.start, cs - 6):cs]):  # "A and B will co-chair"
                    # "chaired by A", "chaired on the ASEAN side by A", up to another role ("attended by")
                    by = re.match(r"[^.;]{0,40}?\bby\b", self.text[ce:ce + 45])
                    if by and re.search(r"\b(?:attended|joined|accompanied|which|who)\b", by.group()):
                        by = None  # "chaired the meeting, which was attended by ...": another role's "by"
                    if by and ce <= p.start and not re.search(
                            r"\bwhile\b|\bwhereas\b|\battended\b|\bjoined\b|\bparticipat|\baccompanied|"
                            r"\bother\b|\bincluding\b|\bbrought together\b|\bgathered\b|\bwelcomed\b",
                            self.text[ce + by.end():p.start]) and self._listed(ce + by.end(), p.start, people):
                        return True
                    if not by and p.end <= cs and cs - p.end < 200:
                        between = self.text[p.end:cs]
                        if not re.search(r"[;]|\bwhile\b|ขณะที่", between):
                            return True
                # "Yeo Seung-bae, Deputy Minister ..., will head the delegation ... and co-chair the meeting with Ms. X":
                # the subject of a verb to come (no one else named before the cue)
                if cue_text in ("co-chair", "chair") and p.end <= cs and re.search(r"\bwill\b", self.text[p.end:cs]) and \
                        not any(p.end <= q.start < cs for q in people) and \
                        not re.search(r"[;]|\bwhile\b|\bwho\b", self.text[p.end:cs]):
                    return True
                # "Co-chairing the Summit were A and B": the cue opens the sentence, the holders follow it
                if self.language != "th" and cue_text.endswith("ing") and cs - s.start <= 3 and p.start > ce and \
                        re.search(r"\b(?:were|was|are|is)\b", self.text[ce:p.start]) and \
                        not re.search(r"[;]|\bwhile\b", self.text[ce:p.start]):
                    return True
                # "The three co-chairs were Mr A, ...; Mr B, ...; and Ms C, ...": the holders follow, in a list
                if self.language != "th" and cue_text.startswith("co-chair") and cs - s.start <= 20 and \
                        p.start > ce and re.match(r"\s+(?:were|are|will be)\b", self.text[ce:ce + 10]):
                    return True
                # "with A and B as co-chairs": the holders come before "as"
                if self.language != "th" and re.search(r"\bas\s+(?:the\s+)?$", self.text[max(s.start, cs - 8):cs]) and \
                        p.end <= cs and cs - p.end < 200 and not re.search(r"[;]|\bwhile\b", self.text[p.end:cs]) and \
                        re.search(r"\bwith\b", self.text[max(s.start, p.start - 200):p.start]):
                    return True
                # "under the chairmanship of His Majesty Sultan Haji Hassanal Bolkiah": the first person after it
                if cue_text.endswith("chairmanship") and p.start > ce and re.fullmatch(
                        r"\s+of\s+(?:[^.;,]|(?<=[A-Z])\.){0,60}?", self.text[ce:p.start]) and \
                        not any(ce < q.start < p.start for q in people):
                    return True
                if p.start > ce and p.start - ce < 120 and re.search(r"\bwith\b|ร่วมกับ|กับ", self.text[ce:p.start]) \
                        and not re.search(r"[;]|\bwhile\b|ขณะที่", self.text[ce:p.start]):
                    return True
                # a long meeting name, its number and venue between: "เป็นประธานร่วมการประชุมคณะกรรมการ... (ASEAN-EU
                # Joint Cooperation Committee: JCC) ครั้งที่ ๒๕ ณ สำนักเลขาธิการอาเซียน กรุงจาการ์ตา ร่วมกับนายเดวิด เดลี"
                if p.start > ce and p.start - ce < 320 and not re.search(r"[;]|\bwhile\b|ขณะที่", self.text[ce:p.start]):
                    w = _LAST_WITH.search(self.text, max(ce, p.start - 150), p.start)
                    if w and not any(ce < q.start < w.start() for q in people):
                        return True
            return False

        if owns(cochair):
            return "co-chair"
        if owns(chair):
            return "chair"
        if owns(host):
            return "host"
        return "participant"

    def _listed(self, a: int, b: int, people: list[Mention]) -> bool:
        """No semicolon between ``a`` and ``b``, unless each one opens the next person of a list: "co-chaired by
        H.E. A, Minister of ...; H.E. B, Minister of ...; and Dr. C, Deputy Minister of ..."."""
        for semi in re.finditer(";", self.text[a:b]):
            at = a + semi.end()
            nxt = next((q.start for q in people if q.start >= at), None)
            if nxt is None or not _LIST_ITEM_OPENING.fullmatch(self.text, at, nxt):
                return False
        return True

    def _position(self, p: Mention, s: Sentence) -> tuple[str, str, int]:
        """The position and represented actor written next to a person's name."""
        after_end = min(s.end, p.end + (90 if self.language == "th" else 140))
        window = self.text[p.end:after_end]
        stop = re.search(r"(?:และ|ร่วมกับ|เป็นประธาน|ทำหน้าที่|ได้|ซึ่ง|\(ในฐานะ|โดย|กล่าว|เข้าร่วม|นำคณะ|ที่ประชุม|มีกำหนด|เดินทาง|เยือน|"
                         r"จะ(?:เข้าร่วม|เดินทาง|เป็น|ร่วม))|"
                         r"(?:\band\b|\bwho\b|\bwhile\b|;|(?<![\u0E00-\u0E7F])\.\s|\)|\bco-chair|\bchair|\bled\b|\battended|\bsaid|"
                         r"\bin (?:his|her) capacity\b|\bas (?:the )?(?:ASEAN )?Chair\b|"
                         r"\bjoined|\bdelivered|\btoday\b|\b(?i:met|meets|hosts|told|took|spoke|says|attends|joins|leads|"
                         r"visits|arrives|holds|addresses|calls|urges|proposes|welcomes|highlights|co-chairs|chairs)\b|"
                         r"(?<![A-Za-z-])[a-z]+ed\b)", window)
        a_end = p.end + (stop.start() if stop else len(window))
        # (a post's own "and": "High Representative ... for Foreign Affairs and Security Policy")
        a_end = max([a_end] + [m.end for m in self.m.within(p.end, after_end, "position") if m.start < a_end])
        # Thai: "นาย A รองรัฐมนตรี... สปป. ลาว"; English: "A, Deputy Minister ... of the Lao PDR"
        # (further on, a country the post belongs to: "Ms. Usana Berananda, Director-General of the Department of ASEAN
        # Affairs, Ministry of Foreign Affairs of the Kingdom of Thailand")
        after = [m for m in self.m.within(p.end, a_end, "position", "actor", "demonym") if m.start - p.end < 60 or
                 m.start - p.end < 140 and m.kind == "actor" and _POST_OF.search(self.text, max(p.end, m.start - 70), m.start)]
        # "President Vladimir Putin, Prime Minister Nguyen Xuan Phuc led ...": a title before the next name is his
        nxt = next((q for q in self.m.within(p.end, a_end + 3, "person") if q.start > p.end), None)
        if nxt is not None:
            after = [m for m in after if m.end > nxt.start or nxt.start - m.end > 2]
            after = [m for m in after if m.start < nxt.start]
        before_start = max(s.start, p.start - 70)
        before_text = self.text[before_start:p.start]
        cuts = list(re.finditer(r"[,;]|\band\b|\bby\b|\bwith\b|และ|โดย|กับ|\.\s", before_text))
        if cuts and cuts[-1].group() == "," and re.fullmatch(r",\s*", before_text[cuts[-1].start():]) and \
                self.text.startswith(",", p.end) and \
                any(m.end == before_start + cuts[-1].start() for m in self.m.within(before_start, p.start, "position")):
            cuts.pop()  # "Viet Nam's Deputy Foreign Minister, Nguyen Quoc Dung, underlined ...": the post in apposition
        cut = max((m.end() for m in cuts), default=0)
        # "The Indonesian delegation will be led by Ambassador X": the delegation's country is his
        led = re.search(r"\bdelegation\b[^.;,]{0,30}\b(?:led|headed)\s+by\s+(?:(?:H\.E\.|Ambassador|Mr\.?|Ms\.?|Dr\.?)\s+)*$",
                        before_text)
        if led:
            cut = min(cut, max(0, led.start() - 25))
        before = [m for m in self.m.within(before_start + cut, p.start, "position", "actor", "demonym")]
        positions = [m for m in after if m.kind == "position"] or [m for m in before if m.kind == "position"]
        position = ""
        if positions:
            best = max(positions, key=lambda m: (len(self.ref.positions[m.value].label_en), -m.start))
            position = self.ref.positions[best.value].label_en
        # "ณ กรุงกัวลาลัมเปอร์ มาเลเซีย นายมาริษ ...", "in Vientiane, Lao PDR, Mr X": a city's country is where, not whom
        places = self.m.within(before_start, a_end, "place")
        actors = [m for m in after + before if m.kind in ("actor", "demonym")
                  and not any(0 <= m.start - q.end <= 2 for q in places)]
        represents = ""
        for m in actors:
            actor = self.ref.actors.get(self.country_of(m.value))
            if actor and actor.type in ("Country", "IntergovernmentalOrganization"):
                if actor.id == "asean" and any(a.value != "asean" for a in actors if a is not m):
                    continue
                represents = actor.id
                break
        if not represents and positions:
            label = self.text[positions[0].start:positions[0].end]
            if "อาเซียน" in label or "ASEAN" in label:
                represents = "asean"
        end = max([m.end for m in after], default=p.end)
        return position, represents, end

    def _represents_from_reference(self, person_key: str, meeting_key: str) -> str:
        meeting = self.x.meeting(meeting_key)
        posts = self.ref.posts_of(person_key, meeting.start if meeting else None)
        for post in posts:
            if post.actor_id:
                return post.actor_id
        return ""

    def _holder_spelt_otherwise(self, person: Person, position: str, represents: str, meeting: str) -> Person:
        """"คอลิด บิน อะหมัด บิน มุฮัมมัด อาล เคาะลีฟะฮ์ รัฐมนตรีว่าการกระทรวงการต่างประเทศบาห์เรน": a foreign name
        the reference spells otherwise in Thai, beside the post its holder held that day, is the holder when
        the name, romanised, reads like the holder's English one."""
        if not (person.machine_romanised and position and represents):
            return person
        held = self.x.meeting(meeting)
        day = held.start if held else None
        holders = {post.person_id for post in self.ref.posts
                   if post.actor_id == represents and post.post_en == position and post.holds_on(day)}
        if len(holders) != 1:
            return person
        ref = self.ref.people[next(iter(holders))]
        written = person.name_en.lower()
        if max(SequenceMatcher(None, written, name.lower()).ratio() for name in (ref.label_en, *ref.aliases_en)) < 0.6:
            return person
        if not any(x.person == person.key for x in self.x.participations):
            self.x.people.pop(person.key, None)
            self.x.notes[:] = [n for n in self.x.notes if not (n.text == person.name_th and
                                                              n.what == "person not in the reference data")]
        return self._known(ref.id)

    def _person(self, p: Mention) -> Person | None:
        if p.kind == "person" and isinstance(p.value, str):
            return self._known(p.value)
        pn: PersonName = p.value
        if pn.ref_id:
            return self._known(pn.ref_id)
        if pn.name_en:
            # "นางเมลานี โฌลี (Mélanie Joly)": the release spells the name in English too
            found = self._resolve_name(pn.name_en, "en")
            if found:
                return self._known(found) if found in self.ref.people else self.x.people[found]
            return self._newcomer(Person(slug(pn.name_en), pn.name_en, re.sub(r"\s+", " ", pn.name).strip(" ,."), False),
                                  pn.name_en, p)
        name = re.sub(r"\s+", " ", pn.name).strip(" ,.")
        name = re.sub(r"(?:\s+(?:bin|binti|ibni|van|von|de|da|บิน|บินตี))+$", "", name)
        if len(name) < 3:
            return None
        found = self._resolve_name(name, pn.script)
        if found is None and pn.script == "th" and name.count(" ") == 1:
            # "โรดรีโก โรอา ดูแตร์เต", "เอมาลีน อับดุล ราห์มาน เตียว": names longer than two words, of someone the
            # reference knows (the words after the two the honorific took)
            more = re.match(r" ([\u0E01-\u0E4E-]{3,})(?: ([\u0E01-\u0E4E-]{3,}))?", self.text[p.end:p.end + 40])
            words = [w for w in (more.groups() if more else ()) if w]
            first = name.split()[0]
            for tried in ([f"{first} {words[0]}", f"{name} {words[0]}"] if words else []) + \
                    ([f"{name} {words[0]} {words[1]}", f"{first} {words[1]}"] if len(words) > 1 else []):
                longer = self._resolve_name(tried, "th")
                if longer in self.ref.people:
                    found = longer
                    break
        if found:
            return self._known(found) if found in self.ref.people else self.x.people[found]
        if found == "":
            return None  # a bare family name that names no one we know
        if pn.script == "th":
            name_en = romanise(name)
            person = Person(slug(name_en), name_en, name, False, machine_romanised=True)
        else:
            person = Person(slug(name), name, "", False)
        return self._newcomer(person, name, p)

    def _newcomer(self, person: Person, written: str, p: Mention) -> Person:
        """A person the reference may not know: its node if it does, else the release's (noted once)."""
        if person.key in self.ref.people:
            return self._known(person.key)
        self.x.notes.append(Note("person not in the reference data", written, self.ev(p.start, p.end)))
        return self.x.people.setdefault(person.key, person)

    def _known(self, ref_id: str) -> Person:
        ref = self.ref.people[ref_id]
        return self.x.people.setdefault(ref.id, Person(ref.id, ref.label_en, ref.label_th, True))

    def _resolve_name(self, name: str, script: str) -> str | None:
        """A name the gazetteer did not match exactly: another spelling of a known person, or a short
        reference (นายมาริษฯ, Minister Park) to someone the release named in full."""
        from kg.recognise import gazetteer, thai_consonants, thai_skeleton

        if script == "th":
            short = name.endswith("ฯ") or " " not in name
            core = name.rstrip("ฯ").strip()
            skeleton = thai_skeleton(core)
            if not short:
                tokens = core.split()
                for key in (skeleton, thai_skeleton(f"{tokens[0]} {tokens[-1]}")):
                    ids = gazetteer().person_skeletons.get(key, set())
                    if len(ids) == 1:
                        return next(iter(ids))
                # "โมฮัมหมัด นาจิบ ตุน อับดุล ราซัก": a long Malay or Arab name holds the two words the reference
                # knows the person by (นาจิบ ราซัก)
                if len(tokens) > 2:
                    found = _two_words_known([t for t in tokens if t not in _NAME_PARTICLES_TH],
                                             lambda two: gazetteer().person_skeletons.get(thai_skeleton(two), ()))
                    if found:
                        return found
                # the same family name and a first name one spelling apart (เซอร์เก / เซอร์เกย์)
                first = thai_skeleton(tokens[0])
                ids = {pid for f, pid in gazetteer().family_names.get(thai_skeleton(tokens[-1]), set())
                       if len(first) >= 3 and (f.startswith(first) or first.startswith(f))}
                if len(ids) == 1:
                    return next(iter(ids))
                # the same consonants, vowels written differently (เจนดา / จินดา); a full name only
                consonants = thai_consonants(core)
                ids = gazetteer().person_consonants.get(consonants, set())
                if len(ids) == 1 and len(tokens) >= 2 and len(consonants) >= 5:
                    return next(iter(ids))
                return self._same_first_name_like_family(tokens)
            # นายดอนฯ (a Thai is called by the given name), นายโมเตกิ (a foreigner by the family name)
            # (any Thai spelling of the person's: "ดร. บาลากริชนัน" after "วิวียัน บาลากริชนัน", whom the
            # reference calls วิเวียน บาลากฤษณัน)
            for index in (0, -1):
                for person in self.x.people.values():
                    ref = self.ref.people.get(person.key)
                    for written in (person.name_th or "", *(ref.aliases_th if ref else ())):
                        tokens = written.split(" ")
                        if len(tokens) > 1 and thai_skeleton(tokens[index]) == skeleton:
                            return person.key
            return None
        tokens = name.split()
        if len(tokens) > 2:
            # "Mohamad Haji Hasan", "Retno L.P. Marsudi": the name the reference knows, without the middle
            # title or initials
            from kg.recognise import gazetteer

            core = " ".join(t for t in tokens if t not in MIDDLE_TITLES and not re.fullmatch(r"(?:[A-Z]\.)+", t))
            ids = {i for k, i in gazetteer().entries.get(core, []) if k == "person"}
            if core != name and len(ids) == 1:
                return next(iter(ids))
            # "Mohd Najib Tun Abdul Razak": two of its words are the name the reference knows (Najib Razak)
            found = _two_words_known(core.split(),
                                     lambda two: [i for k, i in gazetteer().entries.get(two, []) if k == "person"])
            if found:
                return found
        if len(tokens) == 2 and tokens[0] in MIDDLE_TITLES:
            tokens = tokens[1:]  # "Dato' Seri Utama Haji Mohamad called for ...": Haji is a title
        if len(tokens) == 1:
            for person in self.x.people.values():
                if tokens[0] in person.name_en.split():
                    return person.key
            known = [p.id for p in self.ref.people.values()
                     if tokens[0] in (p.label_en.split() + [a.split()[-1] for a in p.aliases_en if a])]
            return known[0] if len(known) == 1 else ""
        return None

    def _same_first_name_like_family(self, tokens: list[str]) -> str | None:
        """"บุษยา มาธเธลิน" for บุษยา มาทแล็ง (Busaya Mathelin): the same Thai first name, and a family name
        that reads, romanised, like the person's English one (a foreign name is spelt many ways in Thai)."""
        from kg.recognise import gazetteer, thai_skeleton

        first = thai_skeleton(tokens[0])
        if len(first) < 3:
            return None
        family = romanise(tokens[-1]).lower()
        found = {pid for pid in gazetteer().first_names.get(first, ())
                 if SequenceMatcher(None, family, self.ref.people[pid].label_en.split()[-1].lower()).ratio() >= 0.7}
        return next(iter(found)) if len(found) == 1 else None

    # -------------------------------------------------------- commitments


def _two_words_known(words: list[str], people_named: Callable[[str], Iterable[str]]) -> str | None:
    """The one person two of a long name's words, in order, name ("นาจิบ ... ราซัก", "Najib ... Razak")."""
    ids = {i for a in range(len(words)) for b in range(a + 1, len(words)) for i in people_named(f"{words[a]} {words[b]}")}
    return next(iter(ids)) if len(ids) == 1 else None


_THAI_LEFT = re.compile(r"[\u0E00-\u0E7F]")


@lru_cache(maxsize=4096)
def romanise(thai: str) -> str:
    """RTGS romanisation of a Thai-script name, word by word, capitalised."""
    from pythainlp.transliterate import romanize

    words = []
    for part in thai.split():
        if re.search(r"[\u0E00-\u0E7F]", part):
            try:
                latin = _THAI_LEFT.sub("", romanize(part, engine="royin"))  # marks the romaniser leaves
                words.append(latin.capitalize() if latin else part)
            except Exception:
                words.append(part)
        else:
            words.append(part)
    return " ".join(words)
