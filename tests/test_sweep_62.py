"""Structures the sweep of crossbred and mutated cards of the sixty-two families brought in (session 22, seeds
2500-2579 in PDF, HWPX and HWP, 3500-3539 in the text dump; the cards are pinned in tests/test_crossbreed.py
SEEDS_62 and tests/test_mutate_tables.py PINNED_62), on small inputs:

- a body table's section labels set a character a line under an ordinal heading number (``제`` / ``1`` / ``장`` /
  ``사`` / ``업`` / ``개`` / ``요``): the joined label ran its number into its title (``제1장사업개요``), which no
  numbering reads, so no label named a section and the whole body was one unparsed table (crossbred 2552: 0.077
  in PDF, HWPX and HWP; 0.306 in its dump).
- funding zero cells printed blank in a dump (mutants 3505, 3534, 3520, 3509): a line closing with a blank no gap
  shows, blanks before a note column's words, blanks beside share columns amid the head (확보 | 미확보), thousands a
  space apart with a trailing blank (3509: its stacked head, 재원구분 over the sources, joined in session 23:
  tests/test_sweep_leftovers_23.py); read only where the row totals and the total line prove one placement, null
  otherwise. Mutant 2573 (PDF, HWPX, HWP) prints blank zeros with no total row or column: no sum proves them,
  they stay null with a finding (normalize.unreadable_amount).
"""

from __future__ import annotations

from pledgecard.extract.heading_numbers import number_spaced
from pledgecard.extract.layout import Line, unpack_table
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.readers.text_vertical import join_vertical_labels
from tests.conftest import make_table, typed_chars


def _letters(text: str) -> str:
    return "\n".join(text)


def test_a_heading_number_run_into_its_title_gets_its_space_back() -> None:
    assert number_spaced("제1장사업개요") == "제1장 사업개요"
    assert number_spaced("제12절향후계획") == "제12절 향후계획"
    assert number_spaced("Ⅲ)투자계획") == "Ⅲ)투자계획"  # already read as numbered: as printed
    assert number_spaced("사업개요") == "사업개요"
    assert number_spaced("2024년") == "2024년"  # a year is no number before a title


def test_a_body_tables_ordinal_labels_set_a_letter_a_line_name_their_sections() -> None:
    table = make_table(
        [
            [_letters("제1장사업개요"), "➢ 사업기간 : 2018년 7월 ~ 2023년 6월"],
            [_letters("제2장추진실적"), "➊ 기 추진실적\n▢ 설명회 개최 : '22. 2."],
            [_letters("제6장향후계획"), "➢ 추진계획 수립 : 2023년 중"],
        ]
    )
    heads = [i.text for i in unpack_table(table) if isinstance(i, Line) and i.heading]
    assert heads == ["제1장 사업개요", "제2장 추진실적", "제6장 향후계획"]
    # the same labels unnumbered read as before
    bare = make_table(
        [
            [_letters("사업개요"), "➢ 사업기간 : 2018년 7월 ~ 2023년 6월"],
            [_letters("추진실적"), "▢ 설명회 개최 : '22. 2."],
        ]
    )
    assert [i.text for i in unpack_table(bare) if isinstance(i, Line) and i.heading] == [
        "사업개요",
        "추진실적",
    ]


def test_a_dumps_ordinal_label_a_character_a_line_is_one_heading_line() -> None:
    texts = [
        "실천목표 단계별 추진",
        "",
        *[c for ch in "제1장사업개요" for c in (ch, "")],
        "➢ 사업기간 : 2018년 7월",
    ]
    out = [
        t.text for t in join_vertical_labels([to_tline(k + 1, 1, t) for k, t in enumerate(texts)]) if t.text
    ]
    assert out == ["실천목표 단계별 추진", "제1장 사업개요", "➢ 사업기간 : 2018년 7월"]
    # lone characters spelling no section's label stay as printed (a column of one-character cells)
    cells = ["제", "1", "장", "2", "3", "4", "합계 10"]
    out = [
        t.text for t in join_vertical_labels([to_tline(k + 1, 1, t) for k, t in enumerate(cells)]) if t.text
    ]
    assert out == cells


