"""Text dumps of crossbred cards (session 18, seeds 2100-2199 drawn from fifty families):

- a goal row printed cells one space apart, its empty cells runs of two spaces, whose figures one
  space apart at its end (``11.2 -``) the line reader set apart as cells: the one-column gap between
  them is no column's, so the row is no aligned table (it was, and the goals under a status-word
  actual, ``추진중``, were lost: crossbred 2136);
- a vertical label's heading number printed a character a line above its syllables (``3`` / ``.`` /
  ``투`` / ``자`` / ``계`` / ``획``): the number is the label's, so it opens the label's line instead of
  standing as lines of its own (a lone ``.`` read as the overview's content, a number glued to the
  line above: crossbred 2160, 2192, 2145);
- a marked title closed by its table's unit statement (``● 세부사업별 재원 투자계획 (단위: 백만원)``): a
  heading, so the table's head row under it is no wrapped rest of it (the funding table was lost: 2177).
"""

from __future__ import annotations

from pledgecard.extract.document import Source, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.readers.text import read
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_vertical import join_vertical_labels
from pledgecard.extract.sections.goals import extract_goals

GOALS = (
    "지표명 단위 2023년 2024년 2025년 2026년 최종목표 달성률(%)\n\n목표 실적 목표 실적 목표 실적 목표 실적\n\n"
    "보행로 정비 연장 km 3.9 추진중 2.8  2.2  2.3  11.2 -\n\n"
    "프로그램 참여자 명 675 추진중 1,697  1,601  1,353  5,326 -\n"
)


def test_a_row_of_empty_cells_apart_ending_in_figures_one_space_apart_is_no_aligned_table() -> None:
    doc = read(GOALS.encode("utf-8"))
    assert not any(isinstance(b, Table) for b in doc.blocks)
    # the same rows aligned in columns (a layout dump) are a table still
    aligned = (
        "지표명      단위   2023년   2024년\n\n"
        "보행로 정비 km    3.9      2.8  \n\n"
        "참여자      명     675      1,697\n"
    )
    assert any(isinstance(b, Table) for b in read(aligned.encode("utf-8")).blocks)


def test_goals_under_a_status_word_actual_are_read_from_the_rows_as_printed() -> None:
    printed = [ln for ln in GOALS.split("\n") if ln.strip()]
    lines = [
        Line(text=" ".join(t.split()), marker=None, indent=0, source=Source(line_start=k), printed=t)
        for k, t in enumerate(printed, start=1)
    ]
    got = [(g["project"], g["year"], g["target"], g["actual"]) for g in extract_goals(lines).value["goals"]]
    assert got[:2] == [("보행로 정비 연장", 2023, "3.9", "추진중"), ("보행로 정비 연장", 2024, "2.8", None)]
    assert len(got) == 8


def _joined(text: str) -> list[str]:
    return [ln.text for ln in join_vertical_labels(split_lines(text)) if ln.text.strip()]


def test_a_heading_number_printed_a_character_a_line_opens_the_vertical_label() -> None:
    assert _joined("- 협약 체결 : 26.4월\n\n3\n\n.\n\n투\n\n자\n\n계\n\n획\n\n구분 총사업비\n") == [
        "- 협약 체결 : 26.4월",
        "3. 투자계획",
        "구분 총사업비",
    ]
    assert _joined("Ⅲ\n)\n사\n업\n개\n요\n○ 사업기간\n") == ["Ⅲ) 사업개요", "○ 사업기간"]
    assert _joined("(\n1\n)\n추\n진\n실\n적\n") == ["(1) 추진실적"]


def test_lone_characters_spelling_no_heading_number_stay_as_printed() -> None:
    # a lone figure cell above the label (no closing mark), a dash cell: not the label's
    assert _joined("5\n\n투\n\n자\n\n계\n\n획\n") == ["5", "투자계획"]
    assert _joined("-\n투\n자\n계\n획\n") == ["-", "투자계획"]
    assert _joined("3\n)\n.\n투\n자\n계\n획\n") == ["3", ")", ".", "투자계획"]


def _paras(text: str) -> list[str]:
    return [b.text for b in read(text.encode("utf-8")).blocks if not isinstance(b, Table)]


def test_a_marked_title_closed_by_its_unit_statement_takes_no_head_row_as_its_rest() -> None:
    text = (
        "● 사업개요\n\n∘ 사업기간 : '22. 8. ~ '28. 2.\n\n● 세부사업별 재원 투자계획 (단위: 백만원)\n\n"
        "구  분 총사업비 연도별 투자 실적 및 계획\n\n2022년 2023년\n\n계 4,561 630 439\n"
    )
    assert "세부사업별 재원 투자계획 (단위: 백만원)" in _paras(text)
    # the line's bare title run on (no unit statement closing it): the head row is taken for its rest, as before
    wrapped = text.replace(" (단위: 백만원)", " 및 연차별 집행")
    assert "세부사업별 재원 투자계획 및 연차별 집행 구 분 총사업비 연도별 투자 실적 및 계획" in _paras(
        wrapped
    )


def test_a_dash_cell_between_two_columns_is_no_cell_merged_over_both() -> None:
    # hypothesis found it (test_reader_text_layout): a row one cell short whose dash lies between the
    # columns nearer the second; merged over both, the dash was a figure printed twice
    from pledgecard.extract.readers.text_columns import build_table

    t = build_table(split_lines("계    -  국비\n국비     -"))
    assert t is None or t.grid() == [["계", "-", "국비"], ["국비", "", "-"]]
