"""Session 35's fresh sweep (mutated seeds 3540-3599 in PDF, HWPX and HWP, 4400-4439 in the text dump; crossbred
seeds 6403-6432): unit tests on each class fixed; the cards pinned in tests/test_mutate_tables.py PINNED_91 and
tests/test_crossbreed.py SEEDS_91."""

from __future__ import annotations

_HEAD = ["세부사업", "재원", "총사업비", "2018년", "2019년"]


def _project_grid() -> list[list[str]]:
    """Crossbred 6403's funding table as every reader gives it: a group cell over each run of rows, printed on the
    run's first row only (a sub-project's name over its 소계, 합계 over the whole's 계), the others opening blank."""
    return [
        _HEAD,
        ["수소산업 인재양성", "소계", "5,550", "851", "0"],
        ["", "국비", "3,188", "145", "-"],
        ["", "시비", "2,362", "706", "-"],
        ["수소산업 기반 구축", "소계", "9,069", "2,220", "0"],
        ["", "국비", "1,937", "89", "-"],
        ["", "시비", "7,132", "2,131", "-"],
        ["합계", "계", "14,619", "3,071", "0"],
        ["", "국비", "5,125", "234", "-"],
        ["", "시비", "9,494", "2,837", "-"],
    ]


def test_a_group_cells_run_of_source_rows_is_read_and_the_whole_is_the_block_its_sums_prove() -> None:
    """Crossbred 6403 (PDF, HWPX, HWP, text dump): funding by sub-project, each run of rows opened by a group
    cell beside its subtotal, the rows under it opening blank: only the whole's 계 read, its sources lost
    (money 0.429, 0.946)."""
    from pledgecard.extract.sections.funding_grid import interpret_grid

    columns, rows = interpret_grid(_project_grid(), 1_000_000)
    assert [c["label"] for c in columns] == ["총사업비", "2018", "2019"]
    m = 1_000_000
    assert [(r["source"], r["amounts_krw"]) for r in rows] == [
        ("total", [14_619 * m, 3_071 * m, 0]),
        ("national", [5_125 * m, 234 * m, 0]),
        ("municipal", [9_494 * m, 2_837 * m, 0]),
    ]


def test_the_whole_is_read_only_where_the_blocks_sums_prove_it() -> None:
    """The same table with the whole's 국비 disagreeing with the sub-projects' (a misread or a misprint): which
    rows are the whole's is not proven, no source is read under the sources' names."""
    from pledgecard.extract.sections.funding_grid import interpret_grid

    grid = _project_grid()
    grid[8] = ["", "국비", "5,125", "230", "-"]
    _, rows = interpret_grid(grid, 1_000_000)
    # every row kept under its name (none dropped), no figure of any: the whole's rows are not proven
    sources = [("국비", "national"), ("시비", "municipal")]
    assert [(r["label"], r["source"]) for r in rows] == [
        ("소계", "total"),
        *sources,
        ("소계", "total"),
        *sources,
        ("계", "total"),
        *sources,
    ]
    assert all(r["amounts_krw"] == [None, None, None] for r in rows)


def test_a_run_is_a_group_cell_beside_a_total_over_blank_first_cells_naming_sources() -> None:
    """The shape only: a run opens on a name that is no source's part beside a total, its rows blank first cells
    naming sources; a source's own row, a row of amounts or a total alone open none."""
    from pledgecard.extract.sections.funding_project_runs import in_run, opens_run

    grid = _project_grid()
    assert opens_run(grid, 1) and opens_run(grid, 4) and opens_run(grid, 7)
    assert all(in_run(grid, i) for i in range(1, 10))
    assert not in_run(grid, 0)
    plain = [_HEAD[1:], ["계", "9", "1"], ["국비", "5", "1"], ["", "시비", "4"]]
    assert not any(in_run(plain, i) for i in range(len(plain)))  # no group column: as before
    nested = [_HEAD, ["국비", "소계", "5", "1", "0"], ["", "국고보조금", "3", "1", "0"]]
    assert not opens_run(nested, 1)  # a source's cell over its parts (funding_grid._grouped): not a run


