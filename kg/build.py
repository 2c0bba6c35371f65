"""Build RDF from a release's facts: the triples of the release's own named graph.

IRIs are stable and readable: the same meeting reported twice (Thai and English, planned then
held) gets the same IRI from its series and ordinal (or date, or year), so it is one node with
both releases as provenance.

Terms are written as N-Triples strings (:mod:`kg.terms`), not rdflib objects: making ~270 rdflib
terms a release, then hashing them in the validator and writing them out again, cost more than
validating. Each literal is written as rdflib writes it (typed literals go through rdflib once and
are remembered, since rdflib normalises some lexical forms), so the N-Quads are the same.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
from collections.abc import Iterable
from functools import lru_cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, TIME, XSD

from kg.facts import Commitment, Evidence, Extraction
from kg.namespaces import AKG, ID, LEVEL, MODES, OA, PREFIXES, ROLE, SCHEMA, STATUS, TOPIC, release_iri, slug
from kg.read import Release
from kg.reference import (
    SUPERCLASSES,
    Reference,
    actor_iri,
    coordinator_iri,
    load_reference,
    partnership_iri,
    person_iri,
    place_iri,
)
from kg.terms import ESCAPE, Term, Terms, node, term

Triple = tuple[URIRef | BNode, URIRef, URIRef | BNode | Literal]

KIND_CLASSES = {"Summit": AKG.Summit, "MinisterialMeeting": AKG.MinisterialMeeting,
                "SeniorOfficialsMeeting": AKG.SeniorOfficialsMeeting, "Other": AKG.OtherMeeting}


def meeting_iri(key: str) -> URIRef:
    return ID[f"meeting/{key}"]


def series_iri(series: str) -> URIRef:
    return ID[f"series/{series}"]


class _Vocabulary:
    """A namespace's terms as N-Triples strings (``_AKG.evidence`` is ``"<...ontology#evidence>"``),
    each made once."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> Term:
        if name.startswith("_"):
            raise AttributeError(name)
        made = f"<{self._namespace[name]}>"
        setattr(self, name, made)
        return made


_AKG, _SCHEMA, _OA, _RDF, _RDFS = (_Vocabulary(ns) for ns in (AKG, SCHEMA, OA, RDF, RDFS))
_PROV, _DCT, _SKOS, _TIME = (_Vocabulary(ns) for ns in (PROV, DCTERMS, SKOS, TIME))
_ID, _STATUS, _ROLE, _LEVEL, _TOPIC = (str(ns) for ns in (ID, STATUS, ROLE, LEVEL, TOPIC))
_XSD_DATE, _XSD_INTEGER, _XSD_DECIMAL, _XSD_GYEAR, _XSD_ANYURI = (
    str(XSD.date), str(XSD.integer), str(XSD.decimal), str(XSD.gYear), str(XSD.anyURI))
_KINDS = {kind: term(cls) for kind, cls in KIND_CLASSES.items()}
_SUPERS = {term(cls): tuple(term(s) for s in sups) for cls, sups in SUPERCLASSES.items()}
_MODES = {mode: term(iri) for mode, iri in MODES.items()}
_TRUE = term(Literal(True))
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')

_TYPED: dict[tuple[type, object, str], Term] = {}
_LANGS: set[str] = set()  # language tags rdflib keeps as given


def _typed(value: object, datatype: str) -> Term:
    """``Literal(value, datatype=datatype)`` as N-Triples: rdflib decides the lexical form once per value."""
    key = (value.__class__, value, datatype)
    got = _TYPED.get(key)
    if got is None:
        got = term(Literal(value, datatype=URIRef(datatype)))
        if len(_TYPED) > 20_000:  # dates, offsets and amounts recur; an unbounded memo would only grow
            _TYPED.clear()
        _TYPED[key] = got
    return got


def _in(namespace: str, name: str) -> str:
    """``Namespace[name]`` as rdflib makes it (a name that is not a string adds nothing)."""
    return namespace + (name if isinstance(name, str) else "")


def _plain(text: str) -> Term:
    """``Literal(text)`` as N-Triples."""
    if text.__class__ is str:
        return f'"{text.translate(ESCAPE)}"'
    return term(Literal(text))


