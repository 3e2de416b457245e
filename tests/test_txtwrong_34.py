"""Session 34's txt sweep of mutants 4280-4319 and 4360-4399 (never swept as txt before): unit tests on each class
of wrong figure fixed; the cards pinned in tests/test_mutate_tables.py PINNED_90c (scored there, 0 wrong)."""

from __future__ import annotations

from dataclasses import replace

from tests.conftest import make_line


def _printed(text: str) -> object:
    """A dump's row line as the text reader hands it: its words one space apart, its space runs kept in ``printed``."""
    return replace(make_line(" ".join(text.split())), printed=text)


def test_a_row_printing_every_column_and_a_gap_more_is_held_to_the_columns_sums() -> None:
    """Mutant 4301 (txt): ``기 타 1,368,930  161,077 630,422 492,230 85,201 -`` under 총사업비 | 2023 .. 2026 | 임기 후 | 비고:
    six tokens for six columns, so read as printed (the 비고 dash a zero, every figure a year early), its own total
    holding: 5 wrong figures. The gap shows a blank cell: seven cells, one more than the columns."""
    from pledgecard.extract.sections.funding_gapped_rows import gapped_rows, named_columns

    lines = [
        _printed("기 타 1,368,930  161,077 630,422 492,230 85,201 -"),
        _printed(
            "국 비 2,318,055  696,523 531,980 702,136 387,416 본예산 반영 예정"
        ),  # five tokens: a short row
        _printed("도 비 724,568 176,835 334,317 213,416 0 0"),  # every cell, no gap: stands as printed
        _printed("군 비 1,380,948 - 46,799 553,141 297,533 483,475  -"),
    ]  # a gap before the note only
    assert gapped_rows(lines, 6) == {"기타", "군비"}
    assert (
        gapped_rows(lines, 8) == set()
    )  # a head naming more columns than the figures: short rows, not these
    assert (
        gapped_rows([make_line("기 타 1,368,930 161,077 630,422 492,230 85,201 -")], 6) == set()
    )  # no space runs kept
    grid = [["", "총사업비", "2023", "2024", "2025", "2026", "임기 후"], ["기타", "1"]]
    assert named_columns(grid) == 6
    assert named_columns([]) == 0


def test_the_gapped_row_is_placed_where_the_columns_sums_prove_it() -> None:
    """Mutant 4301 (txt) end to end on the section: the gapped 기타 row and the short rows placed by the total row's
    column sums (2023: 176,835 = 도비's alone), the 비고 cells no amount."""
    from pledgecard.extract.sections.funding import extract_funding

    texts = [
        "구 분 총사업비⟦천원⟧ 연도별 투자 실적 및 계획 비 고",
        "2023 2024 2025 2026 임기 후",
        "국 비 2,318,055  696,523 531,980 702,136 387,416 본예산 반영 예정",
        "도 비 724,568 176,835 334,317 213,416   교부 신청",
        "군 비 1,380,948  46,799 553,141 297,533 483,475 추경 반영",
        "기 타 1,368,930  161,077 630,422 492,230 85,201 -",
        "계 5,792,501 176,835 1,238,716 1,928,959 1,491,899 956,092 ",
    ]
    lines = [
        replace(_printed(t), source=replace(make_line(t).source, line_start=k + 1))
        for k, t in enumerate(texts)
    ]
    funding = extract_funding(lines).value["funding"]
    rows = {r["label"]: r["amounts_krw"] for r in funding["rows"]}
    k = 1000
    assert rows["기타"] == [1_368_930 * k, 0, 161_077 * k, 630_422 * k, 492_230 * k, 85_201 * k]
    assert rows["국비"] == [2_318_055 * k, 0, 696_523 * k, 531_980 * k, 702_136 * k, 387_416 * k]
    assert rows["도비"] == [724_568 * k, 176_835 * k, 334_317 * k, 213_416 * k, 0, 0]


