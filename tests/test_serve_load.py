"""``aseankg serve`` under load (issue 6): 200 concurrent queries from a bounded pool of clients on
127.0.0.1 all answer without error, and a slow query does not hold up quick ones."""

from __future__ import annotations

import json
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest
from test_serve import http, start_server

QUICK = [
    "SELECT ?m ?label WHERE { ?m a akg:Summit ; rdfs:label ?label } ORDER BY ?label",
    "SELECT (COUNT(*) AS ?n) WHERE { ?p a akg:Participation }",
    "ASK { ?m a akg:Meeting }",
]
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
PREFIX = "PREFIX akg: <https://w3id.org/aseankg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"


@pytest.fixture(scope="module")
def server(seed_store_path, tmp_path_factory):
    store = tmp_path_factory.mktemp("serve-load") / "store"
    shutil.copytree(seed_store_path, store)
    proc, url = start_server(store, "--timeout", "8")
    assert url.startswith("http://127.0.0.1:")
    # the server logs every request to stderr: keep reading it, or a full pipe stalls the server
    drain = threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True)
    drain.start()
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def ask(url: str, query: str) -> tuple[int, dict]:
    status, _ctype, body = http(f"{url}/sparql?" + urlencode({"query": PREFIX + query}),
                                headers={"Accept": "application/sparql-results+json"})
    return status, json.loads(body) if status == 200 else {"error": body.decode(errors="replace")}


def named(url: str, name: str) -> tuple[int, dict]:
    status, _ctype, body = http(f"{url}/queries/{name}?format=json")
    return status, json.loads(body) if status == 200 else {"error": body.decode(errors="replace")}


def test_200_concurrent_queries_all_answer(server):
    expected = {q: ask(server, q) for q in QUICK}
    assert all(status == 200 for status, _ in expected.values())
    jobs = [QUICK[i % len(QUICK)] for i in range(200)]
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=16) as pool:  # at most 16 connections at once
        answers = list(pool.map(lambda q: (q, ask(server, q)), jobs))
    elapsed = time.monotonic() - started
    errors = [(q, status, body) for q, (status, body) in answers if status != 200]
    assert not errors, errors[:3]
    assert len(answers) == 200
    for q, answer in answers:  # every answer is the full, right one
        assert answer == expected[q]
    assert elapsed < 60


def test_concurrent_named_queries_answer(server):
    names = ["meetings", "attendance", "chairs", "topics"] * 10
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda n: named(server, n), names))
    assert [status for status, _ in answers] == [200] * len(names)
    assert all(body["results"]["bindings"] for _, body in answers)


def test_slow_query_does_not_block_quick_ones(server):
    slow: dict = {}

    def run_slow() -> None:
        slow["started"] = time.monotonic()
        slow["answer"] = ask(server, CROSS_JOIN)
        slow["ended"] = time.monotonic()

    thread = threading.Thread(target=run_slow, daemon=True)
    thread.start()
    time.sleep(0.5)  # the cross join is running in its own process by now
    quick_times = []
    for i in range(15):
        t0 = time.monotonic()
        status, body = ask(server, QUICK[i % len(QUICK)])
        quick_times.append(time.monotonic() - t0)
        assert status == 200, body
    finished_quick = time.monotonic()
    assert thread.is_alive(), "the cross join should still be running while the quick queries answer"
    assert max(quick_times) < 3, quick_times
    thread.join(timeout=20)
    assert not thread.is_alive()
    status, body = slow["answer"]
    assert status == 503 and "stopped after" in body["error"]  # the server's timeout ended it
    assert slow["ended"] > finished_quick
