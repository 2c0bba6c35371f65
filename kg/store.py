"""The store: an embedded, persistent Oxigraph store in a folder (default ``./.aseankg``).

Each release lives in its own named graph (named by the release's IRI); the ontology and the
reference data have graphs of their own. Replacing a release's graph is one transaction, so a
killed load leaves every release either fully stored or not at all.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg import resources, summary
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
        self._summary_cache = summary.Cache()
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
        self.settle_summary()

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

    def write_releases(self, items: list[tuple], settle: bool = True) -> None:
        """Store several releases: (graph, N-Quads lines, graph already exists[, its summary facts]).
        The lines are text or UTF-8 bytes (the loader's: bytes go to the bulk loader as they are).

        A release is all in or not at all, even if the process is killed. Graphs being replaced are
        dropped and inserted by one SPARQL Update (one transaction). New graphs on disk go through
        Oxigraph's bulk loader, several times faster than a transaction but not atomic, so each
        release's digest triple is held back as its commit mark: the new graphs are named in a
        journal first, the digests are written in one transaction after the bulk load, and a
        journal left behind by a killed load makes the next open drop every graph it names that
        has no digest (:meth:`_recover`). The replaced graphs, the digests (or the small batches
        of new graphs) and the changes of the aggregates' summary (kg/summary.py) are one update;
        ``settle=False`` leaves the summary's rows to :meth:`settle_summary` (the loader settles
        after its last batch).
        """
        summarised = summary.present(self.ox)
        # a "new" graph that is there after all (left by something else) is replaced, not added to
        there = [bool(item[2]) or self.ox.contains_named_graph(ox.NamedNode(item[0])) for item in items]
        replaced = [item for item, t in zip(items, there, strict=True) if t]
        new = [item for item, t in zip(items, there, strict=True) if not t]
        dropped = [graph for graph, *_ in replaced] if summarised else None
        ops = [f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{_triples(_text(body), graph)}}} }}"
               for graph, body, *_ in replaced]
        if not new or self.path is None or len(new) < BULK_MIN:
            ops += [f"INSERT DATA {{ GRAPH <{graph}> {{\n{_triples(_text(body), graph)}}} }}" for graph, body, *_ in new]
            return self._commit(ops, dropped, items, settle)
        marks, rest = [], []
        for graph, body, *_ in new:
            mark = f"<{graph}> {_SHA256} "
            _split_marks(body, mark.encode() if isinstance(body, bytes) else mark, graph, marks, rest)
        journal = self.path / JOURNAL
        # (no fsync: the journal guards against a killed process, whose writes the OS still completes)
        journal.write_text("".join(f"{graph}\n" for graph, *_ in new), encoding="utf-8")
        try:
            # text encoded piece by piece, then joined: joining first widens a batch to 2 bytes a character (Thai)
            self.ox.bulk_load(b"".join([piece.encode() if isinstance(piece, str) else piece for piece in rest]),
                              format=ox.RdfFormat.N_QUADS)
            ops.append("INSERT DATA {\n" + "".join(f"GRAPH <{graph}> {{ {_triples(_text(mark), graph)}}}\n"
                                                  for graph, mark in marks) + "}")
            self._commit(ops, dropped, items, settle)
        except BaseException:
            self._recover()
            raise
        journal.unlink()

    def _commit(self, ops: list[str], dropped: list[str] | None, items: list[tuple], settle: bool = True) -> None:
        """Run the write's operations as one update (one transaction), with the summary's changes
        when the store keeps one (``dropped`` is then the graphs replaced or dropped, ``items`` the
        releases written; ``settle``: its rows too). Data the summary cannot hold exactly drops it in
        that same update (the queries then read the releases); so does a fault in the summary
        (ensure_base rebuilds it)."""
        change, text = None, ""
        if dropped is not None:
            try:
                facts = summary.Facts()
                for item in items:
                    given = item[3] if len(item) > 3 else None
                    facts.merge(given if given is not None else summary.release_facts(_text(item[1]), item[0]))
                change = summary.changes(self.ox, dropped, facts, self._summary_cache)
                if settle:
                    summary.settle(change)
                text = change.sparql()
            except summary.Unsupported:
                change, text = None, _refuse_summary()
            except Exception:  # noqa: BLE001 - a fault in the summary must stop neither a load nor an open
                change, text = None, f"DROP SILENT GRAPH <{summary.SUMMARY_GRAPH}>"
        update = " ;\n".join(op for op in [*ops, text] if op)
        try:
            if update:
                self.ox.update(update)
        except BaseException:
            self._summary_cache.clear()
            raise
        if change is not None:
            change.committed()
        else:
            self._summary_cache.clear()

    def _recover(self) -> None:
        """Drop what a killed (or failed) bulk load left half-written: the journal's graphs that
        have no digest triple, which is written last (the summary follows, in the same update)."""
        journal = self.path / JOURNAL if self.path else None
        if journal is None or not journal.exists():
            return
        graphs = [g for g in journal.read_text(encoding="utf-8").split() if g.startswith(str(RELEASE))]
        self._drop([g for g in graphs if self.release_sha(g) is None])
        journal.unlink()

    def settle_summary(self) -> None:
        """Bring the summary's rows up to date after loads that left them (``settle=False``, or a
        load that was killed): queries answer from the summary only once it is settled."""
        if not summary.present(self.ox) or not summary.unsettled(self.ox):
            return
        self._commit([], [], [])

    def remove_graph(self, graph: str) -> None:
        self._drop([graph])

    def _drop(self, graphs: list[str]) -> None:
        if graphs:
            self._commit([f"DROP SILENT GRAPH <{g}>" for g in graphs], graphs if summary.present(self.ox) else None, [])

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
        if isinstance(self, Store):  # (a RemoteStore borrows this method: a server keeps no summary)
            self.ensure_summary()

    def ensure_summary(self) -> None:
        """Build the summary of the aggregate queries once, for a store that has none (made before
        summaries, or by an older version); loads keep it up to date from then on."""
        if summary.present(self.ox):
            return self.settle_summary()
        if summary.refused(self.ox):
            return
        try:
            quads = summary.build(self.ox)
        except summary.Unsupported:
            self._summary_cache.clear()
            self.ox.update(_refuse_summary())
            return
        self._summary_cache.clear()
        self.ox.update(f"DROP SILENT GRAPH <{summary.SUMMARY_GRAPH}>")
        self.ox.load(ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)

    # ------------------------------------------------------------ reading

    def query(self, sparql: str, substitutions: dict | None = None):
        return self.ox.query(sparql, use_default_graph_as_union=True, substitutions=substitutions or None)

    def count(self, graph: str | None = None) -> int:
        """Triples in ``graph``, or in every graph but the summary (derived data, like an index)."""
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else \
            f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{summary.SUMMARY_GRAPH}>)"
        return int(next(iter(self.ox.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")))["n"].value)

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes:
        """A graph, or the whole store without the summary graph (a store loading the dump builds
        its own)."""
        if graph:
            return self.ox.dump(format=fmt, from_graph=ox.NamedNode(graph))
        if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            data = _without_summary(self.ox.dump(format=fmt), fmt, self.count(summary.SUMMARY_GRAPH))
            if data is not None:
                return data
            out = ox.Store()
            out.bulk_extend(self.quads())
            return out.dump(format=fmt)
        # a triple format: the union of all graphs
        out = ox.Store()
        out.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in self.quads())
        return out.dump(format=fmt, from_graph=ox.DefaultGraph())

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad but the aggregates' summary (what the releases and the reference data say)."""
        return (q for q in self.ox if q.graph_name != _SUMMARY_NODE)

    def close(self) -> None:
        self.ox.flush() if self.path else None
        del self.ox


