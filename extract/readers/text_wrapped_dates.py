"""A date wrapped in a narrow cell of a layout dump, its two pieces centred on their row (``2023년 2분`` above
the row's line, ``기`` below it; ``2024.06.~2`` / ``024.08.``), joined before the row is read.

The pieces are one value only where the dump proves it: each stands alone on its line, right above and right
below the row's line, in one column and in a gap of the row (:func:`centred_first_cell`); the first piece
ends open (a date's joiner closing it: ``-``, ``.``, ``~``; a number cut, digits either side of the break;
or it is no whole date by itself) and the two joined without a space make one whole date
(:func:`is_date`). The joined date is set on the row's line at the pieces' column (the row's cells after
it moved right where it needs the room, two spaces kept between), the pieces' lines left blank. A piece
that is a whole date closing with the next piece's shape left out (``2023.04.03`` / ``.``) stays as it is.
"""

from __future__ import annotations

from pledgecard.extract.readers.text_line_kinds import centred_first_cell
from pledgecard.extract.readers.text_lines import TLine, to_tline
from pledgecard.normalize.dates import is_date

_JOINERS = ("-", ".", "~", "/")


def joined_date(first: str, rest: str) -> str | None:
    """``first`` + ``rest`` as one date when the pieces are proven one (see the module's words), else None."""
    a, b = first.strip(), rest.strip()
    if not a or not b:
        return None
    cut_number = a[-1].isdigit() and b[0].isdigit()
    if not (a.endswith(_JOINERS) or cut_number or not is_date(a)):
        return None
    whole = a + b
    return whole if is_date(whole) else None


def _set_in(row: TLine, col: int, value: str) -> TLine:
    """``row`` with ``value`` written at character ``col``, the text after it moved right as needed."""
    text = row.text.ljust(col)
    rest = text[col:]
    room = len(rest) - len(rest.lstrip())
    pad = max(room - len(value), 2) if rest.strip() else 0
    new = text[:col] + value + " " * pad + rest.lstrip()
    return to_tline(row.number, row.page, new + " " * row.trail)


def join_wrapped_dates(lines: list[TLine]) -> list[TLine]:
    """``lines`` with every date wrapped around its row in a narrow cell joined onto the row's line."""
    out = list(lines)
    for j in range(1, len(out) - 1):
        above, row, below = out[j - 1], out[j], out[j + 1]
        if len(above.segs) != 1 or len(below.segs) != 1 or not row.segs:
            continue
        value = joined_date(above.segs[0].text, below.segs[0].text)
        if value is None or not centred_first_cell(above, row, below):
            continue
        col = min(above.segs[0].c0, below.segs[0].c0)
        if any(s.c0 < col for s in row.segs) and not all(s.c1 <= col - 2 for s in row.segs if s.c0 < col):
            continue
        out[j] = _set_in(row, col, value)
        out[j - 1] = to_tline(above.number, above.page, "")
        out[j + 1] = to_tline(below.number, below.page, "")
    return out
