"""The shape every validation check has: :class:`Check` (one object per finding code) and
:class:`Table` (a check table: one row per checked place, validated once per chunk of cards).

A check says what it reads (its ``table``; sum checks also add their own rows to it), how it is
computed (``expect``: Great Expectations expectations written as data, or ``compute``: a pandas
function marking the failing rows), which rows it looks at (``applies``) and how a failing row is
described (``describe``). The registry (:mod:`pledgecard.validate.checks`) finds every check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from pledgecard.record import as_list, as_map

if TYPE_CHECKING:  # pandas is imported where a frame is made: the stages that only name checks
    import pandas as pd  # (the workers' findings) do not pay for it

Row = dict[str, Any]
# A record as read from records.jsonl: shaped like pledgecard.record.CardRecord when the extractor
# wrote it, but checks read it defensively (any field may be missing or of another type).
Record = Mapping[str, Any]
RowBuilder = Callable[[str, Record], Iterable[Row]]
Describe = Callable[[Mapping[str, Any]], tuple[Any, Any, str]]

# The record walkers every check uses (pledgecard.record, shared with the tables and the report).
d = as_map
lst = as_list


def num(value: Any) -> float | None:
    """A number as float; bools, strings and nulls give ``None``.

    >>> num(3), num(True), num("3")
    (3.0, None, None)
    """
    kind = type(value)
    if kind is float:  # the JSON types first: this runs for every figure of a chunk
        return value  # type: ignore[no-any-return]
    if kind is int:
        return float(value)
    if kind is bool or value is None:
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return None


def v(value: Any) -> Any:
    """A JSON-friendly scalar: NA -> None, whole floats -> int, timestamps -> ISO date."""
    if value is None:
        return None
    import pandas as pd

    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, float):
        if value != value:
            return None
        return int(value) if value.is_integer() else value
    if hasattr(value, "item"):
        return v(value.item())
    return value


def fmt(value: Any) -> str:
    """A value for a message: integers with thousands separators.

    >>> fmt(20209000000.0)
    '20,209,000,000'
    """
    value = v(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


@dataclass(frozen=True, slots=True)
class Expect:
    """One Great Expectations expectation, as data: the class name in ``gx.expectations``, its
    keyword arguments, and optionally a row condition ``(column, value)`` (rows where
    ``column == value``)."""

    kind: str
    kwargs: Mapping[str, Any]
    where: tuple[str, Any] | None = None
    note: str | None = None

    def text(self) -> str:
        """The expectation as one line of documentation."""
        args = ", ".join(f"{k}={val!r}" for k, val in self.kwargs.items() if k != "ignore_row_if")
        cond = f" where {self.where[0]} == {self.where[1]!r}" if self.where else ""
        return f"`{self.kind}({args})`{cond}"


def _parse_dates(values: list[Any]) -> pd.Series:
    import pandas as pd

    return pd.to_datetime(pd.Series(values, dtype="object"), errors="coerce", format="ISO8601")


def _dates(values: list[Any]) -> pd.Series:
    """``values`` (ISO dates as text) as a datetime column, unreadable ones NaT. Each distinct
    value is parsed once: a card's period and as-of date stand on each of its rows."""
    try:
        index = {value: i for i, value in enumerate(dict.fromkeys(values))}
    except TypeError:  # an unhashable value (a list where a date belongs): parse them all
        return _parse_dates(values)
    parsed = _parse_dates(list(index))
    import pandas as pd

    return pd.Series(parsed.array.take([index[value] for value in values]))


def _columns(names: list[str], rows: list[Row]) -> dict[str, list[Any]]:
    """The values of each of ``names`` in ``rows``, ``None`` where a row lacks it. Rows that hold
    every column (most tables' rows) are taken apart at once, not a lookup per row and column."""
    if len(names) > 1 and rows:
        try:
            return {
                name: list(col)
                for name, col in zip(names, zip(*map(itemgetter(*names), rows), strict=True), strict=True)
            }
        except KeyError:  # a row without some column
            pass
    return {name: [r.get(name) for r in rows] for name in names}


@dataclass(frozen=True, slots=True)
class Table:
    """A check table: its columns (typed dates and floats) and, for tables whose rows every check
    reads, the function laying a record's rows out (``rows``)."""

    name: str
    columns: tuple[str, ...]
    date_columns: frozenset[str] = frozenset()
    float_columns: frozenset[str] = frozenset()
    rows: RowBuilder | None = None

    def frame(self, rows: list[Row]) -> pd.DataFrame:
        """The rows as a typed DataFrame with a ``row_id`` unique in the frame."""
        import pandas as pd

        data: dict[str, Any] = {}
        columns = _columns([c for c in self.columns if c != "row_id"], rows)
        for col in self.columns:
            values = list(range(len(rows))) if col == "row_id" else columns[col]
            if col in self.date_columns:
                data[col] = _dates(values)
            elif col in self.float_columns:
                data[col] = pd.array(values, dtype="Float64")
            elif col == "row_id":
                data[col] = pd.array(values, dtype="int64")
            else:
                data[col] = pd.Series(values, dtype="object")
        return pd.DataFrame(data, columns=list(self.columns))


@dataclass(frozen=True, slots=True)
class Check:
    """One validation check: one stable finding ``code``.

    - ``table``: the check table it reads; ``rows``: rows the check itself adds to it (sum checks).
    - ``expect``: GX expectations deciding which rows fail; or ``compute``: a pandas function
      returning a boolean Series (True = the row fails). Exactly one of the two.
    - ``applies``: which rows the check looks at (for the passed/checked counts); default: the rows
      whose ``code`` is this check's when the table has a ``code`` column, else every row.
    - ``describe``: ``(observed, expected, message)`` of a failing row.
    - ``description`` (what passes, one line), ``fails_when`` and ``locations`` document the check
      in the generated ``validate/CODES.md``.
    """

    code: str
    name: str
    severity: str
    table: Table
    description: str
    fails_when: str
    locations: str
    describe: Describe
    expect: tuple[Expect, ...] = ()
    compute: Callable[[pd.DataFrame], pd.Series] | None = None
    applies: Callable[[pd.DataFrame], pd.Series] | None = None
    rows: RowBuilder | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if bool(self.expect) == (self.compute is not None):
            raise ValueError(f"check {self.code}: give either GX expectations or a pandas computation")
        if self.severity not in ("error", "warning", "info"):
            raise ValueError(f"check {self.code}: unknown severity {self.severity!r}")

    def looks_at(self, df: pd.DataFrame) -> pd.Series:
        """The rows of ``df`` this check looks at."""
        if self.applies is not None:
            return self.applies(df).fillna(False).astype(bool)
        if "code" in df.columns:
            return df["code"] == self.code
        import pandas as pd

        return pd.Series(True, index=df.index)

    @property
    def computed_by(self) -> str:
        """How the check is computed, for the documentation."""
        if self.expect:
            return "GX " + "; ".join(e.text() for e in self.expect)
        return "pandas: " + (self.compute.__doc__ or self.compute.__name__).strip().splitlines()[0]  # type: ignore[union-attr]
