"""The template family designed blind in session 8 (samples/families.py: ``sinbi-county``) and the
structures it brought in, on small grids and lines:

- goals as indicators across the columns (``지표1`` over ``청년주택 공급(호)``: the unit in the head),
  a 목표 and a 실적 row under every year: as document tables, dump lines (a row a line, a cell a
  line, the year alone on a line) and heads a layout reader merged with the head rows above;
- a funding table with a share row or column (``비율(%)``, 구성비): no period, never money;
- the progress printed beside the status (``추진률 | 65%``): no part of the status;
- items numbered ``❶ ❷`` (one level, like ``① ②``), ``⦁`` and ``→`` under them;
- dates ``'24.3/4`` (a quarter as a bare fraction after a year) and ``'24.上`` / ``'24.下``;
- a text dump without form feeds: its pages cut at the page numbers, a running header found there
  even when it is made of label words (``신비군 공약사업 추진상황``) or shifted by a layout dump;
- a line wholly in corner brackets (``「현장 사진」``) is no wrapped rest of the item above.

Blind (before the extractor was read): PDF / HWPX / HWP 0.667, txt 0.567, no wrong figure; after:
1.000 in every format (layout dumps 1.000), no wrong figure.
"""

from __future__ import annotations

import pytest

from pledgecard.extract.document import Paragraph
from pledgecard.extract.readers.text import read
from pledgecard.extract.roles import lines_role, table_role
from pledgecard.extract.sections.achievements import extract_achievements
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.goal_indicators import goals_indicator_lines, goals_indicators, names
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.extract.sections.header import read_header
from pledgecard.extract.textjoin import join_broken_lines
from pledgecard.normalize.counts import unreadable_number
from pledgecard.normalize.dates import find_dates, parse_date

from conftest import make_line, make_table

MIL = 10**6
_line, _table = make_line, make_table

# ------------------------------------------------------------------------------ indicator goals

_GRID = [
    ["연도", "구분", "지표1", "지표2"],
    ["연도", "구분", "청년주택 공급(호)", "공정률(%)"],
    ["2024년", "목표", "120", "30"],
    ["2024년", "실적", "118", "28"],
    ["2025년", "목표", "80", "100"],
    ["2025년", "실적", "-", "-"],
]


def _facts(goals: list[dict]) -> list[tuple]:
    return [
        (
            g["project"],
            g["year"],
            g["target"],
            g["target_value"],
            g["target_unit"],
            g["actual"],
            g["actual_value"],
            g["status"],
        )
        for g in goals
    ]


EXPECTED = [
    ("청년주택 공급", 2024, "120", 120, "호", "118", 118, None),
    ("공정률", 2024, "30", 30, "%", "28", 28, None),
    ("청년주택 공급", 2025, "80", 80, "호", None, None, None),
    ("공정률", 2025, "100", 100, "%", None, None, None),
]


def test_indicator_table_gives_a_goal_per_indicator_and_year() -> None:
    goals = extract_goals([_table(_GRID)]).value["goals"]
    assert _facts(goals) == EXPECTED


def test_indicator_table_is_a_goals_table_by_its_content() -> None:
    assert table_role(_table(_GRID)) == "goals"
    lines = [
        _line(x)
        for x in [
            "◦ 설명회 개최 : '24. 5.",
            "연도 구분 지표1 지표2",
            "청년주택 공급(호) 공정률(%)",
            "2024년 목표 120 30",
            "실적 118 28",
            "◦ 현장점검 : '24. 6.",
        ]
    ]
    assert lines_role(lines) == [None, "goals", "goals", "goals", "goals", None]


def test_indicator_table_with_a_word_among_the_figures_reads_the_word_as_printed() -> None:
    # a document table's cell is proven by its rules: a worded actual is that goal's actual, with no
    # figure (session 12: it once made the whole table unread)
    grid = [row[:] for row in _GRID]
    grid[3][2] = "추진중"
    got = _facts(extract_goals([_table(grid)]).value["goals"])
    assert got == [("청년주택 공급", 2024, "120", 120, "호", "추진중", None, None), *EXPECTED[1:]]


