"""Structures the sweep of crossbred and mutated cards of the sixty-seven families brought in (session 24, seeds
2680-2779 in PDF, HWPX and HWP, 3590-3639 in the text dump; the cards are pinned in tests/test_crossbreed.py
SEEDS_67 and tests/test_mutate_tables.py PINNED_67), on small inputs:

- a card heading its sections behind a bullet glyph it prints before its headings only (``◆ 사업 개요``), its items
  boxed (``□ 사업기간 : 2022.08.~2026.12.``, ``□ 이차전지 추진계획 수립 ... : 2025년 하반기 예정``): the heading
  bullet framed no heading in the box's eyes, so the boxes were read as headings of their own, the period, plans and
  effects lost (crossbred 2683: 0.963 in PDF, HWPX and HWP). A heading bullet is a heading shape there too
  (``heading_shapes._item_boxes``).
- items printed as a table (추진일자 | 추진내용 | 비고) whose date cell closes with an end word (``'23. 3월말``): read as
  a block label, the table cut at it and the row's date lost (crossbred 2703: 0.914 in PDF, HWPX and HWP). A date
  alone under the head's date column is the row's date (``layout._item_date``).
- a symbol font's glyph before the card's numbered headings only (``\uf077 ❲1❳ 사업개요``): taken for an item bullet
  (the number read as an item's figure), the headings unshaped and lettered items inside the achievements read as
  headings (mutant 2739: 0.548 in every format; ``heading_shapes._private_bullets``).
- a body table's labels set a letter a line under their glyph (``▤ / 1 / . / 사 / 업 ...``): the glyph joined to the
  number, no label named a section (crossbred 2753: 0.060 in HWPX and HWP; ``layout._label_text``).
- a PDF item wrapped before its value at its bullet, the line closing on a colon short of the right edge (crossbred
  2722, 2723: 0.957, 0.933; ``pdf_lines.continues``).
- a PDF table cut at the left column's foot, gone on atop the right column, taken as ending the page too: the next
  page's own table of as many columns joined to it (crossbred 2723; ``pdf_assemble._page_items``).
- a dump's funding rows printing blank zero cells under a 계 row printing none, the aligned block one cell spanning
  the 계 row: the 계 row read as the head, its figures the labels (mutant 3634: 1 wrong figure); a head printing a
  source row is no head, the amounts null with a finding (``sections/funding``, ``coverage.funding_unrecovered``).
- a card titled by its kind alone (``… 공약사업 추진상황``), its header printed two labels a line, 공약명 after 담당자
  under a line opening with 관리번호: no card start found (mutant 3613: 0.005); a 관리번호 line over header label
  lines one of which names the pledge starts a card (``extract/header_block_start.py``).
"""

from __future__ import annotations

from pledgecard.extract.heading_shapes import card_levels, unknown_headings
from tests.conftest import make_line, make_table

DIAMOND = (
    ("◆", "사업 개요"),
    ("□", "사업기간 : 2022.08.~2026.12."),
    ("□", "총사업비 : 총 417.4억원(국비 104.0)"),
    ("□", "사업내용"),
    ("○", "이차전지 기반 조성을 위한 지원센터 구축"),
    ("◆", "투자 및 집행 현황"),
    (None, "(단위 : 백만원)"),
    ("◆", "주요 추진실적"),
    ("○", "아카데미 운영(수료생 68명) : 22.10월"),
    ("ㆍ", "총 8회 운영, 만족도 95점"),
    ("◆", "향후계획"),
    ("□", "이차전지 추진계획 수립 및 예산 확보 : 2025년 하반기 예정"),
    ("□", "이차전지 성과평가 및 개선방안 마련 : 2025-11-01"),
    ("◆", "기대효과"),
    ("□", "양질의 일자리 창출"),
)


def _card(rows: tuple[tuple[str | None, str], ...]) -> list[tuple[int, object]]:
    return [(k, make_line(text, marker)) for k, (marker, text) in enumerate(rows)]


