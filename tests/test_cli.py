"""Bad input at the command line: one line naming the file and the reason, the documented exit
code, no traceback, and the store exactly as it was."""

from __future__ import annotations

import pytest
from conftest import SEED, aseankg


def _dump(store) -> str:
    return aseankg("export", "--format", "nq", store=store, check=True).stdout


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\t \n", "empty file"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
    ("tis620.txt", "การประชุมอาเซียน".encode("cp874") * 3, "not UTF-8"),
    ("doc.pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    ("notes.docx", b"PK\x03\x04", "unsupported file type"),
])
def test_bad_file_is_refused_and_store_unchanged(seed_store_copy, tmp_path, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    before = _dump(seed_store_copy)
    result = aseankg("load", str(bad), store=seed_store_copy)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert str(bad) in first and reason in first
    assert _dump(seed_store_copy) == before


def test_missing_file(seed_store_copy, tmp_path):
    result = aseankg("load", str(tmp_path / "nope.txt"), store=seed_store_copy)
    assert result.returncode == 2
    assert "no such file" in result.stderr and "Traceback" not in result.stderr


def test_folder_with_no_releases(seed_store_copy, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "data.csv").write_text("a,b\n")
    result = aseankg("load", str(tmp_path / "empty"), store=seed_store_copy)
    assert result.returncode == 2
    assert "no releases" in result.stderr


def test_release_without_meeting_date(seed_store_copy, tmp_path):
    bad = tmp_path / "nodate.txt"
    bad.write_text("กระทรวงการต่างประเทศได้หารือกับสหรัฐฯ เกี่ยวกับความร่วมมือด้านสาธารณสุข\n", encoding="utf-8")
    before = _dump(seed_store_copy)
    result = aseankg("load", str(bad), store=seed_store_copy)
    assert result.returncode == 1
    assert "no date" in result.stderr and "Traceback" not in result.stderr
    assert _dump(seed_store_copy) == before


def test_loading_twice_changes_nothing(seed_store_copy):
    before = _dump(seed_store_copy)
    result = aseankg("load", str(SEED), store=seed_store_copy, check=True)
    assert "unchanged" in result.stdout
    assert _dump(seed_store_copy) == before


def test_changed_release_replaces_its_graph(seed_store_copy, tmp_path):
    changed = tmp_path / SEED.name
    changed.write_text(SEED.read_text(encoding="utf-8").replace("๑๑๒ ล้าน", "๑๒๐ ล้าน"), encoding="utf-8")
    aseankg("load", str(changed), store=seed_store_copy, check=True)
    out = aseankg("query", "commitments", "--format", "csv", store=seed_store_copy, check=True).stdout
    assert "120000000" in out and "112000000" not in out


@pytest.mark.parametrize("command", ["load", "validate", "query", "export", "stats", "extract"])
def test_every_command_help_has_an_example(command):
    result = aseankg(command, "--help")
    assert result.returncode == 0
    assert "Example" in result.stdout


def test_main_help_documents_exit_codes():
    out = aseankg("--help").stdout
    for code in ("0", "1", "2", "3"):
        assert f"  {code}  " in out


def test_extract_does_not_need_a_store(tmp_path):
    result = aseankg("extract", str(SEED), "--format", "json", store=tmp_path / "never")
    assert result.returncode == 0
    assert not (tmp_path / "never").exists()
    assert '"ordinal": 34' in result.stdout
