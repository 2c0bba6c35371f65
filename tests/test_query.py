"""Named and user queries: parameters bound as terms, errors people can act on, every format, the
competency queries' answers on the seed, and the inference users expect (issue 4)."""

from __future__ import annotations

import csv
import io
import json
import time

import pyoxigraph as ox
import pytest
from conftest import CONTRACT_COLUMNS, SEED, aseankg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.binding import bind_terms
from kg.namespaces import SPARQL_PREFIXES
from kg.query import bind, display_width, named_queries, render, resolve, run

ISSUE2_COLUMNS = CONTRACT_COLUMNS
COMPETENCY_COLUMNS = {
    "timeline": "date,partner_label,event,what,detail,release",
    "person-meetings": "person,name_en,meeting,label,date,role,position,represents,release",
    "top-chairs": "partner_label,chair,name_en,meetings",
    "pledge-totals": "partner_label,year,currency,pledges,total",
    "partner-topics": "partner_label,year,topic,meetings",
    "meetings-per-year": "partner_label,year,meetings,summits",
    "co-attendance": "person_a,name_a,person_b,name_b,meetings,labels",
    "release-facts": "release,kind,fact,label",
    "evidence": "fact,kind,quote,start,end,release",
    "instances": "instance,type,label",
}
EVIL = 'India" } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o } # \\" \'\'\' """ <x:y> ?partner $partner'


def rows(store, query_name: str, **params: str) -> list[dict[str, str]]:
    nq = resolve(query_name)
    text = render(run(store, nq, params), "csv")
    return list(csv.DictReader(io.StringIO(text)))


# ------------------------------------------------------------------ parameters are terms


def test_partner_parameter_filters_meetings(dev_memory_store):
    india = rows(dev_memory_store, "meetings", partner="India")
    assert "24th ASEAN-India Senior Officials' Meeting" in {r["label"] for r in india}
    assert all("India" in r["parties"].split(" | ") for r in india)
    everything = rows(dev_memory_store, "meetings")
    assert {r["meeting"] for r in india} == {r["meeting"] for r in everything if "India" in r["parties"].split(" | ")}
    assert len(everything) > len(india)


@pytest.mark.parametrize("name,param", [("meetings", "partner"), ("timeline", "partner"),
                                        ("person-meetings", "name"), ("release-facts", "file")])
def test_quotes_and_braces_stay_one_value(dev_memory_store, name, param):
    before = dev_memory_store.count()
    out = run(dev_memory_store, resolve(name), {param: EVIL})
    assert out.rows == []  # matched nothing: the value did not become query text
    assert out.variables == COMPETENCY_COLUMNS.get(name, ISSUE2_COLUMNS.get(name, "")).split(",")
    assert dev_memory_store.count() == before


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_any_value_is_data(dev_memory_store, value):
    """Whatever a user types, the query keeps its shape; only a real partner label gives rows."""
    out = run(dev_memory_store, resolve("meetings-per-year"), {"partner": value})
    assert out.variables == ["partner_label", "year", "meetings", "summits"]
    assert all(str(r[0].value) == value for r in out.rows)


def test_remote_binding_is_token_level():
    """The binding used for remote servers swaps only variable tokens, never text in strings or IRIs."""
    q = 'SELECT ?a WHERE { ?a <x:p> "?p" . FILTER(!BOUND(?p) || STR(?a) = ?p) } # ?p'
    bound = bind_terms(q, {ox.Variable("p"): ox.Literal(EVIL)})
    assert bound.count('"?p"') == 1 and bound.endswith("# ?p")
    assert "!true" in bound
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("x:s"), ox.NamedNode("x:p"), ox.Literal("?p")))
    assert list(store.query(bound)) == []  # parses, and the value stayed one literal
    evil_iri = ox.NamedNode("x:s")
    assert len(list(store.query(bind_terms(q.replace("STR(?a) = ?p", "?a = ?p"), {ox.Variable("p"): evil_iri})))) == 1


