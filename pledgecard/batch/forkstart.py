"""The fork server of a batch's workers, started as early as possible: :data:`PRELOAD` (what
workers would import on their first file) is imported by the fork server once for all of them, so
the earlier it starts, the sooner the first worker converts. Light on purpose (the standard
library only): ``pledgecard run`` and ``extract`` start it before importing the batch driver, the
extractor or anything else of their own (:func:`pledgecard.workflow.start_workers_early`)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence

# What process_file's workers import on their first card, imported once by the fork server
# instead of by each worker (spaCy without its command line, the extractor, the checks whose codes findings name); last,
# the readers, spaCy's pipeline and a frozen collector (pledgecard.batch.forkwarm).
PRELOAD = (
    "pledgecard.extract.spacy_core",
    "pledgecard.pipeline",
    "pledgecard.extract.cards",
    "pledgecard.extract.readers",
    "pledgecard.normalize.sanitize",
    "pledgecard.validate.checks.reported",
    "pledgecard.batch.forkwarm",
)

JOURNAL = os.path.join(".state", "done.jsonl")  # pledgecard.batch.journal's STATE_DIR / JOURNAL


def context(preload: Sequence[str] = ()) -> multiprocessing.context.BaseContext:
    """Workers come from a fork server (else are spawned). ``preload``: modules the fork server
    imports once before it forks any worker, so that no worker imports them again (the setting
    counts when the fork server starts: the first pool of the process)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    if preload:
        ctx.set_forkserver_preload(["__main__", *preload])
    return ctx


def prestart(preload: Sequence[str]) -> None:
    """Start the fork server now, importing ``preload`` (see :func:`context`) while the caller
    goes on; the batch's pools then fork their workers from it."""
    ctx = context(preload)
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def fresh(out_dir: str | os.PathLike[str]) -> bool:
    """Whether no earlier run left a journal entry in ``out_dir`` (no journal, or an empty one):
    then every file is to convert and the workers are needed."""
    try:
        return os.path.getsize(os.path.join(out_dir, JOURNAL)) == 0
    except OSError:
        return True
