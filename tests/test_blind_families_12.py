"""The template family designed blind in session 10 (samples/families.py: ``daon-special-city``, a
special self-governing city on landscape pages) and the structures it brought in, on small grids,
lines and placed PDF lines:

- part of a page laid out in two columns side by side: in HWPX/HWP a borderless 1x2 layout table
  whose cells hold the sections (read cell by cell), in PDF running text and tables standing in
  two columns (read column by column, never row by row across them);
- headings and blocks numbered by enclosed glyphs of other runs than ``①``: ``❶ 사업 개요``,
  ``㈎ 그간 추진실적 (date)``, ``⑴``, ``➊``;
- photo boxes between the sections (a table of ``▲`` captions, or caption lines in a dump): no
  side table, no items;
- funding with the years down and the sources across in 천원, a 비고 column of words a year;
- a header with name and phone in one cell (``홍길동(☎ 044-123-4567)``) and the as-of date beside
  the title.
"""

from __future__ import annotations

from pledgecard.extract.document import Cell, Paragraph, Table
from pledgecard.extract.heading_numbers import heading_number
from pledgecard.extract.layout import Line, unpack_table
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.pdf_columns import column_order
from pledgecard.extract.readers.pdf_lines import Line as PdfLine
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.readers.text_side_columns import side_by_side
from pledgecard.extract.sections.achievements import extract_achievements
from pledgecard.extract.sections.common import is_caption, picture_table
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.header import read_header

from conftest import make_line, make_table

THOUSAND = 1000


# ------------------------------------------------------------------------------ a layout table (HWPX/HWP)


def _para(text: str) -> Paragraph:
    marker, rest = split_marker(text)
    return Paragraph(text=rest, marker=marker)


def _pane(col: int, heading: str, lines: list[str], inner: Table | None = None) -> Cell:
    box = Table(cells=[Cell(0, 0, heading)], n_rows=1, n_cols=1)  # the shaded heading box
    paras = [_para(t) for t in lines]
    blocks: list[Paragraph | Table] = [box, *paras] + ([inner] if inner else [])
    nested = [box] + ([inner] if inner else [])
    return Cell(0, col, "\n".join(lines), paragraphs=paras, nested=nested, blocks=blocks)


def test_a_borderless_layout_table_is_read_cell_by_cell_left_then_right() -> None:
    funding = make_table([["구분", "계", "국비", "시비", "비고"], ["2024년", "300", "100", "200", "착공"]])
    left = _pane(0, "❶ 사업 개요", ["• 사업기간 : '24. 1.~'26. 12.", "• 주요내용", "– 센터 조성"], funding)
    right = _pane(
        1,
        "❸ 주요 추진실적",
        ["㈎ 그간 추진실적 ('24. 2/4분기)", "• 실시설계 완료 : '24. 3.", "• 착공 : '24. 6."],
    )
    items = unpack_table(Table(cells=[left, right], n_rows=1, n_cols=2))
    texts = [it.full_text if isinstance(it, Line) else "TABLE" for it in items]
    assert texts[:4] == ["❶ 사업 개요", "• 사업기간 : '24. 1.~'26. 12.", "• 주요내용", "– 센터 조성"]
    assert texts[4] == "TABLE"  # the funding table stays in the left column, before the right one
    assert texts[5:] == [
        "❸ 주요 추진실적",
        "㈎ 그간 추진실적 ('24. 2/4분기)",
        "• 실시설계 완료 : '24. 3.",
        "• 착공 : '24. 6.",
    ]


def test_a_one_row_data_table_is_no_layout_table() -> None:
    row = make_table([["사업기간", "'24. 1.~'26. 12.", "총사업비", "300천원"]])
    assert unpack_table(row) == [row]


# ------------------------------------------------------------------------------ two columns in a PDF page


def _pdf_line(text: str, x0: float, top: float, width: float = 200.0) -> PdfLine:
    marker, rest = split_marker(text)
    return PdfLine(
        text=rest,
        marker=marker,
        x0=x0,
        top=top,
        x1=x0 + width,
        bottom=top + 10,
        text_x0=x0 + 8,
        size=9.5,
        page=1,
        raw=text,
        row_top=top,
    )