def test_every_declared_parameter_has_a_placeholder():
    """A declared parameter that the query text cannot take would silently do nothing."""
    for q in named_queries().values():
        for p in q.parameters:
            text, subs = bind(q.text, {p: "5" if p == "limit" else "x"})
            assert not subs, f"{q.name}: parameter {p} has no VALUES ?{p} {{ UNDEF }} placeholder"
            assert text != q.text


def test_limit_parameter_changes_or_lifts_the_default_limit(dev_memory_store):
    """A listing query's default LIMIT: limit=N changes it, limit=0 lifts it, and anything but a
    whole number is refused (so it cannot change what the query does)."""
    from kg.errors import QueryError
    from kg.query import run

    nq = named_queries()["release-facts"]
    assert "limit" in nq.parameters and nq.text.rstrip().endswith("LIMIT 1000")
    every = run(dev_memory_store, nq, {"limit": "0"}).rows
    assert len(every) > 100
    assert len(run(dev_memory_store, nq, {}).rows) == min(len(every), 1000)
    assert run(dev_memory_store, nq, {"limit": "7"}).rows == every[:7]
    assert len(run(dev_memory_store, nq, {"limit": "100"}).rows) == 100
    for bad in ("x", "-1", "5 } UNION { ?s ?p ?o", "1e3", "²"):
        with pytest.raises(QueryError):
            run(dev_memory_store, nq, {"limit": bad})


# ------------------------------------------------------------------ errors


