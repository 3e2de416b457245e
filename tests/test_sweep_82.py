"""The shapes of session 29's fresh sweep over the eighty-one families (mutated seeds 3180-3239 in PDF, HWPX and
HWP, 3840-3879 in the text dump; crossbred seeds 6223-6252 in all four formats): unit tests on each class fixed;
the cards pinned in tests/test_crossbreed.py SEEDS_82 and tests/test_mutate_tables.py PINNED_82."""

from __future__ import annotations

from tests.conftest import make_line


def test_a_tag_numbering_a_block_is_read_apart_from_its_title() -> None:
    """Crossbred 6245: gaji-county's blocks numbered by a tag (``[세부사업1] 기 추진실적``) and gureum-city's goals
    told as lines under a block heading of that numbering (``[세부사업3] 성과지표 달성 현황``)."""
    from pledgecard.extract.tagged_headings import numbered_tag, tagged_section

    assert numbered_tag("[세부사업3] 성과지표 달성 현황") == ("[세부사업3]", "성과지표 달성 현황")
    assert numbered_tag("〔과제 2〕 추진실적") == ("〔과제 2〕", "추진실적")
    assert tagged_section("[세부사업3] 성과지표 달성 현황") == "goals"
    assert tagged_section("<사업3> 향후계획") == "plans"
    # no number in the tag, no title after it, a long bracketed remark, a title of no section: no heading
    assert numbered_tag("[주요내용] 추진실적") is None and numbered_tag("[세부사업3]") is None
    assert numbered_tag("(2021. 12. 31. 현재까지의 누계 실적) 추진실적") is None
    assert tagged_section("[세부사업1] 돌봄센터 운영") is None
    assert tagged_section("[세부사업2] 2021. 12. 31. 현재") is None


def test_a_tag_numbered_section_title_heads_its_section_among_the_blocks() -> None:
    from pledgecard.extract.card_headings import heading_of

    assert heading_of(make_line("[세부사업3] 성과지표 달성 현황"), "achievements") == "goals"
    assert heading_of(make_line("[세부사업1] 기 추진실적 ('21. 3/4분기 누계)"), "achievements") is None
    assert heading_of(make_line("[세부사업3] 추진실적"), "achievements") is None  # the section it stands in


def test_a_tag_numbered_section_title_never_continues_the_item_above() -> None:
    """The text dump: the title line under an item's last line was joined to it as the item's wrapped rest."""
    from pledgecard.extract.textjoin_shapes import opens_heading

    assert opens_heading("[세부사업3] 성과지표 달성 현황")
    assert not opens_heading("[세부사업3] 돌봄센터 운영 지원")


def _cols(*labels: str) -> list[dict]:
    return [
        {
            "label": lab,
            "kind": "total" if lab == "총사업비" else "year",
            "year": None if lab == "총사업비" else int(lab),
        }
        for lab in labels
    ]


def _row(label: str, source: str, *amounts: int | None) -> dict:
    return {"label": label, "source": source, "amounts_krw": list(amounts)}


def test_a_continued_part_with_a_zero_printed_as_nothing_goes_on() -> None:
    """Mutant 3185: a funding table cut by a page break under ``(계속)``, its head printed again, 군비's 2025 zero
    printed as nothing: the blank refused the sums' proof, the part after the break lost (도비 and 군비 null:
    money 0.571, 0.946 in PDF, HWPX and HWP). The column's read parts adding up to its total prove the blank."""
    from pledgecard.extract.sections.funding_continued import continues_rows

    cols = _cols("총사업비", "2024", "2025")
    first = [_row("계", "total", 60, 30, 30), _row("국비", "national", 20, 10, 10)]
    more = [_row("도비", "provincial", 30, 10, 20), _row("군비", "municipal", 10, 10, None)]
    assert continues_rows(cols, first, cols, more)
    # a blank the sums do not prove zero (it would hold 5), or a blank total: not the same table's rows
    assert not continues_rows(cols, first, cols, [_row("도비", "provincial", 30, 10, 15), more[1]])
    assert not continues_rows(cols, [_row("계", "total", 60, 30, None), first[1]], cols, more)


