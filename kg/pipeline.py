"""The flow of one release: read -> normalise -> recognise -> relate (extract), then build ->
validate -> store (load). This module only strings the stages together."""

from __future__ import annotations

import gc
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg.curate import apply_curation
from kg.facts import Extraction
from kg.normalise import Text, normalise
from kg.read import Release, read_release
from kg.recognise import recognise
from kg.relate import relate


@dataclass
class Extracted:
    release: Release
    text: Text
    facts: Extraction
    timings: dict[str, float] = field(default_factory=dict)


def _default_year(release: Release, text: str) -> int | None:
    m = re.match(r"(\d{4})", release.meta.get("date", ""))
    if m:
        return int(m.group(1))
    y = re.search(r"(?<!\d)(25[4-9]\d|20[0-4]\d|19[6-9]\d)(?!\d)", text)
    if y:
        year = int(y.group(1))
        return year - 543 if year > 2400 else year
    return None


def extract_release(release: Release) -> Extracted:
    """What one release says, without touching any store."""
    t0 = time.perf_counter()
    text = normalise(release)
    t1 = time.perf_counter()
    mentions = recognise(text.text, _default_year(release, text.text))
    t2 = time.perf_counter()
    facts = apply_curation(release.path, relate(release, text, mentions))
    t3 = time.perf_counter()
    return Extracted(release, text, facts, {"normalise": t1 - t0, "recognise": t2 - t1, "relate": t3 - t2})


def extract(path: str | Path) -> Extracted:
    t0 = time.perf_counter()
    release = read_release(path)
    out = extract_release(release)
    out.timings["read"] = time.perf_counter() - t0 - sum(out.timings.values())
    return out


# ---------------------------------------------------------------- loading into a store


@dataclass
class Outcome:
    path: Path
    status: str  # loaded | replaced | unchanged | failed | rejected
    message: str = ""
    triples: int = 0
    exit_code: int = 0


def release_files(paths: list[str | Path]) -> tuple[list[Path], list[Outcome]]:
    """Expand folders (recursively, following links once) into release files, in a stable order."""
    from kg.errors import EXIT_INPUT
    from kg.read import SUFFIXES

    files: list[Path] = []
    problems: list[Outcome] = []
    for given in paths:
        p = Path(given)
        if not p.exists():
            problems.append(Outcome(p, "failed", f"{p}: no such file or folder", exit_code=EXIT_INPUT))
            continue
        if p.is_file():
            files.append(p)
            continue
        seen: set[Path] = set()
        found: list[Path] = []
        for root, dirs, names in _walk(p, seen):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                f = Path(root) / name
                if name.startswith(".") or f.suffix.lower() not in SUFFIXES or name.lower().startswith("readme"):
                    continue
                found.append(f)
        if not found:
            problems.append(Outcome(p, "failed", f"{p}: no releases in the folder (.txt, .md or .html)",
                                    exit_code=EXIT_INPUT))
        files.extend(found)
    return files, problems


def _walk(top: Path, seen: set[Path]):
    import os

    for root, dirs, names in os.walk(top, followlinks=True):
        real = Path(root).resolve()
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        yield root, dirs, names


def load_file(path: Path, store, dry_run: bool = False) -> Outcome:
    """Extract, build, validate and store one release; the store is untouched on any failure."""
    return Loader(store, jobs=1, dry_run=dry_run).run([path])[0]


# ---------------------------------------------------------------- the bulk loader

STAGES = ("read", "extract", "build", "validate", "serialise")
# Releases a batch (one transaction) holds. Larger batches cost the writer less CPU (Oxigraph's bulk
# loader makes fewer files and compacts less, and the summary's changes are worked out less often:
# 2.6-2.7 against 2.9 ms a release at 10,000, python -m bench.writer), but a large last batch, written
# after the workers have finished, left a core idle for seconds: see Loader._tail.
BATCH = 2048
TAIL_MIN = 256  # the loader's last batches halve down to about this size


@dataclass
class Prepared:
    """One release made ready for the store (in a worker process): its N-Triples or why it failed."""

    path: Path
    status: str  # ready | unchanged | failed | rejected
    graph: str = ""
    sha: str = ""
    data: bytes | str = b""  # N-Quads lines of the release's graph, UTF-8 (see _utf8)
    triples: int = 0
    message: str = ""
    exit_code: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    rdf: list | None = None  # the rdflib triples, kept only for stores without write_releases
    facts: object = None  # what the release adds to the aggregate queries' summary (kg.summary.Facts)

    @property
    def body(self) -> str:
        """The N-Quads lines as text."""
        return self.data.decode() if isinstance(self.data, bytes) else self.data


def _utf8(body: str) -> bytes | str:
    """The N-Quads as the store reads them, encoded here in the worker: bytes pass from the worker to
    the writer and into the store without being decoded and encoded again (~0.1 ms a release in the
    writer). A lone surrogate (a curator's JSON can hold one) keeps them text, which the store refuses
    as before."""
    try:
        return body.encode()
    except UnicodeEncodeError:
        return body


