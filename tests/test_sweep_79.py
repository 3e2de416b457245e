"""The shapes of session 28's sweep of crossbred and mutated cards over the seventy-nine families (seeds 3080-3179
in PDF, HWPX and HWP, 3790-3839 in the text dump): unit tests on each class fixed; the cards pinned in
tests/test_crossbreed.py SEEDS_79 and tests/test_mutate_tables.py PINNED_79."""

from __future__ import annotations

from tests.conftest import make_line, make_table


def test_a_weak_title_label_in_a_row_of_header_labels_starts_a_card() -> None:
    """Crossbred 3082: gaji-county's title printed without a suffix (… 공약 실천계획) over dajim-district's header
    row (관리 번호 | 공약사항 | 추진 상황 | 이행률(%) | 추진부서): 공약사항 a weak label, no card found (0.004 in PDF,
    HWPX and HWP)."""
    from pledgecard.extract.card_split import _starts_with_name_label

    head = [
        ["관리 번호", "공약사항", "추진 상황", "이행률(%)", "추진부서"],
        ["9-52", "수소산업 특화단지", "부진", "90%", "과"],
    ]
    assert _starts_with_name_label(make_table(head))
    assert _starts_with_name_label(make_line("관리 번호 공약사항 추진 상황 이행률(%) 추진부서"))
    # a weak label with 번호 alone (a sub-projects' table), or opening a line of words, names no pledge
    assert not _starts_with_name_label(make_table([["번호", "사업명", "사업비"], ["1", "청년센터", "100"]]))
    assert not _starts_with_name_label(make_line("공약사항 정비 및 이행계획 보완 : 2028. 하반기 예정"))
    assert not _starts_with_name_label(
        make_table([["공약사항", "추진 상황", "추진부서"], ["수소", "부진", "과"]])
    )


def test_a_suffixless_title_over_a_weak_header_row_is_a_card() -> None:
    """The same card read whole from its lines: a title line with no suffix, then the header row."""
    from pledgecard.extract.card_split import split_cards

    items = [
        make_line("가지군 민선8기 군수 공약 실천계획"),
        make_table(
            [["관리 번호", "공약사항", "추진 상황", "추진부서"], ["9-52", "수소산업 특화단지", "부진", "과"]]
        ),
        make_line("사업개요", "▷"),
    ]
    cards = split_cards(items)
    assert len(cards) == 1 and cards[0][-1] is items[-1]


def _rows(*printed: tuple[str, str, list[int]]) -> dict:
    return {
        "unit": "억원",
        "columns": [{"label": str(y), "kind": "year", "year": y} for y in (2019, 2020, 2021)],
        "rows": [
            {"label": lab, "source": src, "amounts_krw": [a * 10**8 for a in amounts]}
            for lab, src, amounts in printed
        ],
    }


def test_a_lone_subtotal_over_the_first_sources_figures_leaves_the_table_null() -> None:
    """Mutant 3135 (PDF): a transposed head of a 재원 span and a 지방비 span in one row (a generator fault, now
    redrawn), its labels each a column early: 소계 the table's one total over 국비's figures, 도비 over 지방비's,
    군비 over 도비's (8 wrong figures). A lone total under a subtotal's word that no rows sum to proves no
    label: the table null with a finding."""
    from pledgecard.extract.sections.funding_once import one_row_a_source

    shifted = _rows(
        ("소계", "total", [14, 20, 18]),
        ("도비", "provincial", [37, 50, 15]),
        ("군비", "municipal", [26, 25, 0]),
    )
    funding, prov, findings = one_row_a_source(shifted, {}, [])
    assert funding is None and [f["code"] for f in findings] == ["extract.source_twice"]
    assert findings[0]["observed"]["table_kept"] is False
    # a 소계 the rows sum to, a 계 that is no sum (a source left out of the head), a lone source: kept
    for kept in (
        _rows(
            ("소계", "total", [63, 75, 15]),
            ("도비", "provincial", [37, 50, 15]),
            ("군비", "municipal", [26, 25, 0]),
        ),
        _rows(
            ("계", "total", [14, 20, 18]),
            ("도비", "provincial", [37, 50, 15]),
            ("군비", "municipal", [26, 25, 0]),
        ),
        _rows(("소계", "total", [14, 20, 18]), ("도비", "provincial", [37, 50, 15])),
    ):
        assert one_row_a_source(kept, {}, [])[0] is kept


