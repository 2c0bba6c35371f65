"""A store behind any SPARQL 1.1 server (Oxigraph server, Apache Jena Fuseki, GraphDB).

``RemoteStore`` has the methods of ``kg.store.Store``, so load, query, export and validate run
unchanged with ``--endpoint URL``. Queries go over the SPARQL 1.1 Protocol; a release's graph is
replaced with one Graph Store Protocol PUT (atomic on the server), falling back to one SPARQL
Update request where the server has no Graph Store endpoint. Every request has a timeout, so an
endpoint that does not answer gives a clear StoreError instead of a hang.

The named queries read release metadata from the default graph, so the server must answer with
the union of its named graphs as the default graph (Oxigraph: ``--union-default-graph``; Fuseki:
``tdb2:unionDefaultGraph true``; GraphDB does so by default).
"""

from __future__ import annotations

import base64
import os
import re
import urllib.error
import urllib.request
from collections.abc import Iterable
from urllib.parse import urlencode, urlsplit, urlunsplit

import pyoxigraph as ox

from kg.binding import bind_terms
from kg.errors import AseanKGError, QueryError, StoreError
from kg.namespaces import RELEASE

DEFAULT_TIMEOUT = 30.0
ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
          "application/sparql-results+xml;q=0.5, application/rdf+xml;q=0.4")

