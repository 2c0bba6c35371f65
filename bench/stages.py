"""Benchmark of the load path by stage in one process, and of a whole load's CPU per release.

First ``kg.pipeline.prepare`` (read, extract, build, validate, serialise: what a loader's worker
does) runs on every release in this process alone, and the mean and p95 milliseconds of each stage
are printed. With ``--load`` the same releases are then loaded by the loader the CLI uses (workers
and the writer) into a temporary store, and the CPU each release cost is printed: in the workers,
and in the writer with Oxigraph's threads. CPU, unlike wall time, hardly moves when other work shares
the machine, so runs made while it is busy can still be compared (bench/run.py gives wall times).

    python -m bench.stages [--size 1000] [--load] [FOLDER ...]
"""

from __future__ import annotations

import argparse
import gc
import resource
import tempfile
import time
from pathlib import Path

from kg.pipeline import STAGES, Loader, _prepare_fresh, prepare, release_files
from kg.store import Store


def stage_times(files: list[Path]) -> dict[str, list[float]]:
    """Seconds per release of each stage, as a worker spends them (the caches built first, as the
    loader builds them before it forks its workers)."""
    _prepare_fresh(files[0])
    gc.freeze()
    times: dict[str, list[float]] = {stage: [] for stage in STAGES}
    for f in files:
        for stage, seconds in prepare(f).timings.items():
            times[stage].append(seconds)
    gc.unfreeze()
    return times


def cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process with its threads, and of its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def load_cpu(files: list[Path], jobs: int | None) -> tuple[float, float, float]:
    """Load ``files`` into a fresh on-disk store: (releases/s, writer CPU ms, workers' CPU ms) per release."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "store")
        store.ensure_base()
        loader = Loader(store, jobs=jobs)
        before, t0 = cpu(), time.perf_counter()
        loader.run(files)
        wall, after = time.perf_counter() - t0, cpu()
        store.close()
    n = max(len(files), 1)
    return n / wall, (after[0] - before[0]) / n * 1000, (after[1] - before[1]) / n * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, help="release folders (default: a generated corpus)")
    ap.add_argument("--size", type=int, default=1000, help="releases in the generated corpus (default 1000)")
    ap.add_argument("--root", type=Path, default=Path("/tmp/aseankg-bench"), help="where the corpus is kept")
    ap.add_argument("--load", action="store_true", help="also load them, and print the CPU per release")
    ap.add_argument("--jobs", type=int, default=None, help="the loader's worker processes (default: CPUs)")
    args = ap.parse_args(argv)
    if args.folders:
        files, _ = release_files(args.folders)
    else:
        from bench.run import corpus

        files = corpus(args.size, args.root)
    times = stage_times(files)
    print(f"{len(files)} releases, one process")
    print(f"{'stage':<12}{'mean ms':>9}{'p95 ms':>9}")
    for stage, values in times.items():
        if values:
            values.sort()
            print(f"{stage:<12}{sum(values) / len(values) * 1000:>9.2f}{values[int(0.95 * (len(values) - 1))] * 1000:>9.2f}")
    after = [sum(times[s]) / max(len(times[s]), 1) * 1000 for s in ("build", "validate", "serialise")]
    print(f"{'build..serialise':<12}{sum(after):>9.2f}")
    if args.load:
        rate, writer, workers = load_cpu(files, args.jobs)
        print(f"\nload: {rate:.0f} releases/s; CPU per release {writer + workers:.2f} ms: "
              f"{workers:.2f} ms in the workers, {writer:.2f} ms in the writer")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
