"""Session 45, helper mendfl: what the review of h-famleft found (its reproducers /tmp/rev-famleft/c1-c4.py),
each pinned on a small document-model input.

1. ``pdf_pane_heads.pane_heading_last`` (SILENT wrong, c4): it moved the left pane's last line to the page's end
   whenever it was ANY numbered line and the right pane opened with a line of its numbering frame. A numbered plan
   item ending the left column (``2. 준공 및 개관 : 2026. 12월``) was read inside 추진실적: before, plans [착공]
   and an achievement 준공 및 개관 dated 2026-12 (a plan dated as an achievement); a plan list running on from
   column to column (``1)`` ``2)`` left, ``3)`` ``4)`` right) had ``2)`` moved after ``4)``. Now both lines must be
   SECTION headings (a short Hangul title the vocabulary names): after, plans [착공, 준공 및 개관] and the 11
   achievements each with its own date; the list read in its printed order (the base order).
2. ``goal_ocr_wraps._opens`` (lost facts, c1): a close never opened (numbering ``1)``, an arrow ``>``) was read as
   a bracket the rows' boundary cut: both years' targets nulled (before) -> parted by row (after, as the base).
   Only an upper part leaving a bracket it opened unclosed is a cut.
3. ``goal_ocr_wraps.row_pitch`` (lost facts, c2): the widest gap between two lines of any cell in one row, a
   status cell's two items spaced a paragraph apart (34 apart, 11 high), barred every parting in the table:
   before, both targets nulled; after, a gap of ``PITCH`` line heights or more is a paragraph's, no line pitch,
   and a cell's pitch is its smallest: parted by row.
4. ``goal_ocr_wraps`` joins (the residual hole, c3): a target wrapped after ``및`` with 10-high OCR boxes (19
   apart, 190% spacing) was parted, 2025 given 3 개소 and 2026 20 명 with no finding (SILENT); after, an upper part
   ending in a joining word / mark / glued connective particle (vocabulary ``[text_joins]``), or a lower part
   opening with a joining word, is one text: both targets null, one finding.

Not fixed: a lower part opening with a word that cannot open a target other than a joining word (a particle, a
counter) is not read; a part's own inner line pitch (two lines of the same part) still counts paragraph gaps.
"""

from __future__ import annotations

import pytest

from pledgecard.extract.cards import extract_card_results
from pledgecard.extract.document import Cell, Document, Paragraph, Source, Table
from pledgecard.extract.readers.pdf_assemble import assemble
from pledgecard.extract.readers.pdf_lines import chars_to_lines
from pledgecard.extract.readers.pdf_margins import PageText
from pledgecard.extract.sections.goal_ocr_spans import spanned_targets, split_by_rows
from pledgecard.extract.sections.goal_ocr_wraps import row_pitch, wrapped_across

from conftest import row_chars

# -- 1. a numbered body line ending the left pane stays where it is printed -------------------------------------

_LEFT = [
    "빛샘시 공약사업 관리카드",
    "1. 사업개요",
    "○ 사업기간 : 2023. 1월 ~ 2026. 12월",
    "○ 총사업비 : 50억원",
    "○ 사업내용 : 청년 창업센터 조성",
    "2. 추진상황",
    "○ 실시설계 완료",
    "3. 목표",
    "○ 창업기업 30개 육성",
]
_DONE = [
    "○ 2024. 5월 부지 매입 완료",
    "○ 2024. 11월 실시설계 용역 완료",
    "○ 2025. 1월 건축 인허가 완료",
    "○ 2025. 2월 시공사 선정",
    "○ 2025. 3월 착공식 개최",
    "○ 2025. 4월 공정률 10%",
]


def _page(n: int, rows: list[tuple[str, float, float]]) -> PageText:
    chars = [c for text, x0, top in rows for c in row_chars(text, x0, top)]
    return PageText(number=n, height=842.0, lines=chars_to_lines(chars, page=n, split_ratio=5.0))


