"""What every rule shares: the release, its sentences and mentions, and where a position falls."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from kg.facts import (
    CoordinatorRole,
    Evidence,
    Extraction,
    Meeting,
)
from kg.normalise import Text
from kg.read import Release
from kg.recognise import (
    MeetingName,
    Mention,
    Mentions,
    find_meeting_names,
    near,
)
from kg.reference import Reference, load_reference
from kg.relate.cues import (
    RECALL,
    Cue,
)
from kg.relate.sentences import Sentence, sentences


class RelaterBase:
    """The state every group of rules reads and adds to: the release, its sentences, mentions and
    meeting names, the facts so far (``x``) and which meeting each sentence is about."""

    def __init__(self, release: Release, text: Text, mentions: Mentions, release_date: date) -> None:
        self.release = release
        self.t = text
        self.text = text.text
        self.m = mentions
        self.ref: Reference = load_reference()
        self.language = release.language
        self.release_date = release_date
        self.sents = sentences(self.text, self.language)
        self._sent_starts = [s.start for s in self.sents]
        self.names = find_meeting_names(self.text, mentions.items)
        self.x = Extraction(release.stem, self.language, release_date)
        self.sentence_meeting: dict[int, str] = {}
        self.umbrella_sents: set[int] = set()  # sentences naming a series whose sessions are reported
        self.umbrella_kind = "MinisterialMeeting"  # the kind of those sessions
        self.umbrella_status = "held"  # and whether they are done or to come
        self._mode_cache: dict[int, tuple[str, str]] = {}
        # what the rules ask of one name many times over (this release's only)
        self._occasion_memo: dict[Mention, bool] = {}
        self._framework_memo: dict[Mention, bool] = {}
        self._series_memo: dict[MeetingName, str] = {}
        self.coordinator_cues: list[tuple[int, CoordinatorRole]] = []  # where in the text each role was told
        self.publisher_country = self._publisher_country()
        self.mekong = self.ref.mekong_countries()
        folded = self.text.casefold()
        self.folded: str | None = folded if len(folded) == len(self.text) else None  # for Cue.search

    # -------------------------------------------------------- helpers

    def ev(self, start: int, end: int) -> Evidence:
        quote, a, b = self.t.quote(start, end)
        return Evidence(quote, a, b)

    def sent_of(self, pos: int) -> int:
        """The sentence holding ``pos``; the last one for a position between sentences."""
        i = bisect_right(self._sent_starts, pos) - 1
        if i >= 0 and pos < self.sents[i].end:
            return i
        return len(self.sents) - 1

    def sentence_at(self, pos: int) -> Sentence:
        return self.sents[self.sent_of(pos)]

    def _cue(self, cue: Cue, s: Sentence) -> bool:
        return cue.search(self.text, s.start, s.end, self.folded) is not None

    def _cue_cut(self, cue: Cue, start: int, end: int) -> bool:
        """The cue in the text from ``start`` to ``end`` cut out (a \\b or a lookbehind at either end sees
        nothing beyond it, as when the rule searched the slice)."""
        return cue.search(self.text[start:end], folded=self._folded_span(start, end)) is not None

    def _folded_sentence(self, s: Sentence) -> str | None:
        """The sentence casefolded, for Cue searches of the sentence alone (None: there is no casefolded
        text, search the sentence as it is)."""
        return self._folded_span(s.start, s.end)

    def _folded_span(self, start: int, end: int) -> str | None:
        """The text from ``start`` to ``end`` casefolded, for Cue searches of that stretch alone, cut
        out (None: there is no casefolded text, search the stretch as it is)."""
        return self.folded[start:end] if self.folded is not None else None

    def _recalls(self, s: Sentence, meeting: Meeting) -> bool:
        """The sentence looks back; an anniversary is no look back for the meeting that celebrates it
        ("การประชุมสุดยอดอาเซียน-รัสเซีย สมัยพิเศษ เพื่อฉลองครบรอบ ๒๐ ปี ... ระหว่างวันที่ ๑๙ - ๒๐ พ.ค.")."""
        cues = RECALL.words(self.text, s.start, s.end, self.folded)
        if meeting.qualifier in ("Commemorative", "Special"):
            cues = [c for c in cues if c not in ("ครบรอบ", "anniversary")]
        return bool(cues)

    def _near(self, cue: Cue, before: int, after: int) -> list[tuple[int, int]]:
        """The stretches of text around each of the cue's words (see :func:`kg.recognise.near`), the
        words found on the casefolded text where there is one."""
        if self.folded is not None:
            return near(cue.folded, self.folded, before, after)
        return near(cue.ci, self.text, before, after)

    def in_sent(self, i: int, *kinds: str) -> list[Mention]:
        s = self.sents[i]
        return self.m.within(s.start, s.end, *kinds)

    def _publisher_country(self) -> str:
        pub = (self.release.meta.get("publisher") or "").lower()
        for actor in self.ref.actors.values():
            if actor.type == "Country" and actor.label_en.lower() in pub:
                return actor.id
        if "thai" in pub or "กระทรวงการต่างประเทศ" in pub or (not pub and self.language == "th"):
            return "thailand"
        if not pub:
            # a byline of its own in the release's first lines: "Ministry of External Affairs, New Delhi"
            start = 0
            for line in self.text.split("\n")[:4]:
                agencies = [a for a in self.m.within(start, start + len(line), "actor")
                            if (actor := self.ref.actors.get(a.value)) and actor.type == "GovernmentAgency" and actor.parent]
                if len(line) < 100 and len(agencies) == 1:
                    return self.country_of(agencies[0].value)
                start += len(line) + 1
        return ""

    def country_of(self, actor_id: str) -> str:
        actor = self.ref.actors.get(actor_id)
        if actor and actor.type == "GovernmentAgency" and actor.parent:
            return actor.parent
        return actor_id

    # -------------------------------------------------------- meetings
