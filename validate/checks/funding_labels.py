"""Funding labels: every amount of the funding table stands under a period (a year, 기투자,
임기이후) or a total column, and in a total or funding-source row.

The sum checks compare the columns and rows a table has; a column or row that is no period or
source (a ``비율(%)`` share read as money: 43.3 -> 43,300,000 won; a ``확보 | 미확보`` split; a
heading read as a column) adds nothing they would notice, and the scorer only looks at the
columns it expects. This check reads the labels themselves, from the vocabulary in force: a label
holding a share word (``[funding_columns] share``: 비율, 비중, 구성비, 확보 ...) or a not-additive
unit (%, or 점 / 위 / 배 in brackets) is no period or source whatever kind it was given; a
column is a period when its kind is one (total, prior, year, after_term) or its label holds a year
or a column word; a row is one when it has a source code or its label names a source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.money import SOURCE_CODES, funding_source
from pledgecard.validate.checks._base import Check, Record, Row, Table, d, lst
from pledgecard.validate.checks.side_tables import head_not_additive

if TYPE_CHECKING:
    import pandas as pd

ORDER = 11
_PERIOD_KINDS = frozenset({"total", "prior", "year", "after_term"})
_SPACE = re.compile(r"\s+")


def _share_words(v: Vocabulary) -> tuple[str, ...]:
    return tuple(v.words("funding_columns", "share"))


def _column_words(v: Vocabulary) -> tuple[str, ...]:
    return tuple(
        _SPACE.sub("", w)
        for k in ("total", "prior", "after_term", "in_term")
        for w in v.words("funding_columns", k)
    )


def is_share(label: str) -> bool:
    """Whether a column or row label names a share, not an amount of a period or source.

    >>> is_share("비율(%)"), is_share("재원 구성비"), is_share("국비(%)"), is_share("2024"), is_share("국비")
    (True, True, True, False, False)
    """
    key = _SPACE.sub("", label)
    return (
        "%" in key
        or "％" in key
        or any(w in key for w in current().build(_share_words))
        or head_not_additive(key)
    )


def column_reads_as(column: Mapping[str, Any]) -> str | None:
    """``period`` when a funding column is a period or total column, else ``None``."""
    label = column.get("label")
    label = label if isinstance(label, str) else ""
    vocab = current()
    key = _SPACE.sub("", label)
    if key in vocab.build(_column_words):
        return "period"  # a column word whole (기확보, a prior column) though it holds a share word (확보)
    if is_share(label):
        return None
    if (
        column.get("kind") in _PERIOD_KINDS
        or vocab.year_re.search(key)
        or any(key.startswith(w) for w in vocab.build(_column_words))
    ):
        return "period"
    return None


def row_reads_as(row: Mapping[str, Any]) -> str | None:
    """``source`` when a funding row is a total or funding-source row, else ``None``."""
    label = row.get("label")
    label = label if isinstance(label, str) else ""
    if is_share(label):
        return None
    if row.get("source") in SOURCE_CODES or funding_source(label) is not None:
        return "source"
    return None


def label_rows(card_id: str, rec: Record) -> Iterator[Row]:
    """One row per funding column and per funding row holding at least one amount."""
    funding = d(rec.get("funding"))
    rows = [d(r) for r in lst(funding.get("rows"))]
    grid = [lst(r.get("amounts_krw")) for r in rows]
    for c, col in enumerate(d(x) for x in lst(funding.get("columns"))):
        if any(c < len(g) and g[c] is not None for g in grid):
            yield {
                "card_id": card_id,
                "location": f"funding.columns[{c}]",
                "axis": "column",
                "label": col.get("label"),
                "reads_as": column_reads_as(col),
            }
    for r, (row, amounts) in enumerate(zip(rows, grid, strict=True)):
        if any(a is not None for a in amounts):
            yield {
                "card_id": card_id,
                "location": f"funding.rows[{r}]",
                "axis": "row",
                "label": row.get("label"),
                "reads_as": row_reads_as(row),
            }


LABELS = Table(
    name="funding_labels",
    columns=("row_id", "card_id", "location", "axis", "label", "reads_as"),
    rows=label_rows,
)


def _not_period_or_source(df: pd.DataFrame) -> pd.Series:
    """a column or row holding amounts whose label reads as no period, total or source (`reads_as` null)

    No GX run for this table: the labels were judged when its rows were laid out."""
    return df["reads_as"].isna()


def _describe(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    axis, label = row.get("axis"), row.get("label")
    wanted = "a period or total column" if axis == "column" else "a total or funding-source row"
    return (
        label,
        wanted,
        (
            f"funding {axis} {label!r} holds amounts but is not {wanted} "
            f"(a share such as a percent, or a label read as a {axis}): its figures are no money "
            f"of the table"
        ),
    )


CHECKS = [
    Check(
        "funding.label_not_period_or_source",
        "funding amounts under a period and a source",
        "warning",
        LABELS,
        description="every funding amount stands in a period or total column and a total or source row",
        fails_when="a funding column holding amounts whose label is a share (holds %, a not-additive unit in "
        "brackets, or a share word of `[funding_columns] share`: 비율, 비중, 구성비, 확보 ...) "
        "or whose kind is no period and whose label holds no year or column word; or a funding row "
        "holding amounts whose label is a share or names no source (no source code, not a "
        "`[funding_sources]` label)",
        locations="`funding.columns[c]`, `funding.rows[r]`",
        describe=_describe,
        compute=_not_period_or_source,
    ),
]