def test_a_sources_span_beside_a_local_span_is_redrawn() -> None:
    """The generator fault under mutant 3135 (and 6113): a 재원 span over the sources and a 지방비 span over its
    parts put in one head row (the HWPX writer refused the merge): crossbreed.problems refuses the draw."""
    import dataclasses

    from samples.crossbreed import problems
    from samples.families import FAMILIES
    from samples.mutate import mutate

    fam, _ = mutate(3135, FAMILIES[:79])
    assert not (fam.style.funding_source_span and fam.style.funding_local_span[0])
    local = next(f for f in FAMILIES if f.style.funding_local_span[0])
    both = dataclasses.replace(local, style=dataclasses.replace(local.style, funding_source_span="재원"))
    assert problems(local) == [] and any("a group of sources in one head row" in p for p in problems(both))


def test_a_named_row_table_under_a_transposed_funding_table_is_a_side_table() -> None:
    """Mutant 3105: eoul-province's 시군별 사업비 배분 under a transposed funding table (years down, 국비 | 도비 | 시비
    across): no source row beside it, so no side table (tables 0.592 in PDF, HWPX and HWP). The generator
    printed its title and unit line inside binnae-city's rotated box, apart from the table (layout_sections
    ._rotated_box: the lines after the funding table now go after the box with it)."""
    from pledgecard.extract.sections.funding_side_tables import side_tables_apart

    funding = make_table(
        [
            ["구 분", "국 비", "도 비", "시 비", "비 고"],
            ["2023년", "2,824", "-", "1,767", "준공 예정"],
            ["2024년", "531", "2,933", "1,003", "기본계획 수립"],
        ]
    )
    side = make_table(
        [
            ["시군", "국비", "도비", "시비", "계"],
            ["합계", "2,955", "2,933", "2,770", "8,658"],
            ["새말시", "1,000", "933", "770", "2,703"],
            ["버들군", "1,955", "2,000", "2,000", "5,955"],
        ]
    )
    items = [funding, make_line("시군별 사업비 배분", "☉"), side]
    kept, tables = side_tables_apart(items)
    assert kept == [funding] and [t["title"] for t in tables] == ["시군별 사업비 배분"]
    # a second table of the years (a period over figures under the head of sources) is no named-row table
    years = make_table([["구 분", "국 비", "도 비"], ["2025년", "1", "2"], ["2026년", "3", "4"]])
    assert side_tables_apart([funding, years])[1] == []


def test_the_next_numbering_after_a_sub_projects_block_heads_the_next_block() -> None:
    """Mutant 3152: gaji-county's sub-project blocks numbered ㈀ / ㈁ over A) items, the goals printed after the
    achievements and naming the first sub-project only: every item a level down, the blocks read as items
    (0.855 in PDF, HWPX and HWP). The goals are read ahead (sections/goals_ahead.py) and the next of the
    numbering that headed a sub-project's block, undated, over an item of another marker, heads the next."""
    from pledgecard.extract.sections.achievements import _next_in_run, _project_block

    assert _next_in_run("㈀", "㈁") and _next_in_run("1.", "2.") and _next_in_run("가.", "나.")
    assert not _next_in_run("㈀", "㈂") and not _next_in_run(None, "㈁") and not _next_in_run("1.", "2)")
    items = [
        make_line("아이돌봄 지원사업", "㈀"),
        make_line("거점센터 운영", "A)"),
        make_line("아이돌봄 기반 조성", "㈁"),
        make_line("공동육아나눔터 운영", "B)"),
        make_line("센터 개소 : 2024. 3.", "㈂"),
        make_line("운영", "C)"),
    ]
    projects = frozenset({"아이돌봄지원사업"})
    assert _project_block(items, 0, projects) and not _project_block(items, 2, projects)
    assert _project_block(items, 2, projects, "㈀")
    assert not _project_block(items, 4, projects, "㈁")  # dated: an item of the block


