"""Layout dumps (``pdftotext -layout``) of a funding table by sub-project (session 27; gaji-county 91001
layout 0.921 -> 1.000, body-layout 0.850 -> 0.928): the sub-project's name, a cell of the column left of
the source labels centred on its rows, wrapped onto two lines between two source rows with no blank line
between them, its first line running a little under the label column (``pdftotext -layout`` sets each
line on its own). The two source rows stay rows of their own, the name one cell beside them; a line
holding a figure or reaching the rows' second cell is never such a cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers.text_col_pieces import all_rows
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.scoring import load_records

from conftest import shared_tools

REPO = Path(__file__).resolve().parents[1]
GAJI = REPO / "samples" / "layout" / "families" / "gaji-county-91001-layout.txt"


def _lines(text_: str) -> list:
    return [to_tline(k, 1, raw) for k, raw in enumerate(text_.split("\n"), start=1)]


BY_PROJECT = """\
      세부사업          재원별     총사업비        2024년          2025년

                    소계            7,310       3,100          4,210

                    시비            2,400       1,000          1,400
청년 창업 지원센터 건립 및 운
       영
                    구비            4,910       2,100          2,810"""


def _rows(block: str, wide: bool) -> list[list[tuple[str, int]]]:
    return [[(c.text("").replace(" ", ""), c.rows) for c in r.cells] for r in all_rows(_lines(block), wide)]


@pytest.mark.parametrize("wide", [True, False])
def test_a_wrapped_name_between_two_source_rows_is_one_cell_beside_them(wide: bool) -> None:
    rows = _rows(BY_PROJECT, wide)
    assert len(rows) == 4
    assert rows[2] == [
        ("청년창업지원센터건립및운영", 2),
        ("시비", 1),
        ("2,400", 1),
        ("1,000", 1),
        ("1,400", 1),
    ]
    assert rows[3] == [("구비", 1), ("4,910", 1), ("2,100", 1), ("2,810", 1)]


@pytest.mark.parametrize("wide", [True, False])
def test_a_line_reaching_the_rows_figures_is_no_cell_beside_them(wide: bool) -> None:
    """The wrapped line run out under the rows' amounts, or holding a figure: the lines stay one row
    (left as found), the name never a cell beside two rows."""
    for line in ("청년 창업 지원센터 건립 및 운영 지원 사업 추진 계획", "청년 창업 지원센터 2동 건립"):
        rows = _rows(BY_PROJECT.replace("청년 창업 지원센터 건립 및 운", line), wide)
        assert len(rows) == 3, line


def test_the_sub_project_funding_dump_reads_every_total_row_and_no_wrong_figure() -> None:
    [exp] = load_records(GAJI.with_name(GAJI.name[:-4] + ".expected.json"))
    [got] = extract_file(GAJI)
    _, wf = shared_tools()
    figs = [f for f in wf.figures(exp, got) if f[0] == "funding"]
    assert len(figs) == 24
    assert [f for f in figs if f[3] != f[2]] == []
