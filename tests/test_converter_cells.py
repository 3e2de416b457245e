"""Tables real converters print one cell a line (hwpx-text-extract in the table's order, pdftotext's
default mode with a spanning head cell among the label heads), read as their rows
(tests/test_text_converters.py scores the families' dumps; these are the structures on lines)."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.cards import Section
from pledgecard.extract.document import Paragraph
from pledgecard.extract.heading_stacks import stacked_headings
from pledgecard.extract.readers.text import pair_cells
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_word_labels import join_word_labels
from pledgecard.extract.sections.blocks_apart import achievements_printed_before
from pledgecard.extract.sections.funding_apart import funding_head_printed_before, funding_printed_after
from pledgecard.extract.sections.goal_pair_cells import (
    join_pair_cell_lines,
    split_pair_grid,
    split_pair_lines,
)
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.extract.sections.outreach import extract_outreach, leading_fractions
from pledgecard.extract.textjoin import continues_date, join_broken_lines

from conftest import make_line

ROWS = [
    "참여 주민",
    "명",
    "189/123",
    "758/758",
    "883/808",
    "323/-",
    "시설 설치",
    "개소",
    "9/5",
    "9/7",
    "5/5",
    "3/-",
]


def test_pair_cells_a_cell_a_line_join_into_their_rows_whatever_the_head_order() -> None:
    years = ["2023년", "2024년", "2025년", "2026년"]
    hwpx = ["성과지표", "단위", "연도별 목표/실적", *years, *ROWS, "❖ 4. 추진 실적"]
    pdf = ["성과지표", "연도별 목표/실적", "단위", *years, *ROWS, "❖ 4. 추진 실적"]  # the span printed first
    for lines in (hwpx, pdf):
        joined = join_pair_cell_lines(lines)
        assert joined is not None
        texts = [t for t, _ in joined]
        assert texts == [
            "성과지표 단위 연도별 목표/실적",
            "2023년 2024년 2025년 2026년",
            "참여 주민 명 189/123 758/758 883/808 323/-",
            "시설 설치 개소 9/5 9/7 5/5 3/-",
            "❖ 4. 추진 실적",
        ]
        assert sorted(i for _, ix in joined for i in ix) == list(range(len(lines)))  # every line once
        assert split_pair_lines(texts)[2] == "참여 주민 명 189 123 758 758 883 808 323 -"  # type: ignore[index]
    # a head label cell a converter joined to the section's heading: the rows still tell their labels
    assert join_pair_cell_lines(hwpx[1:]) is not None
    # a row of another shape ends the rows: 9/5 in a label's place, a word in a pair's
    assert [
        t
        for t, _ in join_pair_cell_lines(
            [*hwpx[:7], *ROWS[:6], "시설 설치", "개소", "9/5", "-", "5/5", "3/-"]
        )
        or []
    ][2:4] == ["참여 주민 명 189/123 758/758 883/808 323/-", "시설 설치"]
    assert join_pair_cell_lines(["성과지표", "단위", "목표", *years, *ROWS]) is None  # no pair head
    assert (
        join_pair_cell_lines(["성과지표", "연도별 목표/실적", "2023년", "참여 주민", "189/123"]) is None
    )  # one year


def test_goals_read_from_pair_cells_a_cell_a_line() -> None:
    lines = [
        "성과지표",
        "연도별 목표(실적)",
        "단위",
        "2023년",
        "2024년",
        "시설 설치",
        "개소",
        "3(3)",
        "9(-)",
        "청년주택 공급",
        "호",
        "56(55)",
        "76(60)",
    ]
    got = extract_goals([make_line(t) for t in lines]).value["goals"]
    assert [(g["project"], g["year"], g["target_value"], g["actual_value"]) for g in got] == [
        ("시설 설치", 2023, 3, 3),
        ("시설 설치", 2024, 9, None),
        ("청년주택 공급", 2023, 56, 55),
        ("청년주택 공급", 2024, 76, 60),
    ]


def test_pair_cells_are_no_page_numbers() -> None:
    text = "\n".join(
        [
            "성과지표",
            "",
            "189/123",
            "",
            "758/758",
            "",
            "323/-",
            "",
            "본문",
            "",
            "2/3",
            "",
            "본문",
            "7/5",
            "본문",
            "0/4",
        ]
    )
    lines = split_lines(text)
    got = {lines[k].text for k in pair_cells(lines)}
    # cells next to other pairs (blank lines between), and pairs no page can be (7 of 5, 0 of 4); a lone
    # 2/3 may be page 2 of 3
    assert got == {"189/123", "758/758", "323/-", "7/5", "0/4"}


def test_a_date_broken_between_its_pieces_is_joined() -> None:
    assert continues_date("최종 선정(국비 21억 확보) : 2026년", "4월 19일(일)")
    assert continues_date("업무협약 체결 : 2026년 4월 ~ 2026년", "5월")  # a range's end
    assert continues_date("설명회 개최 : 2026년 4월", "19일")
    assert not continues_date("예산 2026년", "4월분 집행")  # no date once joined
    assert not continues_date("참가자 4월", "19일")  # a month with no year before it
    assert not continues_date("설명회 개최 : 2026년 4월 19일", "5월")  # a whole date already
    lines = [
        Paragraph(text="중소벤처기업부 주관 공모사업 최종 선정(국비 21억 확보) : 2026년", marker="◆"),
        Paragraph(text="4월 19일(일)"),
        Paragraph(text="총 4회 운영, 만족도 94점", marker="⇒"),
    ]
    assert [p.text for p in join_broken_lines(lines)] == [
        "중소벤처기업부 주관 공모사업 최종 선정(국비 21억 확보) : 2026년 4월 19일(일)",
        "총 4회 운영, 만족도 94점",
    ]


def _section(name: str | None, heading: str | None, lines: list[str]) -> Any:
    return Section(name=name, heading=heading, items=[make_line(t) for t in lines])


def test_text_after_headings_stacked_in_falling_order_goes_to_the_highest() -> None:
    # pdftotext printed a page's turned labels after its text, bottom up: the next page's text follows
    secs = [
        _section(None, None, ["공약명"]),
        _section("achievements", "3. 추진실적", []),
        _section("funding", "2. 재원 투자계획", []),
        _section("overview", "1. 사업개요", ["◆ 현장점검 실시"]),
        _section("goals", "4. 성과목표", ["2023"]),
    ]
    stacked_headings(secs)
    assert [[it.full_text for it in s.items] for s in secs] == [
        ["공약명"],
        ["◆ 현장점검 실시"],
        [],
        [],
        ["2023"],
    ]
    rising = [
        _section(None, None, []),
        _section("overview", "1. 사업개요", []),
        _section("funding", "2. 재원 투자계획", []),
        _section("achievements", "3. 추진실적", ["◆ 완료"]),
    ]
    stacked_headings(rising)  # in rising order the text is already its last heading's, the highest
    assert [len(s.items) for s in rising] == [0, 0, 0, 1]
    apart = [
        _section(None, None, []),
        _section("achievements", "3. 추진실적", ["◆ 완료"]),
        _section("overview", "1. 사업개요", ["◆ 사업기간 : 2023년"]),
    ]
    stacked_headings(apart)  # text between the headings: no stack
    assert [len(s.items) for s in apart] == [0, 1, 1]
    styles = [
        _section(None, None, []),
        _section("achievements", "Ⅲ. 추진실적", []),
        _section("overview", "1. 사업개요", ["◆ 완료"]),
    ]
    stacked_headings(styles)  # two numbering styles: no stack
    assert [len(s.items) for s in styles] == [0, 0, 1]


def test_headings_stack_only_where_the_dump_printed_them_one_under_another() -> None:
    from pledgecard.extract.document import Source

    def at(sec: Any, line: int) -> Any:
        sec.at = Source(line_start=line, line_end=line)
        return sec

    # pdftotext's default mode: the labels on lines 157, 159, 161 (a blank line between each)
    stacked = [
        _section(None, None, []),
        at(_section("achievements", "3. 추진실적", []), 157),
        at(_section("funding", "2. 재원 투자계획", []), 159),
        at(_section("overview", "1. 사업개요", ["◆ 현장점검 실시"]), 161),
    ]
    stacked_headings(stacked)
    assert [len(s.items) for s in stacked] == [0, 1, 0, 0]
    # a layout dump whose turned label the reader set above its table (printed on line 74, amid the rows of
    # the table under it, seven lines below the heading before it): the table stays its own label's
    moved = [
        _section(None, None, []),
        at(_section("effects", "7. 기대효과", []), 67),
        at(_section("goals", "4. 성과목표", ["2023 168호 공급 127호 76% 완료"]), 74),
    ]
    stacked_headings(moved)
    assert [len(s.items) for s in moved] == [0, 0, 1]


def test_funding_cells_printed_under_the_next_heading_go_back_to_the_funding() -> None:
    cells = [
        "구분",
        "총사업비",
        "2023년",
        "2024년",
        "국비",
        "300",
        "-",
        "300",
        "도비",
        "200",
        "100",
        "100",
        "계",
        "500",
        "100",
        "400",
    ]
    after = _section("achievements", "3. 추진실적", cells)
    after.items.append(make_line("실시설계 용역 완료 : '24.2.", "◆"))
    after.items[cells.index("-")] = make_line("", "-")  # a dash alone: a zero read as a bullet with no text
    secs = [
        _section(None, None, []),
        _section("funding", "2. 재원 투자계획", ["기본현황", "(단위: 백만원)"]),
        after,
    ]
    funding_printed_after(secs)
    assert len(secs[1].items) == 2 + len(cells) and [it.full_text for it in secs[2].items] == [
        "◆ 실시설계 용역 완료 : '24.2."
    ]
    # a funding section printing its own table keeps the next section's lines
    secs = [
        _section(None, None, []),
        _section("funding", "2. 재원", ["(단위: 백만원)", "국비 300 300", "계 300 300"]),
        _section("achievements", "3. 추진실적", cells),
    ]
    funding_printed_after(secs)
    assert len(secs[2].items) == len(cells)
    # lines that print no funding table stay
    secs = [
        _section(None, None, []),
        _section("funding", "2. 재원", ["(단위: 백만원)"]),
        _section("achievements", "3. 추진실적", ["연번", "기업명", "분야", "1", "㈜가온", "제조"]),
    ]
    funding_printed_after(secs)
    assert len(secs[2].items) == 6


def test_a_numbered_label_printed_a_word_a_line_is_one_line_again() -> None:
    text = "\n".join(
        [
            "계 51,449 677",
            "기본현황",
            "▩",
            "1.",
            "사업개요",
            "▩",
            "2.",
            "재원",
            "투자계획",
            "▩",
            "3.",
            "추진실적",
            "- 1 -",
        ]
    )
    got = [ln.text.strip() for ln in join_word_labels(split_lines(text)) if ln.text.strip()]
    assert got == [
        "계 51,449 677",
        "기본현황",
        "▩ 1. 사업개요",
        "▩ 2. 재원 투자계획",
        "▩ 3. 추진실적",
        "- 1 -",
    ]
    cells = [
        "연번",
        "1.",
        "㈜온새미로",
        "제조",
        "2.",
        "㈜가온",
        "유통",
    ]  # numbers over cells naming no section
    assert [ln.text for ln in join_word_labels(split_lines("\n".join(cells)))] == cells
    counts = [
        "101회",
        "6",
        "2",
        "-",
        "92",
        "1",
        "Ⅸ 기대효과",
        "ㅇ 탄소중립 경쟁력 강화를 통한 지역경제 활성화",
    ]
    assert [
        ln.text for ln in join_word_labels(split_lines("\n".join(counts)))
    ] == counts  # a count, a heading


def test_the_achievements_first_block_printed_above_stacked_headings_goes_to_them() -> None:
    run = [
        make_line("기 추진실적 ≪'24년 제2분기 누계≫", "▥"),
        make_line("도시숲 연도별 운영 실적", "◆"),
        make_line("구분 2023년 2024년 계"),
    ]
    secs = [
        _section(None, None, []),
        _section("funding", "연도별 투자 실적 및 계획", ["국비 13,832 - 5,275"]),
        _section("overview", "1. 사업개요", []),
        _section("funding", "2. 재원 투자계획", []),
        _section("achievements", "3. 추진실적", ["2024 59호 공급 56호 95% 완료"]),
    ]
    secs[1].items += run
    achievements_printed_before(secs)
    assert [it.full_text for it in secs[1].items] == ["국비 13,832 - 5,275"]
    assert secs[4].items[:3] == run


def test_a_share_printed_past_a_page_break_opens_no_outreach() -> None:
    cells = [
        "계",
        "간담회, 공청회 등",
        "만족도 조사",
        "민간전문가 자문",
        "언론 홍보",
        "기타",
        "10회",
        "5(채용박람회)",
        "-",
        "2",
        "-",
        "3",
    ]
    lines = [make_line("35.8"), *(make_line("", "-") if c == "-" else make_line(c) for c in cells)]
    assert leading_fractions(lines) == 1 and leading_fractions(lines[1:]) == 0
    got = extract_outreach(lines).value["outreach"]
    assert got is not None and got["total"] == 10
    assert {x["category"]: x["count"] for x in got["items"]} == {
        "meetings": 5,
        "survey": 0,
        "experts": 2,
        "media": 0,
        "other": 3,
    }


def test_pair_rows_end_at_another_tables_head_a_layout_reader_set_under_them() -> None:
    grid = [
        ["성과지표", "단위", "연도별 목표/실적", "연도별 목표/실적"],
        ["성과지표", "단위", "2023년", "2024년"],
        ["참여 주민", "명", "189/123", "758/758"],
        ["시설 설치", "개소", "9/5", "3/-"],
        ["계", "간담회, 공청회 등", "만족도 조사", "전문가 자문"],
    ]  # the outreach head under the goals
    parted, at = split_pair_grid(grid)  # type: ignore[misc]
    assert at == [0, 1, 2, 2, 3, 3] and len(parted) == 4
    assert parted[3] == ["시설 설치", "개소", "9", "5", "3", "-"]
    grid[4] = ["계", "간담회", "9/5", "전문가 자문"]  # a pair among other cells: nothing cut by guess
    assert split_pair_grid(grid) is None


def test_the_funding_head_printed_above_its_spanning_cell_goes_to_the_funding() -> None:
    rows = ["2023년 2024년", "국비 300 - 300", "도비 200 100 100", "계 500 100 400"]
    secs = [
        _section(None, None, ["공약명 도시숲", "(단위: 백만원)", "구분", "총사업", "비"]),
        _section("funding", "연도별 투자 실적 및 계획", rows),
    ]
    funding_head_printed_before(secs)
    assert [it.full_text for it in secs[0].items] == ["공약명 도시숲"]
    assert [it.full_text for it in secs[1].items] == ["(단위: 백만원)", "구분", "총사업", "비", *rows]
    # lines of figures after the unit line are no head cells: left as printed
    secs = [_section(None, None, ["(단위: 백만원)", "구분", "국비 300"]), _section("funding", "재원", rows)]
    funding_head_printed_before(secs)
    assert len(secs[0].items) == 3 and len(secs[1].items) == len(rows)