def test_boxes_under_headings_behind_a_heading_bullet_bullet_items() -> None:
    """Crossbred 2683 (PDF, HWPX, HWP): ◆ before the card's section titles only, □ before its items."""
    from pledgecard.extract.cards import split_sections

    card = _card(DIAMOND)
    assert card_levels(card) == {"□": 1}  # type: ignore[arg-type]
    assert unknown_headings(card) == set()  # type: ignore[arg-type]
    got = [(s.name, len(s.items)) for s in split_sections([it for _, it in card]) if s.name or s.items]  # type: ignore[misc]
    assert got == [("overview", 4), ("funding", 1), ("achievements", 2), ("plans", 2), ("effects", 1)]
    # the boxes before titles only (□ 추진경과 over its lines): the box heads sections of its own, as before
    titled = tuple((m, "추진경과" if m == "□" and ":" in t else t) for m, t in DIAMOND)
    assert card_levels(_card(titled)) == {}  # type: ignore[arg-type]
    # no heading bullet (◆ before an item too): the boxes read as before
    bulleted = (*DIAMOND, ("◆", "참여기관 : 열매개발공사, 도담팜"))
    assert card_levels(_card(bulleted)) == {}  # type: ignore[arg-type]


def test_a_date_closed_by_an_end_word_under_an_item_tables_date_head_is_the_rows_date() -> None:
    """Crossbred 2703 (PDF, HWPX, HWP): ``'23. 3월말`` under 추진일자 read as a block label, the table cut."""
    from pledgecard.extract.document import Table
    from pledgecard.extract.layout import unpack_table

    rows = [
        ["추진일자", "추진내용", "비고"],
        ["2024. 12. 12.", "현장 건의 19건 검토 및 제도 개선", "완료"],
        ["'23. 3월말", "실증단지 조성 실시설계 용역 완료", "완료"],
        ["'24. 4월 ~ '24. 8월", "공모사업 최종 선정", "완료"],
        ["", "- 입주농가 58명(1차 34, 2차 24)", ""],
    ]
    (got,) = unpack_table(make_table(rows))
    assert isinstance(got, Table) and got.grid() == rows
    # a block label under the date head stating its reporting point: a block label, as before
    dated = [*rows[:2], ["2024년 4분기 현재", *rows[2][1:]], *rows[3:]]
    assert [it.text for it in unpack_table(make_table(dated)) if not isinstance(it, Table)] == [
        "《2024년 4분기 현재》"
    ]
    # the same date under a head naming no date column (구분 | 세부내용): a block label, as before
    plain = [["구분", "세부내용", "비고"], *rows[1:]]
    assert [it.text for it in unpack_table(make_table(plain)) if not isinstance(it, Table)] == [
        "《'23. 3월말》"
    ]


PRIVATE = (
    ("\uf077", "❲1❳ 사업개요"),
    ("\uf02e", "사업기간 : 2018~2022년"),
    ("\uf02e", "주요내용"),
    ("\uf077", "❲2❳ 재원투자 계획"),
    (None, "(단위：천원)"),
    ("\uf077", "❲3❳ 추진 실적"),
    ("3-1.", "기 추진실적 - 2019년 4분기 기준"),
    ("a.", "이차전지 연도별 운영 실적"),
    ("a.", "이차전지 분야"),
    ("\uf02e", "전문가 자문회의 개최(총 3회) : 2019년10월23일"),
    ("b.", "이차전지 분야"),
    ("\uf02e", "이차전지 워크숍 개최 : 2019년9월"),
    ("c.", "세부 추진실적"),
    ("\uf02e", "기반조성"),
    ("d.", "세부 추진실적"),
    ("\uf02e", "인력양성"),
    ("3-2.", "목표 대비 실적"),
    ("\uf077", "❲4❳ 시민소통 실적"),
    ("\uf077", "❲5❳ 향후계획"),
    ("\uf02e", "이행계획 보완 : 2021년3월 중"),
    ("\uf077", "❲6❳ 기대효과"),
    ("\uf02e", "지역경제 활성화"),
)