_KNOWN: dict[str, str] = {}  # graph -> sha256 at the start of the load, inherited by worker processes
_KEEP_RDF = False


def prepare(path: Path) -> Prepared:
    """Read, extract, build, validate and serialise one release; never raises for bad data."""
    from kg.build import build
    from kg.errors import AseanKGError, ValidationError
    from kg.namespaces import release_iri
    from kg.summary import Unsupported, graph_facts, release_facts
    from kg.validate import validate_release

    t: dict[str, float] = {}
    t0 = time.perf_counter()
    try:
        release = read_release(path)
        graph = str(release_iri(release.stem))
        t1 = time.perf_counter()
        t["read"] = t1 - t0
        if _KNOWN.get(graph) == release.sha256:
            return Prepared(path, "unchanged", graph, release.sha256, timings=t)
        extracted = extract_release(release)
        t2 = time.perf_counter()
        t["extract"] = t2 - t1
        rg = build(release, extracted.facts)
        t3 = time.perf_counter()
        t["build"] = t3 - t2
        report = validate_release(rg)
        t4 = time.perf_counter()
        t["validate"] = t4 - t3
        if not report.conforms:
            raise ValidationError(f"violates the shapes ({report.violations} violations): {report.summary()}",
                                  path, report.text)
        body = rg.nquads(graph)
        facts = None
        if not _KEEP_RDF:  # here, in the worker, not in the writer; from the terms the body was made of
            terms = getattr(rg, "terms", None)
            facts = graph_facts(terms, graph) if isinstance(terms, list) else release_facts(body, graph)
        data = _utf8(body)
        t["serialise"] = time.perf_counter() - t4
        return Prepared(path, "ready", graph, release.sha256, data, len(rg), timings=t,
                        rdf=rg.triples if _KEEP_RDF else None, facts=facts)
    except AseanKGError as err:
        return Prepared(path, "rejected" if err.exit_code == 1 else "failed",
                        message=str(err) if err.path else f"{path}: {err}", exit_code=err.exit_code, timings=t)
    except Unsupported:  # the store works it out again, and drops its summary (kg/summary.py)
        return Prepared(path, "ready", graph, release.sha256, _utf8(body), len(rg), timings=t)


def _prepare_fresh(path: Path) -> Prepared:
    global _KNOWN
    saved, _KNOWN = _KNOWN, {}
    try:
        return prepare(path)
    finally:
        _KNOWN = saved


def _init_worker(known: dict[str, str]) -> None:
    """A worker dies with the loader (a SIGKILLed load leaves no orphans) and ignores Ctrl-C."""
    import signal

    global _KNOWN
    _KNOWN = known
    gc.enable()  # a worker the pool replaces is forked from the writer, whose collector is off
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def default_jobs() -> int:
    import os

    try:
        return max(1, int(os.environ.get("ASEANKG_JOBS", "0")) or min(len(os.sched_getaffinity(0)), 8))
    except (ValueError, AttributeError):
        return 1


