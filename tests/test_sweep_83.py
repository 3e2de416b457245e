"""The shapes of session 30's fresh sweep over the eighty-one families (mutated seeds 3240-3299 in PDF, HWPX and
HWP, 3890-3929 in the text dump; crossbred seeds 6253-6282 in all four formats): unit tests on each class fixed;
the cards pinned in tests/test_mutate_tables.py PINNED_83 (and tests/test_crossbreed.py SEEDS_83)."""

from __future__ import annotations

from tests.conftest import make_line, make_table

YEARS = "구　분\t2018\t2019\t2020\t2021\t2022\t2023\t계\t임기후"
TOTAL = "총 계\t8154\t2902\t5193\t1479\t4725\t4453\t32526\t5620"
SOURCES = "구　분\t계\t국비\t시비\t구비\t민자등\t비고"
SOURCES_ROW = "총 계\t32526\t6030\t8565\t8080\t9851"  # the empty 비고's tab not typed


def test_a_head_over_one_row_of_figures_is_a_typed_table() -> None:
    """Mutant 3265: a funding table typed at tab stops as one 총계 row under the years (no table object in HWPX
    and HWP): a head and one row were no typed table (three lines at least), the figures read as text."""
    from pledgecard.extract.typed_tables import typed_cells, typed_runs

    assert typed_runs([typed_cells(t) for t in (YEARS, TOTAL)]) == [(0, 2)]
    # a row short only by the head's closing note column: its tab not typed
    assert typed_runs([typed_cells(t) for t in (SOURCES, SOURCES_ROW)]) == [(0, 2)]


def test_a_head_over_one_row_proves_nothing_otherwise() -> None:
    from pledgecard.extract.typed_tables import typed_cells, typed_runs

    def runs(*lines: str) -> list[tuple[int, int]]:
        return typed_runs([typed_cells(t) for t in lines])

    # a row short by a column of figures (a cell may span two): which cell spans is not printed
    assert runs("구분\t계\t국비\t시비", "총 계\t1,000\t600") == []
    # a row of words, or a head of two cells, or a head printing a figure: no table of figures
    assert runs("구분\t추진내용\t비고", "1월\t설명회 개최\t완료") == []
    assert runs("구분\t계", "총 계\t1,000") == []
    assert runs("구분\t1,000\t600", "총 계\t1,000\t600") == []
    # a head left unnamed in a cell: a sub-label column it may span
    assert runs("구분\t\t2024\t2025", "총 계\t계\t100\t200") == []


def test_a_typed_head_and_row_read_as_the_funding_table() -> None:
    from pledgecard.extract.document import Table
    from pledgecard.extract.readers.hwp_blocks import BlockList, RawParagraph

    blocks = BlockList()
    for t in ("- 연도별 재원소요(단위:백만원)", YEARS, TOTAL, "- 재원별(단위:백만원)", SOURCES, SOURCES_ROW):
        blocks.add_paragraph(RawParagraph(t))
    tables = [b for b in blocks.finish() if isinstance(b, Table)]
    assert [t.grid()[1][0] for t in tables] == ["총 계", "총 계"]
    assert tables[0].grid()[1][7] == "32526" and tables[1].grid()[1][1:] == [
        "32526",
        "6030",
        "8565",
        "8080",
        "9851",
        "",
    ]


def test_a_year_opening_a_tables_title_is_its_period_not_the_items_date() -> None:
    """Mutant 3255: a dated log of achievements whose last item titles the side table under it (``◙ 2023년 예산
    집행현황``): the log's rule dated the item 2023 and cut the year from its text."""
    from pledgecard.extract.sections.table_title_year import table_period

    table = make_table([["구분", "예산액(천원)", "집행액(천원)"], ["계", "1,000", "800"]])
    items = [make_line("2023년 예산 집행현황", "◙"), table, make_line("2024년 예산 확보", "◙")]
    assert table_period(items, 0, "2023년")
    assert not table_period(items, 2, "2024년")  # no table under it: the log's date
    assert not table_period(
        [make_line("'23.8.25. 자문회의 개최", "◙"), table], 0, "'23.8.25."
    )  # a day: an event's


def test_the_title_of_a_table_keeps_its_year_in_a_dated_log() -> None:
    from pledgecard.extract.sections.achievements import extract_achievements

    table = make_table([["구분", "예산액(천원)", "집행액(천원)"], ["계", "1,000", "800"]])
    items = [
        make_line("'23.8.25. 자문회의 개최", "◙"),
        make_line("'23.10.2. 설명회 개최", "◙"),
        make_line("2023년 예산 집행현황", "◙"),
        table,
    ]
    ach = extract_achievements(items).value["achievements"]
    assert [(a["text"], (a["date"] or {}).get("label")) for a in ach] == [
        ("자문회의 개최", "2023-08-25"),
        ("설명회 개최", "2023-10-02"),
        ("2023년 예산 집행현황", None),
    ]


