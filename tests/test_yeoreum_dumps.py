"""The yeoreum-city family (a city telling its sections in tables) as a body-table card and as the
real converters and ``pdftotext -layout`` dump it, and the structures that brought in, on small
grids and lines:

- body table: a numbered label no vocabulary names (``2. 세부사업별 자금 배분``) is a heading
  numbered as the card's others, not a block label; unmarked lines closing on their dates after a
  colon among bulleted sub-items are the first-level items (the block table's rows printed as
  lines); a PDF cell line under an item whose marker the line splitter left in its text (``▸``)
  continues it only when that line was full;
- cell-a-line dumps (hwpx-text-extract): the block-label head ``구분`` / ``추진일자`` / ``추진내용`` /
  ``비고`` and the block cells; a side table among the rows a cell a line; the contents' table
  under its heads; the schedule's head (``1/4`` lines kept: no page numbers in a run), its plans
  dated only where every period is marked (a dump prints no empty cell: the marks handed back
  unread); the funding by sub-project (group cells printed once before their rows);
- ``pdftotext -raw`` / ``-layout``: a span head line naming a section after a numbered unknown
  heading's unit line stays a head cell; block cells wrapped in brackets over lines; the head row
  a reader cut off as a table of its own; an item's date in its column is no block's reporting
  point; two lines each a row of figures beside a wrapped cell are two rows; a heading of words
  centred over the year heads spans them; a 합계 cell centred on its rows groups them.

Measured (yeoreum-city, before -> after): body tables hwpx 0.651 -> 1.000, hwp 0.651 -> 1.000,
pdf 0.615 -> 1.000; hwpx-text-extract 0.497 / 0.630 -> 0.996 / 0.992; pdftotext -raw 0.530 /
0.559 -> 0.988 / 0.879; layout dumps 0.364 / 0.712 -> 0.864 / 0.786 (body layout 0.571 -> 0.755);
no figure wrong.
"""

from __future__ import annotations

from pledgecard.extract.cards import split_sections
from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.layout import Line, unpack_table
from pledgecard.extract.readers import text
from pledgecard.extract.readers.pdf_lines import Line as PdfLine
from pledgecard.extract.readers.pdf_lines import continues
from pledgecard.extract.readers.text_columns import split_rows
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.sections.achievements import extract_achievements
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.overview import extract_overview
from pledgecard.extract.sections.plans import extract_plans

from conftest import make_line, make_table

MILLION = 1_000_000


def _lines(text_block: str) -> list[Line]:
    return [make_line(t) for t in text_block.strip().splitlines()]


# ------------------------------------------------------------------------------ body tables


def test_a_numbered_body_label_no_vocabulary_names_is_a_heading() -> None:
    body = Table(
        cells=[
            Cell(0, 0, "1. 사업개요"),
            Cell(0, 1, "○ 사업기간 : 2024. 1. ~ 2026. 12.\n○ 주요내용"),
            Cell(1, 0, "2. 세부사업별 자금 배분"),
            Cell(1, 1, "(단위: 백만원)"),
            Cell(2, 0, "3. 추진실적"),
            Cell(2, 1, "○ 착공 : '24. 3."),
        ],
        n_rows=3,
        n_cols=2,
    )
    heads = [(x.marker, x.text) for x in unpack_table(body) if isinstance(x, Line) and x.heading]
    assert heads == [("1.", "사업개요"), ("2.", "세부사업별 자금 배분"), ("3.", "추진실적")]
    named = [(s.name, s.heading) for s in split_sections(unpack_table(body))]
    assert named[1:] == [
        ("overview", "사업개요"),
        (None, "2. 세부사업별 자금 배분"),
        ("achievements", "추진실적"),
    ]


