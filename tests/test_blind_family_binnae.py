"""The template family designed blind in session 18 (samples/families.py: ``binnae-city``, a 시 card set on
landscape pages in two newspaper columns with its section labels drawn rotated) and the structures it brought
in, on small characters, boxes, lines and grids:

- vertical text on an upright page (a label turned a quarter in a narrow cell, PDF): each run of turned
  characters laid flat in the order it was drawn, over the run's own box (``pdf_vertical``);
- pages set in newspaper columns (PDF): a gutter of white space down the whole page between the page's items,
  near the middle, each side's widest item filling its column; read column by column (``pdf_newspaper``);
- a table a column break cut (PDF: from the foot of the left column to the top of the right one, and from a
  right column to the next page's left): joined once by the page-break rules, its part set over its first
  part (``pdf_column_join``); lines ending a column after its last table, within a cell the table atop the
  next column draws open at its top, are that cell's start (a box whose closing rules the break lost);
- a layout dump's page of two newspaper columns (``pdftotext -layout``): the gutter a run of character columns
  its lines leave blank, bar a few; read column by column, the right column set back to the left margin
  (``text_newspaper``);
- a quarter's number after an ordinal prefix (``2024년 제3분기``; vocabulary ``ordinal_prefix``);
- a numbered line naming a section after any glyph (``▩ 2. 재원 투자계획 (단위: 백만원)``) is a heading, never
  a line that wrapped onto the row printed after it (txt);
- an outreach header line naming channels left of the row of labels above it: its place among the columns
  is not told by the print order, no count is read (layout dumps).

Blind figures (the extractor unchanged, the family's first generation): PDF 0.050, HWPX 0.927, HWP 0.927,
txt 0.785, 0 wrong of 376 (PDF: every turned label read a character a line in reverse, no section found;
HWPX/HWP/txt: ``제N분기`` unread; txt: the funding heading run onto the table's head row); layout dumps
0.107. After: 1.000 in every format, no wrong figure; layout dumps 0.645, no wrong figure
(the labels, printed flat at their boxes' middle at the page's left edge, cut the header table and the
funding table's three head lines stay unread).
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.layout import Line
from pledgecard.extract.readers.pdf_newspaper import gutter as pdf_gutter
from pledgecard.extract.readers.pdf_vertical import has_turned, lay_flat
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_newspaper import gutter as text_gutter
from pledgecard.extract.readers.text_newspaper import newspaper_pages
from pledgecard.extract.sections.outreach import late_channel
from pledgecard.normalize.dates import parse_date
from pledgecard.scoring import score_record

from conftest import family_cards, shared_tools

REPO = Path(__file__).resolve().parent.parent
FAMILY = REPO / "samples" / "families" / "binnae-city"
LAYOUT = REPO / "samples" / "layout" / "families"


# ------------------------------------------------------------------------------ vertical text (PDF)


def _turned(text: str, x0: float, bottom: float, step: float = 9.0) -> list[dict]:
    """Characters drawn turned a quarter left: reading up the page from ``bottom``, at ``x0``."""
    return [
        {
            "text": ch,
            "fontname": "F",
            "size": 9.0,
            "upright": False,
            "x0": x0,
            "x1": x0 + 7.0,
            "top": bottom - (k + 1) * step,
            "bottom": bottom - k * step,
        }
        for k, ch in enumerate(text)
    ]


def _upright(text: str, x0: float, top: float) -> list[dict]:
    return [
        {
            "text": ch,
            "fontname": "F",
            "size": 9.0,
            "upright": True,
            "x0": x0 + 9 * k,
            "x1": x0 + 9 * k + 9,
            "top": top,
            "bottom": top + 9,
        }
        for k, ch in enumerate(text)
    ]


def test_a_turned_label_is_laid_flat_in_its_drawn_order_over_its_box() -> None:
    chars = _upright("본문", 100, 50) + _turned("▩ 1. 사업개요", 60, 200) + _upright("끝", 100, 300)
    assert has_turned(chars) and not has_turned(_upright("본문", 100, 50))
    flat = lay_flat(chars)
    assert [c["text"] for c in flat] == [c["text"] for c in chars]  # the drawing order kept
    label = flat[2:-1]
    assert "".join(c["text"] for c in label) == "▩ 1. 사업개요" and all(c["upright"] for c in label)
    assert len({c["top"] for c in label}) == 1  # one row, at the run's middle height
    assert 60 <= label[0]["x0"] and label[-1]["x1"] <= 67.0 + 1e-6  # within the run's own width
    assert [c["x0"] for c in label] == sorted(c["x0"] for c in label)
    assert abs((label[0]["top"] + label[0]["bottom"]) / 2 - (200 - 9 * 9 / 2)) < 1.0


def test_two_turned_labels_apart_are_two_runs() -> None:
    flat = lay_flat(_turned("가나", 60, 200) + _turned("다라", 60, 400))
    assert len({c["top"] for c in flat}) == 2


# ------------------------------------------------------------------------------ newspaper columns (PDF)


def _col(x0: float, x1: float, n: int, top: float = 50.0) -> list[tuple[float, float, float, float]]:
    return [(x0, top + 20 * k, x1, top + 20 * k + 10) for k in range(n)]


def test_a_gutter_down_the_page_sets_it_in_two_columns() -> None:
    boxes = _col(50, 400, 8) + _col(430, 790, 6, top=40)
    g = pdf_gutter(boxes)
    assert g is not None and 400 < g < 430


def test_no_gutter_where_a_line_crosses_or_a_side_is_a_margin_of_dates() -> None:
    boxes = _col(50, 400, 8) + _col(430, 790, 6)
    assert pdf_gutter([*boxes, (50, 300, 790, 310)]) is None  # a line across the page
    dates = _col(50, 600, 8) + _col(700, 760, 8)  # items with their dates at the right margin
    assert pdf_gutter(dates) is None
    assert pdf_gutter(_col(50, 400, 8) + _col(402, 790, 6)) is None  # two points apart: no gutter


# ------------------------------------------------------------------------------ newspaper columns (layout dumps)


_LEFT = [
    "◆ 사업기간 : 2023년 1월 ~ 2026년 12월",
    "◆ 총사업비 : 1,200백만원",
    "◆ 주요내용",
    "⇒ 기반 조성",
    "",
    "",
    "",
    "◆ 넷째 줄",
    "구분    총사업비   2023년",
    "◆ 다섯째 줄",
]
_RIGHT = [
    "국비     1,000     200",
    "계       1,200     300",
    "◆ 추진실적 하나 : '24. 3월",
    "◆ 추진실적 둘 : '24. 5월",
    "◆ 추진실적 셋 : '24. 6월",
    "⇒ 참여 주민 37명",
    "◆ 추진실적 넷 : '24. 8월",
]
# pdftotext -layout places every piece on a grid of characters: the right column's at character 52
_PAGE = "\n".join(
    ("  " + left).ljust(52) + right for left, right in zip(_LEFT, [*_RIGHT, "", "", ""], strict=True)
)


def test_a_layout_page_of_two_columns_is_read_column_by_column() -> None:
    lines = split_lines(_PAGE)
    assert text_gutter(lines) is not None
    read = [ln.text.strip() for ln in newspaper_pages(lines) if ln.text.strip()]
    assert read[:7] == [
        "◆ 사업기간 : 2023년 1월 ~ 2026년 12월",
        "◆ 총사업비 : 1,200백만원",
        "◆ 주요내용",
        "⇒ 기반 조성",
        "◆ 넷째 줄",
        "구분    총사업비   2023년",
        "◆ 다섯째 줄",
    ]
    assert read[7].startswith("국비") and read[-1] == "◆ 추진실적 넷 : '24. 8월"
    margins = {ln.text.index("◆") for ln in newspaper_pages(lines) if ln.text.lstrip().startswith("◆")}
    assert margins == {2}  # the right column set back onto the left column's margin


def test_a_table_with_wide_columns_is_no_page_of_columns() -> None:
    table = "\n".join(
        f"  {lab}        1,000              200            300" for lab in ("국비", "도비", "시비", "계")
    )
    assert text_gutter(split_lines(table + "\n  ◆ 하나\n  ◆ 둘\n  ◆ 셋")) is None


def test_headings_centred_over_a_wide_sheet_make_no_column() -> None:
    """jangbu-county 81002's first page (0.09 before): a landscape sheet's numbered headings, centred, stand
    right of a gap no line crosses, its bullet items opening at the left margin. A numbered heading is no
    column's item, and a column opens most of its items at one margin: no page of columns. The same page
    with the headings' places taken by bullet items at one margin is one."""
    rows: list[str] = []
    for n, title in enumerate(["사업개요", "추진실적", "향후 추진계획", "기대효과"], start=1):
        rows += [" " * 60 + f"{n}. {title}", ""]  # centred: each starts at its own place once spaced
        rows += [f"  ● 항목 {n}{k} : 설명" for k in range(3)] + [""]
    rows[0] = " " * 61 + rows[0].strip()
    assert text_gutter(split_lines("\n".join(rows))) is None
    items = [ln if not ln.strip().startswith(tuple("1234")) else " " * 60 + "◆ 다른 단의 항목" for ln in rows]
    items += [" " * 60 + "◆ 다른 단의 항목"] * 2
    assert text_gutter(split_lines("\n".join(items))) is not None


