"""Session 37, helper mendprev: conservative readings the last reviews left, each pinned on a text dump written here
(read through ``pledgecard.extract_file``) and on small unit inputs.

1. A goal table whose every year is printed by its year-end period alone (``'24 4분기 | '25 4분기``, ``'24 하반기 |
   '25 하반기``) gives each year's target and actual as printed (goal_year_periods ``year_ends_alone``): a year-end's
   figure is the year's. A year's lone period that is not its end (``'24 2분기 | '25 2분기``), or a table with a year
   over two periods beside a year-end alone (``'24 3분기 | '24 4분기 | '25 4분기``, no running-total word), still
   gives the year's goal null with ``extract.periods_unproven``.
2. ``sparse_row_unpadded`` squeezes the empty cells of a one-row table only where they cannot be columns: the row
   prints words alone (a head, a label), or the printed cells' display columns leave no room for the empty ones
   between them. A one-row table printing a figure whose blanks have room keeps each cell in its column (a figure
   never moves left into another column's field).
3. A header's value row printed under its labels on one line (``공약명 추진부서 담당자 실천목표`` over ``청년 창업
   지원센터 일자리정책과 김하늘 단계별 추진``) whose title's end and department's start nothing printed shows (no gap,
   no cell edge, no label): the title and the department are null with ``extract.cut_unproven`` and the row kept
   unplaced, never cut at the longest department name (header_value_rows ``_body_whole``); the other fields read.
   Not reproduced: a role word inside brackets (``(주관)``, ``[협조]``) splitting a department: every such value
   tried (a line, a table's cell) is read whole as printed, pinned below as it stands.
4. The department-role split (``주관 : 교통행정과 / 협조 : …``) of the header table's cells and of the pairs put into
   the header is one function (header_value_kinds ``role_pairs``), read alike from a line and from a table.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from pledgecard import extract_file
from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.goal_across import goals_across
from pledgecard.extract.sections.goal_year_periods import year_ends_alone, year_periods
from pledgecard.extract.sections.header_value_kinds import role_pairs
from pledgecard.extract.sections.sparse_row_tables import sparse_row_unpadded
from pledgecard.pipeline import card_results

from conftest import shared_score, wrong_figure_count

# -- 1. a year printed by its year-end period alone ---------------------------------------------------------------

CARD = """시장 공약사업 관리카드

공약명 청년 주거 지원 확대          관리번호 3-7

주관부서 주택정책과          담당자 김하늘          연락처 031-123-4567

1. 사업개요

○ 사업기간 : 2023년 ~ 2026년

○ 주요내용 : 청년 임대주택 공급

2. 목표 달성

성과지표            구분      {a}      {b}
공공임대주택(호)    목표            60            100
공공임대주택(호)    실적            58             72

3. 추진실적

