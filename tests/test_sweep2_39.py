"""Session 39's sweep (helper sweep2; mutated seeds 4730-4789 and crossbred seeds 6503-6542 in PDF, HWPX and HWP,
drawn from ``FAMILIES[:83]``, every named family, as session 38's sweep drew them; ``tests/test_sweep_38.py`` pins
the classes of that sweep): unit tests on each class fixed, and the cards pinned (``PINNED_MUTANTS``, each drawn
from ``SWEPT``, an explicit prefix, so a family appended to ``FAMILIES`` moves no draw).

Classes pinned:

- a merged label cell drawn whole above a page break (the 계 of a 당초 / 변경 pair, spanning both rows, closed by
  its own rule a row below the break) while the pair's first row beside it ends at the break and its second row
  goes on on the next page: session 38's rule (a vertical drawn on past where the others end marks no open end
  there, for a head's label cells running on to the break) took the label cell's sides for a table going on, no
  open edge was found and the 변경 row lost its 계 label (mutant 2425 of ``FAMILIES[:59]``, pinned in
  ``tests/test_mutate_tables.py``: 1.000 -> 0.966, the 계 row's six figures unread). A vertical going on marks no
  open end only where it runs on to where the table is itself cut open (``pdf_grids._ruled_across``, the open
  ends found first by ``_cut_open``);
- goal rows of several projects cut between a ``<YYYY>`` mark and its target (an open-sided goal table rebuilt
  from its lines, a project's merged cell printed at its middle: ``<2021>`` alone in one row, its target,
  ``<2022>`` and the next target in the row below): each row read on its own, the second row's target kept whole
  and read under the later year, 2021's text and figure read as 2022's (a silent wrong figure the scorer's
  wrong-figure count misses: the text pairs with no expected goal), and the mark-only row given the project
  above (``goal_rejoin._rejoin_across``: the target column read as one, one goal per mark, each with the
  project of the row its text is printed in; mutant 4787 PDF, 0.894). Mended after review (session 39 helper
  mends): only the pair next to a cut is read together (``goal_rejoin._cut_pair``: the upper target cell one mark
  alone, the lower opening on text before a later year's mark, one project: the project cell the same, or printed
  empty and carried down), statuses counted per pair (else none), every other row read on its own;
- a year mark printed alone (its target not set) over the next project's cell opening on text before its first
  mark (card 112 HWPX as the reviewer cut it): no cut, 2025 stays its own project's with its own status and actual
  (the first version filed the next project's text under it, with the previous project's status and actual);
- one cut pair switching every project of the table to the one-column read (the reviewer's p1.py): a project's
  unmarked target merged into the previous mark's, the statuses counted over the whole table shifted across
  projects; now the other projects read row by row with their own statuses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.readers.pdf_grids import _open_ends, find_grids
from pledgecard.extract.readers.pdf_page import PageModel
from pledgecard.extract.sections.goal_rejoin import rejoin_numbered
from pledgecard.extract.sections.goal_table_rows import goal_rows
from samples.families import FAMILIES
from samples.mutate import mutate
from samples.style_sweep import run_family
from tests.conftest import pdf_fill, pdf_line

SWEPT = FAMILIES[:83]  # the families this sweep drew from (every named family, as in session 38)

# (seed, format): (floor, what it printed and read wrong before)
PINNED_MUTANTS: dict[tuple[int, str], tuple[float, str]] = {
    (4787, "pdf"): (
        1.0,
        "an open-sided goal table, <2021> alone in a row, its target, <2022> and the next target in the row "
        "below, two projects: 2022 read with 2021's text and figure (silent), a project taken from above (0.894)",
    ),
}

XS = [51.7, 146.4, 222.1, 316.8, 411.5, 506.2, 600.8, 695.5, 790.2]  # 구분 | 당초/변경 | 총사업비 | years


def _pair_cut(label_bottom: float) -> PageModel:
    """Mutant 2425's first page at its foot: a row 454-497.6 over the 당초 row 497.6-519.3 (every vertical drawn
    to 519.3, a rule under it right of the label column), the label cell 계 spanning the 당초 / 변경 pair drawn
    down to ``label_bottom`` (a shaded cell: its sides and bottom rules)."""
    lines = [pdf_line(XS[0], 454.0, XS[-1], 454.0), pdf_line(XS[0], 497.6, XS[-1], 497.6)]
    lines += [pdf_line(XS[1], 519.3, XS[-1], 519.3)]
    lines += [pdf_line(x, 454.0, x, 519.3) for x in XS]
    fills = [pdf_fill(XS[0], 497.6, XS[1], label_bottom)]
    return PageModel(number=1, width=842.0, height=595.0, chars=[], lines=lines, rects=fills)


def test_a_label_cell_drawn_whole_below_the_break_leaves_the_cut_where_the_others_end() -> None:
    """The 계 cell's sides go on to 541 (a row's height) where its own rule closes it, the table cut nowhere
    there: the others' ends at 519.3 are the open edge, the label cell cut there (the 변경 row goes on on the
    next page under it)."""
    page = _pair_cut(541.0)
    assert [(round(y, 1), x0, x1) for y, _, x0, x1 in _open_ends(page)[1]] == [(519.3, XS[0], XS[-1])]
    (grid,) = [g for g in find_grids(page) if len(g.cells) > 1]
    label = sorted(c for c in grid.cells if c[0] == pytest.approx(XS[0]) and c[1] >= 497.0)
    assert [(c[1], c[3]) for c in label] == [pytest.approx((497.6, 519.3)), pytest.approx((519.3, 541.0))]


def _rows() -> list[tuple[int, list[str]]]:
    """Mutant 4787's goal table as rebuilt from its lines: 주요사업 | 목표치 | 추진상황 | 추진내용, each project's
    merged cell printed at the middle of its rows (the project cells filled into the rows as goal_rows does)."""
    return [
        (1, ["A사업", "<2021>", "추진 중", "가 지원"]),
        (2, ["A사업", "교육생 양성(40명)\n<2022>\n기업 지원(40개)", "(52명)\n미착수", "가 지원"]),
        (3, ["A사업", "<2021>", "추진중", "나 운영"]),
        (4, ["B사업", "프로그램 운영(30회)\n<2022>\n단계별 추진", "(31회)\n미착수", "나 운영"]),
    ]


CARRIED = frozenset({1, 3})  # the mark-only rows' project cells, printed empty, filled from the merged cell


def test_rows_cut_between_a_mark_and_its_target_are_read_one_goal_a_mark() -> None:
    got = rejoin_numbered(_rows(), 1, 2, 0, 3, CARRIED)
    assert [(g, r[0], r[1], r[2]) for g, r in got] == [
        (2, "A사업", "<2021> 교육생 양성(40명)", "추진 중 (52명)"),
        (2, "A사업", "<2022>\n기업 지원(40개)", "미착수"),
        (4, "B사업", "<2021> 프로그램 운영(30회)", "추진중 (31회)"),
        (4, "B사업", "<2022>\n단계별 추진", "미착수"),
    ]


def test_rows_holding_a_mark_each_are_still_read_one_a_row() -> None:
    """Each target cell opening on its mark (no row cut from its mark): read row by row, as before."""
    rows = [
        (1, ["A사업", "<2021> 교육생 양성(40명)", "추진 중 (52명)", ""]),
        (2, ["B사업", "<2021> 프로그램 운영(30회)", "추진중 (31회)", ""]),
    ]
    assert rejoin_numbered(rows, 1, 2, 0, 3) == rows


def test_statuses_that_do_not_count_out_with_the_marks_are_left_out() -> None:
    """Counted per cut pair: the second pair's two marks with one status read no status for the lower mark, the
    first pair's kept; the mark-only row's own status is its mark's with the rest of its cut cell (session 40,
    goalnull C: it was dropped with no finding)."""
    rows = _rows()
    rows[3][1][2] = "(31회)"  # 2022's status not printed: four marks, three statuses
    got = rejoin_numbered(rows, 1, 2, 0, 3, CARRIED)
    assert [r[1].split()[0] for _, r in got] == ["<2021>", "<2022>", "<2021>", "<2022>"]
    # (session 40 mendg: (31회) proven 2021's rest: 회 counts its target 프로그램 운영(30회), not 2022's 단계별 추진)
    assert [r[2] for _, r in got] == ["추진 중 (52명)", "미착수", "추진중 (31회)", ""]


def test_the_cut_table_reads_each_year_with_its_own_target() -> None:
    head = ["주요사업", "목표치", "추진상황\n(완료/추진중/미착수)", "추진내용"]
    body = [
        ["", "<2021>", "추진 중", ""],
        ["청년 인재양성", "교육생 양성(40명)\n<2022>\n기업 지원(40개)", "(52명)\n미착수", "교육생 지원"],
        ["", "<2021>", "추진중", ""],
        ["기반 구축", "프로그램 운영(30회)\n<2022>\n단계별 추진", "(31회)\n미착수", "입주농가 지원"],
    ]
    cells = [Cell(row=r, col=c, text=t) for r, row in enumerate([head, *body]) for c, t in enumerate(row)]
    goals = [g for g, _, _ in goal_rows(Table(cells=cells, n_rows=5, n_cols=4))]
    assert [(g["year"], g["project"], g["target"], g["target_value"], g["target_unit"]) for g in goals] == [
        (2021, "청년 인재양성", "교육생 양성(40명)", 40, "명"),
        (2022, "청년 인재양성", "기업 지원(40개)", 40, "개"),
        (2021, "기반 구축", "프로그램 운영(30회)", 30, "회"),
        (2022, "기반 구축", "단계별 추진", None, None),
    ]
    assert [g["actual_value"] for g in goals] == [52, None, 31, None]


@pytest.mark.parametrize(("seed", "fmt"), sorted(PINNED_MUTANTS))
def test_pinned_mutated_card_reads(tmp_path: Path, seed: int, fmt: str) -> None:
    floor, why = PINNED_MUTANTS[(seed, fmt)]
    fam, card_seed = mutate(seed, SWEPT)
    (r,) = run_family(fam, card_seed, (fmt,), tmp_path, {})
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= floor, (r["score"], r["misses"], why)


# Review of h-sweep2 (session 39 helper mends): the first version of the rule read the whole table as one column once
# one pair anywhere was cut, so a year mark printed alone (its target not set) took the next project's text, and the
# statuses, counted over the whole table, shifted across projects. The reviewer's inputs, pinned.

HEAD = ["주요사업", "목표치", "추진상황\n(완료/추진중/미착수)", "추진내용"]


def _table(body: list[list[str | None]], spans: dict[tuple[int, int], int] | None = None) -> Table:
    """A goal table of ``body`` under :data:`HEAD`; ``None`` a position a merged cell above covers, ``spans`` the
    rows each merged cell spans (its grid row and column)."""
    spans = spans or {}
    cells = [
        Cell(row=r, col=c, text=t, row_span=spans.get((r, c), 1))
        for r, row in enumerate([HEAD, *body])
        for c, t in enumerate(row)
        if t is not None
    ]
    return Table(cells=cells, n_rows=len(body) + 1, n_cols=4)


def _read(table: Table) -> list[tuple[object, ...]]:
    return [
        (g["year"], g["project"], g["target"], g["status"], g["actual_value"]) for g, _, _ in goal_rows(table)
    ]


def test_a_year_mark_printed_alone_takes_no_text_of_the_next_project() -> None:
    """Card 112 (HWPX) with 창업 기반 구축's 2025 target not set (its mark alone) and 창업 인재양성's cell opening on
    a total before its first mark (/tmp/rev-s/total.hwpx): 2025 stays 창업 기반 구축's, no target, its own status
    and actual (14); 창업 인재양성 reads no 2025 goal of that total, nor 창업 기반 구축's actual."""
    body: list[list[str | None]] = [
        ["창업 기반 구축", "<2023>\n창업 협약 체결(25건)", "완료\n(15건)", "지원센터 운영"],
        [None, "<2024>\n창업 협약 체결(25건)", "완료\n(37건)", None],
        [None, "<2025>\n", "완료\n(14회)", None],
        ["창업 인재양성", "누적 30개 <2024>\n창업 기업 지원(15개)", "완료\n(16개)", "창업보육센터 운영"],
        [None, "<2025>\n실시설계 완료", "완료\n(용역 완료)", None],
    ]
    got = _read(_table(body, {(1, 0): 3, (1, 3): 3, (4, 0): 2, (4, 3): 2}))
    assert [g[:2] for g in got] == [
        (2023, "창업 기반 구축"),
        (2024, "창업 기반 구축"),
        (2025, "창업 기반 구축"),
        (2024, "창업 인재양성"),
        (2025, "창업 인재양성"),
    ]
    assert got[2] == (2025, "창업 기반 구축", None, "완료", 14)
    assert got[4][2:] == ("실시설계 완료", "완료", None)
    assert all(g[4] != 14 for g in got if g[1] == "창업 인재양성")


