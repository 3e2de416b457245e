"""Build a small card-like document with python-hwpx, saved as HWPX or HWP 5, for reader tests.

The document has bullet paragraphs at four indent depths (leading spaces, as cards are often
typed), a private-use bullet glyph, a table with row and column spans, a two-paragraph cell, a
cell with a bullet, a table nested in a cell, a text box, a footnote (read after its paragraph)
and a page header (which the readers must skip). :data:`EXPECTED` is the structure the readers
must give back, written by hand from the input below.
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Document, Paragraph, Table

PARAGRAPHS = [
    "도지사 공약사업 관리카드",
    "□ 사업개요",
    "  ◦ 사업기간 : 2022. 5월 ~ 2027. 2월",
    "    - 도내 기업 채용 연계   마이크로\t계약학과",
    "      * 3대 핵심분야: 정밀의료",
    "\uf0a7 사적 글리프 항목",
    "-3.5% 감소는 글머리가 아님",
    "ㅇ 사업 목표",
]
HEADER_TEXT = "머리말은 본문이 아님"
BOX_TEXT = "글상자 안의 문장"
LAST_TEXT = "⇨ 지역 인재 정착"
NOTE_TEXT = "각주는 문단 뒤에"
FOOTER_TEXT = "꼬리말도 본문이 아님"
AUTO_BULLETS = ("자동 글머리 첫째", "자동 글머리 둘째")  # bullet from the paragraph shape, "○"
# outline headings (개요 1, 개요 2 of Hangul's default outline: "1." then "가."), numbered by Hangul
OUTLINE = (("추진 경과", 1), ("세부 내용", 2), ("향후 계획", 1), ("첫 과제", 2), ("둘째 과제", 2))


def build(fmt: str) -> bytes:
    """The test document as ``hwpx`` or ``hwp`` bytes."""
    from hwpx import HwpxDocument

    doc = HwpxDocument.new()
    for text in PARAGRAPHS:
        doc.add_paragraph(text)
    t = doc.add_table(4, 4)
    t.merge_cells(0, 0, 1, 0)
    t.merge_cells(0, 1, 1, 1)
    t.merge_cells(0, 2, 0, 3)
    for (r, c), text in {
        (0, 0): "구 분",
        (0, 1): "총사업비",
        (0, 2): "연도별 투자",
        (1, 2): "2023년",
        (1, 3): "2024년",
        (2, 0): "국 비",
        (2, 1): "154,442",
        (2, 2): "29,852",
        (2, 3): "-",
        (3, 0): "지방비",
        (3, 1): "66,277",
        (3, 3): "◦ 셀 글머리",
    }.items():
        t.cell(r, c).text = text
    t.cell(3, 1).add_paragraph("(도비 포함)")
    inner = t.cell(3, 2).add_table(2, 2)
    for (r, c), text in {(0, 0): "상반기", (0, 1): "하반기", (1, 0): "6,000", (1, 1): "6,794"}.items():
        inner.cell(r, c).text = text
    box_host = doc.add_paragraph("")
    doc.shapes.add_rectangle(paragraph=box_host).set_draw_text(BOX_TEXT)
    last = doc.add_paragraph(LAST_TEXT)
    doc.notes.add_footnote(NOTE_TEXT, paragraph=last)
    for text in AUTO_BULLETS:
        doc.add_paragraph(text)
    n = len(doc.paragraphs)
    doc.styles.apply_list_format(paragraph_indexes=[n - 2, n - 1], kind="bullet", bullet_char="○")
    for text, level in OUTLINE:
        doc.add_heading(text, level=level)
    doc.page.set_header(text=HEADER_TEXT)
    doc.page.set_footer(text=FOOTER_TEXT)
    return doc.to_bytes(format=fmt)


def structure(blocks: list[Any]) -> list[tuple[Any, ...]]:
    """Blocks as plain tuples: ("P", marker, text, indent) and ("T", rows, cols, cells)."""
    out: list[tuple[Any, ...]] = []
    for b in blocks:
        if isinstance(b, Paragraph):
            out.append(("P", b.marker, b.text, b.indent))
        elif isinstance(b, Table):
            cells = [(c.row, c.col, c.row_span, c.col_span, c.text, structure(c.nested)) for c in b.cells]
            out.append(("T", b.n_rows, b.n_cols, cells))
    return out


def doc_structure(doc: Document) -> list[tuple[Any, ...]]:
    return structure(doc.blocks)


NESTED = [
    (
        "T",
        2,
        2,
        [
            (0, 0, 1, 1, "상반기", []),
            (0, 1, 1, 1, "하반기", []),
            (1, 0, 1, 1, "6,000", []),
            (1, 1, 1, 1, "6,794", []),
        ],
    )
]

EXPECTED = [
    ("P", None, "도지사 공약사업 관리카드", 0),
    ("P", "□", "사업개요", 0),
    ("P", "◦", "사업기간 : 2022. 5월 ~ 2027. 2월", 1),
    ("P", "-", "도내 기업 채용 연계 마이크로 계약학과", 2),
    ("P", "*", "3대 핵심분야: 정밀의료", 3),
    ("P", "\uf0a7", "사적 글리프 항목", 0),  # a symbol font's private-use bullet stays itself
    ("P", None, "-3.5% 감소는 글머리가 아님", 0),
    ("P", "ㅇ", "사업 목표", 0),
    (
        "T",
        4,
        4,
        [
            (0, 0, 2, 1, "구 분", []),
            (0, 1, 2, 1, "총사업비", []),
            (0, 2, 1, 2, "연도별 투자", []),
            (1, 2, 1, 1, "2023년", []),
            (1, 3, 1, 1, "2024년", []),
            (2, 0, 1, 1, "국 비", []),
            (2, 1, 1, 1, "154,442", []),
            (2, 2, 1, 1, "29,852", []),
            (2, 3, 1, 1, "-", []),
            (3, 0, 1, 1, "지방비", []),
            (3, 1, 1, 1, "66,277\n(도비 포함)", []),
            (3, 2, 1, 1, "", NESTED),
            (3, 3, 1, 1, "◦ 셀 글머리", []),
        ],
    ),
    ("P", None, BOX_TEXT, 0),
    ("P", "⇨", "지역 인재 정착", 0),
    (
        "P",
        "1)",
        NOTE_TEXT,
        0,
    ),  # a note opens with its own number, as Hangul prints it (its call 1) in the text)
    ("P", "○", AUTO_BULLETS[0], 0),
    ("P", "○", AUTO_BULLETS[1], 0),
    # the outline's numbers, counted level by level (a level-1 heading restarts level 2), indented by
    # the outline's paragraph shapes (1000 and 2000 HWPUNIT, in HWPX as in HWP)
    ("P", "1.", "추진 경과", 1),
    ("P", "가.", "세부 내용", 2),
    ("P", "2.", "향후 계획", 1),
    ("P", "가.", "첫 과제", 2),
    ("P", "나.", "둘째 과제", 2),
]
FURNITURE = [("P", None, HEADER_TEXT, 0), ("P", None, FOOTER_TEXT, 0)]