def test_unmarked_dated_lines_among_bullets_are_first_level_items() -> None:
    items = [
        make_line("《기 추진실적: '24년 1분기 기준》"),
        make_line("공모사업 최종 선정 : 2023.11.11."),
        make_line("교육생 66명", "▸"),
        make_line("실시설계 용역 완료 : 2024. 3월"),
        make_line("참여기업 5개", "※"),
        make_line("세부 추진실적"),
        make_line("기반조성", "▸"),
        make_line("업무협약 체결 : '24. 4. 7.", "·"),
        make_line("연도별 운영 실적"),
        make_table([["구분", "2025년", "계"], ["참여기업", "22", "22"]]),
    ]
    got = extract_achievements(items).value
    assert [
        (a["text"], a["level"], a["parent"], a["date"] and a["date"]["label"]) for a in got["achievements"]
    ] == [
        ("공모사업 최종 선정", 1, None, "2023-11-11"),
        ("교육생 66명", 2, 0, None),
        ("실시설계 용역 완료", 1, None, "2024-03"),
        ("참여기업 5개", 2, 2, None),
        ("세부 추진실적", 1, None, None),
        ("기반조성", 2, 4, None),
        ("업무협약 체결", 3, 5, "2024-04-07"),
        ("연도별 운영 실적", 1, None, None),
    ]
    assert [(t["title"], t["after_item"]) for t in got["tables"]] == [("연도별 운영 실적", 7)]


def test_one_dated_unmarked_line_leaves_a_run_of_lines_a_table() -> None:
    items = [
        make_line("협약 체결 : '24. 3.", "○"),
        make_line("구분 2025년 계"),
        make_line("참여기업 22 22"),
        make_line("수료 : '24. 5."),
    ]
    got = extract_achievements(items).value
    assert [a["text"] for a in got["achievements"]] == ["협약 체결"]
    assert got["tables"][0]["header"] == [["구분", "2025년", "계"]]


def _pdf_line(text_: str, x0: float, top: float, x1: float, marker: str | None = None) -> PdfLine:
    return PdfLine(
        text=text_,
        marker=marker,
        x0=x0,
        top=top,
        x1=x1,
        bottom=top + 10,
        text_x0=x0,
        size=10.0,
        page=1,
        last_top=top,
        last_bottom=top + 10,
        last_x1=x1,
    )


def test_a_pdf_line_under_an_unsplit_marker_continues_only_a_full_line() -> None:
    short = _pdf_line("▸ 교육생 66명(1차 40, 2차 26)", 126.0, 100.0, 250.0)
    nxt = _pdf_line("지원센터 조성 실시설계 용역 완료 : 2024. 3월", 126.0, 115.0, 320.0)
    assert not continues(short, nxt, right=460.0, spacing=5.0)
    full = _pdf_line(
        "▸ 교육생 66명(1차 40, 2차 26) 및 전문인력 양성 과정 운영 결과 보고", 126.0, 100.0, 458.0
    )
    assert continues(full, nxt, right=460.0, spacing=5.0)
    split = _pdf_line("교육생 66명(1차 40, 2차 26)", 126.0, 100.0, 250.0, marker="○")
    split.text_x0 = 136.0
    assert continues(split, _pdf_line("(수료 60명)", 136.0, 115.0, 200.0), right=460.0, spacing=5.0)


# ------------------------------------------------------------------------------ dumps a cell a line


def test_a_block_label_table_a_cell_a_line() -> None:
    items = _lines("""
구분
추진일자
추진내용
비고
기 추진실적
('24년 1분기 기준)
2023.11.11.
공모사업 최종 선정
완료
2026년 2분기 현재
2026. 6.
현장 건의 검토
연도별 운영 실적
구분
2025년
2026년
계
참여기업
22
57
79
수료생
18
36
54
""") + [make_line("참여기업 5개", "※")]
    items.insert(9, make_line("교육생 66명", "▸"))
    got = extract_achievements(items).value
    assert [
        (
            a["text"],
            a["level"],
            a["group_as_of"] and a["group_as_of"]["label"],
            a["date"] and a["date"]["label"],
        )
        for a in got["achievements"]
    ] == [
        ("공모사업 최종 선정", 1, "2024-Q1", "2023-11-11"),
        ("교육생 66명", 2, "2024-Q1", None),
        ("현장 건의 검토", 1, "2026-Q2", "2026-06"),
        ("연도별 운영 실적", 1, "2026-Q2", None),
        ("참여기업 5개", 2, "2026-Q2", None),
    ]
    [table] = got["tables"]
    assert table["header"] == [["구분", "2025년", "2026년", "계"]]
    assert table["rows"] == [["참여기업", "22", "57", "79"], ["수료생", "18", "36", "54"]]