def test_syntax_error_gives_line_and_column(tmp_path, dev_store_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("# a comment\nSELECT ?s\nWHERE { ?s ?p ?o . }\nLIMT 5\n# more\n", encoding="utf-8")
    out = aseankg("query", str(bad), store=dev_store_path)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "line 4, column" in out.stderr and "'bad'" in out.stderr


def test_unknown_query_lists_what_exists(dev_store_path):
    out = aseankg("query", "meetngs", store=dev_store_path)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    line = out.stderr.strip()
    assert "\n" not in line and "meetngs" in line
    for name in ("meetings", "timeline", "evidence", "pledge-totals"):
        assert name in line


def test_unknown_parameter_lists_what_exists(dev_store_path):
    out = aseankg("query", "timeline", "--param", "country=India", store=dev_store_path)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "country" in out.stderr and "partner" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_a_runaway_query_is_stopped(tmp_path, dev_store_path):
    slow = tmp_path / "slow.rq"
    slow.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n", encoding="utf-8")
    t0 = time.monotonic()
    out = aseankg("query", str(slow), "--timeout", "1", store=dev_store_path, timeout=60)
    assert out.returncode == 4
    assert "stopped after 1 s" in out.stderr and "Traceback" not in out.stderr
    assert time.monotonic() - t0 < 15


# ------------------------------------------------------------------ formats


def test_list_shows_every_query_with_its_question(dev_store_path):
    out = aseankg("query", "--list", store=dev_store_path, check=True).stdout
    for name in list(ISSUE2_COLUMNS) + list(COMPETENCY_COLUMNS):
        line = next((ln for ln in out.splitlines() if ln.startswith(name + ":") or ln.startswith(name + " [")), None)
        assert line and "?" in line.split(":", 1)[1], name


@pytest.mark.parametrize("name,columns", sorted({**ISSUE2_COLUMNS, **COMPETENCY_COLUMNS}.items()))
def test_csv_columns(dev_memory_store, name, columns):
    text = render(run(dev_memory_store, resolve(name)), "csv")
    assert text.splitlines()[0] == columns


def test_tsv_and_json(dev_memory_store):
    result = run(dev_memory_store, resolve("chairs"))
    tsv = render(result, "tsv").splitlines()
    assert tsv[0].split("\t") == ISSUE2_COLUMNS["chairs"].split(",")
    assert all(len(line.split("\t")) == 5 for line in tsv)
    data = json.loads(render(result, "json"))
    assert data["head"]["vars"] == ISSUE2_COLUMNS["chairs"].split(",")
    names = {b["name_en"]["value"] for b in data["results"]["bindings"]}
    assert {"Bounleua Phandanouvong", "Atul Keshap"} <= names
    assert all(b["meeting"]["type"] == "uri" for b in data["results"]["bindings"])


def test_table_stays_aligned_with_thai(dev_memory_store):
    table = render(run(dev_memory_store, resolve("attendance")), "table").splitlines()
    assert any("ธานี" in line for line in table)
    rule = table[1]
    starts = [i for i, ch in enumerate(rule) if ch == "-" and (i == 0 or rule[i - 1] == " ")]
    for line in table[2:-1]:
        for col in starts[1:]:  # each column starts right after two spaces, in display columns
            prefix = ""
            for ch in line:
                if display_width(prefix) >= col:
                    break
                prefix += ch
            assert display_width(prefix) == col and prefix.endswith("  "), line


def test_construct_as_turtle_and_jsonld(tmp_path, dev_store_path):
    q = tmp_path / "summits.rq"
    q.write_text("CONSTRUCT { ?m a akg:Summit ; rdfs:label ?l } WHERE { ?m a akg:Summit ; rdfs:label ?l }\n")
    ttl = aseankg("query", str(q), "--format", "turtle", store=dev_store_path, check=True).stdout
    g = Graph().parse(data=ttl, format="turtle")
    assert len(set(g.subjects())) >= 5
    js = aseankg("export", "--query", str(q), "--format", "jsonld", store=dev_store_path, check=True).stdout
    g2 = Graph().parse(data=js, format="json-ld")
    assert set(g2) == set(g)
    assert "@context" in json.loads(js)


def test_export_query_refuses_select(dev_store_path):
    out = aseankg("export", "--query", str(resolve("chairs").path), store=dev_store_path)
    assert out.returncode == 2 and "not a CONSTRUCT" in out.stderr and "Traceback" not in out.stderr


# ------------------------------------------------------------------ inference


def test_meetings_find_summits_and_actors_find_people_and_countries(dev_memory_store):
    def instances(cls: str) -> dict[str, str]:
        return {r["instance"]: r["type"].rsplit("#", 1)[1] for r in rows(dev_memory_store, "instances", **{"class": cls})}

    meetings = instances("<https://w3id.org/aseankg/ontology#Meeting>")
    assert "Summit" in meetings.values() and "SeniorOfficialsMeeting" in meetings.values()
    actors = instances("<https://w3id.org/aseankg/ontology#Actor>")
    assert {"Person", "Country", "IntergovernmentalOrganization"} <= set(actors.values())
    assert "https://w3id.org/aseankg/id/person/thani-thongphakdi" in actors
    # materialised at load, so a plain rdf:type query (any client, no property path) agrees
    plain = {str(r["m"].value) for r in dev_memory_store.query(SPARQL_PREFIXES + "SELECT ?m WHERE { ?m a akg:Meeting }")}
    assert plain == set(meetings)
    summits = {str(r["m"].value) for r in dev_memory_store.query(SPARQL_PREFIXES + "SELECT ?m WHERE { ?m a akg:Summit }")}
    assert summits and summits <= plain


# ------------------------------------------------------------------ competency answers on the seed


def test_timeline_with_the_united_states(dev_memory_store):
    tl = rows(dev_memory_store, "timeline", partner="United States of America")
    som = [r for r in tl if r["event"] == "34th ASEAN-United States Senior Officials' Meeting"]
    assert som and som[0]["date"] == "2021-05-06" and som[0]["what"] == "meeting"
    pledges = [r for r in tl if r["what"] == "pledge"]
    assert any(r["detail"] == "more than 112000000 USD" and r["date"] == "2021-05-06" for r in pledges)
    dated = [r["date"] for r in tl if r["date"]]
    assert dated == sorted(dated)
    assert {r["partner_label"] for r in tl} == {"United States of America"}


def test_person_meetings_and_roles(dev_memory_store):
    thani = rows(dev_memory_store, "person-meetings", name="Thani Thongphakdi")
    assert [(r["date"], r["role"], r["position"], r["represents"]) for r in thani] == \
        [("2021-05-06", "participant", "Permanent Secretary for Foreign Affairs", "Thailand")]
    keshap = rows(dev_memory_store, "person-meetings", name="Atul Keshap")
    assert {r["role"] for r in keshap} == {"co-chair"}


def test_top_chairs_pledge_totals_and_counts(dev_memory_store):
    chairs = rows(dev_memory_store, "top-chairs", partner="United States of America")
    assert {"Bounleua Phandanouvong", "Atul Keshap"} <= {r["name_en"] for r in chairs}
    counts = [int(r["meetings"]) for r in chairs]
    assert counts == sorted(counts, reverse=True)
    totals = rows(dev_memory_store, "pledge-totals")
    usa = {(r["year"], r["currency"]): r for r in totals if r["partner_label"] == "United States of America"}
    assert usa[("2021", "USD")]["total"] == "112000000"
    assert all(r["currency"] in ("USD", "EUR", "AUD", "JPY", "THB", "CNY", "KRW", "GBP", "NZD", "INR", "CAD")
               for r in totals)
    # the totals add up the pledges that the commitments query lists, per actor and currency
    expected: dict[tuple[str, str], float] = {}
    seen = set()
    for c in rows(dev_memory_store, "commitments"):
        if c["amount"] and c["commitment"] not in seen:
            seen.add(c["commitment"])
            expected[(c["by"], c["currency"])] = expected.get((c["by"], c["currency"]), 0) + float(c["amount"])
    got: dict[tuple[str, str], float] = {}
    for r in totals:
        got[(r["partner_label"], r["currency"])] = got.get((r["partner_label"], r["currency"]), 0) + float(r["total"])
    assert got == expected
    per_year = rows(dev_memory_store, "meetings-per-year", partner="United States of America")
    assert {"partner_label": "United States of America", "year": "2021", "meetings": "2", "summits": "0"} in per_year
    india = rows(dev_memory_store, "meetings", partner="India")
    assert sum(int(r["meetings"]) for r in rows(dev_memory_store, "meetings-per-year", partner="India")) == len(india)


def test_topics_over_time_and_co_attendance(dev_memory_store):
    topics = rows(dev_memory_store, "partner-topics", partner="United States of America")
    y2021 = {r["topic"] for r in topics if r["year"] == "2021"}
    assert {"COVID-19", "climate change"} <= y2021
    pairs = rows(dev_memory_store, "co-attendance", name="Thani Thongphakdi")
    partners = {r["name_a"] for r in pairs} | {r["name_b"] for r in pairs}
    assert {"Atul Keshap", "Bounleua Phandanouvong"} <= partners


def test_release_facts_and_their_evidence(dev_memory_store):
    facts = rows(dev_memory_store, "release-facts", file="000_5d2e2954b440508a")
    kinds = {r["kind"] for r in facts}
    assert {"FinancialPledge", "ProposedAction", "Participation", "TopicDiscussion", "SeniorOfficialsMeeting"} <= kinds
    assert {r["release"] for r in facts} == {"000_5d2e2954b440508a"}
    original = SEED.read_text(encoding="utf-8")
    pledge = next(r["fact"] for r in facts if r["kind"] == "FinancialPledge")
    evidence = rows(dev_memory_store, "evidence", iri=f"<{pledge}>")
    assert evidence
    for ev in evidence:
        assert ev["release"] == "000_5d2e2954b440508a"
        assert original[int(ev["start"]):int(ev["end"])] == ev["quote"]  # the span points at the quote


# ------------------------------------------------------------------ pages and selective parameters (issue 6)

LISTINGS = ["actors", "attendance", "chairs", "commitments", "coordinators", "meetings", "partnerships", "topics",
            "evidence", "instances", "person-meetings", "release-facts", "timeline"]


@pytest.mark.parametrize("name", LISTINGS)
def test_listing_queries_give_a_page_and_say_so(dev_memory_store, name):
    """Every listing query takes limit=; a cut page carries a note (the CLI prints it on stderr), the
    whole answer none, and the rows of a page are rows of the whole answer."""
    nq = resolve(name)
    assert "limit" in nq.parameters
    every = run(dev_memory_store, nq, {"limit": "0"})
    assert not every.note
    page = run(dev_memory_store, nq, {"limit": "3"})
    if len(every.rows) > 3:
        assert len(page.rows) == 3 and "limit=0" in page.note
        whole = {tuple(render_cells(r)) for r in every.rows}
        assert {tuple(render_cells(r)) for r in page.rows} <= whole
    default = run(dev_memory_store, nq, {})
    if not default.note:
        assert len(default.rows) == len(every.rows)  # an answer that fits the page is the whole, sorted
        assert default.rows == every.rows


def render_cells(row) -> list[str]:
    from kg.query import cell

    return [cell(c) for c in row]


def test_a_cut_page_is_announced_on_stderr(dev_store_path):
    """stdout stays data; stderr says what the page is: the first rows of an answer small enough to
    sort whole, or rows of a larger one, which is not sorted whole."""
    out = aseankg("query", "chairs", "--param", "limit=2", "--format", "csv", store=dev_store_path, check=True)
    assert len(out.stdout.strip().splitlines()) == 3  # header and two rows
    assert out.stderr == "aseankg: first 2 rows; --param limit=0 for every row\n"
    big = aseankg("query", "topics", "--param", "limit=100", "--format", "csv", store=dev_store_path,
                  check=True)  # 100 of over 300
    assert len(big.stdout.strip().splitlines()) == 101
    assert "100 rows of a larger answer" in big.stderr and "not sorted whole" in big.stderr
    whole = aseankg("query", "topics", "--format", "csv", store=dev_store_path, check=True)
    assert whole.stderr == "" and len(whole.stdout.strip().splitlines()) > 300


@pytest.mark.parametrize("name", ["actors", "attendance", "chairs", "commitments", "coordinators", "meetings",
                                  "partnerships", "topics"])
def test_contract_queries_answer_in_full_by_default(dev_memory_store, name):
    """What a user loads is what the CSV contract reads back: no default page, however many rows."""
    nq = named_queries()[name]
    whole = run(dev_memory_store, nq, {})
    assert not whole.note
    assert sorted(map(str, whole.rows)) == sorted(map(str, run(dev_memory_store, nq, {"limit": "0"}).rows))
    if len(whole.rows) > 2:
        assert len(run(dev_memory_store, nq, {"limit": "2"}).rows) == 2


SELECTIVE = [  # (query, parameter, the column it selects on, how a value appears in that column)
    ("attendance", "meeting", "meeting", "iri"), ("attendance", "person", "person", "iri"),
    ("attendance", "release", "release", "text"), ("chairs", "meeting", "meeting", "iri"),
    ("chairs", "person", "chair", "iri"), ("chairs", "release", "release", "text"),
    ("commitments", "partner", "by", "text"), ("commitments", "meeting", "meeting", "iri"),
    ("commitments", "release", "release", "text"), ("coordinators", "partner", "partner", "text"),
    ("coordinators", "release", "release", "text"), ("partnerships", "partner", "partner", "text"),
    ("partnerships", "release", "release", "text"), ("topics", "meeting", "meeting", "iri"),
    ("topics", "release", "release", "text"), ("release-facts", "file", "release", "text"),
    ("person-meetings", "name", "name_en", "text"),
]


@pytest.mark.parametrize("name,param,column,kind", SELECTIVE)
def test_a_selective_parameter_gives_exactly_the_matching_rows(dev_memory_store, name, param, column, kind):
    """A parameter is evaluated from the value given (fast at scale), and gives the very rows of the
    whole answer that have that value, for a few values the store holds and one it does not."""
    every = rows(dev_memory_store, name, limit="0")
    values = sorted({r[column] for r in every if r[column]})[:4] + ["no such value"]
    for value in values:
        given = f"<{value}>" if kind == "iri" and value != "no such value" else value
        got = rows(dev_memory_store, name, limit="0", **{param: given})
        want = [r for r in every if r[column] == value]
        assert sorted(map(sorted_items, got)) == sorted(map(sorted_items, want)), (name, param, value)


def sorted_items(row: dict[str, str]) -> tuple:
    return tuple(sorted(row.items()))


def test_meetings_by_release_are_the_meetings_it_reports(dev_memory_store):
    every = rows(dev_memory_store, "meetings", limit="0")
    stem = every[0]["release"].split(" | ")[0]
    got = rows(dev_memory_store, "meetings", limit="0", release=stem)
    assert got and {r["meeting"] for r in got} == {r["meeting"] for r in every if stem in r["release"].split(" | ")}
