"""Structures pdfminer.six's ``pdf2txt.py`` prints apart (tests/test_text_converters.py measures whole families):
a goal matrix printed a cell a line column by column, read only where one way of running its cells holds
(extract/sections/goal_column_runs.py), and moved from under a later heading to an empty goals section
(extract/sections/goals_apart.py); section labels drawn turned, printed backward a character a line
(extract/readers/text_turned_labels.py); the overview's labelled run found after lone syllables."""

from __future__ import annotations

from dataclasses import dataclass, field

from pledgecard.extract.layout import Item
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.readers.text_turned_labels import join_turned_labels
from pledgecard.extract.sections.goal_column_runs import goal_column_run_lines
from pledgecard.extract.sections.goals_apart import goals_printed_apart
from pledgecard.extract.sections.header_overview import overview_printed_later

from conftest import make_line

HEAD = ["2022", "2023", "2024", "시설 설치(개소)", "청년주택 공급", "(호)", "목표", "실적", "목표", "실적"]
# 시설 설치: 3/2, 11/11, 10/-; 청년주택 공급: 112/80, 82/82, 62/-, printed a year's column at a time
BY_COLUMN = ["3", "2", "112", "80", "11", "11", "82", "82", "10", "-", "62", "-"]


def _read(lines: list[str]) -> list[tuple[str, str | None, int, str, str | None]] | None:
    got = goal_column_run_lines(lines)
    return None if got is None else [(g.project, g.unit, g.year, g.target, g.actual) for g in got.goals]


def test_a_matrix_printed_column_by_column_is_read_where_only_that_way_holds() -> None:
    got = _read([*HEAD, *BY_COLUMN, "계"])
    assert got is not None and len(got) == 6
    assert ("시설 설치", "개소", 2022, "3", "2") in got and ("청년주택 공급", "호", 2023, "82", "82") in got
    assert ("청년주택 공급", "호", 2024, "62", None) in got  # an actual not yet measured: none


def test_the_head_parts_in_another_order_and_the_spanning_head_cell_read_alike() -> None:
    head = [
        "구분",
        "시설 설치(개소)",
        "청년주택 공급(호)",
        "목표",
        "실적",
        "목표",
        "실적",
        "연도별 목표 및 실적",
        "2022",
        "2023",
        "2024",
    ]
    assert _read([*head, *BY_COLUMN]) == _read([*HEAD, *BY_COLUMN])


def test_a_matrix_printed_row_by_row_is_read_so() -> None:
    rows = ["3", "11", "10", "2", "11", "-", "112", "82", "62", "80", "82", "-"]
    assert _read([*HEAD, *rows]) == _read([*HEAD, *BY_COLUMN])


def test_cells_that_hold_either_way_or_neither_or_fall_short_are_left_unread() -> None:
    assert _read([*HEAD, *["5"] * 12]) is None  # every way holds: the order is not proven
    assert _read([*HEAD, "-", *BY_COLUMN[1:]]) is None  # a target dashed: no way holds
    assert _read([*HEAD, *BY_COLUMN[:-1]]) is None  # a cell short
    assert _read([*HEAD, *BY_COLUMN, "7"]) is None  # a cell more
    assert _read([*HEAD[:-2], *BY_COLUMN]) is None  # one 목표 / 실적 pair for two indicators


@dataclass
class _Sec:
    name: str | None
    items: list[Item] = field(default_factory=list)


def test_a_matrix_printed_under_a_later_heading_moves_to_the_empty_goals() -> None:
    goals = _Sec("goals")
    effects = _Sec("effects", [make_line(t) for t in ["1,200", *HEAD, *BY_COLUMN]] + [make_line("효과", "-")])
    goals_printed_apart([_Sec("funding"), goals, effects])
    assert [it.text for it in goals.items] == [*HEAD, *BY_COLUMN]
    assert [it.text for it in effects.items] == ["1,200", "효과"]
    kept = _Sec("effects", [make_line(t) for t in [*HEAD, *BY_COLUMN[:-1]]])
    goals_printed_apart([_Sec("goals"), kept])
    assert len(kept.items) == len(HEAD) + len(BY_COLUMN) - 1  # unread: nothing moves


