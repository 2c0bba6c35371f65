"""The store: an embedded, persistent Oxigraph store in a folder (default ``./.aseankg``).

Each release lives in its own named graph (named by the release's IRI); the ontology and the
reference data have graphs of their own. Replacing a release's graph is one transaction, so a
killed load leaves every release either fully stored or not at all.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg import resources
from kg.errors import StoreError
from kg.namespaces import AKG, ONTOLOGY_GRAPH, REFERENCE_GRAPH, RELEASE

DEFAULT_STORE = ".aseankg"
BASE_GRAPHS = (str(ONTOLOGY_GRAPH), str(REFERENCE_GRAPH))
JOURNAL = "aseankg-loading"  # graphs a bulk load is writing (see Store.write_releases)
BULK_MIN = 8  # fewer new releases than this are written in one plain transaction


def store_path(option: str | None = None) -> Path:
    return Path(option or os.environ.get("ASEANKG_STORE") or DEFAULT_STORE)


def _base_files() -> dict[str, list[Path]]:
    onto = resources.ontology_dir()
    return {
        str(ONTOLOGY_GRAPH): [onto / "aseankg.ttl", onto / "vocab.ttl", onto / "topics.ttl"],
        str(REFERENCE_GRAPH): [resources.seeds_dir() / "reference.ttl"],
    }


class Store:
    """An Oxigraph store, on disk (``path``) or in memory (``path=None``)."""

    def __init__(self, path: Path | None, wait: float | None = None) -> None:
        self.path = path
        if path is None:
            self.ox = ox.Store()
            return
        if path.exists() and not path.is_dir():
            raise StoreError("is a file, not a store folder", path)
        wait = float(os.environ.get("ASEANKG_LOCK_WAIT", "10")) if wait is None else wait
        deadline = time.monotonic() + wait
        while True:
            try:
                self.ox = ox.Store(str(path))
                break
            except OSError as exc:
                message = str(exc)
                if "lock" in message.lower() and time.monotonic() < deadline:
                    time.sleep(0.2)
                    continue
                if "lock" in message.lower():
                    raise StoreError("the store is in use by another aseankg process; try again when it finishes",
                                     path) from None
                raise StoreError(f"cannot open the store ({message.splitlines()[0]})", path) from None
        self._recover()

    # ------------------------------------------------------------ graphs

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs())

    def release_graphs(self) -> list[str]:
        return [g for g in self.graphs() if g.startswith(str(RELEASE))]

    def release_sha(self, graph: str) -> str | None:
        q = f"SELECT ?sha WHERE {{ GRAPH <{graph}> {{ <{graph}> <{AKG.sha256}> ?sha }} }}"
        for row in self.ox.query(q):
            return row["sha"].value
        return None

    def replace_graph(self, graph: str, triples: Iterable[tuple]) -> None:
        """Drop the graph and insert the new triples in one transaction."""
        from kg.build import ntriples

        self.write_releases([(graph, ntriples(triples, graph), True)])

    def release_shas(self) -> dict[str, str]:
        """Every graph's content digest, in one query (a load checks each release against it)."""
        q = f"SELECT ?g ?sha WHERE {{ GRAPH ?g {{ ?g <{AKG.sha256}> ?sha }} }}"
        return {row["g"].value: row["sha"].value for row in self.ox.query(q)}

    def write_releases(self, items: list[tuple[str, str, bool]]) -> None:
        """Store several releases: (graph, N-Quads lines, graph already exists).

        A release is all in or not at all, even if the process is killed. Graphs being replaced are
        dropped and inserted by one SPARQL Update (one transaction). New graphs on disk go through
        Oxigraph's bulk loader, several times faster than a transaction but not atomic, so each
        release's digest triple is held back as its commit mark: the new graphs are named in a
        journal first, the digests are written in one transaction after the bulk load, and a
        journal left behind by a killed load makes the next open drop every graph it names that
        has no digest (:meth:`_recover`).
        """
        replaced = [item for item in items if item[2]]
        new = [item for item in items if not item[2]]
        if replaced:
            ops = []
            for graph, body, _exists in replaced:
                triples = body.replace(f" <{graph}> .\n", " .\n")
                ops.append(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{triples}}} }}")
            self.ox.update(" ;\n".join(ops))
        if not new:
            return
        bodies = "".join(body for _g, body, _e in new).encode()
        if self.path is None or len(new) < BULK_MIN:
            self.ox.load(bodies, format=ox.RdfFormat.N_QUADS)
            return
        marks, rest = [], []
        for graph, body, _e in new:
            mark = f"<{graph}> <{AKG.sha256}> "
            for line in body.splitlines(keepends=True):
                (marks if line.startswith(mark) else rest).append(line)
        journal = self.path / JOURNAL
        # (no fsync: the journal guards against a killed process, whose writes the OS still completes)
        journal.write_text("".join(f"{graph}\n" for graph, _b, _e in new), encoding="utf-8")
        try:
            self.ox.bulk_load("".join(rest).encode(), format=ox.RdfFormat.N_QUADS)
            self.ox.load("".join(marks).encode(), format=ox.RdfFormat.N_QUADS)
        except BaseException:
            self._recover()
            raise
        journal.unlink()

    def _recover(self) -> None:
        """Drop what a killed (or failed) bulk load left half-written: the journal's graphs that
        have no digest triple, which is written last."""
        journal = self.path / JOURNAL if self.path else None
        if journal is None or not journal.exists():
            return
        graphs = [g for g in journal.read_text(encoding="utf-8").split() if g.startswith(str(RELEASE))]
        drops = [f"DROP SILENT GRAPH <{g}>" for g in graphs if self.release_sha(g) is None]
        if drops:
            self.ox.update(" ;\n".join(drops))
        journal.unlink()

    def remove_graph(self, graph: str) -> None:
        self.ox.update(f"DROP SILENT GRAPH <{graph}>")

    def ensure_base(self) -> None:
        """Load the ontology and the reference data, again whenever their files change."""
        for graph, files in _base_files().items():
            digest = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()
            if self.release_sha(graph) == digest:
                continue
            g = _parse(files)
            from rdflib import Literal, URIRef

            triples = list(g) + [(URIRef(graph), AKG.sha256, Literal(digest))]
            self.replace_graph(graph, triples)

    # ------------------------------------------------------------ reading

    def query(self, sparql: str, substitutions: dict | None = None):
        return self.ox.query(sparql, use_default_graph_as_union=True, substitutions=substitutions or None)

    def count(self, graph: str | None = None) -> int:
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
        return int(next(iter(self.ox.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")))["n"].value)

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes:
        if graph:
            return self.ox.dump(format=fmt, from_graph=ox.NamedNode(graph))
        if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            return self.ox.dump(format=fmt)
        # a triple format: the union of all graphs
        out = ox.Store()
        out.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in self.ox)
        return out.dump(format=fmt, from_graph=ox.DefaultGraph())

    def close(self) -> None:
        self.ox.flush() if self.path else None
        del self.ox


def _parse(files: list[Path]):
    from rdflib import Graph

    g = Graph()
    for f in files:
        g.parse(f)
    return g