○ 입주자 모집 공고 : 2024. 5.
"""


def _dump(tmp_path: Path, a: str, b: str) -> Path:
    path = tmp_path / "card.txt"
    path.write_text(CARD.format(a=a, b=b), encoding="utf-8")
    return path


def _goals(record: dict[str, Any]) -> list[tuple[int, Any, Any]]:
    return [(g["year"], g["target_value"], g["actual_value"]) for g in record["goals"]]


def _unproven(path: Path) -> list[int]:
    [(card, _)] = card_results(read_path(path), str(path))
    return sorted(f["observed"]["year"] for f in card.findings if f["code"] == "extract.periods_unproven")


def _scored(record: dict[str, Any], truth: list[tuple[int, int, int]]) -> tuple[float, int]:
    """The shared scorer's score and the wrong-figure count of ``record`` against itself with its goals' figures
    made the printed truth (``truth``: year, target, actual)."""
    exp = copy.deepcopy(record)
    for g, (year, target, actual) in zip(exp["goals"], truth, strict=True):
        assert g["year"] == year
        g["target_value"], g["actual_value"] = target, actual
    return shared_score(exp, record), wrong_figure_count(exp, record)


def test_year_end_quarters_alone_are_the_years_figures(tmp_path: Path) -> None:
    path = _dump(tmp_path, "'24 4분기", "'25 4분기")
    [rec] = extract_file(path)
    # before: [(2024, None, None), (2025, None, None)] with two extract.periods_unproven
    assert _goals(rec) == [(2024, 60, 58), (2025, 100, 72)]
    assert _unproven(path) == []
    assert _scored(rec, [(2024, 60, 58), (2025, 100, 72)]) == (1.0, 0)


def test_year_end_halves_alone_are_the_years_figures(tmp_path: Path) -> None:
    path = _dump(tmp_path, "'24 하반기", "'25 하반기")
    [rec] = extract_file(path)
    assert _goals(rec) == [(2024, 60, 58), (2025, 100, 72)]
    assert _unproven(path) == []


def test_a_lone_period_short_of_the_years_end_keeps_the_finding(tmp_path: Path) -> None:
    path = _dump(tmp_path, "'24 2분기", "'25 2분기")
    [rec] = extract_file(path)
    assert _goals(rec) == [(2024, None, None), (2025, None, None)]
    assert _unproven(path) == [2024, 2025]
    # a silent figure would be wrong here: the year's own figure is not printed
    exp = copy.deepcopy(rec)
    assert wrong_figure_count(exp, rec) == 0


def test_year_ends_alone_is_told_from_the_periods_not_their_words() -> None:
    def periods(heads: list[str]) -> dict[int, tuple[list[int], bool]] | None:
        years = {
            2 + k: 2000 + int(h[1:3]) for k, h in enumerate(heads)
        }  # the head row: each year over its period
        grid = [
            ["지표", "구분", *(f"{y}년" for y in years.values())],
            ["", "", *(h[4:] for h in heads)],
            ["a", "목표", *("1" for _ in heads)],
        ]
        return year_periods(grid, 0, years)

    assert year_ends_alone(periods(["'24 4분기", "'25 4분기"]))
    assert year_ends_alone(periods(["'24 하반기", "'25 4분기"]))
    assert not year_ends_alone(periods(["'24 2분기", "'25 2분기"]))  # not the years' ends
    assert not year_ends_alone(periods(["'24 4분기", "'25 2분기"]))  # one year's lone period short of its end
    assert not year_ends_alone(periods(["'24 3분기", "'24 4분기", "'25 4분기"]))  # a year over two periods
    assert not year_ends_alone(None) and not year_ends_alone({})


def test_a_year_over_two_periods_beside_a_year_end_alone_proves_none() -> None:
    grid = [
        ["성과지표", "구분", "'24 3분기", "'24 4분기", "'25 4분기"],
        ["참여자(명)", "목표", "30", "40", "50"],
        ["참여자(명)", "실적", "28", "41", "45"],
    ]
    got = goals_across(grid)
    assert got is not None
    # per-period figures may be each quarter's own (2024's two quarters say so): '25 4분기 is no year's figure
    assert [(g.year, g.target, g.actual, g.unproven) for g in got] == [
        (2024, "", None, True),
        (2025, "", None, True),
    ]
    alone = goals_across(
        [
            grid[0][:2] + ["'24 4분기", "'25 4분기"],
            ["참여자(명)", "목표", "40", "50"],
            ["참여자(명)", "실적", "41", "45"],
        ]
    )
    assert [(g.year, g.target, g.actual, g.unproven) for g in alone or []] == [
        (2024, "40", "41", False),
        (2025, "50", "45", False),
    ]


# -- 2. a one-row table's blanks kept where they can be columns ----------------------------------------------------


def _row(cells: list[tuple[str, tuple[int, int] | None]]) -> Table:
    return Table(
        cells=[Cell(row=0, col=k, text=t, source=Source(columns=at)) for k, (t, at) in enumerate(cells)],
        n_rows=1,
        n_cols=len(cells),
    )


def test_a_one_row_figure_row_keeps_its_blank_columns_in_place() -> None:
    # 실적 at the left, 12 under the fourth column 40 display columns right: room for three empty columns between
    row = _row(
        [("실적", (0, 4)), ("", None), ("", None), ("", None), ("12", (40, 42)), ("", None), ("", None)]
    )
    assert sparse_row_unpadded(row) is row  # before: [['실적', '12']], 12 moved to the second column
    # a figure alone far right with room before it: stays, never the line '12' nor a first-column figure
    lone = _row([("", None), ("", None), ("", None), ("7", (30, 31)), ("", None)])
    assert sparse_row_unpadded(lone) is lone


def test_a_one_row_figure_row_whose_blanks_have_no_room_is_its_printed_cells() -> None:
    # three empty columns between cells two display columns apart: no column stands there, the grid's padding
    row = _row([("실적", (0, 4)), ("", None), ("", None), ("", None), ("12", (6, 8)), ("", None), ("", None)])
    got = sparse_row_unpadded(row)
    assert isinstance(got, Table) and got.grid() == [["실적", "12"]]


def test_a_one_row_head_of_words_is_still_its_printed_cells() -> None:
    # the yeoreum-city 50015 head (hwp5html): words alone, squeezed as before whatever the room
    head = _row(
        [
            ("구분", (6, 10)),
            ("추진일자", (27, 35)),
            *[("", None)] * 17,
            ("추진내용", (71, 79)),
            ("비고", (84, 88)),
        ]
    )
    got = sparse_row_unpadded(head)
    assert isinstance(got, Table) and got.grid() == [["구분", "추진일자", "추진내용", "비고"]]
    label = sparse_row_unpadded(_row([*[("", None)] * 18, ("세부 추진실적", (65, 78)), ("", None)]))
    assert isinstance(label, Line) and label.text == "세부 추진실적"


# -- 4. one department-role split for the header table's cells and the pairs put into the header ------------------


def test_role_pairs_is_the_one_department_role_split(tmp_path: Path) -> None:
    assert role_pairs("lead_dept", "주관 : 교통행정과 / 협조 : 도로과, 건설과") == [
        ("lead_dept", "교통행정과"),
        ("coop_depts", "도로과, 건설과"),
    ]
    assert role_pairs("lead_dept", "교통행정과/도로과") == [
        ("lead_dept", "교통행정과/도로과")
    ]  # a value's own mark
    assert role_pairs("title", "주관 : 교통행정과") == [("title", "주관 : 교통행정과")]  # no department field
    head = "공약명 청년 주거 지원 확대          관리번호 3-7\n\n"
    for dept in (
        "추진부서 주관 : 교통행정과 / 협조 : 도로과, 건설과          담당자 김하늘",  # a line's pairs
        "| 추진부서 | 주관 : 교통행정과 / 협조 : 도로과, 건설과 | 담당자 | 김하늘 |",
    ):  # a table's cells
        path = tmp_path / "header.txt"
        path.write_text(
            CARD.replace(
                "공약명 청년 주거 지원 확대          관리번호 3-7\n\n주관부서 주택정책과          담당자 김하늘"
                "          연락처 031-123-4567",
                head + dept,
            ).format(a="2024년", b="2025년"),
            encoding="utf-8",
        )
        [rec] = extract_file(path)
        assert (rec["header"]["lead_dept"], rec["header"]["coop_depts"]) == (
            "교통행정과",
            ["도로과", "건설과"],
        )


# -- 3. a title / department cut nothing printed proves --------------------------------------------------------------

HEADER_CARD = """시장 공약사업 관리카드

