"""Structures the sweep of crossbred and mutated cards of the sixty-five families brought in (session 23, seeds
2580-2679 in PDF, HWPX and HWP, 3540-3589 in the text dump; the cards are pinned in tests/test_crossbreed.py
SEEDS_65 and tests/test_mutate_tables.py PINNED_65), on small inputs:

- an outreach table of a channel a row whose head a dump printed one space apart (``구분 1/4분기 2/4분기 3/4분
  기 4/4분기 계``), its rows' zero cells blank (``민간전문가 자문  3 1  4``): the aligned block's head one cell
  spanning the row, the count read from the first column of counts, a period's (mutant 3558 txt: experts 3 for
  4, a wrong figure). A head naming a total column in one spanning cell leaves the total's place unknown: the
  table is not read so (null, the table reported unassigned).
- a goal matrix typed at tab stops (a page typing its tables, HWPX / HWP paragraphs), its indicator printed
  once for its 목표 and 실적 rows (the 실적 row opening with a tab) and the head's 구 분 typed once over the
  indicator's and the sub-label's columns (``구 분<TAB><TAB>2022``): the opening tab was read as an indent and
  the head's empty cell refused, no table (crossbred 2669 hwpx / hwp: goals 0.0, 0.694).
- items numbered by a three-part outline whose text opens with its date (``3-1-2 2023. 12. 16. 공모사업 선정``): a
  numbering is read before a word only, so the items were unmarked lines read as a table of words (crossbred
  2657: 0.915 in PDF, HWPX and HWP); an outline of three parts before a date opening (a four-digit year or an
  apostrophe's two digits, then a period) is a numbering too.
- blocks headed by bulleted dated lines (``◈ 2026년 1분기 현재``) over boxed items, one naming the section it stands in
  (``□ 주요 추진실적``): it opened a second achievements section (crossbred 2619: 0.920 in PDF, HWPX and HWP); a
  bulleted line naming its section under a dated block heading of another bullet, its bullet marking the
  section's items already, is an item (as under an unmarked dated heading before).
- a funding table of a row a year cut after its second row, ``(계속)`` over the rest with its head printed again
  (mutant 2611: money 0.167, 0.910 in PDF, HWPX and HWP): the first part read as sources down, the rest lost; the
  parts are joined where the caption says so and the second prints the first's head rows over rows of periods
  (extract/sections/funding_continued.py; rows of sources go on only where the sums prove it, as before).
- a funding head line printing the unit in its corner cell, in brackets amid its words (``구분 ❲단위 : 억원❳ 계 국비
  ...``; mutant 2649: money 0.143, 0.847 in HWPX and HWP): set apart as the unit's line, the rows read under no
  head; the bracketed unit is taken out of such a line (extract/sections/funding_head_unit.py).
- generator fault: a page typing its tables (dolbit-city's) under a goal table whose spanning head tells how a
  cell pairs its figures (dorae-county's ``연도별 목표(실적)`` over ``386(382)``): a typed table types only the
  head's lowest row, so which figure is the target was printed nowhere (crossbred 2638: goals 0.0, 0.811 in
  every format); such a card is redrawn.

The PDF cards that sweep left below 0.97 (pinned in SEEDS_65 / PINNED_65 as well):

- a typed funding head spacing its labels letter by letter wider than a word space (``구 분 계 국 비 시 비``;
  mutant 2592: 0.886): two pieces in one column read as a cell run past its stop, no table; pieces of one column
  each one letter are a word spaced out (``pdf_typed.columns``), one cell.
- a typed funding table cut by a page break after its head and two rows, the rest atop the next page with no
  head again (crossbred 2649: funding 0.475, 0.902): each part's grid drawn apart by its own widest cells, the
  parts not joined; a typed head and rows ending a page (``pdf_typed.foot_run``) and the rows opening the next
  (a figure on their first) are put on the columns they prove together, as a head alone was.
- a goal head's cells spanning its two rows drawn a hair below the first (성과지표 | 연간 목표 beside 2024년 분기별
  목표), the page cut there, the quarters atop the next page (crossbred 2674: goals 0.0, 0.914): the sliver an
  empty row across the table between the head's rows; an empty sliver whose open columns the next part opens
  closed above, its other columns going on there, is dropped (``pdf_tables._sliver_between``).
- a ruled outreach table cut after its head, the page's foot notes (called on an earlier page) under it
  (crossbred 2608: outreach 0.0, 0.967): the page ended with the notes, so the table was no page's last and the
  next page's row went on nothing; once the notes move to their calls the page's body's last item ends it
  (``pdf_assemble``).
- an overview table's last row 기대효과 over bulleted effects, the card printing them again in its own section
  (crossbred 2649: 0.996 in PDF, HWPX and HWP): read on as the contents; a label naming another section (a line
  of no marker, alone or before its value) ends the contents (``sections/overview``).
"""

