"""Validate with SHACL (ontology/shapes.ttl) before anything is stored.

A release is validated as its own graph plus the reference nodes it touches (their types and
labels), so the cost per release stays flat however big the store grows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF

from kg import resources
from kg.build import ReleaseGraph
from kg.namespaces import ORG
from kg.reference import reference_graph

# a person's posts are checked when the whole store is validated, not with every release
SKIP_HOP = {ORG.holds, PROV.wasDerivedFrom, RDF.type}
ONTOLOGY_FILES = ("aseankg.ttl", "vocab.ttl", "topics.ttl")


@dataclass
class Report:
    conforms: bool
    text: str
    violations: int

    def summary(self, limit: int = 5) -> str:
        """The readable part of pyshacl's report: one line per violation."""
        lines = []
        focus = path = message = ""
        for line in self.text.splitlines():
            line = line.strip()
            if line.startswith("Focus Node:"):
                focus = line.split(":", 1)[1].strip()
            elif line.startswith("Result Path:"):
                path = line.split(":", 1)[1].strip()
            elif line.startswith("Message:"):
                message = line.split(":", 1)[1].strip()
                lines.append(f"{focus} {path}: {message}".strip())
        shown = lines[:limit]
        if len(lines) > limit:
            shown.append(f"... and {len(lines) - limit} more")
        return "; ".join(shown) or self.text.strip().splitlines()[0]


@cache
def shapes() -> Graph:
    return Graph().parse(resources.ontology_dir() / "shapes.ttl")


@cache
def ontology_graph() -> Graph:
    g = Graph()
    for name in ONTOLOGY_FILES:
        g.parse(resources.ontology_dir() / name)
    return g


@cache
def _context_index() -> dict[URIRef, list[tuple]]:
    """Triples of reference and vocabulary nodes, by subject, to add for the nodes a release touches."""
    index: dict[URIRef, list[tuple]] = defaultdict(list)
    for g in (reference_graph(), ontology_graph()):
        for t in g:
            if isinstance(t[0], URIRef):
                index[t[0]].append(t)
    return dict(index)


def release_triples(triples: Iterable[tuple]) -> list[tuple]:
    """The release's triples and one hop of the reference nodes it links to (may repeat a triple)."""
    index = _context_index()
    out = list(triples)
    touched: set[URIRef] = set()
    for t in out:
        for node in (t[0], t[2]):
            if isinstance(node, URIRef) and node in index and node not in touched:
                touched.add(node)
    second: set[URIRef] = set()
    context: list[tuple] = []
    for node in touched:
        for t in index[node]:
            context.append(t)
            if isinstance(t[2], URIRef) and t[2] in index and t[2] not in touched and t[1] not in SKIP_HOP:
                second.add(t[2])
    for node in second:  # what the touched nodes link to (an agency's country), for sh:class
        context.extend(index[node])
    return out + context


@cache
def _context_terms() -> tuple[dict[str, dict[str, dict[str, None]]], dict[str, tuple[str, ...]]]:
    """:func:`_context_index` in N-Triples terms (:mod:`kg.terms`), indexed as the validator indexes
    a release (predicate -> objects, in order), and for each node the nodes its triples lead on to
    (objects in the index, not through :data:`SKIP_HOP`): a release's context is then a few dict
    lookups, and its triples are not indexed again for every release."""
    from kg.terms import term

    index: dict[str, dict[str, dict[str, None]]] = {}
    hops: dict[str, tuple[str, ...]] = {}
    skip = {term(p) for p in SKIP_HOP}
    for node, triples in _context_index().items():
        props: dict[str, dict[str, None]] = {}
        for _s, p, o in triples:
            props.setdefault(term(p), {})[term(o)] = None
        index[term(node)] = props
    for node, props in index.items():
        hops[node] = tuple(dict.fromkeys(o for p, objs in props.items() if p not in skip for o in objs if o in index))
    return index, hops


def release_context(terms: Iterable[tuple[str, str, str]]) -> dict[str, dict[str, dict[str, None]]]:
    """What :func:`release_triples` adds to a release built as N-Triples terms, already indexed: the
    reference and vocabulary nodes it touches, then the nodes they lead on to. The dicts are shared
    by every release: read them, never change them."""
    index, hops = _context_terms()
    touched: dict[str, None] = {}
    for s, _p, o in terms:
        if s in index:
            touched[s] = None
        if o in index:
            touched[o] = None
    context = {node: index[node] for node in touched}
    for node in touched:
        for o in hops[node]:
            if o not in context:
                context[o] = index[o]  # what the touched nodes link to (an agency's country), for sh:class
    return context


def release_data(triples: Iterable[tuple]) -> Graph:
    """The release's triples and the reference nodes it touches, as an rdflib Graph for pyshacl."""
    g = Graph()
    for t in release_triples(triples):
        g.add(t)
    return g


def run_shacl(data: Graph) -> Report:
    import pyshacl

    conforms, _graph, text = pyshacl.validate(data, shacl_graph=shapes(), inference="none", advanced=True,
                                              allow_warnings=True)
    violations = text.count("Constraint Violation")
    return Report(bool(conforms), text, violations)


def validate_store(store, engine: str | None = None) -> Report:
    """The whole store, every graph but the aggregates' summary read as one graph (so what two releases
    say of one meeting is checked together), with the compiled shapes; with pyshacl when ``engine`` or
    $ASEANKG_VALIDATOR is ``pyshacl`` or the shapes need it. pyshacl first builds an rdflib graph of the
    store, which takes minutes and gigabytes past some thousands of releases; the compiled shapes index
    the store's terms once (each distinct term string kept once)."""
    from kg.export import store_graph

    compiled = _compiled(engine)
    if compiled is None:
        return run_shacl(store_graph(store))
    if hasattr(store, "quads"):
        return compiled.validate_terms(_store_terms(store))
    return compiled.validate(store_graph(store))  # a SPARQL endpoint: its dump, as rdflib triples


def _store_terms(store) -> Iterable[tuple[str, str, str]]:
    from kg.terms import ox_term

    seen: dict[str, str] = {}
    for q in store.quads():
        s, p, o = ox_term(q.subject), ox_term(q.predicate), ox_term(q.object)
        yield seen.setdefault(s, s), seen.setdefault(p, p), seen.setdefault(o, o)


def _compiled(engine: str | None):
    """The compiled shapes, unless ``engine`` or $ASEANKG_VALIDATOR asks for ``pyshacl`` or the shapes
    use a feature the compiler lacks (then None: pyshacl, the reference, validates)."""
    import os

    if (engine or os.environ.get("ASEANKG_VALIDATOR", "fast")) == "pyshacl":
        return None
    from kg.shacl import compiled_shapes

    return compiled_shapes()


def validate_release(rg: ReleaseGraph, engine: str | None = None) -> Report:
    """Validate one release with the compiled shapes (fast), or with pyshacl (the reference) when
    ``engine`` or $ASEANKG_VALIDATOR is ``pyshacl`` or the shapes use a feature the compiler lacks."""
    compiled = _compiled(engine)
    if compiled is not None:
        return compiled.validate_terms(rg.terms, release_context(rg.terms))
    return run_shacl(release_data(rg.triples))
