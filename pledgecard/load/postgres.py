"""Load the batch tables into PostgreSQL (SQLAlchemy 2 + psycopg 3), in one transaction.

``cards`` and ``files`` are upserted on their keys (``INSERT ... ON CONFLICT DO UPDATE``); the
rows of every child table (and ``findings``) of a card being loaded are deleted and inserted
again (``ON CONFLICT DO NOTHING`` guards the keys), so a reload replaces them exactly once.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

import pandas as pd

from pledgecard.errors import LoadError
from pledgecard.load.keys import CARD_REF, CARDS, FILES, LOAD_ORDER, primary_key
from pledgecard.load.sqltypes import iter_rows, loadable
from pledgecard.load.summary import LoadSummary
from pledgecard.tables import TABLE_DTYPES

CHUNK = 1000


def _sa() -> Any:
    try:
        import psycopg  # noqa: F401
        import sqlalchemy
    except ImportError as exc:
        raise LoadError(
            "load: PostgreSQL loading needs SQLAlchemy and psycopg: pip install 'pledgecard[postgres]'"
        ) from exc
    return sqlalchemy


def driver_url(url: str) -> str:
    """``postgresql://...`` with the psycopg 3 driver named, as SQLAlchemy wants it."""
    scheme, rest = url.split("://", 1)
    return f"postgresql+psycopg://{rest}" if "+" not in scheme else url


def _table(sa: Any, md: Any, name: str) -> Any:
    types = {"string": sa.Text, "Int64": sa.BigInteger, "Float64": sa.Float, "boolean": sa.Boolean}
    pk = set(primary_key(name) or [])
    cols = [
        sa.Column(c, types[dt](), primary_key=c in pk, nullable=c not in pk)
        for c, dt in TABLE_DTYPES[name].items()
    ]
    return sa.Table(name, md, *cols)


def _add_missing_columns(sa: Any, conn: Any, table: Any) -> None:
    have = {c["name"] for c in sa.inspect(conn).get_columns(table.name)}
    for col in table.columns:
        if col.name not in have:
            ddl = col.type.compile(dialect=conn.dialect)
            conn.execute(sa.text(f'ALTER TABLE "{table.name}" ADD COLUMN "{col.name}" {ddl}'))


def _chunks(rows: Sequence[Any], n: int = CHUNK) -> list[Sequence[Any]]:
    return [rows[i : i + n] for i in range(0, len(rows), n)]


def replace_rows(sa: Any, conn: Any, table: Any, df: pd.DataFrame, card_ids: list[str]) -> int:
    """Upsert (cards, files) or delete-then-insert (children) the batch's rows of ``table``."""
    from sqlalchemy.dialects.postgresql import insert

    rows = list(iter_rows(df))
    pk = primary_key(table.name)
    if table.name not in (CARDS, FILES):
        for ids in _chunks(card_ids):
            conn.execute(sa.delete(table).where(table.c[CARD_REF].in_(ids)))
    if not rows:
        return 0
    stmt = insert(table)
    if table.name in (CARDS, FILES):
        assert pk is not None
        stmt = stmt.on_conflict_do_update(
            index_elements=pk, set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name not in pk}
        )
    elif pk:
        stmt = stmt.on_conflict_do_nothing(index_elements=pk)
    for chunk in _chunks(rows):
        conn.execute(stmt, list(chunk))
    return len(rows)


def load_postgres(tables: Mapping[str, pd.DataFrame], url: str, *, skip: Collection[str] = ()) -> LoadSummary:
    """Load ``tables`` into the PostgreSQL database at ``url``; all or nothing."""
    sa = _sa()
    summary = LoadSummary(target=_redact(url))
    md = sa.MetaData()
    sa_tables = {name: _table(sa, md, name) for name in LOAD_ORDER}
    frames = {t: loadable(t, tables.get(t)) for t in LOAD_ORDER}
    card_ids = [str(c) for c in frames[CARDS][CARD_REF].tolist()]
    try:
        engine = sa.create_engine(driver_url(url), pool_pre_ping=False)
        try:
            with engine.begin() as conn:
                md.create_all(conn)
                for name in LOAD_ORDER:
                    _add_missing_columns(sa, conn, sa_tables[name])
                    if name in skip:
                        continue
                    summary.rows[name] = replace_rows(sa, conn, sa_tables[name], frames[name], card_ids)
        finally:
            engine.dispose()
    except sa.exc.SQLAlchemyError as exc:
        msg = " ".join(str(getattr(exc, "orig", None) or exc).split())[:200]
        raise LoadError(
            f"load: PostgreSQL load into {summary.target} failed, nothing changed: {msg}"
        ) from exc
    return summary


def _redact(url: str) -> str:
    """``url`` without its password, for messages."""
    scheme, _, rest = url.partition("://")
    if "@" in rest:
        cred, _, host = rest.rpartition("@")
        user = cred.split(":", 1)[0]
        return f"{scheme}://{user}@{host}"
    return url


class PostgresDestination:
    """A PostgreSQL database (``postgresql://USER@HOST:PORT/DB``)."""

    name = "postgresql"

    def check(self, target: str) -> None:
        _sa()  # the driver is installed; the server is reached when loading

    def load(
        self, tables: Mapping[str, pd.DataFrame], target: str, *, skip: Collection[str] = ()
    ) -> LoadSummary:
        return load_postgres(tables, target, skip=skip)


DESTINATION = PostgresDestination()