def test_block_cells_wrapped_in_brackets_and_a_reporting_point_apart_from_item_dates() -> None:
    lines = [
        make_line("구분 추진일자 추진내용 비고"),
        make_line("기 추진실적"),
        make_line("('26년 1분기 기"),
        make_line("준)"),
        make_line("2023.11.11. 공모사업 최종 선정 완료"),
        Line(
            text="2024. 3월 실시설계 완료",
            marker=None,
            indent=0,
            source=Source(),
            printed="  2024. 3월     실시설계 완료",
        ),
        make_line("2026년 2분기"),
        make_line("현재"),
        make_line("2026. 6. 현장 건의 검토"),
    ]
    ach = extract_achievements(lines).value["achievements"]
    assert [(a["text"], a["group_as_of"]["label"], a["date"]["label"]) for a in ach] == [
        ("공모사업 최종 선정 완료", "2026-Q1", "2023-11-11"),
        ("실시설계 완료", "2026-Q1", "2024-03"),
        ("현장 건의 검토", "2026-Q2", "2026-06"),
    ]


def test_a_block_label_head_row_cut_off_as_a_table_of_its_own() -> None:
    items = [
        make_table([["구분", "추진일자", "추진내용", "비고"]]),
        make_line("2023.11.11. 공모사업 최종 선정"),
        make_line("교육생 66명", "▸"),
    ]
    ach = extract_achievements(items).value
    assert [(a["text"], a["level"]) for a in ach["achievements"]] == [
        ("공모사업 최종 선정", 1),
        ("교육생 66명", 2),
    ]
    assert ach["tables"] == []


def test_the_contents_table_a_cell_a_line_gives_a_content_a_row() -> None:
    items = [
        make_line("주요내용", "○"),
        *_lines("""
세부사업
내용
사업량
주택 건립
공공임대 주택 건설
120호
주거 지원
임차료 지원
300명
"""),
        make_line("실증센터: 거점 공간", "*"),
    ]
    ov = extract_overview(items).value["overview"]
    assert ov["contents"] == ["주택 건립 공공임대 주택 건설 120호", "주거 지원 임차료 지원 300명"]
    assert ov["notes"] == ["실증센터: 거점 공간"]
    uneven = [make_line("주요내용", "○"), *_lines("세부사업\n내용\n사업량\n주택 건립\n공공임대 주택 건설")]
    contents = extract_overview(uneven).value["overview"]["contents"]
    assert (
        "주택 건립 공공임대 주택 건설" not in contents and "공공임대 주택 건설" in contents
    )  # no rows: lines


def test_a_schedule_a_cell_a_line_dates_a_plan_only_where_every_period_is_marked() -> None:
    items = _lines("""
2027년
1/4
2/4
3/4
4/4
국비 확보 건의
●
●
성과평가
●
●
●
●
""")
    got = extract_plans(items)
    assert [(p["text"], p["date"] and p["date"]["label"]) for p in got.value["plans"]] == [
        ("국비 확보 건의", None),
        ("성과평가", "2027-Q1/2027-Q4"),
    ]
    assert [x.full_text for x in got.rest] == ["●", "●"]  # the marks whose periods the dump did not show


def test_fraction_lines_in_a_run_are_sub_heads_not_page_numbers() -> None:
    doc = text.read("추진계획\n2027년\n1/4\n2/4\n3/4\n4/4\n건의\n●\n\n3/9\n".encode())
    printed = [b.text for b in doc.paragraphs()]
    assert "1/4" in printed and "4/4" in printed and "3/9" not in printed


def test_funding_by_sub_project_a_cell_a_line() -> None:
    head = ["(단위: 백만원)", "세부사업", "재원", "총사업비", "연도별 투자계획", "2024년", "2025년"]
    body = [
        "주택 건립",
        "소계",
        "300",
        "100",
        "200",
        "국비",
        "200",
        "100",
        "100",
        "시비",
        "100",
        "-",
        "100",
        "주거 지원",
        "소계",
        "50",
        "20",
        "30",
        "시비",
        "50",
        "20",
        "30",
        "합계",
        "계",
        "350",
        "120",
        "230",
        "국비",
        "200",
        "100",
        "100",
        "시비",
        "150",
        "20",
        "130",
    ]
    f = extract_funding([make_line(t) for t in head + body]).value["funding"]
    assert [(r["source"], r["amounts_krw"]) for r in f["rows"]] == [
        ("total", [350 * MILLION, 120 * MILLION, 230 * MILLION]),
        ("national", [200 * MILLION, 100 * MILLION, 100 * MILLION]),
        ("municipal", [150 * MILLION, 20 * MILLION, 130 * MILLION]),
    ]
    wrong = body[:-1] + ["131"]  # the whole's block no longer sums the others: none is read
    f = extract_funding([make_line(t) for t in head + wrong]).value["funding"]
    assert f is None or all(a is None for r in f["rows"] for a in r["amounts_krw"])


