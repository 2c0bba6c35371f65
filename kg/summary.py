"""A summary of the five aggregate queries, kept by the loader in a graph of its own.

meetings-per-year, top-chairs, partner-topics, pledge-totals and co-attendance count each meeting
(or pledge) once although every release reporting it repeats it: over the releases they read and
deduplicate the whole store on every run (3-20 s at 100,000 releases). The summary graph
(``SUMMARY_GRAPH``, not a release graph) holds what they need, deduplicated, and their forms in
``queries/summary/`` answer from it (kg/query.py picks that form when :func:`ready`):

- per meeting or pledge ("entity") one JSON literal: what all graphs together say of it, read as
  the original queries read it (:func:`graph_facts`): parties, summit or not, date (the earliest
  start, else the earliest reporting release's date), topics, chairs, participants, labels, and
  the pledge's distinct (by, value, currency, date);
- per node an entity names (actor, person, topic): its English labels, whether it is a Person;
- the queries' rows, a triple per field (``FIELDS``: a query reads each field in one scan), and a
  rank per label (an integer sorts without Oxigraph reading the label's text).

Every write of release graphs (:meth:`kg.store.Store.write_releases`, ``remove_graph``, the drops of
``_recover``) carries the summary's changes in its own transaction (:func:`changes`), computed only
for what it touches: an entity only in new graphs takes their facts (set unions, the earlier
date); an entity, label or type a replaced or dropped graph stated is recomputed from the graphs
that stay (existence checks, and the few graphs reporting the entity). The rows then change by the
touched entities' old and new contributions (:func:`settle`): in that same transaction, or, for a
load, once after its last batch (each record keeps what it was until then, and the summary is not
used meanwhile; a killed load is settled when the store is next opened).

What the summary cannot hold exactly (a blank node or literal where the queries expect an IRI, a
date that is not ``YYYY-MM-DD`` xsd:date, an amount that is not xsd:decimal) raises
:class:`Unsupported`; the summary is then dropped in that same transaction, so the queries read
the releases, and marked so that it is not rebuilt on every open. A store without a summary
(older: :meth:`kg.store.Store.ensure_summary` builds it once, with :func:`build`; or a SPARQL
endpoint) answers with the original queries.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Context, Decimal

import pyoxigraph as ox

from kg import resources
from kg.namespaces import AKG, GRAPH, ROLE, SCHEMA

SUMMARY_GRAPH = str(GRAPH["summary"])
SM = "https://w3id.org/aseankg/summary#"
ROWS = "https://w3id.org/aseankg/summary/"
VERSION = "1"  # raise when the summary's content changes: stores then rebuild it

_S = ox.NamedNode(SUMMARY_GRAPH)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER = ox.NamedNode(_XSD + "integer")
_DECIMAL = ox.NamedNode(_XSD + "decimal")
_TRUE = ox.Literal("true", datatype=ox.NamedNode(_XSD + "boolean"))
_EXACT = Context(prec=100)  # amounts are added without rounding (Oxigraph's decimals have 38 digits)


def _sm(local: str) -> ox.NamedNode:
    return ox.NamedNode(SM + local)


P_VERSION, P_UNSUPPORTED, P_FACTS = _sm("version"), _sm("unsupported"), _sm("facts")
P_TRACKED, P_EN, P_PERSON, P_KEYED = _sm("tracked"), _sm("en"), _sm("person"), _sm("keyed")
P_SORT_KEY, P_RANK = _sm("sortKey"), _sm("rank")
# since the last settle: what a node was (sm:base; "": untracked, also marking an entity that is new);
# an entity's new record ("": gone), sm:facts keeping the settled one (sm:pending)
P_BASE, P_PENDING, P_UNSETTLED = _sm("base"), _sm("pending"), _sm("unsettled")
RANK_STEP = 1 << 20  # ranks are spread out so that a new label usually fits between two others
# a row's fields, per query: one predicate each, so that a query reads each field of its rows in one scan
FIELDS = {
    "meetings-per-year": ("mpy", ("Partner", "Year"), ("Meetings", "Summits")),
    "partner-topics": ("pt", ("Partner", "Year", "Topic"), ("Meetings",)),
    "top-chairs": ("tc", ("Actor", "Chair"), ("Meetings",)),
    "pledge-totals": ("pl", ("Partner", "Year", "Currency"), ("Pledges", "Total")),
    "co-attendance": ("ca", ("PersonA", "PersonB"), ("Meetings", "Labels", "LabelCounts")),
}
_PREDICATES = {kind: [_sm(prefix + name) for name in keys + values] for kind, (prefix, keys, values) in FIELDS.items()}

# N-Triples tokens of what the queries read (as the loader writes them and Oxigraph dumps them)
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
PREF_LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
DCT_DATE = "<http://purl.org/dc/terms/date>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
PARTY, MEETING, TOPIC, ROLE_P = (f"<{AKG[x]}>" for x in ("party", "meeting", "topic", "role"))
PARTICIPANT, COMMITTED_BY = f"<{AKG.participant}>", f"<{AKG.committedBy}>"
C_MEETING, C_SUMMIT, C_PERSON = f"<{AKG.Meeting}>", f"<{AKG.Summit}>", f"<{AKG.Person}>"
C_TOPIC, C_PARTICIPATION, C_PLEDGE = f"<{AKG.TopicDiscussion}>", f"<{AKG.Participation}>", f"<{AKG.FinancialPledge}>"
START, AMOUNT, VALUE, CURRENCY = (f"<{SCHEMA[x]}>" for x in ("startDate", "amount", "value", "currency"))
CHAIRS = (f"<{ROLE['chair']}>", f"<{ROLE['co-chair']}>")
ASEAN = "https://w3id.org/aseankg/id/actor/asean"
_RELEVANT = frozenset({RDF_TYPE, PREF_LABEL, RDFS_LABEL, DCT_DATE, DERIVED, PARTY, MEETING, TOPIC, ROLE_P,
                       PARTICIPANT, COMMITTED_BY, START, AMOUNT, VALUE, CURRENCY})
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


class Unsupported(Exception):
    """The data holds something the summary cannot represent exactly (see the module's docstring)."""


# ---------------------------------------------------------------- what one graph says


@dataclass
class Facts:
    """What some graphs say, deduplicated: sets keyed by the entity or node (IRIs without <>)."""

    party: dict[str, set[str]] = field(default_factory=dict)
    summit: set[str] = field(default_factory=set)
    when: dict[str, set[str]] = field(default_factory=dict)  # meeting -> its candidate dates
    topic: dict[str, set[str]] = field(default_factory=dict)
    chair: dict[str, set[str]] = field(default_factory=dict)
    participant: dict[str, set[str]] = field(default_factory=dict)
    mlabel: dict[str, set[str]] = field(default_factory=dict)  # meeting -> STR of its rdfs:labels
    pledge: dict[str, set[tuple[str, str, str, str]]] = field(default_factory=dict)  # (by, value, currency, date)
    label: dict[str, set[str]] = field(default_factory=dict)  # node -> its English prefLabels
    person: set[str] = field(default_factory=set)

    SETS = ("party", "when", "topic", "chair", "participant", "mlabel", "pledge", "label")

    def merge(self, other: Facts) -> None:
        for name in self.SETS:
            mine = getattr(self, name)
            for key, values in getattr(other, name).items():
                if key in mine:
                    mine[key] |= values
                else:
                    mine[key] = set(values)
        self.summit |= other.summit
        self.person |= other.person

    def entities(self) -> set[str]:
        out = set(self.summit)
        for name in ("party", "when", "topic", "chair", "participant", "mlabel", "pledge"):
            out.update(getattr(self, name))
        return out

    def named(self) -> set[str]:
        """Nodes whose labels or Person type these facts state."""
        return set(self.label) | self.person


def _iri(token: str) -> str:
    if token[:1] != "<":
        raise Unsupported(f"{token[:80]} where an IRI is expected")
    return token[1:-1]


def _literal(token: str) -> tuple[str, str, str] | None:
    """(lexical form, language, datatype IRI) of a literal token; None for an IRI or blank node."""
    if token[:1] != '"':
        return None
    end = token.rindex('"')
    lexical, rest = token[1:end], token[end + 1:]
    if "\\" in lexical:
        lexical = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if not m.group(3)
                              else _ECHAR.get(m.group(3), m.group(0)), lexical)
    if rest.startswith("@"):
        return lexical, rest[1:].lower(), ""
    return lexical, "", rest[3:-1] if rest.startswith("^^") else _XSD + "string"


