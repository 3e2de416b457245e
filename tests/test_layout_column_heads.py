"""Layout dumps (``pdftotext -layout``) of cards set in newspaper columns with cells wrapped in narrow columns
(session 18, binnae-city), on small dumps:

- a header band whose labels are centred in their label column (``공약명`` printed right of ``관리번호``), a value
  wrapped above and below its row's line: a line opening with one header label inside the first column is
  its row's line, the wrapped value's lines around it are its cell's (``text_columns._labelled_rows``);
- a funding head whose first cells wrap over three lines (``총사업`` / ``구분`` / ``비``), the span head over the
  years printed on the top line beside ``총사업``: that span head is a header row of its own over the year
  heads it lies over (``text_heads.over_no_cell_or_years``);
- a newspaper column reads as a page of its own: a table the column break cuts (its rows atop the right
  column set in columns of their own) goes on as over a page break (``text_newspaper``).
"""

from __future__ import annotations

from pledgecard.extract.document import Table
from pledgecard.extract.readers.text import read
from pledgecard.extract.readers.text_columns import build_table
from pledgecard.extract.readers.text_heads import over_no_cell_or_years
from pledgecard.extract.readers.text_lines import split_lines, to_tline
from pledgecard.extract.readers.text_margin_labels import labels_out_of_tables
from pledgecard.extract.readers.text_newspaper import columns_at, newspaper_pages


def _lines(text: str) -> list:
    return [to_tline(k + 1, 1, t) for k, t in enumerate(text.split("\n"))]


HEADER = "\n".join(
    [
        "관리번호              7-21            작성기준일             2025년3월 기준",
        "            가람시 하천변 생태",
        "    공약명                            주관부서              환경정책과",
        "                탐방로 조성",
    ]
)


def test_a_label_centred_in_its_column_opens_its_row_around_a_wrapped_value() -> None:
    table = build_table(_lines(HEADER))
    assert table is not None
    assert table.grid() == [
        ["관리번호", "7-21", "작성기준일", "2025년3월 기준"],
        ["공약명", "가람시 하천변 생태 탐방로 조성", "주관부서", "환경정책과"],
    ]


def test_a_wrapped_line_without_a_label_opens_no_row() -> None:
    # the same band, its second row's first cell a word no header label: the lines stay one row (as before)
    table = build_table(_lines(HEADER.replace("공약명", "사업명칭")))
    assert table is not None and table.n_rows == 1


HEAD = "\n".join(
    [
        "      총사업                     연도별 투자 실적 및 계획",
        "구분",
        "       비       2023년     2024년    2025년    2026년     2027년    2028년",
        "",
        "국비     22,000       -      3,000    6,000    2,000     6,000    5,000",
        "",
        "도비     13,000       -      5,000    2,000    6,000       -        -",
    ]
)


def test_a_span_head_beside_a_wrapped_head_cell_heads_the_years() -> None:
    table = build_table(_lines(HEAD))
    assert table is not None
    grid = table.grid()
    assert grid[0][2:] == ["연도별 투자 실적 및 계획"] * 6
    assert grid[1][0] == "구분" and grid[1][1].replace(" ", "") == "총사업비"
    assert grid[1][2:] == ["2023년", "2024년", "2025년", "2026년", "2027년", "2028년"]
    assert grid[2] == ["국비", "22,000", "-", "3,000", "6,000", "2,000", "6,000", "5,000"]
    assert grid[3] == ["도비", "13,000", "-", "5,000", "2,000", "6,000", "-", "-"]


def test_a_span_head_lies_over_year_heads_only() -> None:
    years = _lines("          2023년     2024년    2025년")
    over_two = to_tline(0, 1, "              연도별 계획 수립").segs[0]
    assert over_no_cell_or_years(over_two, years, True)
    over_one = to_tline(0, 1, "                   (예정)").segs[0]
    assert not over_no_cell_or_years(over_one, years, True)  # a cell of one year's column
    figures = _lines("          2023년     1,000    2025년")
    assert not over_no_cell_or_years(over_two, figures, True)