_SUMMARY_NODE = ox.NamedNode(summary.SUMMARY_GRAPH)
_SHA256 = f"<{AKG.sha256}>"


def _text(body: str | bytes) -> str:
    """N-Quads as text, for a SPARQL update or for reading their facts (the loader passes UTF-8 bytes)."""
    return body.decode() if isinstance(body, bytes) else body


def _split_marks(body: str | bytes, mark: str | bytes, graph: str, marks: list, rest: list) -> None:
    """Append to ``marks`` (graph, line) for each line of ``body`` that starts with ``mark`` (its
    digest triple), and to ``rest`` the text between them (``body`` and ``mark`` both text or both
    bytes; for bytes, ``rest`` holds memoryviews of ``body``). Found with find: a release has a
    single digest line among ~200, and going through them one by one cost ~0.1 ms a release."""
    newline = b"\n" if isinstance(body, bytes) else "\n"
    # bytes: the pieces are views, not copies (a batch's N-Quads were held three times, not twice)
    whole = memoryview(body) if isinstance(body, bytes) else body
    key, pos = newline + mark, 0
    at = 0 if body.startswith(mark) else body.find(key) + 1 or -1
    while at >= 0:
        end = body.find(newline, at) + 1 or len(body)
        rest.append(whole[pos:at])
        marks.append((graph, body[at:end]))
        pos = end
        at = body.find(key, end - 1) + 1 or -1
    rest.append(whole[pos:])


def _triples(body: str, graph: str) -> str:
    """N-Quads lines of ``graph`` as the triples of an INSERT DATA block."""
    return body.replace(f" <{graph}> .\n", " .\n")


def _refuse_summary() -> str:
    """Drop the summary and note that this version cannot summarise the store's data."""
    g = summary.SUMMARY_GRAPH
    return (f"DROP SILENT GRAPH <{g}> ;\n"
            f'INSERT DATA {{ GRAPH <{g}> {{ <{g}> <{summary.P_UNSUPPORTED.value}> "{summary.VERSION}" }} }}')


def _without_summary(data: bytes, fmt: ox.RdfFormat, count: int) -> bytes | None:
    """A TriG or N-Quads dump without the summary graph. Oxigraph writes each graph's quads
    together, so the graph is cut out as one block (a literal cannot hold a raw line break, so the
    block's lines are recognised safely); None if it is not found where expected."""
    if not count:
        return data
    name = f"<{summary.SUMMARY_GRAPH}>".encode()
    if fmt == ox.RdfFormat.N_QUADS:
        tail = b" " + name + b" .\n"
        first, last = data.find(tail), data.rfind(tail)
        start, end = data.rfind(b"\n", 0, first) + 1, last + len(tail)
        if first < 0 or not data.count(b"\n", start, end) == count == data.count(tail):
            return None
        return data[:start] + data[end:]
    head = name + b" {\n"
    start = 0 if data.startswith(head) else data.find(b"\n" + head) + 1
    if start == 0 and not data.startswith(head):
        return None
    end = data.find(b"\n}\n", start) + 3
    if end < 3 or data[start:end].count(b" .\n") != count:
        return None
    return data[:start] + data[end:]


def _parse(files: list[Path]):
    from rdflib import Graph

    g = Graph()
    for f in files:
        g.parse(f)
    return g