def _str(token: str) -> str:
    """SPARQL's STR()."""
    lit = _literal(token)
    if lit is not None:
        return lit[0]
    return _iri(token)


def _date(token: str) -> str:
    lit = _literal(token)
    if lit is None or lit[2] != _XSD + "date" or not _DATE.fullmatch(lit[0]):
        raise Unsupported(f"date {token[:80]} is not a YYYY-MM-DD xsd:date")
    return lit[0]


def _decimal(token: str) -> str:
    lit = _literal(token)
    if lit is None or lit[2] != _XSD + "decimal":
        raise Unsupported(f"amount {token[:80]} is not an xsd:decimal")
    return _canonical(Decimal(lit[0]))


def _canonical(value: Decimal) -> str:
    """The decimal's canonical form, as Oxigraph stores it (1.50 -> 1.5, 2.0 -> 2)."""
    text = format(value.normalize(_EXACT), "f")
    return "0" if text in ("-0", "0") else text


def graph_facts(triples: Iterable[tuple[str, str, str]], graph: str) -> Facts:
    """What one graph (its triples as N-Triples tokens) contributes, read as the original queries
    read it: every pattern inside one graph, the graph's own node giving its release date."""
    props: dict[str, dict[str, list[str]]] = {}
    refs: dict[str, list[str]] = defaultdict(list)  # object of akg:meeting -> the nodes pointing at it
    for s, p, o in triples:
        if p not in _RELEVANT:
            continue
        d = props.get(s)
        if d is None:
            d = props[s] = {}
        values = d.get(p)
        if values is None:
            d[p] = [o]
        else:
            values.append(o)
        if p == MEETING:
            refs[o].append(s)
    f = Facts()
    node = f"<{graph}>"
    release_dates = props.get(node, {}).get(DCT_DATE, [])
    reports_dates = None  # startDates of any report derived from this graph (for a pledge without a meeting)
    for s, d in props.items():
        types = d.get(RDF_TYPE, ())
        if PARTY in d:
            f.party.setdefault(_iri(s), set()).update(_iri(o) for o in d[PARTY])
        if s[:1] == "<":  # labels and types of blank nodes cannot be named by an entity (that raises)
            if C_SUMMIT in types:
                f.summit.add(s[1:-1])
            if C_PERSON in types:
                f.person.add(s[1:-1])
            for o in d.get(PREF_LABEL, ()):
                lit = _literal(o)
                if lit is not None and lit[1] == "en":
                    f.label.setdefault(s[1:-1], set()).add(lit[0])
        if C_MEETING in types:
            if RDFS_LABEL in d:
                f.mlabel.setdefault(_iri(s), set()).update(_str(o) for o in d[RDFS_LABEL])
            if release_dates:
                starts = [x for r in refs.get(s, ()) for x in props[r].get(START, ())]
                f.when.setdefault(_iri(s), set()).update(_date(x) for x in starts or release_dates)
        if C_PLEDGE in types and release_dates:
            meetings = d.get(MEETING, ())
            if meetings:
                dates = set()
                for m in meetings:
                    found = [x for r in refs.get(m, ()) if node in props[r].get(DERIVED, ())
                             for x in props[r].get(START, ())]
                    dates.update(found or release_dates)
            else:
                if reports_dates is None:
                    reports_dates = [x for r, rd in props.items() if MEETING in rd and node in rd.get(DERIVED, ())
                                     for x in rd.get(START, ())]
                dates = set(reports_dates or release_dates)
            days = {_date(x) for x in dates}
            tuples = set()
            for a in d.get(AMOUNT, ()):
                amount = props.get(a, {})
                for v in amount.get(VALUE, ()):
                    for cur in amount.get(CURRENCY, ()):
                        for by in d.get(COMMITTED_BY, ()):
                            tuples.update((_iri(by), _decimal(v), _str(cur), day) for day in days)
            if tuples:
                f.pledge.setdefault(_iri(s), set()).update(tuples)
    for target, nodes in refs.items():
        for x in nodes:
            d = props[x]
            types = d.get(RDF_TYPE, ())
            if C_TOPIC in types and TOPIC in d:
                f.topic.setdefault(_iri(target), set()).update(_iri(t) for t in d[TOPIC])
            if PARTICIPANT in d:
                roles = d.get(ROLE_P, ())
                if CHAIRS[0] in roles or CHAIRS[1] in roles:
                    f.chair.setdefault(_iri(target), set()).update(_iri(p) for p in d[PARTICIPANT])
                if C_PARTICIPATION in types:
                    f.participant.setdefault(_iri(target), set()).update(_iri(p) for p in d[PARTICIPANT])
    return f


