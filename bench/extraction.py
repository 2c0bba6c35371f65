"""Benchmark of extraction alone (read, normalise, recognise, relate) on real releases: prints a
table of median and p95 milliseconds per release by stage, and the fast normaliser's ratio to the
character-by-character reference measured in the same run.

    python -m bench.extraction [--repeat 5] [FOLDER ...]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from kg.normalise import normalise, normalise_by_character
from kg.pipeline import extract_release
from kg.read import SUFFIXES, read_release

DEFAULT_FOLDERS = [Path("seeds/releases"), Path("tests/data/dev"), Path("tests/data/heldout2"), Path("tests/data/heldout3")]


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=DEFAULT_FOLDERS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    paths = [p for f in args.folders if f.is_dir() for p in sorted(f.iterdir()) if p.suffix in SUFFIXES]
    releases = [read_release(p) for p in paths]
    for r in releases:  # warm the gazetteer, the regular expressions and the romaniser
        extract_release(r)
    stages: dict[str, list[float]] = {"read": [], "normalise": [], "recognise": [], "relate": [], "total": [],
                                      "normalise (reference)": []}
    for _ in range(args.repeat):
        for path, release in zip(paths, releases, strict=True):
            t0 = time.perf_counter()
            read_release(path)
            stages["read"].append(time.perf_counter() - t0)
            t1 = time.perf_counter()
            result = extract_release(release)
            stages["total"].append(time.perf_counter() - t1)
            for k in ("normalise", "recognise", "relate"):
                stages[k].append(result.timings[k])
            t2 = time.perf_counter()
            normalise_by_character(release)
            stages["normalise (reference)"].append(time.perf_counter() - t2)
    print(f"{len(releases)} releases x {args.repeat} runs ({sum(len(r.raw) for r in releases) // len(releases)} "
          f"characters on average)")
    print(f"{'stage':<24}{'median ms':>10}{'p95 ms':>9}")
    for k, v in stages.items():
        print(f"{k:<24}{statistics.median(v) * 1000:>10.2f}{_p(v, 0.95) * 1000:>9.2f}")
    fast = sum(stages["normalise"])
    ref = sum(stages["normalise (reference)"])
    print(f"fast normaliser / reference: {fast / ref:.2f} (same releases, same run)")
    # check both normalisers still agree on these releases
    assert all(normalise(r).text == normalise_by_character(r).text for r in releases)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