def test_a_typed_table_dropping_a_head_of_years_is_redrawn() -> None:
    """Crossbred 2508 (generator fault): dolbit-city's page typing its tables (no table object) under nalgae-city's
    goals, each year a head spanning its 목표 | 실적 columns: a typed table types only the lowest head over each
    column, so the card printed no goal year the record held (goals 0.236, 0.701 in PDF, HWPX and HWP)."""
    import dataclasses

    from samples.crossbreed import _typed_heads_lost, crossbreed
    from samples.families import BY_NAME, FAMILIES, family_records

    nalgae, dolbit = BY_NAME["nalgae-city"], BY_NAME["dolbit-city"]
    typed = dataclasses.replace(nalgae, style=dataclasses.replace(nalgae.style, typed_tables=("goals",)))
    rec = family_records(typed, 1)[0]
    assert rec["goals"] and _typed_heads_lost(rec, typed)
    assert not _typed_heads_lost(rec, nalgae)  # drawn as a table: the years printed
    assert not any(_typed_heads_lost(r, dolbit) for r in family_records(dolbit, 1))  # a year column: typed
    fam, card_seed = crossbreed(2508, FAMILIES[:62])
    assert not any(_typed_heads_lost(r, fam) for r in family_records(fam, card_seed))


def test_a_typed_table_whose_head_leaves_a_sub_label_column_unnamed_is_a_grid() -> None:
    """Crossbred 2529 (pdf): a funding table of 계획 / 확보 rows under every source typed at tab stops, its
    head's 구분 typed once over the source's column and the rows' column: the head named one column fewer than
    the rows printed, no grid, the funding's figures read as text (money 0.125; 0.896)."""
    from pledgecard.extract.readers.pdf_typed import typed_grids

    head = [(50, "구분"), (150, "기투자"), (230, "2024년"), (310, "합계")]
    rows = [
        head,
        [(50, "국비"), (90, "계획"), (160, "1,800"), (240, "900"), (315, "2,700")],
        [(90, "확보"), (160, "1,800"), (250, "0"), (315, "1,800")],
        [(50, "시비"), (90, "계획"), (165, "900"), (245, "450"), (315, "1,350")],
    ]
    grids = typed_grids(typed_chars(rows), [])
    assert len(grids) == 1 and len(grids[0].cells) == 5 * 4
    # the unnamed column holding figures (a cell the head does not name over amounts): no grid
    figures = [head, *[[(x, "3" if k == 1 else t) for k, (x, t) in enumerate(r)] for r in rows[1:]]]
    assert typed_grids(typed_chars(figures), []) == []
    # two columns the head leaves unnamed: no grid
    two = [head, *[[*r, (380, "비고")] for r in rows[1:]]]
    assert typed_grids(typed_chars(two), []) == []


NOTE_HEAD = [
    "구 분",
    "(단위:천원)",
    "국 비",
    "시 비",
    "구 비",
    "기 타",
    "합 계",
    "비 고",
    "계 1909635 1576949 2427326 3344467 9258377",
    "기투자 849090 - 266212 471836 1587138 공사 착공",
    "'22년 - 93709 74179 299292 467180 보상 착수",
    "'27년 705320 - 740143 249406 1694869 -",
]


def _funding(lines: list[str]) -> dict[str, list[int | None]] | None:
    from pledgecard.extract.sections.funding import extract_funding
    from tests.conftest import make_line

    got = extract_funding([make_line(t) for t in lines]).value["funding"]
    return None if got is None else {r["label"].replace(" ", ""): r["amounts_krw"] for r in got["rows"]}


def test_a_head_a_cell_a_line_over_rows_closing_with_notes_is_joined() -> None:
    """Mutant 3537 (txt): years as rows under a head printed a cell a line whose last cell heads a note column
    (비 고), the rows closing with note words (공사 착공) or a dash: the head unjoined, the funding nulled (money
    0.111; 0.712)."""
    k = 1000
    rows = _funding(NOTE_HEAD)
    assert rows is not None
    assert rows["국비"] == [1909635 * k, 849090 * k, 0, 705320 * k]
    assert rows["합계"] == [9258377 * k, 1587138 * k, 467180 * k, 1694869 * k]
    # a head one cell short of the rows' figures and note: not joined, no figure read into a wrong column
    short = _funding([x for x in NOTE_HEAD if x != "기 타"])
    assert short is None or all(v is None for v in short.get("국비", [None]))


