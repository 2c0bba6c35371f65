"""Relate mentions into facts: which meeting a sentence is about, who attended it in what role and
for whom, what was pledged or proposed, which partnerships, coordinators and topics were named.

The rules look at sentence structure and cue words in both languages (lists below), never at one
release's wording. Each fact keeps the evidence span it came from.

The rules live by subject in :mod:`.meetings`, :mod:`.people`, :mod:`.commitments` and
:mod:`.partnerships`, the cue words in :mod:`.cues`.
"""

from __future__ import annotations

import re
from datetime import date

from kg.errors import ExtractionError
from kg.facts import Extraction
from kg.normalise import Text
from kg.read import Release
from kg.recognise import Mentions
from kg.relate.commitments import CommitmentRules
from kg.relate.cues import BACKGROUND_DAYS, PLANNED, REPORTED_PAST
from kg.relate.meetings import MeetingRules
from kg.relate.partnerships import PartnershipRules
from kg.relate.people import PeopleRules, romanise

__all__ = ["Relater", "relate", "release_date", "romanise"]


class Relater(MeetingRules, PeopleRules, CommitmentRules, PartnershipRules):
    """One release's mentions turned into facts."""

    def run(self) -> Extraction:
        self.meetings()
        if self.x.meetings:
            self.participations()
            self.short_titles()
            self.office_holders()
            self.heads_of_delegation()
            self.first_person()
            self.pronoun_roles()
            self.pledges()
            self.proposals()
            self.topics()
        # (a release that names no meeting still tells who coordinates: "The Philippines serves as the country
        # coordinator for ASEAN-GCC relations")
        self.coordinators()
        self.handovers()
        self.partnerships()
        return self.x


def release_date(release: Release, mentions: Mentions, text: str) -> date | None:
    """The front matter's date, else the date on the release's last line (the Ministry signs off with
    it), else the first full date in the text, else the first day-month date in a year the text names
    ("On 4 August ... Chairmanship in 2022")."""
    raw = release.meta.get("date", "")
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", raw)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise ExtractionError(f"impossible date '{raw}' in the front matter", release.path) from None
    dates = mentions.of("date")
    full = [d for d in dates if d.value.has_year]
    if not full:
        return dates[0].value.start if dates else None
    last = full[-1]
    if not text[last.end:].strip() and not text[text.rfind("\n", 0, last.start) + 1:last.start].strip():
        return last.value.start  # "กระทรวงการต่างประเทศ / ๗ กรกฎาคม ๒๕๖๘": the date the release is signed with
    day = full[0].value.end  # "๗-๘ มิถุนายน ๒๕๖๗": a release comes out when its meetings are over
    for d in full[1:]:
        # "ในวันเสาร์ที่ ๒๗ กรกฎาคม ๒๕๖๗ รัฐมนตรี...ได้เข้าร่วม": a later day the release tells as past
        clause = text[d.start:text.find("\n", d.end) % (len(text) + 1)][:300]
        if 0 < (d.value.end - day).days <= BACKGROUND_DAYS and REPORTED_PAST.search(clause) and \
                not PLANNED.search(clause):
            day = d.value.end
    return day


def relate(release: Release, text: Text, mentions: Mentions) -> Extraction:
    if mentions.impossible_dates:
        bad = mentions.impossible_dates[0]
        raise ExtractionError(f"impossible date '{text.quote(bad.start, bad.end)[0]}'", release.path)
    day = release_date(release, mentions, text.text)
    if day is None:
        raise ExtractionError("no date found in the release (give one in the text or the front matter)", release.path)
    return Relater(release, text, mentions, day).run()