def nquads_triples(body: str, graph: str) -> Iterator[tuple[str, str, str]]:
    """The (s, p, o) tokens of N-Quads lines in ``graph`` (as the loader writes a release)."""
    cut = -len(f" <{graph}> .")
    for line in body.splitlines():
        if line:
            s, p, rest = line.split(" ", 2)
            yield s, p, rest[:cut]


def stored_triples(store: ox.Store, graph: str) -> Iterator[tuple[str, str, str]]:
    """The (s, p, o) tokens of a stored graph (Oxigraph's N-Triples: one space, then " .")."""
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph)).decode()
    for line in data.splitlines():
        if line:
            s, p, rest = line.split(" ", 2)
            yield s, p, rest[:-2]


def release_facts(body: str, graph: str) -> Facts:
    """What a release's N-Quads contribute (the loader's workers call this)."""
    return graph_facts(nquads_triples(body, graph), graph)


# ---------------------------------------------------------------- per entity and per node


def record(entity: str, facts: Facts) -> dict:
    """The entity's summary record from facts about it (JSON-ready, sorted)."""
    rec: dict = {"e": entity}
    for name in ("party", "topic", "chair", "participant", "mlabel"):
        values = getattr(facts, name).get(entity)
        if values:
            rec[name] = sorted(values)
    if entity in facts.summit:
        rec["summit"] = True
    dates = facts.when.get(entity)
    if dates:
        rec["date"] = min(dates)  # YYYY-MM-DD: text order is date order
    tuples = facts.pledge.get(entity)
    if tuples:
        rec["pledge"] = sorted(list(t) for t in tuples)
    return rec


def merged(rec: dict | None, entity: str, facts: Facts) -> dict:
    """``rec`` with what ``facts`` add (graphs only added: unions, and the earlier date)."""
    if rec is None:
        return record(entity, facts)
    both = Facts()
    _into(both, rec)
    extra = Facts()
    for name in Facts.SETS:
        values = getattr(facts, name).get(entity)
        if values:
            getattr(extra, name)[entity] = values
    if entity in facts.summit:
        extra.summit.add(entity)
    both.merge(extra)
    return record(entity, both)


def _into(facts: Facts, rec: dict) -> None:
    e = rec["e"]
    for name in ("party", "topic", "chair", "participant", "mlabel"):
        if rec.get(name):
            getattr(facts, name)[e] = set(rec[name])
    if rec.get("summit"):
        facts.summit.add(e)
    if rec.get("date"):
        facts.when[e] = {rec["date"]}
    if rec.get("pledge"):
        facts.pledge[e] = {tuple(t) for t in rec["pledge"]}


def empty(rec: dict) -> bool:
    return len(rec) == 1


def named_nodes(rec: dict, keyed_only: bool = False) -> set[str]:
    """Nodes whose labels the record's rows use (``keyed_only``: those whose labels are row keys)."""
    out = set(rec.get("party", ())) | set(rec.get("topic", ())) | {t[0] for t in rec.get("pledge", ())}
    if not keyed_only:
        out |= set(rec.get("chair", ())) | set(rec.get("participant", ()))
    return out