from __future__ import annotations

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.readers.pdf_tables import PageTable
from pledgecard.extract.sections.outreach import from_grid
from pledgecard.extract.typed_tables import typed_cells, typed_runs, typed_table

SPANNING = ["구분 1/4분기 2/4분기 3/4분기 4/4분기 계"] * 4


def test_a_channel_table_under_one_spanning_head_naming_a_total_reads_no_count() -> None:
    grid = [
        SPANNING,
        ["간담회, 공청회 등", "", "1", "1"],
        ["만족도 조사", "", "", ""],
        ["민간전문가 자문", "3", "1", "4"],
    ]
    assert from_grid(grid) is None
    # the head parted into its columns: the total column named, each channel's count under it
    parted = [
        ["구분", "1/4분기", "2/4분기", "계"],
        ["간담회, 공청회 등", "0", "1", "1"],
        ["만족도 조사", "0", "0", "0"],
        ["민간전문가 자문", "3", "1", "4"],
    ]
    got = from_grid(parted)
    assert got is not None and [it["count"] for it in got["items"]] == [1, 0, 4]
    # a spanning head naming no total (구분 횟수 비고): the column of counts, as before
    plain = [
        ["구분 횟수 비고"] * 3,
        ["간담회, 공청회 등", "2", ""],
        ["만족도 조사", "1", ""],
        ["민간전문가 자문", "3", ""],
    ]
    got = from_grid(plain)
    assert got is not None and [it["count"] for it in got["items"]] == [2, 1, 3]


MATRIX = [
    "구  분\t\t2022\t2023\t2024",
    "정비 구간(km)\t목표\t2.7\t1.4\t0.7",
    "\t실적\t2.7\t1.4\t-",
    "참여 주민(명)\t목표\t718\t343\t873",
    "\t실적\t718\t254\t-",
]


def _grid(lines: list[str]) -> list[list[str]] | None:
    rows = [typed_cells(t) for t in lines]
    runs = typed_runs(rows)
    if not runs:
        return None
    ((a, b),) = runs
    return typed_table([r or [] for r in rows[a:b]], [None] * (b - a)).grid()  # type: ignore[list-item]


def test_a_typed_goal_matrix_opening_its_actual_rows_with_a_tab_is_a_table() -> None:
    grid = _grid(MATRIX)
    assert grid is not None
    assert grid[2] == ["", "실적", "2.7", "1.4", "-"]  # the opening tab an empty cell: 2.7 under 2022
    assert grid[3][:3] == ["참여 주민(명)", "목표", "718"]
    # the whole table indented a tab: the indent is no cell
    assert _grid(["\t" + t for t in MATRIX]) == grid
    # the unnamed column printing figures: no table (its figures would stand under no head)
    figures = [
        MATRIX[0],
        "정비 구간(km)\t3\t2.7\t1.4\t0.7",
        "\t4\t2.7\t1.4\t-",
        "참여 주민(명)\t5\t718\t343\t873",
    ]
    assert _grid(figures) is None
    # two columns the head leaves unnamed: no table
    assert _grid(["구  분\t\t\t2023\t2024", *MATRIX[1:]]) is None
    # a head opening with an empty cell: no head, no table
    assert _grid(["\t구 분\t2022\t2023\t2024", *MATRIX[1:]]) is None


def test_a_typed_table_dropping_a_head_telling_the_cells_pairs_is_redrawn() -> None:
    import dataclasses

    from samples.crossbreed import _typed_heads_lost, crossbreed
    from samples.families import BY_NAME, FAMILIES, family_records

    dorae = BY_NAME["dorae-county"]
    typed = dataclasses.replace(dorae, style=dataclasses.replace(dorae.style, typed_tables=("goals",)))
    recs = family_records(typed, 1)
    assert any(_typed_heads_lost(r, typed) for r in recs)
    assert not any(_typed_heads_lost(r, dorae) for r in recs)  # drawn as a table: the pair key printed
    fam, card_seed = crossbreed(2638, FAMILIES[:65])
    assert not any(_typed_heads_lost(r, fam) for r in family_records(fam, card_seed))