def _tagged(text: str, lang: str) -> Term:
    """``Literal(text, lang=lang)`` as N-Triples (a tag rdflib would refuse or change goes through rdflib)."""
    if text.__class__ is str and lang in _LANGS:
        return f'"{text.translate(ESCAPE)}"@{lang}'
    made = Literal(text, lang=lang)
    if made.language == lang and isinstance(lang, str) and lang:
        _LANGS.add(lang)
    return term(made)


class _BlankNodes:
    """Blank node labels shaped like rdflib's (``N`` and 32 hex digits) but without a uuid4 each:
    a random prefix per process (renewed in a forked worker, so two workers never share a label)
    and a counter."""

    def __init__(self) -> None:
        self.renew()
        os.register_at_fork(after_in_child=self.renew)

    def renew(self) -> None:
        self.prefix = "_:N" + os.urandom(10).hex()
        self.counter = itertools.count()

    def __call__(self) -> Term:
        return f"{self.prefix}{next(self.counter) & 0xFFFFFFFFFFFF:012x}"


_bnode = _BlankNodes()


@lru_cache(maxsize=65536)
def _actor(actor_id: str) -> Term:
    return f"<{actor_iri(actor_id)}>"


@lru_cache(maxsize=65536)
def _person(person_id: str) -> Term:
    return f"<{person_iri(person_id)}>"


@lru_cache(maxsize=4096)
def _place(place_id: str) -> Term:
    return f"<{place_iri(place_id)}>"


_NAMES: dict[int, tuple[Reference, dict[str, str]]] = {}


def _actor_names(ref: Reference) -> dict[str, str]:
    """Every name an actor goes by (English lower-cased, Thai as written) -> the first actor with it."""
    got = _NAMES.get(id(ref))
    if got is None or got[0] is not ref:
        names: dict[str, str] = {}
        for a in ref.actors.values():
            for name in (a.label_en.lower(), *(x.lower() for x in a.aliases_en), a.label_th, *a.aliases_th):
                names.setdefault(name, a.id)
        got = _NAMES[id(ref)] = (ref, names)
    return got[1]