@contextmanager
def writer_collector_off():
    """The writer (the loader's own process, once the workers do the extracting) without Python's
    cyclic garbage collector. Its heap grows by a batch of results (their summary facts are
    thousands of small containers) and by every outcome, and the collector kept scanning them:
    ~0.2-0.3 ms of CPU a release at 10,000 (``python -m bench.writer``). The writer makes no cyclic
    garbage (a collection after writing 10,000 releases found none); anything it does make is
    freed when the collector is back on, at the end of the load."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Stop(Exception):
    """--strict: the first failure ends the load (what was committed before it stays)."""


class Loader:
    """Loads many releases: workers read, extract, build and validate in parallel; this process
    writes them in batches, each batch one transaction (so every release is fully in or out), and
    reports an :class:`Outcome` per release only once it is committed."""

    def __init__(self, store, jobs: int | None = None, batch: int | None = None, dry_run: bool = False,
                 strict: bool = False) -> None:
        import os

        self.store = store
        self.strict = strict
        self.jobs = default_jobs() if jobs is None else max(1, jobs)
        self.batch = max(1, batch or int(os.environ.get("ASEANKG_BATCH", "0") or 0) or BATCH)
        self.dry_run = dry_run
        self.timings: dict[str, float] = dict.fromkeys((*STAGES, "store"), 0.0)
        self.bulk = hasattr(store, "write_releases")

    def run(self, files: list[Path], on_outcome=None) -> list[Outcome]:
        """Load ``files`` in order; ``on_outcome`` is called with each committed or failed release.
        The batches leave the aggregates' summary rows to one settle at the end (kg/summary.py)."""
        outcomes = self._run(files, on_outcome)
        if not self.dry_run and hasattr(self.store, "settle_summary"):
            with writer_collector_off():  # its collections scanned the load's heap: ~0.1 s at 10,000
                self.store.settle_summary()
        return outcomes

    def _run(self, files: list[Path], on_outcome=None) -> list[Outcome]:
        global _KNOWN, _KEEP_RDF

        known = self.store.release_shas() if hasattr(self.store, "release_shas") else {}
        outcomes = self._begin(known, on_outcome)
        parallel = self.jobs > 1 and len(files) >= 4 * self.jobs and self.bulk
        if not parallel:
            checking = not hasattr(self.store, "release_shas")
            _KNOWN, _KEEP_RDF = known, not self.bulk
            try:
                for f in files:
                    self._take(self._prepare_checking(f) if checking else prepare(f))
                self._flush()
            except _Stop:
                pass
            finally:
                _KNOWN, _KEEP_RDF = {}, False
            return outcomes
        import multiprocessing as mp

        _prepare_fresh(files[0])  # builds the gazetteer, shapes and reference once, before the fork
        gc.freeze()  # the workers' collector then leaves the inherited heap alone (no copy-on-write faults)
        self._left = len(files)
        with mp.get_context("fork").Pool(self.jobs, initializer=_init_worker, initargs=(known,)) as pool, \
                writer_collector_off():
            try:
                for prepared in pool.imap(prepare, files, chunksize=8):
                    self._left -= 1
                    self._take(prepared)
                self._flush()
            except _Stop:
                pool.terminate()
        return outcomes

    def _begin(self, known: dict[str, str], on_outcome=None) -> list[Outcome]:
        """A load's state: the digests the store holds, no batch yet; the outcomes it will report."""
        self._known = dict(known)
        self._pending: list[Prepared] = []
        self._pending_graphs: set[str] = set()  # their graphs (a scan of the batch per release cost ~0.1 ms)
        self._emit = on_outcome
        self._left: int | None = None  # results the workers have still to send (parallel loads only)
        self._outcomes: list[Outcome] = []
        return self._outcomes

    def _prepare_checking(self, path: Path) -> Prepared:
        """For a store that cannot list its releases' digests: ask for each release's digest."""
        from kg.namespaces import release_iri

        global _KNOWN
        graph = str(release_iri(Path(path).stem))
        sha = self.store.release_sha(graph)
        _KNOWN = {graph: sha} if sha else {}
        if sha:
            self._known[graph] = sha
        return prepare(path)

    def _take(self, p: Prepared) -> None:
        for stage, seconds in p.timings.items():
            self.timings[stage] = self.timings.get(stage, 0.0) + seconds
        if p.status in ("failed", "rejected"):
            self._flush()  # keep the outcomes in file order
            self._report(Outcome(p.path, p.status, p.message, exit_code=p.exit_code))
            if self.strict:
                raise _Stop
            return
        if p.status == "unchanged" and self._known.get(p.graph) != p.sha:
            p = _prepare_fresh(p.path)  # this load already replaced that graph with another file's
            return self._take(p)
        if p.status == "unchanged" or self._known.get(p.graph) == p.sha:
            self._flush()
            self._report(Outcome(p.path, "unchanged"))
            return
        if p.graph in self._pending_graphs:
            self._flush()  # the same graph twice in one batch: the later one must replace the earlier
        self._pending.append(p)
        self._pending_graphs.add(p.graph)
        if len(self._pending) >= self.batch or self._tail():
            self._flush()

    def _tail(self) -> bool:
        """Near the end of a parallel load, flush batches that halve in size (each as large as what
        is still to come, down to ``TAIL_MIN``): what the writer has left to write once the workers
        are done, with a core idle, is then a small batch, not up to a whole one."""
        left = self._left
        return left is not None and left < self.batch and len(self._pending) >= max(min(self.batch, TAIL_MIN), left)

    def _flush(self) -> None:
        batch, self._pending = self._pending, []
        self._pending_graphs = set()
        if not batch:
            return
        t0 = time.perf_counter()
        failed: dict[int, str] = {}
        if not self.dry_run:
            failed = self._write(batch)
        self.timings["store"] += time.perf_counter() - t0
        for i, p in enumerate(batch):
            if i in failed:
                self._report(Outcome(p.path, "rejected", f"{p.path}: cannot be stored ({failed[i]})", exit_code=1))
                if self.strict:
                    raise _Stop
                continue
            previous = self._known.get(p.graph)
            if not self.dry_run:
                self._known[p.graph] = p.sha
            self._report(Outcome(p.path, "replaced" if previous else "loaded", triples=p.triples))

    def _write(self, batch: list[Prepared]) -> dict[int, str]:
        """Write the batch in one transaction; if the store refuses it, write release by release so
        that one bad release does not hold back the others. Returns the releases that failed."""
        if not self.bulk:
            for p in batch:
                self.store.replace_graph(p.graph, p.rdf or [])
            return {}
        items = [(p.graph, p.data, bool(self._known.get(p.graph)), p.facts) for p in batch]
        try:
            self.store.write_releases(items, settle=False)
            return {}
        except (SyntaxError, ValueError, OSError) as exc:
            if len(batch) == 1:
                return {0: str(exc).splitlines()[0] if str(exc) else type(exc).__name__}
        failed = {}
        for i, item in enumerate(items):
            try:
                self.store.write_releases([item], settle=False)
            except (SyntaxError, ValueError, OSError) as exc:
                failed[i] = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return failed

    def _report(self, outcome: Outcome) -> None:
        self._outcomes.append(outcome)
        if self._emit:
            self._emit(outcome)