def test_a_continued_parts_blank_zero_is_proven_in_the_joined_table() -> None:
    from pledgecard.extract.sections.funding_zeros import zeros_proven

    cols = _cols("총사업비", "2024", "2025")
    rows = [
        _row("계", "total", 60, 30, 30),
        _row("국비", "national", 20, 10, 10),
        _row("도비", "provincial", 30, 10, 20),
        _row("군비", "municipal", 10, 10, None),
    ]
    assert zeros_proven(cols, rows, [(3, 2)]) == 1 and rows[3]["amounts_krw"] == [10, 10, 0]


def test_a_footnote_mark_after_a_figures_unit_is_no_part_of_it() -> None:
    """Mutant 3184: gyeoul-county's footnote marks on figures (``4,618※``) in a table printing every amount with its
    unit: ``7958백만원*``, ``6384백만원주1)``, ``7389백만원※`` unread, 도비 and 군비 null (money 0.474, 0.952 in
    PDF, HWPX and HWP)."""
    from pledgecard.extract.figure_marks import without_mark

    assert without_mark("7958백만원*") == "7958백만원"
    assert without_mark("6384백만원주1)") == "6384백만원"
    assert without_mark("1,200 억원 ※") == "1,200 억원"
    assert without_mark("4,618※") == "4,618" and without_mark("820주1)") == "820"
    # mutant 3206 (PDF): a note's raised number flattened after the unit (1,092백만원1): 국비 and 도비 null, 0.977)
    assert without_mark("1,092백만원1)") == "1,092백만원" and without_mark("2,426 백만원2)") == "2,426 백만원"
    assert without_mark("1231)") == "1231)"  # a bare number's own digits: no call told from them
    # no mark: the cell as printed; a unit alone or a word after a figure is no figure's mark
    for cell in ("7958백만원", "백만원※", "3개소※", "2024년 완료"):
        assert without_mark(cell) == cell


def test_a_title_row_over_a_group_span_leaves_the_members_row_the_sources() -> None:
    """Mutant 3201 (HWPX, HWP): a title row holding the unit (``연도별 투자 실적 및 계획 | ⦅단위 억원⦆``) over a transposed
    head, 지방비 spanning 소계 | 도비 | 군비: the span's row, its cell counted thrice, taken for the sources' own, 도비 and
    군비 null (money 0.6, 0.947; the PDF reader, dropping the title row's empty cell, read it right)."""
    from pledgecard.extract.sections.funding_grid import interpret_grid

    title = ["연도별 투자 실적 및 계획"] * 5 + ["⦅단위 억원⦆", ""]
    grid = [
        title,
        ["구 분", "국 비", "지 방 비", "지 방 비", "지 방 비", "민 자", "참 고"],
        ["구 분", "국 비", "소 계", "도 비", "군 비", "민 자", "참 고"],
        ["2018년", "-", "1.3", "0.7", "0.6", "24.1", "보상 착수"],
        ["2019년", "28.4", "43.6", "26.3", "17.3", "14.0", "시설 개관"],
    ]
    columns, rows = interpret_grid(grid, 10**8)
    by = {r["source"]: r["amounts_krw"] for r in rows}
    assert [c["year"] for c in columns] == [2018, 2019]
    assert by["provincial"] == [70_000_000, 2_630_000_000] and by["municipal"] == [60_000_000, 1_730_000_000]
    # the same head with no title row over it reads the same sources alike (its 소계 folded into them)
    untitled = {r["source"]: r["amounts_krw"] for r in interpret_grid(grid[1:], 10**8)[1]}
    assert all(by[k] == v for k, v in untitled.items())


