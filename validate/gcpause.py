"""Garbage collection while chunks of cards stream through validation.

A chunk keeps some hundred thousand container objects alive while it is validated (the records
read from JSON, their check-table rows, the findings). CPython's automatic collector, triggered by
allocation counts, walks them again and again: a full collection runs each time the objects that
survived grow by a quarter, which the records of every chunk do (about a sixth of the validating
process's CPU on 10,000 cards). :func:`collected_per_chunk` pauses the automatic collector and
hands back a function to call between chunks, once the chunk is gone: it collects the young
generations, freeing the reference cycles the chunk left (exceptions GX caught, its metric graphs),
so memory stays flat. The collector's state is restored on exit.

The pause is process-wide: code running in other threads meanwhile is collected between chunks too.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator


def collect_young() -> None:
    """Collect the young generations (the cycles a chunk left), not the oldest."""
    gc.collect(1)


@contextlib.contextmanager
def collected_per_chunk() -> Iterator[Callable[[], None]]:
    """Automatic collection paused inside the block; call the function it yields between chunks."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield collect_young
    finally:
        if enabled:
            gc.enable()
