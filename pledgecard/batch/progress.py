"""Batch progress on stderr: a one-line bar with files/s and ETA on a terminal, plain log lines
(at most one every few seconds, and one per failed file) otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO


def _clock(seconds: float) -> str:
    s = int(max(0.0, seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


class Progress:
    """Counts files as they finish; ``total`` includes files reused from a previous run."""

    def __init__(self, total: int, *, enabled: bool = True, stream: TextIO | None = None,
                 every: float = 5.0) -> None:
        self.total, self.enabled = total, enabled
        self.stream = stream or sys.stderr
        self.tty = enabled and bool(getattr(self.stream, "isatty", lambda: False)())
        self.every = every
        self.done = self.reused = self.failed = 0
        self.start = self._last = time.monotonic()

    def skip(self, n: int) -> None:
        """``n`` files taken over from a previous run."""
        self.done += n
        self.reused += n

    def update(self, path: str, status: str, reason: str | None = None) -> None:
        self.done += 1
        if status == "failed":
            self.failed += 1
            if self.enabled:
                self._line(f"failed: {path}: {reason}")
        now = time.monotonic()
        if self.enabled and (self.tty and now - self._last >= 0.1 or now - self._last >= self.every):
            self._last = now
            self._show(now)

    def _rate(self, now: float) -> float:
        worked = self.done - self.reused
        return worked / (now - self.start) if now > self.start and worked else 0.0

    def _text(self, now: float) -> str:
        rate = self._rate(now)
        eta = (self.total - self.done) / rate if rate else 0.0
        return f"{self.done}/{self.total} files, {rate:.1f} files/s, ETA {_clock(eta)}"

    def _show(self, now: float) -> None:
        if self.tty:
            width = 24
            filled = width * self.done // self.total if self.total else width
            bar = "#" * filled + "." * (width - filled)
            self.stream.write(f"\r[{bar}] {self._text(now)} ")
            self.stream.flush()
        else:
            self._line(self._text(now))

    def _line(self, text: str) -> None:
        if self.tty:
            self.stream.write("\r\033[K")
        self.stream.write(f"pledgecard: {text}\n")
        self.stream.flush()

    def close(self) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if self.tty:
            self._show(now)
            self.stream.write("\n")
        self._line(f"{self.done}/{self.total} files done in {_clock(now - self.start)}"
                   f" ({self.reused} reused, {self.failed} failed)")
