"""Shared fixtures: real embedded Oxigraph stores loaded with real releases."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "releases"
SEED = SEEDS / "000_5d2e2954b440508a.txt"
DEV = ROOT / "tests" / "data" / "dev"
DATA = ROOT / "tests" / "data"
# the CSV columns of the named queries: a contract other tools read
CONTRACT_COLUMNS = {
    "meetings": "meeting,label,kind,series,ordinal,start,end,mode,status,city,parties,release",
    "attendance": "meeting,person,name_en,name_th,position,represents,release",
    "chairs": "meeting,chair,name_en,name_th,release",
    "commitments": "commitment,by,recipient,amount,currency,qualifier,purpose,meeting,release",
    "partnerships": "partner,level,since,release",
    "coordinators": "coordinator,partner,from,to,release",
    "topics": "meeting,topic,release",
    "actors": "actor,type,label_en,label_th,wikidata",
}


def aseankg(*args: str, store: Path | None = None, check: bool = False, **kw) -> subprocess.CompletedProcess:
    """Run the real command line in a subprocess."""
    cmd = [sys.executable, "-m", "kg.cli"]
    if store is not None:
        cmd += ["--store", str(store)]
    result = subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=ROOT, **kw)
    if check and result.returncode != 0:
        raise AssertionError(f"aseankg {' '.join(args)} failed: {result.stderr}")
    return result


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory) -> Path:
    """A store folder with the seed release loaded (read-only use: copy it to change it)."""
    path = tmp_path_factory.mktemp("seed") / "store"
    aseankg("load", str(SEEDS), store=path, check=True)
    return path


@pytest.fixture
def seed_store_copy(seed_store_path, tmp_path) -> Path:
    """A private copy of the seed store that a test may change."""
    target = tmp_path / "store"
    shutil.copytree(seed_store_path, target)
    return target


@pytest.fixture(scope="session")
def seed_store(seed_store_path):
    """An open Store on the seed store (session-wide; tests must not write to it)."""
    from kg.store import Store

    store = Store(seed_store_path)
    yield store
    store.close()


@pytest.fixture(scope="session")
def dev_store_path(tmp_path_factory) -> Path:
    """A store folder with the seed and the dev releases loaded (a dev release the loader rejects is
    left out, as a user would see it); read-only use: copy it to change it."""
    path = tmp_path_factory.mktemp("dev") / "store"
    result = aseankg("load", str(SEEDS), str(DEV), store=path)
    assert result.returncode in (0, 1), result.stderr
    return path


@pytest.fixture(scope="session")
def dev_memory_store(dev_store_path):
    """An in-memory copy of the dev store, for in-process queries that must not lock the folder."""
    import pyoxigraph as ox

    from kg.store import Store

    dump = aseankg("export", "--format", "nq", store=dev_store_path, check=True).stdout
    store = Store(None)
    store.ox.load(dump.encode(), format=ox.RdfFormat.N_QUADS)
    return store


def kill_load_after(corpus: Path, store: Path, releases: int, batch: int = 4) -> int:
    """Start `aseankg load` in a subprocess, SIGKILL it once it has reported ``releases`` loaded, and
    return how many it reported (fewer if it ended first; the caller asserts on it)."""
    env = dict(os.environ, ASEANKG_BATCH=str(batch), ASEANKG_JOBS="2", PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "--store", str(store), "load", str(corpus)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    seen = 0
    while seen < releases:
        line = proc.stdout.readline()
        if not line:
            break
        seen += line.startswith("loaded")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the load finished before it could be killed"
    time.sleep(0.3)  # the workers die with the loader (PR_SET_PDEATHSIG)
    return seen
