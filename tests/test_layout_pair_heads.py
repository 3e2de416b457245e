"""Year heads centred over pairs of sub-heads (``2023년`` over ``목표 | 실적``) in a ``pdftotext -layout`` dump
(nalgae-city's goal table, session 23): each year printed in the gap between its pair's two sub-heads,
its glyphs reaching over one of them, is read as spanning the pair only where the measure shows it - every
year centred in a gap, the pairs side by side and named alike, the body's figures under the pairs' columns
(extract/readers/text_pair_heads.py); any other shape is left to the column reader as before."""

from __future__ import annotations

from pledgecard.extract.readers.text_columns import build_table
from pledgecard.extract.readers.text_lines import TLine, to_tline
from pledgecard.extract.readers.text_pair_heads import pair_head_line, pairs_under


def _at(*cells: tuple[int, str]) -> str:
    """A line of cells each opening at its character column (``pdftotext -layout`` counts characters)."""
    out = ""
    for col, text in cells:
        out = out.ljust(col) + text
    return out


def _lines(rows: list[str]) -> list[TLine]:
    return [to_tline(k + 1, 1, t) for k, t in enumerate(rows)]


SUBS = [(26, "목표"), (39, "실적"), (51, "목표"), (60, "실적"), (72, "목표"), (81, "실적")]
YEARS = [(32, "2023년"), (56, "2024년"), (77, "2025년")]
BLOCK = [
    _at(*YEARS),
    _at((5, "성과지표"), (21, "단위")),
    _at(*SUBS),
    "",
    _at((0, "일자리 창출"), (21, "명"), (27, "89"), (39, "62"), (51, "391"), (72, "398")),
    "",
    _at((0, "참여 주민"), (21, "명"), (27, "139"), (39, "139"), (51, "203"), (72, "630")),
]


def test_years_over_pairs_of_sub_heads_span_them() -> None:
    table = build_table(_lines(BLOCK))
    assert table is not None
    assert table.grid() == [
        ["성과지표", "단위", "2023년", "2023년", "2024년", "2024년", "2025년", "2025년"],
        ["성과지표", "단위", "목표", "실적", "목표", "실적", "목표", "실적"],
        ["일자리 창출", "명", "89", "62", "391", "", "398", ""],
        ["참여 주민", "명", "139", "139", "203", "", "630", ""],
    ]


def test_a_year_off_its_pairs_gap_is_no_pair_head() -> None:
    # the last year printed over its pair's second sub-head, not in the gap: nothing shows the pairs
    moved = [_at(*YEARS[:2], (81, "2025년")), *BLOCK[1:]]
    assert pair_head_line(_lines(moved[:3]), False) is False
    table = build_table(_lines(moved))
    assert table is None or all(c.col_span == 1 for c in table.cells)


def test_sub_heads_not_named_alike_are_no_pairs() -> None:
    # the third pair's second sub-head another word: the pairs are not proven alike
    other = [BLOCK[0], BLOCK[1], _at(*SUBS[:5], (81, "비고")), *BLOCK[3:]]
    assert pair_head_line(_lines(other[:3]), False) is False


def test_a_figure_line_on_top_is_no_head() -> None:
    body = _lines(BLOCK[4:])
    assert pair_head_line(
        _lines([_at((32, "2023"), (56, "2024"), (77, "2025")), BLOCK[1], BLOCK[2]]), False, body
    )
    assert not pair_head_line(
        _lines([_at((32, "125"), (56, "300"), (77, "2025년")), BLOCK[1], BLOCK[2]]), False, body
    )
    assert not pair_head_line(_lines(BLOCK[:3]), False)  # no body: no figure under the pairs


def test_pairs_under_shapes() -> None:
    subs = [(0, 4), (10, 14), (20, 24), (30, 34)]
    names = ["목표", "실적", "목표", "실적"]
    assert pairs_under([(5, 9), (25, 29)], subs, names) == [0, 2]
    assert pairs_under([(5, 9), (15, 19)], subs, names) is None  # the second year over the gap between pairs
    assert pairs_under([(5, 9)], subs, names) is None  # one year: no run of pairs
    assert pairs_under([(5, 9), (25, 29)], subs, ["목표", "목표", "목표", "목표"]) is None
    assert pairs_under([(0, 9), (25, 29)], subs, names) is None  # a year centred off its gap (by more than 2)


def test_no_figures_under_a_pair_leave_the_heads_unproven() -> None:
    # the body's figures only under the first sub-head of each pair: text_pair_heads' measure (pair_head_line, the
    # column planner's guard) does not show the pairs apart and leaves the block to the planner
    body = [_at((0, "일자리 창출"), (21, "명"), (27, "89"), (51, "391"), (72, "398"))]
    assert not pair_head_line(_lines(BLOCK[:3]), False, _lines(body))
    # session 35b: build_table reads such a block before the planner, by text_year_pair_heads (the pair's two words
    # printed alike under every year, each year in its pair's gap): each figure overlaps one sub-head alone, so it
    # is read there (nalgae-city 61012); pair_head_line's answer above no longer decides this block
    table = build_table(_lines([*BLOCK[:4], *body]))
    assert table is not None and table.grid()[2] == ["일자리 창출", "명", "89", "", "391", "", "398", ""]
