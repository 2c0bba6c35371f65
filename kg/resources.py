"""Where the data files live: inside the wheel (``kg/_data``) or, in a checkout, at the repo root."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    """The folder holding ``ontology/``, ``queries/`` and ``seeds/``."""
    bundled = _PACKAGE / "_data"
    if (bundled / "ontology").is_dir():
        return bundled
    return _PACKAGE.parent


def ontology_dir() -> Path:
    return data_root() / "ontology"


def queries_dir() -> Path:
    return data_root() / "queries"


def seeds_dir() -> Path:
    return data_root() / "seeds"


def reference_dir() -> Path:
    return seeds_dir() / "reference"


def seed_releases_dir() -> Path:
    return seeds_dir() / "releases"