@dataclass
class Node:
    """A node the rows name: its English labels, Person type, and whether labels are row keys."""

    labels: frozenset[str] = frozenset()
    person: bool = False
    keyed: bool = False


# ---------------------------------------------------------------- rows of the five queries

Key = tuple


def contributions(rec: dict, labels: Callable[[str], frozenset[str]]) -> dict[Key, tuple]:
    """What one entity adds to each row, as the original queries count it (each meeting or pledge
    once per row; a row per English label of a partner or topic)."""
    out: dict[Key, tuple] = {}
    parties = [a for a in rec.get("party", ()) if a != ASEAN]
    date = rec.get("date")
    if date and parties:
        year = date[:4]
        partners = {label for a in parties for label in labels(a)}
        summit = 1 if rec.get("summit") else 0
        topics = {label for t in rec.get("topic", ()) for label in labels(t)}
        for partner in partners:
            out[("meetings-per-year", partner, year)] = (1, summit)
            for topic in topics:
                out[("partner-topics", partner, year, topic)] = (1,)
    for a in parties:
        for chair in rec.get("chair", ()):
            out[("top-chairs", a, chair)] = (1,)
    people = sorted(rec.get("participant", ()))
    if len(people) > 1:
        mlabels = tuple(rec.get("mlabel", ()))
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                out[("co-attendance", a, b)] = (1, mlabels)
    totals: dict[Key, Decimal] = defaultdict(Decimal)
    for by, value, currency, day in rec.get("pledge", ()):
        for label in labels(by):
            key = ("pledge-totals", label, day[:4], currency)
            totals[key] = _EXACT.add(totals[key], Decimal(value))
    for key, total in totals.items():
        out[key] = (1, total)
    return out


_ROW_IRIS: dict[Key, ox.NamedNode] = {}


def _row_iri(key: Key) -> ox.NamedNode:
    row = _ROW_IRIS.get(key)
    if row is None:
        digest = hashlib.sha1(json.dumps(key, ensure_ascii=False).encode()).hexdigest()[:32]
        row = ox.NamedNode(f"{ROWS}row/{key[0]}/{digest}")
        if len(_ROW_IRIS) < 500_000:
            _ROW_IRIS[key] = row
    return row


def _entity_iri(entity: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ROWS}entity/{hashlib.sha1(entity.encode()).hexdigest()[:32]}")


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_INTEGER)


def row_triples(key: Key, value: list, held: list[ox.Triple] | None = None) -> list[ox.Triple]:
    """A row's triples: the key's fields (IRIs, or plain strings as STR() gives them) and its values
    (the key's triples are taken from ``held``, the row as stored, when there is one)."""
    row = _row_iri(key)
    kind = key[0]
    if key[0] == "co-attendance":
        counts = value[1]
        shown = [_int(value[0]), ox.Literal(" | ".join(sorted(counts))),
                 ox.Literal(json.dumps(dict(sorted(counts.items())), ensure_ascii=False))]
    elif key[0] == "pledge-totals":
        shown = [_int(value[0]), ox.Literal(_canonical(value[1]), datatype=_DECIMAL)]
    else:
        shown = [_int(n) for n in value]
    predicates = _PREDICATES[kind]
    values = [ox.Triple(row, p, term) for p, term in zip(predicates[len(key) - 1:], shown, strict=True)]
    if held:
        keys = set(predicates[:len(key) - 1])
        return [t for t in held if t.predicate in keys] + values
    terms = [ox.NamedNode(k) if kind in ("top-chairs", "co-attendance") else ox.Literal(k) for k in key[1:]]
    return [ox.Triple(row, p, term) for p, term in zip(predicates, terms, strict=False)] + values


def _zero(kind: str) -> list:
    if kind == "co-attendance":
        return [0, Counter()]
    if kind == "pledge-totals":
        return [0, Decimal(0)]
    if kind == "meetings-per-year":
        return [0, 0]
    return [0]


def _add(kind: str, acc: list, part: tuple, sign: int) -> None:
    acc[0] += sign * part[0]
    if kind == "co-attendance":
        acc[1].update({label: sign for label in part[1]})
    elif len(part) > 1:
        acc[1] = _EXACT.add(acc[1], _EXACT.multiply(sign, part[1])) if isinstance(part[1], Decimal) \
            else acc[1] + sign * part[1]


def _row_value(kind: str, triples: list[ox.Triple]) -> list:
    predicates = _PREDICATES[kind]
    got = {t.predicate: t.object.value for t in triples}
    values = [got[p] for p in predicates[len(FIELDS[kind][1]):]]
    if kind == "co-attendance":
        return [int(values[0]), Counter(json.loads(values[2]))]
    if kind == "pledge-totals":
        return [int(values[0]), Decimal(values[1])]
    return [int(v) for v in values]


# ---------------------------------------------------------------- the store's side


def present(store: ox.Store) -> bool:
    """Whether the store holds an up-to-date summary (queries then use ``queries/summary/``)."""
    return any(True for _ in store.quads_for_pattern(_S, P_VERSION, ox.Literal(VERSION), _S))


def refused(store: ox.Store) -> bool:
    """Whether this version of the summary gave up on the store's data (see :class:`Unsupported`)."""
    return any(True for _ in store.quads_for_pattern(_S, P_UNSUPPORTED, ox.Literal(VERSION), _S))


def _triples_of(store: ox.Store, subject: ox.NamedNode) -> list[ox.Triple]:
    return [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(subject, None, None, _S)]


