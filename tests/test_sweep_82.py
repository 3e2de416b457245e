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
    return [{"label": lab, "kind": "total" if lab == "총사업비" else "year", "year": None if lab == "총사업비" else int(lab)}
            for lab in labels]


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
    rows = [_row("계", "total", 60, 30, 30), _row("국비", "national", 20, 10, 10),
            _row("도비", "provincial", 30, 10, 20), _row("군비", "municipal", 10, 10, None)]
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
    # no mark: the cell as printed; a unit alone or a word after a figure is no figure's mark
    for cell in ("7958백만원", "백만원※", "3개소※", "2024년 완료"):
        assert without_mark(cell) == cell


def test_a_title_row_over_a_group_span_leaves_the_members_row_the_sources() -> None:
    """Mutant 3201 (HWPX, HWP): a title row holding the unit (``연도별 투자 실적 및 계획 | ⦅단위 억원⦆``) over a transposed
    head, 지방비 spanning 소계 | 도비 | 군비: the span's row, its cell counted thrice, taken for the sources' own, 도비 and
    군비 null (money 0.6, 0.947; the PDF reader, dropping the title row's empty cell, read it right)."""
    from pledgecard.extract.sections.funding_grid import interpret_grid

    title = ["연도별 투자 실적 및 계획"] * 5 + ["⦅단위 억원⦆", ""]
    grid = [title, ["구 분", "국 비", "지 방 비", "지 방 비", "지 방 비", "민 자", "참 고"],
            ["구 분", "국 비", "소 계", "도 비", "군 비", "민 자", "참 고"],
            ["2018년", "-", "1.3", "0.7", "0.6", "24.1", "보상 착수"],
            ["2019년", "28.4", "43.6", "26.3", "17.3", "14.0", "시설 개관"]]
    columns, rows = interpret_grid(grid, 10**8)
    by = {r["source"]: r["amounts_krw"] for r in rows}
    assert [c["year"] for c in columns] == [2018, 2019]
    assert by["provincial"] == [70_000_000, 2_630_000_000] and by["municipal"] == [60_000_000, 1_730_000_000]
    # the same head with no title row over it reads the same sources alike (its 소계 folded into them)
    untitled = {r["source"]: r["amounts_krw"] for r in interpret_grid(grid[1:], 10**8)[1]}
    assert all(by[k] == v for k, v in untitled.items())
