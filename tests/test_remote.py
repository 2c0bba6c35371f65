"""``--endpoint URL``: load, query, export and validate against a real Oxigraph server (the
``oxigraph`` package, on 127.0.0.1) give what the embedded store gives; an endpoint that does not
answer is a clear error, not a hang (issue 4)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import CONTRACT_COLUMNS, DEV, SEEDS, aseankg

from kg.query import named_queries


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    assert Path(found).exists(), "the oxigraph server (pip install oxigraph) is needed"
    return found


def remote(url: str, *args: str, **kw) -> subprocess.CompletedProcess:
    return aseankg("--endpoint", url, *args, **kw)


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    """An Oxigraph server answering with the union of its graphs as the default graph."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                             "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2).read()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise AssertionError("the Oxigraph server did not start") from None
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def loaded(endpoint, dev_store_path):
    out = remote(endpoint, "load", str(SEEDS), str(DEV), timeout=300)
    assert out.returncode in (0, 1), out.stderr
    return endpoint


def test_load_reports_like_the_embedded_store(loaded, dev_store_path):
    again = remote(loaded, "load", str(SEEDS), timeout=120)
    assert again.returncode == 0, again.stderr
    assert "unchanged" in again.stdout and "loaded" not in again.stdout.replace("nothing loaded", "")
    assert remote(loaded, "stats", check=True).stdout == aseankg("stats", store=dev_store_path, check=True).stdout


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_queries_give_the_same_rows(loaded, dev_store_path, name):
    """Every named query, in full: a page of a large answer is taken in store order, which two stores
    need not share, while the whole answer is sorted (the contract queries answer in full anyway)."""
    params = ["--param", "limit=0"] if "limit" in named_queries()[name].parameters else []
    there = remote(loaded, "query", name, *params, "--format", "csv", check=True).stdout
    here = aseankg("query", name, *params, "--format", "csv", store=dev_store_path, check=True).stdout
    assert there.splitlines()[0] == here.splitlines()[0]
    assert len(there.splitlines()) > 1, f"{name} gave no rows"
    assert _rows(there, name) == _rows(here, name)


def _rows(csv_text: str, name: str) -> list[list[str]]:
    """The rows, sorted; in a competency query the parts of a " | "-joined cell are sorted too: the
    server runs the original query, whose GROUP_CONCAT follows its evaluation order, while the
    embedded store answers from its summary (kg/summary.py), which sorts them (as
    bench/check_queries.py compares them)."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO(csv_text)))
    if name not in CONTRACT_COLUMNS:
        rows = [[" | ".join(sorted(c.split(" | "))) if " | " in c else c for c in row] for row in rows]
    return sorted(rows)


@pytest.mark.parametrize("name,param", [("meetings", "partner=India"), ("timeline", "partner=United States of America"),
                                        ("person-meetings", "name=Thani Thongphakdi"),
                                        ("evidence", "iri=<https://w3id.org/aseankg/id/meeting/asean-usa-som/34>"),
                                        ("meetings", 'partner=India" } } ; DROP ALL #')])
def test_parameters_bind_the_same_there(loaded, dev_store_path, name, param):
    there = remote(loaded, "query", name, "--param", param, "--format", "csv", check=True).stdout
    here = aseankg("query", name, "--param", param, "--format", "csv", store=dev_store_path, check=True).stdout
    assert sorted(there.splitlines()) == sorted(here.splitlines())


def test_export_keeps_the_release_graphs(loaded, dev_store_path):
    there = remote(loaded, "export", "--format", "nq", check=True).stdout
    here = aseankg("export", "--format", "nq", store=dev_store_path, check=True).stdout
    graphs = {line.rsplit(" ", 2)[-2] for line in there.splitlines() if line}
    assert graphs == {line.rsplit(" ", 2)[-2] for line in here.splitlines() if line}
    assert len(there.splitlines()) == len(here.splitlines())
    one = remote(loaded, "export", "--graph", "000_5d2e2954b440508a", "--format", "nt", check=True).stdout
    assert one and len(one.splitlines()) == len(aseankg("export", "--graph", "000_5d2e2954b440508a", "--format",
                                                        "nt", store=dev_store_path, check=True).stdout.splitlines())


def test_validate_there(loaded, dev_store_path):
    there = remote(loaded, "validate", timeout=300)
    here = aseankg("validate", store=dev_store_path, timeout=300)
    assert (there.returncode, there.stdout.splitlines()[:1]) == (here.returncode, here.stdout.splitlines()[:1])


def test_syntax_errors_read_the_same(loaded, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?s\nWHERE { ?s ?p ?o . }\nLIMT 5\n", encoding="utf-8")
    out = remote(loaded, "query", str(bad))
    assert out.returncode == 2 and "line 3, column" in out.stderr and "Traceback" not in out.stderr


def test_an_endpoint_that_is_not_there(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    t0 = time.monotonic()
    out = remote(url, "query", "meetings", timeout=60)
    assert out.returncode == 3
    assert "does not answer" in out.stderr and url in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert time.monotonic() - t0 < 15


def test_an_endpoint_that_never_answers():
    """A server that accepts the connection and then says nothing: the timeout ends the wait."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        t0 = time.monotonic()
        out = remote(url, "query", "chairs", env={**_env(), "ASEANKG_HTTP_TIMEOUT": "1"}, timeout=60)
        assert out.returncode == 3
        assert "no answer within 1 s" in out.stderr and "Traceback" not in out.stderr
        assert time.monotonic() - t0 < 15
    finally:
        stop.set()
        thread.join(timeout=5)
        for s in held:
            s.close()
        listener.close()


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)