def test_an_items_outline_number_before_a_date_is_its_numbering() -> None:
    """Crossbred 2657 (PDF, HWPX, HWP): items numbered by a three-part outline (chaeum-city's ``3-1-2``) whose text
    opens with its date (``3-1-2 2023. 12. 16. 공모사업 선정``): no numbering read before a figure, the items
    unmarked lines read as a table of words (0.915)."""
    from pledgecard.extract.markers import split_marker

    assert split_marker("3-1-2 2023. 12. 16. 공모사업 선정") == ("3-1-2", "2023. 12. 16. 공모사업 선정")
    assert split_marker("3-1-2 '23. 12. 협약 체결") == ("3-1-2", "'23. 12. 협약 체결")
    assert split_marker("3-1-3 지역인재 분야")[0] == "3-1-3"
    # a block's two-part number before its date stays the block heading's words; no date, no numbering
    assert split_marker("3-2 2025. 6월 기준")[0] is None
    assert split_marker("3-1-1 2023 12")[0] is None and split_marker("1-35 2024. 1.")[0] is None


def test_a_boxed_line_naming_its_section_under_a_bulleted_dated_block_is_an_item() -> None:
    """Crossbred 2619 (PDF, HWPX, HWP): blocks headed by bulleted dated lines (◈ 2026년 1분기 현재), their items boxed
    (□ 세부 추진실적), one boxed item naming the section (□ 주요 추진실적): it opened a second achievements
    section, the block's later items and its date lost (0.920)."""
    from pledgecard.extract.cards import split_sections
    from tests.conftest import make_line

    items = [
        make_line("공약 개요", "Ⅰ."),
        make_line("사업기간 : 2023. ~ 2026.", "□"),
        make_line("주요내용", "□"),
        make_line("이차전지 기업 유치", "→"),
        make_line("추진실적", "Ⅲ."),
        make_line("그간 추진실적 〈'25. 4분기 기준〉", "◈"),
        make_line("세부 추진실적", "□"),
        make_line("이차전지 업무협약 체결 : '23.8월", "·"),
        make_line("2026년 1분기 현재", "◈"),
        make_line("세부 추진실적", "□"),
        make_line("설명회 개최(294명 참석) : '26.3월", "·"),
        make_line("주요 추진실적", "□"),
        make_line("현장 건의 6건 검토 : 2026. 3. 25.", "→"),
    ]
    got = [(s.name, len(s.items)) for s in split_sections(items) if s.name == "achievements"]
    assert got == [("achievements", 8)]
    # the same line boxed by a glyph no item of the section bears: a heading of its own, as before
    other = [*items[:11], make_line("주요 추진실적", "■"), items[12]]
    assert [s.name for s in split_sections(other) if s.name == "achievements"] == ["achievements"] * 2


CONTINUED_HEAD = [
    ["구 분\n(단위: 천원)", "계", "재원별", "재원별"],
    ["구 분\n(단위: 천원)", "계", "도 비", "군 비"],
]


