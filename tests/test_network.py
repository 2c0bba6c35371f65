"""aseankg network: the graph from a real store (seed and dev releases), its files read back with
networkx, figures checked for ink, and the page opened in real headless Chromium."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "releases"
DEV = ROOT / "tests" / "data" / "dev"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
EXIT_EMPTY = 5


def run(*args: str, store: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", "--store", str(store), *args], capture_output=True,
                          text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    """The seed and dev releases in a real store (one dev release is rejected for want of a date)."""
    path = tmp_path_factory.mktemp("network") / "store"
    result = run("load", str(SEEDS), str(DEV), store=path)
    assert "loaded" in result.stdout, result.stderr
    return path


@contextmanager
def opened(path: Path):
    from kg.store import Store

    store = Store(path)
    try:
        yield store
    finally:
        store.close()


def build(path: Path, **filters):
    from kg.network import build, make_filters

    with opened(path) as store:
        return build(store, make_filters(**filters))


@pytest.fixture(scope="module")
def net(store_path):
    return build(store_path)


def pixel_spread(png: bytes) -> float:
    """Standard deviation of the grey levels: about 0 for a blank picture."""
    from PIL import Image, ImageStat

    return ImageStat.Stat(Image.open(io.BytesIO(png)).convert("L")).stddev[0]


# ------------------------------------------------------------------------------ the graph


def test_graph_has_actors_and_every_edge_type(net):
    g = net.graph
    types = {t for _, t in g.nodes(data="type")}
    assert {"Country", "IntergovernmentalOrganization", "Person"} <= types
    assert {r for _, _, r in g.edges(data="relation")} == {"co-attended", "chaired", "represents", "partnership",
                                                           "coordinates", "pledged"}
    usa = g.nodes["actor/usa"]
    assert (usa["label_en"], usa["label_th"], usa["wikidata"]) == ("United States of America", "สหรัฐอเมริกา", "Q30")
    partnership = g.edges["actor/usa", "actor/asean", "partnership"]
    assert partnership["level"] == "ComprehensiveStrategicPartnership" and partnership["since"] == "2022"
    assert "DialoguePartner 1977" in partnership["history"]
    pledged = g.edges["actor/usa", "actor/asean", "pledged"]
    # at least the 34th SOM's 112 million and the special summit's 150 million
    assert pledged["amount_USD"] >= 262_000_000 and pledged["weight"] >= 2 and pledged["amounts"].startswith("USD")
    assert g.edges["person/joko-widodo", "actor/asean", "chaired"]["weight"] >= 3
    assert g.edges["actor/indonesia", "actor/usa", "coordinates"]["terms"] == "2021-2024"
    for _, d in g.nodes(data=True):  # metrics on every node, scalars only
        assert {"degree", "weighted_degree", "betweenness", "community"} <= d.keys()
        assert all(isinstance(v, str | int | float) for v in d.values())
    for _, _, d in g.edges(data=True):
        assert all(isinstance(v, str | int | float) for v in d.values())


def test_country_level_folds_people_into_what_they_represent(store_path):
    by_person = build(store_path).graph
    represented = {u for u, _, r in by_person.edges(data="relation") if r == "represents"}
    g = build(store_path, level="country").graph
    assert represented and not represented & set(g.nodes)  # only people who represent no one stay
    assert "represents" not in {r for _, _, r in g.edges(data="relation")}
    assert g.has_edge("actor/indonesia", "actor/thailand", "co-attended")


def test_filters(store_path):
    japan = build(store_path, partner="ญี่ปุ่น")
    assert all("actor/japan" in m.parties for m in japan.meetings.values())
    assert {r for _, _, r in japan.graph.edges(data="relation")} >= {"partnership", "pledged"}
    summits = build(store_path, kinds=["summit"], since="2023", until="2023-12")
    assert summits.meetings and all(m.kind == "Summit" and m.date.startswith("2023") for m in summits.meetings.values())
    only = build(store_path, edges=["partnership,pledged"])
    assert {r for _, _, r in only.graph.edges(data="relation")} == {"partnership", "pledged"}
    heavy = build(store_path, min_weight=2)
    assert all(w >= 2 for _, _, w in heavy.graph.edges(data="weight"))


# ------------------------------------------------------------------------------ files


def edge_set(g) -> set[tuple[str, str, str]]:
    return {(u, v, d["relation"]) for u, v, d in g.edges(data=True)}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_files_read_back_with_the_same_nodes_edges_and_attributes(store_path, net, tmp_path, fmt):
    out = tmp_path / f"network.{fmt}"
    result = run("network", "--output", str(out), store=store_path)
    assert result.returncode == 0, result.stderr
    back = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    g = net.graph
    assert set(back.nodes) == set(g.nodes)
    assert edge_set(back) == edge_set(g)
    assert back.number_of_edges() == g.number_of_edges()
    for n, d in g.nodes(data=True):
        for key in ("label", "label_en", "label_th", "type", "wikidata", "degree", "community"):
            assert back.nodes[n][key] == d[key], (n, key)
        assert back.nodes[n]["weighted_degree"] == pytest.approx(d["weighted_degree"])
    by_relation = {(u, v, d["relation"]): d for u, v, d in back.edges(data=True)}
    for u, v, d in g.edges(data=True):
        got = by_relation[(u, v, d["relation"])]
        assert float(got["weight"]) == d["weight"]
        for key in ("level", "since", "amounts", "terms", "meetings", "releases"):
            if key in d:
                assert got[key] == d[key], (u, v, key)


def test_node_link_json(store_path, net):
    result = run("network", "--format", "json", store=store_path)
    data = json.loads(result.stdout)
    back = nx.node_link_graph(data, edges="edges")
    assert set(back.nodes) == set(net.graph.nodes) and edge_set(back) == edge_set(net.graph)
    assert data["meetings"] and data["releases"] and data["node_meetings"]["actor/usa"]


def test_metrics_csv_has_a_row_per_actor(store_path, net):
    result = run("network", "--metrics", "csv", store=store_path)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == net.graph.number_of_nodes()
    assert rows[0]["node"] == "actor/asean" and float(rows[0]["betweenness"]) > 0.3
    table = run("network", "--metrics", store=store_path).stdout
    assert table.splitlines()[0].split() == ["node", "label", "type", "degree", "weighted_degree", "betweenness",
                                             "community"]


# ------------------------------------------------------------------------------ figures


def test_png_is_not_blank(store_path, tmp_path):
    out = tmp_path / "network.png"
    result = run("network", "--level", "country", "--lang", "th", "-o", str(out), store=store_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert pixel_spread(out.read_bytes()) > 20


def test_thai_font_is_found():
    from kg.netrender.figures import thai_font

    if not Path("/usr/share/fonts/truetype/tlwg").is_dir():
        pytest.skip("fonts-thai-tlwg is not installed")
    assert thai_font() is not None


def test_svg_is_svg_with_drawing(store_path, tmp_path):
    out = tmp_path / "network.svg"
    assert run("network", "-o", str(out), store=store_path).returncode == 0
    root = ElementTree.parse(out).getroot()
    assert root.tag.endswith("svg") and len(list(root.iter())) > 200


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_timeline(store_path, tmp_path, fmt):
    out = tmp_path / f"timeline.{fmt}"
    result = run("network", "--timeline", "--lang", "both", "-o", str(out), store=store_path)
    assert result.returncode == 0, result.stderr
    if fmt == "png":
        assert pixel_spread(out.read_bytes()) > 20
    else:
        assert ElementTree.parse(out).getroot().tag.endswith("svg")


def test_timeline_refuses_graph_formats(store_path, tmp_path):
    result = run("network", "--timeline", "-o", str(tmp_path / "t.gexf"), store=store_path)
    assert result.returncode == 2 and "png or svg" in result.stderr
    assert not (tmp_path / "t.gexf").exists()


# ------------------------------------------------------------------------------ nothing to show


def test_empty_store_says_so_and_writes_nothing(tmp_path):
    out = tmp_path / "network.html"
    result = run("network", "-o", str(out), store=tmp_path / "empty")
    assert result.returncode == EXIT_EMPTY
    assert "no releases" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize("args", [["--since", "2030"], ["--partner", "Japan", "--until", "1970"],
                                  ["--partner", "Japan", "--min-weight", "50"]])
def test_filter_that_leaves_nothing_says_so_and_writes_nothing(store_path, tmp_path, args):
    out = tmp_path / "network.png"
    result = run("network", *args, "-o", str(out), store=store_path)
    assert result.returncode == EXIT_EMPTY, result.stderr
    assert result.stderr.startswith("aseankg: nothing to show")
    assert not out.exists()


def test_bad_filter_values_are_usage_errors(store_path):
    assert run("network", "--partner", "Atlantis", store=store_path).returncode == 2
    assert run("network", "--edges", "hugged", store=store_path).returncode == 2
    assert run("network", "--since", "2022-13-01", store=store_path).returncode == 2
    assert run("network", "--format", "png", store=store_path).returncode == 2  # PNG needs --output


# ------------------------------------------------------------------------------ the page in Chromium


def test_page_is_self_contained(store_path, tmp_path):
    out = tmp_path / "network.html"
    assert run("network", "-o", str(out), store=store_path).returncode == 0
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", page, re.I)
    assert "default-src 'none'" in page  # the browser itself refuses any fetch


@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("Chromium or chromedriver is not installed (.ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


@pytest.mark.parametrize("level", ["person", "country"])
def test_page_in_headless_chromium(store_path, tmp_path, browser, level):
    from selenium.webdriver.common.by import By

    net = build(store_path, level=level)
    out = tmp_path / "network.html"
    assert run("network", "--level", level, "-o", str(out), store=store_path).returncode == 0
    browser.get(out.as_uri())
    assert browser.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true"
    shown = browser.execute_script("return document.querySelectorAll('#nodes g.node').length")
    assert shown == net.graph.number_of_nodes()
    assert browser.execute_script("return document.querySelectorAll('#edges line').length") == \
        net.graph.number_of_edges()
    severe = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert not severe, severe
    png = browser.get_screenshot_as_png()
    assert pixel_spread(png) > 10

    # click an actor: its meetings and the releases behind them
    node = browser.find_element(By.CSS_SELECTOR, '#nodes g.node[data-id="actor/usa"] circle')
    browser.execute_script("""
        var r = arguments[0].getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
        arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, clientX: x, clientY: y}));
        window.dispatchEvent(new MouseEvent('mouseup', {bubbles: true, clientX: x, clientY: y}));""", node)
    details = browser.find_element(By.ID, "details").text
    assert "United States of America" in details and "Meetings (" in details
    assert "Special ASEAN-United States Summit" in details and "en_us_special_summit_2022" in details

    # edge-type toggle hides that type's lines
    browser.find_element(By.ID, "toggle-partnership").click()
    hidden = browser.execute_script(
        "return [...document.querySelectorAll('#edges line[data-rel=partnership]')].every(l => l.style.display === 'none')")
    assert hidden

    # Thai labels
    browser.find_element(By.CSS_SELECTOR, "input[name=lang][value=th]").click()
    labels = browser.execute_script("return [...document.querySelectorAll('#nodes text')].map(t => t.textContent)")
    assert any(re.search("[\u0e00-\u0e7f]", t) for t in labels)
    assert not [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