_LEFT = [
    "◆ 사업기간 : 2023년 1월 ~ 2026년 12월",
    "",
    "◆ 총사업비 : 1,500백만원",
    "",
    "◆ 주요내용",
    "⇒ 기반 조성",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "구분       총사업비",
    "                          2023년       2024년",
    "",
    "국비          1,000              400          600",
    "도비            300              100          200",
    "",
    "",
    "",
]
_RIGHT = [
    "시비          200         100    100",
    "",
    "계           1,500         600    900",
    "",
    "",
    "",
    "",
    "",
    "◆ 추진실적 하나 : '24. 3월",
    "◆ 추진실적 둘 : '24. 5월",
    "◆ 추진실적 셋 : '24. 6월",
    "⇒ 참여 주민 37명",
    "◆ 추진실적 넷 : '24. 8월",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
]
# pdftotext -layout measures each column on its own: the rows atop the right column keep columns of their own
_PAGE = "\n".join(("  " + a).ljust(64) + b for a, b in zip(_LEFT, _RIGHT, strict=True))


def test_a_newspaper_column_is_a_page_of_its_own() -> None:
    two = _PAGE + "\f" + "  ◆ 다음 쪽\n"
    read_lines = newspaper_pages(split_lines(two))
    pages = [ln.page for ln in read_lines if ln.text.strip()]
    assert pages == sorted(pages) and len(set(pages)) == 3  # left column, right column, next page
    assert next(ln.page for ln in read_lines if "시비" in ln.text) == pages[0] + 1


def test_a_table_the_column_break_cuts_goes_on_atop_the_right_column() -> None:
    tables = [b for b in read(_PAGE.encode()).blocks if isinstance(b, Table)]
    assert [t.grid() for t in tables] == [
        [
            ["구분", "총사업비", "2023년", "2024년"],
            ["국비", "1,000", "400", "600"],
            ["도비", "300", "100", "200"],
            ["시비", "200", "100", "100"],
            ["계", "1,500", "600", "900"],
        ]
    ]


_GOALS = [
    "            ◆ 첫째 항목",
    "            연도     목표       실적      추진상황",
    "",
    "            2023     10건       9건       완료",
    "            2024     12건       11건      추진 중",
    "▩ 4. 성과목표",
    "",
    "",
    "",
    "            2025     14건        -        미착수",
    "",
    "            ◆ 둘째 항목",
    "            ◆ 셋째 항목",
]


def _texts(text: str) -> list[str]:
    return [ln.text.strip() for ln in labels_out_of_tables(split_lines(text))]


def test_a_margin_label_amid_a_tables_rows_goes_above_the_table() -> None:
    got = _texts("\n".join(_GOALS))
    assert got[:3] == ["◆ 첫째 항목", "▩ 4. 성과목표", "연도     목표       실적      추진상황"]
    assert got[5:10] == [
        "2024     12건       11건      추진 중",
        "",
        "",
        "",
        "2025     14건        -        미착수",
    ]
    assert len(got) == len(
        _GOALS
    )  # the blank lines it stood over stay (the rows below were set that much lower)


def test_a_margin_label_after_a_table_or_beside_content_stays() -> None:
    after = [*_GOALS[:5], "", *_GOALS[5:9], "            ◆ 넷째 항목"]  # a bullet after it: no table row
    assert _texts("\n".join(after)) == [ln.strip() for ln in after]
    # a label-left body: a label piece printed beside its content on one line (read by its place)
    body = [*_GOALS[:9], "▩ 5. 시민 ◆ 소통 항목", *_GOALS[9:]]
    assert _texts("\n".join(body)) == [ln.strip() for ln in body]


def test_a_margin_label_opening_a_page_goes_above_the_table_the_page_break_cut() -> None:
    page1 = [
        "            ◆ 첫째 항목",
        "            ◆ 둘째 항목 : 설명이 긴 항목",
        "",
        "            연도     목표       실적      추진상황",
        "",
        "            2023     10건       9건       완료",
    ]
    page2 = [
        "▩ 4. 성과목표",
        "            2024     12건       11건      추진 중",
        "▩ 5. 시민 소통",
        "",
        "            ◆ 셋째 항목 : 설명이 긴 항목",
        "            ◆ 넷째 항목 : 설명이 긴 항목",
    ]
    read_lines = labels_out_of_tables(split_lines("\n".join(page1) + "\n\f" + "\n".join(page2)))
    shown = [(ln.text.strip(), ln.page) for ln in read_lines if ln.text.strip()]
    assert shown[2:6] == [
        ("▩ 4. 성과목표", 1),
        ("연도     목표       실적      추진상황", 1),
        ("2023     10건       9건       완료", 1),
        ("2024     12건       11건      추진 중", 2),
    ]
    assert shown[6] == ("▩ 5. 시민 소통", 2)  # under the table's last row, above bullet items: it stays


_LABELLED = [
    "                구분    총사업비   2023     2024",
    "",
    "                당초     300      100      200",
    "   국비",
    "                변경     330      130      200",
    "",
    "                당초     120       20      100",
    "   도비",
    "                변경     150       50      100",
]


