"""Session 38's fresh sweep (helper sweep; mutated seeds 4730-4789 and crossbred seeds 6503-6542 in PDF, HWPX, HWP
and txt, drawn from ``FAMILIES[:83]``, every named family): unit tests on each class fixed, and the cards pinned
(``PINNED_MUTANTS``, each drawn from ``SWEPT``, an explicit prefix, so a family appended to ``FAMILIES`` moves no
draw).

Classes pinned:

- a goal head cut by a PDF page break inside its second row (지표명 | 단위 | 최종목표 | 달성률 spanning the years' row
  and the 목표 | 실적 row, shaded, their vertical rules drawn on past where the year cells' rules end, the second
  row's top part empty at the page's foot, the row drawn again closed atop the next page): the verticals ending
  with the year cells were taken for an edge the break cut open across the whole table, so the label cells were
  cut in two there (``pdf_grids._open_ends``: a vertical drawn on across that height marks no open end,
  ``_ruled_across``); the empty part of the second row, a line high, was kept as an empty row amid the head
  (``pdf_tables._drop_foot_sliver``: an empty row across the table between the pages, its open columns closed
  atop the next page and the next page's open ones closed by it, is dropped however high): no goal read (mutant
  4744, goals 0.0, 0.634).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Cell
from pledgecard.extract.readers.pdf_grids import find_grids
from pledgecard.extract.readers.pdf_page import PageModel
from pledgecard.extract.readers.pdf_tables import PageTable, join_continued
from samples.families import FAMILIES
from samples.mutate import mutate
from samples.style_sweep import run_family
from tests.conftest import pdf_fill, pdf_line

SWEPT = FAMILIES[:83]  # the families this sweep drew from (every named family in session 38)

# (seed, format): (floor, what it printed and read wrong before)
PINNED_MUTANTS: dict[tuple[int, str], tuple[float, str]] = {
    (4749, "pdf"): (
        1.0,
        "label cells' shading going on a sliver (3.3 pt) past the head rules' end: that is still the open edge "
        "(pdf_grids.SLIVER; the first version of the rule read no goal, 0.633)",
    ),
    (4744, "pdf"): (
        1.0,
        "goal head cut inside its 목표 | 실적 row by the page break, the label cells' shaded sides drawn on past the "
        "year cells' rules: label cells cut in two, an empty row amid the head, no goal read (goals 0.0, 0.634; "
        "pdf_grids._ruled_across, pdf_tables._drop_foot_sliver)",
    ),
}

XS = [
    51.7,
    184.0,
    225.8,
    337.3,
    448.9,
    560.4,
    671.9,
    734.6,
    790.3,
]  # 지표명 | 단위 | 4 years | 최종목표 | 달성률


def _cut_head(shaded: bool = True) -> PageModel:
    """Mutant 4744's first page, its goal head at the foot: every vertical rule drawn from 501.5 to 524 (the years'
    row), a rule under the years only, the label cells shaded down to 539.7 (their shading a rule: its sides meet
    drawn verticals), the year cells' shading ending at 524 (``shaded``: else no shading at all)."""
    lines = [pdf_line(XS[0], 501.5, XS[-1], 501.5), pdf_line(XS[2], 524.0, XS[6], 524.0)]
    lines += [pdf_line(x, 501.5, x, 524.0) for x in XS]
    fills = [
        pdf_fill(a, 501.5, b, 539.7)
        for a, b in ((XS[0], XS[1]), (XS[1], XS[2]), (XS[6], XS[7]), (XS[7], XS[8]))
    ]
    fills += [pdf_fill(a, 501.5, b, 524.0) for a, b in zip(XS[2:6], XS[3:7], strict=True)]
    return PageModel(
        number=1, width=842.0, height=595.0, chars=[], lines=lines, rects=fills if shaded else []
    )


def test_a_vertical_drawn_on_past_where_the_others_end_marks_no_open_edge_there() -> None:
    """The label cells' sides go on past 524 (to 539.7): the table is not cut open at 524, the label cells stand
    whole over both head rows; its foot at 539.7 (no rule under the years' second row) is the open edge."""
    (grid,) = [g for g in find_grids(_cut_head()) if len(g.cells) > 1]
    assert grid.bbox[3] == pytest.approx(539.7)
    labels = [c for c in grid.cells if c[0] in (XS[0], XS[1], XS[6], XS[7])]
    assert len(labels) == 4 and all(
        c[1] == pytest.approx(501.5) and c[3] == pytest.approx(539.7) for c in labels
    )
    assert grid.open_bottom is not None  # cut open at its foot, as before


