"""Normalisation keeps a map back to the file: the fast path and the reference agree."""

from __future__ import annotations

from pathlib import Path

from conftest import DATA, SEED
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.normalise import normalise, normalise_by_character
from kg.read import Release, Segment, read_release

PIECES = [" ", "\n", "\r", "  ", "\u0e4d", "\u0e32", "a", "ก", "๑", "\u201c", "*", "\u200b", "\t", " \n ", "e\u0301",
          "\u00a0", "ประชุม", "2564"]


def _same(a, b) -> bool:
    return (a.text, a.starts, a.ends) == (b.text, b.starts, b.ends)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_fast_path_matches_the_reference(pieces):
    body = "".join(pieces)
    release = Release(Path("x.txt"), body, "", [Segment(body, 0)])
    assert _same(normalise(release), normalise_by_character(release))


def test_development_releases_normalise_the_same_both_ways():
    for path in sorted((DATA / "dev").glob("*.txt")):
        release = read_release(path)
        assert _same(normalise(release), normalise_by_character(release)), path.name


def test_thai_digits_and_offsets():
    release = read_release(SEED)
    text = normalise(release)
    i = text.text.index("112")
    assert text.quote(i, i + 3) == ("๑๑๒", *text.raw_span(i, i + 3))
    assert "๓๔" not in text.text and "34" in text.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.integers(1, 6)), max_size=30))
def test_fast_path_matches_the_reference_with_html_offsets(pieces):
    """HTML characters carry their own spans (an entity is longer than the character it gives)."""
    body, offsets, pos = "", [], 0
    for text, width in pieces:
        for ch in text:
            body += ch
            offsets.append((pos, pos + width))
            pos += width
    release = Release(Path("x.html"), "x" * (pos + 1), "", [Segment(body, 0, offsets)])
    assert _same(normalise(release), normalise_by_character(release))