def test_row_labels_centred_beside_their_rows_stay() -> None:
    # a label with no blank line under it (no height of turned glyphs): a row label of the table, even alone
    one = _LABELLED[:5]
    assert _texts("\n".join(one)) == [ln.strip() for ln in one]
    # labels a blank line apart from their rows, two amid one table: a label column, none moved
    spaced = [x for ln in _LABELLED for x in ([ln, ""] if ln.strip() in {"국비", "도비"} else [ln])]
    assert _texts("\n".join(spaced)) == [ln.strip() for ln in spaced]
    # the same label alone amid the table, a blank line under it: drawn turned, above the table
    alone = [x for ln in _LABELLED[:5] for x in ([ln, ""] if ln.strip() == "국비" else [ln])]
    assert _texts("\n".join(alone))[:2] == ["국비", "구분    총사업비   2023     2024"]


_CUT = ["            구분         2023       2024", "            국비          100        200"]
_BOX = [
    "            도비          300        400",
    "            계            400        600",
    "",
    "            ◆ 첫째 항목 : 설명이 긴 추진실적 하나",
    "            ◆ 둘째 항목 : 설명이 긴 추진실적 둘",
    "",
    "            ◆ 셋째 항목 : 설명이 긴 추진실적 셋",
    "",
    "",
    "▩ 3. 추진실적",
    "            ◆ 넷째 항목 : 설명이 긴 추진실적 넷",
    "            ◆ 다섯째 항목 : 설명이 긴 추진실적",
    "",
    "            ◆ 여섯째 항목 : 설명이 긴 추진실적",
    "            ◆ 일곱째 항목 : 설명이 긴 추진실적",
]


def test_a_margin_label_printed_over_its_boxs_lines_goes_to_the_boxs_top() -> None:
    # the label at the middle of its box, lines of it right under it: above the box's first line, after the
    # rows of the table the page break cut (the box before's)
    read_lines = labels_out_of_tables(split_lines("\n".join(_CUT) + "\n\f" + "\n".join(_BOX)))
    shown = [ln.text.strip() for ln in read_lines if ln.text.strip() and ln.page == 2]
    assert shown[:4] == [
        "도비          300        400",
        "계            400        600",
        "▩ 3. 추진실적",
        "◆ 첫째 항목 : 설명이 긴 추진실적 하나",
    ]
    # the blank lines above it (the rows its turned glyphs took) closed up to one: the lines around them one block
    texts = [ln.text.strip() for ln in read_lines if ln.page == 2]
    assert texts[texts.index("◆ 셋째 항목 : 설명이 긴 추진실적 셋") :][:3] == [
        "◆ 셋째 항목 : 설명이 긴 추진실적 셋",
        "",
        "◆ 넷째 항목 : 설명이 긴 추진실적 넷",
    ]
    # the same label well below its box's middle (the box it heads goes on under it): it stays
    low = [*_BOX[:9], *_BOX[10:13], "▩ 3. 추진실적", *_BOX[13:]]
    read_lines = labels_out_of_tables(split_lines("\n".join(_CUT) + "\n\f" + "\n".join(low)))
    assert [ln.text.strip() for ln in read_lines if ln.page == 2] == [ln.strip() for ln in low]


_NEWS_LEFT = [
    "◆ 사업기간 : 2023년 1월 ~ 2026년 12월",
    "◆ 총사업비 : 1,500백만원",
    "◆ 주요내용",
    "⇒ 기반 조성",
    "",
    "",
    "▩ 2. 재원",
    "",
    "",
    "",
    "",
    "◆ 재원 항목 하나",
    "◆ 재원 항목 둘",
    "◆ 재원 항목 셋",
    "",
    "◆ 재원 항목 넷",
    "◆ 재원 항목 다섯",
    "◆ 재원 항목 여섯",
]
_NEWS_RIGHT = [
    "◆ 추진실적 하나 : '24. 3월",
    "◆ 추진실적 둘 : '24. 5월",
    "◆ 추진실적 셋 : '24. 6월",
    "연번     기업명          참여인원",
    "1        가온솔루션         10",
    "         온새미로엔지니",
    "",
    "",
    "",
    "",
    "",
    "2                           28",
    "         어링",
    "◆ 추진실적 넷 : '24. 8월",
    "⇒ 참여 주민 37명",
    "",
    "",
    "",
]


