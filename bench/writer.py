"""The loader's writer alone: CPU per release in Oxigraph's calls and in the Python around them.

A whole load's writer CPU (``bench.stages --load``) is mostly Oxigraph's bulk loader, whose CPU
moves by ±0.5 ms a release from run to run; the Python around it (taking the workers' results,
the batches, the summary's changes) is a few tenths of a millisecond and lost in that noise. Here
the releases are prepared first, in this process, and pickled as the pool sends them; then each
repetition loads them into a fresh on-disk store through the loader's own batches
(``Loader._take``, ``_flush``, ``settle_summary``), and the CPU spent inside ``bulk_load`` and
``update`` (with Oxigraph's threads) is told apart from the rest.

    python -m bench.writer [--size 2000] [--repeats 3] [FOLDER ...]
"""

from __future__ import annotations

import argparse
import gc
import pickle
import tempfile
from pathlib import Path

from bench.stages import cpu
from kg.pipeline import Loader, _prepare_fresh, prepare, release_files, writer_collector_off
from kg.store import Store


def _cpu() -> float:
    return cpu()[0]


class _Timed:
    """The store's Oxigraph store, with the CPU of its bulk loads and updates added up."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.spent = {"bulk_load": 0.0, "update": 0.0}

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def __iter__(self):
        return iter(self.inner)

    def _timed(self, name: str, *args, **kwargs):
        start = _cpu()
        try:
            return getattr(self.inner, name)(*args, **kwargs)
        finally:
            self.spent[name] += _cpu() - start

    def bulk_load(self, *args, **kwargs):
        return self._timed("bulk_load", *args, **kwargs)

    def update(self, *args, **kwargs):
        return self._timed("update", *args, **kwargs)


def write(blobs: list[bytes]) -> dict[str, float]:
    """Load the pickled results into a fresh store: CPU ms per release, by part."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "store")
        store.ensure_base()
        timed = store.ox = _Timed(store.ox)
        loader = Loader(store, jobs=1)
        loader._begin(store.release_shas())
        gc.collect()
        start = _cpu()
        with writer_collector_off():  # as in the loader's writer
            for blob in blobs:
                loader._take(pickle.loads(blob))
            loader._flush()
        store.settle_summary()
        total = _cpu() - start
        store.ox = timed.inner
        store.close()
    n = max(len(blobs), 1)
    out = {name: seconds / n * 1000 for name, seconds in timed.spent.items()}
    out["python"] = total / n * 1000 - sum(out.values())
    out["total"] = total / n * 1000
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, help="release folders (default: a generated corpus)")
    ap.add_argument("--size", type=int, default=2000, help="releases in the generated corpus (default 2000)")
    ap.add_argument("--root", type=Path, default=Path("/tmp/aseankg-bench"), help="where the corpus is kept")
    ap.add_argument("--repeats", type=int, default=3, help="loads of the same results (default 3)")
    args = ap.parse_args(argv)
    if args.folders:
        files, _ = release_files(args.folders)
    else:
        from bench.run import corpus

        files = corpus(args.size, args.root)
    _prepare_fresh(files[0])
    blobs = [pickle.dumps(prepare(f), pickle.HIGHEST_PROTOCOL) for f in files]
    print(f"{len(files)} releases; writer CPU ms per release")
    print(f"{'run':<5}{'total':>8}{'bulk_load':>11}{'update':>8}{'python':>8}")
    runs = []
    for n in range(1, args.repeats + 1):
        got = write(blobs)
        runs.append(got)
        print(f"{n:<5}{got['total']:>8.2f}{got['bulk_load']:>11.2f}{got['update']:>8.2f}{got['python']:>8.2f}")
    print(f"{'min':<5}{min(r['total'] for r in runs):>8.2f}{min(r['bulk_load'] for r in runs):>11.2f}"
          f"{min(r['update'] for r in runs):>8.2f}{min(r['python'] for r in runs):>8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