def test_a_private_glyph_before_numbered_titles_only_heads_sections() -> None:
    """Mutant 2739 (PDF, HWPX, HWP): a symbol font's glyph before the card's numbered headings (``\\uf077 ❲1❳
    사업개요``) taken for an item bullet (the number a figure of a line no title), the headings unshaped, so the
    lettered items inside the achievements (a. b. c. d., two naming 세부 추진실적) read as headings of their own:
    the achievements unplaced (0.548 in every format)."""
    from pledgecard.extract.heading_shapes import private_bullets

    card = _card(PRIVATE)
    assert private_bullets(card) == {"\uf02e"}  # type: ignore[arg-type]
    assert unknown_headings(card) == set()  # type: ignore[arg-type]
    # the glyph before an item line too (a figure, a sentence): an item bullet, as before
    bulleted = (*PRIVATE, ("\uf077", "참여기관 3곳 협약 : 2020년3월"))
    assert private_bullets(_card(bulleted)) == {"\uf02e", "\uf077"}  # type: ignore[arg-type]


def test_a_label_set_a_letter_a_line_under_its_glyph_keeps_the_glyph_apart() -> None:
    """Crossbred 2753 (HWPX, HWP): a body table's labels set a letter a line, the heading's glyph on a line of its
    own above the number (``▤ / 1 / . / 사 / 업 / 개 / 요``): the letters joined with the glyph (``▤1.사업개요``), which
    no marker splits, so no label named a section and the body was one unread table (0.060)."""
    from pledgecard.extract.document import Table
    from pledgecard.extract.layout import label_text, unpack_table

    rows = [
        ["▤\n1\n.\n사\n업\n개\n요", "▷ 사업기간 : 2022. 8월 ~ 2026. 12월"],
        ["▤\n2\n.\n추\n진\n실\n적", "➣ 그간 추진실적 (2023년 2분기 기준)"],
        ["▤\n5\n.\n향\n후\n계\n획", "▷ 만족도 조사 실시 : 2024년 하반기"],
    ]
    got = unpack_table(make_table(rows))
    assert not any(isinstance(it, Table) for it in got)
    assert [it.text for it in got if it.heading] == ["1.사업개요", "2.추진실적", "5.향후계획"]  # type: ignore[union-attr]
    # a numeral or a bracket opening the letters is the label's own: joined as before
    assert label_text("Ⅲ\n)\n투\n자\n계\n획") == "Ⅲ)투자계획"
    assert label_text("【\n사\n업\n개\n요\n】") == "【사업개요】"
    assert label_text("제\n1\n장\n사\n업\n개\n요") == "제1장 사업개요"


def _pdf_line(text: str, marker: str | None, x0: float, top: float, x1: float) -> object:
    from pledgecard.extract.readers.pdf_lines import Line

    text_x0 = x0 + 10.5 if marker else x0
    return Line(
        text=text,
        marker=marker,
        x0=x0,
        top=top,
        x1=x1,
        bottom=top + 10.5,
        text_x0=text_x0,
        size=10.5,
        page=1,
        last_top=top,
        last_bottom=top + 10.5,
        last_x1=x1,
    )


def test_an_item_closing_on_a_colon_goes_on_at_its_bullet() -> None:
    """Crossbred 2722 and 2723 (PDF): an item wrapped before its value, the date kept whole on the next line at the
    bullet's place (``⦁ ... 단계적으로 반영 :`` over ``2023년 9월``), its line short of the right edge: read as a line
    of its own, the item's date lost and the date a table (0.957, 0.933)."""
    from pledgecard.extract.readers.pdf_lines import continues, join_wrapped

    item = _pdf_line(
        "11개 기업 투자협약 체결, 요구사항을 설계 및 운영계획에 단계적으로 반영 :", "⦁", 51.4, 298.8, 764.4
    )
    date = _pdf_line("2023년 9월", None, 51.4, 315.2, 105.8)
    assert continues(item, date, right=790.0)  # type: ignore[arg-type]
    (got,) = join_wrapped([item, date])  # type: ignore[list-item]
    assert got.text.endswith("반영 : 2023년 9월")
    # the item closed (its date after the colon), or the next line a heading: no wrap, as before
    done = _pdf_line("11개 기업 투자협약 체결 : 2023년 9월", "⦁", 51.4, 298.8, 300.0)
    assert not continues(done, _pdf_line("참여기업 15개 참여", None, 51.4, 315.2, 140.0), right=790.0)  # type: ignore[arg-type]
    assert not continues(item, _pdf_line("《2024년 4분기 현재》", None, 51.4, 315.2, 150.0), right=790.0)  # type: ignore[arg-type]


