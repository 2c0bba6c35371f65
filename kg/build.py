"""Build RDF from a release's facts: the triples of the release's own named graph.

IRIs are stable and readable: the same meeting reported twice (Thai and English, planned then
held) gets the same IRI from its series and ordinal (or date, or year), so it is one node with
both releases as provenance.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, TIME, XSD

from kg.facts import Commitment, Evidence, Extraction
from kg.namespaces import AKG, ID, LEVEL, MODES, OA, PREFIXES, ROLE, SCHEMA, STATUS, TOPIC, release_iri, slug
from kg.read import Release
from kg.reference import (
    SUPERCLASSES,
    actor_iri,
    coordinator_iri,
    load_reference,
    partnership_iri,
    person_iri,
    place_iri,
)

Triple = tuple[URIRef | BNode, URIRef, URIRef | BNode | Literal]

KIND_CLASSES = {"Summit": AKG.Summit, "MinisterialMeeting": AKG.MinisterialMeeting,
                "SeniorOfficialsMeeting": AKG.SeniorOfficialsMeeting, "Other": AKG.OtherMeeting}


def meeting_iri(key: str) -> URIRef:
    return ID[f"meeting/{key}"]


def series_iri(series: str) -> URIRef:
    return ID[f"series/{series}"]


@dataclass
class ReleaseGraph:
    """The triples of one release's named graph, and the graph's name."""

    iri: URIRef
    triples: list[Triple]

    def graph(self) -> Graph:
        g = Graph(identifier=self.iri)
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        for t in self.triples:
            g.add(t)
        return g


class _Builder:
    def __init__(self, release: Release, facts: Extraction) -> None:
        self.release = release
        self.facts = facts
        self.iri = release_iri(release.stem)
        self.out: list[Triple] = []
        self.ref = load_reference()
        self.evidence_count = 0
        self.lang = facts.language or "en"

    def add(self, s, p, o) -> None:
        if o is not None:
            self.out.append((s, p, o))

    def types(self, s, cls) -> None:
        self.add(s, RDF.type, cls)
        for sup in SUPERCLASSES.get(cls, []):
            self.add(s, RDF.type, sup)

    def fact(self, s, ev: Evidence, curated=None) -> None:
        """Every fact: derived from the release, with its quote and span, or, when a curator's
        sidecar added it, marked as curated with who and when."""
        self.add(s, PROV.wasDerivedFrom, self.iri)
        if curated is not None:
            self.add(s, RDF.type, AKG.Curated)
            self.add(s, PROV.wasAttributedTo, self.curator(curated))
            self.add(s, DCTERMS.created, Literal(curated.day.isoformat(), datatype=XSD.date))
            return
        self.evidence_count += 1
        node = URIRef(f"{self.iri}#ev-{self.evidence_count}")
        self.add(s, AKG.evidence, node)
        self.add(node, RDF.type, AKG.Evidence)
        self.add(node, OA.hasSource, self.iri)
        quote, position = BNode(), BNode()
        self.add(node, OA.hasSelector, quote)
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(ev.quote))
        self.add(node, OA.hasSelector, position)
        self.add(position, RDF.type, OA.TextPositionSelector)
        self.add(position, OA.start, Literal(ev.start, datatype=XSD.integer))
        self.add(position, OA.end, Literal(ev.end, datatype=XSD.integer))

    def curator(self, curation) -> URIRef:
        node = URIRef(f"{self.iri}#curator")
        self.add(node, RDF.type, PROV.Agent)
        self.add(node, RDFS.label, Literal(curation.curator))
        return node

    def retractions(self) -> None:
        """What a curator took out of the extraction, and who and when."""
        cur = self.facts.curation
        for n, text in enumerate(self.facts.retractions, 1):
            node = URIRef(f"{self.iri}#retraction-{n}")
            self.add(node, RDF.type, AKG.Retraction)
            self.add(node, RDFS.label, Literal(text, lang="en"))
            self.add(node, PROV.wasAttributedTo, self.curator(cur))
            self.add(node, DCTERMS.created, Literal(cur.day.isoformat(), datatype=XSD.date))
            self.add(node, PROV.wasDerivedFrom, self.iri)
        if cur and cur.note:
            self.add(self.iri, SKOS.editorialNote, Literal(cur.note))

    def release_node(self) -> None:
        r, s = self.release, self.iri
        self.add(s, RDF.type, AKG.Release)
        self.add(s, RDF.type, PROV.Entity)
        self.add(s, DCTERMS.title, Literal(r.title[:300]))
        self.add(s, AKG.fileName, Literal(r.path.name))
        self.add(s, AKG.sha256, Literal(r.sha256))
        self.add(s, DCTERMS.language, Literal(self.facts.language or r.language))
        if self.facts.release_date:
            self.add(s, DCTERMS.date, Literal(self.facts.release_date.isoformat(), datatype=XSD.date))
        publisher = r.meta.get("publisher", "")
        actor = self._actor_by_name(publisher) if publisher else None
        if actor:
            self.add(s, DCTERMS.publisher, actor_iri(actor))
        elif publisher:
            self.add(s, SCHEMA.publisher, Literal(publisher))
        elif self.facts.language == "th":
            self.add(s, DCTERMS.publisher, actor_iri("thai_mfa"))
        if r.meta.get("url"):
            self.add(s, SCHEMA.url, Literal(r.meta["url"], datatype=XSD.anyURI))

    def _actor_by_name(self, name: str) -> str | None:
        low = name.lower()
        for a in self.ref.actors.values():
            if low in (a.label_en.lower(), *(x.lower() for x in a.aliases_en), a.label_th, *a.aliases_th):
                return a.id
        return None

    def meetings(self) -> None:
        """The meeting node holds what identifies it (series, ordinal, kind, parties); what a release
        reports about it (status, dates, mode, place) goes on this release's report, so a later release
        can say 'held' where an earlier one said 'planned' without two values clashing on one node."""
        for m in self.facts.meetings:
            s = meeting_iri(m.key)
            self.types(s, KIND_CLASSES[m.kind])
            self.add(s, RDF.type, SCHEMA.Event)
            self.add(s, RDFS.label, Literal(m.label, lang="en"))
            self.add(s, SCHEMA.name, Literal(m.name_as_written, lang=m.language or self.lang))
            series = series_iri(m.series)
            self.add(s, AKG.series, series)
            self.add(series, RDF.type, AKG.MeetingSeries)
            label = m.label.split(" ", 1)[1] if m.ordinal else m.label
            self.add(series, RDFS.label, Literal(label, lang="en"))
            for party in m.parties:
                self.add(s, AKG.party, actor_iri(party))
                self.add(series, AKG.party, actor_iri(party))
            if m.ordinal:
                self.add(s, AKG.ordinal, Literal(m.ordinal, datatype=XSD.integer))
            self.fact(s, m.evidence)
            report = URIRef(f"{self.iri}#report-{slug(m.key)}")
            self.add(report, RDF.type, AKG.MeetingReport)
            self.add(report, AKG.meeting, s)
            self.add(report, PROV.wasDerivedFrom, self.iri)
            self.add(report, AKG.status, STATUS[m.status])
            if m.start:
                self.add(report, SCHEMA.startDate, Literal(m.start.isoformat(), datatype=XSD.date))
                self.add(report, SCHEMA.endDate, Literal((m.end or m.start).isoformat(), datatype=XSD.date))
            if m.mode:
                self.add(report, SCHEMA.eventAttendanceMode, MODES[m.mode])
            if m.city:
                self.add(report, SCHEMA.location, place_iri(m.city))

    def people(self) -> None:
        for p in self.facts.people.values():
            s = person_iri(p.key)
            self.types(s, AKG.Person)
            self.add(s, RDF.type, SCHEMA.Person)
            if p.in_reference:
                continue
            self.add(s, SKOS.prefLabel, Literal(p.name_en, lang="en"))
            self.add(s, RDFS.label, Literal(p.name_en, lang="en"))
            if p.name_th:  # an alternative label: another release may spell the name differently
                self.add(s, SKOS.altLabel, Literal(p.name_th, lang="th"))
            if p.machine_romanised:
                self.add(s, AKG.machineRomanised, Literal(True))

    def participations(self) -> None:
        for part in self.facts.participations:
            s = ID[f"participation/{part.meeting}/{slug(part.person)}/{slug(self.facts.release)}"]
            self.add(s, RDF.type, AKG.Participation)
            self.add(s, AKG.meeting, meeting_iri(part.meeting))
            self.add(s, AKG.participant, person_iri(part.person))
            self.add(s, AKG.role, ROLE[part.role])
            if part.position:
                self.add(s, AKG.position, Literal(part.position, lang="en"))
            if part.represents:
                self.add(s, AKG.represents, actor_iri(part.represents))
            self.fact(s, part.evidence, part.curated)

    def commitments(self) -> None:
        for c in self.facts.commitments:
            s = commitment_iri(c, self.facts.release)
            self.types(s, AKG.FinancialPledge if c.kind == "pledge" else AKG.ProposedAction)
            if c.meeting:
                self.add(s, AKG.meeting, meeting_iri(c.meeting))
            self.add(s, AKG.committedBy, actor_iri(c.by))
            if c.recipient:
                self.add(s, AKG.recipient, actor_iri(c.recipient))
            if c.kind == "pledge":
                amount = URIRef(f"{s}#amount")
                self.add(s, SCHEMA.amount, amount)
                self.add(amount, RDF.type, SCHEMA.MonetaryAmount)
                self.add(amount, SCHEMA.value, Literal(c.amount, datatype=XSD.decimal))
                self.add(amount, SCHEMA.currency, Literal(c.currency))
                self.add(s, AKG.qualifier, Literal(c.qualifier))
                if c.years:
                    self.add(s, AKG.durationYears, Literal(c.years, datatype=XSD.integer))
            else:
                self.add(s, AKG.number, Literal(c.number, datatype=XSD.integer))
                self.add(s, AKG.text, Literal(c.text, lang=self.lang))
            if c.purpose:
                self.add(s, AKG.purpose, Literal(c.purpose))
            if c.purpose_topic:
                self.add(s, AKG.purposeTopic, TOPIC[c.purpose_topic])
            self.fact(s, c.evidence, c.curated)

    def partnerships(self) -> None:
        for p in self.facts.partnerships:
            s = partnership_iri(p.partner, p.level)
            self.add(s, RDF.type, AKG.Partnership)
            self.add(s, AKG.partner, actor_iri(p.partner))
            self.add(s, AKG.level, LEVEL[p.level])
            if p.since:
                instant = BNode()
                self.add(s, TIME.hasBeginning, instant)
                self.add(instant, RDF.type, TIME.Instant)
                self.add(instant, TIME.inXSDgYear, Literal(str(p.since), datatype=XSD.gYear))
            if p.meeting:
                self.add(s, AKG.meeting, meeting_iri(p.meeting))
            self.fact(s, p.evidence, p.curated)

    def coordinators(self) -> None:
        day = self.facts.release_date
        for c in self.facts.coordinators:
            term = next((r for r in self.ref.coordinators
                         if r.coordinator_id == c.coordinator and r.partner_id == c.partner and day
                         and (not r.start or int(r.start) <= day.year) and (not r.end or day.year <= int(r.end))),
                        None)
            s = coordinator_iri(c.coordinator, c.partner, term.start if term else "")
            self.add(s, RDF.type, AKG.CoordinatorRole)
            self.add(s, AKG.coordinator, actor_iri(c.coordinator))
            self.add(s, AKG.partner, actor_iri(c.partner))
            if c.meeting:
                self.add(s, AKG.meeting, meeting_iri(c.meeting))
            self.fact(s, c.evidence, c.curated)

    def topics(self) -> None:
        for t in self.facts.topics:
            s = ID[f"meeting/{t.meeting}/topic/{t.topic}"]
            self.add(s, RDF.type, AKG.TopicDiscussion)
            self.add(s, AKG.meeting, meeting_iri(t.meeting))
            self.add(s, AKG.topic, TOPIC[t.topic])
            self.fact(s, t.evidence, t.curated)

    def build(self) -> ReleaseGraph:
        self.release_node()
        self.meetings()
        self.people()
        self.participations()
        self.commitments()
        self.partnerships()
        self.coordinators()
        self.topics()
        self.retractions()
        return ReleaseGraph(self.iri, self.out)


def commitment_iri(c: Commitment, release: str) -> URIRef:
    """Pledges are identified by who gave what to whom at which meeting, so two reports meet."""
    scope = c.meeting or f"release/{slug(release)}"
    if c.kind == "proposal":
        return ID[f"commitment/{scope}/proposal/{slug(c.by)}/{c.number}"]
    digest = hashlib.sha1(f"{c.by}|{c.recipient}|{c.amount}|{c.currency}|{c.qualifier}".encode()).hexdigest()[:10]
    return ID[f"commitment/{scope}/pledge/{slug(c.by)}-{digest}"]


def build(release: Release, facts: Extraction) -> ReleaseGraph:
    return _Builder(release, facts).build()


_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_IRIS: dict[str, str] = {}


def nt_term(node) -> str:
    """One term in N-Triples syntax (the store parses it; no rdflib serializer on the hot path)."""
    if isinstance(node, URIRef):
        text = _IRIS.get(node)
        if text is None:
            if _BAD_IRI.search(node):
                from kg.errors import ValidationError

                raise ValidationError(f"cannot be stored: invalid IRI <{node[:80]}>")
            text = f"<{node}>"
            if len(_IRIS) < 200_000:
                _IRIS[node] = text
        return text
    if isinstance(node, BNode):
        return f"_:{node}"
    lexical = str(node).translate(_ESCAPE)
    if node.language:
        return f'"{lexical}"@{node.language}'
    if node.datatype:
        return f'"{lexical}"^^{nt_term(node.datatype)}'
    return f'"{lexical}"'


def ntriples(triples: Iterable[Triple], graph: str | None = None) -> str:
    """The triples as N-Quads lines in ``graph`` (N-Triples lines without one)."""
    tail = f" <{graph}> .\n" if graph else " .\n"
    return "".join(f"{nt_term(s)} {nt_term(p)} {nt_term(o)}{tail}" for s, p, o in triples)