def test_a_funding_table_continued_under_its_caption_with_its_head_again_is_one_table() -> None:
    """Mutant 2611 (PDF, HWPX, HWP): a table of a row a year cut after its second row, ``(계속)`` over the rest with the
    head printed again: the first part read as sources down (총사업비 a row), the second lost (money 0.167; 0.910)."""
    from pledgecard.extract.sections.funding import extract_funding
    from pledgecard.extract.sections.funding_head_again import joined_continued
    from tests.conftest import make_line, make_table

    first = make_table(
        [*CONTINUED_HEAD, ["총사업비", "3032603", "1769227", "1263376"], ["2023년", "200679", "-", "200679"]]
    )
    rest = make_table(
        [
            *CONTINUED_HEAD,
            ["2024년", "923172", "883165", "40007"],
            ["2025년", "643539", "-", "643539"],
            ["2026년", "997082", "617931", "379151"],
        ]
    )
    got = extract_funding([first, make_line("(계속)"), rest]).value["funding"]
    assert got is not None
    rows = {r["label"].replace(" ", ""): r["amounts_krw"] for r in got["rows"]}
    k = 1000
    assert [c["label"] for c in got["columns"]][1:] == ["2023", "2024", "2025", "2026"]
    assert rows["군비"] == [1263376 * k, 200679 * k, 40007 * k, 643539 * k, 379151 * k]
    # no line saying the table goes on between them, or a head not printed again: two tables, as before
    says = lambda t: t == "(계속)"  # noqa: E731
    assert len(joined_continued([first, make_line("(단위: 천원)"), rest], says)) == 3
    other = make_table([["구 분", "계", "국 비", "군 비"], ["2024년", "923172", "883165", "40007"]])
    assert len(joined_continued([first, make_line("(계속)"), other], says)) == 3
    sources = make_table(
        [*CONTINUED_HEAD, ["군 비", "1263376", "200679", "40007"]]
    )  # rows of sources: the sums' to join
    assert len(joined_continued([first, make_line("(계속)"), sources], says)) == 3
    (one, _) = joined_continued([first, make_line("(계속)"), rest], says)
    assert one.n_rows == 7 and [r[0] for r in one.grid()][4:] == ["2024년", "2025년", "2026년"]


CORNER_HEAD = [
    "구분 ❲단위 : 억원❳ 계 국비 도비 시군비 민자 증감",
    "기투자 18.4 3.1 8.9 6.4 - -",
    "'23년 28.7 5.2 9.2 7.6 6.7 -",
    "'24년 49.0 8.1 14.3 13.7 12.9 20.3",
    "'25년 29.2 20.8 - 8.4 - △19.8",
    "'26년 32.5 - 5.6 3.1 23.8 3.3",
    "합계 157.8 37.2 38.0 39.2 43.4 -",
]


def test_a_head_line_printing_the_unit_in_its_corner_keeps_its_words() -> None:
    """Mutant 2649 (HWPX, HWP: a typed table read as lines; txt): the corner cell holding the unit in brackets on the
    head's line (``구분 ❲단위 : 억원❳ 계 국비 ...``): the line set apart as the unit's, the rows under no head, the
    funding nulled (money 0.143; 0.847)."""
    from pledgecard.extract.sections.funding import extract_funding
    from pledgecard.extract.sections.funding_head_unit import head_without_unit
    from tests.conftest import make_line

    got = extract_funding([make_line(t) for t in CORNER_HEAD]).value["funding"]
    assert got is not None and got["unit"] == "억원"
    rows = {r["label"]: r["amounts_krw"] for r in got["rows"]}
    assert rows["국비"] == [310_000_000, 520_000_000, 810_000_000, 2_080_000_000, 0, 3_720_000_000]
    assert "증감" not in rows  # the change column no source
    assert head_without_unit(make_line(CORNER_HEAD[0])).text == "구분 계 국비 도비 시군비 민자 증감"  # type: ignore[union-attr]
    # a unit line alone, a unit closing a title, a row's figures beside a unit: no head
    for text in ("❲단위 : 억원❳", "재원 투자계획 (단위 : 억원)", "계 (단위 : 억원) 157.8 37.2"):
        assert head_without_unit(make_line(text)) is None


# --------------------------------------------------------------- the PDF cards the sweep left below 0.97 (session 23b)


def test_a_typed_head_label_spaced_letter_by_letter_is_one_cell() -> None:
    """Mutant 2592 (PDF): a typed funding head spacing its labels wider than a word space (``구 분 계 국 비 시 비``): two
    pieces in one column read as a cell run past its stop, no table, the funding nulled (0.886)."""
    from pledgecard.extract.readers.pdf_typed import typed_grids
    from tests.conftest import typed_chars

    head = [(50, "구"), (70, "분"), (140, "계"), (156, "국"), (176, "비"), (204, "시"), (224, "비")]
    rows = [
        [(50, "2023년"), (128, "4791"), (156, "1000"), (204, "2439")],
        [(50, "2024년"), (128, "6007"), (156, "3089"), (204, "1884")],
    ]
    (grid,) = typed_grids(typed_chars([head, *rows]), [])
    assert len(grid.cells) == 3 * 4  # 구 분 | 계 | 국 비 | 시 비 over each row
    # two figures of one letter in one column (a cell run past its stop, or columns run together): no table
    assert (
        typed_grids(
            typed_chars(
                [
                    [(50, "구분"), (128, "계"), (156, "국비"), (204, "시비")],
                    [(50, "2023년"), (128, "4791"), (156, "1"), (170, "2"), (204, "2439")],
                    rows[1],
                ]
            ),
            [],
        )
        == []
    )


