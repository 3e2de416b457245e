"""Session 39 (helper txtgoal2): goal tables of a text dump whose head orders the columns
before the status otherwise than project, target, actual, rate (goal_head_words.row_layout ``any_order``,
goal_cells_a_line, goal_order).

- A cell-a-line table whose head prints ``실적`` before ``목표`` (``연도 세부사업 추진단계 실적 목표 달성률 추진상황
  추진내용``, the stage column's bars taken out first) was read by no reader: its goals were lost whole. Each cell
  there is its own line, so each takes its column from its place under the head, whatever the head's order: mutant
  4764 txt (FAMILIES[:83]) goals 0.0 -> 1.0, card 0.834 -> 0.99+, no wrong figure. A row one cell short carries the
  merged project of the row above as before; a row whose cells do not count to the head's columns stays unread.
- A reader cutting a line's single-spaced words between the columns (rows a line, goal_rows, goal_cut_pieces) keeps
  to the usual order (``row_layout`` without ``any_order`` is None for such a head), and so does the reader of
  columns printed as runs (goal_block_runs: the cell-a-line reader skips it where the head is ordered otherwise).
- A row a line under a head ordered otherwise (``연도 세부사업 실적 목표 추진상황 달성률 추진내용 비고``), under the
  project merged above (its actual right after its year), whose merged 추진내용 and blank 비고 print nothing after its
  rate, is put in the row reader's order (goal_order: the blank cells were allowed only before the rate was peeled
  off): mutant 4630 txt (FAMILIES[:83]) 0.952 -> 0.987, its 2026 row read, no wrong figure (measured, not pinned as a
  card: the unit test below is its class). A row printing its project so stays unread.

Every card pinned reads no wrong figure (the shared wrong_figures) and no wrong goal figure
(pledgecard.scoring.wrong_goal_figures). Cards drawn from the first 83 named families (``--families 83``,
FAMILIES[:83] explicitly: the sweep of the brief).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_head_words import header_kinds, row_layout
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.scoring import wrong_goal_figures
from tests.conftest import REPO, shared_tools

FAMILIES = 83  # the brief's sweep: mutants 4530-4789 txt drawn from FAMILIES[:83]


def _mutant(seed: int, tmp_path: Path) -> Path:
    """Mutant ``seed`` txt of ``samples.mutate`` drawn from FAMILIES[:83], kept with its expected record beside it."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "samples.mutate",
            "--start",
            str(seed),
            "--cards",
            "1",
            "--formats",
            "txt",
            "--out",
            str(tmp_path),
            "--jobs",
            "1",
            "--keep",
            "--families",
            str(FAMILIES),
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    return tmp_path / f"mutant-{seed}" / f"mutant-{seed}-txt.txt"


def _read(*texts: str) -> tuple[list[tuple], list[str]]:
    """A dump's goal lines (each as given) read: each goal's (project, year, target, actual, status, 추진내용) and the
    lines left unread."""
    lines = [
        Line(text=t, marker=None, indent=0, source=Source(line_start=i), printed=t)
        for i, t in enumerate(texts, start=1)
    ]
    res = extract_goals(lines)
    got = [
        (g["project"], g["year"], g["target"], g["actual"], g["status"], g["detail"])
        for g in res.value["goals"]
    ]
    return got, [it.text for it in res.rest]


def test_mutant_4764_cells_a_line_actual_before_target(tmp_path: Path) -> None:
    """Mutant 4764 txt (FAMILIES[:83]): its four goals read (blind: none, goals 0.0), no wrong figure."""
    path = _mutant(4764, tmp_path)
    score_card, wf = shared_tools()
    [exp] = score_card.load_records(path.with_name(path.stem + ".expected.json"))
    [got] = extract_file(path)
    scored = score_card.score_record(exp, got)
    assert scored.score() >= 0.99
    assert [(g["project"], g["year"], g["target"], g["actual"]) for g in got["goals"]] == [
        (g["project"], g["year"], g["target"], g["actual"]) for g in exp["goals"]
    ]
    assert [(n, a, b) for _, n, a, b in wf.figures(exp, got) if b is not None and b != a] == []
    assert wrong_goal_figures(exp, got) == []


_HEAD = "연도 세부사업 실적 목표 달성률 추진상황 추진내용"


def test_cells_a_line_take_their_columns_from_the_head_in_its_order() -> None:
    got, rest = _read(
        _HEAD,
        "2025",
        "거점센터 조성",
        "71회",
        "프로그램 운영(50회)",
        "142%",
        "완료",
        "센터 운영",
        "2026",
        "관계기관 협의",
        "단계별 추진",
        "-",
        "추진중",
    )
    assert got == [
        ("거점센터 조성", 2025, "프로그램 운영(50회)", "71회", "완료", "센터 운영"),
        (
            "거점센터 조성",
            2026,
            "단계별 추진",
            "관계기관 협의",
            "추진중",
            "센터 운영",
        ),  # the merged cells carried (an actual told in words alone gives no figure: session 39 mendf's rule)
    ]
    assert rest == []


def test_cells_a_line_miscounted_row_stays_unread() -> None:
    # the 2026 row prints one cell more than the head's columns (a cell wrapped over two lines): not told apart
    got, rest = _read(
        _HEAD,
        "2025",
        "거점센터 조성",
        "71회",
        "프로그램 운영(50회)",
        "142%",
        "완료",
        "센터 운영",
        "2026",
        "거점센터 조성",
        "관계기관",
        "협의",
        "단계별 추진",
        "-",
        "추진중",
    )
    assert [g[1] for g in got] == [2025]
    assert "협의" in rest


def test_rows_a_line_keep_the_usual_order() -> None:
    kinds = header_kinds(_HEAD)
    assert kinds == ["year", "project", "actual", "target", "rate", "status", "detail"]
    assert row_layout(kinds) is None  # a reader cutting single-spaced words: no cut under this order
    assert row_layout(kinds, any_order=True) == (True, ["project", "actual", "target", "rate"], "detail")
    assert (
        row_layout(["year", "project", "status", "target", "actual"], any_order=True) is None
    )  # status amid them


_HEAD_AFTER = "연도 세부사업 실적 목표 추진상황 달성률 추진내용 비고"
_FIRST = "2025 창업 지원사업 54회 창업 프로그램 운영(45회) 완료 120% 창업보육센터 운영 및 청년 지원 운영 개시"


def test_merged_row_with_blank_detail_and_remark_read() -> None:
    """Mutant 4630 txt (FAMILIES[:83]): a row under the project merged above (its actual printed right after its
    year) whose 추진내용 (merged too) and 비고 (blank) print nothing after its rate was left unread (goal_order: the
    blank cells allowed only before the rate was peeled): its target and actual read now; the first row's 추진내용
    and 비고 run together stay unread (null detail), as before."""
    got, _rest = _read(_HEAD_AFTER, _FIRST, "2026 14건 창업 협약 체결(10건) 추진 중 140%")
    assert got == [
        ("창업 지원사업", 2025, "창업 프로그램 운영(45회)", "54회", "완료", None),
        ("창업 지원사업", 2026, "창업 협약 체결(10건)", "14건", "추진 중", None),
    ]


def test_row_printing_its_project_with_nothing_after_its_rate_stays_unread() -> None:
    # the project printed (not merged): its 추진내용 and 비고 both blank is not proven, the row stays unread
    got, rest = _read(_HEAD_AFTER, _FIRST, "2026 창업 지원사업 14건 창업 협약 체결(10건) 추진 중 140%")
    assert [g[1] for g in got] == [2025]
    assert any("14건" in r for r in rest)
