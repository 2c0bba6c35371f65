"""The load path's shortcuts (issue 6, CPU per release) give what the plain code gave: the digest
lines cut out of a batch with find, the N-Quads passed as UTF-8 bytes from the workers to the store,
the batch's graphs kept in a set, and the validator's focus nodes sorted only for a failing shape."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg.pipeline import Loader, Prepared, _utf8, prepare
from kg.store import BULK_MIN, Store, _split_marks

DEV = Path(__file__).resolve().parent / "data" / "dev"


def _files() -> list[Path]:
    return sorted(f for f in DEV.iterdir() if f.suffix in (".txt", ".md", ".html"))


def _by_lines(body, mark, graph):
    """What write_releases did before: line by line."""
    marks, rest = [], []
    for line in body.splitlines(keepends=True):
        (marks.append((graph, line)) if line.startswith(mark) else rest.append(line))
    return marks, rest


@pytest.mark.parametrize("as_bytes", [False, True])
def test_digest_lines_are_cut_as_line_by_line(as_bytes: bool) -> None:
    mark = "<g> <sha> "
    pieces = ['<g> <sha> "x" <g> .\n', "<a> <b> <c> <g> .\n", '<a> <b> "<g> <sha> " <g> .\n',
              '<g> <sha> "y" <g> .', "<a> <b> <c> <g> .", "\n", "<g> <sh", "a> \n", '"ไทย" .\n']
    rng = random.Random(6)
    for _ in range(3000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        want_marks, want_rest = _by_lines(body, mark, "G")
        marks, rest = [], []
        if as_bytes:
            _split_marks(body.encode(), mark.encode(), "G", marks, rest)
            assert [(g, m.decode()) for g, m in marks] == want_marks
            assert b"".join(rest).decode() == "".join(want_rest)
        else:
            _split_marks(body, mark, "G", marks, rest)
            assert marks == want_marks
            assert "".join(rest) == "".join(want_rest)


def test_prepared_carries_utf8_and_its_text() -> None:
    p = prepare(_files()[0])
    assert p.status == "ready" and isinstance(p.data, bytes)
    assert p.body == p.data.decode() and p.body.count(" .\n") == p.triples
    assert _utf8("a\ud800b") == "a\ud800b"  # not encodable: left as text, for the store to refuse as before


def _dump(store: Store) -> list[bytes]:
    import pyoxigraph as ox

    data = store.ox.dump(format=ox.RdfFormat.N_QUADS)
    return sorted(line for line in data.splitlines() if b"_:" not in line)


def test_bytes_and_text_bodies_store_the_same(tmp_path: Path) -> None:
    """The bulk path (enough new graphs) and the plain one, with bytes, text, and both in one batch."""
    files = _files()[:BULK_MIN + 2]
    prepared = [prepare(f) for f in files]
    assert all(p.status == "ready" for p in prepared)
    dumps = []
    for name, bodies in (("text", [p.body for p in prepared]), ("bytes", [p.data for p in prepared]),
                         ("mixed", [p.data if i % 2 else p.body for i, p in enumerate(prepared)])):
        store = Store(tmp_path / name)
        store.ensure_base()
        store.write_releases([(p.graph, b, False, p.facts) for p, b in zip(prepared, bodies, strict=True)])
        store.write_releases([(prepared[0].graph, bodies[0], True, prepared[0].facts)])  # replaced
        store.write_releases([(prepared[1].graph, bodies[1], True)])  # without facts: the store reads them
        dumps.append(_dump(store))
        store.close()
    assert dumps[0] == dumps[1] == dumps[2]


def test_the_same_graph_twice_in_a_batch_is_written_in_order(tmp_path: Path) -> None:
    """A second file with the same graph flushes the batch first, so the later file wins."""
    first = _files()[0]
    twin = tmp_path / "twin" / first.name
    twin.parent.mkdir()
    twin.write_text(first.read_text(encoding="utf-8") + "\n\nA later paragraph.\n", encoding="utf-8")
    store = Store(tmp_path / "store")
    store.ensure_base()
    outcomes = Loader(store, jobs=1).run([first, twin])
    assert [o.status for o in outcomes] == ["loaded", "replaced"]
    assert store.release_sha(prepare(twin).graph) == prepare(twin).sha
    store.close()


def test_a_failing_shape_reports_its_focus_nodes_in_order() -> None:
    from kg.shacl import compiled_shapes
    from kg.validate import release_context

    p = prepare(_files()[0])
    from kg.build import build
    from kg.pipeline import extract_release
    from kg.read import read_release

    release = read_release(p.path)
    terms = build(release, extract_release(release).facts).terms
    evidence = sorted({s for s, _p, o in terms if o.endswith("ontology#Evidence>")})
    broken = [t for t in terms if not (t[0] in evidence[:3] and t[1].endswith("oa#hasSource>"))]
    results = compiled_shapes().results_terms(broken, release_context(broken))
    focus = [str(r.focus) for r in results]
    assert len(focus) == 3 and focus == sorted(focus)


def test_prepared_is_still_a_prepared() -> None:
    p = Prepared(Path("x.txt"), "failed", message="no")
    assert p.data == b"" and p.body == ""