def _exists(store: ox.Store, s, p, o, excluded: set[str]) -> bool:
    """Whether a graph other than ``excluded`` (and the summary) holds the triple."""
    for q in store.quads_for_pattern(s, p, o, None):
        g = q.graph_name
        if isinstance(g, ox.NamedNode) and g.value not in excluded and g.value != SUMMARY_GRAPH:
            return True
    return False


def _graphs_of(store: ox.Store, entities: Iterable[str], excluded: set[str]) -> set[str]:
    """Graphs that report the entities: type them a Meeting or a pledge, or point at them."""
    rdf_type, meeting = ox.NamedNode(RDF_TYPE[1:-1]), ox.NamedNode(MEETING[1:-1])
    classes = (ox.NamedNode(C_MEETING[1:-1]), ox.NamedNode(C_PLEDGE[1:-1]))
    out = set()
    for e in entities:
        node = ox.NamedNode(e)
        quads = [q for c in classes for q in store.quads_for_pattern(node, rdf_type, c, None)]
        quads += store.quads_for_pattern(None, meeting, node, None)
        out.update(q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode))
    return out - excluded - {SUMMARY_GRAPH}


def _read_node(quads: list[ox.Triple]) -> tuple[bool, Node]:
    labels, person, keyed, tracked = set(), False, False, False
    for q in quads:
        p = q.predicate
        if p == P_EN:
            labels.add(q.object.value)
        elif p == P_PERSON:
            person = True
        elif p == P_KEYED:
            keyed = True
        elif p == P_TRACKED:
            tracked = True
    return tracked, Node(frozenset(labels), person, keyed)


def _node_triples(x: str, node: Node) -> list[ox.Triple]:
    s = ox.NamedNode(x)
    out = [ox.Triple(s, P_TRACKED, _TRUE)] + [ox.Triple(s, P_EN, ox.Literal(label)) for label in sorted(node.labels)]
    if node.person:
        out.append(ox.Triple(s, P_PERSON, _TRUE))
    if node.keyed:
        out.append(ox.Triple(s, P_KEYED, _TRUE))
    return out


def _key_iri(text: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ROWS}sort/{hashlib.sha1(text.encode()).hexdigest()[:32]}")


def _rank_triples(text: str, rank: int) -> list[ox.Triple]:
    node = _key_iri(text)
    return [ox.Triple(node, P_SORT_KEY, ox.Literal(text)), ox.Triple(node, P_RANK, _int(rank))]


def _sort_keys(change: _Change, texts: set[str]) -> None:
    """Give each label a query may sort by a rank in the labels' order (an integer sorts without
    reading the label's text): between its neighbours, or all labels renumbered when there is no
    room. A label no row uses any more keeps its rank (harmless)."""
    missing = {t for t in texts if not change.read(_key_iri(t))}
    if not missing:
        return
    store = change.store
    stored = {}
    for q in store.quads_for_pattern(None, P_SORT_KEY, None, _S):
        stored[q.object.value] = int(next(store.quads_for_pattern(q.subject, P_RANK, None, _S)).object.value)
    ranks = dict(stored)
    order = sorted(ranks, key=ranks.__getitem__)
    for text in sorted(missing):
        i = bisect.bisect(order, text)
        low = ranks[order[i - 1]] if i else 0
        high = ranks[order[i]] if i < len(order) else low + 2 * RANK_STEP
        order.insert(i, text)
        if high - low >= 2:
            ranks[text] = (low + high) // 2
        else:  # no room: renumber them all
            ranks = {t: n * RANK_STEP for n, t in enumerate(order, 1)}
    for text, rank in ranks.items():
        if stored.get(text) != rank:
            change.replace(_key_iri(text), _rank_triples(text, rank))


def sort_keys_in_order(store: ox.Store) -> bool:
    """Whether every label the rows show has a rank, and the ranks order the labels as text."""
    ranks = {}
    for q in store.quads_for_pattern(None, P_SORT_KEY, None, _S):
        ranks[q.object.value] = int(next(store.quads_for_pattern(q.subject, P_RANK, None, _S)).object.value)
    labels = {q.object.value for q in store.quads_for_pattern(None, P_EN, None, _S)} | {""}
    return labels <= set(ranks) and sorted(ranks) == sorted(ranks, key=ranks.__getitem__)


def _record_json(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, sort_keys=True)


def _entity_triple(rec: dict) -> ox.Triple:
    return ox.Triple(_entity_iri(rec["e"]), P_FACTS, ox.Literal(_record_json(rec)))


def _current_literal(triples: list[ox.Triple]):
    """The literal of an entity's record as the store now says (pending since the last settle, else
    settled), as ``_record_json`` wrote it."""
    settled, pending = None, None
    for t in triples:
        if t.predicate == P_PENDING:
            pending = t.object
        elif t.predicate == P_FACTS:
            settled = t.object
    return pending if pending is not None else settled


def _record(literal) -> dict | None:
    return json.loads(literal.value) if literal is not None and literal.value else None


def _current(triples: list[ox.Triple]) -> dict | None:
    """An entity's record as the store now says."""
    return _record(_current_literal(triples))


def _fetch_node(store: ox.Store, x: str, excluded: set[str]) -> Node:
    """A node's labels and type from every graph but ``excluded`` (for a node the rows name first)."""
    s = ox.NamedNode(x)
    labels = set()
    for q in store.quads_for_pattern(s, ox.NamedNode(PREF_LABEL[1:-1]), None, None):
        g = q.graph_name
        if isinstance(g, ox.NamedNode) and g.value not in excluded and g.value != SUMMARY_GRAPH \
                and isinstance(q.object, ox.Literal) and (q.object.language or "").lower() == "en":
            labels.add(q.object.value)
    person = _exists(store, s, ox.NamedNode(RDF_TYPE[1:-1]), ox.NamedNode(C_PERSON[1:-1]), excluded)
    return Node(frozenset(labels), person)