def test_indicator_heads_must_name_their_units() -> None:
    grid = [row[:] for row in _GRID]
    grid[1][2] = "청년주택 공급"
    assert goals_indicators(grid) is None  # bare figures under it: in what unit the table does not tell
    # a funding table of this shape (sources across, 계획 | 실적 rows a year) is no indicator table
    funding = [
        ["연도", "구분", "국비", "시비"],
        ["2024년", "계획", "120", "30"],
        ["2024년", "실적", "118", "28"],
    ]
    assert goals_indicators(funding) is None


def test_indicator_heads_naming_no_unit_over_worded_goals_read_each_goal_with_its_own() -> None:
    grid = [
        ["연도", "구분", "지표1", "지표2"],
        ["연도", "구분", "청년주택 공급", "정비 구간(km)"],
        ["<2024>", "목표", "청년주택 186호 공급", "2.4"],
        ["<2024>", "실적", "120호", "-"],
        ["<2025>", "목표", "착공", "2.3"],
        ["<2025>", "실적", "-", "-"],
    ]
    assert _facts(extract_goals([_table(grid)]).value["goals"]) == [
        ("청년주택 공급", 2024, "청년주택 186호 공급", 186, "호", "120호", 120, None),
        ("정비 구간", 2024, "2.4", 2.4, "km", None, None, None),
        ("청년주택 공급", 2025, "착공", None, None, None, None, None),
        ("정비 구간", 2025, "2.3", 2.3, "km", None, None, None),
    ]


def test_a_confused_figure_reads_null_and_is_flagged() -> None:
    grid = [row[:] for row in _GRID]
    grid[3][2] = "1l8"
    goals = extract_goals([_table(grid)]).value["goals"]
    assert goals[0]["actual"] == "1l8" and goals[0]["actual_value"] is None
    assert [g["target_value"] for g in goals] == [120, 30, 80, 100]
    assert unreadable_number("1l8") == "1l8" and unreadable_number("118") is None


def test_heads_merged_with_the_head_rows_above_are_read_as_their_names() -> None:
    assert names(["연도 구분 지표1 시설 설치(개소)", "지표2 공정률(%)"]) == ["시설 설치(개소)", "공정률(%)"]
    # a numbering only when every head opens with it, in order
    assert names(["구간1 정비(km)", "구간3 정비(km)"]) == ["구간1 정비(km)", "구간3 정비(km)"]


@pytest.mark.parametrize(
    "lines",
    [
        # a row a line, the year printed once (a merged cell)
        [
            "연도 구분 지표1 지표2",
            "청년주택 공급(호) 공정률(%)",
            "2024년 목표 120 30",
            "실적 118 28",
            "2025년 목표 80 100",
            "실적 - -",
        ],
        # the year on a line of its own (pdftotext -raw)
        [
            "지표1 지표2",
            "청년주택 공급(호) 공정률(%)",
            "2024년",
            "목표 120 30",
            "실적 118 28",
            "2025년",
            "목표 80 100",
            "실적 - -",
        ],
        # a cell a line (hwpx-text-extract)
        [
            "연도",
            "구분",
            "지표1",
            "지표2",
            "청년주택 공급(호)",
            "공정률(%)",
            "2024년",
            "목표",
            "120",
            "30",
            "실적",
            "118",
            "28",
            "2025년",
            "목표",
            "80",
            "100",
            "실적",
            "-",
            "-",
        ],
    ],
)
def test_indicator_table_printed_as_lines(lines: list[str]) -> None:
    res = extract_goals([_line(x) for x in lines])
    assert _facts(res.value["goals"]) == EXPECTED
    assert res.rest == []  # every line of the table was used


def test_indicator_lines_cut_inside_a_row_are_not_read_by_guess() -> None:
    lines = ["청년주택 공급(호) 공정률(%)", "2024년 목표 120 30", "실적 118"]
    assert goals_indicator_lines(lines) is None
    # a row with one figure too many ends the table before it: the rows above it stand
    got = goals_indicator_lines(["청년주택 공급(호) 공정률(%)", "2024년 목표 120 30", "실적 118 28 7"])
    assert got is not None and [(g.project, g.target, g.actual) for g in got.goals] == [
        ("청년주택 공급", "120", None),
        ("공정률", "30", None),
    ]