def test_a_typed_tables_rows_going_on_atop_the_next_page_join_its_head_and_rows() -> None:
    """Crossbred 2649 (PDF): a typed funding table of sources down, its head and two rows ending a page, three rows
    opening the next; each part's columns drawn apart by its own widest cells (``시군비`` on the second only), so
    the parts' grids differed and the second part was lost (funding 0.475, 0.902)."""
    from pledgecard.extract.readers.pdf_typed import foot_run, head_over_page
    from tests.conftest import typed_chars

    head = [(50, "구분"), (110, "기투자"), (160, "'22년"), (205, "'23년"), (250, "합계")]
    first = [
        [(50, "계"), (118, "43.5"), (162, "64.0"), (207, "51.7"), (250, "159.2")],
        [(50, "국비"), (124, "3.6"), (162, "14.4"), (213, "6.0"), (254, "24.0")],
    ]
    page = typed_chars([[(50, "4. 소요사업비 및 재원")], head, *first, [(290, "-2-")]])
    run = foot_run(page, [])
    assert (
        run is not None
        and [p.text for p in run[0]] == ["구분", "기투자", "'22년", "'23년", "합계"]
        and len(run) == 3
    )
    rest = [
        [(50, "시군비"), (136, "-"), (162, "23.4"), (207, "19.8"), (250, "43.2")],
        [(50, "민자"), (118, "17.4"), (162, "11.2"), (207, "17.3"), (254, "45.9")],
    ]
    grids = head_over_page(typed_chars([*rest, [(50, "5. 추진일정")]]), [], run)
    assert grids is not None
    assert {c[0] for c in grids[0].cells} == {c[0] for c in grids[1].cells}  # one set of columns
    assert len(grids[0].cells) == 3 * 5 and len(grids[1].cells) == 2 * 5
    # the next page opening with a head of words (a table of its own), or with the head again: no join
    words = [[(50, "연번"), (110, "분야"), (160, "대상"), (205, "상황"), (250, "비고")], rest[0]]
    assert head_over_page(typed_chars(words), [], run) is None
    assert head_over_page(typed_chars([head, *rest]), [], run) is None
    # a line of text under the rows: no run ends the page
    assert foot_run(typed_chars([head, *first, [(50, "표 아래의 글"), (300, "둘째")]]), []) is None


def _table(
    page: int,
    xs: list[float],
    ys: list[float],
    cells: list[tuple[int, int, int, int, str]],
    **kw: frozenset[int],
) -> PageTable:
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


def test_an_empty_sliver_between_a_head_row_and_its_second_atop_the_next_page_is_dropped() -> None:
    """Crossbred 2674 (PDF): a goal head's cells spanning its two rows drawn a hair below the first row (성과지표 |
    연간 목표 beside 2024년 분기별 목표), the page cut there, the quarters (1/4 | 2/4) atop the next page: the sliver
    read as an empty row across the table between the head's rows, the quarters under no head (goals 0.0, 0.914)."""
    from pledgecard.extract.readers.pdf_tables import join_continued

    xs = [50.0, 200.0, 250.0, 300.0, 400.0]
    head = [
        (0, 0, 1, 1, "성과지표"),
        (0, 1, 1, 2, "2024년 분기별 목표"),
        (0, 3, 1, 1, "연간 목표"),
        (1, 0, 1, 1, ""),
        (1, 1, 1, 2, ""),
        (1, 3, 1, 1, ""),
    ]
    rows = [
        (0, 0, 1, 1, ""),
        (0, 1, 1, 1, "1/4"),
        (0, 2, 1, 1, "2/4"),
        (0, 3, 1, 1, ""),
        (1, 0, 1, 1, "체험관 조성"),
        (1, 1, 1, 1, "1.2"),
        (1, 2, 1, 1, "2.5"),
        (1, 3, 1, 1, "4.9km"),
    ]
    a = _table(2, xs, [513.5, 535.2, 538.6], head, open_bottom=frozenset({1, 2}))
    b = _table(3, xs, [51.4, 73.1, 94.8], rows, open_top=frozenset({0, 3}))
    join_continued(a, b)
    assert a.row_texts(a.n_rows) == [
        ["성과지표", "2024년 분기별 목표", "2024년 분기별 목표", "연간 목표"],
        ["성과지표", "1/4", "2/4", "연간 목표"],
        ["체험관 조성", "1.2", "2.5", "4.9km"],
    ]
    # a sliver whose columns go on on both sides (a row the break cut as it opened): kept, as before
    a = _table(2, xs, [513.5, 535.2, 538.6], head, open_bottom=frozenset({0, 1, 2, 3}))
    b = _table(3, xs, [51.4, 73.1, 94.8], rows, open_top=frozenset({0, 1, 2, 3}))
    join_continued(a, b)
    assert a.ys[:3] == [513.5, 535.2, 538.6] and a.n_rows == 4
    # a sliver printing a word: kept
    a = _table(
        2, xs, [513.5, 535.2, 538.6], [*head[:4], (1, 1, 1, 2, "주"), head[5]], open_bottom=frozenset({1, 2})
    )
    b = _table(3, xs, [51.4, 73.1, 94.8], rows, open_top=frozenset({0, 3}))
    join_continued(a, b)
    assert a.ys[:3] == [513.5, 535.2, 538.6]