def _cols() -> list[dict]:
    return [
        {"label": "총사업비", "kind": "total", "year": None},
        *({"label": str(y), "kind": "year", "year": y} for y in (2022, 2023, 2024)),
    ]


def test_a_part_of_rows_only_after_a_page_break_is_read_under_the_columns_above_and_proven_by_the_total() -> (
    None
):
    """Mutant 3589 (PDF): the funding table cut by a page break before its last source, the next page's row (구비)
    drawn as a table of its own with no head: read as a row of no amounts, the source lost (money 0.786, 0.977)."""
    from pledgecard.extract.sections.funding_continued import continues_rows
    from pledgecard.extract.sections.funding_headless_part import rows_under

    m = 1_000
    above = [
        {"label": "합계", "source": "total", "amounts_krw": [960 * m, 590 * m, 140 * m, 230 * m]},
        {"label": "국비", "source": "national", "amounts_krw": [610 * m, 430 * m, 50 * m, 130 * m]},
    ]
    got = rows_under([["구비", "350", "160", "90", "100"]], _cols(), m)
    assert got is not None
    rows, where = got
    assert [(r["label"], r["amounts_krw"]) for r in rows] == [("구비", [350 * m, 160 * m, 90 * m, 100 * m])]
    assert where[0][0] == (0, 0) and [c for _, c in where[0][1]] == [1, 2, 3, 4]
    assert continues_rows(_cols(), above, [], rows)
    wrong, _ = rows_under([["구비", "350", "160", "90", "99"]], _cols(), m) or ([], [])
    assert not continues_rows(_cols(), above, [], wrong)  # the total disproves it: not the table's


def test_a_head_less_table_is_read_under_the_columns_above_only_when_every_row_has_as_many_cells() -> None:
    """The shape only: a row short of or past the columns, a row opening with an amount, a row of no amount: none."""
    from pledgecard.extract.sections.funding_headless_part import rows_under

    assert rows_under([["구비", "350", "160", "90"]], _cols(), 1) is None  # a cell short
    assert rows_under([["구비", "350", "160", "90", "100", "5"]], _cols(), 1) is None  # a cell past
    assert rows_under([["350", "160", "90", "100", "5"]], _cols(), 1) is None  # no label
    assert rows_under([["비고", "협의 중", "", "", ""]], _cols(), 1) is None  # no amount
    assert rows_under([], _cols(), 1) is None
    assert rows_under([["구비", "350", "160", "90", "100"]], [], 1) is None  # no columns above


def test_departments_listed_with_a_lone_mark_in_a_band_of_values_one_space_apart_are_one_cell() -> None:
    """Mutant 4423 (text dump): a header band (협조부서 이행상황 관리번호 담당자 실천목표) over its values one space
    apart, the 협조부서 cell listing two departments with a spaced slash (투자유치과 / 기후환경과): the mark a word of
    its own, no split fitted, the band unread (header 0.3, 0.974)."""
    from pledgecard.extract.sections.header_value_rows import split_value_row

    band = ["coop_depts", "status", "mgmt_no", "contact_name", "target"]
    got = split_value_row(
        band, "투자유치과 / 기후환경과 이행후 계속추진(85%) 25 남원수 (307-5789) 단계별 추진"
    )
    assert got == {
        "coop_depts": "투자유치과 / 기후환경과",
        "status": "이행후 계속추진(85%)",
        "mgmt_no": "25",
        "contact_name": "남원수 (307-5789)",
        "target": "단계별 추진",
    }
    three = split_value_row(band, "투자유치과 · 기후환경과 · 관광정책과 추진중 25 남원수 / 8847 단계별 추진")
    assert three is not None and three["coop_depts"] == "투자유치과 · 기후환경과 · 관광정책과"
    assert three["contact_name"] == "남원수 / 8847"  # a name and its phone a mark apart: no list, as before
    # a mark between a department and a word of no department joins nothing
    assert split_value_row(["coop_depts", "target"], "투자유치과 / 단계별 추진") == {
        "coop_depts": "투자유치과",
        "target": "/ 단계별 추진",
    }