# ------------------------------------------------------------------------------ funding shares

_FUNDING = [
    ["구분\n(단위:백만원)", "계", "국비", "군비"],
    ["계", "1,000", "400", "600"],
    ["2024년", "300", "100", "200"],
    ["2025년", "700", "300", "400"],
    ["비율(%)", "100.0", "40.0", "60.0"],
]


def _money(res: dict) -> tuple[list[str], dict[str, list]]:
    f = res["funding"]
    return [c["label"] for c in f["columns"]], {r["source"]: r["amounts_krw"] for r in f["rows"]}


def test_a_share_row_of_a_transposed_table_is_no_period_and_no_money() -> None:
    cols, rows = _money(extract_funding([_line("(단위:백만원)"), _table(_FUNDING)]).value)
    assert cols == ["계", "2024", "2025"]
    assert rows == {
        "total": [1000 * MIL, 300 * MIL, 700 * MIL],
        "national": [400 * MIL, 100 * MIL, 300 * MIL],
        "municipal": [600 * MIL, 200 * MIL, 400 * MIL],
    }


def test_a_share_row_in_dump_lines_is_no_period_and_no_money() -> None:
    lines = [
        "구분",
        "(단위:백만원)",
        "계",
        "국비",
        "군비",
        "계 1,000 400 600",
        "2024년 300 100 200",
        "2025년 700 300 400",
        "비율(%) 100.0 40.0 60.0",
    ]
    cols, rows = _money(extract_funding([_line(x) for x in lines]).value)
    assert cols == ["계", "2024", "2025"] and rows["national"] == [400 * MIL, 100 * MIL, 300 * MIL]


def test_a_share_column_of_sources_down_is_no_period() -> None:
    grid = [
        ["구분", "계", "2024년", "2025년", "구성비"],
        ["계", "1,000", "300", "700", "100"],
        ["국비", "400", "100", "300", "40"],
        ["군비", "600", "200", "400", "60"],
    ]
    cols, rows = _money(extract_funding([_line("(단위 : 백만원)"), _table(grid)]).value)
    assert cols == ["계", "2024", "2025"] and rows["municipal"] == [600 * MIL, 200 * MIL, 400 * MIL]


# ------------------------------------------------------------------------------ header, items, dates


def test_progress_beside_the_status_is_no_part_of_it() -> None:
    table = _table(
        [
            ["공약명", "스마트팜 창업 지원", "관리번호", "3-22"],
            ["추진상황", "○ 정상 ● 완료 ○ 부진", "추진률", "65%"],
        ]
    )
    header, _, rest = read_header([table])
    assert header["status"] == "완료" and header["status_code"] == "done"
    header, _, rest = read_header(
        [_line("공약명 스마트팜 창업 지원 관리번호 3-22"), _line("추진상황 ● 정상 ○ 완료 ○ 부진 추진률 65%")]
    )
    assert header["status"] == "정상" and header["status_code"] == "ongoing_normal"
    assert any("65%" in getattr(it, "text", "") for it in rest)


def test_negative_circled_numbers_number_items_of_one_level() -> None:
    items = [
        _line("기 추진실적 ('24.2/4 누계)", "『"),
        _line("협약 체결 : '24. 3.", "❶"),
        _line("참여기업 10개", "※"),
        _line("기업지원", "❷"),
        _line("설명회 개최 : '24. 5.", "⦁"),
        _line("수료생 28명", "→"),
        _line("현장점검 실시 : '24.2/4", "❸"),
    ]
    ach = extract_achievements(items[1:]).value["achievements"]
    assert [(a["marker"], a["level"]) for a in ach] == [
        ("❶", 1),
        ("※", 2),
        ("❷", 1),
        ("⦁", 2),
        ("→", 3),
        ("❸", 1),
    ]
    assert ach[4]["parent"] == 3 and ach[5]["date"]["label"] == "2024-Q2"


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("'24.3/4", "2024-Q3"),
        ("2024. 3/4분기", "2024-Q3"),
        ("'25.1/4 누계", "2025-Q1"),
        ("'24.上", "2024-H1"),
        ("'28.下", "2028-H2"),
        ("2024년 3월 말", "2024-03"),
    ],
)
def test_county_date_shapes(raw: str, label: str) -> None:
    assert parse_date(raw)["label"] == label


