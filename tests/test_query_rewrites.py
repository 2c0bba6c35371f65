"""The corners that the scale rewrites of person-meetings, instances and release-facts (issue 6) must
keep: a node's values read from every release that states them, not only the row's own, and every
predicate that names a fact's actor or topic. Hand-made graphs on the ontology and reference data,
each fact in two releases that disagree, so that reading one release, or one predicate, loses rows."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.namespaces import AKG, release_iri
from kg.query import resolve, run
from kg.store import Store

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
PREF_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
DCT_DATE = ox.NamedNode("http://purl.org/dc/terms/date")
DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
ID = "https://w3id.org/aseankg/id/"
MEETING = ox.NamedNode(ID + "meeting/rewrite-test/1")
LATE = ox.NamedNode(ID + "meeting/rewrite-test/2")  # typed a Meeting in A, a Summit in B
PERSON = ox.NamedNode(ID + "person/rewrite-test-person")
TOPIC = ox.NamedNode(ID + "topic/rewrite-test-topic")
JAPAN = ox.NamedNode(ID + "actor/japan")


def akg(local: str) -> ox.NamedNode:
    return ox.NamedNode(str(AKG[local]))


def en(text: str) -> ox.Literal:
    return ox.Literal(text, language="en")


@pytest.fixture(scope="module")
def store():
    """Two releases, A and B, on the ontology and reference data. Both report the meeting, under
    different labels; A types the person as an Actor only, B as a Person too; A's participation
    is also a topic discussion (a participant and a topic on one fact)."""
    s = Store(None)
    s.ensure_base()
    quads = []
    for stem, label, date in (("rw_a", "Rewrite Meeting A", "2020-01-01"), ("rw_b", "Rewrite Meeting B", "2020-02-01")):
        g = ox.NamedNode(str(release_iri(stem)))
        triples = [(g, akg("fileName"), ox.Literal(stem + ".txt")), (g, DCT_DATE, ox.Literal(date, datatype=XSD_DATE)),
                   (g, RDF_TYPE, akg("Release")),
                   (MEETING, RDF_TYPE, akg("Meeting")), (MEETING, RDF_TYPE, akg("OtherMeeting")),
                   (MEETING, RDFS_LABEL, en(label)), (MEETING, DERIVED, g),
                   (PERSON, RDF_TYPE, akg("Actor")), (PERSON, PREF_LABEL, en("Rewrite Person"))]
        quads += [(*triple, g) for triple in triples]
    a, b = (ox.NamedNode(str(release_iri(x))) for x in ("rw_a", "rw_b"))
    part = ox.NamedNode(f"{a.value}#participation-1")
    pledge = ox.NamedNode(f"{b.value}#pledge-1")
    partnership = ox.NamedNode(f"{b.value}#partnership-1")
    quads += [(PERSON, RDF_TYPE, akg("Person"), b),
              (part, RDF_TYPE, akg("Participation"), a), (part, akg("participant"), PERSON, a),
              (part, akg("topic"), TOPIC, a), (part, akg("meeting"), MEETING, a), (part, DERIVED, a, a),
              (TOPIC, PREF_LABEL, en("Rewrite Topic"), a),
              (pledge, RDF_TYPE, akg("FinancialPledge"), b), (pledge, akg("committedBy"), JAPAN, b),
              (pledge, akg("meeting"), MEETING, b), (pledge, DERIVED, b, b),
              (partnership, RDF_TYPE, akg("Partnership"), b), (partnership, akg("partner"), JAPAN, b),
              (partnership, DERIVED, b, b),
              (LATE, RDF_TYPE, akg("Meeting"), a), (LATE, RDF_TYPE, akg("Meeting"), b), (LATE, RDF_TYPE, akg("Summit"), b)]
    s.ox.extend(ox.Quad(*q) for q in quads)
    return s


def answer(store, query: str, **params: str) -> list[dict[str, str]]:
    result = run(store, resolve(query), params)
    return [{k: (v.value if v is not None else "") for k, v in zip(result.variables, row, strict=True)} for row in result.rows]


def test_person_meetings_gives_the_meeting_every_label_a_release_gives_it(store):
    got = answer(store, "person-meetings", name="Rewrite Person", limit="0")
    assert sorted(r["label"] for r in got) == ["Rewrite Meeting A", "Rewrite Meeting B"]
    assert {r["release"] for r in got} == {"rw_a"} and {r["date"] for r in got} == {"2020-01-01"}
    assert answer(store, "person-meetings", limit="0") == got


def test_instances_take_the_most_specific_class_any_release_gives(store):
    people = {r["instance"]: r for r in answer(store, "instances", **{"class": f"<{AKG.Actor}>", "limit": "0"})}
    assert people[PERSON.value]["type"] == str(AKG.Person)  # a Person in B only; A says Actor
    assert people[PERSON.value]["label"] == "Rewrite Person"
    meetings = {r["instance"]: r for r in answer(store, "instances", **{"class": f"<{AKG.Meeting}>", "limit": "0"})}
    assert meetings[MEETING.value]["type"] == str(AKG.OtherMeeting)
    assert meetings[LATE.value]["type"] == str(AKG.Summit)  # a Summit in B only


def test_release_facts_name_the_actor_or_topic_by_each_predicate(store):
    a = {(r["kind"], r["label"]) for r in answer(store, "release-facts", file="rw_a")}
    assert ("Participation", "Rewrite Person @ Rewrite Meeting A") in a
    assert ("Participation", "Rewrite Topic @ Rewrite Meeting A") in a  # a participant and a topic: a row each
    assert ("OtherMeeting", "Rewrite Meeting A") in a and ("Meeting", "Rewrite Meeting A") not in a
    b = {(r["kind"], r["label"]) for r in answer(store, "release-facts", file="rw_b")}
    assert ("FinancialPledge", "Japan @ Rewrite Meeting B") in b
    assert ("Partnership", "Japan @ ") in b
