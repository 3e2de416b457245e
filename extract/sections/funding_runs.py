"""Funding rows a dump printed run together: two or more rows' source labels on one line
(``시비 구비``, a staircase layout dump joining the lines of two rows) with all their amounts after
them, glued in the order the rows print them.

Which amount is whose is not shown by the line. It is proven only where the labels are sources in
order, the amounts number exactly ``rows x columns`` and each row's run of amounts sums to its
total column: then the rows are parted there. Anywhere else the rows are not read (their line goes
back as unplaced text, with an ``extract.table_unrecovered`` finding at it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS
from pledgecard.normalize.money import cell_figure, funding_source

_DASH_GLUED = re.compile(r"^[-–—−](?=\d)")  # a zero's dash printed against the next amount (``-235,766,691``)


def run_labels(label: str) -> list[str] | None:
    """The source labels of a row label naming two or more sources of which none is a group over
    the next (``시비 구비``), else None."""
    words = label.split()
    codes = [funding_source(w) for w in words]
    if (
        len(words) < 2
        or None in codes
        or any(a == b or a in ("local", "total") for a, b in zip(codes, codes[1:], strict=False))
    ):
        return None
    return words


def _readings(cells: Sequence[str], split: Callable[[str], list[str] | None]) -> list[list[str]]:
    """The cells as printed, and with each dash glued to an amount read as a zero's dash before it
    (a minus sign reads one cell fewer: the count of cells tells the two readings apart)."""
    plain = list(cells)
    dashed: list[str] = []
    for c in cells:
        if _DASH_GLUED.match(c):
            dashed += ["-", *(split(c[1:]) or [c[1:]])]
        else:
            dashed.append(c)
    return [plain] if dashed == plain else [plain, dashed]


def parted_rows(
    label: str, cells: Sequence[str], kinds: Sequence[str], split: Callable[[str], list[str] | None]
) -> list[list[str]] | None:
    """``[[label, *amounts], ...]`` for each row of a run-together line, where the parting is
    proven (see the module docstring); ``kinds``: the table's column kinds (one ``total``, the
    others periods); ``split``: parts amounts glued together where their comma groups show it."""
    labels = run_labels(label)
    if (
        labels is None
        or list(kinds).count("total") != 1
        or any(k not in PERIOD_KINDS for k in kinds if k != "total")
    ):
        return None
    n, ti = len(kinds), list(kinds).index("total")
    found = []
    for reading in _readings(cells, split):
        if len(reading) != n * len(labels):
            continue
        values = [cell_figure(c) for c in reading]  # decimals kept: sums as printed
        if None in values:
            continue
        rows = [values[k * n : (k + 1) * n] for k in range(len(labels))]
        if all(sum(v for j, v in enumerate(r) if j != ti) == r[ti] and r[ti] for r in rows):  # type: ignore[misc,arg-type]
            found.append([[lab, *reading[k * n : (k + 1) * n]] for k, lab in enumerate(labels)])
    return found[0] if len(found) == 1 else None
