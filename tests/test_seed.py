"""The seed release, end to end, read back through the named queries (the CSV contract)."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import CONTRACT_COLUMNS, SEED, aseankg

from kg.query import as_delimited, named_queries, run

STEM = SEED.stem
COLUMNS = CONTRACT_COLUMNS


def rows(store, name: str, **params: str) -> list[dict[str, str]]:
    text = as_delimited(run(store, named_queries()[name], params))
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_named_query_columns_are_the_contract(seed_store, name):
    text = as_delimited(run(seed_store, named_queries()[name]))
    assert text.splitlines()[0] == COLUMNS[name]


def test_34th_asean_us_som(seed_store):
    som = [r for r in rows(seed_store, "meetings") if r["ordinal"] == "34"]
    assert len(som) == 1
    m = som[0]
    assert m["kind"] == "SeniorOfficialsMeeting"
    assert (m["start"], m["end"]) == ("2021-05-06", "2021-05-06")
    assert m["mode"] == "online"
    assert m["status"] == "held"
    assert set(m["parties"].split(" | ")) == {"Association of Southeast Asian Nations", "United States of America"}
    assert m["release"] == STEM
    assert m["series"].endswith("/series/asean-usa-som")


def test_meetings_filter_by_partner(seed_store):
    assert len(rows(seed_store, "meetings", partner="United States of America")) == 2
    assert rows(seed_store, "meetings", partner="Japan") == []


def test_planned_special_foreign_ministers_meeting(seed_store):
    planned = [r for r in rows(seed_store, "meetings") if r["status"] == "planned"]
    assert len(planned) == 1
    assert planned[0]["kind"] == "MinisterialMeeting"
    assert "Special" in planned[0]["label"]


def test_co_chairs(seed_store):
    chairs = {r["name_en"] for r in rows(seed_store, "chairs")}
    assert chairs == {"Bounleua Phandanouvong", "Atul Keshap"}


def test_thani_attended_for_thailand(seed_store):
    thani = [r for r in rows(seed_store, "attendance") if r["name_en"] == "Thani Thongphakdi"]
    assert len(thani) == 1
    assert thani[0]["name_th"] == "ธานี ทองภักดี"
    assert thani[0]["position"] == "Permanent Secretary for Foreign Affairs"
    assert thani[0]["represents"] == "Thailand"
    reps = {r["name_en"]: r["represents"] for r in rows(seed_store, "attendance")}
    assert reps["Bounleua Phandanouvong"] == "Lao PDR"
    assert reps["Atul Keshap"] == "United States of America"
    assert "Joe Biden" not in reps  # "รัฐบาลประธานาธิบดีไบเดน" names him; he did not attend


def test_us_assistance_for_covid(seed_store):
    pledges = [r for r in rows(seed_store, "commitments") if r["amount"]]
    assert pledges == [{
        "commitment": pledges[0]["commitment"], "by": "United States of America",
        "recipient": "Association of Southeast Asian Nations", "amount": "112000000", "currency": "USD",
        "qualifier": "more than", "purpose": "COVID-19", "meeting": pledges[0]["meeting"], "release": STEM}]


def test_thailand_three_proposed_actions(seed_store):
    proposals = [r for r in rows(seed_store, "commitments") if not r["amount"]]
    assert [r["by"] for r in proposals] == ["Thailand"] * 3
    assert [r["commitment"].rsplit("/", 1)[-1] for r in proposals] == ["1", "2", "3"]
    assert proposals[0]["purpose"].startswith("การบรรลุเป้าหมายด้านการเปลี่ยนแปลงสภาพภูมิอากาศ")


def test_strategic_partnership_mentioned(seed_store):
    mentioned = [r for r in rows(seed_store, "partnerships") if r["release"] == STEM]
    assert [(r["partner"], r["level"]) for r in mentioned] == [("United States of America", "StrategicPartnership")]


def test_laos_coordinates_relations_with_the_us(seed_store):
    found = [r for r in rows(seed_store, "coordinators") if r["release"] == STEM]
    assert [(r["coordinator"], r["partner"]) for r in found] == [("Lao PDR", "United States of America")]
    assert (found[0]["from"], found[0]["to"]) == ("2018", "2021")  # the reference term covering May 2021


def test_topics(seed_store):
    topics = {r["topic"] for r in rows(seed_store, "topics")}
    assert {"COVID-19", "climate change", "BCG economy", "digital economy", "human rights", "Mekong subregion",
            "ASEAN Outlook on the Indo-Pacific"} <= topics


def test_every_evidence_quote_is_the_file_at_its_span(seed_store):
    q = """SELECT ?quote ?start ?end WHERE { ?ev a akg:Evidence ;
             oa:hasSelector [ oa:exact ?quote ] ; oa:hasSelector [ oa:start ?start ; oa:end ?end ] }"""
    from kg.namespaces import SPARQL_PREFIXES

    raw = SEED.read_text(encoding="utf-8")
    found = list(seed_store.query(SPARQL_PREFIXES + q))
    assert len(found) > 20
    for row in found:
        assert raw[int(row["start"].value):int(row["end"].value)] == row["quote"].value


def test_every_fact_has_a_release(seed_store):
    q = """SELECT ?fact WHERE { VALUES ?c { akg:Participation akg:Commitment akg:TopicDiscussion akg:Meeting }
             ?fact a ?c . FILTER NOT EXISTS { ?fact prov:wasDerivedFrom ?r . ?r a akg:Release } }"""
    from kg.namespaces import SPARQL_PREFIXES

    assert list(seed_store.query(SPARQL_PREFIXES + q)) == []


def test_readme_question_in_csv(seed_store_copy):
    out = aseankg("query", "chairs", "--format", "csv", store=seed_store_copy, check=True).stdout
    assert "Atul Keshap" in out and out.splitlines()[0] == COLUMNS["chairs"]