def test_a_table_gone_on_atop_the_right_column_ends_there() -> None:
    """Crossbred 2723 (PDF): a table cut at the left column's foot, its last row atop the right column, the right
    column's items ending the page; the next page opening with a table of its own as wide (사업장 | 위치 | ...): the
    left column's table, already gone on atop the right column, was taken for one the page break cut again and the
    next page's table joined to it (tables 0.633, 0.933)."""
    from pledgecard.extract.document import Table
    from pledgecard.extract.readers.pdf_assemble import assemble
    from tests.test_mutate_38 import _page_text, _table_at

    first = _table_at(
        1, 420.0, [["연번", "기업명"], ["1", "㈜하람바이오"], ["2", "㈜세움씨엔티"], ["3", "㈜가온테크"]]
    )
    rest = _table_at(1, 50.0, [["4", "㈜세움에너지"]])
    rest.xs = [x + 380.0 for x in rest.xs]
    rest.bbox = (rest.xs[0], rest.bbox[1], rest.xs[-1], rest.bbox[3])
    left = [("◦ 사업기간 : 2023. ~ 2026.", 50.0, 100.0), ("◦ 수소산업 참여기업 현황", 50.0, 400.0)]
    right = [
        (t, 430.0, 90.0 + 15 * k)
        for k, t in enumerate(
            [
                "◦ 세부 추진실적",
                "- 아카데미 운영(수료생 72명) : 2023. 3. 31.",
                "- 전문가 자문회의 개최 : '23. 3월",
                "- 업무협약 체결 : '23. 2월",
                "◦ 사업장별 추진현황",
            ]
        )
    ]
    page1 = _page_text(1, left + right, [first, rest])
    own = _table_at(2, 50.0, [["사업장", "위치"], ["제1사업장", "남리 일원"]])
    page2 = _page_text(2, [("▷ 2023년 제1분기 현재", 50.0, 120.0)], [own])
    blocks = assemble([page1, page2], [[first, rest], [own]], [])
    tables = [b.grid() for b in blocks if isinstance(b, Table)]
    assert [[row[0] for row in t] for t in tables] == [["연번", "1", "2", "3", "4"], ["사업장", "제1사업장"]]


DUMP_3634 = """구분 연도별 투자 실적 및 계획 총사업비
⦇천원⦈ 증감

2022년 2023년 2024년 2025년 2026년 2027년 2028년 2029년

계 1,335,724 623,703 1,328,348 463,564 1,507,735 536,080 1,302,437 961,337 8,058,928 1,044,171

국비 648,655  310,197  773,881 277,692 474,840 699,722 3,184,987 773,881

도비 687,069  763,037 463,564 216,012 258,388 265,965  2,654,035 △247,552

군비  623,703 255,114  517,842  561,632 261,615 2,219,906 517,842
"""


