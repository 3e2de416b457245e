"""Running work over an archive: many files in parallel, restartable, outputs in input order.

- :mod:`~pledgecard.batch.driver`: :func:`run_batch` plans a batch (inputs, what a previous run
  already converted), runs it and writes the outputs.
- :mod:`~pledgecard.batch.runner`: the worker pool (local processes with per-file time limits, or
  a Dask cluster).
- :mod:`~pledgecard.batch.journal`: ``DIR/.state/done.jsonl``, what is converted so far, and the
  lock that keeps two runs out of one output folder.
- :mod:`~pledgecard.batch.progress`: the progress bar.
- :mod:`~pledgecard.batch.forkstart`: the workers' fork server, started before anything else.
- :mod:`~pledgecard.batch.outputs`: ``records.jsonl``, ``files.jsonl``, ``provenance.jsonl`` and
  ``cards/``, written atomically from the journal.

Nothing here loads a warehouse: that is :mod:`pledgecard.load`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pledgecard.batch.driver import BatchSummary, expand_inputs, run_batch

__all__ = ["BatchSummary", "expand_inputs", "run_batch"]


def __getattr__(name: str) -> Any:
    """The driver's names, imported on first use: a light module of the package
    (:mod:`~pledgecard.batch.forkstart`) can be imported without the driver and the extractor."""
    if name in __all__:
        from pledgecard.batch import driver

        return getattr(driver, name)
    raise AttributeError(name)
