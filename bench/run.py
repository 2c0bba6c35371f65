"""Benchmark: load N generated releases into a fresh on-disk store and print one table.

For each size: releases/s and triples/s end to end, time per stage (read, extract, build,
validate, serialise in the workers; store in the writing process), peak memory of the loader and
its workers, and p50/p95 of every named query as users run it: its default page, and with the
parameter a user typically gives (``--queries-only`` times them on stores already built). The naive baseline (rdflib in-memory Dataset,
whole-graph pyshacl after each release) runs in the same process on the first releases of the
corpus until its time budget is spent, and the ratio is printed.

    python -m bench.run --sizes 1000,10000 --baseline-seconds 120
    python -m bench.run --sizes 10000,100000 --queries-only --repeats 9
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import threading
import time
from pathlib import Path

from pyoxigraph import NamedNode

from bench.corpus import generate
from kg.pipeline import STAGES, Loader, release_files
from kg.query import WHOLE_BY_DEFAULT, named_queries, run
from kg.store import Store


class PeakMemory:
    """Samples the resident memory of this process and its children (the workers) from /proc."""

    def __init__(self, every: float = 0.2) -> None:
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(os.getpid()))
            self._stop.wait(self.every)


def tree_rss(pid: int) -> int:
    """Bytes resident in ``pid`` and its direct children."""
    total = _rss(pid)
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    return total + sum(_rss(int(c)) for c in children)


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def corpus(n: int, root: Path) -> list[Path]:
    folder = root / f"corpus-{n}"
    marker = folder / ".complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate(n, folder)
        marker.write_text("ok")
    files, _ = release_files([folder])
    return files


# the parameter a user typically gives each query at scale; {meeting}, {person} etc. are filled from
# the store being measured (see typical_values), so that they name something it holds
TYPICAL = {
    "actors": {},
    "attendance": {"meeting": "{meeting}"},
    "chairs": {"meeting": "{meeting}"},
    "co-attendance": {"name": "{name}"},
    "commitments": {"partner": "Japan"},
    "coordinators": {"partner": "Japan"},
    "evidence": {"iri": "{fact}"},
    "instances": {"class": "<https://w3id.org/aseankg/ontology#Actor>"},
    "meetings-per-year": {"partner": "Japan"},
    "meetings": {"partner": "Japan"},
    "partner-topics": {"partner": "Japan"},
    "partnerships": {"partner": "Japan"},
    "person-meetings": {"name": "{name}"},
    "pledge-totals": {"partner": "Japan"},
    "release-facts": {"file": "{release}"},
    "timeline": {"partner": "Japan"},
    "top-chairs": {"partner": "Japan"},
    "topics": {"meeting": "{meeting}"},
}


def query_latency(store_dir: Path, repeats: int, timeout: float, only: list[str] | None = None,
                  summary: bool = True) -> dict[str, tuple[float, float, int] | None]:
    """p50 and p95 in ms of each named query as users run it at scale: its default page, without
    parameters (key NAME), and with the parameter a user typically gives (key "NAME PARAM=VALUE"),
    and its row count. Each query runs in a child process on the closed store, because Oxigraph
    cannot cancel a query: one that takes longer than ``timeout`` seconds is killed and shown as None.
    The store is first brought up to date as any command does (``ensure_base``: a store made before
    the aggregates' summary gets it, once); ``summary=False`` times the original aggregate queries
    over the releases instead (``ASEANKG_SUMMARY=off``)."""
    import json
    import subprocess
    import sys

    store = Store(store_dir)
    store.ensure_base()
    store.close()
    del store
    env = dict(os.environ, ASEANKG_SUMMARY="on" if summary else "off")
    out: dict[str, tuple[float, float, int] | None] = {}
    for name in only or named_queries():
        for typical in (False, True):
            if typical and not TYPICAL.get(name):
                continue
            cmd = [sys.executable, "-m", "bench.run", "--time-query", name, "--store-dir", str(store_dir),
                   "--repeats", str(repeats)] + (["--typical"] if typical else [])
            key = name
            try:
                done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                                      cwd=Path(__file__).resolve().parent.parent, env=env)
                p50, p95, rows, params = json.loads(done.stdout.strip().splitlines()[-1])
                key = name + "".join(f" {k}={v}" for k, v in params.items())
                out[key] = (p50, p95, rows)
            except (subprocess.TimeoutExpired, ValueError, IndexError):
                out[key + (" (typical parameter)" if typical else "")] = None
    return out


def typical_values(store: Store) -> dict[str, str]:
    """A meeting, a person's name, a release and a fact with evidence that the store holds (the
    first of each, so that every run of the benchmark asks the same)."""
    from kg.namespaces import SPARQL_PREFIXES

    asks = {
        "meeting": "SELECT ?v WHERE { GRAPH ?g { ?v a akg:Meeting } } LIMIT 1",
        "name": 'SELECT ?v WHERE { GRAPH ?g { ?p akg:participant ?person } ?person skos:prefLabel ?v . '
                'FILTER(LANG(?v) = "en") } LIMIT 1',
        "release": "SELECT ?v WHERE { GRAPH ?g { ?g akg:fileName ?v } } LIMIT 1",
        "fact": "SELECT ?v WHERE { GRAPH ?g { ?v akg:evidence ?e } } LIMIT 1",
    }
    values = {}
    for key, q in asks.items():
        for row in store.query(SPARQL_PREFIXES + q):
            term = row["v"]
            values[key] = f"<{term.value}>" if isinstance(term, NamedNode) else term.value
    if "release" in values:
        values["release"] = values["release"].rsplit(".", 1)[0]
    return values


def time_query(name: str, store_dir: Path, repeats: int, typical: bool = False) -> None:
    """In the child: open the store, run the query once to warm the caches, then ``repeats`` times;
    print [p50, p95, rows, parameters] as JSON."""
    import json

    store = Store(store_dir)
    nq = named_queries()[name]
    params: dict[str, str] = {}
    if not typical and WHOLE_BY_DEFAULT.search(nq.sparql):
        params = {"limit": "100"}  # a contract query answers in full unless asked for a page, as one would at scale
    if typical:
        values = typical_values(store)
        params = {k: v.format(**values) for k, v in TYPICAL.get(name, {}).items()}
    run(store, nq, params)
    times, rows = [], 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        rows = len(run(store, nq, params).rows)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    print(json.dumps([statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))], rows, params]))


def baseline(files: list[Path], budget: float) -> tuple[int, float, float]:
    """The naive loader: rdflib Dataset, whole-graph pyshacl after every release, until ``budget``
    seconds are spent. Returns (releases loaded, seconds, seconds of the last validation)."""
    from rdflib import Dataset, URIRef

    from kg.build import build
    from kg.pipeline import extract_release
    from kg.read import read_release
    from kg.reference import reference_graph
    from kg.validate import ontology_graph, run_shacl

    ds = Dataset()
    base = ds.graph(URIRef("urn:base"))
    for g in (ontology_graph(), reference_graph()):
        for t in g:
            base.add(t)
    start, done, last = time.perf_counter(), 0, 0.0
    for f in files:
        release = read_release(f)
        rg = build(release, extract_release(release).facts)
        graph = ds.graph(rg.iri)
        graph.remove((None, None, None))
        for t in rg.triples:
            graph.add(t)
        t0 = time.perf_counter()
        from rdflib import Graph

        union = Graph()
        for t in ds.quads((None, None, None, None)):
            union.add(t[:3])
        run_shacl(union)
        last = time.perf_counter() - t0
        done += 1
        if time.perf_counter() - start > budget:
            break
    return done, time.perf_counter() - start, last


def bench_size(n: int, root: Path, jobs: int | None, repeats: int, query_timeout: float) -> dict:
    files = corpus(n, root)
    store_dir = root / f"store-{n}"
    shutil.rmtree(store_dir, ignore_errors=True)
    with PeakMemory() as mem:
        store = Store(store_dir)
        store.ensure_base()
        loader = Loader(store, jobs=jobs)
        t0 = time.perf_counter()
        outcomes = loader.run(files)
        elapsed = time.perf_counter() - t0
    loaded = sum(1 for o in outcomes if o.status in ("loaded", "replaced"))
    triples = sum(o.triples for o in outcomes)
    failed = [o for o in outcomes if o.exit_code]
    total_triples = store.count()
    store.close()
    del store
    queries = query_latency(store_dir, repeats, query_timeout) if repeats else {}
    return {"n": n, "loaded": loaded, "failed": len(failed), "seconds": elapsed, "rate": len(files) / elapsed,
            "triples_rate": triples / elapsed, "stages": {k: v / max(len(files), 1) * 1000 for k, v in loader.timings.items()},
            "peak": mem.peak, "queries": queries, "store_triples": total_triples, "jobs": loader.jobs,
            "files": files, "failures": [o.message for o in failed[:3]]}


def flatness(files: list[Path], sample: int = 200) -> tuple[float, float]:
    """Validation ms/release on the first and last ``sample`` releases, measured in this process."""
    from kg.build import build
    from kg.pipeline import extract_release
    from kg.read import read_release
    from kg.validate import validate_release

    def cost(chunk: list[Path]) -> float:
        spent = 0.0
        for f in chunk:
            release = read_release(f)
            rg = build(release, extract_release(release).facts)
            t0 = time.perf_counter()
            validate_release(rg)
            spent += time.perf_counter() - t0
        return spent / len(chunk) * 1000

    return cost(files[:sample]), cost(files[-sample:])


def print_queries(results: list[dict]) -> None:
    """The named queries' table: p50 / p95 ms (rows), a row per query as run by default and with its
    typical parameter, a column per store size."""
    print("\nnamed queries, p50 / p95 ms (rows), after one warm-up run; listing queries give their default page")
    names = list(dict.fromkeys(k for r in results for k in r["queries"]))
    print(" | ".join(["query"] + [f"{r['n']} releases" for r in results]))
    for name in names:
        cells = [f"{q[0]:.1f} / {q[1]:.1f} ({q[2]})" if (q := r["queries"].get(name)) else "timed out"
                 for r in results]
        print(" | ".join([name, *cells]))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes (default 1000,10000)")
    ap.add_argument("--root", type=Path, default=Path("/tmp/aseankg-bench"), help="corpora and stores go here")
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: CPUs)")
    ap.add_argument("--repeats", type=int, default=20, help="runs of each named query (0: no query timings)")
    ap.add_argument("--baseline-seconds", type=float, default=60.0, help="time budget of the naive baseline")
    ap.add_argument("--query-timeout", type=float, default=120.0, help="seconds before a named query is given up")
    ap.add_argument("--queries-only", action="store_true",
                    help="time the named queries on the stores already in --root (store-N), without loading")
    ap.add_argument("--only", help="comma-separated named queries to time (default: all)")
    ap.add_argument("--no-summary", action="store_true",
                    help="time the aggregates' original queries over the releases, not their summary")
    ap.add_argument("--time-query", help=argparse.SUPPRESS)
    ap.add_argument("--typical", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--store-dir", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.time_query:
        return time_query(args.time_query, args.store_dir, args.repeats, args.typical)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    only = [q for q in (args.only or "").split(",") if q] or None
    if args.queries_only:
        return print_queries([{"n": n, "queries": query_latency(args.root / f"store-{n}", args.repeats,
                                                                  args.query_timeout, only, not args.no_summary)}
                              for n in sizes])
    results = []
    for n in sizes:
        print(f"... loading {n} releases", flush=True)
        results.append(bench_size(n, args.root, args.jobs, args.repeats, args.query_timeout))
    first = results[0]
    base_n, base_s, base_last = baseline(first["files"], args.baseline_seconds) if args.baseline_seconds else (0, 0, 0)
    print()
    print(f"aseankg load benchmark ({os.cpu_count()} CPUs, jobs={first['jobs']}, on-disk Oxigraph store)")
    header = ["releases", "loaded", "failed", "seconds", "releases/s", "triples/s", "peak MB"] + \
        [f"{s} ms" for s in (*STAGES, "store")]
    print(" | ".join(header))
    for r in results:
        cells = [r["n"], r["loaded"], r["failed"], f"{r['seconds']:.1f}", f"{r['rate']:.0f}", f"{r['triples_rate']:,.0f}",
                 f"{r['peak'] / 2**20:.0f}"] + [f"{r['stages'].get(s, 0):.2f}" for s in (*STAGES, "store")]
        print(" | ".join(str(c) for c in cells))
    print("\nstage times are per release: CPU in the worker processes for read..serialise, wall time of the writer for store")
    if any(r["queries"] for r in results):
        print_queries(results)
    print("\nvalidation per release, first vs last 200 releases of each corpus (ms)")
    flatness(results[0]["files"][:50])  # warm the caches first
    for r in results:
        a, b = flatness(r["files"])
        print(f"{r['n']}: {a:.2f} vs {b:.2f}")
    if base_n:
        base_rate = base_n / base_s
        print(f"\nnaive baseline (rdflib Dataset + whole-graph pyshacl after each release): {base_n} releases in "
              f"{base_s:.1f} s = {base_rate:.2f} releases/s; the last validation took {base_last * 1000:.0f} ms "
              f"and grows with the graph")
        for r in results:
            print(f"  ratio at {r['n']}: {r['rate'] / base_rate:.0f}x faster")
    for r in results:
        for message in r["failures"]:
            print(f"failure at {r['n']}: {message}")


if __name__ == "__main__":
    main()
