"""Tables real converters print one cell a line (hwpx-text-extract in the table's order, pdftotext's
default mode with a spanning head cell among the label heads), read as their rows
(tests/test_text_converters.py scores the families' dumps; these are the structures on lines)."""

from __future__ import annotations

from pledgecard.extract.document import Paragraph
from pledgecard.extract.readers.text import pair_cells
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.sections.goal_pair_cells import join_pair_cell_lines, split_pair_lines
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.extract.textjoin import continues_date, join_broken_lines

from conftest import make_line

ROWS = ["참여 주민", "명", "189/123", "758/758", "883/808", "323/-",
        "시설 설치", "개소", "9/5", "9/7", "5/5", "3/-"]


def test_pair_cells_a_cell_a_line_join_into_their_rows_whatever_the_head_order() -> None:
    years = ["2023년", "2024년", "2025년", "2026년"]
    hwpx = ["성과지표", "단위", "연도별 목표/실적", *years, *ROWS, "❖ 4. 추진 실적"]
    pdf = ["성과지표", "연도별 목표/실적", "단위", *years, *ROWS, "❖ 4. 추진 실적"]  # the span printed first
    for lines in (hwpx, pdf):
        joined = join_pair_cell_lines(lines)
        assert joined is not None
        texts = [t for t, _ in joined]
        assert texts == ["성과지표 단위 연도별 목표/실적", "2023년 2024년 2025년 2026년",
                         "참여 주민 명 189/123 758/758 883/808 323/-", "시설 설치 개소 9/5 9/7 5/5 3/-",
                         "❖ 4. 추진 실적"]
        assert sorted(i for _, ix in joined for i in ix) == list(range(len(lines)))  # every line once
        assert split_pair_lines(texts)[2] == "참여 주민 명 189 123 758 758 883 808 323 -"  # type: ignore[index]
    # a head label cell a converter joined to the section's heading: the rows still tell their labels
    assert join_pair_cell_lines(hwpx[1:]) is not None
    # a row of another shape ends the rows: 9/5 in a label's place, a word in a pair's
    assert [t for t, _ in join_pair_cell_lines([*hwpx[:7], *ROWS[:6], "시설 설치", "개소", "9/5", "-", "5/5", "3/-"])
            or []][2:4] == ["참여 주민 명 189/123 758/758 883/808 323/-", "시설 설치"]
    assert join_pair_cell_lines(["성과지표", "단위", "목표", *years, *ROWS]) is None  # no pair head
    assert join_pair_cell_lines(["성과지표", "연도별 목표/실적", "2023년", "참여 주민", "189/123"]) is None  # one year


def test_goals_read_from_pair_cells_a_cell_a_line() -> None:
    lines = ["성과지표", "연도별 목표(실적)", "단위", "2023년", "2024년",
             "시설 설치", "개소", "3(3)", "9(-)", "청년주택 공급", "호", "56(55)", "76(60)"]
    got = extract_goals([make_line(t) for t in lines]).value["goals"]
    assert [(g["project"], g["year"], g["target_value"], g["actual_value"]) for g in got] == [
        ("시설 설치", 2023, 3, 3), ("시설 설치", 2024, 9, None),
        ("청년주택 공급", 2023, 56, 55), ("청년주택 공급", 2024, 76, 60)]


def test_pair_cells_are_no_page_numbers() -> None:
    text = "\n".join(["성과지표", "", "189/123", "", "758/758", "", "323/-", "", "본문", "", "2/3", "", "본문", "7/5", "본문", "0/4"])
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
    lines = [Paragraph(text="중소벤처기업부 주관 공모사업 최종 선정(국비 21억 확보) : 2026년", marker="◆"),
             Paragraph(text="4월 19일(일)"), Paragraph(text="총 4회 운영, 만족도 94점", marker="⇒")]
    assert [p.text for p in join_broken_lines(lines)] == [
        "중소벤처기업부 주관 공모사업 최종 선정(국비 21억 확보) : 2026년 4월 19일(일)", "총 4회 운영, 만족도 94점"]