class Cache(dict):
    """The summary graph's triples by subject, as last committed: the loader is the store's only
    writer, so a load reads each row from the store once, not once per batch. Store._commit applies
    a change to it once the change is committed, and empties it when anything else writes."""


class _Change:
    """The summary triples a write removes and adds (one SPARQL Update, in the write's transaction),
    subject by subject; reads go through the cache."""

    def __init__(self, store: ox.Store, cache: Cache | None) -> None:
        self.store = store
        self.cache = cache if cache is not None else Cache()
        self.before: dict[str, list[ox.Triple]] = {}  # as stored, for the subjects this change rewrites
        self.after: dict[str, list[ox.Triple]] = {}

    def read(self, subject: ox.NamedNode) -> list[ox.Triple]:
        key = subject.value
        if key in self.after:
            return self.after[key]
        got = self.cache.get(key)
        if got is None:
            got = self.cache[key] = _triples_of(self.store, subject)
        return got

    def replace(self, subject: ox.NamedNode, new: list[ox.Triple]) -> None:
        """The subject's triples become ``new`` (only those that differ from the store's are written)."""
        old = self.read(subject)
        if set(old) != set(new):
            self.before.setdefault(subject.value, old)
            self.after[subject.value] = list(new)

    def keep_base(self, subject: ox.NamedNode, triples: list[ox.Triple], base: str) -> None:
        """Replace the subject's triples, noting (once until the next settle) what it was then."""
        held = [t for t in self.read(subject) if t.predicate == P_BASE]
        self.replace(subject, triples + (held or [ox.Triple(subject, P_BASE, ox.Literal(base))]))
        self.unsettle()

    def unsettle(self) -> None:
        self.replace(_S, [ox.Triple(_S, P_VERSION, ox.Literal(VERSION)), ox.Triple(_S, P_UNSETTLED, _TRUE)])

    def sparql(self) -> str:
        delete, insert = [], []
        for key, new in self.after.items():
            old = self.before[key]
            old_set, new_set = set(old), set(new)
            delete += [t for t in old if t not in new_set]
            insert += [t for t in new if t not in old_set]
        ops = []
        for verb, triples in (("DELETE", delete), ("INSERT", insert)):
            if triples:
                body = "\n".join(f"{t} ." for t in triples)
                ops.append(f"{verb} DATA {{ GRAPH <{SUMMARY_GRAPH}> {{\n{body}\n}} }}")
        return " ;\n".join(ops)

    def committed(self) -> None:
        """Called once the update holding :meth:`sparql` is committed."""
        self.cache.update(self.after)


def _node_json(node: Node | None) -> str:
    if node is None:
        return ""
    return json.dumps({"labels": sorted(node.labels), "person": node.person, "keyed": node.keyed}, ensure_ascii=False)


def _node_of(text: str) -> Node | None:
    if not text:
        return None
    d = json.loads(text)
    return Node(frozenset(d["labels"]), d["person"], d["keyed"])


def changes(store: ox.Store, excluded: Iterable[str], new: Facts, cache: Cache | None = None) -> _Change:
    """The summary's changes when the graphs ``excluded`` are dropped (or replaced) and graphs
    saying ``new`` are added, to run in the same transaction as that write: the records of the
    entities the write touches, and the labels and types of the nodes they name. The rows follow
    in :func:`settle` (in that same transaction, or after the last batch of a load: until then the
    summary notes what each changed record and node was, and queries do not use it).

    Call it before the write, or after a bulk load of the new graphs (facts are merged as sets, so
    reading a new graph twice changes nothing). ``cache`` holds what a previous call read of the
    summary (see :class:`Cache`). Raises :class:`Unsupported`."""
    excluded = set(excluded)
    old = Facts()
    for g in excluded:
        old.merge(graph_facts(stored_triples(store, g), g))
    touched_old, touched_new = old.entities(), new.entities()
    change = _Change(store, cache)

    # the entities: what the summary holds, and what the store will hold
    before: dict[str, dict] = {}
    for e in touched_old | touched_new:
        rec = _current(change.read(_entity_iri(e)))
        if rec is not None:
            before[e] = rec
    records: dict[str, dict] = {e: merged(before.get(e), e, new) for e in touched_new - touched_old}
    if touched_old:
        records.update(_recompute(store, touched_old, excluded, new, before))
    # only what changed matters from here on: a release reporting a meeting again usually adds nothing
    changed = {e for e, rec in records.items() if before.get(e) != (None if empty(rec) else rec)}
    for e in changed:
        row, rec = _entity_iri(e), records[e]
        held = change.read(row)
        settled = [t for t in held if t.predicate == P_FACTS] if not any(t.predicate == P_BASE for t in held) else []
        if settled:  # it was there at the last settle: keep that record, note the new one
            same = json.loads(settled[0].object.value) == rec
            change.replace(row, settled + ([] if same else [ox.Triple(row, P_PENDING, ox.Literal(
                "" if empty(rec) else _record_json(rec)))]))
        else:  # new since the last settle
            change.replace(row, [] if empty(rec) else [_entity_triple(rec), ox.Triple(row, P_BASE, ox.Literal(""))])
    if changed:
        change.unsettle()

    # the nodes they name: English labels and the Person type
    named, keyed = set(), set()
    for e in changed:
        named |= named_nodes(records[e])
        keyed |= named_nodes(records[e], True)
    restated_old, restated_new = old.named(), new.named()
    label, rdf_type, person = (ox.NamedNode(t[1:-1]) for t in (PREF_LABEL, RDF_TYPE, C_PERSON))
    texts: set[str] = set()  # labels that may be new to the sort keys
    for x in named | restated_old | restated_new:
        tracked, node = _read_node(change.read(ox.NamedNode(x)))
        if tracked:
            labels, is_person = set(node.labels), node.person
            if x in restated_old:  # a graph stating them goes: keep what another graph still states
                labels = {s for s in labels | new.label.get(x, set()) if s in new.label.get(x, ())
                          or _exists(store, ox.NamedNode(x), label, ox.Literal(s, language="en"), excluded)}
                is_person = x in new.person or _exists(store, ox.NamedNode(x), rdf_type, person, excluded)
            elif x in restated_new:
                labels |= new.label.get(x, set())
                is_person = is_person or x in new.person
            after = Node(frozenset(labels), is_person, node.keyed or x in keyed)
        elif x in named:
            fetched = _fetch_node(store, x, excluded)
            after = Node(fetched.labels | new.label.get(x, frozenset()), fetched.person or x in new.person,
                         x in keyed)
        else:
            continue  # a node no row names: its labels do not matter
        if not tracked or after != node:
            change.keep_base(ox.NamedNode(x), _node_triples(x, after), _node_json(node if tracked else None))
            if not tracked or after.labels != node.labels:
                texts |= after.labels
    if texts:
        _sort_keys(change, texts | {""})
    return change


