"""The facts a release gives, before they become RDF: what :mod:`kg.relate` produces and
:mod:`kg.build` turns into triples. Every fact carries its evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.curate import Curation


@dataclass(frozen=True)
class Evidence:
    """The exact words behind a fact: ``quote == raw[start:end]`` of the file as read."""

    quote: str
    start: int
    end: int


@dataclass
class Meeting:
    key: str  # series key + ordinal/date/year: the stable part of the meeting's IRI
    series: str
    kind: str  # Summit | MinisterialMeeting | SeniorOfficialsMeeting | Other
    parties: list[str]  # actor ids
    label: str
    name_as_written: str
    evidence: Evidence
    ordinal: int | None = None
    start: date | None = None
    end: date | None = None
    mode: str = ""  # in-person | online | hybrid | ""
    status: str = "held"
    city: str = ""  # place id
    mechanism: str = ""
    qualifier: str = ""
    language: str = ""
    status_said: bool = False  # the release said held or planned (a cue or a date), not inferred


@dataclass
class Person:
    key: str  # reference id or slug of the English name
    name_en: str
    name_th: str
    in_reference: bool
    machine_romanised: bool = False


@dataclass
class Participation:
    meeting: str  # Meeting.key
    person: str  # Person.key
    role: str  # chair | co-chair | host | participant
    position: str
    represents: str  # actor id or ""
    evidence: Evidence
    curated: Curation | None = None  # set when a curator added the fact


@dataclass
class Commitment:
    kind: str  # pledge | proposal
    meeting: str
    by: str  # actor id
    evidence: Evidence
    recipient: str = ""
    amount: str = ""
    currency: str = ""
    qualifier: str = ""
    purpose: str = ""
    purpose_topic: str = ""
    years: int | None = None
    number: int | None = None
    text: str = ""
    curated: Curation | None = None  # set when a curator added the fact


@dataclass
class Partnership:
    partner: str
    level: str
    evidence: Evidence
    since: int | None = None
    meeting: str = ""
    curated: Curation | None = None  # set when a curator added the fact


@dataclass
class CoordinatorRole:
    coordinator: str
    partner: str
    evidence: Evidence
    meeting: str = ""
    curated: Curation | None = None  # set when a curator added the fact


@dataclass
class TopicDiscussion:
    meeting: str
    topic: str
    evidence: Evidence
    curated: Curation | None = None  # set when a curator added the fact


@dataclass
class Note:
    """Something recognised but not understood: an unknown organisation, a date it could not place."""

    what: str
    text: str
    evidence: Evidence


@dataclass
class Extraction:
    release: str  # file stem
    language: str
    release_date: date | None
    meetings: list[Meeting] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)
    participations: list[Participation] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    partnerships: list[Partnership] = field(default_factory=list)
    coordinators: list[CoordinatorRole] = field(default_factory=list)
    topics: list[TopicDiscussion] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    curation: Curation | None = None
    retractions: list[str] = field(default_factory=list)

    def meeting(self, key: str) -> Meeting | None:
        return next((m for m in self.meetings if m.key == key), None)

    def evidence_spans(self) -> list[Evidence]:
        spans = [m.evidence for m in self.meetings]
        for group in (self.participations, self.commitments, self.partnerships, self.coordinators, self.topics,
                      self.notes):
            spans.extend(x.evidence for x in group if not getattr(x, "curated", None))
        return spans