def test_turned_labels_printed_backward_a_character_a_line_are_joined() -> None:
    texts = [
        "(단위: 백만원)",
        "황",
        "현",
        "본",
        "기",
        "요",
        "개",
        "업",
        "사",
        ".",
        "1",
        "▩",
        "획",
        "계",
        "자",
        "투",
        "원",
        "재",
        ".",
        "2",
        "▩",
        "구분",
        "-",
        "-",
        "▩",
        "계",
    ]
    out = [
        ln.text for ln in join_turned_labels([to_tline(k + 1, 1, t) for k, t in enumerate(texts)]) if ln.text
    ]
    assert out == [
        "(단위: 백만원)",
        "▩ 1. 사업개요기본현황",
        "▩ 2. 재원투자계획",
        "구분",
        "-",
        "-",
        "▩",
        "계",
    ]
    forward = ["▩", "1", ".", "사", "업", "개", "요"]  # not backward: as printed
    assert [
        ln.text for ln in join_turned_labels([to_tline(k + 1, 1, t) for k, t in enumerate(forward)])
    ] == forward


def test_the_overview_run_is_found_after_the_lone_syllables_of_a_label() -> None:
    overview = _Sec("overview")
    funding = _Sec(
        "funding",
        [
            make_line("성"),
            make_line("과"),
            make_line("사업기간 : 23.1.~28.2.", "-"),
            make_line("총사업비 : 3,954,500천원", "-"),
            make_line("(단위: 천원)"),
        ],
    )
    overview_printed_later([overview, funding])
    assert [it.text for it in overview.items] == ["사업기간 : 23.1.~28.2.", "총사업비 : 3,954,500천원"]
    assert [it.text for it in funding.items] == ["성", "과", "(단위: 천원)"]


def test_channel_rows_printed_under_the_next_heading_go_back_where_the_total_sums_them() -> None:
    from pledgecard.extract.sections.outreach import extract_outreach
    from pledgecard.extract.sections.outreach_apart import outreach_printed_after

    def secs(total: str) -> tuple[_Sec, _Sec]:
        own = _Sec("outreach", [make_line("주민간담회, 공"), make_line("청회 등"), make_line("5")])
        after = [make_line(t) for t in ("만족도조사", "전문가 자문", "언론·방송", "기타", "2", "4")] + [
            make_line("", "-"),
            make_line("3"),
            make_line("계"),
            make_line(total),
            make_line("실시설계 : 2025. 11.", "✓"),
        ]
        return own, _Sec("plans", after)

    own, plans = secs("14회")
    outreach_printed_after([own, plans])
    assert [it.text for it in plans.items] == ["실시설계 : 2025. 11."]
    got = extract_outreach(own.items).value["outreach"]
    assert got["total"] == 14
    assert [(i["category"], i["count"]) for i in got["items"]] == [
        ("meetings", 5),
        ("survey", 2),
        ("experts", 4),
        ("media", 0),
        ("other", 3),
    ]
    own, plans = secs("15회")  # the total sums no dealing of the counts: nothing moves
    outreach_printed_after([own, plans])
    assert len(own.items) == 3 and len(plans.items) == 11


def test_a_dated_block_heading_read_as_a_heading_after_its_stacked_section_heads_its_items() -> None:
    from pledgecard.extract.heading_stacks import dated_block_after_stack

    @dataclass
    class _Head:
        name: str | None
        heading: str | None
        items: list[Item] = field(default_factory=list)
        at: None = None

    block = _Head(
        "achievements", "그간 추진실적 ('24. 4/4분기 누계)", [make_line("설명회 개최 : 2024. 6.", "-")]
    )
    dated_block_after_stack(
        [_Head(None, None), _Head("achievements", "추진실적"), _Head("funding", "투자계획"), block]
    )
    assert [it.text for it in block.items] == ["그간 추진실적 ('24. 4/4분기 누계)", "설명회 개최 : 2024. 6."]
    alone = _Head(
        "achievements", "그간 추진실적 ('24. 4/4분기 누계)", [make_line("설명회 개최 : 2024. 6.", "-")]
    )
    dated_block_after_stack([_Head(None, None), _Head("overview", "사업개요", [make_line("x")]), alone])
    assert len(alone.items) == 1  # no empty achievements before it: its heading stays a heading