{labels}
{values}

1. 사업개요

○ 사업기간 : 2023년 ~ 2026년

○ 주요내용 : 청년 창업 공간 조성
"""


def _header(tmp_path: Path, labels: str, values: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    path = tmp_path / "header-row.txt"
    path.write_text(HEADER_CARD.format(labels=labels, values=values), encoding="utf-8")
    [(card, _)] = card_results(read_path(path), str(path))
    return card.record, [f for f in card.findings if f["code"] == "extract.cut_unproven"]


def test_a_title_ending_in_a_bodys_word_is_not_cut_by_the_longest_department(tmp_path: Path) -> None:
    rec, found = _header(
        tmp_path, "공약명 추진부서 담당자 실천목표", "청년 창업 지원센터 일자리정책과 김하늘 단계별 추진"
    )
    h = rec["header"]
    # before: title '청년 창업', lead_dept '지원센터 일자리정책과' (the longest department run), no finding
    assert (h["title"], h["lead_dept"]) == (None, None)
    assert (h["contact_name"], h["target"]) == ("김하늘", "단계별 추진")
    assert [(f["location"], f["observed"]["fields"]) for f in found] == [
        ("header.title", ["title", "lead_dept"])
    ]
    assert found[0]["source_location"] == "line 4"  # the value row
    assert any("청년 창업 지원센터 일자리정책과" in u["text"] for u in rec["unparsed"])  # the words kept


def test_a_department_of_a_body_after_a_title_is_no_proven_cut(tmp_path: Path) -> None:
    # mutant 4539's shape: 농업기술센터 either the title's last word or the department's first
    rec, found = _header(
        tmp_path,
        "공약명 추진부서 실천목표 추진상황",
        "친환경농업 창업 지원 확대 농업기술센터 기술보급과 단계별 추진 정상추진",
    )
    h = rec["header"]
    assert (h["title"], h["lead_dept"], h["target"], h["status"]) == (None, None, "단계별 추진", "정상추진")
    assert len(found) == 1


def test_a_cut_the_typed_fields_prove_is_read(tmp_path: Path) -> None:
    # the management number between the title and the department: where each ends is printed
    rec, found = _header(
        tmp_path, "공약명 관리번호 추진부서 담당자", "청년 창업 지원 3-7 일자리정책과 김하늘"
    )
    h = rec["header"]
    assert (h["title"], h["mgmt_no"], h["lead_dept"], h["contact_name"]) == (
        "청년 창업 지원",
        "3-7",
        "일자리정책과",
        "김하늘",
    )
    assert found == []


def test_a_role_word_in_brackets_keeps_the_department_whole(tmp_path: Path) -> None:
    head = "공약명 청년 주거 지원 확대          관리번호 3-7\n\n"
    for dept, printed, coop in (
        (
            "추진부서 교통행정과(주관), 도로과(협조)          담당자 김하늘",
            "교통행정과(주관), 도로과(협조)",
            [],
        ),
        # a cell opening with a bracketed role word is split by its role words (header_sub_labels, session 37 famgen)
        ("| 추진부서 | [주관] 교통행정과 / [협조] 도로과 | 담당자 | 김하늘 |", "교통행정과", ["도로과"]),
    ):
        path = tmp_path / "bracket.txt"
        path.write_text(
            CARD.replace(
                "공약명 청년 주거 지원 확대          관리번호 3-7\n\n주관부서 주택정책과          담당자 김하늘"
                "          연락처 031-123-4567",
                head + dept,
            ).format(a="2024년", b="2025년"),
            encoding="utf-8",
        )
        [rec] = extract_file(path)
        assert (rec["header"]["lead_dept"], rec["header"]["coop_depts"]) == (printed, coop)