def test_a_date_set_off_by_a_colon_in_a_parenthesised_block_heading() -> None:
    """Mutant 3268: blocks headed ``( 그간 추진실적 : '25.4/4분기 누계 )``: the colon and the date were kept in the
    block's name."""
    from pledgecard.extract.headings import parse_group_heading

    name, when = parse_group_heading("( 그간 추진실적 : '25.4/4분기 누계 )")
    assert name == "그간 추진실적" and when is not None and when["label"] == "2025-Q4"
    assert parse_group_heading("기 추진실적 - '24. 3/4분기 누계")[0] == "기 추진실적"
    assert parse_group_heading("( '26.3월 기준 )")[0] == "'26.3월 기준"  # no name: the whole line


def test_a_channel_row_naming_no_known_channel_is_other() -> None:
    """Mutant 3286 (dasan-edu): ``교원 연수`` printed a row under the known channels, its count a dash: taken for a
    head row (its label names no channel) and dropped."""
    from pledgecard.extract.sections.outreach_grid import from_grid

    grid = [
        ["구 분", "횟수", "특이사항"],
        ["계", "0회", ""],
        ["학부모 설명회", "–", ""],
        ["설문조사", "–", ""],
        ["언론보도", "–", ""],
        ["교원 연수", "–", ""],
    ]
    out = from_grid(grid)
    assert out is not None and out["total"] == 0
    assert [(it["label"], it["category"], it["count"]) for it in out["items"]] == [
        ("학부모 설명회", "meetings", 0),
        ("설문조사", "survey", 0),
        ("언론보도", "media", 0),
        ("교원 연수", "other", 0),
    ]
    # a note under the table, or a row of words only: no channel
    noted = [*grid[:-1], ["※ 교원 연수는 별도 집계", "", ""], ["교원 연수", "연수원 주관", ""]]
    assert [it["label"] for it in from_grid(noted)["items"]] == ["학부모 설명회", "설문조사", "언론보도"]


def test_channel_rows_start_below_the_first_named_one() -> None:
    from pledgecard.extract.sections.outreach_unnamed_rows import channel_rows

    grid = [["구 분", "횟수"], ["분기", "3"], ["계", "5"], ["설문조사", "2"], ["교원 연수", "3"]]
    assert [r[0] for r in channel_rows(grid)] == [
        "계",
        "설문조사",
        "교원 연수",
    ]  # the head rows above stay heads


def test_a_target_opening_with_the_term_parts_a_title_name_target_row() -> None:
    """Mutant 3902 (text dump): header bands whose value row runs a title, a name and a target together (``공약명
    담당자 실천목표 작성기준`` over ``농어촌 대중교통 확대 고미태 임기 후 계속 '26. 2/4분기 현재``): ``확대`` could be the
    name as well as ``고미태``, so the row parted no way (title, name and target null: header 0.7)."""
    from pledgecard.extract.sections.header_value_rows import split_value_row

    labels = ["title", "contact_name", "target", "as_of"]
    assert split_value_row(labels, "농어촌 대중교통 확대 고미태 임기 후 계속 '26. 2/4분기 현재") == {
        "title": "농어촌 대중교통 확대",
        "contact_name": "고미태",
        "target": "임기 후 계속",
        "as_of": "'26. 2/4분기 현재",
    }
    # the term inside the title, the target none of it: no way proven (a word of the title could be the name)
    assert (
        split_value_row(labels, "대규모 청년주택 임기 내 공급 고미태 단계별 추진 '26. 2/4분기 현재") is None
    )


def test_term_fits_keeps_the_one_target_opening_with_the_term() -> None:
    from pledgecard.extract.sections.header_term_cut import opens_with_term, term_fits

    assert opens_with_term(["임기", "후", "계속"]) and opens_with_term(["임기내", "완료"])
    assert not opens_with_term(["임기", "내", "1만호", "공급"]) and not opens_with_term(
        ["고미태", "임기", "후"]
    )
    fits = [{"target": "고미태 임기 후 계속"}, {"target": "임기 후 계속"}]
    assert term_fits(fits, "target") == [fits[1]]
    both = [{"target": "임기 후 계속"}, {"target": "임기 내 완료"}]
    assert term_fits(both, "target") == both  # two open with it: still no one way


def test_a_goal_tables_footnote_goes_with_it() -> None:
    """Mutant 3268: the goal table amid the achievements under a title no vocabulary names, its footnote (``※
    달성률(%) = 실적 ÷ 목표 × 100``) under it: the table read by the goals, the note left as an achievement."""
    from pledgecard.extract.table_notes_moved import table_note

    assert table_note("goals", make_line("달성률(%) = 실적 ÷ 목표 × 100", "※")) == "goals"
    assert (
        table_note(None, make_line("달성률(%) = 실적 ÷ 목표 × 100", "※")) is None
    )  # no table moved before it
    assert table_note("goals", make_line("협약 체결", "◦")) is None  # an item, no note
    assert (
        table_note("outreach", make_line("설명회 3회 포함", "※")) is None
    )  # a count a channel reader would take
