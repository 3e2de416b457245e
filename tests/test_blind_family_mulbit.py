"""The template family designed blind in session 15 (samples/families.py: ``mulbit-city``, a 시 card whose
text structure is the 개조식 of official documents) and the structures it brought in, on small lines, grids
and the family's own files:

- outreach printed as a dated log (구분 | 일자 | 주요내용 | 참석인원(명): an event a row, each channel closed by
  a subtotal row ``소계 | 3회 | 225``, a ``합계`` row last): the counts are the subtotal rows' figures with a
  count unit, never the bare people figures beside them; subtotals that do not add up to the total give
  the channels without counts; as table cells, as dump lines a row a line or a cell a line (a log a converter
  printed column by column pairs no count);
- plans listed by period under year lines (``○ 2025년`` / ``- 1/4분기 : plan``): the plan dated by the period
  in that year, the year line no plan;
- a day opening an item (``가. 2024. 3. 15. 착공식 개최``) among items dated after a colon: the item's date
  (a month or a year opening an item stays its text);
- items wrapped over three or more lines with a hanging indent: one item in a text dump (the third line
  is no row printed alone) and in PDF (a hanging indent short of the text, under a numbering ``가.``);
- a dump's two-column table whose rows open with one series (``7월`` / ``8월`` / ``9월``): cut after it;
- under headings no vocabulary names: a block element set as a heading's bar (``▌``) frames headings as a
  square does, a dated outreach log is the outreach and work listed by period under year lines the plans,
  by content (unknown headings 0.773 pdf / 0.742 txt -> 0.996).

Blind figures (the extractor unchanged): PDF 0.844, HWPX 0.878, HWP 0.878, txt 0.854, 6 wrong figures (the
log's people total read as the outreach total); after: 0.995 in the four formats (the title line
``... 공약사업 추진상황``, no 카드, is not read as the card's kind), no wrong figure.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.content_kinds import kind_by_content
from pledgecard.extract.heading_shapes import Shape, shape_of
from pledgecard.extract.readers import text as text_reader
from pledgecard.extract.sections.achievements import extract_achievements
from pledgecard.extract.sections.outreach import extract_outreach
from pledgecard.extract.sections.plans import extract_plans
from pledgecard.extract.sections.side_tables import tables_from_lines
from pledgecard.scoring import load_records, score_record

from conftest import committed_records, family_cards, make_line, make_table, shared_tools

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "mulbit-city"

HEAD = ["구분", "일자", "주요내용", "참석인원(명)"]


def _log(subtotal: str = "3회") -> list[list[str]]:
    return [
        HEAD,
        ["주민설명회", "2025. 5. 14.", "현장 간담회 개최", "120"],
        ["주민설명회", "소계", "1회", "120"],
        ["설문조사", "2025. 2. 16.", "시민 수요조사 실시", "20"],
        ["설문조사", "2025. 3. 5.", "시민 수요조사 실시", "190"],
        ["설문조사", "2025. 6. 8.", "시민 수요조사 실시", "15"],
        ["설문조사", "소계", subtotal, "225"],
        ["합계", "합계", "4회", "345"],
    ]


# ------------------------------------------------------------------------------ outreach as a dated log


def test_a_dated_log_counts_by_its_subtotal_rows_not_the_people() -> None:
    got = extract_outreach([make_table(_log())]).value["outreach"]
    assert got["total"] == 4
    assert [(x["label"], x["category"], x["count"]) for x in got["items"]] == [
        ("주민설명회", "meetings", 1),
        ("설문조사", "survey", 3),
    ]


def test_a_log_whose_subtotals_miss_the_total_gives_no_counts() -> None:
    got = extract_outreach([make_table(_log("2회"))]).value["outreach"]
    assert got["total"] == 4
    assert [x["count"] for x in got["items"]] == [None, None]  # none guessed, the people never taken


def test_a_log_merged_cells_printed_once_carries_the_channel_down() -> None:
    grid = [
        [c if k or r[0] == "합계" or i in (1, 3) else "" for k, c in enumerate(r)]
        for i, r in enumerate(_log())
    ]
    got = extract_outreach([make_table(grid)]).value["outreach"]
    assert [(x["label"], x["count"]) for x in got["items"]] == [("주민설명회", 1), ("설문조사", 3)]


def test_a_dated_log_as_dump_lines() -> None:
    lines = [
        make_line(" ".join(HEAD)),
        make_line("주민설명회 2025. 5. 14. 현장 간담회 개최 120"),
        make_line("소계 1회 120"),
        make_line("전문가 자문 2025. 1. 16. 자문위원회 회의 20"),
        make_line("2025. 2. 2. 자문위원회 회의 115"),
        make_line("소계 2회 135"),
        make_line("합계 3회 255"),
    ]
    got = extract_outreach(lines).value["outreach"]
    assert got["total"] == 3
    assert [(x["label"], x["category"], x["count"]) for x in got["items"]] == [
        ("주민설명회", "meetings", 1),
        ("전문가 자문", "experts", 2),
    ]


def test_a_dated_log_printed_a_cell_a_line() -> None:
    cells = [
        *HEAD,
        "주민설명회",
        "2025. 5. 14.",
        "현장 간담회 개최",
        "120",
        "소계",
        "1회",
        "120",
        "언론보도",
        "2025. 3. 2.",
        "보도자료 배포",
        "-",
        "2025. 4. 9.",
        "지역 언론 기획보도",
        "-",
        "소계",
        "2회",
        "-",
        "합계",
        "3회",
        "120",
    ]
    got = extract_outreach([make_line(c) for c in cells]).value["outreach"]
    assert got["total"] == 3
    assert [(x["label"], x["category"], x["count"]) for x in got["items"]] == [
        ("주민설명회", "meetings", 1),
        ("언론보도", "media", 2),
    ]


def test_a_log_printed_column_by_column_pairs_no_count() -> None:
    # pdftotext's default mode: the table's columns interleaved, a subtotal word before another channel's name
    cells = [
        "구분",
        "일자",
        "2025. 5. 14.",
        "주민설명회",
        "주요내용",
        "현장 간담회 개최",
        "소계",
        "설문조사",
        "120",
        "1회",
        "120",
        "2025. 2. 16.",
        "시민 수요조사 실시",
        "20",
        "소계",
        "3회",
        "합계",
        "4회",
    ]
    got = extract_outreach([make_line(c) for c in cells]).value["outreach"]
    assert got is None or all(x["count"] is None for x in got["items"])


# ------------------------------------------------------------------------------ plans by period under year lines


def test_plans_by_quarter_under_year_lines() -> None:
    lines = [
        make_line("2025년", "○"),
        make_line("1/4분기 : 실시설계 착수", "-"),
        make_line("3/4분기 : 공사 발주 및 계약", "-"),
        make_line("2026년", "○"),
        make_line("2/4분기 : 준공 및 개관", "-"),
        make_line("운영 활성화 방안 마련", "○"),
    ]
    plans = extract_plans(lines).value["plans"]
    assert [(p["text"], p["date"] and p["date"]["label"]) for p in plans] == [
        ("실시설계 착수", "2025-Q1"),
        ("공사 발주 및 계약", "2025-Q3"),
        ("준공 및 개관", "2026-Q2"),
        ("운영 활성화 방안 마련", None),
    ]


def test_a_period_colon_line_without_a_year_line_is_no_dated_plan() -> None:
    plans = extract_plans([make_line("1/4분기 : 실시설계 착수", "-")]).value["plans"]
    assert plans[0]["date"] is None or plans[0]["date"]["start"] is None


# ------------------------------------------------------------------------------ dates opening items


def test_a_day_opening_an_item_is_its_date_among_items_dated_after_a_colon() -> None:
    lines = [
        make_line("기 추진실적 ('24. 3/4분기 누계)", "1."),
        make_line("2024. 3. 15. 착공식 개최", "가."),
        make_line("관계기관 협의 : '24. 5.", "나."),
        make_line("2024년 예산 확보", "다."),
    ]
    ach = extract_achievements(lines).value["achievements"]
    got = [(a["text"], a["date"] and a["date"]["label"]) for a in ach]
    assert ("착공식 개최", "2024-03-15") in got
    assert ("관계기관 협의", "2024-05") in got
    assert ("2024년 예산 확보", None) in got  # a year opening an item is its subject


# ------------------------------------------------------------------------------ hanging indents


def test_an_item_wrapped_over_three_lines_with_a_hanging_indent_is_one_item_in_a_dump() -> None:
    dump = (
        "▌ 추진실적\n\n1. 기 추진실적 ('23. 4/4분기 누계)\n\n"
        "가. '22. 11. 12. 물빛문화재단-㈜다온테크 해양레저 업무협약 체결,\n"
        "    추진 과정에서 제기된 안전·환경 관련 요구사항을 검토하여 설계 및 운영계획에\n"
        "    단계적으로 반영\n\n  1) 관광객 41명(1차 33, 2차 8)\n"
    )
    doc = text_reader.read(dump.encode("utf-8"), path="x.txt")
    texts = [b.text for b in doc.blocks if hasattr(b, "text")]
    assert any(t.endswith("운영계획에 단계적으로 반영") and t.startswith("'22. 11. 12.") for t in texts), (
        texts
    )
    assert "단계적으로 반영" not in texts


def test_the_familys_long_items_read_whole_in_pdf() -> None:
    for path in sorted(FAMILY.glob("mulbit-city-*-pdf.pdf")):
        exp = load_records(path.with_name(path.stem + ".expected.json"))[0]
        got = committed_records(path)[0]
        long_items = [a["text"] for a in exp["achievements"] if len(a["text"]) > 60]
        assert long_items
        # (a word the line broke inside may be glued with a space: the document prints it nowhere whole)
        assert {t.replace(" ", "") for t in long_items} <= {
            a["text"].replace(" ", "") for a in got["achievements"]
        }


# ------------------------------------------------------------------------------ a series of row labels


def test_a_two_column_dump_table_whose_rows_open_with_a_series_is_cut_after_it() -> None:
    lines = [
        make_line("월 추진내용"),
        make_line("7월 세부 추진계획 보완"),
        make_line("8월 시민 의견 수렴 결과 정리, 사업 설명자료 배포"),
        make_line("9월 현장점검 실시"),
    ]
    (tb,) = tables_from_lines(lines, "")
    assert tb["rows"] == [
        ["7월", "세부 추진계획 보완"],
        ["8월", "시민 의견 수렴 결과 정리, 사업 설명자료 배포"],
        ["9월", "현장점검 실시"],
    ]


def test_rows_opening_with_unlike_words_stay_a_word_a_cell() -> None:
    lines = [make_line("구분 내용"), make_line("착공 부지 정리 완료"), make_line("설계 실시설계 용역 착수")]
    (tb,) = tables_from_lines(lines, "")
    assert tb["rows"][0] == ["착공", "부지", "정리", "완료"]


# ------------------------------------------------------------------------------ headings and sections by shape


def test_a_block_element_bar_frames_a_heading() -> None:
    assert shape_of("▌ 사업의 주요 골자") == Shape("▌", None, "사업의 주요 골자")
    assert shape_of("█ 그동안 한 일") is not None


def test_a_dated_log_and_plans_under_year_lines_are_sections_by_content() -> None:
    log = [
        make_line(" ".join(HEAD)),
        make_line("주민설명회 2025. 5. 14. 현장 간담회 개최 120"),
        make_line("소계 1회 120"),
        make_line("합계 1회 120"),
    ]
    assert (
        kind_by_content(log, taken={"achievements"}, as_of="2025-09-30", after=["achievements"]) == "outreach"
    )
    plans = [
        make_line("2026년", "○"),
        make_line("1/4분기 : 실시설계 착수", "-"),
        make_line("3/4분기 : 착공", "-"),
    ]
    assert (
        kind_by_content(plans, taken={"achievements"}, as_of="2025-09-30", after=["achievements"]) == "plans"
    )
    past = [make_line("2024년", "○"), make_line("1/4분기 : 실시설계 착수", "-")]
    assert (
        kind_by_content(past, taken={"achievements"}, as_of="2025-09-30", after=["achievements"]) != "plans"
    )


# ------------------------------------------------------------------------------ the family


def test_the_family_reads_whole_in_every_format_with_no_wrong_figure() -> None:
    _, wrong_figures = shared_tools()
    for path, exp, got in family_cards(FAMILY, "mulbit-city-*-*.*"):
        assert len(got) == len(exp) == 1
        assert score_record(exp[0], got[0]).score() >= 0.98, path.name
        wrong = [
            (name, ev, gv)
            for _, name, ev, gv in wrong_figures.figures(exp[0], got[0])
            if gv is not None and gv != ev
        ]
        assert not wrong, (path.name, wrong)
