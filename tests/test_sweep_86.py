"""The leftovers of session 31's sweep (mutated seeds 3300-3359 in PDF, 4040-4079 in the text dump; crossbred seeds
6283-6312): unit tests on each class fixed; the cards pinned in tests/test_mutate_tables.py PINNED_86 and
tests/test_crossbreed.py SEEDS_82."""

from __future__ import annotations

from tests.conftest import make_line


def test_a_bare_title_repeated_over_bulleted_lines_is_no_section_heading() -> None:
    """Mutant 4077 (text dump): each block of the achievements prints one bare sub-group title (``세부 추진실적``)
    over a bulleted line, three times: read as three sections no vocabulary names, the achievements cut after their
    first row (0.553). A card's sections each have a title of their own: a title printed again is an item."""
    from pledgecard.extract.bare_headings import bare_sibling_headings

    texts = [
        ("일자 주요 추진내용 비고", None),
        ("세부 추진실적", None),
        ("기반조성", "☀"),
        ("참여기업 19개", "*"),
        ("세부 추진실적", None),
        ("기반조성", "☀"),
        ("전문가 자문회의 개최", None),
        ("세부 추진실적", None),
        ("인력양성", "☀"),
        ("투자협약 체결", None),
    ]
    lines = [(k, make_line(t, m)) for k, (t, m) in enumerate(texts)]
    assert bare_sibling_headings(lines, set()) == set()
    # three titles of their own over bulleted lines still show the card's bare headings
    titles = iter(["세부 추진실적", "돈이 드는 곳", "교육 운영 현장"])
    distinct = [
        (k, make_line(t if t != "세부 추진실적" else next(titles), m)) for k, (t, m) in enumerate(texts)
    ]
    assert bare_sibling_headings(distinct, set()) == {1, 4, 7}


def test_the_achievements_stay_one_section_under_repeated_sub_group_titles() -> None:
    from pledgecard.extract.card_sections import split_sections

    items = [
        make_line("추진실적", "⁕"),
        make_line("기 추진실적 - ’20년 4분기 기준", "Ⅰ)"),
        make_line("세부 추진실적"),
        make_line("기반조성", "☀"),
        make_line("’20년 1분기 ➕ 업무협약 체결 완료"),
        make_line("세부 추진실적"),
        make_line("기반조성", "☀"),
        make_line("’19년12월 ➕ 자문회의 개최 완료"),
        make_line("세부 추진실적"),
        make_line("인력양성", "☀"),
        make_line("’21년3월 ☀ 공모사업 선정"),
    ]
    sections = [s for s in split_sections(items) if s.name is not None or s.items]
    assert [s.name for s in sections] == ["achievements"]
    assert len(sections[0].items) == 10


def test_a_short_row_of_spaced_amounts_each_closed_by_its_unit() -> None:
    """Mutant 4077 (text dump): amounts grouped by spaces, each closed by its unit (``1 702 650천원``), blank zero
    cells a wider gap shows and the last one closing the line unshown: the short row (five cells under six
    heads) was tried with no unit taken off, no placement read, the whole funding null."""
    from pledgecard.extract.sections.funding import extract_funding

    items = [
        make_line(t)
        for t in (
            "(단위: 천원)",
            "구　분 총사업비 연도별 투자 실적 및 계획",
            "2018년 2019년 2020년 2021년 2022년",
            "합　계 6 913 600천원 2 353 321천원 1 178 773천원 538 886천원 1 503 315천원 1 339 305천원",
            "국　비 2 802 503천원 649 406천원 883 609천원 538 886천원 55 263천원 675 339천원",
            "도　비 2 408 447천원 884 680천원 295 164천원  564 637천원 663 966천원",
            "군　비 1 702 650천원 819 235천원   883 415천원",
        )
    ]
    f = extract_funding(items).value["funding"]
    assert [c["label"] for c in f["columns"]] == ["총사업비", "2018", "2019", "2020", "2021", "2022"]
    assert f["rows"][3]["amounts_krw"] == [1_702_650_000, 819_235_000, 0, 0, 883_415_000, 0]
    assert f["rows"][2]["amounts_krw"] == [
        2_408_447_000,
        884_680_000,
        295_164_000,
        0,
        564_637_000,
        663_966_000,
    ]


