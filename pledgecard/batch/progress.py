"""Batch progress on stderr: a tqdm bar (files/s, ETA) on a terminal; without one, plain log
lines (at most one every few seconds). Failed files get a line of their own either way."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from tqdm import tqdm


class Progress:
    """Counts files as they finish; ``total`` includes files reused from a previous run."""

    def __init__(
        self, total: int, *, enabled: bool = True, stream: TextIO | None = None, every: float = 5.0
    ) -> None:
        self.total, self.enabled = total, enabled
        self.stream = stream or sys.stderr
        self.every = every
        self.done = self.reused = self.failed = 0
        self.start = self._last = time.monotonic()
        tty = enabled and bool(getattr(self.stream, "isatty", lambda: False)())
        self._bar = (
            tqdm(
                total=total, file=self.stream, unit="file", dynamic_ncols=True, desc="pledgecard", leave=True
            )
            if tty
            else None
        )

    def skip(self, n: int) -> None:
        """``n`` files taken over from a previous run."""
        self.done += n
        self.reused += n
        if self._bar is not None:  # counted as done, not in the files/s rate
            self._bar.initial = self._bar.n = self._bar.last_print_n = self.done
            self._bar.refresh()

    def update(self, path: str, status: str, reason: str | None = None) -> None:
        self.done += 1
        if status == "failed":
            self.failed += 1
            if self.enabled:
                self._line(f"failed: {path}: {reason}")
        if self._bar is not None:
            self._bar.update(1)
            return
        now = time.monotonic()
        if self.enabled and now - self._last >= self.every:
            self._last = now
            rate = (self.done - self.reused) / (now - self.start) if now > self.start else 0.0
            self._line(f"{self.done}/{self.total} files, {rate:.1f} files/s")

    def _line(self, text: str) -> None:
        if self._bar is not None:
            self._bar.write(f"pledgecard: {text}", file=self.stream)
            return
        self.stream.write(f"pledgecard: {text}\n")
        self.stream.flush()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        if self.enabled:
            self._line(
                f"{self.done}/{self.total} files done in {time.monotonic() - self.start:.1f} s"
                f" ({self.reused} reused, {self.failed} failed)"
            )