def test_pdf_lines_in_two_columns_are_read_column_by_column() -> None:
    title = _pdf_line("다온특별자치시 공약사업 관리카드", 50, 10, 700)
    left = [
        _pdf_line(t, 50, 40 + 14 * k)
        for k, t in enumerate(["❶ 사업 개요", "• 사업기간 : '24. 1.", "• 주요내용", "– 센터 조성"])
    ]
    right = [
        _pdf_line(t, 430, 40 + 14 * k)
        for k, t in enumerate(["❸ 주요 추진실적", "• 실시설계 완료", "• 착공", "– 공정률 30%"])
    ]
    rows = [title] + [
        x for pair in zip(left, right, strict=True) for x in pair
    ]  # row by row, as sorted by top
    ordered, columns = column_order(rows)
    assert [ln.raw for ln in ordered] == [title.raw] + [ln.raw for ln in left + right]
    assert columns == [left, right]


def test_a_date_printed_at_the_right_margin_makes_no_column() -> None:
    rows = []
    for k, (item, date) in enumerate(
        [("• 실시설계 완료", "'24. 3."), ("• 착공", "'24. 6."), ("• 준공", "'25. 12."), ("• 개관", "'26. 3.")]
    ):
        rows += [_pdf_line(item, 50, 40 + 14 * k), _pdf_line(date, 600, 40 + 14 * k, 40)]
    ordered, columns = column_order(rows)
    assert ordered == rows and columns == []


# ------------------------------------------------------------------------------ two columns in a layout dump


def _dump(rows: list[tuple[str, str]], at: int = 60) -> list:
    """Lines of a ``pdftotext -layout`` dump: a left piece, then a right piece from column ``at``."""
    return [
        to_tline(k + 1, 1, left.ljust(at) + right if right else left) for k, (left, right) in enumerate(rows)
    ]


def test_a_layout_dump_in_two_columns_is_read_column_by_column() -> None:
    rows = [
        ("❶ 사업 개요", "❸ 주요 추진실적"),
        ("• 사업기간 : '24. 1.~'26. 12.", "㈎ 그간 추진실적 ('24. 2/4분기)"),
        ("• 총사업비 : 300천원(국비 100, 시비 200)", "• 실시설계 완료 : '24. 3."),
        ("• 주요내용", "– 설계 자문 2회"),
        ("– 센터 조성", "• 착공 : '24. 6."),
        ("", "• 공정률 30%"),
    ]
    out = [ln.text.strip() for ln in side_by_side(_dump(rows)) if ln.text.strip()]
    assert out == [left for left, _ in rows if left] + [right for _, right in rows if right]


def test_a_table_with_wide_gaps_is_no_pair_of_columns() -> None:
    rows = [
        ("구분", "2024년     2025년"),
        ("국비", "100        200"),
        ("시비", "300        400"),
        ("• 비고", "• 확보"),
    ]
    lines = _dump(rows, 30)
    assert side_by_side(lines) == lines
    pairs = [
        ("• 사업기간 : '24. 1.", "• 실시설계 완료 : '24. 3."),
        ("• 주요내용", "• 착공 : '24. 6."),
        ("• 센터 조성", "• 준공 : '25. 12."),
    ]
    assert side_by_side(_dump(pairs, 40)) != _dump(pairs, 40)  # two columns...
    crossing = _dump(
        [
            *pairs[:2],
            (
                "• 이 줄은 아주 길어서 두 단 사이의 빈 자리를 넘어 오른쪽 단까지 이어진다: 가나다라마바사아자차카타파하",
                "",
            ),
            pairs[2],
        ],
        40,
    )
    assert side_by_side(crossing) == crossing  # ...but a line across the gutter: none


# ------------------------------------------------------------------------------ enclosed numbering glyphs


def test_enclosed_glyphs_of_every_run_number_headings_and_blocks() -> None:
    assert split_marker("㈎ 그간 추진실적 ('24. 2/4분기)") == ("㈎", "그간 추진실적 ('24. 2/4분기)")
    assert heading_number("❷ 투자 재원 및 계획") == ("c❶", 2, "투자 재원 및 계획")
    assert heading_number("⑶ 추진실적") == ("c⑴", 3, "추진실적")
    assert heading_number("③ 추진실적") == ("c", 3, "추진실적")
    assert heading_number("㈏ 이번 분기 추진실적")[:2] == ("c㈎", 2)
    assert split_marker("㈜가온 투자협약 체결") == (None, "㈜가온 투자협약 체결")  # a company, not a number


