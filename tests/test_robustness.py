"""Killed loads, repeated and changed releases, and two loads on one store at once.

The kill test runs the real command line in a subprocess, SIGKILLs it part-way, and checks that
every release is either fully in the store (the same triples as a clean load) or absent, that
``aseankg validate`` passes, and that loading again reaches the clean load's store.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED, aseankg, kill_load_after

from bench.corpus import generate


def graphs(store: Path) -> dict[str, object]:
    """Each release graph of the store as an rdflib graph (blank nodes compared by isomorphism)."""
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.store import Store

    s = Store(store)
    try:
        out = {}
        for g in s.release_graphs():
            data = s.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g)).decode()
            out[g] = Graph().parse(data=data, format="nt")
        return out
    finally:
        s.close()


def quads(store: Path) -> bytes:
    import pyoxigraph as ox

    from kg.store import Store

    s = Store(store)
    try:
        return b"".join(sorted(s.ox.dump(format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)))
    finally:
        s.close()


def same(a: dict, b: dict, only: set[str] | None = None) -> None:
    from rdflib.compare import isomorphic

    for g in only if only is not None else set(a) | set(b):
        assert g in a and g in b, g
        assert isomorphic(a[g], b[g]), f"{g} differs"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(60, folder, seed=11)
    return folder


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory) -> dict:
    store = tmp_path_factory.mktemp("clean") / "store"
    aseankg("-q", "load", str(corpus), store=store, check=True)
    return graphs(store)


@pytest.mark.parametrize(("after_lines", "batch"), [(1, 4), (25, 4), (1, 16), (20, 16)])
def test_sigkill_leaves_each_release_in_or_out(after_lines: int, batch: int, corpus: Path, clean: dict,
                                               tmp_path: Path) -> None:
    """Batches of 4 are written in plain transactions, batches of 16 by the bulk loader with a journal."""
    store = tmp_path / "store"
    seen = kill_load_after(corpus, store, after_lines, batch)

    partial = graphs(store)
    assert seen <= len(partial) < len(clean)
    same(partial, clean, only=set(partial))  # each release present is complete
    check = aseankg("validate", store=store)
    assert check.returncode == 0 and "conforms" in check.stdout, check.stdout[-2000:]

    again = aseankg("-q", "load", str(corpus), store=store)
    assert again.returncode == 0, again.stderr
    same(graphs(store), clean)


def test_half_written_bulk_load_is_dropped_on_open(corpus: Path, clean: dict, tmp_path: Path) -> None:
    """What a bulk load killed between its data and its digests leaves is gone at the next open."""
    import pyoxigraph as ox

    from kg.store import JOURNAL, Store

    store = tmp_path / "store"
    aseankg("-q", "load", str(corpus), store=store, check=True)
    s = Store(store)
    victim, survivor = s.release_graphs()[:2]
    s.ox.update(f"DELETE WHERE {{ GRAPH <{victim}> {{ <{victim}> <https://w3id.org/aseankg/ontology#sha256> ?sha }} }}")
    assert s.ox.dump(format=ox.RdfFormat.N_QUADS, from_graph=ox.NamedNode(victim))  # data without its digest
    (store / JOURNAL).write_text(f"{victim}\n{survivor}\n", encoding="utf-8")
    s.close()
    del s

    after = graphs(store)
    assert victim not in after and survivor in after
    assert not (store / JOURNAL).exists()
    same(after, clean, only=set(after))
    check = aseankg("validate", store=store)
    assert check.returncode == 0, check.stdout[-2000:]


def test_same_release_twice_changes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    aseankg("load", str(SEED), store=store, check=True)
    first = quads(store)
    result = aseankg("load", str(SEED), str(SEED), store=store)
    assert result.returncode == 0 and result.stdout.count("unchanged ") == 2, result.stdout
    assert quads(store) == first  # the very same quads, blank nodes included: nothing was rewritten


def test_changed_release_replaces_its_graph(corpus: Path, tmp_path: Path) -> None:
    from kg.namespaces import AKG

    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    path = tmp_path / files[0].name
    path.write_bytes(files[0].read_bytes())
    store = tmp_path / "store"
    aseankg("load", str(path), store=store, check=True)
    (graph, before), = graphs(store).items()
    other = files[1].read_text(encoding="utf-8")  # different content under the same file name
    path.write_text(other, encoding="utf-8")
    result = aseankg("load", str(path), store=store)
    assert result.returncode == 0 and result.stdout.startswith("replaced"), result.stdout
    (graph2, after), = graphs(store).items()
    assert graph2 == graph
    fresh = tmp_path / "fresh"
    aseankg("load", str(path), store=fresh, check=True)
    same({graph: after}, graphs(fresh))
    old_sha = {str(o) for o in before.objects(None, AKG.sha256)}
    assert not old_sha & {str(o) for o in after.objects(None, AKG.sha256)}


HOLD = """
import sys, time
from pathlib import Path
from kg.store import Store
s = Store(Path(sys.argv[1]))
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
s.close()
"""


def hold(store: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(store), str(seconds)], stdout=subprocess.PIPE, text=True,
                            cwd=ROOT)
    assert proc.stdout.readline().strip() == "holding"
    return proc


def test_second_load_stops_with_a_clear_message(tmp_path: Path) -> None:
    store = tmp_path / "store"
    aseankg("load", str(SEED), store=store, check=True)
    before = graphs(store)
    holder = hold(store, 30)
    try:
        result = aseankg("load", str(SEED), store=store, env=dict(os.environ, ASEANKG_LOCK_WAIT="0.5"))
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 3
    assert "in use by another aseankg process" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    same(graphs(store), before)


def test_second_load_waits_for_the_first(tmp_path: Path) -> None:
    store = tmp_path / "store"
    aseankg("load", str(SEED), store=store, check=True)
    holder = hold(store, 1.5)
    result = aseankg("load", str(ROOT / "tests" / "data" / "dev" / "en_india_saifmm_2022.txt"), store=store,
                     env=dict(os.environ, ASEANKG_LOCK_WAIT="30"))
    holder.wait()
    assert result.returncode == 0, result.stderr
    assert len(graphs(store)) == 2


def test_loaded_graph_is_exactly_the_built_triples(tmp_path: Path) -> None:
    """The fast store path (N-Quads straight into Oxigraph) keeps every built triple as it is."""
    from rdflib.compare import isomorphic

    from kg.build import build
    from kg.pipeline import extract_release
    from kg.read import read_release

    release = read_release(SEED)
    built = build(release, extract_release(release).facts).graph()
    store = tmp_path / "store"
    aseankg("load", str(SEED), store=store, check=True)
    (stored,) = graphs(store).values()
    assert isomorphic(stored, built)
