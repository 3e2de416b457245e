"""Session 41 (helper txtgoals3): goal rows of plain text dumps of mutated and crossbred cards (issue 11, text dumps),
and goal lines in two shapes. Classes fixed, each a rule of shape or content kind (no word of a sample):

- A figure with its unit names no project (``goal_figure_projects``, ``goal_spaced_rows._fits``): a card marking its
  revised target struck through prints the superseded figure before the one in force (``90호 122호 공급``), a dump
  keeping no strikeout; on a row under a merged project cell the row readers took the struck figure for the row's
  project (mutant 4501: project ``90호``, mutant 4514: ``59호``, silent wrong projects). Both figures now go to the
  target cell: the row's 달성률 proves the one in force (spaced rows: a rate fitting exactly one of two figures opening
  the target; the revised-target reader), else the target's value is null with the revised-target reader's finding.
- A goal cell a page break cut in a table printed a cell a line (``goal_cell_line_pieces``): the piece at the next
  page's top printed as a row of empty cells but one (`` 기업 지원(25개)  ``: the column right before the status)
  joins the cell above the row's status where a page cut lies between and the cut cell ends no target (crossbreed
  6501: target ``문화관광`` + 추진내용 ``기업 지원(25개)`` -> the target whole, the merged 추진내용 kept).
- Years across, cells one space apart (``goal_value_cells.in_a_bounded_twin_run``): a stretch of a row's run between
  two proven cell ends falling into value-opened cells all alike but for their figures is split so, as a run of such
  cells alone already was (crossbreed 6528 ``공정률 80% 214호 공급 155호 공급``: 0 of 3 goals -> 3).
- Goal lines (``goal_lines``): bare labels parted by a comma (``목표 62호 공급, 실적 38호(추진중)``, a thousands comma
  parting nothing) and a third labelled part (``/ 추진상황: 추진중``: a status word after the status column's label)
  read; dasol-province 102002 drawn so, txt / pdf 0.914 -> 0.988 (comma) and 0.976 -> 0.988 (third part), 0 wrong.

Measured (``/tmp`` scripts, the shared scorer's goals group summed over the cards; files of several records left
out, the same four mutants and three crossbreeds before and after): mutants 4500-4799 txt goals 0.8817 -> 0.8818
(4514 20/21 -> 21/21; 4501's row keeps its goal, the project now right and its target value null), wrong figures
3 -> 3 (mutant 4735's, untouched); crossbreeds 6500-6599 txt goals 0.8861 -> 0.8982 (6501 7/14 -> 14/14, 6528 0/21
-> 21/21), wrong figures 0 -> 0.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_cell_line_pieces import join_cell_line_pieces
from pledgecard.extract.sections.goal_gap_cells import split_by_gaps
from pledgecard.extract.sections.goal_lines import goal_lines
from pledgecard.scoring import wrong_goal_figures
from tests.conftest import (
    drawn_file,
    expected_scored,
    family_card,
    goal_lines_read,
    mutant_file,
    shared_score,
    wrong_figures_of,
)

_HEAD = "연도 세부사업 목표 실적 달성률 추진상황"


def test_a_struck_figure_under_a_merged_project_is_no_project() -> None:
    # the 2021 row under the merged project prints its struck target figure (59호) before the one in force: both
    # the target cell's (the rate, 58 / 80 = 72.5% printed 72%, proves 80호 to the revised-target reader: the
    # mutant test below), never 59호 the project nor a target value read from the cell's first figure
    got, _ = goal_lines_read(
        _HEAD,
        "2019 자원순환 지원사업 93호 공급 54호 58% 완료",
        "2020 자원순환 인재양성 1.7km 0.9km 53% 완료",
        "2021 59호 80호 공급 58호 72% 완료",
        printed=True,
    )
    assert all(g[0] != "59호" for g in got)
    assert ("자원순환 인재양성", 2021, "59호 80호 공급", None, 58, "완료") in got


def test_a_struck_figure_no_rate_proves_leaves_the_target_value_null() -> None:
    # no 달성률 column: which of 90호 / 122호 is in force is not printed; the project is carried, the value null
    got, _ = goal_lines_read(
        "연도 세부사업 목표 실적 추진상황 특이사항",
        "2024 청년농업 기반 구축 142호 공급 93호 완료 기본계획 수립",
        "2025 90호 122호 공급 91호 추진중 실시설계 중",
    )
    assert got[1][0] == "청년농업 기반 구축" and got[1][3] is None and got[1][4] == 91


def test_a_rate_fitting_neither_figure_reads_nothing() -> None:
    # 58 / 59 and 58 / 80 both miss a printed 50%: no way of the row fits, its goal left unread (no figure guessed)
    got, rest = goal_lines_read(
        _HEAD,
        "2020 자원순환 인재양성 1.7km 0.9km 53% 완료",
        "2021 59호 80호 공급 58호 50% 완료",
        printed=True,
    )
    assert all(g[1] != 2021 for g in got)
    assert any("59호" in t for t in rest)


def test_mutant_struck_figures_are_no_projects(tmp_path: Path) -> None:
    """Mutant 4514: the 2021 row read whole (project 59호 before), no wrong figure."""
    path = mutant_file(4514, "txt", tmp_path)
    exp, got, _score, wrong = expected_scored(path)
    assert wrong == [] and wrong_goal_figures(exp, got) == []
    keys = ("project", "year", "target", "target_value", "actual_value")
    assert [tuple(g[k] for k in keys) for g in got["goals"]] == [
        tuple(g[k] for k in keys) for g in exp["goals"]
    ]


def _cell_lines(*printed: str) -> list[Line]:
    """A dump's lines, each printed as given (its lead spaces counted), numbered from 1 with a blank line between."""
    return [
        Line(
            text=p.strip(),
            marker=None,
            indent=0,
            source=Source(line_start=2 * i + 1),
            printed=p,
            lead=len(p) - len(p.lstrip(" ")),
        )
        for i, p in enumerate(printed)
    ]


