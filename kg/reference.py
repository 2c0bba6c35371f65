"""Reference data: checked facts about actors, people, posts, places, partnerships and coordinators.

The CSV files under ``seeds/reference`` are the source; :func:`reference_graph` turns them into
Turtle (``seeds/reference.ttl``, regenerated with ``python -m kg.reference``) with each row's
sources kept as PROV-O. :func:`load_reference` gives the same rows to the recogniser.
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

from kg import resources
from kg.namespaces import AKG, ID, LEVEL, ORG, PREFIXES, SCHEMA, SOURCE, WD, slug

ACTOR_TYPES = {
    "Country": AKG.Country,
    "IntergovernmentalOrganization": AKG.IntergovernmentalOrganization,
    "GovernmentAgency": AKG.GovernmentAgency,
    "RegionalGrouping": AKG.RegionalGrouping,
    "Programme": AKG.Programme,
}
SUPERCLASSES = {
    AKG.Country: [AKG.Organisation, AKG.Actor],
    AKG.IntergovernmentalOrganization: [AKG.Organisation, AKG.Actor],
    AKG.GovernmentAgency: [AKG.Organisation, AKG.Actor],
    AKG.RegionalGrouping: [AKG.Organisation, AKG.Actor],
    AKG.Programme: [AKG.Actor],
    AKG.Person: [AKG.Actor],
    AKG.Summit: [AKG.Meeting],
    AKG.MinisterialMeeting: [AKG.Meeting],
    AKG.SeniorOfficialsMeeting: [AKG.Meeting],
    AKG.OtherMeeting: [AKG.Meeting],
    AKG.FinancialPledge: [AKG.Commitment],
    AKG.ProposedAction: [AKG.Commitment],
}


def split_list(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split(";") if p.strip()]


@dataclass(frozen=True)
class Actor:
    id: str
    type: str
    label_en: str
    label_th: str
    aliases_en: tuple[str, ...] = ()
    aliases_th: tuple[str, ...] = ()
    iso3: str = ""
    wikidata: str = ""
    parent: str = ""
    note: str = ""
    sources: tuple[str, ...] = ()
    currency: str = ""  # ISO 4217: what a bare "$" in its pledge means, if a dollar

    @property
    def iri(self) -> URIRef:
        return actor_iri(self.id)

    @property
    def short_en(self) -> str:
        """The short English name used in meeting labels ("United States", "China")."""
        return self.aliases_en[0] if self.aliases_en else self.label_en


@dataclass(frozen=True)
class Person:
    id: str
    label_en: str
    label_th: str
    aliases_en: tuple[str, ...] = ()
    aliases_th: tuple[str, ...] = ()
    gender: str = ""
    wikidata: str = ""
    note: str = ""
    sources: tuple[str, ...] = ()

    @property
    def iri(self) -> URIRef:
        return person_iri(self.id)


@dataclass(frozen=True)
class Post:
    person_id: str
    post_en: str
    post_th: str
    actor_id: str
    organisation_id: str
    start: str
    end: str
    sources: tuple[str, ...] = ()

    def holds_on(self, day: date | None) -> bool:
        if day is None:
            return True
        iso = day.isoformat()
        return (not self.start or self.start[: len(iso)] <= iso) and (not self.end or iso <= _end_bound(self.end))


def _end_bound(end: str) -> str:
    """A partial end date covers its whole year or month."""
    return end + "-12-31"[len(end) - 4:] if len(end) < 10 else end


@dataclass(frozen=True)
class Place:
    id: str
    label_en: str
    label_th: str
    aliases_en: tuple[str, ...]
    aliases_th: tuple[str, ...]
    country_id: str
    wikidata: str


@dataclass(frozen=True)
class Position:
    id: str
    label_en: str
    label_th: str
    aliases_en: tuple[str, ...]
    aliases_th: tuple[str, ...]


@dataclass(frozen=True)
class Mechanism:
    id: str
    label_en: str
    label_th: str
    abbreviation: str
    kind: str
    note: str
    sources: tuple[str, ...]
    party_ids: tuple[str, ...] = ("asean",)
    aliases_en: tuple[str, ...] = ()
    aliases_th: tuple[str, ...] = ()

    @property
    def is_pattern(self) -> bool:
        return "[Partner]" in self.label_en


@dataclass(frozen=True)
class PartnershipRow:
    partner_id: str
    level: str
    since: str
    established_at: str
    note: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class CoordinatorRow:
    partner_id: str
    coordinator_id: str
    start: str
    end: str
    note: str
    sources: tuple[str, ...]


@dataclass
class Reference:
    actors: dict[str, Actor] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    posts: list[Post] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    positions: dict[str, Position] = field(default_factory=dict)
    mechanisms: dict[str, Mechanism] = field(default_factory=dict)
    partnerships: list[PartnershipRow] = field(default_factory=list)
    coordinators: list[CoordinatorRow] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    # posts by person, built on first use (relate asks for one person's posts many times a release)
    _posts_by_person: dict[str, list[Post]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _posts_indexed: int = field(default=0, init=False, repr=False, compare=False)

    def posts_of(self, person_id: str, day: date | None = None) -> list[Post]:
        held = self._posts_index().get(person_id, [])
        current = [p for p in held if p.holds_on(day)]
        return current or list(held)

    def _posts_index(self) -> dict[str, list[Post]]:
        """Posts by person id, in file order; built again if posts were added since (they are only
        ever appended, while the reference loads)."""
        if self._posts_indexed != len(self.posts):
            self._posts_by_person = {}
            for post in self.posts:
                self._posts_by_person.setdefault(post.person_id, []).append(post)
            self._posts_indexed = len(self.posts)
        return self._posts_by_person

    def mekong_countries(self) -> list[str]:
        """The five countries of the Mekong-[Partner] frameworks (mechanisms.csv, ``mekong_partner``)."""
        return [a for a in self.mechanisms["mekong_partner"].party_ids if a in self.actors]

    def coordinating_members(self) -> set[str]:
        """The member states that coordinate a partner's relations (coordinators.csv): ASEAN's side,
        never a partner."""
        return {r.coordinator_id for r in self.coordinators}

    def actor_by_label(self, label_en: str) -> Actor | None:
        for actor in self.actors.values():
            if label_en in (actor.label_en, *actor.aliases_en):
                return actor
        return None


def actor_iri(actor_id: str) -> URIRef:
    return ID[f"actor/{slug(actor_id)}"]


def person_iri(person_id: str) -> URIRef:
    return ID[f"person/{slug(person_id)}"]


def place_iri(place_id: str) -> URIRef:
    return ID[f"place/{slug(place_id)}"]


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(fh)]


def _sources_table(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    if not path.exists():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*([A-Z][A-Z0-9-]*)\s*\|\s*(.+?)\s*\|\s*$", line)
        if m and m.group(1) not in ("KEY",):
            table[m.group(1)] = m.group(2)
    return table


@cache
def load_reference(folder: Path | None = None) -> Reference:
    """Read every reference CSV once per process."""
    folder = folder or resources.reference_dir()
    ref = Reference(sources=_sources_table(folder / "SOURCES.md"))
    for r in _rows(folder / "actors.csv") + _rows(folder / "agencies.csv"):
        ref.actors[r["id"]] = Actor(
            r["id"], r.get("type", "GovernmentAgency"), r["label_en"], r.get("label_th", ""),
            tuple(split_list(r.get("aliases_en"))), tuple(split_list(r.get("aliases_th"))),
            r.get("iso3166_alpha3", ""), r.get("wikidata", ""), r.get("parent_actor_id", ""),
            r.get("note", ""), tuple(split_list(r.get("source"))), r.get("currency", ""))
    for r in _rows(folder / "people.csv"):
        ref.people[r["id"]] = Person(
            r["id"], r["label_en"], r.get("label_th", ""), tuple(split_list(r.get("aliases_en"))),
            tuple(split_list(r.get("aliases_th"))), r.get("gender", ""), r.get("wikidata", ""),
            r.get("note", ""), tuple(split_list(r.get("source"))))
    for r in _rows(folder / "posts.csv"):
        ref.posts.append(Post(r["person_id"], r.get("post_en", ""), r.get("post_th", ""), r.get("actor_id", ""),
                              r.get("organisation_id", ""), r.get("from", ""), r.get("to", ""),
                              tuple(split_list(r.get("source")))))
    for r in _rows(folder / "places.csv"):
        ref.places[r["id"]] = Place(r["id"], r["label_en"], r["label_th"], tuple(split_list(r["aliases_en"])),
                                    tuple(split_list(r["aliases_th"])), r["country_id"], r.get("wikidata", ""))
    for r in _rows(folder / "positions.csv"):
        ref.positions[r["id"]] = Position(r["id"], r["label_en"], r["label_th"],
                                          tuple(split_list(r["aliases_en"])), tuple(split_list(r["aliases_th"])))
    for r in _rows(folder / "mechanisms.csv"):
        ref.mechanisms[r["id"]] = Mechanism(r["id"], r["label_en"], r["label_th"], r["abbreviation"], r["kind"],
                                            r.get("note", ""), tuple(split_list(r.get("source"))),
                                            tuple(split_list(r.get("party_ids"))) or ("asean",),
                                            tuple(split_list(r.get("aliases_en"))), tuple(split_list(r.get("aliases_th"))))
    for r in _rows(folder / "partnerships.csv"):
        ref.partnerships.append(PartnershipRow(r["partner_id"], r["level"], r["since_year"], r["established_at"],
                                               r.get("note", ""), tuple(split_list(r.get("source")))))
    for r in _rows(folder / "coordinators.csv"):
        ref.coordinators.append(CoordinatorRow(r["partner_id"], r["coordinator_id"], r["from_year"], r["to_year"],
                                               r.get("note", ""), tuple(split_list(r.get("source")))))
    return ref


def _typed_date(value: str) -> Literal:
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.date)


def add_instant(g: Graph, subject: URIRef, prop: URIRef, value: str) -> None:
    """An OWL-Time instant given as a year, a month or a day."""
    instant = BNode()
    g.add((subject, prop, instant))
    g.add((instant, RDF.type, TIME.Instant))
    lit = _typed_date(value)
    g.add((instant, {XSD.gYear: TIME.inXSDgYear, XSD.gYearMonth: TIME.inXSDgYearMonth}.get(lit.datatype, TIME.inXSDDate), lit))


def add_types(g: Graph, subject: URIRef, cls: URIRef) -> None:
    """The class and its superclasses, materialised so queries and shapes need no reasoner."""
    g.add((subject, RDF.type, cls))
    for sup in SUPERCLASSES.get(cls, []):
        g.add((subject, RDF.type, sup))


def _cite(g: Graph, subject: URIRef, keys: tuple[str, ...], note: str = "") -> None:
    for key in keys:
        g.add((subject, PROV.wasDerivedFrom, SOURCE[slug(key)]))
    if note:
        g.add((subject, SKOS.note, Literal(note, lang="en")))


def reference_graph(ref: Reference | None = None) -> Graph:
    """The reference data as RDF, in the shape the ontology and the shapes describe."""
    ref = ref or load_reference()
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for key, text in sorted(ref.sources.items()):
        node = SOURCE[slug(key)]
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, RDFS.label, Literal(key)))
        g.add((node, DCTERMS.bibliographicCitation, Literal(text)))
    for a in ref.actors.values():
        add_types(g, a.iri, ACTOR_TYPES.get(a.type, AKG.Organisation))
        g.add((a.iri, SKOS.prefLabel, Literal(a.label_en, lang="en")))
        g.add((a.iri, RDFS.label, Literal(a.label_en, lang="en")))
        if a.label_th:
            g.add((a.iri, SKOS.prefLabel, Literal(a.label_th, lang="th")))
        for alias in a.aliases_en:
            if alias != a.label_en:
                g.add((a.iri, SKOS.altLabel, Literal(alias, lang="en")))
        for alias in a.aliases_th:
            g.add((a.iri, SKOS.altLabel, Literal(alias, lang="th")))
        if a.iso3:
            g.add((a.iri, AKG.iso3166Alpha3, Literal(a.iso3)))
        if a.wikidata:
            g.add((a.iri, OWL.sameAs, WD[a.wikidata]))
        if a.parent:
            g.add((a.iri, ORG.unitOf, actor_iri(a.parent)))
        _cite(g, a.iri, a.sources, a.note)
    for p in ref.people.values():
        add_types(g, p.iri, AKG.Person)
        g.add((p.iri, SKOS.prefLabel, Literal(p.label_en, lang="en")))
        g.add((p.iri, RDFS.label, Literal(p.label_en, lang="en")))
        if p.label_th:
            g.add((p.iri, SKOS.prefLabel, Literal(p.label_th, lang="th")))
        for alias in p.aliases_en:
            if alias != p.label_en:
                g.add((p.iri, SKOS.altLabel, Literal(alias, lang="en")))
        for alias in p.aliases_th:
            g.add((p.iri, SKOS.altLabel, Literal(alias, lang="th")))
        if p.wikidata:
            g.add((p.iri, OWL.sameAs, WD[p.wikidata]))
        _cite(g, p.iri, p.sources, p.note)
    counts: dict[str, int] = {}
    for post in ref.posts:
        if post.person_id not in ref.people:
            continue
        counts[post.person_id] = counts.get(post.person_id, 0) + 1
        node = ID[f"post/{slug(post.person_id)}/{counts[post.person_id]}"]
        g.add((node, RDF.type, ORG.Post))
        g.add((node, RDF.type, TIME.ProperInterval))
        g.add((node, SKOS.prefLabel, Literal(post.post_en, lang="en")))
        if post.post_th:
            g.add((node, SKOS.prefLabel, Literal(post.post_th, lang="th")))
        g.add((node, ORG.heldBy, person_iri(post.person_id)))
        g.add((person_iri(post.person_id), ORG.holds, node))
        if post.actor_id:
            g.add((node, ORG.postIn, actor_iri(post.organisation_id or post.actor_id)))
            g.add((node, AKG.represents, actor_iri(post.actor_id)))
        if post.start:
            add_instant(g, node, TIME.hasBeginning, post.start)
        if post.end:
            add_instant(g, node, TIME.hasEnd, post.end)
        _cite(g, node, post.sources)
    for pl in ref.places.values():
        node = place_iri(pl.id)
        g.add((node, RDF.type, AKG.Place))
        g.add((node, SKOS.prefLabel, Literal(pl.label_en, lang="en")))
        g.add((node, SKOS.prefLabel, Literal(pl.label_th, lang="th")))
        if pl.country_id:
            g.add((node, SCHEMA.containedInPlace, actor_iri(pl.country_id)))
        if pl.wikidata:
            g.add((node, OWL.sameAs, WD[pl.wikidata]))
    for m in ref.mechanisms.values():
        if m.is_pattern:
            continue
        node = ID[f"series/{slug(m.id)}"]
        g.add((node, RDF.type, AKG.MeetingSeries))
        g.add((node, SKOS.prefLabel, Literal(m.label_en, lang="en")))
        if m.label_th:
            g.add((node, SKOS.prefLabel, Literal(m.label_th, lang="th")))
        for alias in (m.abbreviation, *m.aliases_en):
            if alias:
                g.add((node, SKOS.altLabel, Literal(alias, lang="en")))
        for alias in m.aliases_th:
            g.add((node, SKOS.altLabel, Literal(alias, lang="th")))
        for party in m.party_ids:
            g.add((node, AKG.party, actor_iri(party)))
        _cite(g, node, m.sources, m.note)
    for row in ref.partnerships:
        node = partnership_iri(row.partner_id, row.level)
        g.add((node, RDF.type, AKG.Partnership))
        g.add((node, AKG.partner, actor_iri(row.partner_id)))
        g.add((node, AKG.level, LEVEL[row.level]))
        if row.since:
            add_instant(g, node, TIME.hasBeginning, row.since)
        if row.established_at:
            g.add((node, AKG.establishedAt, Literal(row.established_at, lang="en")))
        _cite(g, node, row.sources, row.note)
    for row in ref.coordinators:
        node = coordinator_iri(row.coordinator_id, row.partner_id, row.start)
        g.add((node, RDF.type, AKG.CoordinatorRole))
        g.add((node, AKG.coordinator, actor_iri(row.coordinator_id)))
        g.add((node, AKG.partner, actor_iri(row.partner_id)))
        if row.start:
            add_instant(g, node, TIME.hasBeginning, row.start)
        if row.end:
            add_instant(g, node, TIME.hasEnd, row.end)
        _cite(g, node, row.sources, row.note)
    return g


def partnership_iri(partner_id: str, level: str) -> URIRef:
    return ID[f"partnership/{slug(partner_id)}/{level}"]


def coordinator_iri(coordinator_id: str, partner_id: str, start: str = "") -> URIRef:
    suffix = f"/{start}" if start else ""
    return ID[f"coordinator/{slug(coordinator_id)}/{slug(partner_id)}{suffix}"]


def reference_turtle_path() -> Path:
    return resources.seeds_dir() / "reference.ttl"


def main() -> int:
    """Regenerate ``seeds/reference.ttl`` from the CSV files."""
    load_reference.cache_clear()
    g = reference_graph()
    header = ("# Generated by `python -m kg.reference` from seeds/reference/*.csv; edit the CSV files, not this.\n")
    reference_turtle_path().write_text(header + g.serialize(format="turtle"), encoding="utf-8")
    print(f"wrote {reference_turtle_path()} ({len(g)} triples)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