def unsettled(store: ox.Store) -> bool:
    """Whether a load left rows to bring up to date (:func:`settle`); queries do not use them then."""
    return any(True for _ in store.quads_for_pattern(_S, P_UNSETTLED, None, _S))


def ready(store: ox.Store) -> bool:
    """Whether queries can answer from the summary: it is there, up to date and settled."""
    return present(store) and not unsettled(store)


def settle(change: _Change) -> None:
    """Bring the rows up to date with the records and nodes changed since the last settle: each
    changed entity's old contributions out and its new ones in, once, however many batches changed
    it (a load settles after its last batch, not after each one)."""
    store = change.store
    marked = (P_BASE, P_PENDING)
    pending = {q.subject.value for p in marked for q in store.quads_for_pattern(None, p, None, _S)}
    pending |= {s for s, triples in change.after.items() if any(t.predicate in marked for t in triples)}
    if not pending and not unsettled(store):
        return
    entities: dict[str, tuple[dict | None, dict | None]] = {}  # entity -> (record before, record now)
    nodes_before: dict[str, Node | None] = {}
    for subject in pending:
        node = ox.NamedNode(subject)
        triples = change.read(node)
        if subject.startswith(ROWS + "entity/"):
            new = any(t.predicate == P_BASE for t in triples)
            settled = [json.loads(t.object.value) for t in triples if t.predicate == P_FACTS and not new]
            literal = _current_literal(triples)
            now = _record(literal)
            then = settled[0] if settled else None
            if then is not None or now is not None:  # (neither: made and gone again since the last settle)
                entities[(then or now)["e"]] = (then, now)
            # (the record's literal as stored: not dumped and hashed again at each settle)
            change.replace(node, [ox.Triple(node, P_FACTS, literal)] if now is not None else [])
        else:
            nodes_before[subject] = _node_of(next(t.object.value for t in triples if t.predicate == P_BASE))
            change.replace(node, [t for t in triples if t.predicate != P_BASE])
    change.replace(_S, [ox.Triple(_S, P_VERSION, ox.Literal(VERSION))])

    def labels_now(x: str) -> frozenset[str]:
        return _read_node(change.read(ox.NamedNode(x)))[1].labels

    def labels_then(x: str) -> frozenset[str]:
        if x not in nodes_before:
            return labels_now(x)
        then = nodes_before[x]
        return then.labels if then else frozenset()  # (untracked then: no record named it)

    # entities whose rows change because a node they key on changed its labels (rare: partners and
    # topics are labelled by the reference data and the ontology)
    relabelled = {x for x, then in nodes_before.items() if then and then.keyed and then.labels != labels_now(x)}
    if relabelled:  # (the entities not pending: their settled record is their record)
        for q in store.quads_for_pattern(None, P_FACTS, None, _S):
            rec = json.loads(q.object.value)
            if rec["e"] not in entities and named_nodes(rec, True) & relabelled:
                entities[rec["e"]] = (rec, rec)

    delta: dict[Key, list] = {}
    for then, now in entities.values():
        for sign, rec, labels in ((-1, then, labels_then), (1, now, labels_now)):
            for key, part in contributions(rec, labels).items() if rec else ():
                acc = delta.get(key)
                if acc is None:
                    acc = delta[key] = _zero(key[0])
                _add(key[0], acc, part, sign)
    for key, d in delta.items():
        if key[0] == "co-attendance":
            d[1] = Counter({k: v for k, v in d[1].items() if v})
        if not any(d):
            continue
        row = _row_iri(key)
        held = change.read(row)
        value = _row_value(key[0], held) if held else _zero(key[0])
        value[0] += d[0]
        if key[0] == "co-attendance":
            value[1].update(d[1])
            value[1] = +value[1]
        elif len(d) > 1:
            value[1] = _EXACT.add(value[1], d[1]) if isinstance(d[1], Decimal) else value[1] + d[1]
        change.replace(row, row_triples(key, value, held) if value[0] > 0 else [])


