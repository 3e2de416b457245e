"""Session 36 (txtmut): txt mutants 4530-4589 and txt crossbreeds 6433-6462, first swept as txt (0 wrong figures).

Class read here: a dump's goal table a row a line, cells one space apart, whose first row of a project fits the
head's columns several ways (where the project ends is not printed: ``2019 반도체 소재 지원사업 기본계획 수립 용역
완료 - 완료 …``) stays unread; the rows below it printing no project (a merged cell) and fitting one way are now read,
their project null with an ``extract.project_unread`` finding (goal_spaced_rows, goal_project_unread), never borrowed.
And a header band's values one space apart, 공약명 | 담당부서 | 실천목표 over ``친환경농업 창업 지원 확대 농업기술센터
기술보급과 단계별 추진``: the target fixed by the term it opens with, two ways left (the body 농업기술센터 the title's
last word or the department's first): the department of a body kept whole (header_value_rows._body_whole), where
before the three fields were null (mutant 4539 txt 0.986 -> 1.000). Session 37 (mendprev): that cut was a guess
(nothing printed shows it): the title and department null with ``extract.cut_unproven``, the target read (1.000 ->
0.990, 0 wrong)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.extract.sections.header_value_rows import split_value_row
from tests.conftest import drawn_file, expected_scored, mutant_file

REPO = Path(__file__).resolve().parents[1]
HEAD = "연도 구분 계획 실적 달성률 추진상황 추진내용"
FIRST = "2019 반도체 소재 지원사업 기본계획 수립 용역 완료 - 완료 지원센터 운영 및 교육생 지원"


def _read(*texts: str) -> tuple[list[dict], list[str], list[dict]]:
    lines = [
        Line(text=t, marker=None, indent=0, source=Source(line_start=i), printed=t)
        for i, t in enumerate(texts, start=1)
    ]
    res = extract_goals(lines)
    return res.value["goals"], [it.text for it in res.rest], res.findings


def test_a_row_under_an_unread_first_row_reads_its_cells_its_project_null() -> None:
    """The merged project's row below the unread first row: target, actual, status read; the project null, a
    finding at the goal; the first row handed back, nothing guessed of it."""
    goals, rest, found = _read(HEAD, FIRST, "2020 착공 운영 완료 - 완료")
    assert [(g["project"], g["year"], g["target"], g["actual"], g["status"]) for g in goals] == [
        (None, 2020, "착공", "운영 완료", "완료")
    ]
    assert FIRST in rest
    assert [(f["code"], f["location"]) for f in found if f["code"] == "extract.project_unread"] == [
        ("extract.project_unread", "goals[0]")
    ]


def test_a_row_printing_no_project_under_no_row_of_the_table_stays_unread() -> None:
    """No row of the table above (the head right above it): what the empty project cell stands for is not shown
    (no merged cell's row): the row stays unread, as before."""
    goals, rest, _ = _read(HEAD, "2020 착공 운영 완료 - 완료")
    assert goals == []
    assert "2020 착공 운영 완료 - 완료" in rest


def test_a_row_below_that_fits_several_ways_stays_unread() -> None:
    """The row below fitting two ways too (a target and an actual of free words): nothing read."""
    goals, rest, _ = _read(HEAD, FIRST, "2020 착공 준비 설계 착수 - 완료")
    assert goals == []
    assert "2020 착공 준비 설계 착수 - 완료" in rest


@pytest.mark.parametrize(
    ("kind", "seed", "floor"),
    [
        ("mutant", 4566, 0.969),
        ("mutant", 4532, 0.905),
        ("cross", 6436, 0.95),
        ("mutant", 4275, 0.957),
        ("mutant", 4340, 0.945),
    ],
)
def test_swept_txt_card_reads_its_merged_rows(kind: str, seed: int, floor: float, tmp_path: Path) -> None:
    """Mutants 4566 (0.951 -> 0.970), 4532 (0.876 -> 0.908), 4275 (0.931 -> 0.958), 4340 (0.904 -> 0.946) and
    crossbreed 6436 (0.921 -> 0.951): the goal rows under an unread first row read, their project null, each cell
    the printed one; no figure wrong."""
    path = (
        mutant_file(seed, "txt", tmp_path)
        if kind == "mutant"
        else drawn_file("crossbreed", seed, "txt", tmp_path)
    )
    exp, got, score, wrong = expected_scored(path)
    assert wrong == []
    assert [g for g in got["goals"] if g["project"] is None]
    cells = ("year", "target", "target_value", "status", "actual", "actual_value")
    printed = [tuple(g[k] for k in cells) for g in exp["goals"]]
    assert all(tuple(g[k] for k in cells) in printed for g in got["goals"])  # each goal read is a printed one
    assert score >= floor


def test_a_department_of_a_body_before_a_term_target_is_kept_whole() -> None:
    """Title, department of a body and a term target one space apart: the target opening with the term read; where
    the title ends and the department begins nothing printed shows (the body 농업기술센터 the title's last word or the
    department's first). Session 37 (mendprev): both unread (``""``: null, ``extract.cut_unproven``), no longer
    the longest department's cut (session 36 read ``농업기술센터 기술보급과`` by that guess)."""
    row = "친환경농업 창업 지원 확대 농업기술센터 기술보급과 단계별 추진"
    assert split_value_row(["title", "lead_dept", "target"], row) == {
        "title": "",
        "lead_dept": "",
        "target": "단계별 추진",
    }


def test_a_target_of_more_words_after_its_term_leaves_the_band_unread() -> None:
    """The term with two words after it (inside the title, or a target the words do not close): no way opens
    the target with the term and says at most one word of it, the department's place open: nothing read."""
    row = "친환경농업 창업 지원 확대 농업기술센터 기술보급과 단계별 추진 완료 예정"
    assert split_value_row(["title", "lead_dept", "target"], row) is None


def test_mutant_4539_header_band_read(tmp_path: Path) -> None:
    """Mutant 4539 txt: the band's target read, its title and department null (session 37, mendprev: their cut
    unproven, 1.000 -> 0.990; session 36 read them by the longest department's cut), no figure wrong."""
    exp, got, score, wrong = expected_scored(mutant_file(4539, "txt", tmp_path))
    assert wrong == []
    assert [got["header"][k] for k in ("title", "lead_dept", "target")] == [
        None,
        None,
        exp["header"]["target"],
    ]
    assert score >= 0.990
