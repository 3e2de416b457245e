"""A goal table dumped one cell a line, a row's lines printed before its year cell: the merged project's last line
(goal_merged_piece) or the row's own wrapped cell's first line, its rest printed after the row's one-line cells.

The class of card fixed (gippeum-county 77011 pdftotext default): the 2026 row's target wrapped (``청년농업 교육생
양`` / ``성(45명)``), its first line printed above the year, its second after the actual: ``청년농업 교육생 양`` /
``2026`` / ``52명`` / ``성(45명)`` / ``완료``. Read as the merged project's last line, the row's two cells after the year
were taken for the target and the actual in order, 52 the target and 45 the actual, each the other's. Both readings
fit the count of cells; the project's is kept only where the other reading (the piece opens one of the row's cells,
its rest the row's last line) places the same figures, or cannot be (a dash is a cell whole, never a cell's rest).
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_values import FIGURE
from pledgecard.normalize.text import is_dash

# the column kinds whose figures a goal records
_FIGURE_KINDS = ("target", "actual")


def _figures(cells: dict[str, str]) -> tuple[tuple[str, ...], ...]:
    """The figures each figure column's cell prints, in column order."""
    return tuple(tuple(FIGURE.findall(cells.get(k, ""))) for k in _FIGURE_KINDS)


def piece_may_open_cell(piece: str, cells: list[str], kinds: list[str]) -> bool:
    """Whether ``piece`` (the line printed right before a row's year) may be the first line of one of the row's
    cells whose rest is the row's last line, that reading placing other figures than the cells read in order:
    ``cells`` the row's cells after its year, one for each of ``kinds`` (the columns before the status, the
    merged project aside). True: the row's figures are not proven."""
    if len(cells) != len(kinds) or len(cells) < 2 or is_dash(cells[-1]):
        return False
    in_order = _figures(dict(zip(kinds, cells, strict=True)))
    rest, others = cells[-1], cells[:-1]
    for kind in kinds:
        placed = dict(zip([k for k in kinds if k != kind], others, strict=True))
        placed[kind] = f"{piece} {rest}"
        if _figures(placed) != in_order:
            return True
    return False