def _read(left: list[str], right: list[str]) -> tuple[list[str], dict]:
    rows = [(t, 40.0, 60.0 + 20 * k) for k, t in enumerate(left)]
    rows += [(t, 320.0, 80.0 + 20 * k) for k, t in enumerate(right)]
    p2 = _page(2, [("6. 기대효과", 40.0, 60.0), ("○ 청년 일자리 창출", 40.0, 80.0)])
    blocks = assemble([_page(1, rows), p2], [[], []], [])
    texts = [b.text for b in blocks if not isinstance(b, Table)]
    [res] = extract_card_results(Document(blocks=blocks, format="pdf"), file_name="x.pdf")
    return texts, res.record


def _dated(items: list[dict] | None) -> list[tuple[str, str | None]]:
    return [(it["text"], (it.get("date") or {}).get("label")) for it in items or []]


def test_a_numbered_plan_item_ending_the_left_pane_is_no_heading_to_move() -> None:
    left = [*_LEFT, "4. 향후 추진계획", "1. 착공 : 2025. 3월", "2. 준공 및 개관 : 2026. 12월"]
    texts, rec = _read(left, ["5. 추진실적", *_DONE])
    assert texts.index("2. 준공 및 개관 : 2026. 12월") < texts.index("5. 추진실적")
    assert _dated(rec["plans"]) == [("착공", "2025-03"), ("준공 및 개관", "2026-12")]
    # before: ("준공 및 개관", "2026-12") an achievement, read after the right pane's items
    assert "준공 및 개관" not in [t for t, _ in _dated(rec["achievements"])]
    assert [d for _, d in _dated(rec["achievements"])][1:] == [
        "2024-05",
        "2024-11",
        "2025-01",
        "2025-02",
        "2025-03",
        "2025-04",
    ]


def test_a_numbered_list_running_on_across_the_columns_keeps_its_order() -> None:
    left = [*_LEFT, "□ 향후 추진계획", "1) 착공 : 2025. 3월", "2) 골조 공사 : 2025. 9월"]
    right = ["3) 준공 : 2026. 6월", "4) 개관 : 2026. 12월", "□ 추진실적", *_DONE]
    texts, rec = _read(left, right)
    order = [t for t in texts if t[:2] in ("1)", "2)", "3)", "4)")]
    assert order == [
        "1) 착공 : 2025. 3월",
        "2) 골조 공사 : 2025. 9월",
        "3) 준공 : 2026. 6월",
        "4) 개관 : 2026. 12월",
    ]
    assert [t for t, _ in _dated(rec["plans"])] == ["착공", "골조 공사", "준공", "개관"]


def test_a_section_heading_ending_the_left_pane_is_still_moved() -> None:
    """The rule famleft made (bitsaem 120062) still holds where both lines are section headings."""
    left = [*_LEFT, "4. 향후 추진계획"]
    right = ["5. 추진실적", *_DONE]
    texts, _ = _read(left, right)
    assert texts.index("4. 향후 추진계획") > texts.index("5. 추진실적")


# -- 2-4. an OCR'd target cell merged over two years' rows ---------------------------------------------------------

_COLS = ((50.0, 130.0), (130.0, 240.0), (240.0, 380.0), (380.0, 480.0))
_ROWS = ((70.0, 92.0), (92.0, 120.0), (120.0, 148.0))

Lines = list[tuple[str, float, float]]


def _cell(rows: tuple, r: int, c: int, text: str, span: int = 1, lines: Lines | None = None) -> Cell:
    x0, x1 = _COLS[c]
    paragraphs = [
        Paragraph(t, source=Source(page=1, bbox=(x0 + 5, top, x1 - 5, bot))) for t, top, bot in lines or []
    ]
    box = (x0, rows[r][0], x1, rows[r + span - 1][1])
    return Cell(r, c, text, row_span=span, source=Source(page=1, bbox=box), paragraphs=paragraphs)


def _table(target: Lines, rows: tuple = _ROWS, extra: tuple = ()) -> Table:
    cells = [
        *(_cell(rows, 0, c, h) for c, h in enumerate(("연도", "세부사업", "목표", "추진상황"))),
        _cell(rows, 1, 0, "2025"),
        _cell(rows, 1, 1, "돌봄 거점 조성", span=2),
        _cell(rows, 1, 2, "\n".join(t for t, _, _ in target), span=2, lines=target),
        _cell(rows, 1, 3, "추진 중"),
        _cell(rows, 2, 0, "2026"),
        _cell(rows, 2, 3, "미착수"),
        *extra,
    ]
    return Table(cells, len(rows), 4, source=Source(page=1))


