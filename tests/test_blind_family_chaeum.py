"""The template family designed blind in session 13 for its text structure and page layout
(samples/families.py: ``chaeum-city``) and the structures it brought in, on small lines:

- a decimal outline numbered by hyphens without closing punctuation: blocks ``3-1`` under section 3,
  level-1 items ``3-1-1`` under the block (a 관리번호 ``1-35`` alone, a phone, an ISO day are none);
- section headings followed by a gloss in English or Hanja (``06\\t향후 추진계획 Schedule``);
- plans as a dated checklist (``☐ '26. 4분기 성과평가``): the box opens no section, the date opening
  the line is the plan's;
- a table's footnotes ``주1) ...`` / ``주) ...`` are notes, as ``※`` is (never a cell of the table above
  them in a dump printing a cell a line);
- a heading's number printed alone on the line above its title (``07`` over ``기대효과 Outcomes``, where
  ``pdftotext`` broke the line at the heading's tab) is joined to it;
- a text dump's running footer ending in a page number set off by dashes (``title…  - 2 -``) closes
  its page, so that the running header and footer repeated on every page are dropped.

Blind (before the extractor was read): PDF, HWPX and HWP 0.643, txt 0.572, 4 wrong figures (achievement
counts paired off by the lost structure); after: 1.000 in all four formats, no wrong figure.
"""

from __future__ import annotations

from pledgecard.extract.cards import split_sections
from pledgecard.extract.document import Source
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import is_numbering, split_marker
from pledgecard.extract.readers.text_lines import furniture, split_lines
from pledgecard.extract.sections.achievements import extract_achievements
from pledgecard.extract.sections.plans import extract_plans


def _line(text: str) -> Line:
    marker, rest = split_marker(text)
    return Line(text=rest, marker=marker, indent=0, source=Source())


# ------------------------------------------------------------------------------ a hyphenated decimal outline


def test_a_hyphenated_outline_number_before_a_word_is_a_numbering() -> None:
    assert split_marker("3-1-2 투자협약 체결 : 2022. 12월") == ("3-1-2", "투자협약 체결 : 2022. 12월")
    assert split_marker("3-1 그간 추진실적 ('24. 4분기 누계)") == ("3-1", "그간 추진실적 ('24. 4분기 누계)")
    assert split_marker("1-2 총사업비 : 27,002백만원") == ("1-2", "총사업비 : 27,002백만원")
    assert is_numbering("3-1-2") and is_numbering("3-1")


def test_numbers_joined_by_hyphens_that_number_nothing_stay_text() -> None:
    assert split_marker("1-35") == (None, "1-35")  # a 관리번호 alone in its cell
    assert split_marker("214-5840 내선") == (None, "214-5840 내선")  # a phone: three digits
    assert split_marker("2024-09-30 착공") == (None, "2024-09-30 착공")  # an ISO day
    assert split_marker("3-1 2,000") == (None, "3-1 2,000")  # before a figure, no word


def test_outline_blocks_and_items_take_their_levels() -> None:
    lines = [
        _line(t)
        for t in (
            "3-1 그간 추진실적 ('24. 4분기 누계)",
            "3-1-1 지원센터 개소 : 2023년 1분기",
            "◇ 재직자 49명 교육",
            "⋅ 설명회 개최(339명 참석) : '23. 10.",
            "3-1-2 투자협약 체결 : 2022. 12월",
            "3-2 2025. 3월 말 기준",
            "3-2-1 실시설계 용역 완료 : '25. 3월",
        )
    ]
    ach = extract_achievements(lines).value["achievements"]
    assert [(a["marker"], a["level"], a["parent"]) for a in ach] == [
        ("3-1-1", 1, None),
        ("◇", 2, 0),
        ("·", 3, 1),
        ("3-1-2", 1, None),
        ("3-2-1", 1, None),
    ]
    assert [a["group"] for a in ach] == ["그간 추진실적"] * 4 + ["2025. 3월 말 기준"]
    assert ach[0]["group_as_of"]["label"] == "2024-Q4"
    assert ach[4]["group_as_of"]["label"] == "2025-03"


# ------------------------------------------------------------------------------ glossed headings


def test_a_heading_title_with_an_english_or_hanja_gloss_names_its_section() -> None:
    assert section_of("01\t사업개요 Overview") == "overview"
    assert section_of("06\t향후 추진계획 Schedule") == "plans"
    assert section_of("05 시민 소통실적 Engagement") == "outreach"
    assert section_of("07 기대효과 OUTCOMES") == "effects"
    assert section_of("기대효과 期待效果") == "effects"


def test_a_gloss_after_words_naming_no_section_names_none() -> None:
    assert section_of("SNS 홍보") is None
    assert section_of("반도체 소재 Hub") is None
    assert section_of("Overview") is None


# ------------------------------------------------------------------------------ plans as a dated checklist


def test_plans_as_a_dated_checklist_take_the_opening_date() -> None:
    lines = [_line("☐ '26. 4분기 성과평가 및 개선방안 마련"), _line("☐ 2025. 3월 실시설계 착수")]
    plans = extract_plans(lines).value["plans"]
    assert [(p["text"], p["date"]["label"]) for p in plans] == [
        ("성과평가 및 개선방안 마련", "2026-Q4"),
        ("실시설계 착수", "2025-03"),
    ]


