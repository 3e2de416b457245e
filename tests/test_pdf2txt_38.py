"""pdfminer.six's ``pdf2txt.py`` and poppler's plain ``pdftotext`` dumps of family cards, session 38 (helper pdf2txt):
a sweep of seed 13 of every family through both converters (and the known losses named in the brief), each class
pinned here on its rule and on the real card (dumped by the real converter, scored by the shared scorer).

- a table's label column printed a cell a line under its head word alone (``구분`` / ``총 계``; ``구분`` / ``수료생`` /
  ``참여기업`` / ``교육생``) on a card whose section headings are bare words: the last label, right over a bulleted or a
  unit line, was taken for a sibling bare heading (extract/bare_headings.py), every line down to the next known
  heading then unplaced (dajim-district 93008 pdf2txt: the achievements, the side table's block and the
  funding's heading lost). The run of bare short lines right under a label column's head word is the column's
  cells, no heading: 0.419 -> 0.799, 0 wrong.
- a channel table of periods across (``구분`` / ``1/4분기`` ... ``4/4분기``, its 계 column on the next page) printed a
  column box at a time, one box of counts right after the channels' labels (hanul-special 13 pdf2txt: the 3/4분기
  column, ``1 - - 13 - 14``): read as the channels' counts by the one-count-a-row reading of cells
  (extract/sections/outreach_rows.py), its total 14 closing them as any period's column closes. A head naming two
  periods or more right after the label column's head word (구분) over one count a channel is one period's column
  or the total's, which the print does not tell: no count read (outreach null, extract.section_empty): 3 wrong -> 0,
  0.714 -> 0.700. Another table's year heads printed above the channels (dodam-district 13 pdf2txt: the goal
  table's 2023년 ... 2026년 and its figures, no 구분) are no head of the channel table: read as before (0.614).
- a goal table of the years across whose head holds a column of no year (a total's, a note's) beside the years
  (gaeul-county 13 pdf2txt): goal_head_gap.late_year sorted the head's years with that column's None among them and
  raised, the whole file failing (no card). The column of no year is none of the years: the card reads, 0.347, 0
  wrong.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.bare_headings import bare_sibling_headings, under_label_column
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_head_gap import late_year
from pledgecard.extract.sections.outreach_rows import from_rows

from conftest import family_card, pdftotext_scored


def _lines(texts: list[str]) -> list[tuple[int, Line]]:
    """Lines as a text dump gives them: a leading bullet and a space its marker."""
    out = []
    for k, t in enumerate(texts):
        marker, text = (t[0], t[2:]) if t[:1] in "○-" and t[1:2] == " " else (None, t)
        out.append((k, Line(text=text, marker=marker, indent=0, source=Source(line_start=k + 1))))
    return out


def test_labels_under_a_label_column_head_are_cells_not_headings() -> None:
    lines = _lines(
        [
            "사업개요",
            "○ 사업기간 : 2022. 9 ~ 2027. 2",
            "사업비 규모",
            "- 연도별 재원소요(단위:백만원)",
            "구분",
            "총 계",
            "- 재원별(단위:백만원)",
            "구분",
            "수료생",
            "참여기업",
            "교육생",
            "○ 청년센터 운영",
            "추진상황",
            "○ 청년 일자리 박람회 개최",
            "기대효과",
            "○ 위상 강화",
        ]
    )
    assert under_label_column(lines) == {5, 8, 9, 10}
    assert bare_sibling_headings(lines, set()) == set()
    # the same label over a bulleted line, no label column head above it: a sibling bare heading as before
    lines = _lines(
        [
            "사업개요",
            "○ 사업기간 : 2022. 9 ~ 2027. 2",
            "사업비 규모",
            "- 연도별 재원소요(단위:백만원)",
            "교육생",
            "○ 청년센터 운영",
            "추진상황",
            "○ 청년 일자리 박람회 개최",
            "기대효과",
            "○ 위상 강화",
        ]
    )
    assert under_label_column(lines) == set()
    assert bare_sibling_headings(lines, set()) == {4}


def test_dajim_pdf2txt_label_column_cells_keep_the_sections_below(tmp_path: Path) -> None:
    src, _ = family_card(tmp_path, "dajim-district", 93008, "pdf")
    exp, rec, score, wrong = pdftotext_scored(src, tmp_path, "pdf2txt")
    assert wrong == []
    assert score >= 0.79  # 0.419 before
    assert [a["text"] for a in rec["achievements"]] == [a["text"] for a in exp["achievements"]]


def _plain(texts: list[str]) -> list[Line]:
    return [ln for _, ln in _lines(texts)]


_CHANNELS = ["주민간담회·공청회 등", "만족도조사", "전문가 자문", "언론 홍보", "기타", "합계"]


def test_one_count_a_channel_under_a_head_of_periods_across_is_not_read() -> None:
    quarters = ["구분", "1/4분기", "2/4분기", "3/4분기", "4/4분기"]
    assert from_rows(_plain([*quarters, *_CHANNELS, "1", "-", "-", "13", "-", "14"])) is None
    # the head printing one count column (횟수): the counts after the channels read as before
    got = from_rows(_plain(["구분", "횟수", *_CHANNELS, "1", "-", "-", "13", "-", "14"]))
    assert got is not None and got["total"] == 14 and [i["count"] for i in got["items"]] == [1, 0, 0, 13, 0]
    # another table's year heads and figures above the channels, no label column head: read as before
    got = from_rows(
        _plain(
            [
                "단위",
                "개소",
                "2023년",
                "2024년",
                "2025년",
                "목표",
                "2",
                "20",
                *_CHANNELS,
                "1",
                "-",
                "-",
                "13",
                "-",
                "14",
            ]
        )
    )
    assert got is not None and got["total"] == 14


def test_hanul_pdf2txt_a_period_column_after_the_channels_is_not_their_counts(tmp_path: Path) -> None:
    src, _ = family_card(tmp_path, "hanul-special", 13, "pdf")
    exp, rec, score, wrong = pdftotext_scored(src, tmp_path, "pdf2txt")
    assert wrong == []  # outreach.total, .survey, .media read from the 3/4분기 column before
    assert rec["outreach"] is None
    assert score >= 0.69  # 0.714 with 3 wrong before


def test_a_head_column_of_no_year_is_none_of_the_years() -> None:
    assert late_year([2023, None, 2025], ["목표", "실적", "2024"], 0) == 2024
    assert late_year([2023, 2024, None], ["목표", "2025"], 0) is None  # no gap among the years
    assert late_year([None, 2024], ["2023"], 0) is None  # one year: no gap


def test_gaeul_pdf2txt_a_goal_head_with_a_column_of_no_year_reads(tmp_path: Path) -> None:
    src, _ = family_card(tmp_path, "gaeul-county", 13, "pdf")
    exp, rec, score, wrong = pdftotext_scored(src, tmp_path, "pdf2txt")  # raised TypeError before
    assert wrong == []
    assert score >= 0.34
