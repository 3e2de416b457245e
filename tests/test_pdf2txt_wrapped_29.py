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
    lines = [
        *HEAD,
        "2024",
        "아이돌봄 기반",
        "구축",
        "공정률 60%",
        "공정률 41%",
        "68%",
        "완료",
        "2023",
        "아이돌봄",
        "지원",
        "사업",
        "공정률 45%",
        "공정률 37%",
        "82%",
        "완료",
    ]
    assert _rows(lines) == [
        ("아이돌봄 기반 구축", 2024, "공정률 60%", "공정률 41%"),
        ("아이돌봄 지원 사업", 2023, "공정률 45%", "공정률 37%"),
    ]


def test_a_rate_that_is_not_the_actual_over_the_target_leaves_the_row_unread() -> None:
    assert _rows([*HEAD, "2024", "아이돌봄 기반", "구축", "공정률 60%", "공정률 41%", "30%", "완료"]) == []


def test_the_shape_the_join_needs() -> None:
    assert joined_project(["청년 기반", "구축", "공정률 60%", "공정률 41%", "68%"], BEFORE) == [
        "청년 기반 구축",
        "공정률 60%",
        "공정률 41%",
        "68%",
    ]
    assert (
        joined_project(["청년 기반", "구축", "6.0km", "4.1km", "68%"], BEFORE) is None
    )  # a bare figure: `구축 6.0km`?
    assert (
        joined_project(["청년 기반", "구축", "착공", "4.1km", "68%"], BEFORE) is None
    )  # a target of no figure
    assert (
        joined_project(["청년 기반", "2020", "6.0km", "4.1km", "68%"], BEFORE) is None
    )  # an extra line of a figure
    assert (
        joined_project(["청년", "기반", "조성", "구축", "6.0km", "4.1km", "68%"], BEFORE) is None
    )  # three lines more
    assert joined_project(["청년 기반", "구축", "6.0km", "4.1km", "-"], BEFORE) is None  # no rate printed
    assert joined_project(["청년 기반 구축", "6.0km", "4.1km", "68%"], BEFORE) is None  # nothing wrapped
    assert (
        joined_project(["6.0km", "구축", "4.1km", "68%", "x"], ["target", "actual", "rate", "project"])
        is None
    )


def test_a_row_after_a_group_year_that_cut_the_rows_above_is_not_given_that_year() -> None:
    # no year column: year lines group the rows; the 2019 group's cells printed after the 2020 line (boxes of
    # their own), the row read after it could be 2019's: left unread, not dated 2020
    head = ["주요사업", "목표", "실적", "달성률", "추진상황", "추진내용"]
    lines = [
        *head,
        "2019년",
        "해양레저 지원",
        "사업",
        "2020년",
        "해양레저 지원",
        "사업",
        "공정률 80%",
        "공정률 72%",
        "90%",
        "완료",
        "캠핑장 운영",
    ]
    assert _rows(lines) == []


def test_a_year_cell_amid_the_cells_is_never_joined_into_the_project() -> None:
    # the next row's year printed amid this row's cells (a year column printed as a run): its year unproven
    assert joined_project(["2025", "수소산업 인", "재양성", "3.6km", "3.5km", "97.2%"], BEFORE) is None


# families whose only wrapped project cells sit over bare-figure targets (``아이돌봄 기반`` / ``구축`` / ``6.0km``):
# ``구축`` may as well be the target's first line, so those rows stay unread (the review's F2, mendpdf)
PROOFLESS_WRAPS = {"mulbit-city", "solmae-county", "gochim-county"}


@pytest.mark.parametrize(
    "name", ["mulbit-city", "soseul-county", "solmae-county", "hanul-special", "gochim-county"]
)
def test_family_pdf2txt_dumps_read_wrapped_projects_and_no_figure_wrong(name: str, tmp_path: Path) -> None:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    sc, wf = shared_tools()
    matched, wrong, mislabelled = 0, [], []
    for src in sorted((FAMILIES / name).glob("*-pdf.pdf")):
        out = tmp_path / f"{src.stem}-pdf2txt.txt"
        out.write_text(extract_text(str(src), laparams=LAParams()), encoding="utf-8")
        for exp, rec in zip(
            load_records(src.with_name(src.stem + ".expected.json")), extract_file(out), strict=True
        ):
            wrong += [n for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e]
            wrong += wrong_goal_figures(exp, rec)
            tally = sc.Tally()
            pairs = tally.listf1(
                "goals",
                "goals",
                exp.get("goals"),
                rec.get("goals"),
                key=lambda x: x.get("target"),
                threshold=0.8,
            )
            matched += sum(
                1
                for i, j in pairs
                if (sc.norm(exp["goals"][i].get("project")), exp["goals"][i].get("year"))
                == (sc.norm(rec["goals"][j].get("project")), rec["goals"][j].get("year"))
            )
            mislabelled += [
                (i, j)
                for i, j in pairs
                if sc.norm(exp["goals"][i].get("project")) != sc.norm(rec["goals"][j].get("project"))
                and rec["goals"][j].get("project") is not None
            ]
    assert wrong == []
    assert mislabelled == []  # a wrapped line joined into a project only where proven (else the row unread)
    assert matched > 0 or name in PROOFLESS_WRAPS