def test_a_section_word_ending_a_head_printed_a_cell_a_line_is_a_head_cell() -> None:
    """Mutant 3504 (txt): years as rows under a head printed a cell a line whose last cell, over the notes' column,
    is a word that also names a section (특이사항: 문제점 및 특이사항): it opened that section over the table's rows,
    the funding nulled (money 0.111; 0.830)."""
    from pledgecard.extract.cards import split_sections
    from tests.conftest import make_line

    head = ["구 분", "(단위:천원)", "합 계", "국 비", "도 비", "특이사항"]
    rows = ["기투자 1,704,712 795,333 909,379 시설 개관", "'22년 2,102,422 473,100 1,629,322 보상 착수"]
    items = [make_line("재원별 투자계획", "⚨"), *[make_line(t) for t in head + rows]]
    names = [(s.name, len(s.items)) for s in split_sections(items)]
    assert names == [(None, 0), ("funding", len(head) + len(rows))]
    # the same word as a line of its own after the table's rows: a section of its own
    after = [*items, make_line("특이사항"), make_line("인허가 지연 우려", "○")]
    assert [s.name for s in split_sections(after)][-1] == "issues"


UNDER_SPAN_DERIVED = [
    "(단위:백만원)",
    "구분 계 재원 증감",
    "국비 시비 구비 기타",
    "2022년 7358.0 1419.8 2472.9 1147.4 2317.9 -",
    "2023년 3427.0 2343.9 863.9 219.2 - △3931.0",
    "2024년 8466.2 2454.9 2824.7 369.3 2817.3 5039.2",
    "합계 19251.2 6218.6 6161.5 1735.9 5135.2 -",
]


def test_a_derived_column_beside_a_spanning_head_over_the_sources_is_taken_off() -> None:
    """Mutant 3525 (txt): years as rows under a two-line head, 재원 spanning the sources and 증감 (a change) beside
    it, each row closing with its change: no reading, the funding nulled (money 0.167; 0.909)."""
    m = 1_000_000
    rows = _funding(UNDER_SPAN_DERIVED)
    assert rows is not None
    assert rows["계"] == [7358 * m, 3427 * m, 8466_200_000, 19251_200_000]
    assert rows["기타"] == [2317_900_000, 0, 2817_300_000, 5135_200_000]
    # no head over the rows' last figures: the changes (△3931.0) read into no column
    got = _funding([UNDER_SPAN_DERIVED[0], "구분 계 재원", *UNDER_SPAN_DERIVED[2:]])
    assert got is None or not any(
        v in (3931_000_000, -3931_000_000, 5039_200_000) for r in got.values() for v in r
    )


CORNER_UNIT = [
    "(단위:백만원)",
    "계",
    "국 비",
    "도 비",
    "군 비",
    "계 19443 10817 2671 5955",
    "2018년 3420 1701 - 1719",
    "2019년 1080 - - 1080",
    "2020년 6511 2478 1416 2617",
    "2021년 2389 1784 605 -",
    "2022년 3012 2473 - 539",
    "2023년 3031 2381 650 -",
]


def test_a_head_a_cell_a_line_whose_corner_prints_the_unit_alone_is_joined() -> None:
    """Mutant 3505 (txt): years as rows under a head printed a cell a line whose corner cell holds the table's unit
    alone (no 구분): one head cell short of the corner, the head unjoined and the funding nulled (money 0.125). Its
    rows print zero cells blank, a trailing one invisible: read where the sums place them (the test below)."""
    m = 1_000_000
    lines = CORNER_UNIT
    rows = _funding(lines)
    assert rows is not None
    assert rows["국비"] == [10817 * m, 1701 * m, 0, 2478 * m, 1784 * m, 2473 * m, 2381 * m]
    assert rows["계"] == [19443 * m, 3420 * m, 1080 * m, 6511 * m, 2389 * m, 3012 * m, 3031 * m]
    # the unit after a corner word (구분): the corner is that word, one head cell too many for the rows: unjoined
    extra = _funding([lines[0], "구 분", "총 계", *lines[1:]])
    assert extra is None or all(v is None for v in extra.get("국비", [None]))


def _printed(text: str) -> Line:
    from pledgecard.extract.document import Source

    return Line(text=" ".join(text.split()), marker=None, indent=0, source=Source(), printed=text)