# ------------------------------------------------------------------------------ pdftotext -raw / -layout


def test_a_span_head_naming_a_section_inside_a_numbered_unknown_headings_table() -> None:
    items = _lines("""
사업기간 : 2024. 1. ~ 2026. 12.
(단위: 백만원)
세부사업 재원 총사업비
연도별 투자계획
2024년 2025년
국비 100 50 50
시비 100 50 50
착공 : 2024. 3.
""")
    for at, marker, title in (
        (0, "1.", "사업개요"),
        (2, "2.", "세부사업별 자금 배분"),
        (9, "3.", "추진실적"),
    ):
        items.insert(at, make_line(title, marker))
    sections = split_sections(items)
    assert [(s.name, s.heading) for s in sections[1:]] == [
        ("overview", "사업개요"),
        (None, "2. 세부사업별 자금 배분"),
        ("achievements", "추진실적"),
    ]
    assert [x.text for x in sections[2].items][2:4] == ["연도별 투자계획", "2024년 2025년"]  # a head cell


def test_a_centred_whole_cell_groups_the_rows_beside_it() -> None:
    grid = [
        ["세부사업", "재원", "총사업비", "2024년", "2025년"],
        ["주택 건립", "소계", "300", "100", "200"],
        ["주택 건립", "국비", "300", "100", "200"],
        ["", "계", "300", "100", "200"],
        ["합계", "국비", "200", "100", "100"],
        ["", "시비", "100", "-", "100"],
    ]
    _, rows = interpret_grid(grid, MILLION)
    assert [(r["source"], r["amounts_krw"][0]) for r in rows] == [
        ("total", 300 * MILLION),
        ("national", 200 * MILLION),
        ("municipal", 100 * MILLION),
    ]


def _layout_rows(block: str) -> list[list[str]]:
    rows = split_rows([ln for ln in split_lines(block) if not ln.blank], wide=True)
    return [[" ".join(s.text for s in c.segs) for c in r.cells] for r in rows]


def test_two_lines_of_figures_beside_a_wrapped_cell_are_two_rows() -> None:
    block = (
        " 주거 지원 기반     소계       2,802       111      1,046\n"
        "     조성        시비       2,802       111      1,046\n"
    )
    assert _layout_rows(block) == [
        ["주거 지원 기반", "소계", "2,802", "111", "1,046"],
        ["조성", "시비", "2,802", "111", "1,046"],
    ]


def test_a_heading_centred_over_the_years_spans_them() -> None:
    block = (
        "                          연도별 투자계획\n"
        "  구분    총사업비\n"
        "             2022년     2023년     2024년     2025년\n"
    )
    rows = _layout_rows(block)
    assert rows[0] == ["연도별 투자계획"]


def test_a_short_sub_item_does_not_take_the_next_line_closing_on_its_own_date() -> None:
    from pledgecard.extract.document import Paragraph
    from pledgecard.extract.textjoin import join_broken_lines

    def para(text_: str, marker: str | None = None) -> Paragraph:
        return Paragraph(text=text_, marker=marker, indent=0)

    lines = [
        para("여름정보문화진흥원 공동 반도체 소재 아카데미 운영(수료생 29명) : 2023. 9."),
        para("교육생 66명(1차 40, 2차 26) 수료", "▸"),
        para("지원센터 조성 실시설계 용역 완료 : 2024. 3월"),
        para("재직자 대상 반도체 소재 설명회 개최 및 참여기업 투자협약 체결 등", "▸"),
        para("후속 절차 : 2024. 5."),
    ]
    assert [p.text for p in join_broken_lines(lines)] == [
        "여름정보문화진흥원 공동 반도체 소재 아카데미 운영(수료생 29명) : 2023. 9.",
        "교육생 66명(1차 40, 2차 26) 수료",
        "지원센터 조성 실시설계 용역 완료 : 2024. 3월",
        "재직자 대상 반도체 소재 설명회 개최 및 참여기업 투자협약 체결 등 후속 절차 : 2024. 5.",
    ]