def test_a_short_row_whose_units_part_no_placement_stays_null() -> None:
    """The same table with the short row's amounts summing to no total the column sums leave: null, no guess."""
    from pledgecard.extract.sections.funding import extract_funding

    items = [
        make_line(t)
        for t in (
            "(단위: 천원)",
            "구　분 총사업비 연도별 투자 실적 및 계획",
            "2018년 2019년 2020년 2021년 2022년",
            "합　계 6 913 600천원 2 353 321천원 1 178 773천원 538 886천원 1 503 315천원 1 339 305천원",
            "국　비 2 802 503천원 649 406천원 883 609천원 538 886천원 55 263천원 675 339천원",
            "도　비 2 408 447천원 884 680천원 295 164천원  564 637천원 663 966천원",
            "군　비 1 702 650천원 819 235천원   883 416천원",
        )
    ]
    f = extract_funding(items).value["funding"]
    assert all(v is None for v in f["rows"][3]["amounts_krw"])


def test_a_row_of_values_with_the_helping_departments_listed_before_the_lead() -> None:
    """Mutant 4070 (text dump): header bands (공약명 실천목표 담당자 협조부서 담당부서) over one row running the values
    together: the lead's department took the helping ones' list too (``홍보담당관,미래산업과 첨단산업과``), and the
    target (단계별 추진) opens with a term the vocabulary did not hold: title, target, name and lead null."""
    from pledgecard.extract.sections.header_value_rows import split_value_row

    fields = ["title", "target", "contact_name", "coop_depts", "lead_dept"]
    got = split_value_row(
        fields, "이차전지 전문인력 10명 양성 단계별 추진 손우호 홍보담당관,미래산업과 첨단산업과"
    )
    assert got == {
        "title": "이차전지 전문인력 10명 양성",
        "target": "단계별 추진",
        "contact_name": "손우호",
        "coop_depts": "홍보담당관,미래산업과",
        "lead_dept": "첨단산업과",
    }
    # a department of a body (two words, no list) is still one lead
    got = split_value_row(["title", "lead_dept"], "스마트팜 조성 농업기술센터 기술보급과")
    assert got == {"title": "스마트팜 조성", "lead_dept": "농업기술센터 기술보급과"}


def test_an_approval_box_letter_glued_to_its_heads_row() -> None:
    """Mutant 4055 (text dump): the approval box's stacked letters printed ``결`` / ``재 담당 팀장 과장 국장``: the
    second line no heads' line, the box not found, its heads (담당 a contact's word) queued as the header's labels,
    the title and the lead's department unread."""
    from pledgecard.extract.labels import approval_heads
    from pledgecard.extract.sections.header import extract_header

    assert approval_heads("재 담당 팀장 과장 국장") == ["담당", "팀장", "과장", "국장"]
    assert approval_heads("재 담당 공약명") is None
    assert approval_heads("가 담당 팀장") is None  # a letter of no head
    items = [
        make_line("소라특례시장 공약 이행 관리카드"),
        make_line("결"),
        make_line("재 담당 팀장 과장 국장"),
        make_line("(’26. 1/4분기 현재)"),
        make_line("공약명 주관부서"),
        make_line("소라특례시 수소산업 생태계 조성 미래산업과"),
        make_line("담당자 추진상황"),
        make_line("염서소 완료"),
    ]
    header = extract_header(items).value["header"]
    assert (header["title"], header["lead_dept"], header["contact_name"]) == (
        "소라특례시 수소산업 생태계 조성",
        "미래산업과",
        "염서소",
    )


def test_a_value_running_on_into_the_value_of_a_label_waiting_above() -> None:
    """Crossbred 6302 (text dump): a two-column header a row a line, the right column's label closing one line
    (``담당자 방동윤 기준일``) and its value closing the next (``연락처 5934 2023. 12월 말 기준``): the phone read
    with the date."""
    from pledgecard.extract.sections.header import extract_header
    from pledgecard.extract.sections.header_value_tail import waiting_tail

    assert waiting_tail("contact_phone", "5934 2023. 12월 말 기준", "as_of") == ("5934", "2023. 12월 말 기준")
    assert waiting_tail("contact_phone", "5934", "as_of") is None  # the value alone: nothing runs on
    assert waiting_tail("title", "청년 일자리 2023. 12월 말 기준", "as_of") is None  # a free text never parts
    items = [
        make_line("다시군 민선8기 군수 공약사업 관리카드"),
        make_line("관리번호 6-37 추진상황"),
        make_line("공약사업명 대학 연계 청년 일자리 사업 추진 완료"),
        make_line("담당부서 청년정책담당관"),
        make_line("담당자 방동윤 기준일"),
        make_line("연락처 5934 2023. 12월 말 기준"),
        make_line("협조부서 홍보담당관"),
    ]
    header = extract_header(items).value["header"]
    assert (header["contact_name"], header["contact_phone"]) == ("방동윤", "5934")


