"""A one-line progress bar for long loads: releases done, rate and time left, on a terminal only."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Redraws at most five times a second on ``stream`` (stderr); does nothing unless it is a TTY."""

    def __init__(self, total: int, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        self.start = time.monotonic()
        self.last = 0.0
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.shown = False

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self.last >= 0.2 or self.done >= self.total):
            self.last = now
            self.draw(now)

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.start, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else 0
        width = 30
        filled = int(width * self.done / self.total) if self.total else width
        return (f"[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} releases "
                f"{rate:,.0f}/s {_clock(elapsed)} elapsed, {_clock(left)} left")

    def draw(self, now: float | None = None) -> None:
        self.stream.write("\r\x1b[K" + self.line(now))
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Wipe the bar so that a message can be printed on its line."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def echo(self, message: str, stream: TextIO | None = None) -> None:
        self.clear()
        print(message, file=stream or self.stream, flush=True)
        if self.shown:
            self.draw()

    def close(self) -> None:
        if self.shown:
            self.draw()
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 else \
        f"{seconds // 60}:{seconds % 60:02d}"
