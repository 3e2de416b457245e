"""Goal rows pdfminer.six's ``pdf2txt.py`` prints one cell a line with the project cell wrapped over lines of its
own (extract/sections/goal_wrapped_project.py): the extra lines join the project only where a target and an actual
holding figures and a printed rate that is the actual over the target prove the cells after it; a row whose year
a scrambled group above leaves unproven, or whose extra line holds a figure, stays unread. Whole families are
measured in tests/test_text_converters.py (PDF2TXT_FLOORS); this pins the rule on small tables and on the
families' real dumps."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.sections.goal_cells_a_line import goal_cells
from pledgecard.extract.sections.goal_wrapped_project import joined_project
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import shared_tools

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"
HEAD = ["연도", "세부사업", "목표", "실적", "달성률", "추진상황"]
BEFORE = ["project", "target", "actual", "rate"]


def _rows(lines: list[str]) -> list[tuple[str | None, int | None, str, str | None]]:
    got = goal_cells(lines)
    return [] if got is None else [(r.project, r.year, r.target, r.actual) for r in got[0]]


def test_a_project_wrapped_over_lines_is_joined_where_the_rate_proves_the_cells() -> None:
    lines = [*HEAD, "2024", "아이돌봄 기반", "구축", "6.0km", "4.1km", "68%", "완료",
             "2023", "아이돌봄", "지원", "사업", "4.5km", "3.7km", "82%", "완료"]
    assert _rows(lines) == [("아이돌봄 기반 구축", 2024, "6.0km", "4.1km"), ("아이돌봄 지원 사업", 2023, "4.5km", "3.7km")]


def test_a_rate_that_is_not_the_actual_over_the_target_leaves_the_row_unread() -> None:
    assert _rows([*HEAD, "2024", "아이돌봄 기반", "구축", "6.0km", "4.1km", "30%", "완료"]) == []


def test_the_shape_the_join_needs() -> None:
    assert joined_project(["청년 기반", "구축", "6.0km", "4.1km", "68%"], BEFORE) == ["청년 기반 구축", "6.0km", "4.1km", "68%"]
    assert joined_project(["청년 기반", "구축", "착공", "4.1km", "68%"], BEFORE) is None  # a target of no figure
    assert joined_project(["청년 기반", "2020", "6.0km", "4.1km", "68%"], BEFORE) is None  # an extra line of a figure
    assert joined_project(["청년", "기반", "조성", "구축", "6.0km", "4.1km", "68%"], BEFORE) is None  # three lines more
    assert joined_project(["청년 기반", "구축", "6.0km", "4.1km", "-"], BEFORE) is None  # no rate printed
    assert joined_project(["청년 기반 구축", "6.0km", "4.1km", "68%"], BEFORE) is None  # nothing wrapped
    assert joined_project(["6.0km", "구축", "4.1km", "68%", "x"], ["target", "actual", "rate", "project"]) is None


def test_a_row_after_a_group_year_that_cut_the_rows_above_is_not_given_that_year() -> None:
    # no year column: year lines group the rows; the 2019 group's cells printed after the 2020 line (boxes of
    # their own), the row read after it could be 2019's: left unread, not dated 2020
    head = ["주요사업", "목표", "실적", "달성률", "추진상황", "추진내용"]
    lines = [*head, "2019년", "해양레저 지원", "사업", "2020년", "해양레저 지원", "사업", "공정률 80%", "공정률 72%",
             "90%", "완료", "캠핑장 운영"]
    assert _rows(lines) == []


def test_a_year_cell_amid_the_cells_is_never_joined_into_the_project() -> None:
    # the next row's year printed amid this row's cells (a year column printed as a run): its year unproven
    assert joined_project(["2025", "수소산업 인", "재양성", "3.6km", "3.5km", "97.2%"], BEFORE) is None


@pytest.mark.parametrize("name", ["mulbit-city", "soseul-county", "solmae-county"])
def test_family_pdf2txt_dumps_read_wrapped_projects_and_no_figure_wrong(name: str, tmp_path: Path) -> None:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    sc, wf = shared_tools()
    matched, wrong = 0, []
    for src in sorted((FAMILIES / name).glob("*-pdf.pdf")):
        out = tmp_path / f"{src.stem}-pdf2txt.txt"
        out.write_text(extract_text(str(src), laparams=LAParams()), encoding="utf-8")
        for exp, rec in zip(load_records(src.with_name(src.stem + ".expected.json")), extract_file(out), strict=True):
            wrong += [n for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e]
            wrong += wrong_goal_figures(exp, rec)
            tally = sc.Tally()
            pairs = tally.listf1("goals", "goals", exp.get("goals"), rec.get("goals"), key=lambda x: x.get("target"),
                                 threshold=0.8)
            matched += sum(1 for i, j in pairs if (exp["goals"][i].get("project"), exp["goals"][i].get("year"))
                           == (rec["goals"][j].get("project"), rec["goals"][j].get("year")))
    assert wrong == []
    assert matched > 0
