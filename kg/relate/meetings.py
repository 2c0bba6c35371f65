"""Meetings: which ones a release reports, when, where and how, and which meeting each sentence is
about."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cached_property

from kg.facts import (
    Meeting,
    Note,
)
from kg.namespaces import slug
from kg.recognise import (
    GENERIC_MECHANISMS,
    DateValue,
    MeetingName,
    Mention,
)
from kg.relate.base import RelaterBase
from kg.relate.cues import (
    ALSO_NAMED,
    AT_PLACE,
    ATTEND,
    ATTENDED_BEFORE,
    BACKGROUND_DAYS,
    CO_CHAIR,
    DASH,
    DATELINE_HEAD,
    DOES_MEETING,
    FRAMEWORK,
    FRAMEWORK_AFTER,
    GENERIC_SERIES,
    HEADING_LENGTH,
    HEADING_MARK,
    HELD,
    HYBRID,
    IN_PERSON,
    KIND_LABELS,
    KIND_NAMED,
    KIND_REFERENCE,
    KIND_WORDS,
    MEETING_OF_KIND,
    MET,
    MODE_ANCHOR,
    MONTH_YEAR,
    NEXT_AFTER,
    NEXT_BEFORE,
    OCCASION,
    ONLINE,
    PLANNED,
    PREPARING,
    RECALL,
    RELATED_AFTER,
    RELATIVE_DAY,
    RELATIVE_DAYS,
    REPORTED_PAST,
    SAME_DAY,
    THE_MEETING,
    TODAY,
    WEEKDAY,
    WEEKDAYS,
    WITH_PARTNERS,
)
from kg.relate.sentences import Sentence, ordinal_suffix

# another meeting of the series just named, by its number alone: "การประชุมครั้งที่ ๓๒", "the 32nd Dialogue",
# "the previous, 23rd, Summit" (the kind word, if any, in group "word"; not "the 79th session of the UN General
# Assembly", "the 21st Meeting of the Joint Working Group": another body's)
_ORDINAL_LEAD = r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:previous|last|next|upcoming|forthcoming|preceding)?[\s,]*"
_BARE_ORDINAL = re.compile(r"การประชุม(?:ฯ)?\s?ครั้งที่\s?(?P<th>\d{1,3})(?!\d)|" + _ORDINAL_LEAD +
                           r"(?P<en>\d{1,3})(?:st|nd|rd|th)[\s,]+(?P<word>meeting|session|Meeting|Session|Dialogue|dialogue|"
                           r"Summit|summit|SOM|Consultations?|consultations?|Forum|JCC)\b(?!\s+(?:of|between|on|with)\b)")
# a short name in brackets right after a meeting's name: "(AISOM)"
_GLOSS = re.compile(r"\s?\(([A-Z][A-Za-z0-9+-]{2,14})\)")
# a sentence that opens on the head word of a meeting's name: "The Consultations were co-chaired by ..."
# (not "The Meeting": most releases call their main meeting so, whatever they named in passing before)
_OPENING_HEAD = re.compile(r"\s*The\s+(Consultations?|Dialogue|Forum|Summit|Conference|Retreat|Session|Committee)\b")

# a meeting's own clause: when and how it went ("...ครั้งที่ ๑ ซึ่งจัดขึ้นเมื่อวันจันทร์ที่ ๖ ...", ", which was held in ...")
_TOLD_OF = re.compile(r"\s*(?:ซึ่ง(?:ได้)?จัดขึ้น(?:เมื่อ|ที่|ณ)|,?\s*which was held\b)")

class MeetingRules(RelaterBase):
    def _bare_ordinals(self) -> None:
        """Add to the names the meetings a release numbers without naming them again: "การประชุมครั้งนี้เป็น
        ครั้งแรกนับจากการประชุมครั้งที่ ๓๒ ซึ่งจัดขึ้นเมื่อวันที่ ๒๘ มีนาคม ๒๕๖๒", "the first since the 32nd
        Dialogue, held in Washington": the numbered meeting of the series named last before it."""
        named = [n for n in self.names if not n.value.anaphoric]
        if not any(n.value.ordinal for n in named):
            return
        added = []
        for b in _BARE_ORDINAL.finditer(self.text):
            if any(n.start <= b.start() < n.end or b.start() <= n.start < b.end() for n in self.names
                   if not n.value.anaphoric):
                continue
            last = next((n for n in reversed(named) if n.end <= b.start() and n.value.ordinal), None)
            word = (b.group("word") or "").lower()
            if last is None or (word == "summit") != (last.value.kind == "Summit"):
                continue
            v = last.value
            name = MeetingName(v.kind, v.track, v.parties, v.mechanism, v.qualifier,
                               int(b.group("th") or b.group("en")))
            start = b.start() if b.group("th") else b.start("en")
            added.append(Mention("meeting", start, b.end(), name, self.text[start:b.end()]))
        # "the 27th ASEAN-India Senior Officials' Meeting (AISOM)", later "the 26th AISOM": the short name it was given
        for n in named:
            gloss = _GLOSS.match(self.text, n.end)
            if not n.value.ordinal or not gloss:
                continue
            for b in re.finditer(_ORDINAL_LEAD + r"(\d{1,3})(?:st|nd|rd|th)\s+" + re.escape(gloss.group(1)) + r"\b",
                                 self.text):
                if any(x.start <= b.start(1) < x.end for x in self.names + added):
                    continue
                v = n.value
                added.append(Mention("meeting", b.start(1), b.end(), MeetingName(
                    v.kind, v.track, v.parties, v.mechanism, v.qualifier, int(b.group(1))), self.text[b.start(1):b.end()]))
        if added:
            self.names = sorted(self.names + added, key=lambda n: n.start)

    def meetings(self) -> None:
        self._bare_ordinals()
        groups: list[tuple[Meeting, list[Mention]]] = []
        previous: tuple[Mention, list[Mention]] | None = None
        glossed: dict[str, list[Mention]] = {}
        next_ones: set[int] = set()  # the mention lists of "the next" meeting of a series
        for nm in self.names:
            v: MeetingName = nm.value
            if v.anaphoric:
                continue
            # "การประชุมสุดยอดสมัยพิเศษอาเซียน-สหภาพยุโรป ... (ASEAN-EU Commemorative Summit)": a gloss
            # in brackets names the meeting just named
            also = ALSO_NAMED.search(self.text[max(0, nm.start - 40):nm.start])
            if previous and (also or "(" in self.text[max(0, nm.start - 2):nm.start + 1] and
                             0 <= nm.start - previous[0].end < 80 and
                             self.sent_of(nm.start) == self.sent_of(previous[0].start)):
                # "(AMM Retreat)" right after a name, or "The Summit, which is also the 19th ASEAN-India
                # Summit": another name of the meeting just named
                previous[1].append(nm)
                glossed[self._series_key(v)] = previous[1]  # "(AMM Retreat)": later "the AMM Retreat" too
                owner = next(m for m, ms in groups if ms is previous[1])
                if v.ordinal and not owner.ordinal:
                    owner.ordinal = v.ordinal
                continue
            series = self._series_key(v)
            # "the next Russia-ASEAN Senior Officials' Meeting will be held in Russia in 2018", "การประชุม...
            # ครั้งต่อไป": another meeting of the series than the one the release reports
            upcoming = not v.ordinal and bool(NEXT_BEFORE.search(self.text, max(0, nm.start - 12), nm.start) or
                                              NEXT_AFTER.match(self.text, nm.end))
            # the meeting of this series with this number, before one of the series with none
            match = next(((m, ms) for m, ms in groups if v.ordinal and m.series == series and m.ordinal == v.ordinal),
                         None)
            for meeting, mentions in ([] if match else groups):
                if (id(mentions) in next_ones) != upcoming:
                    continue
                if glossed.get(series) is mentions and (v.ordinal is None or meeting.ordinal in (None, v.ordinal)):
                    match = (meeting, mentions)
                    break
                if meeting.series == series and (v.ordinal is None or meeting.ordinal in (None, v.ordinal)):
                    if v.ordinal and meeting.ordinal is None and \
                            any(self.sentence_at(x.start).para == self.sentence_at(nm.start).para and
                                0 < nm.start - x.end < 200 for x in mentions):
                        # "...เป็นประธานร่วมการประชุม PMC+1 อาเซียน-สหภาพยุโรป ... และเตรียมต้อนรับการประชุม
                        # รัฐมนตรีต่างประเทศอาเซียน-สหภาพยุโรป ครั้งที่ ๒๑": two meetings, one after the other
                        continue
                    match = (meeting, mentions)
                    break
                # "การประชุมอาเซียน-ญี่ปุ่น (ASEAN-Japan Forum) ครั้งที่ ๓๙", then "การประชุมอาเซียน-ญี่ปุ่น ครั้งที่ ๓๙"
                if v.ordinal and meeting.ordinal == v.ordinal and sorted(meeting.parties) == sorted(v.parties) and \
                        GENERIC_SERIES in (meeting.series[-8:], series[-8:]) and not v.qualifier:
                    if meeting.series.endswith(GENERIC_SERIES):
                        meeting.series, meeting.kind = series, v.kind
                    match = (meeting, mentions)
                    break
            if match is None and series.endswith(GENERIC_SERIES) and not v.ordinal and not v.qualifier:
                # "การประชุมอาเซียน-ญี่ปุ่น" after "การประชุมรัฐมนตรีต่างประเทศอาเซียนกับญี่ปุ่น": the meeting of
                # those parties just named, in fewer words
                match = next(((m, ms) for m, ms in reversed(groups) if sorted(m.parties) == sorted(v.parties)), None)
            if match:
                match[1].append(nm)
                previous = (nm, match[1])
                if v.ordinal and not match[0].ordinal:
                    match[0].ordinal = v.ordinal
                continue
            meeting = Meeting(key="", series=series, kind=v.kind, parties=list(v.parties), label="",
                              name_as_written=nm.text, evidence=self.ev(nm.start, nm.end), ordinal=v.ordinal,
                              mechanism=v.mechanism, qualifier=v.qualifier, language=self.language)
            groups.append((meeting, [nm]))
            if upcoming:
                next_ones.add(id(groups[-1][1]))
            previous = (nm, groups[-1][1])
        # "การประชุมสุดยอดอาเซียน-เกาหลี" after "...สมัยพิเศษเพื่อรำลึก...": the same meeting, named short
        # "การประชุมสุดยอดสมัยพิเศษอาเซียน-สหภาพยุโรป" and "...สมัยพิเศษ...เพื่อรำลึกครบรอบ ๔๕ ปี": special and
        # commemorative are one meeting, the commemorative name the more telling
        merged = []
        for meeting, mentions in groups:
            # (not the partner's regular meeting "to be held in Vientiane in July" after a special one)
            ahead = any(self._planned_near(nm) for nm in mentions)
            twin = next((m for m, ms in merged if m.kind == meeting.kind and sorted(m.parties) == sorted(meeting.parties)
                         and ahead <= any(self._planned_near(nm) for nm in ms)
                         and ((m.qualifier and not meeting.qualifier and not meeting.ordinal) or
                              ({m.qualifier, meeting.qualifier} == {"Special", "Commemorative"}
                               and (m.ordinal is None or meeting.ordinal in (None, m.ordinal))))), None)
            if twin is not None:
                next(ms for m, ms in merged if m is twin).extend(mentions)
                if meeting.qualifier == "Commemorative":
                    twin.qualifier, twin.series = meeting.qualifier, meeting.series
                continue
            merged.append((meeting, mentions))
        groups = merged
        bare = [g for g in groups if g[0].mechanism == "pmc" and len(g[0].parties) <= 1]
        with_partner = [g for g in groups if g[0].kind == "MinisterialMeeting" and len(g[0].parties) == 2
                        and "asean" in g[0].parties and g[0].mechanism in ("pmc", "")]
        if len(bare) == 1 and len(with_partner) == 1:
            # "Canada at the PMC", then "the ASEAN-Canada Post-Ministerial Conference": one conference
            (b, b_mentions), (p, p_mentions) = bare[0], with_partner[0]
            p_mentions[:0] = b_mentions
            p.ordinal = p.ordinal or b.ordinal
            groups = [with_partner[0] if g is bare[0] else g for g in groups if g is not with_partner[0]]
        umbrella = None
        sessions = [m for m, _ in groups if len(m.parties) > 1 and m.kind == "MinisterialMeeting"]
        if groups and len(sessions) >= 2:
            # the first meeting named, or one named as ASEAN's with its dialogue partners ("การประชุมระดับ
            # รัฐมนตรีระหว่างอาเซียนกับประเทศคู่เจรจา ๓ การประชุม", "PMC+1 sessions with Dialogue Partners")
            heads = [g for n, g in enumerate(groups) if n == 0 or any(WITH_PARTNERS.search(nm.text) for nm in g[1])]
            head, head_mentions = next((g for g in heads if len(g[0].parties) <= 1 and g[0].kind == "MinisterialMeeting"
                                        and g[0].mechanism in ("pmc", "")), groups[0])
            if len(head.parties) <= 1 and head.kind == "MinisterialMeeting" and (head.mechanism in ("pmc", "")):
                umbrella = (head, head_mentions)
        summits = [m for m, _ in groups if len(m.parties) > 1 and m.kind == "Summit"]
        if umbrella is None and len(summits) >= 2:
            # "การประชุมระดับผู้นำระหว่างอาเซียนกับประเทศคู่เจรจา", "summits with Dialogue Partners": the leaders'
            # series the summits with each partner make up
            umbrella = next(((m, ms) for m, ms in groups if m.kind == "Summit" and len(m.parties) <= 1 and not m.ordinal
                             and any(WITH_PARTNERS.search(nm.text) for nm in ms)), None)
        if umbrella:
            head, head_mentions = umbrella
            self.umbrella_kind = head.kind
            groups = [g for g in groups if g[0] is not head]
            self._place_in_time(head, head_mentions, True)
            self.umbrella_status = head.status
            for nm in head_mentions:
                self.umbrella_sents.add(self.sent_of(nm.start))
                self.x.notes.append(Note("series of sessions, reported one by one", nm.text,
                                         self.ev(nm.start, nm.end)))
        first = True
        focus = ""
        main_status = ""
        # "on the sidelines of the 43rd ASEAN Summit": the occasion is not what the release reports
        occasions = [g for g in groups if all(self._occasion(nm) for nm in g[1])]
        if occasions and len(occasions) < len(groups):
            groups = [g for g in groups if g not in occasions] + occasions
        lead_sents: set[int] = set()
        background: list[tuple[Meeting, list[Mention]]] = []
        for meeting, mentions in groups:
            if not first and (meeting, mentions) in occasions and meeting.parties == ["asean"] and \
                    not meeting.ordinal and not meeting.qualifier and meeting.mechanism in GENERIC_MECHANISMS:
                # "ในช่วงการประชุมรัฐมนตรีต่างประเทศอาเซียนและการประชุมที่เกี่ยวข้อง", "on the sidelines of the ASEAN
                # Summit": ASEAN's meetings of the season, unnumbered, as the occasion of what is reported
                for nm in mentions:
                    self.x.notes.append(Note("occasion of the meetings reported", nm.text, self.ev(nm.start, nm.end)))
                continue
            if all(self._framework(nm) for nm in mentions):
                continue  # "the other East Asia Summit participating countries": the forum, not a meeting
            keep = first or any(self._anchored(nm) for nm in mentions) or (meeting, mentions) in occasions
            if not keep:
                for nm in mentions:
                    self.x.notes.append(Note("meeting mentioned in passing", nm.text, self.ev(nm.start, nm.end)))
                background.append((meeting, mentions))
                continue
            primary = first and umbrella is None
            first = False
            self._place_in_time(meeting, mentions, primary)
            if umbrella and not meeting.status_said:
                meeting.status = umbrella[0].status  # a session of a series to come is to come
            if umbrella and not meeting.start and meeting.status == "held":
                meeting.start, meeting.end = umbrella[0].start, umbrella[0].end
            if not primary and (meeting.end and (self.release_date - meeting.end).days > BACKGROUND_DAYS or
                                not meeting.end and any(self._earlier_month(nm) for nm in mentions)) and \
                    not any(self._reported_held(nm) for nm in mentions):
                # a meeting weeks before the release is background ("adopted at the Summit in June")
                for nm in mentions:
                    self.x.notes.append(Note("earlier meeting mentioned as background", nm.text,
                                             self.ev(nm.start, nm.end)))
                background.append((meeting, mentions))
                continue
            if primary:
                main_status = meeting.status
            elif not meeting.status_said and main_status:
                meeting.status = main_status
                # "The 26th ASEAN-China Summit, the 24th ASEAN-ROK Summit and the ASEAN-Canada Summit
                # were all chaired by ...": named with the main meeting, held when it was
                lead = self.x.meetings[0] if self.x.meetings else None
                if lead and lead.start and main_status == "held" and not umbrella and any(
                        not self._occasion(nm) and self.sent_of(nm.start) in lead_sents for nm in mentions):
                    meeting.start, meeting.end = lead.start, lead.end
            meeting.key = self._key(meeting)
            meeting.label = self._label(meeting)
            if self.x.meeting(meeting.key):
                continue
            self.x.meetings.append(meeting)
            if len(self.x.meetings) == 1:
                lead_sents = {self.sent_of(nm.start) for nm in mentions}
            for nm in mentions:
                if self._framework(nm):
                    continue
                if not self._occasion(nm) or meeting is self.x.meetings[0]:
                    self.sentence_meeting.setdefault(self.sent_of(nm.start), meeting.key)
        # sentences that name no meeting are about the focus: the release's main meeting, or the one a
        # paragraph or sentence opens with ("The ASEAN-Canada Summit ..."); a meeting named in passing
        # mid-sentence does not take the focus
        keys = {m.key: m for m in self.x.meetings}
        primary = self.x.meetings[0].key if self.x.meetings else ""
        headings = self._headings()
        para = -1
        section = primary
        lead = ""  # the meeting the last paragraph that opened with one opened with
        kinds_named = KIND_NAMED.search(self.text) is not None  # (most releases call no meeting by its kind)
        for i, sent in enumerate(self.sents):
            if sent.para != para:
                # a heading ("๒. การประชุมรัฐมนตรีต่างประเทศอาเซียน-ออสเตรเลีย", "## 26th ASEAN-China Summit")
                # makes its meeting the focus of the paragraphs under it
                if headings.get(i) in keys:
                    section, lead = headings[i], ""
                elif self._heading_without_meeting(i):
                    lead = ""  # a heading that names no meeting ("## Economic recovery")
                para, focus = sent.para, lead or section
                first_of_para = True
            else:
                first_of_para = False
            opens_with_anaphor = any(n.value.anaphoric and sent.start <= n.start < sent.start + 15 for n in self.names)
            if opens_with_anaphor and focus and i in self.sentence_meeting:
                # "The Summit took place on the final day of the 47th ASEAN Summit": about the focus
                self.sentence_meeting[i] = focus
                continue
            if i in self.sentence_meeting:
                key = self.sentence_meeting[i]
                opening = [n for n in self.names if not n.value.anaphoric and sent.start <= n.start < sent.end
                           and self._series_key(n.value) == keys[key].series and
                           (n.start < sent.start + 60 or self._attended_first(n, sent))]
                if opening and (keys[key].status == "held" or self.in_sent(i, "person")):
                    focus = key
                    if first_of_para:
                        # "วันศุกร์ที่ ๒๖ ... รัฐมนตรีฯ เข้าร่วมการประชุม...อาเซียน-รัสเซีย": a day's meeting; the
                        # paragraphs after it that name none are about it too
                        lead = key
                continue
            # "... the 10th MGC Ministerial Meeting, which will be held in Bangkok ... . Dr. S. Jaishankar and
            # Mr. Pham Binh Minh will co-chair the Ministerial Meeting": the one of that kind just named
            kind = KIND_REFERENCE.search(self.text, sent.start, sent.end) if kinds_named else None
            before = [keys[k] for j in range(max(0, i - 2), i) if self.sents[j].para == sent.para
                      for k in self._meetings_named_in(j) if k in keys] if kind else []
            same = list({m.key: m for m in before if m.kind == KIND_WORDS[kind.group(1).lower()] and m.key != focus}.values())
            if len(same) == 1:
                self.sentence_meeting[i] = same[0].key
                continue
            # "...met ... for the Twenty-Fourth AEM Plus Three Consultations." then, a paragraph on, "The Consultations
            # were co-chaired by ...": the meeting just named with that word, and the paragraph's focus
            head = _OPENING_HEAD.match(self.text, sent.start, sent.end)
            if head and focus:
                word = head.group(1).lower().rstrip("s")
                recent = [keys[k] for j in range(i - 1, max(-1, i - 3), -1) for k in self._meetings_named_in(j) if k in keys]
                named = next((m for m in recent if word in m.name_as_written.lower()), None)
                if named is not None and named.key != focus:
                    focus = named.key
                    lead = named.key if first_of_para else lead
            if focus:
                self.sentence_meeting[i] = focus
        if self.x.meetings:
            primary = self.x.meetings[0]
            for i in range(len(self.sents)):
                self.sentence_meeting.setdefault(i, primary.key)
            self._modes_and_places(umbrella[1] if umbrella else [])
            self._past_meetings(background)

    def _past_meetings(self, background: list[tuple[Meeting, list[Mention]]]) -> None:
        """Meetings the release names only in passing, as done ("นับจากการประชุมครั้งที่ ๓ เมื่อเดือน
        สิงหาคม ๒๕๖๓", "the 16th ASEAN-India Summit in Bangkok on 3 November 2019"): held meetings
        with what the release says of them, when it names them precisely (an ordinal or a date); no
        one attends them and nothing is discussed at them in this release."""
        for meeting, mentions in background:
            if meeting.start is None:  # (one named in passing was not placed in time yet)
                self._place_in_time(meeting, mentions, False)
            if meeting.status != "held" or not (meeting.ordinal or meeting.start):
                continue
            meeting.key = self._key(meeting)
            meeting.label = self._label(meeting)
            if self.x.meeting(meeting.key):
                continue
            meeting.mode, meeting.city = self._own_mode_city(mentions)
            if meeting.mode == "online":
                meeting.city = ""
            elif meeting.city and not meeting.mode:
                meeting.mode = "in-person"  # (as for the meetings reported: held in a city, so in person)
            self.x.meetings.append(meeting)
            for nm in mentions:
                # "...ต่อยอดจากการประชุม...ครั้งที่ ๑ ซึ่งจัดขึ้นเมื่อ ... โดยมี ... เป็นประธานร่วม": a clause of its own
                # tells who was there
                s = self.sents[self.sent_of(nm.start)]
                if _TOLD_OF.match(self.text, nm.end, s.end) and self.m.within(nm.end, s.end, "person"):
                    self.sentence_meeting[self.sent_of(nm.start)] = meeting.key

    def _own_mode_city(self, mentions: list[Mention]) -> tuple[str, str]:
        """The mode and city told of a meeting named in passing, in the words after its name up to the next
        meeting named (or referred to) or the sentence's end: "...นับจากการประชุมครั้งที่ ๓๒ ซึ่งจัดขึ้นเมื่อวันที่
        ๒๘ มีนาคม ๒๕๖๒ ณ กรุงวอชิงตัน ดี.ซี. และเป็นครั้งแรกที่จัดขึ้นในรูปแบบการประชุมทางไกล" (the
        videoconference is this release's meeting)."""
        mode = city = ""
        for nm in mentions:
            s = self.sentence_at(nm.start)
            end = min([s.end] + [n.start for n in self.names if nm.end <= n.start < s.end and n is not nm])
            mode = mode or ("hybrid" if self._cue_cut(HYBRID, nm.end, end) else "online" if
                            self._cue_cut(ONLINE, nm.end, end) else "in-person" if self._cue_cut(IN_PERSON, nm.end, end)
                            else "")
            city = city or next((p.value for p in self.m.within(nm.end, end, "place")
                                 if AT_PLACE.search(self.text, max(0, p.start - 80), p.start, self.folded)), "")
        return mode, city

    def _heading_without_meeting(self, i: int) -> bool:
        """Sentence ``i``, which opens its paragraph, is the whole paragraph and short: a heading."""
        s = self.sents[i]
        alone = i + 1 == len(self.sents) or self.sents[i + 1].para != s.para
        return alone and s.end - s.start <= HEADING_LENGTH

    def _headings(self) -> dict[int, str]:
        """Paragraphs that are little more than a meeting's name ("๒. การประชุมรัฐมนตรีต่างประเทศอาเซียน-
        ออสเตรเลีย", "2. The 22nd ASEAN Plus Three Foreign Ministers' Meeting"): first sentence -> meeting."""
        by_para: dict[int, list[int]] = {}
        for i, sent in enumerate(self.sents):
            by_para.setdefault(sent.para, []).append(i)
        out: dict[int, str] = {}
        for ids in by_para.values():
            first, last = self.sents[ids[0]], self.sents[ids[-1]]
            line = HEADING_MARK.sub("", self.text[first.start:last.end]).strip()
            names = [n for n in self.names if not n.value.anaphoric and first.start <= n.start < last.end]
            if names and len(line) <= HEADING_LENGTH and sum(n.end - n.start for n in names) >= 0.6 * len(line):
                key = self.sentence_meeting.get(self.sent_of(names[0].start))
                if key:
                    out[ids[0]] = key
            elif not names and 0 < len(line) <= 40:
                # "## อาเซียน-จีน", "ASEAN-New Zealand": the parties alone, of the one meeting they hold here
                parties = {self.country_of(a.value) for a in self.m.within(first.start, last.end, "actor")}
                rest = re.sub(r"[\s\-–—:.]+", "", line)
                covered = sum(a.end - a.start for a in self.m.within(first.start, last.end, "actor"))
                held = [m.key for m in self.x.meetings if parties and set(m.parties) == parties | {"asean"}]
                if len(held) == 1 and "asean" in parties and covered >= 0.8 * len(rest):
                    out[ids[0]] = held[0]
        return out

    def _led_by(self, nm: Mention, cue: re.Pattern, reach: int = 30) -> bool:
        """The cue ends right before the name, within its sentence (and ``reach`` characters)."""
        s = self.sentence_at(nm.start)
        return bool(cue.search(self.text[max(s.start, nm.start - reach):nm.start]))

    def _occasion(self, nm: Mention) -> bool:
        """"on the sidelines of the 43rd ASEAN Summit", "the ASEAN Foreign Ministers' Meeting and Related
        Meetings": named as the occasion of another meeting."""
        if nm not in self._occasion_memo:
            self._occasion_memo[nm] = self._led_by(nm, OCCASION) or bool(RELATED_AFTER.match(self.text, nm.end))
        return self._occasion_memo[nm]

    def _framework(self, nm: Mention) -> bool:
        """"๑๘ ประเทศที่เข้าร่วมการประชุมสุดยอดเอเชียตะวันออก", "countries participating in the East Asia
        Summit": the forum as a body, not a meeting held."""
        if nm not in self._framework_memo:
            self._framework_memo[nm] = self._named_as_framework(nm)
        return self._framework_memo[nm]

    def _named_as_framework(self, nm: Mention) -> bool:
        # (90 characters: "interest in taking part in the East Asia Summit and in the ADMM-Plus")
        if not nm.value.ordinal and (self._led_by(nm, FRAMEWORK, 90) or FRAMEWORK_AFTER.match(self.text, nm.end)):
            return True  # (or "the other East Asia Summit (EAS) participating countries")
        # "in his capacity as ASEAN-Indonesia SOM Leader", "Head of Viet Nam's ASEAN SOM delegation": a title
        return nm.value.kind == "SeniorOfficialsMeeting" and \
            bool(re.match(r"[\s-]+(?:Leaders?|[Dd]elegations?)\b", self.text[nm.end:nm.end + 14]))

    def _anchored(self, nm: Mention) -> bool:
        """A meeting the release reports, not one it mentions in passing."""
        if self._framework(nm):
            return False
        i = self.sent_of(nm.start)
        s = self.sents[i]
        if self._occasion(nm):
            return False
        if self._cue(PLANNED, s):
            return True
        if self.in_sent(i, "date") and not self._cue(RECALL, s):
            return True
        if (self.in_sent(i, "person") or self.in_sent(i, "position")) and (self._cue(ATTEND, s) or
                                                                          self._cue(CO_CHAIR, s)):
            return True  # "Later in the day the Prime Minister joined the 16th East Asia Summit"
        # "ASEAN Foreign Ministers then convened the ASEAN-United Kingdom Post Ministerial Conference, the
        # first since ... in August 2021": the sentence's verb holds the meeting, the year is an aside
        if DOES_MEETING.search(self.text, max(s.start, nm.start - 30), nm.start):
            return True
        # "first announced at the 12th ASEAN-India Summit in Nay Pyi Taw in November 2014"
        if any(y.value < self.release_date.year for y in self.in_sent(i, "year") if abs(y.start - nm.end) < 80):
            return False
        if self._cue(HELD, s) and not self._cue(RECALL, s):
            return True
        return nm.start - s.start < 40 and not self._cue(RECALL, s)

    def _planned_near(self, nm: Mention) -> bool:
        s = self.sentence_at(nm.start)
        return PLANNED.search(self.text, max(s.start, nm.start - 80), min(s.end, nm.end + 80), self.folded) is not None

    @staticmethod
    def _distance(a: Mention, b: Mention) -> int:
        """Characters between two mentions (0 if they touch or overlap)."""
        return max(0, a.start - b.end, b.start - a.end)

    def _reported_held(self, nm: Mention) -> bool:
        """The sentence tells the meeting itself, weeks back: "It followed the 33rd ASEAN-Australia
        Forum, at which senior officials met by videoconference on 17 March 2021"."""
        i = self.sent_of(nm.start)
        s = self.sents[i]
        return bool(MET.search(self.text, nm.end, s.end)) and any(d.start > nm.end for d in self.in_sent(i, "date")) \
            and not self._cue(RECALL, s)

    def _names_meeting(self, n: Mention, meeting: Meeting) -> bool:
        """Whether a name names this meeting: its series, and its number if both have one."""
        return self._series_key(n.value) == meeting.series and \
            (n.value.ordinal is None or meeting.ordinal in (None, n.value.ordinal))

    def _series_key(self, v: MeetingName) -> str:
        if v not in self._series_memo:
            self._series_memo[v] = self._series_of(v)
        return self._series_memo[v]

    def _series_of(self, v: MeetingName) -> str:
        if v.mechanism and v.track.startswith(v.mechanism):
            base = slug(v.track)
        else:
            partners = sorted(p for p in v.parties if p != "asean")
            group = ["asean"] if "asean" in v.parties else []
            if set(self.mekong) <= set(partners):  # the Mekong-Japan series, not "cambodia-japan-laos-..."
                group, partners = ["mekong"], [p for p in partners if p not in self.mekong]
            base = "-".join([*group, *partners, v.track or "meeting"]).strip("-")
        return slug(base + (f"-{v.qualifier}" if v.qualifier else ""))

    def _key(self, m: Meeting) -> str:
        if m.ordinal:
            return f"{m.series}/{m.ordinal}"
        if m.start:
            return f"{m.series}/{m.start.isoformat()}"
        return f"{m.series}/{(self.release_date.year if self.release_date else 'undated')}"

    def _label(self, m: Meeting) -> str:
        if m.mechanism and m.series.startswith(slug(m.mechanism)):
            base = self.ref.mechanisms[m.mechanism].label_en
            track = m.series[len(slug(m.mechanism)):].strip("-").split("-")[0]
            if track in KIND_LABELS and KIND_LABELS[track] not in base:
                base = f"{base} {KIND_LABELS[track]}"
            elif not track and not re.search(r"Meeting|Summit|Forum|Dialogue|Conference|Retreat|Consultations", base):
                # "Lower Mekong Initiative": a framework's name; its meeting is the framework's ministerial
                base = f"{base} {MEETING_OF_KIND.get(m.kind, 'Meeting')}"
        else:
            mekong = set(self.mekong) <= set(m.parties)
            partners = [self.ref.actors[p].short_en for p in m.parties if p != "asean" and p in self.ref.actors
                        and not (mekong and p in self.mekong)]
            track = m.series.split("-")[-1] if not m.qualifier else m.series.split("-")[-2]
            names = (["ASEAN"] if "asean" in m.parties else []) + (["Mekong"] if mekong else []) + partners
            # (a dialogue on a subject: "ASEAN-Australia Dialogue on Women Peace Security")
            kind_label = KIND_LABELS.get(track, "Meeting")
            if "-dialogue-" in m.series:  # (a dialogue on a subject, or one of its own name: see recognise.py)
                kind_label = "Dialogue on " + " ".join(w.capitalize() for w in m.series.split("-dialogue-", 1)[1].split("-"))
            elif "-dlg-" in m.series:
                kind_label = " ".join(w.capitalize() for w in m.series.split("-dlg-", 1)[1].split("-")) + " Dialogue"
            base = "-".join(names) + " " + kind_label
        if m.qualifier and m.qualifier not in base:
            base = f"{m.qualifier} {base}"
        return f"{ordinal_suffix(m.ordinal)} {base}" if m.ordinal else base

    def _place_in_time(self, meeting: Meeting, mentions: list[Mention], primary: bool) -> None:
        candidates: list[tuple[int, int, int, int, Mention]] = []  # (other meetings, told held?, order, distance, date)
        planned = False
        for nm in mentions:
            i = self.sent_of(nm.start)
            s = self.sents[i]
            cues = PLANNED.words(self.text, max(s.start, nm.start - 80), min(s.end, nm.end + 80), self.folded)
            # "... were held in Brussels ahead of the leaders' meeting": ahead of another meeting
            if REPORTED_PAST.search(self.text, s.start, s.end):
                cues = [c for c in cues if not PREPARING.fullmatch(c)]
            if cues:
                planned = True
            dates = self.in_sent(i, "date")
            if len(dates) > 1:
                # "PASAY CITY 10 September 2020 – ... co-chaired the ... Meeting on 09 September 2020": the
                # dateline tells when the release was written
                dates = [d for d in dates if not self._is_dateline(d)] or dates
            # (another meeting of the series too: "...ครั้งนี้เป็นครั้งแรกนับจากการประชุมครั้งที่ ๓๒ ซึ่งจัดขึ้นเมื่อ...")
            other_names = [n for n in self.names if not n.value.anaphoric and s.start <= n.start < s.end
                           and n is not nm and (self._series_key(n.value) != meeting.series or
                                                n.value.ordinal not in (None, meeting.ordinal) and meeting.ordinal)]
            recalls = self._recalls(s, meeting)
            if not dates and not self._occasion(nm):
                # "๑. การประชุมรัฐมนตรีอาเซียน-รัสเซีย" then "การประชุมจัดขึ้นเมื่อวันที่ ๒๕ ...", "The Summit was
                # held on ...": the sentence after the name says when
                told_after = self._told_after(i)
                if told_after is not None:
                    candidates.append((0, 0, i, 0, told_after))
                continue
            # ("the 56th AMM and Related Meetings, 11-14 July": the season's days are its own)
            if (recalls and len(dates) > 1) or self._led_by(nm, OCCASION):
                continue
            # a sentence that says the meeting was held says when ("... the AMM Retreat, which was held on 16
            # and 17 February"), over a headline's dates of a whole visit
            told = 0 if self._cue(HELD, s) else 1
            if len(dates) == 1 and not recalls:
                # "On 6 September, the 26th ASEAN-China and ASEAN Plus Three Summits ...": one date for all
                candidates.append((len(other_names), told, i, 0, dates[0]))
                continue
            # the date nearest to a mention of the meeting in the sentence ("การประชุม... (ASEAN-Russia
            # Commemorative Summit) ระหว่างวันที่ ๑๙ - ๒๐ พ.ค."), not one closer to another meeting's name
            dates.sort(key=lambda d: self._distance(d, nm))
            for d in dates:
                if not any(self._distance(d, o) < self._distance(d, nm) for o in other_names):
                    candidates.append((len(other_names), told, i, self._distance(d, nm), d))
                    break
        chosen: Mention | None = min(candidates, key=lambda c: c[:4])[4] if candidates else None
        if chosen is None and primary:
            # "เมื่อวันที่ 6 พฤษภาคม 2564 ..." in the lead, or "The meeting was held on ..."
            for i, s in enumerate(self.sents):
                if s.para > 2:
                    break
                dates = self.in_sent(i, "date")
                names = [n for n in self.names if s.start <= n.start < s.end and not n.value.anaphoric
                         and self._series_key(n.value) != meeting.series]
                if dates and not self._cue(RECALL, s) and (not names or len(dates) == 1):
                    chosen = dates[0]
                    break
                # "เมื่อวันพุธที่ 14 พ.ย. 2561 พลเอก ประยุทธ์ ... เข้าร่วมการประชุม...": the date that opens the
                # lead is the meeting's, whatever dates the rest of the paragraph recalls
                if dates and dates[0].start - s.start <= 25:
                    chosen = dates[0]
                    break
        if chosen is None and primary and meeting.start is None:
            # "Leaders ... met in Brussels on Wednesday": the last such weekday up to the release's date
            for nm in mentions:
                s = self.sentence_at(nm.start)
                wd = WEEKDAY.search(self.text, s.start, s.end)
                if wd and self.release_date:
                    n = WEEKDAYS[(wd.group("day") or wd.group("th")).lower()]
                    day = self.release_date - timedelta(days=(self.release_date.weekday() - n) % 7)
                    meeting.start = meeting.end = day
                    break
        if chosen is None and primary and meeting.start is None and self.release.meta.get("date") and any(
                TODAY.search(self.text, self.sentence_at(nm.start).start, self.sentence_at(nm.start).end)
                for nm in mentions):
            # "Prime Minister Albanese today joined ... the second annual ASEAN-Australia Summit"
            meeting.start = meeting.end = self.release_date
        if chosen is None and meeting.start is None:
            # "Later in the day, ... the ministerial meetings with ...", "ในวันเดียวกัน": the day of the
            # meeting the release told just before
            for nm in mentions:
                i = self.sent_of(nm.start)
                if not SAME_DAY.search(self.text, self.sents[i].start, nm.start):
                    continue
                told = (self.x.meeting(self.sentence_meeting.get(j, "")) for j in range(i - 1, -1, -1))
                last = next((m for m in told if m is not None and m.start and m.start == m.end), None)
                if last is not None:
                    meeting.start = meeting.end = last.start
                    break
        if chosen is None and meeting.start is None and self.release_date:
            # "At yesterday's ASEAN-New Zealand Foreign Ministers' Meeting", "the ARF today": the day
            # next to the name, counted from the release's
            for nm in mentions:
                s = self.sentence_at(nm.start)
                near_name = list(RELATIVE_DAY.finditer(self.text, max(s.start, nm.start - 60), min(s.end, nm.end + 40)))
                if near_name:
                    word = near_name[0].group().lower().rstrip("'s’")
                    day = self.release_date + timedelta(days=RELATIVE_DAYS[word])
                    meeting.start = meeting.end = day
                    planned = planned or day > self.release_date
                    break
        if chosen is not None:
            dv: DateValue = chosen.value
            meeting.start, meeting.end = dv.start, dv.end
            told = self.sentence_at(chosen.start)
            if self.release_date and dv.start < self.release_date <= dv.end and (dv.end - dv.start).days >= 2 and \
                    TODAY.search(self.text, told.start, told.end):
                # "the meetings held from 8 to 11 July ..., Bui Thanh Son today co-chaired ...": that day (a
                # summit's two days with "today" stay the summit's)
                meeting.start = meeting.end = self.release_date
            if not dv.has_year and self.release_date and dv.start < self.release_date and planned:
                meeting.start = dv.start.replace(year=dv.start.year + 1)
                meeting.end = dv.end.replace(year=dv.end.year + 1)
        if not planned and meeting.start is None and self.release_date:
            planned = any(self._later_month(nm) for nm in mentions)
        if planned or (meeting.start and self.release_date and meeting.start > self.release_date):
            meeting.status = "planned"
        else:
            meeting.status = "held"
        # neither a cue nor a date said when: the release's main meeting decides (an announcement of
        # the 58th AMM and its related meetings plans them all)
        meeting.status_said = planned or meeting.start is not None

    def _meeting_named(self, n: Mention) -> str | None:
        """The meeting of this release a name names (its series, and its number if it has one)."""
        return next((m.key for m in self.x.meetings if self._names_meeting(n, m)), None)

    def _meetings_named_in(self, i: int) -> list[str]:
        """The meetings sentence ``i`` names, in order (not by "the meeting", nor as an occasion or a forum)."""
        s = self.sents[i]
        keys: list[str] = []
        for n in self.names:
            if n.value.anaphoric or not s.start <= n.start < s.end or self._occasion(n) or self._framework(n):
                continue
            key = self._meeting_named(n)
            if key and key not in keys:
                keys.append(key)
        return keys

    def _attended_first(self, n: Mention, sent: Sentence) -> bool:
        """"ในวันรุ่งขึ้น (๘ กันยายน) นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการต่างประเทศได้เข้าร่วมการประชุม...": the
        first meeting the sentence names, as what its subject attended."""
        return bool(ATTENDED_BEFORE.search(self.text, max(sent.start, n.start - 14), n.start)) and not any(
            o.start < n.start for o in self.names if not o.value.anaphoric and sent.start <= o.start)

    def _told_after(self, i: int) -> Mention | None:
        """The date of "the meeting was held on ..." in the sentence after sentence ``i``: it opens by
        calling the meeting "the meeting" and names no other."""
        if i + 1 >= len(self.sents):
            return None
        s = self.sents[i + 1]
        dates = self.in_sent(i + 1, "date")
        names = [n for n in self.names if s.start <= n.start < s.end]
        if len(dates) == 1 and all(n.value.anaphoric for n in names) and THE_MEETING.match(self.text, s.start) \
                and HELD.search(self.text, s.start, dates[0].start, self.folded) \
                and not RECALL.search(self.text, s.start, dates[0].start, self.folded):
            return dates[0]
        return None

    def _later_month(self, nm: Mention) -> bool:
        """"การประชุมรัฐมนตรีต่างประเทศอาเซียน-ญี่ปุ่น ในเดือนกรกฎาคม ๒๕๖๗", "the Summit in October
        2024": a month after the release's, right after the name, says the meeting is still to come."""
        month = self._month_after(nm)
        return month is not None and month > (self.release_date.year, self.release_date.month)

    def _earlier_month(self, nm: Mention) -> bool:
        """"...ครั้งที่ 10 เมื่อเดือน พ.ย. 2564" in a release of March 2565: a month before the release's says
        the meeting was one of the past."""
        month = self._month_after(nm)
        return month is not None and month < (self.release_date.year, self.release_date.month)

    def _month_after(self, nm: Mention) -> tuple[int, int] | None:
        """(year, month) written right after a meeting's name."""
        from kg.recognise import MONTHS_EN, MONTHS_TH, _year

        m = MONTH_YEAR.match(self.text, nm.end)  # (the normalised text has Western digits)
        if not m or not self.release_date:
            return None
        month = MONTHS_TH.get(m.group("month")) or MONTHS_EN.get(m.group("month").lower())
        return (_year(m.group("year"), None, None), month) if month else None

    def _modes_and_places(self, umbrella: list[Mention]) -> None:
        """Mode and city from the sentences that name the meeting, then those that follow it; sessions
        of a reported series inherit the series' mode and city."""
        lead_mode, lead_city = self._mode_city([self.sent_of(n.start) for n in umbrella]) if umbrella else ("", "")
        for meeting in self.x.meetings:
            # (a name of the same series with another number is another meeting: the 15th EAS is not
            # where the 14th was)
            explicit = sorted({self.sent_of(n.start) for n in self.names if not n.value.anaphoric
                               and self._names_meeting(n, meeting)})
            # (not a sentence looking back: "the two intervening Summits having been held in virtual format")
            following = sorted(i for i, k in self.sentence_meeting.items() if k == meeting.key and i not in explicit
                               and not self._cue(RECALL, self.sents[i]))
            mode, city = self._mode_city(explicit)
            later_mode, later_city = self._mode_city(following)
            mode = mode or later_mode
            if not city:
                city = self._mode_city(following[:3])[1] if later_city else ""
            if umbrella and meeting.status == "held":
                mode, city = mode or lead_mode, city or lead_city
            if city and not mode:
                mode = "in-person"
            if mode == "online":
                city = ""
            meeting.mode, meeting.city = mode, city
        self._same_day_places()

    def _same_day_places(self) -> None:
        """Held meetings the release places nowhere: those on the main meeting's days were where it was
        ("a day of PMC+1 sessions"); the main one, or one on the dateline's day, where the dateline
        says ("JAKARTA, 6 September 2023 – ..."). Online meetings have no city."""
        lead = self.x.meetings[0]
        dateline = self._dateline()
        for meeting in self.x.meetings:
            same_visit = meeting.status == lead.status and meeting.start  # (planned ones on a planned lead's days)
            if (meeting.status != "held" and not same_visit) or meeting.mode == "online" or meeting.city:
                continue
            if meeting is not lead and meeting.start and lead.start and lead.city and \
                    meeting.start <= (lead.end or lead.start) and lead.start <= (meeting.end or meeting.start):
                # (or days that take in its day: the Ministers' days in Vientiane, 24-26 July, and the
                # ASEAN-Russia meeting of the 25th)
                meeting.city, meeting.mode = lead.city, meeting.mode or lead.mode
            elif meeting is not lead and meeting.start and lead.start and lead.city and \
                    {p.value for p in self.m.of("place")} == {lead.city} and abs((meeting.start - lead.start).days) <= 7:
                # a release that names one city only: the week's meetings it reports are there
                meeting.city = lead.city
            elif dateline and (meeting is lead or meeting.start == dateline[1]) and \
                    (meeting.start is None or meeting.start == dateline[1]):
                meeting.city = dateline[0]
            if meeting.city and not meeting.mode:
                meeting.mode = "in-person"

    def _is_dateline(self, d: Mention) -> bool:
        """A date that opens one of the first paragraphs, after no more than a place in capitals or
        title case, and is followed by a dash: "PASAY CITY 10 September 2020 –", "Manila, 9 May 2023 -"."""
        s = self.sentence_at(d.start)
        return s.para <= 3 and bool(DATELINE_HEAD.fullmatch(self.text, s.start, d.start)) and \
            bool(DASH.match(self.text, d.end))

    def _dateline(self) -> tuple[str, date | None] | None:
        """"JAKARTA, 6 September 2023 –", "NEW DELHI, 25 January 2018": where and when a release was
        written, at the head of one of its first paragraphs."""
        for place in self.m.of("place"):
            i = self.sent_of(place.start)
            s = self.sents[i]
            if s.para > 3:
                break
            head = self.text[s.start:place.start]
            first = next(iter(self.m.within(s.start, place.start, "date")), None)
            if first and re.fullmatch(r"[\s*_#]*", self.text[s.start:first.start]) and \
                    re.fullmatch(r"\s*[–—-]\s*", self.text[first.end:place.start]):
                return place.value, first.value.start  # "July 27, 2024 - Vientiane, Lao PDR - Global Affairs Canada"
            if not re.fullmatch(r"[\s*_#]*", head):
                continue
            after = self.text[place.end:place.end + 4]
            d = next(iter(self.m.within(place.end, place.end + 40, "date")), None)
            if re.match(r"\s*[,(–-]", after) and d is not None and d.start - place.end <= 4:
                return place.value, d.value.start
        return None

    def _mode_city(self, sent_ids: list[int]) -> tuple[str, str]:
        """The first attendance mode and the first city ("ณ กรุง…", "held in …") the sentences give."""
        mode = city = ""
        for i in sent_ids:
            sentence_mode, sentence_city = self._sentence_mode_city(i)
            mode, city = mode or sentence_mode, city or sentence_city
            if mode and city:
                break
        return mode, city

    @cached_property
    def _names_modes(self) -> bool:
        """Whether the text has a word of an attendance mode at all (MODE_ANCHOR, one quick search):
        most releases have none, and then no sentence needs searching for one."""
        return MODE_ANCHOR.search(self.text, 0, len(self.text), self.folded) is not None

    def _sentence_mode_city(self, i: int) -> tuple[str, str]:
        if i in self._mode_cache:
            return self._mode_cache[i]
        s = self.sents[i]
        mode = "" if not self._names_modes else "hybrid" if self._cue(HYBRID, s) else \
            "online" if self._cue(ONLINE, s) else "in-person" if self._cue(IN_PERSON, s) else ""
        city = next((p.value for p in self.in_sent(i, "place")
                     if AT_PLACE.search(self.text, max(0, p.start - 80), p.start, self.folded)), "")
        self._mode_cache[i] = (mode, city)
        return mode, city

    # -------------------------------------------------------- people
