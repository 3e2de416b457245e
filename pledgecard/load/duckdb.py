"""Load the batch tables into an embedded DuckDB file, idempotently, in one transaction."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from pledgecard.errors import LoadError
from pledgecard.load.summary import LoadSummary
from pledgecard.writers import writable_location

if TYPE_CHECKING:  # duckdb, pandas and the column types are imported where a load needs them: the
    # preflight check (run's first step, before the extraction) only asks whether the file is writable
    import duckdb
    import pandas as pd


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def ensure_table(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Create ``table`` if missing; add columns a newer pledgecard introduced."""
    from pledgecard.load.keys import primary_key
    from pledgecard.load.sqltypes import column_types

    types = column_types(table)
    cols = ", ".join(f"{_q(c)} {t}" for c, t in types.items())
    pk = primary_key(table)
    if pk:
        cols += f", PRIMARY KEY ({', '.join(_q(c) for c in pk)})"
    con.execute(f"CREATE TABLE IF NOT EXISTS {_q(table)} ({cols})")
    have = {
        r[0]
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
        ).fetchall()
    }
    for c, t in types.items():
        if c not in have:
            con.execute(f"ALTER TABLE {_q(table)} ADD COLUMN {_q(c)} {t}")


def replace_rows(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> int:
    """Replace the rows of ``table`` that the batch owns (see :mod:`pledgecard.load.keys`)."""
    from pledgecard.load.keys import CARD_REF, FILES

    con.register("_batch", df)
    try:
        if table == FILES:
            con.execute(f"DELETE FROM {_q(table)} WHERE path IN (SELECT path FROM _batch)")
        else:  # cards and their children: every row of a card in this batch
            con.execute(
                f"DELETE FROM {_q(table)} WHERE {_q(CARD_REF)} IN (SELECT {_q(CARD_REF)} FROM _batch_cards)"
            )
        cols = ", ".join(_q(c) for c in df.columns)
        con.execute(f"INSERT INTO {_q(table)} ({cols}) SELECT {cols} FROM _batch")
    finally:
        con.unregister("_batch")
    return len(df)


def load_duckdb(tables: Mapping[str, pd.DataFrame], path: Path, *, skip: Collection[str] = ()) -> LoadSummary:
    """Load ``tables`` into the DuckDB file at ``path``; all or nothing."""
    import duckdb

    from pledgecard.load.keys import CARD_REF, CARDS, LOAD_ORDER
    from pledgecard.load.sqltypes import loadable

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path))
    except duckdb.Error as exc:
        raise LoadError(
            f"load: cannot open the DuckDB warehouse {path}: {' '.join(str(exc).split())[:200]}"
        ) from exc
    summary = LoadSummary(target=str(path))
    frames = {t: loadable(t, tables.get(t)) for t in LOAD_ORDER}
    try:
        con.begin()
        con.register("_batch_cards", frames[CARDS][[CARD_REF]])
        for table in LOAD_ORDER:
            ensure_table(con, table)
            if table in skip:
                continue
            summary.rows[table] = replace_rows(con, table, frames[table])
        con.commit()
    except duckdb.Error as exc:
        con.rollback()
        raise LoadError(
            f"load: DuckDB load into {path} failed, nothing changed: {' '.join(str(exc).split())[:200]}"
        ) from exc
    except BaseException:
        con.rollback()
        raise
    finally:
        con.close()
    return summary


def duckdb_path(target: str) -> Path:
    """The file of a target: a plain path, or ``duckdb://PATH`` (``duckdb:///abs/w.duckdb``)."""
    return Path(target.split("://", 1)[1] if target.lower().startswith("duckdb://") else target)


class DuckDBDestination:
    """An embedded DuckDB file (the default warehouse)."""

    name = "duckdb"

    def check(self, target: str) -> None:
        path = duckdb_path(target)
        why = writable_location(path)
        if why:
            raise LoadError(f"load: cannot write the DuckDB warehouse {path}: {why}")

    def load(
        self, tables: Mapping[str, pd.DataFrame], target: str, *, skip: Collection[str] = ()
    ) -> LoadSummary:
        return load_duckdb(tables, duckdb_path(target), skip=skip)


DESTINATION = DuckDBDestination()