def test_a_notes_head_after_a_spanning_heads_longer_cell_is_a_head_cell() -> None:
    """Mutant 3800 (txt): a funding head printed a cell a line, ``구 분`` / ``⦍백만원⦎`` / ``연도별 투자 실적 및 계획`` /
    ``총사업비`` / ``임기이후`` / ``특이사항`` over the sub-heads' line: the spanning head's cell longer than a short
    cell, 특이사항 read as the issues section's heading; the rows' note words then read as columns of zeros (0.939)."""
    from pledgecard.extract.card_sections import split_sections

    def sections(lines: list[str]) -> list[tuple[str | None, int]]:
        items = [make_line(t[2:], t[0]) if t.startswith("⇱ ") else make_line(t) for t in lines]
        return [(s.name, len(s.items)) for s in split_sections(items)]

    head = [
        "⇱ 재원투자 실적 및 계획",
        "구 분",
        "⦍백만원⦎",
        "연도별 투자 실적 및 계획",
        "총사업비",
        "임기이후",
        "특이사항",
    ]
    rows = [
        "기투자 2024년 2025년 2026년",
        "국 비 6,355 8,491 7,377 4,719 29,889 2,947 공모 선정",
        "계 17,511 17,346 20,994 15,279 88,648 17,518",
    ]
    assert sections([*head, *rows]) == [(None, 0), ("funding", 9)]
    # mutant 3819: 구분 / unit / 총사업비 / 연도별 투자 실적 및 계획 / 특이사항 (0.923)
    three = [
        "⇱ 재원별 투자계획 및 확보현황",
        "구분",
        "［단위：천원］",
        "총사업비",
        "연도별 투자 실적 및 계획",
        "특이사항",
    ]
    assert sections([*three, *rows]) == [(None, 0), ("funding", 8)]
    # two long lines of words (a paragraph, no head printed a cell a line) before it: a heading
    prose = [
        "⇱ 재원투자 실적 및 계획",
        "구 분",
        "⦍백만원⦎",
        "국비 확보를 위한 중앙부처 협의 계속",
        "도비 교부 신청 예정 및 협의",
        "특이사항",
    ]
    assert sections([*prose, *rows])[-1][0] == "issues"


def test_a_goal_cells_rest_past_a_dropped_page_number_joins_its_row() -> None:
    """Crossbred 3803 (txt): the 2024 goal row's target cut by a page break in a dump printing no form feed, its
    rest (``  체결(55건)    ``: two empty cells before, four after, the head's seven) after the page number
    ``- 1 -`` the reader dropped as furniture: no page start known, so the row was not shown cut (the target
    ``창업 협약`` without its value, the 2025 row lost, 0.934 with 2 figures counted wrong by the scorer's pairing).
    The page furniture between the two lines shows the cut; with none between, the piece stays apart."""
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line
    from pledgecard.extract.sections.goal_cut_pieces import join_cut_pieces

    def line(printed: str, n: int) -> Line:
        lead = len(printed) - len(printed.lstrip(" "))
        return Line(
            text=" ".join(printed.split()),
            marker=None,
            indent=0,
            source=Source(line_start=n, line_end=n),
            printed=printed[lead:],
            lead=lead,
        )

    lines = [
        line("연도 세부사업 목표 실적 달성률 추진상황 추진내용", 123),
        line("2023 창업 기반 구축 창업 기업 지원(25개) 23개 92% 완료 공유오피스 운영 및 참가자 지원", 125),
        line("2024 창업 협약 61건 111% 완료", 127),
        line("  체결(55건)    ", 131),
        line("2025 실시설계 완료 설계 완료 - 완료", 133),
    ]
    joined = [ln.full_text for ln in join_cut_pieces(lines, (), (129,))]
    assert joined[2] == "2024 창업 협약 체결(55건) 61건 111% 완료" and len(joined) == 4
    for furniture in ((), (121,), (132,)):  # none between the two lines: not shown cut
        assert [ln.full_text for ln in join_cut_pieces(lines, (), furniture)][3] == "체결(55건)"


