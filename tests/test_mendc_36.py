"""Session 36 (mendc): review c's findings on this session's OCR comma readings, layout page-break rule and arrows.

1. A budget part read other than as printed (an OCR'd comma read as a digit or a point) was taken wherever it alone
   made the parts meet the total: a misread total balanced by a wrong choice (``86,264백만 원(도비 55093, ...)``: 도비
   55,093 백만원, silent), a text card's ungrouped ``17939`` read 1,939, a part's own unit lost (``15000만 원`` read
   1,000억), true three-decimal parts nulled (``7.500``), a prefix of a garbled total taken as the total. Now the
   readings are offered for OCR'd cards only (normalize/ocr_reading), for bare figures of the budget's unit, a pointed
   part only beside a comma-grouped figure (money_grouping.point_for_comma, the total a sibling), a garbled total
   only whole; and a reading the sum proves is kept only where the funding table proves it too (its grand total the
   budget's, or each part its source row's sum), else null with ``extract.reading_unproven`` (extract/
   budget_readings). Review c's cards (txt): misread-total-nofund wrong 2 -> 0 (null parts), ungrouped-nofund and
   own-unit-nofund wrong 1 -> 0.
2. A section ending at its page's bottom: the next cell, starting at the next page's top and itself cut by the break
   after it, lost its first paragraph to the section before (text_syllable_gutter._page_bottom). Review c's
   cut2-layout (sanha-county 59001 layout, cut twice) 0.914 -> 0.957.
3. A long dash touching the next glyph's stem read as a revision arrow (ocr_arrows): a head lies within the band and
   narrows to its tip; a stem runs on past the band.
"""

from __future__ import annotations

import numpy as np
import pytest

from pledgecard.extract.budget_readings import readings_proven
from pledgecard.extract.readers.ocr_arrows import restore_arrows
from pledgecard.extract.readers.ocr_word import Word
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_syllable_gutter import gutter_labels
from pledgecard.normalize.money import parse_budget
from pledgecard.normalize.ocr_reading import reading_ocr
from tests.conftest import make_line

M = 1_000_000


def _read(text: str, ocr: bool) -> dict:
    with reading_ocr(ocr):
        return parse_budget(text)


def _amounts(budget: dict) -> list[int | None]:
    return [p["amount_krw"] for p in budget["parts"]]


# --- 1. budget readings ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("ocr", [False, True])
def test_a_part_printing_its_own_unit_is_never_read_as_a_misread_comma(ocr: bool) -> None:
    got = _read("2,200억 원(도비 1,200억 원, 시군비 15000만 원)", ocr)
    assert _amounts(got) == [120_000_000_000, None] and got["parts"][1]["raw"] == "15000만 원"


def test_a_text_cards_ungrouped_part_is_not_read_without_a_digit() -> None:
    got = _read("9,337백만 원(도비 17939, 시군비 3,721, 민자 3,677)", False)
    assert _amounts(got) == [None, 3721 * M, 3677 * M] and got["parts"][0]["raw"] == "17939"
    # the comma reading on a text card: none, whatever the sum (as OCR'd it would be offered)
    assert (
        _amounts(_read("52,603백만원(국비 14,250, 도비 77929, 시군비 18,310, 민자 12,114)", False))[1] is None
    )


@pytest.mark.parametrize("ocr", [False, True])
def test_true_three_decimal_parts_with_no_comma_grouped_figure_keep_their_printed_values(ocr: bool) -> None:
    got = _read("15억 원(도비 7.500, 시군비 3.750, 민자 3.000)", ocr)
    assert _amounts(got) == [750_000_000, 375_000_000, 300_000_000]


@pytest.mark.parametrize("ocr", [False, True])
def test_a_prefix_of_a_garbled_total_is_never_the_total(ocr: bool) -> None:
    got = _read("3O,000천원(국비 1, 시비 2)", ocr)
    assert got["total_krw"] is None


def _record(budget: dict, funding: dict | None = None) -> dict:
    return {"overview": {"budget": budget}, "funding": funding}


def _funding(total: int, rows: dict[str, int]) -> dict:
    return {
        "columns": [{"kind": "total"}],
        "rows": [
            {"source": "total", "amounts_krw": [total]},
            *({"source": s, "amounts_krw": [a]} for s, a in rows.items()),
        ],
    }


MISREAD = "86,264백만 원(도비 55093, 시군비 22427, 민자 21,747, 기타 6.997)"  # 36,264 = 5,093 + 2,427 + ...


def test_a_reading_only_a_misread_total_proves_is_null_with_a_finding() -> None:
    record = _record(_read(MISREAD, True))
    findings = readings_proven(record, {})
    parts = record["overview"]["budget"]["parts"]
    assert [p["amount_krw"] for p in parts] == [None, None, 21747 * M, None]  # never 55,093 nor 2,427
    assert [p.get("raw") for p in parts] == ["55093", "22427", None, "6.997"]
    assert [f["code"] for f in findings] == ["extract.reading_unproven"]
    assert all("reading" not in p for p in parts)
    # the card's funding table says 36,264: its rows contradict the readings, still null
    record = _record(
        _read(MISREAD, True), _funding(36264 * M, {"provincial": 5093 * M, "municipal": 2427 * M})
    )
    assert [f["code"] for f in readings_proven(record, {})] == ["extract.reading_unproven"]