def _funding_printed(lines: list[str]) -> tuple[list[str], dict[str, list[int | None]]] | None:
    from pledgecard.extract.sections.funding import extract_funding

    got = extract_funding([_printed(t) for t in lines]).value["funding"]
    if got is None:
        return None
    return [c["label"] for c in got["columns"]], {r["label"]: r["amounts_krw"] for r in got["rows"]}


_HEAD = ["(단위:백만원)", "계", "국 비", "도 비", "군 비"]
_BODY = [
    "계 19443 10817 2671 5955",
    "2018년 3420 1701  1719",
    "2019년 1080   1080",
    "2020년 6511 2478 1416 2617",
    "2021년 2389 1784 605 ",
    "2022년 3012 2473  539",
    "2023년 3031 2381 650 ",
]


def test_a_period_line_closing_with_a_blank_cell_is_read_where_the_column_sums_place_it() -> None:
    """A transposed table (a year a line) whose zero cells print blank, one closing a line (no gap a dump
    can show): its blanks are placed where the row's total and the columns' total line prove them."""
    got = _funding_printed(_HEAD + _BODY + ["비율(%) 100.0 55.6 13.7 30.6"])  # a share row after: no amounts
    assert got is not None
    labels, rows = got
    assert labels == ["계", "2018", "2019", "2020", "2021", "2022", "2023"]
    m = 10**6
    assert rows["도비"] == [2671 * m, 0, 0, 1416 * m, 605 * m, 0, 650 * m]
    assert rows["군비"] == [5955 * m, 1719 * m, 1080 * m, 2617 * m, 0, 539 * m, 0]


def test_a_short_period_line_no_column_sum_places_stays_unread() -> None:
    """Without the columns' total line a short line's blank could stand in any column: no figure placed, unless
    the spaces closing the line make it exactly the head's cells (session 26, funding_spaced.with_blanks: the
    dump printed the blank last cell's separator), which places the blank last."""
    unproven = [t.rstrip() for t in _BODY[1:]]  # no closing spaces: nothing shows where the blank stands
    got = _funding_printed(_HEAD + unproven)
    rows = got[1] if got else {}
    assert all(v[k] is None for v in rows.values() for k in (4, 6) if k < len(v))  # 2021, 2023: a blank each
    got = _funding_printed(
        _HEAD + _BODY[1:]
    )  # "2021년 2389 1784 605 ": its closing space the blank 군비 cell
    assert got is not None
    labels, rows = got
    m = 10**6
    assert labels == ["2018", "2019", "2020", "2021", "2022", "2023"]
    assert rows["도비"] == [
        0,
        0,
        1416 * m,
        605 * m,
        0,
        650 * m,
    ]  # the printed figures, as with the total line
    assert rows["군비"] == [1719 * m, 1080 * m, 2617 * m, 0, 539 * m, 0]


def test_a_period_line_with_blank_cells_before_its_note_is_read_where_the_sums_place_them() -> None:
    """Mutant 3534 (txt): a head a cell a line closing with 비고, a year's line printing two zero cells blank
    before its note's words (``2022년 289,602 289,602   실시설계 용역``): the notes taken off, the blanks placed
    where the row's total and the total line prove them."""
    head = ["⟮단위 : 천원⟯", "계", "국  비", "시  비", "민  자", "비고"]
    body = [
        "합계 5,395,018 2,677,198 1,624,025 1,093,795 ",
        "2022년 289,602 289,602   실시설계 용역",
        "2023년 2,051,173 844,943 823,361 382,869 시설 개관",
        "2024년 1,314,158 714,307 85,555 514,296 시설 개관",
        "2025년 1,025,654 370,527 488,328 166,799 시설 개관",
        "2026년 714,431 457,819 226,781 29,831 기본계획 수립",
    ]
    got = _funding_printed(head + body)
    assert got is not None
    k = 1000
    assert got[1]["시비"] == [1_624_025 * k, 0, 823_361 * k, 85_555 * k, 488_328 * k, 226_781 * k]
    assert got[1]["민자"][:2] == [1_093_795 * k, 0]
    # the total line off: which column a blank stands in no sum proves
    loose = _funding_printed(head + body[1:])
    assert all(v[1] is None for v in (loose[1] if loose else {}).values() if len(v) > 1)