# ------------------------------------------------------------------------------ dates, headings, outreach


def test_a_quarter_after_an_ordinal_prefix() -> None:
    assert parse_date("2024년 제3분기")["label"] == "2024-Q3"
    assert parse_date("'26년 제1분기 기준")["label"] == "2026-Q1"


def test_a_numbered_section_line_is_not_joined_to_the_row_after_it() -> None:
    from pledgecard.extract.document import Paragraph
    from pledgecard.extract.textjoin import join_broken_lines

    paras = [
        Paragraph(text="2. 재원 투자계획 (단위: 백만원)", marker="▩"),
        Paragraph(text="구분 총사업비 연도별 투자 실적 및 계획", marker=None),
    ]
    assert [p.text for p in join_broken_lines(paras)] == [p.text for p in paras]


def test_a_header_line_left_of_the_labels_row_is_a_wrapped_piece() -> None:
    from pledgecard.extract.document import Source as DocSource

    def ln(text: str, indent: int) -> Line:
        return Line(text=text, marker=None, indent=indent, source=DocSource())

    assert late_channel([ln("주민간담회 민간전문가", 11), ln("계 만족도조사 언론, 방송 기타", 7)])
    assert not late_channel([ln("계 주민간담회 만족도조사", 7), ln("계 언론 기타", 7)])