def endpoints(url: str) -> tuple[str, str, list[str]]:
    """The query, update and Graph Store URLs for the URL a user gives (override with
    ASEANKG_UPDATE_ENDPOINT / ASEANKG_GSP_ENDPOINT)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise AseanKGError("not an http(s) URL of a SPARQL endpoint", url)  # a usage error: exit 2
    path = parts.path.rstrip("/")
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"

    def at(p: str) -> str:
        return urlunsplit((parts.scheme, netloc, p, "", ""))

    if re.search(r"/repositories/[^/]+$", path):  # GraphDB, RDF4J
        query, update, gsp = at(path), at(path + "/statements"), [at(path + "/rdf-graphs/service")]
    elif path.endswith(("/query", "/sparql")):  # Oxigraph server, Fuseki
        base = path.rsplit("/", 1)[0]
        query, update, gsp = at(path), at(base + "/update"), [at(base + "/store"), at(base + "/data")]
    else:  # a server or dataset root: Oxigraph (/query, /update, /store) or Fuseki (/ds/query, /ds/data)
        query, update, gsp = at(path + "/query"), at(path + "/update"), [at(path + "/store"), at(path + "/data")]
    update = os.environ.get("ASEANKG_UPDATE_ENDPOINT") or update
    if os.environ.get("ASEANKG_GSP_ENDPOINT"):
        gsp = [os.environ["ASEANKG_GSP_ENDPOINT"]]
    return query, update, gsp


class RemoteStore:
    """The ``kg.store.Store`` interface over HTTP (SPARQL 1.1 Protocol and Graph Store Protocol)."""

    def __init__(self, url: str, timeout: float | None = None) -> None:
        self.url = url
        self.path = None
        self.timeout = float(os.environ.get("ASEANKG_HTTP_TIMEOUT", DEFAULT_TIMEOUT)) if timeout is None else timeout
        self.query_url, self.update_url, self._gsp_candidates = endpoints(url)
        self.gsp_url: str | None = None  # the first candidate that answers, found on first use
        parts = urlsplit(url)
        self.auth = None
        if parts.username:
            creds = f"{parts.username}:{parts.password or ''}".encode()
            self.auth = "Basic " + base64.b64encode(creds).decode()

    # ------------------------------------------------------------ HTTP

    def _request(self, url: str, data: bytes | None = None, headers: dict | None = None,
                 method: str | None = None) -> tuple[str, bytes]:
        req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
        if self.auth:
            req.add_header("Authorization", self.auth)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as exc:
            raise exc from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError):
                raise StoreError(f"the endpoint gave no answer within {self.timeout:g} s", url) from None
            text = getattr(reason, "strerror", None) or str(reason)
            raise StoreError(f"the endpoint does not answer ({text})", url) from None
        except TimeoutError:
            raise StoreError(f"the endpoint gave no answer within {self.timeout:g} s", url) from None
        except (ConnectionError, OSError) as exc:
            raise StoreError(f"the endpoint does not answer ({exc.strerror or exc})", url) from None

    def _http_error(self, exc: urllib.error.HTTPError, url: str) -> StoreError | QueryError:
        try:
            body = exc.read().decode("utf-8", errors="replace").strip()
        except OSError:
            body = ""
        first = body.splitlines()[0][:300] if body else exc.reason
        if exc.code == 400:
            return QueryError(f"the endpoint refused the request: {first}")
        if exc.code in (401, 403):
            return StoreError(f"the endpoint refused access (HTTP {exc.code}: {first}); give user:password in "
                              "the URL or use an endpoint that allows writes", url)
        return StoreError(f"HTTP {exc.code}: {first}", url)

    def _post_form(self, url: str, field: str, text: str, accept: str) -> tuple[str, bytes]:
        data = urlencode({field: text}).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": accept}
        try:
            return self._request(url, data, headers)
        except urllib.error.HTTPError as exc:
            raise self._http_error(exc, url) from None

    def update(self, text: str) -> None:
        self._post_form(self.update_url, "update", text, "*/*")

    # ------------------------------------------------------------ graphs

    def graphs(self) -> list[str]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"].value for r in rows if isinstance(r["g"], ox.NamedNode))

    def release_graphs(self) -> list[str]:
        return [g for g in self.graphs() if g.startswith(str(RELEASE))]

    def release_sha(self, graph: str) -> str | None:
        from kg.namespaces import AKG

        q = f"SELECT ?sha WHERE {{ GRAPH <{graph}> {{ <{graph}> <{AKG.sha256}> ?sha }} }}"
        for row in self.query(q):
            return row["sha"].value
        return None

    def _gsp(self, method: str, graph: str, data: bytes | None = None, accept: str = "*/*") -> bytes | None:
        """One Graph Store Protocol request; None when the server has no Graph Store endpoint."""
        candidates = [self.gsp_url] if self.gsp_url else self._gsp_candidates
        for base in candidates:
            url = f"{base}?{urlencode({'graph': graph})}"
            headers = {"Accept": accept}
            if data is not None:
                headers["Content-Type"] = "application/n-triples"
            try:
                _ctype, body = self._request(url, data, headers, method)
                self.gsp_url = base
                return body
            except urllib.error.HTTPError as exc:
                if exc.code in (404, 405, 415, 501) and not self.gsp_url:
                    continue
                if exc.code == 404 and method == "GET":
                    return b""  # no such graph: empty
                raise self._http_error(exc, url) from None
        return None

    def replace_graph(self, graph: str, triples: Iterable[tuple]) -> None:
        """Replace the graph in one request: a GSP PUT, or DROP + INSERT DATA in one update."""
        from rdflib import Graph

        g = Graph()
        for t in triples:
            g.add(t)
        body = g.serialize(format="nt", encoding="utf-8")  # N-Triples escaping (no long strings)
        if self._gsp("PUT", graph, body) is None:
            self.update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body.decode()}}} }}")

    def remove_graph(self, graph: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph}>")

    def ensure_base(self) -> None:
        """Load the ontology and reference data the same way the embedded store does."""
        from kg.store import Store

        Store.ensure_base(self)  # type: ignore[arg-type] - it uses only release_sha and replace_graph

    # ------------------------------------------------------------ reading

    def query(self, sparql: str, substitutions: dict | None = None):
        """Check the syntax locally (same messages as the embedded store), then ask the server."""
        ox.Store().query(sparql, substitutions=substitutions or None, use_default_graph_as_union=True)
        ctype, body = self._post_form(self.query_url, "query", bind_terms(sparql, substitutions), ACCEPT)
        media = ctype.split(";")[0].strip().lower()
        try:
            results_format = ox.QueryResultsFormat.from_media_type(media)
        except ValueError:
            results_format = None
        try:
            if results_format is not None:
                return ox.parse_query_results(body, format=results_format)
            rdf_format = ox.RdfFormat.from_media_type(media)
            if rdf_format is None:
                raise ValueError(f"unexpected Content-Type '{media}'")
            return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=rdf_format)]
        except (ValueError, SyntaxError) as exc:
            raise StoreError(f"cannot read the endpoint's answer ({str(exc).splitlines()[0]})", self.query_url) \
                from None

    def count(self, graph: str | None = None) -> int:
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
        return int(next(iter(self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")))["n"].value)

    def graph_triples(self, graph: str) -> list[ox.Triple]:
        data = self._gsp("GET", graph, accept="application/n-triples")
        if data is None:
            return list(self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"))
        return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes:
        """Fetch the graphs and serialise them exactly as the embedded store would."""
        from kg.store import Store

        local = Store(None)
        for g in [graph] if graph else self.graphs():
            name = ox.NamedNode(g)
            local.ox.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in self.graph_triples(g))
        return local.dump(fmt, graph)

    def close(self) -> None:
        """Nothing to release: every request is its own connection."""

