"""The builder writes N-Triples term strings (kg.terms), not rdflib terms: what it writes must be what
rdflib and the old serialiser (kg.build.ntriples over rdflib triples) write, term for term."""

from __future__ import annotations

import dataclasses
import multiprocessing as mp
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg import build as kb
from kg.build import ReleaseGraph, build, nt_term, ntriples
from kg.errors import ValidationError
from kg.pipeline import extract_release
from kg.read import read_release
from kg.shacl import Data
from kg.terms import language, lexical, node, term
from kg.validate import release_context, release_triples

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "releases" / "000_5d2e2954b440508a.txt"
DEV = sorted(p for p in (ROOT / "tests" / "data" / "dev").iterdir() if p.suffix != ".json")
GRAPH = "https://w3id.org/aseankg/release/x"


def built(path: Path) -> ReleaseGraph:
    release = read_release(path)
    return build(release, extract_release(release).facts)


@pytest.fixture(scope="module")
def graphs() -> list[ReleaseGraph]:
    out = []
    for path in [SEED, *DEV]:
        try:
            out.append(built(path))
        except Exception:  # a dev release the extractor rejects has no graph
            continue
    assert len(out) > 10
    return out


def test_nquads_are_what_the_rdflib_serialiser_writes(graphs: list[ReleaseGraph]) -> None:
    for rg in graphs:
        assert rg.nquads(GRAPH) == ntriples(rg.triples, GRAPH)
        assert rg.nquads() == ntriples(rg.triples)
        assert len(rg) == len(rg.triples)


def test_terms_and_rdflib_triples_convert_both_ways(graphs: list[ReleaseGraph]) -> None:
    for rg in graphs:
        again = ReleaseGraph(rg.iri, rg.triples)
        assert again.terms == rg.terms
        assert again.nquads(GRAPH) == rg.nquads(GRAPH)
        for t in rg.terms:
            for x in t:
                assert term(node(x)) == x
                assert lexical(x) == str(node(x))
                assert language(x) == (node(x).language if isinstance(node(x), Literal) else None)


def test_context_is_the_triples_release_triples_adds(graphs: list[ReleaseGraph]) -> None:
    """The validator's shared, pre-indexed context holds the same triples, in the same order per
    subject and predicate, as the release's triples plus release_triples' context."""
    for rg in graphs[:8]:
        fast = Data(rg.terms, release_context(rg.terms)).spo
        slow = Data([(term(s), term(p), term(o)) for s, p, o in release_triples(rg.triples)]).spo
        assert {s: {p: list(o) for p, o in props.items()} for s, props in fast.items()} == \
            {s: {p: list(o) for p, o in props.items()} for s, props in slow.items()}


languages = st.sampled_from(["en", "th", "EN", "en-GB", "zh-Hant", "x"])


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), languages)
def test_literals_are_written_as_rdflib_writes_them(text: str, lang: str) -> None:
    assert kb._plain(text) == nt_term(Literal(text))
    assert kb._tagged(text, lang) == nt_term(Literal(text, lang=lang))
    for value in (text, text.strip()):
        for datatype in (XSD.decimal, XSD.gYear, XSD.anyURI, XSD.date, XSD.integer):
            assert kb._typed(value, str(datatype)) == nt_term(Literal(value, datatype=datatype))


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.integers(), st.dates(min_value=date(1, 1, 1)).map(date.isoformat),
                 st.decimals(allow_nan=False, allow_infinity=False).map(str), st.booleans()))
def test_typed_values_are_written_as_rdflib_writes_them(value: object) -> None:
    for datatype in (XSD.integer, XSD.decimal, XSD.date, XSD.gYear):
        assert kb._typed(value, str(datatype)) == nt_term(Literal(value, datatype=datatype))
    made = node(kb._typed(value, str(XSD.integer)))
    assert made == Literal(value, datatype=XSD.integer) and made.n3() == Literal(value, datatype=XSD.integer).n3()


def test_an_iri_the_store_refuses_is_refused_when_serialised() -> None:
    """As before: the builder makes the IRI, the validator may pass it, serialisation refuses it."""
    release = read_release(SEED)
    facts = extract_release(release).facts
    facts.meetings[-1] = dataclasses.replace(facts.meetings[-1], key=facts.meetings[-1].key + " x{y}")
    rg = build(release, facts)
    with pytest.raises(ValidationError) as fast:
        rg.nquads(GRAPH)
    with pytest.raises(ValidationError) as slow:
        ntriples(rg.triples, GRAPH)
    assert str(fast.value) == str(slow.value)
    assert "cannot be stored: invalid IRI <https://w3id.org/aseankg/id/meeting/" in str(fast.value)


def _label(_: object) -> str:
    return kb._bnode()


def test_blank_node_labels_are_unique_across_forked_workers() -> None:
    """Two workers write into one bulk load, where equal labels would be one node."""
    mine = {kb._bnode() for _ in range(3)}
    with mp.get_context("fork").Pool(2) as pool:
        theirs = pool.map(_label, range(8), chunksize=1)
    assert len(set(theirs) | mine) == len(theirs) + len(mine)
    assert all(x.startswith("_:N") and len(x) == 35 for x in mine)
    assert isinstance(node(next(iter(mine))), BNode) and isinstance(node("<urn:x>"), URIRef)
