"""Review D's crossbred dumps reading figures wrong with no finding (session 34, helper crosswrong).

1. An outreach table a dump printed a cell a line, the total's word (계) the first label but its count the last of
   the run (crossbred 6361 pdftotext: ``계`` / five channels / ``-`` / ``1`` / ``4`` / ``44`` / ``-`` / ``49회``):
   the last count is the total only where the printed total proves it -- the counts read total-first miss it, read
   total-last add up to it (extract/sections/outreach_total_placed.py); else the counts as printed.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.outreach_lines import from_lines
from pledgecard.extract.sections.outreach_total_placed import total_moved_first
from pledgecard.extract.sections.outreach_words import count_cell
from pledgecard.extract.vocabulary import current

from conftest import expected_scored

FIXTURES = Path(__file__).parent / "fixtures" / "crosswrong_34"


def _count(text: str) -> int | None:
    return count_cell(text)[0]


def test_crossbred_6361_pdftotext_outreach_total_printed_last_reads_right() -> None:
    exp, got, score, wrong = expected_scored(FIXTURES / "cross-6361-pdftotext.txt")
    assert wrong == []
    assert got["outreach"]["total"] == exp["outreach"]["total"]
    assert [i["count"] for i in got["outreach"]["items"]] == [i["count"] for i in exp["outreach"]["items"]]
    assert score >= 0.92


def test_total_moved_first_only_where_the_sum_proves_it() -> None:
    assert total_moved_first(["-", "1", "4", "44", "-", "49회"], _count) == ["49회", "-", "1", "4", "44", "-"]
    # total-first adds up already: as printed
    assert total_moved_first(["49", "1", "4", "44", "-", "-"], _count) == ["49", "1", "4", "44", "-", "-"]
    # neither placement adds up: as printed
    assert total_moved_first(["3", "1", "4", "44", "-", "50"], _count) == ["3", "1", "4", "44", "-", "50"]
    # a cell no count: as printed
    assert total_moved_first(["-", "1", "x", "1"], _count) == ["-", "1", "x", "1"]


def _cell_lines(texts: list[str]) -> list[Line]:
    return [
        Line(text=t, marker=None, indent=0, source=Source(line_start=i)) for i, t in enumerate(texts, start=1)
    ]


def test_cell_a_line_table_total_word_first_count_last() -> None:
    total = current().words("totals")[0]
    channels = ["주민간담회·공청회 등", "만족도 조사", "전문가 자문", "언론 홍보", "기타"]
    got = from_lines(_cell_lines([total, *channels, "-", "1", "4", "44", "-", "49회"]))
    assert got is not None
    assert got["total"] == 49
    assert [i["count"] for i in got["items"]] == [0, 1, 4, 44, 0]
    # the total's count printed first where it adds up: read as printed
    got = from_lines(_cell_lines([total, *channels, "49회", "-", "1", "4", "44", "-"]))
    assert got is not None and got["total"] == 49
    assert [i["count"] for i in got["items"]] == [0, 1, 4, 44, 0]