class ReleaseGraph:
    """The triples of one release's named graph, and the graph's name.

    The builder gives the triples as N-Triples terms (``terms``), which the validator indexes and the
    store parses as they are; ``triples`` (rdflib terms, for pyshacl and rdflib callers) is made from
    them on first use. A graph made from rdflib triples gets its terms the other way round."""

    def __init__(self, iri: URIRef, triples: list[Triple] | None = None, *, terms: list[Terms] | None = None,
                 bad_iri: bool = True) -> None:
        self.iri = iri
        self._triples = triples
        self._terms = terms
        self._bad_iri = bad_iri if terms is not None else True  # False: the builder checked every IRI

    @property
    def triples(self) -> list[Triple]:
        if self._triples is None:
            self._triples = [(node(s), node(p), node(o)) for s, p, o in self._terms or ()]
        return self._triples

    @property
    def terms(self) -> list[Terms]:
        if self._terms is None:
            self._terms = [(term(s), term(p), term(o)) for s, p, o in self._triples or ()]
        return self._terms

    def __len__(self) -> int:
        return len(self._terms if self._terms is not None else self._triples or ())

    def nquads(self, graph: str | None = None) -> str:
        """The triples as N-Quads lines in ``graph`` (N-Triples lines without one), as :func:`ntriples`
        writes them; raises ValidationError on an IRI the store cannot hold."""
        if self._bad_iri:
            if self._terms is None:
                return ntriples(self.triples, graph)
            for t in self._terms:
                for x in t:
                    if x[0] == "<" and _BAD_IRI.search(x, 1, len(x) - 1):
                        from kg.errors import ValidationError

                        raise ValidationError(f"cannot be stored: invalid IRI <{x[1:-1][:80]}>")
        tail = f" <{graph}> .\n" if graph else " .\n"
        return "".join([f"{s} {p} {o}{tail}" for s, p, o in self.terms])

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
        self.bad_iri = False
        self.node = self.ref_iri(str(self.iri))
        self.out: list[Terms] = []
        self.ref = load_reference()
        self.evidence_count = 0
        self.lang = facts.language or "en"

    def ref_iri(self, text: str) -> Term:
        """An IRI made from the release's words: one the store would refuse is noted, and reported
        (as before, at serialisation) only if the release passes validation."""
        if _BAD_IRI.search(text):
            self.bad_iri = True
        return f"<{text}>"

    def add(self, s: Term, p: Term, o: Term) -> None:
        self.out.append((s, p, o))

    def types(self, s: Term, cls: Term) -> None:
        self.out.append((s, _RDF.type, cls))
        for sup in _SUPERS.get(cls, ()):
            self.out.append((s, _RDF.type, sup))

    def fact(self, s: Term, ev: Evidence, curated=None) -> None:
        """Every fact: derived from the release, with its quote and span, or, when a curator's
        sidecar added it, marked as curated with who and when."""
        add = self.out.append
        add((s, _PROV.wasDerivedFrom, self.node))
        if curated is not None:
            add((s, _RDF.type, _AKG.Curated))
            who = self.curator(curated)
            add((s, _PROV.wasAttributedTo, who))
            add((s, _DCT.created, _typed(curated.day.isoformat(), _XSD_DATE)))
            return
        self.evidence_count += 1
        evidence = f"<{self.iri}#ev-{self.evidence_count}>"
        add((s, _AKG.evidence, evidence))
        add((evidence, _RDF.type, _AKG.Evidence))
        add((evidence, _OA.hasSource, self.node))
        quote, position = _bnode(), _bnode()
        add((evidence, _OA.hasSelector, quote))
        add((quote, _RDF.type, _OA.TextQuoteSelector))
        add((quote, _OA.exact, _plain(ev.quote)))
        add((evidence, _OA.hasSelector, position))
        add((position, _RDF.type, _OA.TextPositionSelector))
        add((position, _OA.start, _typed(ev.start, _XSD_INTEGER)))
        add((position, _OA.end, _typed(ev.end, _XSD_INTEGER)))

    def curator(self, curation) -> Term:
        who = f"<{self.iri}#curator>"
        self.add(who, _RDF.type, _PROV.Agent)
        self.add(who, _RDFS.label, _plain(curation.curator))
        return who

    def retractions(self) -> None:
        """What a curator took out of the extraction, and who and when."""
        cur = self.facts.curation
        for n, text in enumerate(self.facts.retractions, 1):
            s = f"<{self.iri}#retraction-{n}>"
            self.add(s, _RDF.type, _AKG.Retraction)
            self.add(s, _RDFS.label, _tagged(text, "en"))
            who = self.curator(cur)
            self.add(s, _PROV.wasAttributedTo, who)
            self.add(s, _DCT.created, _typed(cur.day.isoformat(), _XSD_DATE))
            self.add(s, _PROV.wasDerivedFrom, self.node)
        if cur and cur.note:
            self.add(self.node, _SKOS.editorialNote, _plain(cur.note))

    def release_node(self) -> None:
        r, s = self.release, self.node
        self.add(s, _RDF.type, _AKG.Release)
        self.add(s, _RDF.type, _PROV.Entity)
        self.add(s, _DCT.title, _plain(r.title[:300]))
        self.add(s, _AKG.fileName, _plain(r.path.name))
        self.add(s, _AKG.sha256, _plain(r.sha256))
        self.add(s, _DCT.language, _plain(self.facts.language or r.language))
        if self.facts.release_date:
            self.add(s, _DCT.date, _typed(self.facts.release_date.isoformat(), _XSD_DATE))
        publisher = r.meta.get("publisher", "")
        actor = self._actor_by_name(publisher) if publisher else None
        if actor:
            self.add(s, _DCT.publisher, _actor(actor))
        elif publisher:
            self.add(s, _SCHEMA.publisher, _plain(publisher))
        elif self.facts.language == "th":
            self.add(s, _DCT.publisher, _actor("thai_mfa"))
        if r.meta.get("url"):
            self.add(s, _SCHEMA.url, _typed(r.meta["url"], _XSD_ANYURI))

    def _actor_by_name(self, name: str) -> str | None:
        return _actor_names(self.ref).get(name.lower())

    def meetings(self) -> None:
        """The meeting node holds what identifies it (series, ordinal, kind, parties); what a release
        reports about it (status, dates, mode, place) goes on this release's report, so a later release
        can say 'held' where an earlier one said 'planned' without two values clashing on one node."""
        for m in self.facts.meetings:
            s = self.ref_iri(f"{_ID}meeting/{m.key}")
            self.types(s, _KINDS[m.kind])
            self.add(s, _RDF.type, _SCHEMA.Event)
            self.add(s, _RDFS.label, _tagged(m.label, "en"))
            self.add(s, _SCHEMA.name, _tagged(m.name_as_written, m.language or self.lang))
            series = self.ref_iri(f"{_ID}series/{m.series}")
            self.add(s, _AKG.series, series)
            self.add(series, _RDF.type, _AKG.MeetingSeries)
            label = m.label.split(" ", 1)[1] if m.ordinal else m.label
            self.add(series, _RDFS.label, _tagged(label, "en"))
            for party in m.parties:
                self.add(s, _AKG.party, _actor(party))
                self.add(series, _AKG.party, _actor(party))
            if m.ordinal:
                self.add(s, _AKG.ordinal, _typed(m.ordinal, _XSD_INTEGER))
            self.fact(s, m.evidence)
            report = f"<{self.iri}#report-{slug(m.key)}>"
            self.add(report, _RDF.type, _AKG.MeetingReport)
            self.add(report, _AKG.meeting, s)
            self.add(report, _PROV.wasDerivedFrom, self.node)
            self.add(report, _AKG.status, self.ref_iri(_in(_STATUS, m.status)))
            if m.start:
                self.add(report, _SCHEMA.startDate, _typed(m.start.isoformat(), _XSD_DATE))
                self.add(report, _SCHEMA.endDate, _typed((m.end or m.start).isoformat(), _XSD_DATE))
            if m.mode:
                self.add(report, _SCHEMA.eventAttendanceMode, _MODES[m.mode])
            if m.city:
                self.add(report, _SCHEMA.location, _place(m.city))

    def people(self) -> None:
        for p in self.facts.people.values():
            s = _person(p.key)
            self.types(s, _AKG.Person)
            self.add(s, _RDF.type, _SCHEMA.Person)
            if p.in_reference:
                continue
            self.add(s, _SKOS.prefLabel, _tagged(p.name_en, "en"))
            self.add(s, _RDFS.label, _tagged(p.name_en, "en"))
            if p.name_th:  # an alternative label: another release may spell the name differently
                self.add(s, _SKOS.altLabel, _tagged(p.name_th, "th"))
            if p.machine_romanised:
                self.add(s, _AKG.machineRomanised, _TRUE)

    def participations(self) -> None:
        for part in self.facts.participations:
            s = self.ref_iri(f"{_ID}participation/{part.meeting}/{slug(part.person)}/{slug(self.facts.release)}")
            self.add(s, _RDF.type, _AKG.Participation)
            self.add(s, _AKG.meeting, self.ref_iri(f"{_ID}meeting/{part.meeting}"))
            self.add(s, _AKG.participant, _person(part.person))
            self.add(s, _AKG.role, self.ref_iri(_in(_ROLE, part.role)))
            if part.position:
                self.add(s, _AKG.position, _tagged(part.position, "en"))
            if part.represents:
                self.add(s, _AKG.represents, _actor(part.represents))
            self.fact(s, part.evidence, part.curated)

    def commitments(self) -> None:
        lists: dict[str, int] = {}  # a proposal's IRI -> how many of the release's lists used it
        for c in self.facts.commitments:
            iri = str(commitment_iri(c, self.facts.release))
            if c.kind == "proposal":
                # a second list by the same actor at the same meeting ("(๑) ... (๓)" for one partner, then
                # "ประการแรก ... ประการที่สอง" for the next, both told at one meeting): its own IRIs
                lists[iri] = lists.get(iri, 0) + 1
                if lists[iri] > 1:
                    head, number = iri.rsplit("/", 1)
                    iri = f"{head}/list{lists[iri]}/{number}"
            s = self.ref_iri(iri)
            self.types(s, _AKG.FinancialPledge if c.kind == "pledge" else _AKG.ProposedAction)
            if c.meeting:
                self.add(s, _AKG.meeting, self.ref_iri(f"{_ID}meeting/{c.meeting}"))
            self.add(s, _AKG.committedBy, _actor(c.by))
            if c.recipient:
                self.add(s, _AKG.recipient, _actor(c.recipient))
            if c.kind == "pledge":
                amount = self.ref_iri(f"{iri}#amount")
                self.add(s, _SCHEMA.amount, amount)
                self.add(amount, _RDF.type, _SCHEMA.MonetaryAmount)
                self.add(amount, _SCHEMA.value, _typed(c.amount, _XSD_DECIMAL))
                self.add(amount, _SCHEMA.currency, _plain(c.currency))
                self.add(s, _AKG.qualifier, _plain(c.qualifier))
                if c.years:
                    self.add(s, _AKG.durationYears, _typed(c.years, _XSD_INTEGER))
            else:
                self.add(s, _AKG.number, _typed(c.number, _XSD_INTEGER))
                self.add(s, _AKG.text, _tagged(c.text, self.lang))
            if c.purpose:
                self.add(s, _AKG.purpose, _plain(c.purpose))
            if c.purpose_topic:
                self.add(s, _AKG.purposeTopic, self.ref_iri(_in(_TOPIC, c.purpose_topic)))
            self.fact(s, c.evidence, c.curated)

    def partnerships(self) -> None:
        for p in self.facts.partnerships:
            s = self.ref_iri(str(partnership_iri(p.partner, p.level)))
            self.add(s, _RDF.type, _AKG.Partnership)
            self.add(s, _AKG.partner, _actor(p.partner))
            self.add(s, _AKG.level, self.ref_iri(_in(_LEVEL, p.level)))
            if p.since:
                instant = _bnode()
                self.add(s, _TIME.hasBeginning, instant)
                self.add(instant, _RDF.type, _TIME.Instant)
                self.add(instant, _TIME.inXSDgYear, _typed(str(p.since), _XSD_GYEAR))
            if p.meeting:
                self.add(s, _AKG.meeting, self.ref_iri(f"{_ID}meeting/{p.meeting}"))
            self.fact(s, p.evidence, p.curated)

    def coordinators(self) -> None:
        day = self.facts.release_date
        for c in self.facts.coordinators:
            term_ = next((r for r in self.ref.coordinators
                          if r.coordinator_id == c.coordinator and r.partner_id == c.partner and day
                          and (not r.start or int(r.start) <= day.year) and (not r.end or day.year <= int(r.end))),
                         None)
            s = self.ref_iri(str(coordinator_iri(c.coordinator, c.partner, term_.start if term_ else "")))
            self.add(s, _RDF.type, _AKG.CoordinatorRole)
            self.add(s, _AKG.coordinator, _actor(c.coordinator))
            self.add(s, _AKG.partner, _actor(c.partner))
            if c.meeting:
                self.add(s, _AKG.meeting, self.ref_iri(f"{_ID}meeting/{c.meeting}"))
            self.fact(s, c.evidence, c.curated)

    def topics(self) -> None:
        for t in self.facts.topics:
            s = self.ref_iri(f"{_ID}meeting/{t.meeting}/topic/{t.topic}")
            self.add(s, _RDF.type, _AKG.TopicDiscussion)
            self.add(s, _AKG.meeting, self.ref_iri(f"{_ID}meeting/{t.meeting}"))
            self.add(s, _AKG.topic, self.ref_iri(_in(_TOPIC, t.topic)))
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
        return ReleaseGraph(self.iri, terms=self.out, bad_iri=self.bad_iri)