def test_blocks_lettered_by_parenthesised_syllables_are_block_headings() -> None:
    lines = [
        make_line("그간 추진실적 ('24. 1/4분기 누계)", "㈎"),
        make_line("실시설계 완료 : '24. 3.", "•"),
        make_line("이번 분기 추진실적 ('24. 2/4분기)", "㈏"),
        make_line("착공 : '24. 5.", "•"),
    ]
    ach = extract_achievements(lines).value["achievements"]
    assert [(a["text"], a["group"]) for a in ach] == [
        ("실시설계 완료", "그간 추진실적"),
        ("착공", "이번 분기 추진실적"),
    ]


# ------------------------------------------------------------------------------ photo boxes


def test_photo_boxes_between_sections_are_no_side_table_and_no_items() -> None:
    photos = make_table([["▲ 사업 대상지 전경", "▲ 시민 의견수렴 현장"]])
    assert picture_table(photos)
    assert is_caption(
        "▲ 사업 대상지 전경 ▲ 시민 의견수렴 현장"
    )  # two photos side by side, captions on one line
    assert not is_caption("▲ 착공 : '24. 5.")
    assert not picture_table(make_table([["구분", "2024년"], ["참여기업", "7"]]))
    lines = [
        make_line("그간 추진실적 ('24. 1/4분기 누계)", "㈎"),
        make_line("착공 : '24. 5.", "•"),
        photos,
        make_line("사업 대상지 전경", "▲"),
    ]
    out = extract_achievements(lines).value
    assert [a["text"] for a in out["achievements"]] == ["착공"]
    assert out.get("tables", []) == []


# ------------------------------------------------------------------------------ funding: years down, a 비고 column


def test_funding_years_down_with_a_remark_column_of_words() -> None:
    rows = [
        ["구분", "계", "국비", "시비", "비고"],
        ["2024년", "300,000", "100,000", "200,000", "실시설계 용역"],
        ["2025년", "150,000", "-", "150,000", "공사 착공"],
        ["합계", "450,000", "100,000", "350,000", ""],
    ]
    f = extract_funding([make_line("(단위: 천원)"), make_table(rows)]).value["funding"]
    assert f["unit"] == "천원"
    assert [c["label"] for c in f["columns"]] == ["2024", "2025", "합계"]
    got = {r["label"]: r["amounts_krw"] for r in f["rows"]}
    assert got == {
        "계": [300_000 * THOUSAND, 150_000 * THOUSAND, 450_000 * THOUSAND],
        "국비": [100_000 * THOUSAND, 0, 100_000 * THOUSAND],
        "시비": [200_000 * THOUSAND, 150_000 * THOUSAND, 350_000 * THOUSAND],
    }


# ------------------------------------------------------------------------------ the header


def test_header_name_and_phone_in_one_cell_beside_an_as_of_date_in_the_title_row() -> None:
    t = make_table(
        [
            [
                "공약사업명",
                "스마트팜 클러스터 구축",
                "스마트팜 클러스터 구축",
                "스마트팜 클러스터 구축",
                "기준일자",
                "2025. 6. 30.",
            ],
            ["공약번호", "4-2-3", "담당부서", "스마트농업팀", "담당자", "육상윤(☎ 044-503-8975)"],
            ["협조부서", "기획예산과,농업정책과", "", "", "", ""],
            ["사업목표", "임기 내 완료", "", "", "이행상태", "정상추진"],
        ]
    )
    header, _, _ = read_header([t])
    assert header["title"] == "스마트팜 클러스터 구축"
    assert (header["contact_name"], header["contact_phone"]) == ("육상윤", "044-503-8975")
    assert header["coop_depts"] == ["기획예산과", "농업정책과"]
    assert header["status_code"] == "ongoing_normal"
    assert header["mgmt_no"] == "4-2-3"