def test_a_gapped_row_the_sums_cannot_place_is_left_null() -> None:
    """The same table with its total row's 2023 cell disagreeing: no placing of the blanks proven, every row null
    (its printed tokens kept), none read a column off."""
    from pledgecard.extract.sections.funding import extract_funding

    texts = [
        "구 분 총사업비⟦천원⟧ 연도별 투자 실적 및 계획 비 고",
        "2023 2024 2025 2026 임기 후",
        "국 비 2,318,055  696,523 531,980 702,136 387,416 본예산 반영 예정",
        "도 비 724,568 176,835 334,317 213,416   교부 신청",
        "군 비 1,380,948  46,799 553,141 297,533 483,475 추경 반영",
        "기 타 1,368,930  161,077 630,422 492,230 85,201 -",
        "계 5,792,501 176,000 1,238,716 1,928,959 1,491,899 956,092 ",
    ]
    lines = [
        replace(_printed(t), source=replace(make_line(t).source, line_start=k + 1))
        for k, t in enumerate(texts)
    ]
    funding = extract_funding(lines).value["funding"]
    rows = {r["label"]: r["amounts_krw"] for r in (funding or {}).get("rows", [])}
    assert rows.get("기타") is None or rows["기타"][1:] != [
        161_077_000,
        630_422_000,
        492_230_000,
        85_201_000,
        0,
    ]
    assert all(v is None for v in rows.get("기타", [None]))


_GOALS = [
    "연도 세부사업 목표 실적 달성률 추진상황 추진내용",
    "2024",
    "아이돌봄 지원사업",
    "아이돌봄 교육생 양성(15명)",
    "22명",
    "147%",
    "추진 중",
    "경로당 운영 및 돌봄 종사자 지원",
    "2025",
    "아이돌봄 교육생 양성(30명)",
    "-",
    "-",
    "미착수",
    "2026",
    "단계별 추진",
    "-",
    "-",
    "미착수",
    "2024",
    "아이돌봄 인재양성",
    "아이돌봄 교육생 양성(25명)",
    "13명",
    "52%",
    "추진 중",
    "거점센터 운영 및 어르신 지원",
]


def test_goal_rows_under_a_merged_project_cell_a_line_are_read_where_both_readers_agree() -> None:
    """Mutant 4361 (txt): a goal table a cell a line under a head on one line, its project merged over 2024-2026:
    the rows-a-line reader read the two rows printing every cell and left 2025 and 2026 unread; the later 2024
    goal (25명) then scored against the lost 2025 one (30명): 2 wrong. The cell-a-line reading agrees on both rows
    read and reads the two more, the project carried."""
    from pledgecard.extract.sections.goal_cells_over_rows import cells_read_more
    from pledgecard.extract.sections.goal_rows import GoalRow

    first = GoalRow(
        7,
        "아이돌봄 지원사업",
        2024,
        "아이돌봄 교육생 양성(15명)",
        "추진 중",
        "22명",
        "경로당 운영 및 돌봄 종사자 지원",
    )
    last = GoalRow(
        24,
        "아이돌봄 인재양성",
        2024,
        "아이돌봄 교육생 양성(25명)",
        "추진 중",
        "13명",
        "거점센터 운영 및 어르신 지원",
    )
    got = cells_read_more(_GOALS, ([first, last], list(range(8, 18))))
    assert got is not None
    rows, unread = got
    assert [(r.project, r.year, r.target, r.actual) for r in rows] == [
        ("아이돌봄 지원사업", 2024, "아이돌봄 교육생 양성(15명)", "22명"),
        ("아이돌봄 지원사업", 2025, "아이돌봄 교육생 양성(30명)", None),
        ("아이돌봄 지원사업", 2026, "단계별 추진", None),
        ("아이돌봄 인재양성", 2024, "아이돌봄 교육생 양성(25명)", "13명"),
    ]
    assert unread == []


def test_a_cell_a_line_reading_disagreeing_with_a_row_read_is_not_taken() -> None:
    """A row the rows-a-line reader read otherwise (another actual), or nothing left unread: its reading stands."""
    from pledgecard.extract.sections.goal_cells_over_rows import cells_read_more
    from pledgecard.extract.sections.goal_rows import GoalRow

    other = GoalRow(7, "아이돌봄 지원사업", 2024, "아이돌봄 교육생 양성(15명)", "추진 중", "21명", None)
    assert cells_read_more(_GOALS, ([other], list(range(8, 18)))) is None
    same = GoalRow(7, "아이돌봄 지원사업", 2024, "아이돌봄 교육생 양성(15명)", "추진 중", "22명", None)
    assert cells_read_more(_GOALS, ([same], [])) is None  # every line read: nothing to add
    assert cells_read_more(_GOALS[1:], ([same], [8])) is None  # no head line over the cells: no reading
