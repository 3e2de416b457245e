"""One helper process for work that a report shares out (:meth:`EvidenceFinder.prefetch
<pledgecard.validate.evidence.EvidenceFinder.prefetch>`): started on first need or ahead of it,
from the same fork server as the report's page process (in ``pledgecard run``, the batch's, which
has the extractor imported already). Where no process may be started (a daemonic process, a
script without ``if __name__ == "__main__"``), or the helper stops, the caller does the work itself."""

from __future__ import annotations

import concurrent.futures
import logging
import multiprocessing
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def process_context() -> multiprocessing.context.BaseContext:
    """Processes of the validation come from the fork server (else are spawned)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def main_guarded() -> bool:
    """Whether a new process may import the main module again (forkserver and spawn do): a
    package's ``__main__``, an interactive session, or a script that keeps its work behind
    ``if __name__ == "__main__"``. A script without the guard would run again in the new process."""
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    name = getattr(spec, "name", None) or ""
    if main is None or name == "__main__" or name.endswith(".__main__"):
        return True
    path = getattr(spec, "origin", None) or getattr(main, "__file__", None)
    if not path:
        return True
    try:
        return "__main__" in Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def may_start_process() -> bool:
    """Whether this process may start processes of its own (see :func:`main_guarded`)."""
    return not multiprocessing.current_process().daemon and main_guarded()


class Helper:
    """A process pool of one, made on :meth:`start`; every failure is logged and turns the helper off."""

    def __init__(self) -> None:
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._off = False

    def start(self) -> bool:
        """Whether the helper runs (started now if need be)."""
        if self._pool is None and not self._off:
            if not may_start_process():
                self._off = True
                return False
            try:
                self._pool = concurrent.futures.ProcessPoolExecutor(
                    max_workers=1, mp_context=process_context()
                )
                self._pool.submit(_ready)  # the process starts at once
            except (OSError, RuntimeError):
                log.warning("could not start a helper process", exc_info=True)
                self._off = True
        return self._pool is not None

    def submit(self, fn: Callable[..., Any], *args: Any) -> concurrent.futures.Future[Any] | None:
        """``fn(*args)`` in the helper, or ``None`` when it does not run."""
        if not self.start():
            return None
        assert self._pool is not None
        try:
            return self._pool.submit(fn, *args)
        except RuntimeError:  # a broken pool
            self.stop()
            return None

    def result(self, future: concurrent.futures.Future[Any] | None) -> Any:
        """What ``future`` gave, or ``None`` when it failed (the helper is then stopped)."""
        if future is None:
            return None
        try:
            return future.result()
        except Exception:  # noqa: BLE001 - the caller does the work itself
            log.warning("the helper process failed", exc_info=True)
            self.stop()
            return None

    def stop(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._off = True


def _ready() -> None:
    """Nothing: the first task, to start the process at once."""
