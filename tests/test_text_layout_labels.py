"""Rules of the layout-dump readers on small dumps (issue 11, session 10): section labels numbered
as ordinals wrapped in a narrow label column (``제1장 사업`` / ``의 개요``)."""

from __future__ import annotations

import pytest

from pledgecard.extract.labels import section_of
from pledgecard.extract.readers import text_regions
from pledgecard.extract.readers.text_lines import split_lines

# A label column nine characters wide: each label numbered as an ordinal wraps after its first
# word; the first is glued one space apart to its cell's first content line.
ORDINAL_BODY = [
    "         ▢ 사업기간 : '22. 10. ~ '28. 12.",
    "",
    "제1장 사업 ▢ 주요내용",
    "",
    "의 개요     - 반도체 소재 기반 조성을 위한 실증센터 구축",
    "",
    "         * 산업단지: 관련 시설 및 장비를 갖춘 거점 공간",
    "",
    "",
    "         ▢ 재직자 대상 만족도 조사 실시 : 2027년 하반기",
    "제2장 향후",
    "         ▢ 재직자 정주여건 개선 및 지역 정착 유도",
    "추진계획",
    "",
    "",
    "         ▢ 반도체 소재 분야 선도 지역으로서 위상 강화",
    "제3장 기대",
    "         ▢ 양질의 일자리 창출로 청년인구 유출 방지",
    " 효과",
]


@pytest.mark.parametrize(
    ("text", "label", "opens"),
    [
        ("제1장 사업", True, True),  # an ordinal over a title's first word
        ("제 2 장 향후", True, True),  # spaced as some templates print it
        ("의 개요", True, False),  # the wrapped rest of a label: no cell of its own
        ("제1장", False, False),  # a number with no title
        ("제2장 2024년", False, False),  # a figure: no label
    ],
)
def test_a_label_numbered_as_an_ordinal_opens_a_cell(text: str, label: bool, opens: bool) -> None:
    assert text_regions.label_shaped(text) is label
    assert (label and text_regions.opens(text)) is opens


def test_ordinal_labels_wrapped_in_their_column_are_joined_and_own_their_lines() -> None:
    lines = split_lines("\n".join(ORDINAL_BODY) + "\n")
    [region] = text_regions.find(lines)
    assert region.col == 9
    labels = [" ".join(s.text for s in c.label) for c in region.cells]
    assert labels == ["제1장 사업 의 개요", "제2장 향후 추진계획", "제3장 기대 효과"]
    assert [section_of(t) for t in labels] == ["overview", "plans", "effects"]
    first = [" ".join(s.text for s in ln.segs) for ln in region.cells[0].lines if ln.segs]
    assert first == [
        "▢ 사업기간 : '22. 10. ~ '28. 12.",
        "▢ 주요내용",
        "- 반도체 소재 기반 조성을 위한 실증센터 구축",
        "* 산업단지: 관련 시설 및 장비를 갖춘 거점 공간",
    ]
    assert len(region.cells[1].lines) - sum(1 for ln in region.cells[1].lines if not ln.segs) == 2


# A funding table printed in its label's cell (years as rows), its label numbered and longer than
# a short label, wrapped amid the table's rows (``Ⅱ) 연차별 재원 투자계`` / ``획``).
NUMBERED_LONG = [
    "                ▹ 사업기간 : '22. 10.~'26. 12.",
    "  Ⅰ) 사업개요",
    "                ▹ 주요내용",
    "",
    "                (단위: 백만원)",
    "                          구분            계         국비        시비",
    "",
    "                         2022년        4,748.1         -       2,214.7",
    "Ⅱ) 연차별 재원 투자계",
    "     획                   2023년        8,005.1     2,799.5     2,665.5",
    "",
    "                          합계         12,753.2     2,799.5     4,880.2",
    "",
    "",
    "                ▹ 향후 계획 수립",
    "  Ⅲ) 향후 추진계획",
    "                ▹ 성과 평가",
]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ⅱ) 연차별 재원 투자계", True),  # 13 characters, but the title after the number is short
        ("Ⅱ) 연차별 재원 투자계획 및 집행", False),  # the title alone is longer than a label line
        ("연차별 재원 투자계획 및", False),  # no number: a long line is no label
        ("Ⅱ) 2023년 재원 투자", False),  # a figure in the title
    ],
)
def test_a_heading_number_does_not_count_towards_a_label_length(text: str, label: bool) -> None:
    assert text_regions.label_shaped(text) is label


def test_a_long_numbered_label_wrapped_amid_its_table_rows_owns_them() -> None:
    lines = split_lines("\n".join(NUMBERED_LONG) + "\n")
    [region] = text_regions.find(lines)
    labels = [" ".join(s.text for s in c.label) for c in region.cells]
    assert labels == ["Ⅰ) 사업개요", "Ⅱ) 연차별 재원 투자계 획", "Ⅲ) 향후 추진계획"]
    assert section_of(labels[1]) == "funding"
    rows = [ln.segs[0].text for ln in region.cells[1].lines if ln.segs]
    assert rows == ["(단위: 백만원)", "구분", "2022년", "2023년", "합계"]  # the label's piece 획 is no cell