def commitment_iri(c: Commitment, release: str) -> URIRef:
    """Pledges are identified by who gave what to whom at which meeting, so two reports meet. A
    proposal's number is its place in one release's list (a planned meeting's release and the held
    one's may number different points), so proposals are the release's own."""
    scope = c.meeting or f"release/{slug(release)}"
    if c.kind == "proposal":
        own = "" if not c.meeting else f"{slug(release)}/"
        return ID[f"commitment/{scope}/proposal/{slug(c.by)}/{own}{c.number}"]
    digest = hashlib.sha1(f"{c.by}|{c.recipient}|{c.amount}|{c.currency}|{c.qualifier}".encode()).hexdigest()[:10]
    return ID[f"commitment/{scope}/pledge/{slug(c.by)}-{digest}"]


def build(release: Release, facts: Extraction) -> ReleaseGraph:
    return _Builder(release, facts).build()


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
    return term(node)  # a blank node or a literal (its datatype is one of the XSD IRIs)


def ntriples(triples: Iterable[Triple], graph: str | None = None) -> str:
    """The triples as N-Quads lines in ``graph`` (N-Triples lines without one)."""
    tail = f" <{graph}> .\n" if graph else " .\n"
    return "".join(f"{nt_term(s)} {nt_term(p)} {nt_term(o)}{tail}" for s, p, o in triples)