def test_verticals_ending_together_with_none_going_on_still_mark_the_open_edge() -> None:
    """No rule going on past 524 (the head unshaded, the label cells' bottoms undrawn): the open edge at 524 across
    the table, the label cells cut there, as before."""
    (grid,) = [g for g in find_grids(_cut_head(shaded=False)) if len(g.cells) > 1]
    assert grid.bbox[3] == pytest.approx(524.0, abs=0.6) and grid.open_bottom is not None
    assert all(c[3] == pytest.approx(524.0, abs=0.6) for c in grid.cells)


def _table(
    page: int, ys: list[float], cells: list[tuple[int, int, int, int, str]], **kw: frozenset[int]
) -> PageTable:
    xs = [50.0, 200.0, 250.0, 300.0, 400.0]
    got = [Cell(row=r, col=c, text=t, row_span=rs, col_span=cs) for r, c, rs, cs, t in cells]
    return PageTable(
        page=page,
        bbox=(xs[0], ys[0], xs[-1], ys[-1]),
        xs=xs,
        ys=ys,
        cells=got,
        cell_lines=[[] for _ in got],
        **kw,
    )


HEAD = [(0, 0, 2, 1, "지표명"), (0, 1, 1, 2, "2023년"), (0, 3, 2, 1, "달성률\n(%)"), (1, 1, 1, 2, "")]
BODY = [
    (0, 0, 1, 1, ""),
    (0, 1, 1, 1, "목표"),
    (0, 2, 1, 1, "실적"),
    (0, 3, 1, 1, ""),
    (1, 0, 1, 1, "공정률"),
    (1, 1, 1, 1, "50"),
    (1, 2, 1, 1, "50"),
    (1, 3, 1, 1, "90.0"),
]


def test_an_empty_row_a_line_high_between_the_pages_is_dropped() -> None:
    """The second head row's part above the break (15.7 pt, a line's height, nothing printed), its columns open
    below and closed atop the next page, the label cells beside it closed below and open atop the next page: the
    row dropped, the label cells going on; the head reads 지표명 | 목표 | 실적 | 달성률 over the body."""
    a = _table(1, [501.5, 524.0, 539.7], HEAD, open_bottom=frozenset({1, 2}))
    b = _table(2, [51.4, 73.8, 96.3], BODY, open_top=frozenset({0, 3}))
    join_continued(a, b)
    assert a.row_texts(a.n_rows) == [
        ["지표명", "2023년", "2023년", "달성률\n(%)"],
        ["지표명", "목표", "실적", "달성률\n(%)"],
        ["공정률", "50", "50", "90.0"],
    ]


def test_a_high_row_printing_or_going_on_on_both_sides_is_kept() -> None:
    """A word in the row, or its columns going on on both sides (a row the break cut as it opened): kept, as for a
    sliver; a row not across the table a line high stays a row too (test_pdf_page_cut_heads)."""
    worded = [*HEAD[:3], (1, 1, 1, 2, "주")]
    a = _table(1, [501.5, 524.0, 539.7], worded, open_bottom=frozenset({1, 2}))
    join_continued(a, _table(2, [51.4, 73.8, 96.3], BODY, open_top=frozenset({0, 3})))
    assert a.ys[:3] == [501.5, 524.0, 539.7] and a.n_rows == 4
    both = _table(1, [501.5, 524.0, 539.7], HEAD, open_bottom=frozenset({0, 1, 2, 3}))
    join_continued(both, _table(2, [51.4, 73.8, 96.3], BODY, open_top=frozenset({0, 1, 2, 3})))
    assert both.ys[:3] == [501.5, 524.0, 539.7]


@pytest.mark.parametrize(("seed", "fmt"), sorted(PINNED_MUTANTS))
def test_pinned_mutated_card_reads(tmp_path: Path, seed: int, fmt: str) -> None:
    floor, why = PINNED_MUTANTS[(seed, fmt)]
    fam, card_seed = mutate(seed, SWEPT)
    (r,) = run_family(fam, card_seed, (fmt,), tmp_path, {})
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= floor, (r["score"], r["misses"], why)