def test_a_source_row_spanning_an_aligned_block_is_no_head() -> None:
    """Mutant 3634 (txt): a dump's funding rows printing blank zero cells as runs of spaces under a 계 row with none,
    the text reader's aligned block one cell spanning the 계 row over the others' cells: the 계 row read as the head,
    its figures the column labels, and 군비's 2023 amount given as its 총사업비 (1 wrong figure). A head printing a
    source row is no head: the amounts null, a finding."""
    from pledgecard.extract.coverage import funding_unrecovered
    from pledgecard.extract.layout import linearize
    from pledgecard.extract.readers import read_bytes
    from pledgecard.extract.sections.funding import extract_funding

    items = linearize(read_bytes(DUMP_3634.encode(), path="card.txt"))
    got = extract_funding(items).value["funding"]
    # since session 32 (tests/test_sweep_88.py) the rows a text reader parted by their gaps keep their gaps
    # (funding_unit_cells.printed_by_columns): each blank cell a space more, the rows' totals and the 계 row
    # proving every place; before, no amount read (the years read, every amount under them null, a finding)
    assert got is not None and [c["label"] for c in got["columns"]] == [
        *(str(y) for y in range(2022, 2030)),
        "총사업비",
    ]
    assert {r["label"]: r["amounts_krw"] for r in got["rows"]} == {
        "계": [
            v * 1000
            for v in (
                1_335_724,
                623_703,
                1_328_348,
                463_564,
                1_507_735,
                536_080,
                1_302_437,
                961_337,
                8_058_928,
            )
        ],
        "국비": [v * 1000 for v in (648_655, 0, 310_197, 0, 773_881, 277_692, 474_840, 699_722, 3_184_987)],
        "도비": [v * 1000 for v in (687_069, 0, 763_037, 463_564, 216_012, 258_388, 265_965, 0, 2_654_035)],
        "군비": [v * 1000 for v in (0, 623_703, 255_114, 0, 517_842, 0, 561_632, 261_615, 2_219_906)],
    }
    assert not funding_unrecovered(got, None)
    # the zero cells printed (0): one cell a figure, the head the years' line, as before
    zeros = (
        DUMP_3634.replace("648,655  310,197", "648,655 0 310,197")
        .replace("687,069  763,037", "687,069 0 763,037")
        .replace("군비  623,703 255,114  517,842  561,632", "군비 0 623,703 255,114 0 517,842 0 561,632")
        .replace("773,881 277,692", "773,881 0 277,692")
        .replace("265,965  2,654,035", "265,965 0 2,654,035")
    )
    got = extract_funding(linearize(read_bytes(zeros.encode(), path="card.txt"))).value["funding"]
    assert got is not None and [c["label"] for c in got["columns"]][:3] == ["2022", "2023", "2024"]


def test_a_header_naming_the_pledge_after_another_label_starts_a_card() -> None:
    """Mutant 3613 (txt): a card titled by its kind alone (``… 공약사업 추진상황``: no title word the vocabulary knows),
    its header printed two labels a line, 공약명 after 담당자 (``담 당 자 모혜연 (7512) 공 약 명 …``), the first line
    opening with 관리번호: no card start found, nothing read (0.005)."""
    from pledgecard.extract.cards import split_cards
    from pledgecard.extract.header_block_start import opens_header_block

    lines = [
        make_line(t)
        for t in (
            "물빛시 민선8기 시장 공약사업 추진상황",
            "(2026년 2분기 현재)",
            "관리번호 5-11 실천목표 임기 내 완료",
            "담 당 자 모혜연 (7512) 공 약 명 물빛시형 아이돌봄 서비스 도입",
            "협조부서 기획예산과 주관부서 노인복지과",
            "가. 사업개요",
            "사업기간 : 2023년1월~2026년12월",
        )
    ]
    assert opens_header_block(lines, 2) and not opens_header_block(lines, 3)
    (card,) = split_cards(lines)
    assert card[0].text == "물빛시 민선8기 시장 공약사업 추진상황"  # type: ignore[union-attr]
    # no label line naming the pledge under it (a 관리번호 line in a card's body): no card start
    body = [lines[2], make_line("사업기간 : 2023년1월~2026년12월"), lines[4]]
    assert not opens_header_block(body, 0) and split_cards(body) == []
    # the line under it opening with 공약명 (it starts the card itself): one card, not two
    named = [lines[0], lines[2], make_line("공약사업명 물빛시형 아이돌봄 서비스 도입"), *lines[4:]]
    assert not opens_header_block(named, 1) and len(split_cards(named)) == 1
