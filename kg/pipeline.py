"""The flow of one release: read -> normalise -> recognise -> relate (extract), then build ->
validate -> store (load). This module only strings the stages together."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from kg.facts import Extraction
from kg.normalise import Text, normalise
from kg.read import Release, read_release
from kg.recognise import recognise
from kg.relate import relate


@dataclass
class Extracted:
    release: Release
    text: Text
    facts: Extraction
    timings: dict[str, float] = field(default_factory=dict)


def _default_year(release: Release, text: str) -> int | None:
    m = re.match(r"(\d{4})", release.meta.get("date", ""))
    if m:
        return int(m.group(1))
    y = re.search(r"(?<!\d)(25[4-9]\d|20[0-4]\d|19[6-9]\d)(?!\d)", text)
    if y:
        year = int(y.group(1))
        return year - 543 if year > 2400 else year
    return None


def extract_release(release: Release) -> Extracted:
    """What one release says, without touching any store."""
    t0 = time.perf_counter()
    text = normalise(release)
    t1 = time.perf_counter()
    mentions = recognise(text.text, _default_year(release, text.text))
    t2 = time.perf_counter()
    facts = relate(release, text, mentions)
    t3 = time.perf_counter()
    return Extracted(release, text, facts, {"normalise": t1 - t0, "recognise": t2 - t1, "relate": t3 - t2})


def extract(path: str | Path) -> Extracted:
    t0 = time.perf_counter()
    release = read_release(path)
    out = extract_release(release)
    out.timings["read"] = time.perf_counter() - t0 - sum(out.timings.values())
    return out


# ---------------------------------------------------------------- loading into a store


@dataclass
class Outcome:
    path: Path
    status: str  # loaded | replaced | unchanged | failed | rejected
    message: str = ""
    triples: int = 0
    exit_code: int = 0


def release_files(paths: list[str | Path]) -> tuple[list[Path], list[Outcome]]:
    """Expand folders (recursively, following links once) into release files, in a stable order."""
    from kg.errors import EXIT_INPUT
    from kg.read import SUFFIXES

    files: list[Path] = []
    problems: list[Outcome] = []
    for given in paths:
        p = Path(given)
        if not p.exists():
            problems.append(Outcome(p, "failed", f"{p}: no such file or folder", exit_code=EXIT_INPUT))
            continue
        if p.is_file():
            files.append(p)
            continue
        seen: set[Path] = set()
        found: list[Path] = []
        for root, dirs, names in _walk(p, seen):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                f = Path(root) / name
                if name.startswith(".") or f.suffix.lower() not in SUFFIXES or name.lower().startswith("readme"):
                    continue
                found.append(f)
        if not found:
            problems.append(Outcome(p, "failed", f"{p}: no releases in the folder (.txt, .md or .html)",
                                    exit_code=EXIT_INPUT))
        files.extend(found)
    return files, problems


def _walk(top: Path, seen: set[Path]):
    import os

    for root, dirs, names in os.walk(top, followlinks=True):
        real = Path(root).resolve()
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        yield root, dirs, names


def load_file(path: Path, store, dry_run: bool = False) -> Outcome:
    """Extract, build, validate and store one release; the store is untouched on any failure."""
    from kg.build import build
    from kg.errors import AseanKGError, ValidationError
    from kg.namespaces import release_iri
    from kg.validate import validate_release

    try:
        release = read_release(path)
        graph = str(release_iri(release.stem))
        previous = store.release_sha(graph)
        if previous == release.sha256:
            return Outcome(path, "unchanged")
        extracted = extract_release(release)
        rg = build(release, extracted.facts)
        report = validate_release(rg)
        if not report.conforms:
            raise ValidationError(f"violates the shapes ({report.violations} violations): {report.summary()}",
                                  path, report.text)
        if not dry_run:
            store.replace_graph(graph, rg.triples)
        return Outcome(path, "replaced" if previous else "loaded", triples=len(rg.triples))
    except AseanKGError as err:
        return Outcome(path, "rejected" if err.exit_code == 1 else "failed", str(err), exit_code=err.exit_code)