# the status column printed as a run after the rows (extract/sections/goal_status_runs.py): hanul-special's dump
RUN_HEAD = ["세부사업", "목표", "실적", "추진상황", "추진내용"]
RUN_ROWS = [
    "2023년도",
    "도시숲 인재양성",
    "기본계획 수립",
    "운영 완료",
    "2024년도",
    "도시숲 인재양성",
    "도시숲 프로그램 운영(30회)",
    "15회",
]


def _full(lines: list[str]) -> list[tuple[str | None, int | None, str, str | None, str, str | None]]:
    got = goal_cells(lines)
    return (
        [] if got is None else [(r.project, r.year, r.target, r.actual, r.status, r.detail) for r in got[0]]
    )


def test_a_status_column_printed_after_the_rows_goes_back_row_by_row() -> None:
    got = _full([*RUN_HEAD, *RUN_ROWS, "완료", "추진중", "시민활동가 지원", "전문인력 양성"])
    assert got == [
        ("도시숲 인재양성", 2023, "기본계획 수립", "운영 완료", "완료", "시민활동가 지원"),
        ("도시숲 인재양성", 2024, "도시숲 프로그램 운영(30회)", "15회", "추진중", "전문인력 양성"),
    ]


def test_details_not_one_a_row_are_no_rows_but_the_statuses_still_pair() -> None:
    got = _full(
        [*RUN_HEAD, *RUN_ROWS, "완료", "추진중", "시민활동가 지원"]
    )  # one detail for two rows: spanning
    assert [(g[1], g[4], g[5]) for g in got] == [(2023, "완료", None), (2024, "추진중", None)]
    wrapped = _full([*RUN_HEAD, *RUN_ROWS, "완료", "추진중", "시민활동가", "지원", "전문인력", "양성"])
    assert [(g[1], g[4], g[5]) for g in wrapped] == [(2023, "완료", None), (2024, "추진중", None)]


def test_runs_whose_counts_do_not_prove_the_pairing_are_left_unread() -> None:
    # as printed, the first status ends the last row: that row alone is read, the rows above stay unread
    as_printed = [("도시숲 인재양성", 2024, "도시숲 프로그램 운영(30회)", "15회", "완료", None)]
    assert _full([*RUN_HEAD, *RUN_ROWS, "완료"]) == as_printed  # one status for two rows
    assert _full([*RUN_HEAD, *RUN_ROWS, "완료", "추진중", "미착수"]) == as_printed  # more statuses than rows
    short = ["2023년도", "도시숲 인재양성", "기본계획 수립", *RUN_ROWS[4:]]  # a row a cell short: not proven
    assert _full([*RUN_HEAD, *short, "완료", "추진중"]) == as_printed


def test_a_year_column_printed_as_a_run_goes_back_a_year_a_row_where_the_rows_count_as_many() -> None:
    # gochim-county's dump: both years first, then the rows up to their statuses, the second under the first's
    # project (a cell spanning both rows), the first's project wrapped over two lines
    lines = [
        *HEAD,
        "추진내용",
        "2024",
        "2025",
        "수소산업 인재양성",
        "3.6km",
        "3.5km",
        "97.2%",
        "완료",
        "공정률 70%",
        "-",
        "-",
        "미착수",
    ]
    assert [g[:5] for g in _full(lines)] == [
        ("수소산업 인재양성", 2024, "3.6km", "3.5km", "완료"),
        ("수소산업 인재양성", 2025, "공정률 70%", None, "미착수"),
    ]
    assert _full(lines[:-4]) == []  # two years, one row: not proven
    three = [*HEAD, "추진내용", "2024", "2025", "2026", *lines[9:]]  # three years, two rows: not proven
    assert _full(three) == []


def test_a_target_not_opening_with_its_figure_is_never_cut_from_a_project_wrapped_beside_it() -> None:
    # bitna-district's dump: the project and target cells, both wrapped, printed in one box line by line
    assert (
        joined_project(["청년 일자리", "청년 일자리 협약", "지원사업", "체결(25건)", "20건", "80%"], BEFORE)
        is None
    )
    # both cells opening with the measure's word: whole cells
    assert joined_project(["반도체 소재", "지원사업", "공정률 70%", "공정률 53%", "76%"], BEFORE) == [
        "반도체 소재 지원사업",
        "공정률 70%",
        "공정률 53%",
        "76%",
    ]
    assert joined_project(["반도체 소재", "지원사업", "공정률 70%", "53%", "76%"], BEFORE) is None