SHARES_AMID = [
    "(단위 : 천원)",
    "구 분 총사업비 재원 확보현황 연도별 투자계획",
    "확보 미확보 2023 2024 2025 2026",
    "합 계 14,199,784 2,761,865 11,437,919 2,761,865 2,345,540 3,472,640 5,619,739",
    "국 비 3,361,296  3,361,296  1,586,552  1,774,744",
    "도 비 7,739,960 2,761,865 4,978,095 2,761,865 758,988 1,334,458 2,884,649",
    "민 자 3,098,528  3,098,528   2,138,182 960,346",
]


def test_blank_cells_beside_share_columns_amid_the_head_are_read_where_the_sums_prove_them() -> None:
    """Mutant 3520 (txt): 확보 | 미확보 between the total and the years (no amount of the record), rows printing
    zero cells blank (a wider gap): the short rows were dealt left under the head and nulled (money 0.167)."""
    got = _funding_printed(SHARES_AMID)
    assert got is not None
    labels, rows = got
    k = 1000
    assert labels == ["총사업비", "2023", "2024", "2025", "2026"]
    assert rows["국비"] == [3_361_296 * k, 0, 1_586_552 * k, 0, 1_774_744 * k]
    assert rows["민자"] == [3_098_528 * k, 0, 0, 2_138_182 * k, 960_346 * k]
    # a blank's gap lost (one space): the row no longer fills the head; its blanks tried at every place, share
    # columns too, only the one placement the row's total and every column's sum prove stands (session 24)
    lost = _funding_printed([*SHARES_AMID[:-1], "민 자 3,098,528 3,098,528 2,138,182 960,346"])
    assert lost is not None and lost[1]["민자"] == rows["민자"]
    # ... and with a column's total misprinted (2,138,182 where the total line sums 2,138,183), no figure placed
    off = _funding_printed([*SHARES_AMID[:-1], "민 자 3,098,528 3,098,528 2,138,183 960,346"])
    assert off is None or all(v is None for v in off[1].get("민자", [None]))


SPACED_SHORT = [
    "(단위:천원)",
    "구분 합 계 국 비 도 비 군 비 기 타",
    "기투자 1 017 086 158 934  137 320 720 832",
    "'24년 1 235 132  454 557 246 655 533 920",
    "'25년 1 674 147 674 939 90 377 607 041 301 790",
    "'26년 1 647 550 558 654 232 656 856 240 ",
    "계 5 573 915 1 392 527 777 590 1 847 256 1 556 542",
]


def test_a_spaced_period_line_closing_with_a_blank_is_grouped_where_the_sums_prove_it() -> None:
    """Mutant 3509 (txt): years as rows, thousands a space apart, a zero cell closing a line printed blank
    (no gap a dump can show): the line's groupings into fewer cells, the blank at each place, the sums choose."""
    got = _funding_printed(SPACED_SHORT)
    assert got is not None
    labels, rows = got
    k = 1000
    assert labels == ["기투자", "2024", "2025", "2026", "계"]
    assert rows["기타"] == [720_832 * k, 533_920 * k, 301_790 * k, 0, 1_556_542 * k]
    assert rows["국비"] == [158_934 * k, 0, 674_939 * k, 558_654 * k, 1_392_527 * k]
    # the total line off: the short line's blank may stand in any column, and its groups part otherwise
    loose = _funding_printed(SPACED_SHORT[:-1])
    assert all(v[3] is None for v in (loose[1] if loose else {}).values() if len(v) > 3)


def test_a_change_column_closing_the_head_is_no_share_column_amid_it() -> None:
    """Crossbred mutant 3501 (txt): thousands a space apart, each row closing with its change (증감, the head's
    last column): a share column's place amid the periods is skipped, one closing the head is not skipped twice."""
    lines = [
        "｢단위 : 백만원｣",
        "구 분 기투자 2022년 2023년 2024년 2025년 2026년 증감",
        "국 비 368 2 481 - 1 648 2 534 2 326 △208",
        "도 비 344 - 2 510 234 140 1 820 1 680",
        "군 비 - - 1 865 - 967 907 △60",
        "계 712 2 481 4 375 1 882 3 641 5 053 1 412",
    ]
    got = _funding_printed(lines)
    assert got is not None
    m = 10**6
    assert got[1]["군비"] == [0, 0, 1865 * m, 0, 967 * m, 907 * m]
    assert got[1]["계"] == [712 * m, 2481 * m, 4375 * m, 1882 * m, 3641 * m, 5053 * m]