_CELL_HEAD = ("주요사업", "목표치", "추진상황", "(완료/추진중/미착수)", "추진내용")
_CELL_ROWS = (
    "문화관광 기반 구축",
    "<2025>",
    "문화관광 기업 지원(20개)",
    "추진중",
    "체험관 운영 및 관광객 지원",
    "<2026>",
    "문화관광",
    "미착수",
)


@pytest.mark.parametrize("cut", ["furniture", "page"])
def test_a_cell_cut_by_a_page_break_joins_its_cell(cut: str) -> None:
    lines = _cell_lines(*_CELL_HEAD, *_CELL_ROWS, " 기업 지원(25개)  ")
    last = lines[-2].source.line_start or 0
    furniture = [last + 1] if cut == "furniture" else []
    page_starts = [0, last + 1] if cut == "page" else []
    got = [ln.full_text for ln in join_cell_line_pieces(lines, page_starts, furniture)]
    assert got[-3:] == ["<2026>", "문화관광 기업 지원(25개)", "미착수"]


@pytest.mark.parametrize(
    "piece, cut",
    [
        (" 기업 지원(25개)  ", False),  # no page break between: a row of its own may print so
        ("  기업 지원(25개) ", True),  # the third column's (the status): no target's rest
        (" 기업 지원  ", True),  # ends no target (no figure, no closing bracket)
    ],
)
def test_a_piece_the_print_does_not_prove_stays_apart(piece: str, cut: bool) -> None:
    lines = _cell_lines(*_CELL_HEAD, *_CELL_ROWS, piece)
    last = lines[-2].source.line_start or 0
    got = [ln.full_text for ln in join_cell_line_pieces(lines, (), [last + 1] if cut else [])]
    assert got == [ln.full_text for ln in lines]


def test_crossbreed_goal_cell_cut_by_a_page_break(tmp_path: Path) -> None:
    """Crossbreed 6501 (a cell-a-line goal table, the 2026 target cut by a page break): its target read whole, its
    merged 추진내용 kept (before: target ``문화관광``, 추진내용 ``기업 지원(25개)``)."""
    path = drawn_file("crossbreed", 6501, "txt", tmp_path)
    exp, got, _score, wrong = expected_scored(path)
    assert wrong == [] and wrong_goal_figures(exp, got) == []
    keys = ("project", "year", "target", "target_value", "detail")
    assert [tuple(g[k] for k in keys) for g in got["goals"]] == [
        tuple(g[k] for k in keys) for g in exp["goals"]
    ]


