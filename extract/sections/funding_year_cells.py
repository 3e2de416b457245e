"""Year heads of a funding table printed among its amounts: a dump of a table with its years down (a
transposed table, 당초 / 변경 rows beside) may print the year cells scattered after the first head year
(``구분 2023 계`` / ``국비 2024`` / ``총사업비 2025 2026``), unformatted amounts printed bare as those years are.
Read as a grid, the years ran as the amounts of the rows they stood beside (mutant 4138 pdftotext: 총사업비 2025,
2026 read as the total's 2023 and 총사업비 amounts). Cells that with the head's years make one run of consecutive
years, two or more of them, are those heads: the grid holds no amount its cells prove, so none is read."""

from __future__ import annotations

import re

from pledgecard.extract.sections.funding_column_heads import classify_column

MIN_CELLS = 2  # bare year cells among the rows for the run to tell the years apart from amounts
_YEAR = re.compile(r"(?:19|20)\d\d")


def years_among_amounts(heads: list[list[str]], body: list[list[str]]) -> bool:
    """Whether the ``body`` rows' bare four-digit cells are years that continue the ``heads`` rows' year
    columns as one run of consecutive years (each year once), two or more such cells among the rows."""
    head_years = [
        classify_column(c)["year"]
        for row in heads
        for c in row
        if c.strip() and classify_column(c)["kind"] == "year"
    ]
    head_years = [y for y in head_years if isinstance(y, int)]
    cells = [c.strip() for row in body for c in row if c.strip()]
    body_years = [int(c) for c in cells if _YEAR.fullmatch(c)]
    if not head_years or len(body_years) < MIN_CELLS:
        return False
    run = sorted(head_years + body_years)
    return all(b - a == 1 for a, b in zip(run, run[1:], strict=False))
