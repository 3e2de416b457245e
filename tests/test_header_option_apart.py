"""A pledge list's row whose status label a layout dump printed on a line of its own above the table
(session 27; oreum-district 92001 layout 0.963 -> 1.000): the table's head row holds the other labels with the
status options among them, the row under it the values with a ticked / unticked word under each option. The
label and the table are read back into the card's grid; anything else stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.header_option_apart import option_heads_apart
from pledgecard.extract.sections.header_option_grid import option_grid_pairs
from pledgecard.scoring import load_records

REPO = Path(__file__).resolve().parents[1]
OREUM = REPO / "samples" / "layout" / "families" / "oreum-district-92001-layout.txt"

HEADS = ["관리번호", "공약사업명", "소관부서", "이행후 계속추 진", "완료", "정상", "일부", "진행률 (%)"]


def _table(values: list[str]) -> Table:
    cells = [Cell(0, k, t) for k, t in enumerate(HEADS)] + [Cell(1, k, t) for k, t in enumerate(values)]
    cells += [Cell(2, 0, "담당자"), Cell(2, 1, "홍길동")]
    return Table(cells=cells, n_rows=3, n_cols=len(HEADS))


def _label() -> Line:
    return Line(text="추진상황", marker=None, indent=0, source=Source(line_start=4, line_end=4))


@pytest.mark.parametrize("ticked", range(4))
def test_the_status_is_the_option_over_the_ticked_word(ticked: int) -> None:
    marks = ["해당안 됨"] * 4
    marks[ticked] = "해당됨"
    [grid] = option_heads_apart([_label(), _table(["Ⅳ-⑦-89", "청년 일자리 사업", "경제정책과", *marks, "35"])])
    assert isinstance(grid, Table)
    pairs, rows = option_grid_pairs(grid)
    got = {f: v for f, v, _ in pairs}
    assert got["status"].replace(" ", "") == HEADS[3 + ticked].replace(" ", "")
    assert (got["mgmt_no"], got["title"], got["lead_dept"]) == ("Ⅳ-⑦-89", "청년 일자리 사업", "경제정책과")
    assert rows == {0, 1, 2}
    assert any(c.text == "담당자" and c.row == 3 for c in grid.cells)  # the rows below moved down, kept


@pytest.mark.parametrize("marks", [
    ["해당됨", "해당됨", "해당안됨", "해당안됨"],  # two ticked: no one status
    ["해당안됨"] * 4,  # none ticked
    ["해당안됨", "해당됨", "12", "해당안됨"],  # a figure amid the marks
])
def test_no_one_ticked_option_leaves_the_items_as_they_were(marks: list[str]) -> None:
    items = [_label(), _table(["Ⅳ-⑦-89", "청년 일자리 사업", "경제정책과", *marks, "35"])]
    assert option_heads_apart(items) == items


def test_a_line_naming_no_status_takes_no_table() -> None:
    items = [Line(text="공약사업 현황", marker=None, indent=0, source=Source()),
             _table(["Ⅳ-⑦-89", "청년 일자리 사업", "경제정책과", "해당안됨", "해당됨", "해당안됨", "해당안됨", "35"])]
    assert option_heads_apart(items) == items


def test_the_layout_dump_reads_the_header_of_its_pledge_list_row() -> None:
    [exp] = load_records(OREUM.with_name(OREUM.name[:-4] + ".expected.json"))
    [got] = extract_file(OREUM)
    for k in ("title", "mgmt_no", "lead_dept", "status", "status_code"):
        assert (got["header"][k] or "").replace(" ", "") == exp["header"][k].replace(" ", ""), k