def test_a_table_cut_above_the_pages_foot_notes_goes_on_atop_the_next_page() -> None:
    """Crossbred 2608 (PDF): a ruled outreach table cut after its head, the page's foot note (its call on the page
    before) under it: the note ended the page in reading order, so the table was no page's last and the next
    page's row of counts went on nothing (outreach 0.0, 0.967). The note moved to its call, the table ends the page."""
    from pledgecard.extract.readers.pdf_assemble import assemble
    from tests.test_mutate_38 import _page_text, _table_at

    funding = _table_at(1, 160.0, [["구 분", "국 비"], ["2021년", "688"]])
    page1 = _page_text(1, [("• 총사업비 : 688억원(국비 확보1))", 50.0, 100.0)], [funding])
    head = _table_at(2, 160.0, [["계", "간담회"]])
    page2 = _page_text(2, [("5. 소통 실적", 50.0, 120.0), ("1) 국비 균형발전 포함", 50.0, 500.0)], [head])
    for line in page2.lines[1:]:  # the note set smaller than the body
        line.size = 8.0
    counts = _table_at(3, 50.0, [["11회", "8"]])
    page3 = _page_text(3, [("6. 향후 계획", 50.0, 120.0)], [counts])
    blocks = assemble([page1, page2, page3], [[funding], [head], [counts]], [])
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [t.grid() for t in tables] == [
        [["구 분", "국 비"], ["2021년", "688"]],
        [["계", "간담회"], ["11회", "8"]],
    ]
    texts = [b.text for b in blocks if not isinstance(b, Table)]
    assert texts.index("1) 국비 균형발전 포함") < texts.index("5. 소통 실적")  # the note after its call


def test_a_label_naming_another_section_ends_the_overviews_contents() -> None:
    """Crossbred 2649 (PDF, HWPX, HWP): an overview table of label | value rows, its last row 기대효과 over bulleted
    effects (the card printing them again in its own 기대효과 section): the row's label and bullets read on as the
    contents (4 unexpected, 0.996)."""
    from pledgecard.extract.sections.overview import extract_overview
    from tests.conftest import make_line

    items = [
        make_line("사업기간 : 2022. 9. ~ 2026. 12."),
        make_line("주요내용"),
        make_line("청년센터 3개소 조성", "●"),
        make_line("기대효과"),
        make_line("청년인구 유출 방지", "●"),
    ]
    got = extract_overview(items).value["overview"]
    assert got["contents"] == ["청년센터 3개소 조성"]
    # the label beside its value on one line (a row read as a pair): the same
    pair = [*items[:3], make_line("기대효과 : 청년인구 유출 방지")]
    assert extract_overview(pair).value["overview"]["contents"] == ["청년센터 3개소 조성"]
    # a content line merely holding a section's words goes on as a content
    words = [*items[:3], make_line("기대효과 분석 용역 추진")]
    assert extract_overview(words).value["overview"]["contents"] == [
        "청년센터 3개소 조성",
        "기대효과 분석 용역 추진",
    ]