# A goal table's header over two printed lines under a spanning head: the sub-heads (1/4 .. 4/4)
# on the lower line, the other head cells centred over both rows on the upper one.
QUARTERS = [
    "                     2023년 분기별 목표",
    "    성과지표                                    연간 목표     누계 실적     추진상황",
    "               1/4     2/4    3/4    4/4",
    "",
    "아이돌봄 지원사업        15     30     45     60    공정률 60%   공정률 60%    완료",
    "",
    "거점센터 조성          0.5    0.9    1.4    1.9    1.9km     1.7km    추진 중",
]


def _grid(dump: list[str]) -> list[list[str]]:
    from pledgecard.extract.readers.text_columns import build_table

    table = build_table(split_lines("\n".join(dump) + "\n"))
    assert table is not None
    return table.grid()


def test_a_spanning_head_heads_the_sub_heads_printed_below_the_other_head_cells() -> None:
    grid = _grid(QUARTERS)
    assert grid[0] == ["성과지표", *["2023년 분기별 목표"] * 4, "연간 목표", "누계 실적", "추진상황"]
    assert grid[1] == ["성과지표", "1/4", "2/4", "3/4", "4/4", "연간 목표", "누계 실적", "추진상황"]
    assert grid[2][0] == "아이돌봄 지원사업" and grid[2][5:] == ["공정률 60%", "공정률 60%", "완료"]


def test_a_spanning_head_not_centred_over_the_lower_cells_is_not_spread_over_them() -> None:
    """The head printed off the sub-heads' middle (over 3/4 .. 4/4 and past them): which columns
    it heads is not certain, so it keeps the columns its own extent covers."""
    off = ["                                        2023년 분기별 목표", *QUARTERS[1:]]
    grid = _grid(off)
    assert grid[0].count("2023년 분기별 목표") < 4
    assert grid[1] == ["성과지표", "1/4", "2/4", "3/4", "4/4", "연간 목표", "누계 실적", "추진상황"]


def test_a_spanning_head_over_a_one_line_header_row_is_unchanged() -> None:
    one_line = [
        "                 연도별 투자계획",
        "  구분      계     2022년    2023년    2024년",
        "",
        "  국비     30       10        10        10",
    ]
    grid = _grid(one_line)
    assert grid[1] == ["구분", "계", "2022년", "2023년", "2024년"]
    assert grid[0][:2] == ["", ""]  # 구분 and 계 stay in their own row


@pytest.mark.parametrize(
    ("new", "skip"),
    [
        # the spanning head read over its columns on the new page only: both header rows repeat
        (
            [
                ["구분", "계", "재원", "재원"],
                ["구분", "계", "국비", "시비"],
                ["2024년", "2,742.6", "1,351.1", "-"],
            ],
            2,
        ),
        ([["", "", "재원", ""], ["구분", "계", "국비", "시비"], ["2024년", "2,742.6", "1,351.1", "-"]], 2),
        ([["구분", "계", "국비", "시비"], ["2024년", "2,742.6", "1,351.1", "-"]], 1),
        (
            [["2024년", "2,742.6", "1,351.1", "-"], ["구분", "계", "국비", "시비"]],
            0,
        ),  # a row of figures first
        ([["구분", "계", "국비", "시비"]], 0),  # nothing below the header: no rows to add anyway
    ],
)
def test_header_rows_a_page_break_repeated_are_dropped(new: list[list[str]], skip: int) -> None:
    from pledgecard.extract.readers.text_break_tables import repeated_head

    prev = [["", "", "재원", ""], ["구분", "계", "국비", "시비"], ["2022년", "4,748.1", "-", "2,214.7"]]
    assert repeated_head(prev, new) == skip


# A funding header as pdftotext -layout prints it: the Hangul head left of the middle of the years
# it spans (measured in characters), 구분 / 합계 / 임기 후 on the line above the years.
FUNDING_HEAD = [
    "                                   연차별 투자계획",
    "            구분                                                          합계         임기 후",
    "                      2022년    2023년    2024년        2025년    2026년",
    "",
    "             계         2,970     890         4,330    7,050    3,700   19,420        480",
    "",
    "            국비          230        -         2,540    1,620     120     4,510             -",
]


def test_a_head_printed_off_the_middle_of_its_sub_heads_heads_them_all() -> None:
    grid = _grid(FUNDING_HEAD)
    assert grid[0] == ["구분", *["연차별 투자계획"] * 5, "합계", "임기 후"]
    assert grid[1] == ["구분", "2022년", "2023년", "2024년", "2025년", "2026년", "합계", "임기 후"]
    assert grid[2] == ["계", "2,970", "890", "4,330", "7,050", "3,700", "19,420", "480"]


def test_a_head_over_a_row_with_a_cell_wrapped_around_the_sub_heads_line_is_not_spread() -> None:
    """``임기`` / ``후`` wrapped around the line of the years (their ``년`` wrapped below): the row is
    one line of cells, not a two-line head over sub-heads, so the head gets no columns by them."""
    wrapped = [
        "                                      연차별 투자계획",
        "                                                                                  임기",
        "           구분      2022    2023     2024    2025       2026     2027    합계",
        "                                                                                  후",
        "                      년       년      년         년        년        년",
        "",
        "             계      5,840   2,860    5,360   3,130      5,560    3,230   31,620  2,320",
    ]
    from pledgecard.extract.readers.text_columns import build_table

    table = build_table(split_lines("\n".join(wrapped) + "\n"))
    assert table is None or "연차별 투자계획" not in table.grid()[0][:1]