def test_the_rows_a_turned_label_took_are_no_rows_of_the_other_column() -> None:
    # the label in the left column's margin and the blank rows of the whole page under it (its turned glyphs'):
    # the right column's cell wrapped around its row closes up around it; the left column keeps them
    page = "\n".join(
        ((" " * 12 + a) if a and not a.startswith("▩") else a).ljust(64) + b
        for a, b in zip(_NEWS_LEFT, _NEWS_RIGHT, strict=True)
    )
    read_lines = newspaper_pages(split_lines(page))
    right = [ln.text.strip() for ln in read_lines if ln.page == 2]
    at = right.index("온새미로엔지니")
    assert right[at : at + 3] == ["온새미로엔지니", "2                           28", "어링"]
    left = [ln.text.strip() for ln in read_lines if ln.page == 1]
    assert left[6:12] == ["▩ 2. 재원", "", "", "", "", "◆ 재원 항목 하나"]


def test_a_margin_label_under_its_glyphs_rows_amid_a_table_goes_above_it_the_rows_closed_up() -> None:
    # the dump prints a turned label at its last glyph's line: the blank rows its glyphs took stand above it, a
    # row right under it (no row label centred between rows: as far from both rows it would be)
    up = [*_GOALS[:5], "", "", "", "▩ 4. 성과목표", *_GOALS[9:]]
    got = _texts("\n".join(up))
    assert got[:3] == ["◆ 첫째 항목", "▩ 4. 성과목표", "연도     목표       실적      추진상황"]
    assert got[5:7] == ["2024     12건       11건      추진 중", "2025     14건        -        미착수"]
    assert len(got) == len(up) - 3  # its glyphs' rows gone with it
    # a row label right under a row, no blank rows above it, stays (test_row_labels_centred_beside_their_rows_stay)
    assert _texts("\n".join(_LABELLED[:5])) == [ln.strip() for ln in _LABELLED[:5]]


_LISTED = [
    "            ▥ 기 추진실적",
    "            ◆ 참여기업 현황",
    "",
    "              연번     기업명          분야      참여인원",
    "",
    "               1       ㈜온새미로솔루션    제조        10",
    "",
    "                       ㈜온새미로엔지니",
    "▩ 3. 추진실적",
    "",
    "",
    "",
    "               2                         유통        28",
    "                       어링",
    "",
    "            ◆ 설계 용역 완료 : '24.2.17",
    "            ◆ 자문회의 개최 : '24.8.19",
]


def test_a_margin_label_amid_a_wrapped_cell_goes_atop_its_box_the_cells_lines_rejoined() -> None:
    got = _texts("\n".join(_LISTED))
    assert got[0] == "▩ 3. 추진실적"  # atop its box (the section's first line), not above the table
    at = got.index("㈜온새미로엔지니")
    assert got[at + 1 : at + 3] == [
        "2                         유통        28",
        "어링",
    ]  # glyphs' rows closed up
    # the same lines with a bullet item right above the label: no cell's line, it stays
    item = [*_LISTED[:7], "            ◆ 한 항목", *_LISTED[8:]]
    assert _texts("\n".join(item)) == [ln.strip() for ln in item]


def test_a_turned_labels_glyph_rows_above_it_are_no_rows_of_the_other_column() -> None:
    left = [
        "  ◆ 왼쪽 항목 하나",
        "  구분     2023년     2024년",
        "",
        "  수료생        8         44",
        "",
        "",
        "",
        "",
        "",
        "",
        "  참여기업     56         39",
        "  ◆ 왼쪽 항목 둘",
        "  ◆ 왼쪽 항목 셋",
    ]
    right = [
        "◆ 오른쪽 항목 하나",
        "연도   목표    실적",
        "",
        "2023   10건    9건",
        "2024   12건   11건",
        "",
        "",
        "",
        "",
        "▩ 4. 성과목표",
        "2025   14건     -",
        "◆ 오른쪽 항목 둘",
        "◆ 오른쪽 항목 셋",
    ]
    page = "\n".join(
        f"{' ' * 10 + a:<50}{'' if b.startswith('▩') else ' ' * 12}{b}".rstrip() if b else " " * 10 + a
        for a, b in zip(left, right, strict=True)
    )  # the label in the right column's margin
    left_column = columns_at(split_lines(page), (40, 50))[
        0
    ]  # (the gutter newspaper_pages finds on a whole page)
    first = [ln.text.strip() for ln in left_column]
    at = first.index("수료생        8         44")
    # the label's line and its glyphs' rows above it dropped (the line the other column's row took stays)
    assert first[at + 1 : at + 3] == ["", "참여기업     56         39"]