def test_plans_closing_with_their_dates_keep_an_opening_year_in_the_text() -> None:
    lines = [_line("◦ 2025년 예산 확보 : '24. 12월"), _line("◦ 실시설계 착수 : 2025. 3월")]
    plans = extract_plans(lines).value["plans"]
    assert [(p["text"], p["date"]["label"]) for p in plans] == [
        ("2025년 예산 확보", "2024-12"),
        ("실시설계 착수", "2025-03"),
    ]


def test_a_box_before_a_date_opens_no_section() -> None:
    items = [
        _line("06\t향후 추진계획 Schedule"),
        _line("☐ '26. 4분기 성과평가 및 개선방안 마련"),
        _line("07\t기대효과 Outcomes"),
        _line("◇ 지역경제 활성화"),
    ]
    sections = split_sections(items)
    assert [(s.name, [it.text for it in s.items]) for s in sections if s.name] == [
        ("plans", ["'26. 4분기 성과평가 및 개선방안 마련"]),
        ("effects", ["지역경제 활성화"]),
    ]
    # a box before a title is still a heading of its own (□ 추진경과)
    items[1] = _line("☐ 추진경과")
    assert "추진경과" in [s.heading for s in split_sections(items)]


# ------------------------------------------------------------------------------ a running footer in a dump


_PAGE = [
    "[1-35] 채움시 반도체 소재 생태계 조성",
    "",
    "3-1-{n} 지원센터 개소 : 2023년 {n}분기",
    "◇ 재직자 4{n}명 교육",
    "",
    "채움시 반도체 소재 생…  - {n} -",
]


def test_a_running_footer_ending_in_a_page_number_closes_its_page() -> None:
    text = "\n".join(ln.format(n=n) for n in (1, 2, 3) for ln in _PAGE)
    lines = split_lines(text)
    dropped = {lines[k].text.strip() for k in furniture(lines)}
    assert "[1-35] 채움시 반도체 소재 생태계 조성" in dropped
    assert "채움시 반도체 소재 생…  - 2 -" in dropped
    assert not dropped & {"3-1-2 지원센터 개소 : 2023년 2분기", "◇ 재직자 42명 교육"}


def test_a_line_ending_in_a_dashed_number_once_is_no_running_line() -> None:
    pages = [
        ["◦ 지원센터 개소", "- 1 -"],
        ["◦ 공정 단계 - 2 -", "◦ 설명회 개최", "- 2 -"],
        ["◦ 준공", "- 3 -"],
    ]
    lines = split_lines("\n".join(ln for page in pages for ln in page))
    dropped = {lines[k].text.strip() for k in furniture(lines)}
    assert dropped == {"- 1 -", "- 2 -", "- 3 -"}


def test_a_table_row_ending_in_a_dash_for_zero_closes_no_page() -> None:
    from pledgecard.extract.readers.text_lines import _footer_number

    assert _footer_number(split_lines("채움시 반도체 소재 생…  - 2 -")[0])
    assert not _footer_number(split_lines("146회 1(채용박람회) 1 - 144 -")[0])


def test_a_footnote_mark_is_a_note() -> None:
    from pledgecard.extract.markers import is_note

    assert split_marker("주1) 당해연도 이후 금액은 계획액임") == ("주1)", "당해연도 이후 금액은 계획액임")
    assert split_marker("주) 달성률(%) = 실적 ÷ 목표 × 100") == ("주)", "달성률(%) = 실적 ÷ 목표 × 100")
    assert is_note("주1)") and is_note("주)")
    assert split_marker("(주)솔빛씨엔티 투자협약") == (None, "(주)솔빛씨엔티 투자협약")  # a company
    assert split_marker("주)솔빛씨엔티") == (None, "주)솔빛씨엔티")  # a wrapped (주)


def test_a_heading_number_printed_above_its_title_is_joined_to_it() -> None:
    from pledgecard.extract.document import Paragraph
    from pledgecard.extract.textjoin import join_broken_lines

    texts = [
        "06",
        "향후 추진계획 Schedule",
        "☐ '26. 4분기 성과평가",
        "07",
        "기대효과 Outcomes",
        "◇ 지역경제 활성화",
    ]
    paras = [Paragraph(text=t, marker=None) for t in texts]
    assert [p.text for p in join_broken_lines(paras)][:2] == [
        "06 향후 추진계획 Schedule",
        "☐ '26. 4분기 성과평가",
    ]
    assert "07 기대효과 Outcomes" in [p.text for p in join_broken_lines(paras)]
    # a table's count printed a cell a line above a heading is no heading number (not after 06)
    paras = [Paragraph(text=t, marker=None) for t in ("06 향후 추진계획", "◇ 설계", "2", "기대효과")]
    assert [p.text for p in join_broken_lines(paras)][-2:] == ["2", "기대효과"]
    # nor one alone: a run of two or more numbers above titles makes headings' numbers
    paras = [Paragraph(text=t, marker=None) for t in ("계", "66", "향후 추진계획", "◇ 설계", "기대효과")]
    assert [p.text for p in join_broken_lines(paras)][1:3] == ["66", "향후 추진계획"]