@pytest.mark.parametrize(
    "run, cells",
    [
        # 214호 proven a cell's start (right after a value), the run's end the stretch's: two cells alike
        ("공정률 80% 214호 공급 155호 공급", ["공정률 80%", "214호 공급", "155호 공급"]),
        # the stretch's cells not alike: where 155호's cell begins is not shown
        ("공정률 80% 214호 공급 155호 설치", None),
        # no proven start inside: the stretch is the whole run, its cells not alike
        ("136호 공급 83개 설치 90개 설치", None),
    ],
)
def test_years_across_cells_alike_in_a_bounded_stretch(run: str, cells: list[str] | None) -> None:
    assert split_by_gaps(run.split(" "), 3) == cells


def test_crossbreed_years_across_one_space_apart(tmp_path: Path) -> None:
    """Crossbreed 6528 (years across, the target row ``공정률 80% 214호 공급 155호 공급`` one space apart): its three
    goals read (before: none, the row's cells left open)."""
    path = drawn_file("crossbreed", 6528, "txt", tmp_path)
    exp, got, _score, wrong = expected_scored(path)
    assert wrong == [] and wrong_goal_figures(exp, got) == []
    keys = ("project", "year", "target", "target_value", "actual_value", "status")
    assert [tuple(g[k] for k in keys) for g in got["goals"]] == [
        tuple(g[k] for k in keys) for g in exp["goals"]
    ]


def _told(lines: list[str]) -> list[tuple]:
    return [(g.year, g.target, g.actual, g.status) for g in goal_lines(lines) or []]


def test_bare_labels_parted_by_a_comma() -> None:
    assert _told(["○ 2024년 목표 62호 공급, 실적 38호(추진중)", "○ 2025년 목표 1,200명, 실적 -(미착수)"]) == [
        (2024, "62호 공급", "38호", "추진중"),
        (2025, "1,200명", None, "미착수"),  # a thousands comma parts nothing
    ]


def test_a_third_labelled_part_is_the_status() -> None:
    assert _told(["○ 2023년 목표: 62호 공급 / 실적: 38호 / 추진상황: 추진중"]) == [
        (2023, "62호 공급", "38호", "추진중")
    ]


def test_a_third_labelled_part_of_no_status_word_stays_the_actuals() -> None:
    assert _told(["○ 2024년 목표: 62호 공급 / 실적: 38호 / 추진상황: 입주 준비"]) == [
        (2024, "62호 공급", "38호 / 추진상황: 입주 준비", None)
    ]


@pytest.mark.parametrize(
    "shape",
    [
        "{b} {y}년 목표 {target}, 실적 {actual}({status})",
        "{b} {y}년 {project} - 목표: {target} / 실적: {actual} / 추진상황: {status}",
    ],
)
@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_dasol_goal_lines_in_these_shapes_read(tmp_path: Path, shape: str, fmt: str) -> None:
    """dasol-province 102002 drawn with its goal lines so (before: the comma shape 0.914, its goals unread; the third
    part 0.976 / 0.988, the status left in the actual)."""
    path, exp = family_card(tmp_path, "dasol-province", 102002, fmt, goals_lines=shape)
    [got] = extract_file(path)
    assert [(g["year"], g["target"], g["actual"], g["status"]) for g in got["goals"]] == [
        (g["year"], g["target"], g["actual"], g["status"]) for g in exp["goals"]
    ]
    assert wrong_figures_of(exp, got) == []
    assert shared_score(exp, got) >= 0.98


def test_a_struck_figure_after_a_printed_project_leaves_one_way() -> None:
    # dasi-county 87012's row: the project printed, the struck figure after it (80호): the way cutting the project
    # before 80호 (the two figures the target's, the rate fitting 100호) is no second way; the row is read, the
    # revised-target reader settling 80호 / 100호 (tests/test_struck_34.py)
    got, _ = goal_lines_read(
        "연도 세부사업 목표 실적 달성률 추진상황 추진내용",
        "2025 어르신 돌봄 지원사업 80호 100호 공급 57호 57% 완료 거점센터 운영 및 돌봄 종사자 지원",
        printed=True,
    )
    assert [(g[1], g[4], g[5]) for g in got] == [(2025, 57, "완료")]
