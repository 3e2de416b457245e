"""Session 38: the failures of the stop-51 CI run that were no draw of a pinned mutant (those: conftest.MUTANT_FAMILIES).

1. An HTML dump of an HWP card (hwp5html, then a text browser) sets each row's cells on their own widths: some rows'
   dates stand in the first column (``2024. 3월  지원센터 조성 … 완료``) and the group cell (``기 추진실적`` /
   ``('26년 1분기 기준)``) at its rows' top. Session 37's group-cell reading for layout dumps
   (extract/readers/text_group_cells) took the dates for the cell's pieces and its geometry put every row in
   doubt (group null): yeoreum-city's hwp5html dumps 0.950 -> 0.936. A run of one piece printing a row's date, on
   a line printing no other date, now leaves the table as printed (the block heading read as before, 0.950)."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.document import Paragraph
from pledgecard.extract.readers.text_group_cells import group_cells_atop
from pledgecard.extract.readers.text_lines import split_lines, stamped_footers
from pledgecard.extract.readers.text_web_pages import chrome_off
from pledgecard.extract.textjoin import join_broken_lines

# yeoreum-city 50002's hwp5html dump, its achievements table (the rows' date column wandering into the first)
HTML_DUMP = """\
      구분                 추진일자                                  추진내용                                  비고

      기 추진실적
                         2023.11.11.                           보건복지부 주관 반도체 소재 공모사업 선정  완료
      ('26년 1분기 기준)

                         ▸ 교육생 66명(1차 40, 2차 26)

      2024. 3월           지원센터 조성 실시설계 용역 완료                    완료

      '23. 11 ~ '24. 1.  반도체 소재 전문가 자문회의 개최(총 6회)              완료

      2023. 9.           여름정보문화진흥원 공동 반도체 소재 아카데미 운영  완료

      2026년 2분기 현재       2026. 6.                              반도체 소재 관련 현장 건의 34건 검토

                         2026. 4. 7.                           반도체 소재 업무협약 체결
"""


def test_rows_dating_themselves_in_the_first_column_leave_the_table_as_printed() -> None:
    lines = split_lines(HTML_DUMP)
    doubt: list[int] = []
    assert [ln.text for ln in group_cells_atop(lines, doubt=doubt)] == [ln.text for ln in lines]
    assert doubt == []


def test_a_group_cell_beside_rows_dated_in_their_own_column_is_still_moved_above_them() -> None:
    # the same rows with their dates in the second column: the cell's pieces alone in the first
    moved = HTML_DUMP.replace("      2024. 3월           지원센터", "                   2024. 3.    지원센터")
    moved = moved.replace("      '23. 11 ~ '24. 1.  반도체", "                   2023. 11.   반도체")
    moved = moved.replace("      2023. 9.           여름", "                   2023. 9.    여름")
    texts = [" ".join(ln.text.split()) for ln in group_cells_atop(split_lines(moved)) if not ln.blank]
    assert texts[0] == "기 추진실적 ('26년 1분기 기준)"


# 2. Session 38's reviews of its own merges (fixtures: tests/fixtures/review_38/, seulbi-county-6-2 with one block
#    swapped): silent losses and one silent wrong count, mended before landing.
REVIEW = Path(__file__).resolve().parent / "fixtures" / "review_38"


def test_items_closing_with_a_counter_are_no_running_footers() -> None:
    # `행복버스 1단계 노선 운행 1/2` and `… 2단계 … 2/2`: the fax rule masked every digit, so the two items read as
    # one running footer and were dropped (their sub-items orphaned); a token with a letter is the card's wording
    [rec] = extract_file(REVIEW / "items-closing-counters.txt")
    tops = [a["text"] for a in rec["achievements"] if a["level"] == 1]
    assert tops == ["행복버스 1단계 노선 운행 1/2", "행복버스 2단계 노선 운행 2/2"]
    assert all(a["parent"] is not None for a in rec["achievements"] if a["level"] == 2)
    fax = split_lines(
        "2025-10-14 14:07 FROM: 063-280-1100 P. 1/2\n가\n나\n다\n2025-10-14 14:08 FROM: 063-280-1100 P. 2/2\n"
    )
    assert stamped_footers(fax) == {0, 4}


def test_a_markdown_text_with_no_pager_keeps_its_repeated_lines_and_fractions() -> None:
    [rec] = extract_file(REVIEW / "markdown-links-under-items.txt")
    assert [(x["label"], x["count"]) for x in rec["outreach"]["items"]] == [
        ("주민간담회", 2),
        ("주민간담회", 2),
        ("만족도조사", 1),
    ]
    lines = ["# 카드", "## 목표", "공정률", "**2/3**", "[첨부](/a.pdf)"]
    assert chrome_off(lines) == ["# 카드", "## 목표", "공정률", "**2/3**", ""]


def test_a_result_column_of_status_words_adds_no_items() -> None:
    [rec] = extract_file(REVIEW / "status-result-column.txt")
    assert [(a["level"], a["text"]) for a in rec["achievements"]] == [
        (1, "행복버스 1차 노선 운행 개시"),
        (1, "차량 위탁운영 협약 체결"),
        (1, "2차 노선 확대 운행"),
    ]


def test_outreach_prose_summing_a_plan_in_reads_no_count() -> None:
    # `올해 주민간담회를 4회 열었으며, 내년 상반기 주민설명회 2회를 더하면 … 모두 6회`: a planned 2 was read as held
    [rec] = extract_file(REVIEW / "prose-plan-summed.txt")
    assert rec["outreach"] is None


def test_a_tagged_dated_block_heading_is_no_wrapped_rest_of_a_note() -> None:
    # crossbred 6506 txt (FAMILIES[:83], sweep s38): `[세부사업2] 2025. 12월 말 기준` under a `* 참여기관 : …` line ran
    # into it as its rest, and 23 items took the first block's date (2025-Q3 for 2025-12); 0.876 -> 0.961
    paras = [
        Paragraph(text=t, marker=m)
        for m, t in (
            ("-", "청년 창업 공간 조성 협약 체결 및 운영 개시 : 2025. 7."),
            ("*", "참여기관 : 달빛평생교육진흥원, 온새미로시스템즈 외 다수 기관이 참여하여 운영 중"),
            (None, "[세부사업2] 2025. 12월 말 기준"),
            ("-", "교육과정 개설"),
        )
    ]
    assert [p.text for p in join_broken_lines(paras)][2] == "[세부사업2] 2025. 12월 말 기준"
