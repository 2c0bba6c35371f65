"""Curator corrections in a sidecar file: added facts are marked as curated, retracted ones go."""

from __future__ import annotations

import json
import shutil

from conftest import SEED, aseankg


def _release_with_sidecar(tmp_path, sidecar: dict):
    folder = tmp_path / "releases"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    (folder / f"{SEED.stem}.curation.json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
    return folder


SIDECAR = {
    "curator": "A. Analyst", "date": "2026-11-20", "note": "checked against the ASEAN Secretariat's summary",
    "add": {"attendance": [{"meeting": "asean-usa-som/34", "name_en": "Sung Kim", "role": "participant",
                            "represents": "United States of America"}],
            "topics": [{"meeting": "asean-usa-som/34", "topic": "trade"}]},
    "retract": {"topics": [{"meeting": "asean-usa-som/34", "topic": "investment"}]},
}


def test_curated_facts_are_loaded_and_marked(tmp_path):
    folder = _release_with_sidecar(tmp_path, SIDECAR)
    store = tmp_path / "store"
    aseankg("load", str(folder), store=store, check=True)
    topics = aseankg("query", "topics", "--format", "csv", store=store, check=True).stdout
    assert ",trade," in topics and ",investment," not in topics
    people = aseankg("query", "attendance", "--format", "csv", store=store, check=True).stdout
    assert "Sung Kim" in people
    q = tmp_path / "curated.rq"
    q.write_text("SELECT ?who ?when WHERE { ?f a akg:Curated ; prov:wasAttributedTo/rdfs:label ?who ; dct:created ?when }")
    curated = aseankg("query", str(q), "--format", "csv", store=store, check=True).stdout
    assert curated.count("A. Analyst,2026-11-20") == 2
    assert aseankg("validate", store=store).returncode == 0


def test_a_changed_sidecar_reloads_the_release(tmp_path):
    folder = _release_with_sidecar(tmp_path, SIDECAR)
    store = tmp_path / "store"
    aseankg("load", str(folder), store=store, check=True)
    changed = dict(SIDECAR, add={"topics": [{"meeting": "asean-usa-som/34", "topic": "energy"}]})
    (folder / f"{SEED.stem}.curation.json").write_text(json.dumps(changed), encoding="utf-8")
    out = aseankg("load", str(folder), store=store, check=True).stdout
    assert "replaced" in out
    topics = aseankg("query", "topics", "--format", "csv", store=store, check=True).stdout
    assert ",energy," in topics and ",trade," not in topics


def test_bad_sidecar_is_refused_with_its_name(tmp_path):
    folder = _release_with_sidecar(tmp_path, {"curator": "A", "date": "2026-11-20",
                                              "add": {"topics": [{"meeting": "asean-usa-som/99", "topic": "trade"}]}})
    result = aseankg("load", str(folder), store=tmp_path / "store")
    assert result.returncode == 2
    assert ".curation.json" in result.stderr and "asean-usa-som/99" in result.stderr
    assert "Traceback" not in result.stderr