def test_a_contact_cell_ends_a_value_row_of_two_free_texts() -> None:
    """Mutant 3799 (txt): a stacked header's value row run together, 공약명 | 관리번호 | 실천목표 | 담당자 over
    ``사계절 문화관광 축제 육성 4-2-2 단계별 추진 석지지 (728-4436)``: the two free texts split by the code between
    them, but the contact cell at the row's end (a name and its phone, two words) was taken for a word of one
    kind: no value read (the title, the number and the target null). Mutant 3837: ``박성나 / 8847``, the name set
    apart from its phone by a lone glyph."""
    from pledgecard.extract.sections.header_value_rows import split_value_row

    fields = ["title", "mgmt_no", "target", "contact_name"]
    assert split_value_row(fields, "사계절 문화관광 축제 육성 4-2-2 단계별 추진 석지지 (728-4436)") == {
        "title": "사계절 문화관광 축제 육성",
        "mgmt_no": "4-2-2",
        "target": "단계별 추진",
        "contact_name": "석지지 (728-4436)",
    }
    assert (
        split_value_row(fields, "사계절 문화관광 축제 육성 4-2-2 단계별 추진 석지지")["contact_name"]
        == "석지지"
    )
    assert (
        split_value_row(fields, "사계절 문화관광 축제 육성 단계별 추진 석지지 (728-4436)") is None
    )  # no code between
    assert split_value_row(["mgmt_no", "status", "contact_name"], "102 폐기 박성나 / 8847") == {
        "mgmt_no": "102",
        "status": "폐기",
        "contact_name": "박성나 / 8847",
    }
    # a glyph before no phone, or a word between: no contact cell
    assert split_value_row(["mgmt_no", "status", "contact_name"], "102 폐기 박성나 / 추진") is None
    assert split_value_row(["mgmt_no", "status", "contact_name"], "102 폐기 박성나 및 8847") is None


def test_a_status_word_with_its_note_in_brackets_is_a_status() -> None:
    """Mutant 3795 (txt): 공약사업명 | 추진상황 | 작성기준 | 주관부서 | 담당자 over a row run together whose status is
    ``추진지연('26.2. 완료예정)``: a status word and its note in brackets, longer than a status alone, of no kind:
    the row unread (title and status null). A word of the status kind with one bracket closing the value is a
    status; a word of no status kind before a bracket (a title's, a department's) is none."""
    from pledgecard.extract.sections.header_value_kinds import value_kind
    from pledgecard.extract.sections.header_value_rows import split_value_row

    assert value_kind("추진지연('26.2. 완료예정)") == "status"
    for other in ("도시숲(완료)", "문화관광과(팀장)", "추진지연('26.2.) 완료예정 사업 착공 계획"):
        assert value_kind(other) != "status", other
    got = split_value_row(
        ["title", "status", "as_of", "lead_dept", "contact_name"],
        "반도체 소재 특화단지 지정 추진 추진지연('26.2. 완료예정) ’25. 4/4분기 현재 산업입지담당관 "
        "마미동 (036-241-7196)",
    )
    assert got is not None and got["title"] == "반도체 소재 특화단지 지정 추진"
    assert got["status"] == "추진지연('26.2. 완료예정)" and got["lead_dept"] == "산업입지담당관"