def test_a_dump_row_short_of_a_closing_blank_under_no_total_column_is_placed_by_the_total_row() -> None:
    """Mutant 3872 (txt): a funding table of ungrouped amounts with no total column, zeros printed as nothing: a blank
    amid a row shown by a wider gap, one closing the line lost with the line's trailing space (``구 비 1870  628
    1849``: four cells for five columns). Without a row total no placement was tried, 시비 and 구비 null (money 0.583,
    0.914); the 합계 row's column sums choose the one placement that fits."""
    from pledgecard.extract.sections.funding_spaced import regroup_spaced

    kinds = [
        ("기투자", "prior", None),
        ("2024", "year", 2024),
        ("2025", "year", 2025),
        ("2026", "year", 2026),
        ("임기후", "after_term", None),
    ]
    columns = [{"label": lab, "kind": kind, "year": year} for lab, kind, year in kinds]
    m = 10**6
    rows = [
        _row("국비", "national", *(v * m for v in (2475, 420, 2271, 2528, 833))),
        _row("시비", "municipal", *[None] * 5),
        _row("구비", "district", *[None] * 5),
        _row("합계", "total", *(v * m for v in (5015, 1017, 2899, 4480, 1065))),
    ]
    printed = {"시비": ["670", "597", "", "103", "232"], "구비": ["1870", "", "628", "1849"]}
    assert regroup_spaced(columns, rows, m, printed=printed)
    assert rows[1]["amounts_krw"] == [v * m for v in (670, 597, 0, 103, 232)]
    assert rows[2]["amounts_krw"] == [v * m for v in (1870, 0, 628, 1849, 0)]
    # two tables the column sums both let stand (each row's lost zero first or last, the other's the other): none read
    years = [{"label": str(y), "kind": "year", "year": y} for y in (2024, 2025, 2026)]
    two = [
        _row("시비", "municipal", None, None, None),
        _row("구비", "district", None, None, None),
        _row("합계", "total", 5 * m, 10 * m, 5 * m),
    ]
    assert not regroup_spaced(years, two, m, printed={"시비": ["5", "5"], "구비": ["5", "5"]})
    assert two[0]["amounts_krw"] == [None, None, None]


def test_a_dump_rows_kept_figures_give_way_to_its_line_with_its_gaps() -> None:
    """Mutant 3864 (txt): a funding table with derived cells after the periods (집행률(%) | 증감액) and zeros printed
    as nothing: each row kept as many figures as the columns, written anew (``100`` for ``100.0``), so its line's
    gaps (the blank cells) were no longer found and no grouping fitted (the whole funding null: money 0.125, 0.859).
    The line's tokens, the same figures first, stand for them."""
    from pledgecard.extract.sections.funding_rows import printed_with_blanks

    lines = [
        make_line("국비 7,033 2,482 1,954  598 1,334 665 90.5 736"),
        make_line("도비 5,830 1,573 429  563 3,265  100.0 2,702"),
    ]
    rows = [_row("국비", "national", *[None] * 7), _row("도비", "provincial", *[None] * 7)]
    rows[0]["amounts_raw"] = ["7,033", "2,482", "1,954", "598", "1,334", "665", "90.5"]
    rows[1]["amounts_raw"] = ["5,830", "1,573", "429", "563", "3,265", "100", "2,702"]
    printed = printed_with_blanks(rows, lines, 9)
    assert printed["국비"] == ["7,033", "2,482", "1,954", "", "598", "1,334", "665", "90.5", "736"]
    assert printed["도비"] == ["5,830", "1,573", "429", "", "563", "3,265", "", "100.0", "2,702"]
    # figures written anew that are not the line's first (another reading of its cells): kept as they are
    rows[0]["amounts_raw"] = ["7,033", "2,482", "1,954", "0", "598", "1,334", "665"]
    assert printed_with_blanks(rows, lines, 9)["국비"] == rows[0]["amounts_raw"]
