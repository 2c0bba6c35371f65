"""The loader's summary of the aggregate queries (kg/summary.py) stays exact.

Each check runs the five aggregates twice on the same real Oxigraph store, once answered from the
summary (queries/summary/NAME.rq) and once by the original query text over the releases (the
fallback), and wants the same rows; and it wants the summary to equal one rebuilt from scratch.
The store goes through what a store meets: loads in small and bulk batches, a release replaced
with changed content, a release removed, killed bulk loads (a half-written graph, a graph left
without its commit mark, a SIGKILLed ``aseankg load``), new labels for a partner, data the summary
cannot hold, and an older store without a summary.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import DEV, SEEDS, aseankg, kill_load_after

from bench.corpus import generate
from kg import summary
from kg.namespaces import release_iri
from kg.pipeline import Loader, release_files
from kg.query import named_queries, run, summary_ready
from kg.store import JOURNAL, Store

AGGREGATES = ("meetings-per-year", "top-chairs", "partner-topics", "pledge-totals", "co-attendance")
PARAMS = {"partner": ["Japan", "United States of America", "Australia", "no such partner"],
          "name": ["Joko Widodo", "Hassanal Bolkiah", "no such person"]}
# each query's ORDER BY, on its columns as text (both forms must give their rows in this order)
ORDER = {
    "meetings-per-year": lambda r: (r[0], r[1]),
    "top-chairs": lambda r: (r[0], -int(r[3]), r[2]),
    "partner-topics": lambda r: (r[0], r[1], -int(r[3]), r[2]),
    "pledge-totals": lambda r: (r[0], r[1], r[2]),
    "co-attendance": lambda r: (-int(r[4]), r[1], r[3]),
}


def answers(store: Store, summarised: bool) -> dict[str, list[tuple[str, ...]]]:
    """Every aggregate's rows, without and with typical parameters, as text; the parts of a
    " | "-joined cell sorted (the original query's GROUP_CONCAT follows its evaluation order)."""
    out = {}
    for name in AGGREGATES:
        nq = named_queries()[name]
        assert nq.summarised, f"{name} has no summarised form"
        if not summarised:
            nq = dataclasses.replace(nq, summarised="")
        runs = [{}] + [{p: v} for p in nq.parameters for v in PARAMS.get(p, [])]
        for params in runs:
            result = run(store, nq, params)
            rows = [tuple(" | ".join(sorted(c.split(" | "))) if " | " in c else c
                          for c in (term.value if term is not None else "" for term in row))
                    for row in result.rows]
            assert rows == sorted(rows, key=ORDER[name]), f"{name} {params}: rows out of order"
            out[name + "".join(f" {k}={v}" for k, v in params.items())] = [tuple(result.variables), *sorted(rows)]
    return out


def check(store: Store) -> dict[str, list]:
    """The summary answers every aggregate exactly as the releases do, and equals a rebuild."""
    assert summary_ready(store), "the store has no up-to-date summary"
    for name in AGGREGATES:
        nq = named_queries()[name]
        assert nq.sparql_for(store) != nq.sparql  # the summarised form is the one run
    fast, slow = answers(store, True), answers(store, False)
    for key in slow:
        assert fast[key] == slow[key], f"{key}: the summary gives other rows than the releases"
    rebuilt, by_graph = ox.Store(), ox.Store()
    rebuilt.extend(summary.build(store.ox))
    by_graph.extend(summary.rebuild_from_graphs(store.ox, [g for g in store.graphs() if g != summary.SUMMARY_GRAPH]))
    assert summary.snapshot(store.ox) == summary.snapshot(rebuilt), "the summary differs from a rebuild"
    assert summary.snapshot(by_graph) == summary.snapshot(rebuilt), "graph by graph, the facts differ"
    assert summary.sort_keys_in_order(store.ox)
    return fast


def load(store: Store, paths: list[Path], batch: int) -> list:
    files, _ = release_files(paths)
    return Loader(store, jobs=1, batch=batch).run(files)


@pytest.fixture
def releases(tmp_path: Path) -> Path:
    """A private copy of the seed and dev releases (a test may change or delete them)."""
    folder = tmp_path / "releases"
    folder.mkdir()
    for src in [*SEEDS.iterdir(), *DEV.iterdir()]:
        if src.suffix in (".txt", ".md", ".html"):
            shutil.copy(src, folder / src.name)
    return folder


def fresh(path: Path | None) -> Store:
    store = Store(path)
    store.ensure_base()
    return store


@pytest.mark.parametrize("batch", [3, 16])
def test_loads_replacements_and_removals_keep_the_summary_exact(releases: Path, tmp_path: Path, batch: int) -> None:
    """Batches of 3 are written in one update each; of 16, by the bulk loader, with the summary's
    changes in the transaction that writes the commit marks."""
    store = fresh(tmp_path / "store")
    first = load(store, [releases], batch)
    assert sum(o.status == "loaded" for o in first) >= 20
    loaded = check(store)
    assert all(len(loaded[name]) > 2 for name in AGGREGATES), "every aggregate must have rows to compare"

    # a release with changed content replaces its graph: another year, other amounts, no chairs
    changed = releases / "en_us_special_summit_2022.md"
    text = changed.read_text(encoding="utf-8").replace("2022", "2023").replace("US$60 million", "US$70 million")
    changed.write_text(text.replace("co-chaired", "attended"), encoding="utf-8")
    second = load(store, [releases], batch)
    assert [o.status for o in second if o.path == changed] == ["replaced"]
    replaced = check(store)
    assert replaced != loaded, "the change must show in the aggregates"

    # a release removed, and one of the same name with another release's content
    gone = releases / "en_japan_canada_summits_jakarta_2023.txt"
    gone.unlink()
    store.remove_graph(str(release_iri(gone.stem)))
    removed = check(store)
    assert removed != replaced
    (releases / "en_eu_aemm23_2020.html").unlink()
    shutil.copy(DEV / "th_asean_japan_summit_26.txt", releases / "en_eu_aemm23_2020.txt")
    third = load(store, [releases], batch)
    assert [o.status for o in third if o.path.stem == "en_eu_aemm23_2020"] == ["replaced"]
    assert check(store) != removed

    # and back to the first content: the summary is what it was
    changed.write_text((DEV / changed.name).read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copy(DEV / gone.name, gone)
    (releases / "en_eu_aemm23_2020.txt").unlink()
    shutil.copy(DEV / "en_eu_aemm23_2020.html", releases)
    load(store, [releases], batch)
    assert check(store) == loaded
    store.close()


def test_the_bulk_path_commits_marks_and_summary_in_one_update(releases: Path, tmp_path: Path) -> None:
    """Called directly (the loader would fall back to one release at a time on an error)."""
    from kg.pipeline import prepare
    from kg.store import BULK_MIN

    path = tmp_path / "store"
    store = fresh(path)
    items = [(p.graph, p.body, False, p.facts) for p in map(prepare, sorted(releases.iterdir())[:BULK_MIN + 2])]
    store.write_releases(items)
    assert not (path / JOURNAL).exists()
    assert all(store.release_sha(graph) for graph, *_ in items)
    check(store)
    store.close()


def test_in_memory_store_and_one_release_at_a_time(releases: Path) -> None:
    store = fresh(None)
    for path in sorted(releases.iterdir()):
        load(store, [path], 1)
    check(store)


def test_a_half_written_bulk_load_is_dropped_and_the_summary_left_right(releases: Path, tmp_path: Path) -> None:
    """A load killed during its bulk load leaves graphs without their digests, which never reached
    the summary; the next open drops them (Store._recover) without taking them out of it."""
    path = tmp_path / "store"
    store = fresh(path)
    files = sorted(releases.iterdir())
    load(store, files[:-4], 16)
    before = check(store)
    from kg.pipeline import prepare

    graphs = []
    for f in files[-4:]:
        p = prepare(f)
        graphs.append(p.graph)
        body = "".join(line for line in p.body.splitlines(keepends=True) if "ontology#sha256>" not in line)
        store.ox.bulk_load(body.encode(), format=ox.RdfFormat.N_QUADS)
    (path / JOURNAL).write_text("".join(f"{g}\n" for g in graphs), encoding="utf-8")
    assert answers(store, False) != before  # the half-written graphs show, until the store is opened again
    store.close()

    store = Store(path)
    assert not (path / JOURNAL).exists() and not set(graphs) & set(store.graphs())
    assert check(store) == before
    store.close()


def test_a_graph_dropped_on_open_is_taken_out_of_the_summary(releases: Path, tmp_path: Path) -> None:
    """A graph the journal names that lost its commit mark is dropped, and the summary follows."""
    path = tmp_path / "store"
    store = fresh(path)
    load(store, [releases], 16)
    loaded = check(store)
    victim = str(release_iri("en_us_special_summit_2022"))
    sha = "<https://w3id.org/aseankg/ontology#sha256>"
    store.ox.update(f"DELETE WHERE {{ GRAPH <{victim}> {{ <{victim}> {sha} ?s }} }}")
    (path / JOURNAL).write_text(f"{victim}\n", encoding="utf-8")
    store.close()

    store = Store(path)
    assert victim not in store.graphs()
    assert check(store) != loaded
    store.close()


def test_sigkilled_load_leaves_an_exact_summary(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    generate(80, corpus, seed=5)
    path = tmp_path / "store"
    kill_load_after(corpus, path, 20, batch=16)
    store = Store(path)
    assert 20 <= len(store.release_graphs()) < 80
    check(store)
    store.close()
    assert aseankg("-q", "load", str(corpus), store=path).returncode == 0
    store = Store(path)
    assert len(store.release_graphs()) == 80
    check(store)
    store.close()


def test_partner_labels_changed_by_the_reference_data_or_a_release(releases: Path, tmp_path: Path) -> None:
    """Rows are keyed by a partner's and a topic's English labels: a new or lost label moves them."""
    store = fresh(tmp_path / "store")
    load(store, [releases], 16)
    loaded = check(store)
    reference = "https://w3id.org/aseankg/graph/reference"
    original = store.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(reference)).decode()
    renamed = original.replace('"Japan"@en', '"Nippon"@en')
    assert renamed != original
    store.write_releases([(reference, renamed.replace(" .\n", f" <{reference}> .\n"), True)])
    relabelled = check(store)
    assert any("Nippon" in str(rows) for rows in relabelled.values())

    # a release gives a second English label to a partner, and to a topic; then goes
    extra = "https://w3id.org/aseankg/release/extra_labels"
    label = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
    body = (f'<https://w3id.org/aseankg/id/actor/usa> {label} "USA"@en <{extra}> .\n'
            f'<https://w3id.org/aseankg/topic/covid19> {label} "Pandemic"@en <{extra}> .\n')
    store.write_releases([(extra, body, False)])
    assert any("USA" in str(rows) for rows in check(store).values())
    store.remove_graph(extra)
    store.write_releases([(reference, original.replace(" .\n", f" <{reference}> .\n"), True)])
    assert check(store) == loaded
    store.close()


def test_hand_made_graphs_the_loader_never_writes(releases: Path, tmp_path: Path) -> None:
    """Corners of the original queries' patterns: a pledge without a meeting takes the dates of the
    release's reports; a report's start beats the release's date (the earliest wins); a chair
    without a Participation type chairs but does not attend; a topic without its type does not count;
    an IRI as a meeting's label; a second English name for a person; ASEAN is no partner."""
    store = fresh(tmp_path / "store")
    load(store, [releases], 16)
    loaded = check(store)
    g = "https://w3id.org/aseankg/release/hand_made"
    a, o, x = "https://w3id.org/aseankg/ontology#", "https://w3id.org/aseankg/id/", "http://www.w3.org/2001/XMLSchema#"
    t = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    m, m2, usa = f"<{o}meeting/hand-made-summit>", f"<{o}meeting/hand-made-som>", f"<{o}actor/usa>"
    lines = [
        f'<{g}> <http://purl.org/dc/terms/date> "2019-12-30"^^<{x}date>',
        f"{m} {t} <{a}Meeting>", f"{m} {t} <{a}Summit>", f"{m} <{a}party> {usa}", f"{m} <{a}party> <{o}actor/asean>",
        f'{m} <http://www.w3.org/2000/01/rdf-schema#label> <{o}label/as-an-iri>',
        f"<{g}#r1> <{a}meeting> {m}", f"<{g}#r1> <http://www.w3.org/ns/prov#wasDerivedFrom> <{g}>",
        f'<{g}#r1> <https://schema.org/startDate> "2021-03-04"^^<{x}date>',
        f'<{g}#r2> <{a}meeting> {m}', f'<{g}#r2> <https://schema.org/startDate> "2020-11-02"^^<{x}date>',
        f"{m2} {t} <{a}Meeting>", f"{m2} <{a}party> {usa}",
        f"<{g}#c1> {t} <{a}FinancialPledge>", f"<{g}#c1> <{a}committedBy> {usa}",
        f"<{g}#c1> <https://schema.org/amount> <{g}#c1a>",
        f'<{g}#c1a> <https://schema.org/value> "100.50"^^<{x}decimal>',
        f'<{g}#c1a> <https://schema.org/currency> "USD"',
        f"<{g}#c2> {t} <{a}FinancialPledge>", f"<{g}#c2> <{a}committedBy> {usa}", f"<{g}#c2> <{a}meeting> {m2}",
        f"<{g}#c2> <https://schema.org/amount> <{g}#c2a>", f'<{g}#c2a> <https://schema.org/value> "7"^^<{x}decimal>',
        f'<{g}#c2a> <https://schema.org/currency> "USD"',
        f"<{g}#p1> <{a}meeting> {m}", f"<{g}#p1> <{a}role> <https://w3id.org/aseankg/role/co-chair>",
        f"<{g}#p1> <{a}participant> <{o}person/joko-widodo>",
        f"<{g}#p2> {t} <{a}Participation>", f"<{g}#p2> <{a}meeting> {m}",
        f"<{g}#p2> <{a}participant> <{o}person/hun-sen>",
        f"<{g}#p3> {t} <{a}Participation>", f"<{g}#p3> <{a}meeting> {m}",
        f"<{g}#p3> <{a}participant> <{o}person/penny-wong>",
        f'<{o}person/penny-wong> <http://www.w3.org/2004/02/skos/core#prefLabel> "P. Wong"@en',
        f"<{g}#d1> <{a}meeting> {m}", f"<{g}#d1> <{a}topic> <https://w3id.org/aseankg/topic/covid19>",
    ]
    body = "".join(f"{line} <{g}> .\n" for line in lines)
    store.write_releases([(g, body, False)])
    made = check(store)
    assert made != loaded
    assert any("P. Wong" in str(rows) for rows in made.values())
    # written again as if new although its graph is there: replaced, not added to
    again = [f"<{g}#r3> <{a}meeting> {m}", f'<{g}#r3> <https://schema.org/startDate> "2018-01-01"^^<{x}date>']
    store.write_releases([(g, "".join(f"{line} <{g}> .\n" for line in again), False)])
    assert check(store) != made
    store.remove_graph(g)
    assert check(store) == loaded
    store.close()


def test_data_the_summary_cannot_hold_drops_it(releases: Path, tmp_path: Path) -> None:
    """A blank node where the queries expect an IRI: the summary goes, the queries read the releases."""
    store = fresh(tmp_path / "store")
    load(store, [releases], 16)
    loaded = answers(store, True)
    odd = "https://w3id.org/aseankg/release/odd"
    t = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    body = (f"_:p {t} <https://w3id.org/aseankg/ontology#Participation> <{odd}> .\n"
            f"_:p <https://w3id.org/aseankg/ontology#meeting> <https://w3id.org/aseankg/id/meeting/x> <{odd}> .\n"
            f"_:p <https://w3id.org/aseankg/ontology#participant> _:someone <{odd}> .\n")
    store.write_releases([(odd, body, False)])
    assert not summary_ready(store) and summary.refused(store.ox)
    store.ensure_base()  # not rebuilt on every open
    assert not summary_ready(store)
    assert answers(store, True) == answers(store, False) == loaded  # the odd graph adds nothing they show
    store.close()


def test_an_older_store_gets_its_summary_once(releases: Path, tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = fresh(path)
    load(store, [releases], 16)
    loaded = check(store)
    store.ox.update(f"DROP GRAPH <{summary.SUMMARY_GRAPH}>")  # a store loaded before summaries
    assert not summary_ready(store)
    assert answers(store, True) == loaded  # the original queries answer meanwhile
    store.close()
    result = aseankg("query", "meetings-per-year", "--format", "csv", store=path)  # any command upgrades it
    assert result.returncode == 0 and result.stdout.count("\n") == len(loaded["meetings-per-year"])
    store = Store(path)
    assert check(store) == loaded
    store.close()


def test_exports_and_counts_leave_the_summary_out(releases: Path, tmp_path: Path) -> None:
    store = fresh(tmp_path / "store")
    load(store, [releases], 16)
    assert store.count(summary.SUMMARY_GRAPH) > 100
    total = sum(1 for q in store.ox if q.graph_name != ox.NamedNode(summary.SUMMARY_GRAPH))
    assert store.count() == total
    for fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        data = store.dump(fmt)
        assert summary.SUMMARY_GRAPH.encode() not in data
        assert len(list(ox.parse(data, format=fmt))) == total
    store.close()


def test_the_server_answers_from_the_summary_when_the_store_keeps_one(releases: Path, monkeypatch) -> None:
    """``aseankg serve`` picks the summarised form in the child that opens the store, as kg/query.py does."""
    from kg.serve import Request, evaluate

    req = Request('SELECT ("the releases" AS ?from) WHERE {}', "text/csv",
                  summarised=('SELECT ("the summary" AS ?from) WHERE {}', {}))
    bare = Store(None)  # no ensure_base: no summary
    assert b"the releases" in evaluate(bare.ox, req, 10).body
    store = fresh(None)
    load(store, [releases], 16)
    assert b"the summary" in evaluate(store.ox, req, 10).body
    monkeypatch.setenv("ASEANKG_SUMMARY", "off")
    assert b"the releases" in evaluate(store.ox, req, 10).body
