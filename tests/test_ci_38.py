"""Session 38: the failures of the stop-51 CI run that were no draw of a pinned mutant (those: conftest.MUTANT_FAMILIES).

1. An HTML dump of an HWP card (hwp5html, then a text browser) sets each row's cells on their own widths: some rows'
   dates stand in the first column (``2024. 3월  지원센터 조성 … 완료``) and the group cell (``기 추진실적`` /
   ``('26년 1분기 기준)``) at its rows' top. Session 37's group-cell reading for layout dumps
   (extract/readers/text_group_cells) took the dates for the cell's pieces and its geometry put every row in
   doubt (group null): yeoreum-city's hwp5html dumps 0.950 -> 0.936. A run of one piece printing a row's date, on
   a line printing no other date, now leaves the table as printed (the block heading read as before, 0.950)."""

from __future__ import annotations

from pledgecard.extract.readers.text_group_cells import group_cells_atop
from pledgecard.extract.readers.text_lines import split_lines

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
