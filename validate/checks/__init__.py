"""The validation checks, registered in one place: every module of this package (names not starting
with ``_``) that defines ``CHECKS`` (a list of :class:`Check`) contributes them, in the order of
the modules' ``ORDER`` numbers. Adding a check is one module here (or one entry in a family's
module) plus its test; ``validate/CODES.md`` is generated from these objects
(``python -m pledgecard.validate.codes``).

:func:`check_tables` lays every claim of a batch of records out in the check tables the checks
read (one row per checked place, with a ``row_id`` unique in its table); the Great Expectations
suites (:mod:`pledgecard.validate.suites`) decide which rows fail.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from pledgecard.validate.checks._base import Check, Expect, Row, Table

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CHECKS", "TABLES", "Check", "Expect", "Table", "check_tables", "checks_of"]


def _discover() -> list[Check]:
    modules = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "CHECKS"):
            modules.append((getattr(module, "ORDER", 1000), info.name, module))
    found: list[Check] = []
    for _, _, module in sorted(modules, key=lambda m: (m[0], m[1])):
        found.extend(module.CHECKS)
    return found


@cache
def _registry() -> tuple[dict[str, Check], dict[str, Table]]:
    """Every check by code and every check table by name, discovered on first use: naming one
    check (``checks.reported``, which the extraction workers use for their findings) does not
    import the others, nor pandas."""
    checks: dict[str, Check] = {}
    for check in _discover():
        if check.code in checks:
            raise ValueError(f"two checks share the code {check.code}")
        checks[check.code] = check
    tables: dict[str, Table] = {}
    for check in checks.values():
        tables.setdefault(check.table.name, check.table)
    return checks, tables


def __getattr__(name: str) -> Any:
    if name == "CHECKS":
        return _registry()[0]
    if name == "TABLES":
        return _registry()[1]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def checks_of(table: str) -> list[Check]:
    """The checks reading ``table``, in registry order."""
    return [c for c in _registry()[0].values() if c.table.name == table]


def check_tables(
    records: Iterable[Mapping[str, Any]], extra: Mapping[str, list[Row]] | None = None
) -> dict[str, pd.DataFrame]:
    """The check tables of a batch of records; a record without a card_id counts as ``unknown``.
    ``extra`` adds rows that do not come from the records (``corrections``: one per correction)."""
    recs = []
    for rec in records:
        if isinstance(rec, Mapping):
            card_id = rec.get("card_id")
            recs.append((str(card_id) if card_id is not None else "unknown", rec))
    frames = {}
    for name, table in _registry()[1].items():  # table by table: one table's rows in memory at a time
        builders = ([table.rows] if table.rows else []) + [c.rows for c in checks_of(name) if c.rows]
        rows: list[Row] = []
        for card_id, rec in recs:
            for build in builders:
                rows.extend(build(card_id, rec))
        rows.extend((extra or {}).get(name, []))
        frames[name] = table.frame(rows)
        del rows
    return frames