def test_a_month_opening_an_item_inside_its_block_s_year_is_its_date() -> None:
    """Crossbred 6311 (all four formats): ``《 2021년 》`` over ``○ 2021. 4. 반도체 소재 관련 현장 건의 13건 검토``: a
    month opening an item outside a dated log was taken for its subject, the date null and left in the text."""
    from pledgecard.extract.sections.achievement_block_month import month_in_block_year
    from pledgecard.extract.sections.achievements import extract_achievements

    year = {"precision": "year", "start": "2021-01-01", "end": "2021-12-31"}
    assert month_in_block_year({"precision": "month", "start": "2021-04-01", "end": "2021-04-30"}, year)
    assert not month_in_block_year({"precision": "month", "start": "2022-04-01", "end": "2022-04-30"}, year)
    assert not month_in_block_year({"precision": "year", "start": "2021-01-01", "end": "2021-12-31"}, year)
    assert not month_in_block_year({"precision": "month", "start": "2021-04-01", "end": "2021-04-30"}, None)
    items = [
        make_line("《 2021년 》"),
        make_line("2021. 4. 반도체 소재 관련 현장 건의 13건 검토 및 제도 개선", "○"),
    ]
    ach = extract_achievements(items).value["achievements"]
    assert ach[0]["text"] == "반도체 소재 관련 현장 건의 13건 검토 및 제도 개선"
    assert ach[0]["date"]["label"] == "2021-04"
    # a month outside the block's year: not shown to be the item's date
    items = [make_line("《 2022년 》"), make_line("2024. 5. 반도체 소재 설명회 개최", "○")]
    assert extract_achievements(items).value["achievements"][0]["date"] is None


def test_an_outreach_label_column_split_in_two_is_one_again() -> None:
    """Mutants 3339 and 3357 (PDF): the reader set the centred labels (구 분, 계) a column right of the channels'
    flush-left ones, each row printing in one of the two: the total row's label not first, the total unread
    (3357: the counts' column read off by one too)."""
    from pledgecard.extract.sections.outreach_grid import from_grid
    from pledgecard.extract.sections.outreach_split_labels import labels_joined

    grid = [
        ["", "구 분", "횟수 특이사항"],
        ["", "계", "2회"],
        ["간담회, 공청회 등", "", "－"],
        ["만족도 조사", "", "1"],
        ["전문가 자문", "", "－"],
        ["언론, 방송", "", "－"],
        ["기타", "", "1"],
    ]
    assert labels_joined(grid)[:3] == [["구 분", "횟수 특이사항"], ["계", "2회"], ["간담회, 공청회 등", "－"]]
    got = from_grid(grid)
    assert got is not None and got["total"] == 2
    assert [it["count"] for it in got["items"]] == [0, 1, 0, 0, 1]
    # a row printing in both columns (a label and its sub-label): no split column, left as printed
    both = [r[:] for r in grid]
    both[2][1] = "간담회"
    assert labels_joined(both) is both
    # the second column holding a count: a column of its own
    counted = [r[:] for r in grid]
    counted[3][1] = "1"
    assert labels_joined(counted) is counted


def test_a_closing_dash_under_a_note_column_is_the_note_s_cell() -> None:
    """Mutant 4050 (text dump): amounts spaced by thousands beside a notes column (비고), one row's note a dash
    (``민자 … 2 799 354 -``): read as one more amount, no grouping of the rows fitted, the whole funding null."""
    from pledgecard.extract.sections.funding import extract_funding

    head = ["(단위 : 천원)", "구분 연도별 투자 실적 및 계획 총사업비 비고", "2022 2023 2024 임기 후"]
    rows = [
        "계 1 720 869 1 805 496 735 517 388 371 4 650 253",
        "국비 676 728 311 262 453 086 160 238 1 601 314 본예산 반영 예정",
        "시비 428 144 873 518 173 788 - 1 475 450 공모 선정",
        "민자 615 997 620 716 108 643 228 133 1 573 489 -",
    ]
    f = extract_funding([make_line(t) for t in [*head, *rows]]).value["funding"]
    by = {r["label"]: r["amounts_krw"] for r in f["rows"]}
    assert by["민자"] == [615_997_000, 620_716_000, 108_643_000, 228_133_000, 1_573_489_000]
    assert by["시비"] == [428_144_000, 873_518_000, 173_788_000, 0, 1_475_450_000]
