"""Pick the destination for a target and load: one registry keyed by URL scheme.

A target with ``SCHEME://`` goes to the destination registered for that scheme; any other target
is the path of a DuckDB file. Destinations are imported on first use (a DuckDB run never imports
the PostgreSQL driver).
"""

from __future__ import annotations

import importlib
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from pledgecard.errors import LoadError
from pledgecard.load.destination import Destination
from pledgecard.load.summary import LoadSummary

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DESTINATIONS", "LoadSummary", "check_warehouse", "destination_for", "load_warehouse"]

# URL scheme -> module that defines DESTINATION. The one place a new destination is registered.
DESTINATIONS: dict[str, str] = {
    "duckdb": "pledgecard.load.duckdb",
    "postgresql": "pledgecard.load.postgres",
    "postgres": "pledgecard.load.postgres",
}
PATH_SCHEME = "duckdb"  # a target without a scheme is a DuckDB file


def scheme_of(target: str | Path) -> str:
    """``postgresql`` for ``postgresql+psycopg://...``; :data:`PATH_SCHEME` for a plain path.

    >>> scheme_of("postgresql+psycopg://u@h/db"), scheme_of("out/w.duckdb")
    ('postgresql', 'duckdb')
    """
    text = str(target)
    if isinstance(target, Path) or "://" not in text:
        return PATH_SCHEME
    return text.split("://", 1)[0].split("+", 1)[0].lower()


def destination_for(target: str | Path) -> Destination:
    """The destination registered for ``target``'s scheme; an unknown scheme is a LoadError."""
    scheme = scheme_of(target)
    module = DESTINATIONS.get(scheme)
    if module is None:
        known = ", ".join(f"{s}://" for s in sorted(DESTINATIONS))
        raise LoadError(
            f"load: unsupported warehouse URL {scheme}://...: use a DuckDB file path or one of {known}"
        )
    return importlib.import_module(module).DESTINATION


def check_warehouse(target: str | Path) -> None:
    """Preflight: fail now, in one line, if ``target`` cannot be loaded (see :class:`Destination`)."""
    destination_for(target).check(str(target))


def load_warehouse(
    tables: Mapping[str, pd.DataFrame], target: str | Path, *, skip: Collection[str] = ()
) -> LoadSummary:
    """Load ``tables`` into ``target`` in one transaction (all or nothing).

    ``target`` is a ``postgresql://`` URL or the path of a DuckDB file. Tables named in ``skip``
    are left as they are (e.g. ``findings`` when validation did not run).
    """
    return destination_for(target).load(tables, str(target), skip=skip)
