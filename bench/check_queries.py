"""Check that rewritten named queries give the same rows as before.

Loads seeds/releases, tests/data/dev and tests/data/heldout2 into a temporary in-memory store, runs
every named query (without parameters and with a few typical ones) from two query folders and
compares their distinct rows, sorted:

    cp -r queries /tmp/queries-before        # before rewriting
    python -m bench.check_queries --before /tmp/queries-before       # compares with the current queries/

Both folders run on the same store in one process, so a change in extraction cannot show up as a
difference.

    python -m bench.check_queries --summaries     # each aggregate from the loader's summary vs the query itself

compares, on that store, every query that has a form answered from the loader's summary
(queries/summary/NAME.rq, kg/summary.py) with the query itself over the releases.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.pipeline import Loader, release_files
from kg.query import NamedQuery, _header, cell, run
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds" / "releases", ROOT / "tests" / "data" / "dev", ROOT / "tests" / "data" / "heldout2"]

# parameter sets tried besides the unparameterised run
PARAMS = {
    "partner": ["United States of America", "Japan", "European Union", "China", "no such partner"],
    "name": ["Thani Thongphakdi", "no such person"],
    "file": ["000_5d2e2954b440508a", "en_eu_aemm23_2020"],
    "iri": ["<https://w3id.org/aseankg/id/meeting/asean-usa-som/34/topic/covid19>"],
    "class": ["<https://w3id.org/aseankg/ontology#Actor>", "<https://w3id.org/aseankg/ontology#Meeting>",
              "<https://w3id.org/aseankg/ontology#Commitment>", "<https://w3id.org/aseankg/ontology#Person>"],
    "limit": [],
}


def load_store() -> Store:
    store = Store(None)
    store.ensure_base()
    files, _ = release_files(SOURCES)
    Loader(store, jobs=1).run(files)
    return store


CONTRACT = {"meetings", "attendance", "chairs", "commitments", "partnerships", "coordinators", "topics", "actors"}


def _cell(term, query: str) -> str:
    """A cell as text; in a competency query, the parts of a " | "-joined list are sorted, because
    GROUP_CONCAT's order follows the evaluation order, which a rewrite changes (the contract queries
    are compared exactly)."""
    text = cell(term)
    if query not in CONTRACT and " | " in text:
        return " | ".join(sorted(text.split(" | ")))
    return text


def snapshot(store: Store, folder: Path, summarised: bool = False) -> dict[str, list[list[str]]]:
    """Every query's rows; ``summarised``: only the queries with a summary form, run in that form."""
    out: dict[str, list[list[str]]] = {}
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        question, params = _header(text)
        nq = NamedQuery(path.stem, path, text, question, params)
        if summarised:
            form = path.parent / "summary" / path.name
            if not form.exists():
                continue
            nq.summarised = form.read_text(encoding="utf-8")
            if nq.sparql_for(store) == nq.sparql:
                raise SystemExit("the store has no summary to answer from")
        base = {"limit": "0"} if "limit" in params else {}  # every row, as before the default LIMIT
        runs: list[dict[str, str]] = [base]
        for p in params:
            runs += [{**base, p: v} for v in PARAMS.get(p, [])]
        for binding in runs:
            key = path.stem + "".join(f" {k}={v}" for k, v in binding.items() if k != "limit")
            result = run(store, nq, binding)
            rows = [[_cell(c, path.stem) for c in row] for row in result.rows]
            # compared as sets: without DISTINCT, the union default graph repeats a row once per
            # graph holding its triples, which is an artefact, not an answer
            out[key] = [result.variables, *sorted({tuple(r) for r in rows})]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--queries", type=Path, default=ROOT / "queries", help="the queries to check (default queries/)")
    ap.add_argument("--before", type=Path, help="a folder with the queries as they were")
    ap.add_argument("--save", type=Path, help="write the rows of --queries to this JSON file")
    ap.add_argument("--summaries", action="store_true",
                    help="compare the queries answered from the loader's summary with the queries themselves")
    args = ap.parse_args(argv)
    store = load_store()
    if args.summaries:
        args.before = args.queries
    snap = snapshot(store, args.queries, summarised=args.summaries)
    if args.save:
        args.save.write_text(json.dumps(snap, ensure_ascii=False))
        print(f"saved {len(snap)} results ({sum(len(v) - 1 for v in snap.values())} rows) to {args.save}")
    if args.before:
        before = snapshot(store, args.before)
        if args.summaries:
            before = {key: rows for key, rows in before.items() if key.split(" ")[0] in {k.split(" ")[0] for k in snap}}
        bad = 0
        for key in sorted(set(before) | set(snap)):
            a, b = before.get(key), snap.get(key)
            if a != b:
                bad += 1
                na, nb = (len(a) - 1 if a else None), (len(b) - 1 if b else None)
                print(f"DIFFERENT {key}: {na} rows before, {nb} after")
                if a and b:
                    if a[0] != b[0]:
                        print(f"  columns {a[0]} -> {b[0]}")
                    sa, sb = {tuple(r) for r in a[1:]}, {tuple(r) for r in b[1:]}
                    for r in sorted(sa - sb)[:3]:
                        print(f"  only before: {list(r)}")
                    for r in sorted(sb - sa)[:3]:
                        print(f"  only after:  {list(r)}")
            else:
                print(f"same      {key}: {len(a) - 1} rows")
        print("ALL SAME" if not bad else f"{bad} DIFFER")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