# ------------------------------------------------------------------------------ the family


def test_the_family_reads_whole_in_every_format() -> None:
    for path, exp, got in family_cards(FAMILY, "binnae-city-*-*.*"):
        assert len(got) == len(exp) == 1
        assert score_record(exp[0], got[0]).score() >= 0.98, path.name
        f, e = got[0]["funding"], exp[0]["funding"]
        assert [(r["source"], r["amounts_krw"]) for r in f["rows"]] == [
            (r["source"], r["amounts_krw"]) for r in e["rows"]
        ], path.name  # the cut table joined once
        # 67005 PDF: the effects box cut by the column break, its lines at the left column's foot, its label
        # atop the right column in a box drawn open at its top
        assert got[0]["effects"] == exp[0]["effects"] and got[0]["plans"] == exp[0]["plans"], path.name


def test_the_layout_dumps_read_no_wrong_figure() -> None:
    sc, wf = shared_tools()
    for path, exp, got in family_cards(LAYOUT, "binnae-city-*-layout.txt"):
        assert len(got) == len(exp) == 1, path.name
        wrong = [(n, e, g) for _, n, e, g in wf.figures(exp[0], got[0]) if g is not None and g != e]
        assert wrong == [], path.name
        assert got[0]["achievements"], path.name  # the right column's lines read as its achievements
