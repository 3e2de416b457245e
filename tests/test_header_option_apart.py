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
    [grid] = option_heads_apart(
        [_label(), _table(["Ⅳ-⑦-89", "청년 일자리 사업", "경제정책과", *marks, "35"])]
    )
    assert isinstance(grid, Table)
    pairs, rows = option_grid_pairs(grid)
    got = {f: v for f, v, _ in pairs}
    assert got["status"].replace(" ", "") == HEADS[3 + ticked].replace(" ", "")
    assert (got["mgmt_no"], got["title"], got["lead_dept"]) == ("Ⅳ-⑦-89", "청년 일자리 사업", "경제정책과")
    assert rows == {0, 1, 2}
    assert any(c.text == "담당자" and c.row == 3 for c in grid.cells)  # the rows below moved down, kept


@pytest.mark.parametrize(
    "marks",
    [
        ["해당됨", "해당됨", "해당안됨", "해당안됨"],  # two ticked: no one status
        ["해당안됨"] * 4,  # none ticked
        ["해당안됨", "해당됨", "12", "해당안됨"],  # a figure amid the marks
    ],
)
def test_no_one_ticked_option_leaves_the_items_as_they_were(marks: list[str]) -> None:
    items = [_label(), _table(["Ⅳ-⑦-89", "청년 일자리 사업", "경제정책과", *marks, "35"])]
    assert option_heads_apart(items) == items


def test_a_line_naming_no_status_takes_no_table() -> None:
    items = [
        Line(text="공약사업 현황", marker=None, indent=0, source=Source()),
        _table(
            ["Ⅳ-⑦-89", "청년 일자리 사업", "경제정책과", "해당안됨", "해당됨", "해당안됨", "해당안됨", "35"]
        ),
    ]
    assert option_heads_apart(items) == items


def test_the_layout_dump_reads_the_header_of_its_pledge_list_row() -> None:
    [exp] = load_records(OREUM.with_name(OREUM.name[:-4] + ".expected.json"))
    [got] = extract_file(OREUM)
    for k in ("title", "mgmt_no", "lead_dept", "status", "status_code"):
        assert (got["header"][k] or "").replace(" ", "") == exp["header"][k].replace(" ", ""), k


def _line(text: str) -> Line:
    return Line(text=text, marker=None, indent=0, source=Source())


HEAD_LINE = "관리번호 공약사업명 소관부서 이행후 계속추 진 완료 정상 일부 진행률 (%)"


@pytest.mark.parametrize("ticked", range(4))
def test_the_head_block_kept_as_text_lines_is_read_as_the_grid(ticked: int) -> None:
    """The head block not placed in columns: its rows as lines, the wrapped cells' pieces a space apart
    (``이행후 계속추 진``, ``해당안 됨``, ``진행률 (%)``)."""
    marks = ["해당안 됨"] * 4
    marks[ticked] = "해당됨"
    values = _line(" ".join(["Ⅱ-⑨-67 오름구 대중교통 조기 착공 교통정책과", *marks, "45"]))
    [grid] = option_heads_apart([_label(), _line(HEAD_LINE), values])
    assert isinstance(grid, Table)
    got = {f: v for f, v, _ in option_grid_pairs(grid)[0]}
    assert got["status"].replace(" ", "") == HEADS[3 + ticked].replace(" ", "")
    assert (got["mgmt_no"], got["title"], got["lead_dept"]) == (
        "Ⅱ-⑨-67",
        "오름구 대중교통 조기 착공",
        "교통정책과",
    )


@pytest.mark.parametrize(
    "values",
    [
        "Ⅱ-⑨-67 오름구 대중교통 조기 착공 교통정책과 해당됨 해당 됨 해당안 됨 해당안 됨 45",  # two ticked
        "Ⅱ-⑨-67 오름구 대중교통 조기 착공 교통정책과 해당안 됨 해당안 됨 해당됨 45",  # three marks, four options
        "Ⅱ-⑨-67 오름구 대중교통 조기 착공 교통정책과 해당안 됨 해당안 됨 해당됨 해당안 됨 45 12",  # two values, one head
    ],
)
def test_lines_that_do_not_fit_the_grid_stay(values: str) -> None:
    items = [_label(), _line(HEAD_LINE), _line(values)]
    assert option_heads_apart(items) == items


@pytest.mark.parametrize("name", ["oreum-district-92002-layout.txt", "oreum-district-92001-body-layout.txt"])
def test_the_dumps_whose_head_block_is_text_read_their_header(name: str) -> None:
    path = next((REPO / "samples" / "layout").rglob(name))
    [exp] = load_records(path.with_name(path.name[:-4] + ".expected.json"))
    [got] = extract_file(path)
    for k in ("title", "mgmt_no", "lead_dept", "status", "status_code"):
        assert (got["header"][k] or "").replace(" ", "") == exp["header"][k].replace(" ", ""), k