def test_a_header_line_opening_with_a_band_label_is_a_header_line_above_the_pledge_line() -> None:
    """Mutant 4411 (text dump): a title without a kind word (가지군 민선8기 군수 공약 실천계획) over ``기본현황 관리번호
    1-9-9 작성기준일 …`` (the rotated band label a cell spanning the header's rows) and ``공약명 …``: the card started
    at 공약명, the band's line no header line, the title and 관리번호 left out (header 0.8, 0.989)."""
    from pledgecard.extract.card_split import split_cards
    from pledgecard.extract.header_band_word import band_word, opens_after_band_word
    from pledgecard.extract.sections.header import read_header
    from tests.conftest import make_line

    assert opens_after_band_word(make_line("기본현황 관리번호 1-9-9 작성기준일 2025.12.31. 현재"))
    assert not opens_after_band_word(
        make_line("관리번호 1-9-9 작성기준일 2025.12.31. 현재")
    )  # a label first: no band
    assert not opens_after_band_word(make_line("기본현황 관리번호 1-9-9"))  # one label: no header row shown
    assert not opens_after_band_word(
        make_line("교육 프로그램 운영 담당자 연수 추진부서 협의")
    )  # words before it
    assert (
        band_word("기본현황")
        and not band_word("2024년")
        and not band_word("관리번호")
        and not band_word("가")
    )
    lines = [
        "가지군 민선8기 군수 공약 실천계획",
        "기본현황 관리번호 1-9-9 작성기준일 2025.12.31. 현재",
        "공  약  명 다함께 공공돌봄 센터 10개소 확충 주관부서 복지정책과",
        "담  당  자 황경성 연락처 062-944-8298",
        "협조부서 홍보담당관 추진상황 일부추진",
        "실천목표 임기 후 계속",
        "1. 사업개요",
        "사업기간 : '22년8월~'27년2월",
    ]
    (card,) = split_cards([make_line(t) for t in lines])
    header, _, _ = read_header(card)
    assert header["kind"] == "가지군 민선8기 군수 공약 실천계획"
    assert header["mgmt_no"] == "1-9-9"
    assert header["title"] == "다함께 공공돌봄 센터 10개소 확충"


def test_a_years_across_goal_table_lists_its_goals_as_printed_an_indicator_at_a_time() -> None:
    """Crossbred 6428 (every format; the generator): a goal matrix printing an indicator a row group, its years
    across, whose expected record listed the goals a year at a time: two indicators' equal bare targets (40 | 40)
    paired by the scorer with each other's years, a wrong figure though every goal read right (0.983, 1 wrong)."""
    from samples.families import _printed_goals

    goals = [
        {"project": p, "year": y, "target": t, "status": "완료", "detail": None}
        for y, p, t in (
            (2022, "시설 설치", "8"),
            (2022, "공정률", "30"),
            (2023, "시설 설치", "11"),
            (2023, "공정률", "40"),
        )
    ]
    rec = {"goals": [dict(g) for g in goals], "as_of": {"end": "2024-06-30"}}
    _printed_goals(rec, "years_across")
    assert [(g["project"], g["year"]) for g in rec["goals"]] == [
        ("시설 설치", 2022),
        ("시설 설치", 2023),
        ("공정률", 2022),
        ("공정률", 2023),
    ]
    assert all(g["status"] == "완료" for g in rec["goals"])  # the status row printed: kept, as before
    rec = {"goals": [dict(g) for g in goals], "as_of": {"end": "2024-06-30"}}
    _printed_goals(rec, "year_col")
    assert [g["target"] for g in rec["goals"]] == ["8", "30", "11", "40"]  # a year a row: as drawn
