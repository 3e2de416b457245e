"""The one interface of a warehouse destination.

A destination module (``duckdb.py``, ``postgres.py``) defines ``DESTINATION``, an object with
``check`` and ``load``; :data:`pledgecard.load.warehouse.DESTINATIONS` maps URL schemes to those
modules. Adding a destination is one module plus its line in that table.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import pandas as pd

    from pledgecard.load.summary import LoadSummary


class Destination(Protocol):
    """Where the batch tables go. ``target`` is what the user gave (a path or a URL)."""

    name: str

    def check(self, target: str) -> None:
        """Before any work: raise :class:`~pledgecard.errors.LoadError` (one line naming the
        target) if loading into ``target`` cannot work (a driver missing, a folder not writable).
        Cheap: no connection is opened."""

    def load(
        self, tables: Mapping[str, pd.DataFrame], target: str, *, skip: Collection[str] = ()
    ) -> LoadSummary:
        """Load ``tables`` into ``target`` in one transaction (all or nothing); tables named in
        ``skip`` are left as they are."""