def _recompute(store: ox.Store, entities: set[str], excluded: set[str], new: Facts,
               stored: dict[str, dict]) -> dict[str, dict]:
    """Records of entities a dropped graph spoke of, from the graphs that stay and the new ones."""
    facts = Facts()
    for g in _graphs_of(store, entities, excluded):
        facts.merge(graph_facts(stored_triples(store, g), g))
    facts.merge(new)
    party, rdf_type, summit = ox.NamedNode(PARTY[1:-1]), ox.NamedNode(RDF_TYPE[1:-1]), ox.NamedNode(C_SUMMIT[1:-1])
    out = {}
    for e in entities:
        rec = stored.get(e) or {}
        node = ox.NamedNode(e)
        # parties and the Summit type are single triples, stated by any graph (a meeting series too):
        # each one known is checked for a graph that still states it
        facts.party[e] = {a for a in set(rec.get("party", ())) | facts.party.get(e, set())
                          if a in new.party.get(e, ()) or a in facts.party.get(e, ())
                          or _exists(store, node, party, ox.NamedNode(a), excluded)}
        if e in new.summit or e in facts.summit or \
                (rec.get("summit") and _exists(store, node, rdf_type, summit, excluded)):
            facts.summit.add(e)
        else:
            facts.summit.discard(e)
        out[e] = record(e, facts)
    return out


def build(store: ox.Store) -> list[ox.Quad]:
    """The whole store's summary, as quads to load. What :func:`graph_facts` reads graph by graph is
    read here by the queries in ``queries/summary/facts/``, over every graph at once (reading each
    graph's triples would decode every term of the store; at 100,000 releases that took minutes)."""
    from kg.namespaces import SPARQL_PREFIXES

    facts = Facts()
    folder = resources.queries_dir() / "summary" / "facts"
    for name in ("party", "summit", "person", "label", "mlabel", "when", "topic", "chair", "participant", "pledge"):
        for row in store.query(SPARQL_PREFIXES + (folder / f"{name}.rq").read_text(encoding="utf-8")):
            t = [str(term) if term is not None else "" for term in row]
            if name in ("summit", "person"):
                getattr(facts, name).add(_iri(t[0]))
            elif name == "pledge":
                facts.pledge.setdefault(_iri(t[0]), set()).add((_iri(t[1]), _decimal(t[2]), _str(t[3]), _date(t[4])))
            else:
                value = {"label": lambda x: _literal(x)[0], "mlabel": _str, "when": _date}.get(name, _iri)(t[1])
                getattr(facts, name).setdefault(_iri(t[0]), set()).add(value)
    return _quads_of(facts)


def rebuild_from_graphs(store: ox.Store, graphs: Iterable[str]) -> list[ox.Quad]:
    """The summary :func:`build` makes, made graph by graph by :func:`graph_facts` (what the loader
    runs on each release): the tests check that the two agree."""
    facts = Facts()
    for g in graphs:
        facts.merge(graph_facts(stored_triples(store, g), g))
    return _quads_of(facts)


def _quads_of(facts: Facts) -> list[ox.Quad]:
    records = [record(e, facts) for e in sorted(facts.entities())]
    records = [r for r in records if not empty(r)]
    keyed = set().union(*(named_nodes(r, True) for r in records)) if records else set()
    named = set().union(*(named_nodes(r) for r in records)) if records else set()
    nodes = {x: Node(frozenset(facts.label.get(x, ())), x in facts.person, x in keyed) for x in named}
    rows: dict[Key, list] = {}
    for rec in records:
        for key, part in contributions(rec, lambda x: nodes[x].labels).items():
            acc = rows.get(key)
            if acc is None:
                acc = rows[key] = _zero(key[0])
            _add(key[0], acc, part, 1)
    triples = [ox.Triple(_S, P_VERSION, ox.Literal(VERSION))]
    triples += [_entity_triple(r) for r in records]
    for x in sorted(nodes):
        triples += _node_triples(x, nodes[x])
    for n, text in enumerate(sorted({""}.union(*(node.labels for node in nodes.values()))), 1):
        triples += _rank_triples(text, n * RANK_STEP)
    for key, value in rows.items():
        triples += row_triples(key, value)
    return [ox.Quad(t.subject, t.predicate, t.object, _S) for t in triples]


def snapshot(store: ox.Store) -> set[str]:
    """The summary's triples, to compare with a rebuild: nodes no record names any more are left
    out (an update keeps them), and so is the mark a node keeps once it has keyed a row, and the
    labels' ranks (see :func:`sort_keys_in_order`)."""
    quads = list(store.quads_for_pattern(None, None, None, _S))
    named, keyed = set(), set()
    for q in quads:
        if q.predicate == P_FACTS:
            rec = json.loads(q.object.value)
            named |= named_nodes(rec)
            keyed |= named_nodes(rec, True)
    nodes = {q.subject.value for q in quads if q.predicate == P_TRACKED}
    return {f"{q.subject} {q.predicate} {q.object}" for q in quads if q.predicate not in (P_SORT_KEY, P_RANK)
            if q.subject.value not in nodes or (q.subject.value in named and (q.predicate != P_KEYED
                                                                             or q.subject.value in keyed))}