def test_one_cut_pair_leaves_the_other_projects_read_row_by_row() -> None:
    """/tmp/rev-s/p1.py: one pair cut between <2021> and its target (a project cell printed below it), then two
    projects printed whole: those read on their own rows, each with its own status (the whole table's statuses had
    counted out by chance and shifted: 기반 구축 took 시설 정비's 미착수, and 시설 정비's unmarked goal was merged into
    기반 구축's); the cut pair's two marks with one status: the mark-only row's status is its mark's (session 40), the
    lower mark none, never a guess."""
    body = [
        ["", "<2021>", "추진 중", ""],
        ["청년 인재양성", "교육생 양성(40명)\n<2022>", "(52명)", "교육생 지원"],
        ["기반 구축", "<2021> 프로그램 운영(30회)", "완료 (31회)", "입주농가 지원"],
        ["시설 정비", "노후시설 정비 10개소", "미착수", "정비"],
    ]
    assert _read(
        _table(body)
    ) == [  # (session 40: 2021's status printed in its mark's own row, kept with its rest)
        (2021, "청년 인재양성", "교육생 양성(40명)", "추진 중", 52),
        (2022, "청년 인재양성", None, None, None),
        (2021, "기반 구축", "프로그램 운영(30회)", "완료", 31),
        (None, "시설 정비", "노후시설 정비 10개소", "미착수", None),
    ]


def test_a_bare_mark_over_another_projects_row_is_no_cut() -> None:
    """Unit rows: a cell ending on a year mark alone over another project's printed cell opening on text, or over a
    cell whose first mark is no later year (even with the project cell carried down): each row read on its own."""
    rows = [
        (1, ["A사업", "<2025>", "완료 (14회)", "가"]),
        (2, ["B사업", "누적 30개 <2024> 기업 지원(15개)", "완료 (16개)", "나"]),
    ]
    expected = [
        (1, ["A사업", "<2025>", "완료 (14회)", "가"]),
        (2, ["B사업", "누적 30개 <2024> 기업 지원(15개)", "완료 (16개)", "나"]),
    ]
    assert rejoin_numbered([(g, list(r)) for g, r in rows], 1, 2, 0, 3) == expected
    assert rejoin_numbered([(g, list(r)) for g, r in rows], 1, 2, 0, 3, frozenset({1})) == expected
