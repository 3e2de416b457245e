"""Imported by the fork server of a batch's workers (the last of :data:`pledgecard.batch.forkstart.PRELOAD`):
what each worker would otherwise do for itself before or on its first files, done once for all
of them while the parent plans.

- Every format's reader, the default PDF engine and the libraries the readers import on first
  use (pypdfium2, pyhwp, lxml): each worker paid 0.3-0.5 CPU s for them on its first files.
- spaCy's pipeline (:func:`pledgecard.pipeline.warm_up`): a worker's own warm-up then finds it built.

A failure here is not an error: the worker imports or builds what is missing on its first file.
"""

from __future__ import annotations

import importlib

from pledgecard.extract.formats import FORMATS
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers.pdf_engine import ENGINES

# Libraries the readers import inside their functions (start-up of a single-file ``extract``).
READER_LIBRARIES = (
    "pypdfium2",
    "hwp5.binmodel",
    "hwp5.recordstream",
    "hwp5.bintype",
    "hwp5.filestructure",
    "hwp5.distdoc",
    "lxml.etree",
)


def modules() -> list[str]:
    """The modules a worker imports on its first file of each format."""
    return [*(spec.reader for spec in FORMATS), ENGINES[Limits().pdf_engine], *READER_LIBRARIES]


def prepare() -> None:
    """Import :func:`modules` and build spaCy's pipeline (see the module docstring)."""
    for name in modules():
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a missing library shows again, per file, in the reader
            pass
    try:
        from pledgecard.pipeline import warm_up

        warm_up()
    except Exception:  # noqa: BLE001 - the worker's own warm-up tries again and logs it
        pass


prepare()
