"""A target cell an OCR'd scan's table merged over rows of two years: the rule between them lost (session 44,
helper ocrgoals; dallae-city 84001 scan).

An OCR reader builds a table's grid from the rules it sees on the page image. Where it misses the rule between two
rows in one column only, it reads the cell above as spanning both rows: that row then prints fewer cells than the
grid has columns, and the one cell holds both rows' texts run together (``실시설계 완료`` over ``공공돌봄 교육생
양성(15명)``). A target cell so spanning goal rows of different years is no year's target: where one cell ends and
the other begins the image no longer shows, so repeating it into each row gives each year a figure the card prints
for another year. Where the cell's lines part by position, each row's lines standing inside that row (the row's
other cells' top and bottom, each line's middle clear of the rows' boundary by a quarter of its height) and centred
in it as a cell of its own would be (their middle within a sixth of the row's height of the row's: a merged cell's
text centred over both rows sits on the boundary instead), and nothing shows one text wrapped over the rows
(:mod:`goal_ocr_wraps`: a bracket the boundary cuts, lines a line pitch apart), each goal gets its row's lines as
its target. Otherwise the goals it spans keep no target (text, figure or unit), with one finding. A page not read
by OCR keeps its merged cells (a drawn table's merge is printed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.findings import goals_finding
from pledgecard.extract.sections.goal_ocr_wraps import row_pitch, wrapped_across
from pledgecard.extract.sections.goal_record import make_goal
from pledgecard.normalize.text import fold


def _row_band(table: Table, row: int) -> tuple[float, float] | None:
    """The top and bottom of grid row ``row``: its one-row cells' (None when they disagree or none is placed)."""
    bands = {
        (c.source.bbox[1], c.source.bbox[3])
        for c in table.cells
        if c.row == row and c.row_span == 1 and c.source.bbox is not None
    }
    if not bands:
        return None
    tops, bottoms = [b[0] for b in bands], [b[1] for b in bands]
    if max(tops) - min(tops) > 1 or max(bottoms) - min(bottoms) > 1:
        return None
    return min(tops), max(bottoms)


def _table_pitch(table: Table) -> float:
    """The widest of the cells' line pitches inside one row of ``table`` (goal_ocr_wraps.row_pitch)."""
    bands = [b for r in range(table.n_rows) if (b := _row_band(table, r)) is not None]
    lines = [
        [(p.source.bbox[1], p.source.bbox[3], p.text) for p in c.paragraphs if p.source.bbox is not None]
        for c in table.cells
    ]
    return row_pitch(lines, bands)


def split_by_rows(table: Table, cell: Cell) -> dict[int, str] | None:
    """The text of each grid row ``cell`` spans, its lines parted by where they stand (see the module's doc), or
    None where the lines do not part so."""
    bands = [_row_band(table, r) for r in range(cell.row, cell.row + cell.row_span)]
    if any(b is None for b in bands) or not cell.paragraphs:
        return None
    parts: dict[int, list[tuple[float, float, str]]] = {}
    for p in cell.paragraphs:
        box = p.source.bbox
        if box is None:
            return None
        top, bottom = box[1], box[3]
        mid, margin = (top + bottom) / 2, (bottom - top) / 4
        k = next(
            (k for k, b in enumerate(bands) if b is not None and b[0] + margin <= mid <= b[1] - margin),
            None,
        )
        if k is None or (parts and max(parts) > k):
            return None
        parts.setdefault(k, []).append((top, bottom, p.text))
    if len(parts) != len(bands) or wrapped_across([parts[k] for k in sorted(parts)], _table_pitch(table)):
        return None  # (one target wrapped over the rows' lines: goal_ocr_wraps)
    out: dict[int, str] = {}
    for k, lines in parts.items():
        band = bands[k]
        assert band is not None
        mid = (min(t for t, _, _ in lines) + max(b for _, b, _ in lines)) / 2
        if abs(mid - (band[0] + band[1]) / 2) > (band[1] - band[0]) / 6:
            return None
        out[cell.row + k] = fold("\n".join(t for _, _, t in lines))
    return out


def spanned_targets(table: Table, got: Sequence[tuple[dict[str, Any], int, dict[str, int]]]) -> list[int]:
    """The indexes (in ``got``: goal_rows' goals, grid rows and columns) of the goals whose target cell is one cell
    spanning the grid rows of goals of two years or more, its lines not parted by position; their target, target
    figure and unit set to null. A cell whose lines part by position gives each goal its row's lines."""
    spans: dict[tuple[int, int], list[int]] = {}
    for i, (_goal, grid_row, columns) in enumerate(got):
        c = columns.get("target")
        if c is None:
            continue
        cell = table.cell_at(grid_row, c)
        if cell is not None and cell.row_span > 1:
            spans.setdefault((cell.row, cell.col), []).append(i)
    out: list[int] = []
    for (row, col), members in spans.items():
        if len({got[i][0].get("year") for i in members}) < 2:
            continue
        cell = table.cell_at(row, col)
        parted = split_by_rows(table, cell) if cell is not None else None
        if parted is not None and all(got[i][1] in parted for i in members):
            for i in members:
                goal = got[i][0]
                own = make_goal(None, goal.get("year"), parted[got[i][1]], None, None, None)
                goal.update(
                    target=own["target"], target_value=own["target_value"], target_unit=own["target_unit"]
                )
            continue
        for i in members:
            got[i][0].update(target=None, target_value=None, target_unit=None)
        out.extend(members)
    return sorted(out)


def spanned_finding(table: Table, first: int, goals: list[int]) -> dict[str, Any]:
    """The finding that ``goals`` (indexes in the table's goals, ``first`` the first one's in the record) had their
    target read from one OCR'd cell spanning rows of several years (a rule the scan lost): no target kept."""
    return goals_finding(
        "extract.table_unrecovered",
        "a scanned goal table's target cell spans rows of different years (the rule between them lost to OCR, the "
        "row below printing fewer cells than the table's columns): which words are which year's target is not "
        "shown, so those goals' targets and target figures are left null",
        table.source,
        first,
        goals,
    )
