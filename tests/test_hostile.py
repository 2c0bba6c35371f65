"""Hostile input (tests/data/bad/, plus binary, huge and looping files made at test time): each
gets a one-line error naming the file and the reason, the documented exit code, no traceback,
and the store is left exactly as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT, SEED, aseankg

BAD = ROOT / "tests" / "data" / "bad"

# file -> (exit code, words the one-line error must contain)
CASES = {
    "empty.txt": (2, "empty"),
    "whitespace.txt": (2, "empty"),
    "pdf_bytes.txt": (2, "PDF"),
    "invalid_utf8.txt": (2, "UTF-8"),
    "utf16_broken.txt": (2, "UTF-16"),
    "no_text.html": (2, "no text"),
    "no_date.txt": (1, "date"),
    "impossible_date.txt": (1, "date"),
    "unsupported_language.txt": (2, "language"),
    "chinese.txt": (2, "language"),
}


def dump(store: Path) -> bytes:
    import pyoxigraph as ox

    from kg.store import Store

    s = Store(store, wait=0)
    try:
        return b"".join(sorted(s.ox.dump(format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)))
    finally:
        s.close()


def cli(*args: str, store: Path):
    """The command line in this process (fast: no interpreter start); exit code, stdout, stderr."""
    import gc
    from types import SimpleNamespace

    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["--store", str(store), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    out = SimpleNamespace(returncode=result.exit_code, stdout=result.stdout, stderr=result.stderr)
    del result  # its traceback holds the command's frames, and so the open store
    gc.collect()  # close the store so that the next command can open it
    return out


def assert_one_line_error(result, path: Path, code: int, words: str) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("aseankg: ")]
    assert len(errors) == 1, result.stderr
    assert str(path) in errors[0] and words.lower() in errors[0].lower(), errors[0]


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_is_refused_and_store_unchanged(name: str, seed_store_copy: Path) -> None:
    before = dump(seed_store_copy)
    code, words = CASES[name]
    result = cli("load", str(BAD / name), store=seed_store_copy)
    assert_one_line_error(result, BAD / name, code, words)
    assert dump(seed_store_copy) == before


def test_generated_binary_and_huge_files(tmp_path: Path, seed_store_copy: Path) -> None:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    huge = tmp_path / "huge.txt"
    huge.write_bytes(SEED.read_bytes() * (2 * 1024 * 1024 // SEED.stat().st_size + 1))
    assert huge.stat().st_size > 2 * 1024 * 1024
    before = dump(seed_store_copy)
    assert_one_line_error(cli("load", str(binary), store=seed_store_copy), binary, 2, "binary")
    assert_one_line_error(cli("load", str(huge), store=seed_store_copy), huge, 2, "too large")
    assert dump(seed_store_copy) == before


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    small = dict(os.environ, ASEANKG_MAX_BYTES="1000")
    result = aseankg("load", str(SEED), store=tmp_path / "store", env=small)
    assert_one_line_error(result, SEED, 2, "limit is 1000")


def test_utf16_with_bom_loads_like_utf8(tmp_path: Path) -> None:
    from kg.pipeline import extract_release
    from kg.read import read_release

    utf16 = extract_release(read_release(BAD / "utf16_bom.txt")).facts
    utf8 = extract_release(read_release(ROOT / "tests" / "data" / "dev" / "en_india_saifmm_2022.txt")).facts
    assert [m.key for m in utf16.meetings] == [m.key for m in utf8.meetings]
    assert sorted(utf16.people) == sorted(utf8.people)
    assert cli("load", str(BAD / "utf16_bom.txt"), store=tmp_path / "s").returncode == 0


def test_quotes_brackets_and_braces_in_names_cannot_inject(seed_store_copy: Path) -> None:
    """Either stored as plain text, or refused cleanly; never a broken or emptied store."""
    path = BAD / "names_with_brackets.txt"
    graphs_before = _graphs(seed_store_copy)
    result = aseankg("load", str(path), store=seed_store_copy)
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    graphs_after = _graphs(seed_store_copy)
    assert graphs_before <= graphs_after  # nothing was dropped
    if result.returncode == 0:
        assert any(g.endswith("/names_with_brackets") for g in graphs_after)
        check = aseankg("validate", store=seed_store_copy)
        assert check.returncode == 0, check.stdout[-2000:]


def _graphs(store: Path) -> set[str]:
    from kg.store import Store

    s = Store(store, wait=0)
    try:
        return set(s.graphs())
    finally:
        s.close()


def test_folder_goes_past_bad_files_and_lists_them(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name in ("empty.txt", "no_date.txt"):
        (folder / name).write_bytes((BAD / name).read_bytes())
    (folder / "b_seed.txt").write_bytes(SEED.read_bytes())
    (folder / "loop").symlink_to(folder, target_is_directory=True)  # a symlink loop
    result = cli("load", str(folder), store=tmp_path / "store")
    assert result.returncode == 2  # the worst failure: an input error
    assert "Traceback" not in result.stderr
    assert "1 loaded" in result.stderr
    tail = result.stderr.split("2 failed:", 1)[1]
    assert "empty.txt" in tail and "no_date.txt" in tail
    assert _graphs(tmp_path / "store") >= {"https://w3id.org/aseankg/release/b_seed"}


def test_strict_stops_at_the_first_failure(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_seed.txt").write_bytes(SEED.read_bytes())
    result = cli("load", "--strict", str(folder), store=tmp_path / "store")
    assert result.returncode == 2
    assert "a_empty.txt" in result.stderr and "b_seed" not in result.stdout
    assert not any("b_seed" in g for g in _graphs(tmp_path / "store"))