def _got(text: str) -> list[tuple[dict, int, dict[str, int]]]:
    return [
        ({"year": y, "target": text, "target_value": 3, "target_unit": "개소"}, r, {"target": 2})
        for y, r in ((2025, 1), (2026, 2))
    ]


@pytest.mark.parametrize(
    ("upper", "lower"),
    [("1) 실시설계 완료", "2) 교육생 15명 양성"), ("설계 완료 > 착공", "교육생 15명 양성")],
)
def test_a_numbering_or_an_arrow_is_no_cut_bracket(upper: str, lower: str) -> None:
    table = _table([(upper, 100.0, 111.0), (lower, 128.0, 140.0)])
    # before: None (both years' targets nulled)
    assert split_by_rows(table, table.cell_at(1, 2)) == {1: upper, 2: lower}


def test_a_bracket_opened_above_and_closed_below_is_still_a_cut() -> None:
    assert wrapped_across([[(100.0, 111.0, "1) 교육생 양성(1차")], [(128.0, 140.0, "15명, 2차 20명)")]])
    assert not wrapped_across([[(100.0, 111.0, "실시설계 완료")], [(128.0, 140.0, "2) 교육생(15명")]])


def test_a_paragraph_gap_in_another_cell_is_no_line_pitch() -> None:
    rows = (*_ROWS, (148.0, 208.0))
    status = [("- 위탁기관 선정", 155.0, 166.0), ("- 운영 개시", 189.0, 200.0)]  # 34 apart, 11 high
    extra = (
        _cell(rows, 3, 0, "2027"),
        _cell(rows, 3, 1, "운영 개시"),
        _cell(rows, 3, 2, "이용자 500명", lines=[("이용자 500명", 172.0, 184.0)]),
        _cell(rows, 3, 3, "- 위탁기관 선정\n- 운영 개시", lines=status),
    )
    table = _table([("실시설계 완료", 100.0, 111.0), ("교육생 15명 양성", 128.0, 140.0)], rows, extra)
    assert row_pitch([[(155.0, 166.0, ""), (189.0, 200.0, "")]], [(148.0, 208.0)]) == 0.0
    # before: None (the 34 gap x 1.3 past the 28 row pitch)
    assert split_by_rows(table, table.cell_at(1, 2)) == {1: "실시설계 완료", 2: "교육생 15명 양성"}
    # a cell's pitch is its smallest line pitch: 16 (a paragraph gap of 40 beside it no part of it)
    assert row_pitch([[(93.0, 103.0, ""), (109.0, 119.0, ""), (149.0, 159.0, "")]], [(92.0, 160.0)]) == 16.0


def test_a_target_wrapped_after_a_joining_word_at_a_wide_spacing_is_not_parted() -> None:
    lines = [
        ("거점센터 3개소 조성 및", 105.5, 115.5),
        ("돌봄교사 20명 양성", 124.5, 134.5),
    ]  # 10 high, 19 apart
    table = _table(lines)
    assert (
        split_by_rows(table, table.cell_at(1, 2)) is None
    )  # before: 3 개소 to 2025, 20 명 to 2026, no finding
    got = _got("거점센터 3개소 조성 및 돌봄교사 20명 양성")
    assert spanned_targets(table, got) == [0, 1]
    assert all(g["target"] is None and g["target_value"] is None for g, _, _ in got)


@pytest.mark.parametrize(
    ("upper", "lower", "joined"),
    [
        ("거점센터 3개소 조성,", "돌봄교사 20명 양성", True),
        ("거점센터 3개소 조성", "및 돌봄교사 20명 양성", True),
        ("거점센터 3개소와", "돌봄교사 20명 양성", True),
        ("거점센터 3개소 조성", "돌봄교사 20명 양성", False),
        ("사업 성과", "돌봄교사 20명 양성", False),  # a two-syllable word ending in 과 is no glued particle
    ],
)
def test_a_joining_word_or_mark_joins_the_parts(upper: str, lower: str, joined: bool) -> None:
    assert wrapped_across([[(100.0, 111.0, upper)], [(128.0, 140.0, lower)]]) is joined
