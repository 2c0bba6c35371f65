"""Every error a user can meet, each with the exit code the CLI documents.

Exit codes: 0 success; 1 data rejected (a release violates the shapes, the store does not
conform); 2 usage or input error (missing or unreadable file, bad query, unknown name);
3 the store is busy (another process holds it) or cannot be opened.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_INPUT = 2
EXIT_STORE = 3


class AseanKGError(Exception):
    """Base class: ``str(err)`` is the one-line message shown to the user."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, path: object | None = None) -> None:
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {message}" if self.path else message)


class InputError(AseanKGError):
    """A file that cannot be read as a release (missing, empty, binary, not UTF-8, too large...)."""


class ExtractionError(AseanKGError):
    """A release that reads but gives no usable facts (no date, no meeting, unsupported language)."""

    exit_code = EXIT_REJECTED


class ValidationError(AseanKGError):
    """A release whose triples violate the SHACL shapes; ``report`` holds the readable report."""

    exit_code = EXIT_REJECTED

    def __init__(self, message: str, path: object | None = None, report: str = "") -> None:
        super().__init__(message, path)
        self.report = report


class QueryError(AseanKGError):
    """An unknown named query or parameter, or a query that does not parse or run."""


class StoreError(AseanKGError):
    """The store cannot be opened (busy, unreadable) or a remote endpoint does not answer."""

    exit_code = EXIT_STORE

EXIT_TIMEOUT = 4  # a query ran past its timeout and was stopped
