"""``aseankg serve``: the SPARQL 1.1 Protocol with a real client (SPARQLWrapper), content
negotiation, read-only (updates 403), the timeout and row limit, and the query page driven in
headless Chromium (issue 4)."""

from __future__ import annotations

import csv
import io
import json
import re
import select
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest
from conftest import ROOT
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, TSV, TURTLE, XML, SPARQLWrapper

SUMMITS = "SELECT ?m ?label WHERE { ?m a akg:Summit ; rdfs:label ?label } ORDER BY ?label"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def start_server(store: Path, *args: str) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "--store", str(store), "serve", "--port", "0", *args],
                            cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + 30
    line = ""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], 0.5)
        if ready:
            line = proc.stderr.readline()
            m = re.search(r"at (http://127\.0\.0\.1:\d+)/", line)
            if m:
                return proc, m.group(1)
        if proc.poll() is not None:
            break
    proc.kill()
    raise AssertionError(f"aseankg serve did not start: {line}{proc.stderr.read() if proc.stderr else ''}")


@pytest.fixture(scope="module")
def server(dev_store_path, tmp_path_factory):
    store = tmp_path_factory.mktemp("serve") / "store"
    shutil.copytree(dev_store_path, store)
    proc, url = start_server(store, "--timeout", "2", "--max-rows", "200")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def http(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, str, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def client(server: str, fmt: str, query: str = SUMMITS, method: str = "GET") -> SPARQLWrapper:
    sw = SPARQLWrapper(server + "/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    sw.setMethod(method)
    sw.setTimeout(30)
    return sw


# ------------------------------------------------------------------ SPARQLWrapper, every format


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_select_as_json(server, method):
    data = client(server, JSON, method=method).query().convert()
    labels = [b["label"]["value"] for b in data["results"]["bindings"]]
    assert data["head"]["vars"] == ["m", "label"]
    assert "26th ASEAN-Japan Summit" in labels and labels == sorted(labels)
    assert all(b["m"]["type"] == "uri" and b["label"]["xml:lang"] == "en" for b in data["results"]["bindings"])


def test_select_as_xml_csv_tsv_agree(server):
    as_json = client(server, JSON).query().convert()
    want = [b["label"]["value"] for b in as_json["results"]["bindings"]]
    xml = client(server, XML).query().convert()  # a DOM document
    assert [n.firstChild.nodeValue for n in xml.getElementsByTagName("literal")] == want
    text = client(server, CSV).query().convert().decode()
    assert [r["label"] for r in csv.DictReader(io.StringIO(text))] == want
    tsv = client(server, TSV).query().convert().decode().splitlines()
    assert tsv[0] == "?m\t?label"
    assert [line.split("\t")[1] for line in tsv[1:]] == [f'"{w}"@en' for w in want]


def test_construct_as_turtle(server):
    q = "CONSTRUCT { ?m a akg:Summit ; rdfs:label ?label } WHERE { ?m a akg:Summit ; rdfs:label ?label }"
    ttl = client(server, TURTLE, q).query().convert()
    g = Graph().parse(data=ttl, format="turtle")
    summits = {b["m"]["value"] for b in client(server, JSON).query().convert()["results"]["bindings"]}
    assert {str(s) for s in g.subjects()} == summits


def test_ask(server):
    data = client(server, JSON, "ASK { ?m a akg:Summit }").query().convert()
    assert data["boolean"] is True


@pytest.mark.parametrize("accept,expected", [
    ("text/csv", "text/csv"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/tab-separated-values;q=0.5, text/csv;q=0.9", "text/csv"),
    ("*/*", "application/sparql-results+json"),
    ("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json"),
])
def test_content_negotiation(server, accept, expected):
    status, ctype, _ = http(f"{server}/sparql?{urlencode({'query': SUMMITS})}", headers={"Accept": accept})
    assert status == 200 and ctype.startswith(expected)


def test_unacceptable_format_is_406(server):
    status, _, body = http(f"{server}/sparql?{urlencode({'query': SUMMITS})}", headers={"Accept": "image/png"})
    assert status == 406 and b"offered" in body


def test_syntax_error_is_400_with_position(server):
    status, _, body = http(f"{server}/sparql?{urlencode({'query': 'SELECT ?s WHERE { ?s ?p '})}")
    assert status == 400 and re.search(rb"\d+:\d+", body)


# ------------------------------------------------------------------ read-only


def count(server: str) -> int:
    data = client(server, JSON, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").query().convert()
    return int(data["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("how", ["form", "body", "query-param", "wrapper"])
def test_updates_are_refused(server, how):
    before = count(server)
    update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }"
    if how == "wrapper":
        sw = client(server, JSON, update, method="POST")
        with pytest.raises(urllib.error.HTTPError) as err:
            sw.query()
        status = err.value.code
    elif how == "form":
        status, _, _ = http(server + "/sparql", urlencode({"update": update}).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "body":
        status, _, _ = http(server + "/sparql", update.encode(), {"Content-Type": "application/sparql-update"})
    else:
        status, _, _ = http(f"{server}/sparql?{urlencode({'query': 'DROP ALL'})}")
    assert status == 403
    assert count(server) == before


# ------------------------------------------------------------------ limits


def test_a_runaway_query_is_stopped_and_the_server_goes_on(server):
    t0 = time.monotonic()
    status, _, body = http(f"{server}/sparql?{urlencode({'query': SLOW})}")
    elapsed = time.monotonic() - t0
    assert status == 503 and b"stopped after 2 s" in body
    assert elapsed < 10
    assert client(server, JSON).query().convert()["results"]["bindings"]  # still answering


def test_too_many_rows_is_refused(server):
    status, _, body = http(f"{server}/sparql?{urlencode({'query': 'SELECT * WHERE { ?s ?p ?o }'})}")
    assert status == 413 and b"200" in body
    status, _, _ = http(f"{server}/sparql?{urlencode({'query': 'SELECT * WHERE { ?s ?p ?o } LIMIT 200'})}")
    assert status == 200


def test_named_queries_over_http(server):
    status, ctype, body = http(f"{server}/queries/meetings?{urlencode({'partner': 'India', 'format': 'csv'})}")
    assert status == 200 and ctype.startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert rows and all("India" in r["parties"] for r in rows)
    assert list(rows[0]) == ["meeting", "label", "kind", "series", "ordinal", "start", "end", "mode", "status",
                             "city", "parties", "release"]
    status, _, body = http(f"{server}/queries/nope")
    assert status == 404 and b"meetings" in body
    status, _, body = http(f"{server}/queries/meetings?country=India")
    assert status == 400 and b"partner" in body
    listing = json.loads(http(f"{server}/queries")[2])
    assert {"meetings", "timeline", "evidence"} <= {q["name"] for q in listing}


# ------------------------------------------------------------------ the page, in a real browser


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                              options=options)
    yield driver
    driver.quit()


def test_page_is_self_contained(server):
    status, ctype, body = http(server + "/")
    assert status == 200 and ctype.startswith("text/html")
    page = body.decode()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "<link" not in page


def test_page_runs_a_named_query_with_a_parameter(server, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(server + "/")
    wait = WebDriverWait(browser, 20)
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#named option")) > 10)
    Select(browser.find_element(By.ID, "named")).select_by_value("meetings")
    assert "meetings do the releases report" in browser.find_element(By.ID, "question").text
    browser.find_element(By.ID, "param-partner").send_keys("India")
    browser.find_element(By.ID, "run").click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "status"), "row"))
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#results th")]
    assert headers[:3] == ["meeting", "label", "kind"]
    rows = browser.find_elements(By.CSS_SELECTOR, "#results tr")[1:]
    assert rows and all("India" in r.text for r in rows)
    assert browser.save_screenshot(str(tmp_path / "page.png"))


def test_page_runs_a_written_query_and_shows_errors(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/")
    wait = WebDriverWait(browser, 20)
    box = browser.find_element(By.ID, "query")
    box.clear()
    box.send_keys("SELECT ?name WHERE { ?p a akg:Person ; skos:altLabel ?name . FILTER(LANG(?name) = 'th') } "
                  "ORDER BY ?name LIMIT 5")
    browser.find_element(By.ID, "run").click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "status"), "5 rows"))
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#results td")]
    assert len(cells) == 5 and all(re.search(r"[\u0E00-\u0E7F]", c) for c in cells)  # Thai text, drawn
    box.clear()
    box.send_keys("SELECT ?s WHERE { ?s ?p ")
    browser.find_element(By.ID, "run").click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "status"), "error 400"))
    assert "error" in browser.find_element(By.ID, "status").get_attribute("class")
