"""Exports: the whole store conforms to the shapes; TriG keeps each release's graph."""

from __future__ import annotations

from conftest import SEED, aseankg
from rdflib import Dataset, Graph

from kg.validate import run_shacl


def test_whole_store_turtle_export_conforms(seed_store_copy, tmp_path):
    out = tmp_path / "kg.ttl"
    aseankg("export", "--format", "turtle", "--output", str(out), store=seed_store_copy, check=True)
    g = Graph().parse(out)
    assert len(g) > 5000
    report = run_shacl(g)
    assert report.conforms, report.text[:2000]


def test_validate_command_passes_on_a_loaded_store(seed_store_copy):
    result = aseankg("validate", store=seed_store_copy)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "conforms" in result.stdout


def test_trig_keeps_release_graph(seed_store_copy):
    text = aseankg("export", "--format", "trig", store=seed_store_copy, check=True).stdout
    ds = Dataset()
    ds.parse(data=text, format="trig")
    names = {str(c.identifier) for c in ds.graphs()}
    assert f"https://w3id.org/aseankg/release/{SEED.stem}" in names
    assert "https://w3id.org/aseankg/graph/reference" in names


def test_export_one_release_graph(seed_store_copy):
    text = aseankg("export", "--graph", SEED.stem, "--format", "nt", store=seed_store_copy, check=True).stdout
    assert "112000000" in text
    assert "graph/reference" not in text


def test_shapes_reject_a_broken_release():
    from kg.build import build
    from kg.pipeline import extract
    from kg.validate import validate_release

    extracted = extract(SEED)
    for c in extracted.facts.commitments:
        if c.kind == "pledge":
            c.currency = "US dollars"  # not an ISO 4217 code
    report = validate_release(build(extracted.release, extracted.facts))
    assert not report.conforms
    assert "ISO 4217" in report.text
