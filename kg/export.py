"""Export the store (or one release's graph) and count what it holds."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import QueryError
from kg.namespaces import PREFIXES, RELEASE, release_iri

FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
           "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}


def json_ld_context() -> dict:
    """A @context users can reuse: the project's prefixes."""
    return {"@context": {prefix: str(ns) for prefix, ns in PREFIXES.items()}}


def _graph_iri(store, graph: str) -> str:
    iri = graph if graph.startswith(("http://", "https://")) else str(release_iri(graph))
    if iri not in store.graphs():
        known = [g.removeprefix(str(RELEASE)) for g in store.release_graphs()]
        raise QueryError(f"no graph '{graph}' in the store; releases: {', '.join(known[:20]) or 'none'}")
    return iri


def _with_prefixes(data: bytes, source: str, fmt: str) -> bytes:
    """Turtle and JSON-LD are written by rdflib, with the project's prefixes (Oxigraph writes none)."""
    g = Graph()
    g.parse(data=data.decode(), format=source)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    if fmt == "jsonld":
        return g.serialize(format="json-ld", context=json_ld_context()["@context"], auto_compact=True).encode()
    return g.serialize(format="turtle").encode()


def export(store, fmt: str, graph: str | None = None) -> bytes:
    iri = _graph_iri(store, graph) if graph else None
    if fmt == "jsonld":
        data = store.dump(ox.RdfFormat.N_QUADS if not iri else ox.RdfFormat.N_TRIPLES, iri)
        return _with_prefixes(data, "nquads" if not iri else "nt", fmt)
    if fmt in ("trig", "nq") and iri:
        fmt = "turtle" if fmt == "trig" else "nt"
    if fmt == "turtle":
        return _with_prefixes(store.dump(ox.RdfFormat.N_TRIPLES, iri), "nt", fmt)
    return store.dump(FORMATS[fmt], iri)


def export_construct(store, query_file: str, fmt: str, params: list[str] | None = None) -> bytes:
    """The triples a CONSTRUCT or DESCRIBE query builds, serialised like a graph export."""
    from kg.query import parse_params, resolve, run

    nq = resolve(query_file)
    result = run(store, nq, parse_params(params or [], nq))
    if result.triples is None:
        raise QueryError(f"{query_file}: not a CONSTRUCT or DESCRIBE query (use 'aseankg query' for SELECT and ASK)")
    data = ox.serialize([ox.Triple(t.subject, t.predicate, t.object) for t in result.triples],
                        format=ox.RdfFormat.N_TRIPLES)
    if fmt in ("nt", "nq"):
        return data
    return _with_prefixes(data, "nt", fmt)


def store_graph(store) -> Graph:
    """Every graph of the store as one rdflib Graph (for whole-store validation)."""
    g = Graph()
    g.parse(data=store.dump(ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    return g


def stats(store) -> list[tuple[str, str]]:
    """Releases, triples, and the facts of each kind in the store."""
    from kg.namespaces import SPARQL_PREFIXES

    rows = [("releases", len(store.release_graphs())), ("triples", store.count())]
    for label, cls in (("meetings", "akg:Meeting"), ("people", "akg:Person"), ("participations", "akg:Participation"),
                       ("commitments", "akg:Commitment"), ("partnerships", "akg:Partnership"),
                       ("coordinator roles", "akg:CoordinatorRole"), ("topics discussed", "akg:TopicDiscussion")):
        res = store.query(SPARQL_PREFIXES + f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {cls} }}")
        rows.append((label, int(next(iter(res))["n"].value)))
    return [(k, str(v)) for k, v in rows]