def test_a_reading_the_funding_table_proves_too_is_kept() -> None:
    text = "26,264백만원(국비 66093, 시비 99427, 구비 33747, 민자등 6.997)"
    want = [6093 * M, 9427 * M, 3747 * M, 6997 * M]
    record = _record(_read(text, True), _funding(26264 * M, {}))  # the table's grand total is the budget's
    assert readings_proven(record, {}) == [] and _amounts(record["overview"]["budget"]) == want
    rows = {"national": 6093 * M, "municipal": 9427 * M, "district": 3747 * M, "private": 6997 * M}
    record = _record(
        _read(text, True),
        {
            "columns": [{"kind": "total"}],
            "rows": [{"source": s, "amounts_krw": [a]} for s, a in rows.items()],
        },
    )
    assert readings_proven(record, {}) == [] and _amounts(record["overview"]["budget"]) == want
    record = _record(_read(text, True), _funding(26265 * M, {}))  # a table of another total proves nothing
    assert readings_proven(record, {}) and _amounts(record["overview"]["budget"]) == [None, None, None, None]


# --- 2. a section ending at its page's bottom --------------------------------------------------------------------------

ENDED_AT_PAGE = (
    "    - 사업기간 : 22.1.~26.12.\n사\n    - 총사업비 : 3,000천원\n업\n    - 주요내용\n개\n    · 기반 조성\n요\n"
    "    · 참여 확대\n\f"
    "    ○ 그간 추진실적\n    - 협약 체결 : 2022. 3.\n\n추   - 설명회 개최 : 2022. 5.\n진   - 자문회의 개최 : 2022. 7.\n"
    "실   - 현장점검 실시 : 2022. 9.\n적   - 공모 선정 : 2022. 10.\n\n    - 실시설계 완료 : 2022. 12.\n"
    "    - 착공 : 2023. 2.\n\f"
    "    - 준공 : 2023. 8.\n    - 개소식 : 2023. 9.\n    - 운영 개시 : 2023. 10.\n\n    (단위: 천원)\n"
    "          구분        국비        도비\n투\n         2022년      1,000      2,000\n자\n"
    "계        2023년      1,500      2,500\n획\n          합계       2,500      4,500\n"
)


def test_a_cell_after_a_section_ending_at_its_pages_bottom_begins_at_the_next_pages_top() -> None:
    lines = [ln.text.strip() for ln in gutter_labels(split_lines(ENDED_AT_PAGE))]
    at = lines.index("추진실적")
    assert lines.index("○ 그간 추진실적") > at and lines.index("- 협약 체결 : 2022. 3.") > at
    assert lines.index("· 참여 확대") < at  # the overview's last line stays above it


# --- 3. a dash touching the next glyph --------------------------------------------------------------------------------


def _dash_read(stem_at: int | None, text: str) -> str:
    import cv2

    img = np.full((60, 120), 255, dtype=np.uint8)
    cv2.line(img, (20, 30), (59, 30), 0, 2)  # a long dash, 2 px thick
    if stem_at is not None:
        cv2.line(img, (stem_at, 16), (stem_at, 44), 0, 2)  # the next glyph's left stem
    words = [
        Word(spaced=False, symbols=[("5", 95.0, (0.0, 16.0, 12.0, 44.0))]),
        Word(spaced=False, symbols=[(text, 95.0, (20.0, 29.0, 60.0, 31.0))]),
    ]
    restore_arrows(words, img < 192, (0, 0))
    return words[1].symbols[0][0]


@pytest.mark.parametrize("text", ["—", "ㅡ", "-"])
def test_a_dash_touching_the_next_glyphs_stem_stays_a_dash(text: str) -> None:
    assert _dash_read(60, text) == text  # touching: the stem runs on past the band, no head
    assert _dash_read(66, text) == text and _dash_read(None, text) == text


def test_a_part_its_funding_row_proves_is_kept_where_the_total_is_not_proven() -> None:
    text = "19,722백만원(국비 4.843, 도비 5.446, 시비 9.433)"  # mutant 4537 scan: the table's 시비 row has a cell unread
    funding = {
        "columns": [{"kind": "year"}, {"kind": "year"}],
        "rows": [
            {"source": "national", "amounts_krw": [4000 * M, 843 * M]},
            {"source": "provincial", "amounts_krw": [5000 * M, 446 * M]},
            {"source": "municipal", "amounts_krw": [None, 433 * M]},
        ],
    }
    record = _record(_read(text, True), funding)
    assert [f["observed"] for f in readings_proven(record, {})] == [{"parts": ["9.433"]}]
    assert _amounts(record["overview"]["budget"]) == [4843 * M, 5446 * M, None]


def test_funding_told_in_prose_never_takes_a_reading_only_its_own_total_proves() -> None:
    """A scanned card telling its funding in prose (the budget sentence, then the periods): a part read as a
    misread comma (``도비 55093`` -> 5,093) is proven by nothing but the sentence's own total, so no funding is made
    of it, and the overview's reading is never 'proven' later by a funding table made of itself."""
    from pledgecard.extract.sections.base import SectionContext
    from pledgecard.extract.sections.funding_prose import funding_from_prose

    years = make_line("연도별 : '23년 10,000백만원, '24년 26,264백만원", "ㅇ")
    with reading_ocr(True):
        budget = _read(MISREAD, True)
        assert any(
            "reading" in p for p in budget["parts"]
        )  # the parse offers the readings (5,093 / 2,427 / 6,997)
        assert funding_from_prose([make_line("총사업비 : " + MISREAD, "ㅇ"), years], SectionContext()) is None
        record = {"overview": {"budget": budget}}
        assert funding_from_prose([years], SectionContext(record=record)) is None
    assert any("reading" in p for p in budget["parts"])  # the overview's own parts untouched (proven later)
