"""Review D's two wrong outputs mended (session 31, helper mendd).

- extract/sections/funding_rows_amid.py: a run of period rows is moved into the funding only where it stands
  alone: a run right after a cell of its own shape (a period label or an amount: the tail of another table
  printed a cell a line, a spending table in the plans) or right under a copy of the funding's column heads
  (a table of its own) stays where it is (review cards f1, f2: the funding read 2024 and 합계 columns that
  table never printed).
- extract/sections/goal_interleaved_box.py: lines are not dealt to a one-row table's cells in turn where the
  cells printed one after another, each as many lines as dealt and their brackets closed, read as cells wrap
  but for one cell's short first line (a manual break; review card v1: project ``청년창업 창업기업`` never
  printed).

Unit tests of each shape, then the review's cards read end to end and scored."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.card_results import Section
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_rows_amid import funding_rows_printed_amid
from pledgecard.extract.sections.goal_interleaved_box import interleaved_cells
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import shared_tools

CARDS = Path(__file__).resolve().parent / "fixtures" / "review_d_31"


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


HEAD = ("(단위: 천원)", "구분", "계", "도비", "시비")
FIRST = ("기투자", "300", "-", "300", "2023년", "500", "200", "300")
LAST = ("2024년", "400", "100", "300", "합계", "1,200", "300", "900")


def _texts(sec: Section) -> list[str]:
    return [ln.full_text.strip() for ln in sec.items]  # type: ignore[union-attr]


def _moved(*other: str) -> tuple[Section, Section]:
    plans = Section(name="plans", heading=None, items=_lines(*other))
    funding = Section(name="funding", heading="3. 연도별 재원 투입계획", items=_lines(*HEAD, *FIRST))
    funding_rows_printed_amid([plans, funding])
    return plans, funding


def test_a_run_amid_header_cells_still_moves() -> None:
    plans, funding = _moved("공약명", *LAST, "담당부서")
    assert _texts(funding)[-8:] == list(LAST)
    assert _texts(plans) == ["공약명", "담당부서"]


def test_a_tables_tail_after_its_own_rows_stays() -> None:
    """The run follows an amount of the same table (its first rows left behind): never moved."""
    other = ("집행 현황", "2022년", "100", "50", "50", *LAST)
    plans, funding = _moved(*other)
    assert _texts(funding) == [*HEAD, *FIRST]
    assert _texts(plans) == list(other)


def test_a_run_under_a_copy_of_the_funding_head_stays() -> None:
    """The run under its own column heads (계 / 도비 / 시비) is a table of its own: never moved."""
    other = ("집행 현황", "구분", "계", "도비", "시비", *LAST)
    plans, funding = _moved(*other)
    assert _texts(funding) == [*HEAD, *FIRST]
    assert _texts(plans) == list(other)


def test_a_short_first_line_defeats_no_proof() -> None:
    """v1's box: the project cell's manual break; the cells one after another read as well: not dealt."""
    assert interleaved_cells(["청년창업", "지원센터 운영 확대", "창업기업", "육성 20개사"], 2) is None


@pytest.mark.parametrize(
    ("lines", "cells"),
    [
        (
            ["이차전지 지", "이차전지 프로그", "원사업", "램 운영(35회)"],
            [["이차전지 지", "원사업"], ["이차전지 프로그", "램 운영(35회)"]],
        ),
        (
            ["도시숲 인재양", "도시숲 기업 지원(55", "성", "개)"],
            [["도시숲 인재양", "성"], ["도시숲 기업 지원(55", "개)"]],
        ),
    ],
)
def test_boxes_dealt_in_turn_still_deal(lines: list[str], cells: list[list[str]]) -> None:
    assert interleaved_cells(lines, 2) == cells


def _scored(name: str) -> tuple[dict, dict, list[str]]:
    """The review card read (its one record), its expected record and its wrong figures."""
    _, wf = shared_tools()
    (exp,) = load_records(CARDS / f"{name}.expected.json")
    (rec,) = list(extract_file(CARDS / f"{name}.txt"))
    wrong = [f"{n}: {a} -> {b}" for _, n, a, b in wf.figures(exp, rec) if b is not None and b != a]
    return exp, rec, wrong + wrong_goal_figures(exp, rec)


# before: f1 / f2 funding columns 2022, 2023, 2024, 합계 (2024 and the totals from the plans' spending table);
# after: 2022, 2023 as printed, 0 wrong figures
@pytest.mark.parametrize("name", ["f1", "f2"])
def test_review_cards_funding_reads_only_its_own_table(name: str) -> None:
    exp, rec, wrong = _scored(name)
    assert wrong == []
    assert [c["label"] for c in rec["funding"]["columns"]] == [c["label"] for c in exp["funding"]["columns"]]
    assert rec["funding"]["rows"] == exp["funding"]["rows"]


# before: v1 goal {project "청년창업 창업기업", target "지원센터 운영 확대 육성 20개사"}; after: no goal under
# a project never printed, 0 wrong figures
def test_review_card_v1_emits_no_goal_under_a_project_never_printed() -> None:
    _, rec, wrong = _scored("v1")
    assert wrong == []
    printed = "".join((CARDS / "v1.txt").read_text(encoding="utf-8").split())
    assert rec["goals"]
    for goal in rec["goals"]:
        assert goal["project"] is None or "".join(goal["project"].split()) in printed
        assert "지원센터" not in (goal["target"] or "")