def test_a_bare_fraction_is_a_quarter_only_right_after_a_year() -> None:
    assert parse_date("3/4")["label"] is None and parse_date("2024. 1/4.")["label"] is None
    assert [d["label"] for _, _, d in find_dates("참석률 3/4 이상, 점검 '24.3/4 완료")] == ["2024-Q3"]


# ------------------------------------------------------------------------------ page furniture


def _texts(dump: str) -> list[str]:
    return [getattr(b, "text", "") for b in read(dump.encode("utf-8")).blocks]


def test_running_header_of_a_dump_without_form_feeds_is_dropped() -> None:
    run = "신비군  공약사업 추진상황"  # label words (공약사업, 추진상황) after the government's name
    body = [f"◦ 추진 항목 {k}번 완료" for k in range(12)]
    dump = "\n".join(
        [
            "",
            run,
            "",
            "신비군 민선8기 군수 공약사업 관리카드",
            *body[:4],
            "- 1 -",
            run,
            *body[4:8],
            "- 2 -",
            run,
            *body[8:],
            "- 3 -",
        ]
    )
    texts = _texts(dump)
    assert not any("추진상황" in t for t in texts) and sum("추진 항목" in t for t in texts) == 12


def test_running_header_at_other_indents_of_a_layout_dump_is_dropped() -> None:
    body = [f"   ◦ 추진 항목 {k}번 완료" for k in range(9)]
    pages = [
        [" " * 60 + "신비군 공약사업 추진상황", *body[:3], " " * 30 + "-1-"],
        [" " * 45 + "신비군 공약사업 추진상황", *body[3:6], " " * 30 + "-2-"],
        [" " * 20 + "신비군 공약사업 추진상황", *body[6:], " " * 10 + "-3-"],
    ]
    texts = _texts("\f".join("\n".join(p) for p in pages))
    assert not any("추진상황" in t for t in texts) and sum("추진 항목" in t for t in texts) == 9


def test_a_line_in_corner_brackets_is_no_wrapped_rest() -> None:
    paras = [
        Paragraph(text="스마트팜 경쟁력 강화를 통한 지역경제 활성화와 일자리 창출", marker="◯"),
        Paragraph(text="「현장 사진」"),
        Paragraph(text="< 착공식 >"),
    ]
    assert [p.text for p in join_broken_lines(paras)] == [p.text for p in paras]


def test_an_outreach_row_label_column_is_no_channel_and_gives_its_unit() -> None:
    """구분 | 계 | channels over 실적(건) | counts: the label column names no channel, and the unit its row
    label prints (건) is the table's, not the default 회."""
    from pledgecard.extract.sections.outreach import from_grid

    got = from_grid(
        [
            ["구분", "계", "간담회, 공청회 등", "만족도 조사", "언론 홍보", "기타"],
            ["실적(건)", "159", "1(공청회)", "2", "156", "-"],
        ]
    )
    assert got is not None
    assert (got["unit"], got["total"]) == ("건", 159)
    assert [(i["label"], i["count"]) for i in got["items"]] == [
        ("간담회, 공청회 등", 1),
        ("만족도 조사", 2),
        ("언론 홍보", 156),
        ("기타", 0),
    ]
    # a row label without a unit: the default unit; a first column of counts stays a channel
    got = from_grid([["구분", "계", "간담회", "기타"], ["실적", "5", "3", "2"]])
    assert (
        got is not None and got["unit"] == "회" and [i["label"] for i in got["items"]] == ["간담회", "기타"]
    )
