"""Session 36 (txtmut2): txt mutants losing their outreach or funding, each class read from structure.

- A channel table a row a line whose row naming no known channel prints a dash (``교원 연수 -``) between the
  channels and the total row: a nil row adds nothing for the total to prove, so the whole table was unread; a nil
  row a named row follows is one of the table's channels (outreach_unnamed_rows; mutant 4545 outreach 0.0 -> 1.0).
- A channel table across, a head of labels one space apart over a counts row printing blank cells a space more,
  one channel no keyword names (``… 언론보도 교원 연수`` over ``95회 2   92 1``): the labels fitted to the printed
  cells, read only where the counts add up to the total (outreach_lines; mutant 4582 outreach 0.0 -> 1.0).
- Amounts whose thousands a space groups, blank last cells printed as closing spaces (``… 956 501  ``): closing
  spaces are blank cells where the dump pads no line (funding_closing_blanks; mutant 4557, 총사업비 | 확보 | 미확보 |
  years: funding 0.111 -> read whole, the 확보 / 미확보 cells no amount of the record).
- A transposed table under ``국비 | 지방비 (소계 도비 군비) | 민자 | 전년대비 증감``, no total printed, a blank cell a
  space more: the rows placed by their spaces (funding_group_blanks), the table proven by the overview's budget
  (funding_transposed._group_grid; mutant 4531 funding 0.238 -> 1.0).
- A channel table a row a line that its total closes, the next page's running head printed after it under the
  same heading: the table read without the closing lines, they go back as text (outreach_closed; mutant 4627
  outreach 0.0 -> 1.0).
- A funding heading a family prints that the vocabulary did not name (``연도별 재원별 투자계획``): its table (a head
  a cell a line, years down, no total) only the overview's budget proves, never probed with one (mutant 4535).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_closing_blanks import unpadded, with_closing_blanks
from pledgecard.extract.sections.funding_group_blanks import blank_period_rows
from pledgecard.extract.sections.funding_transposed import transposed_grid_from_lines
from pledgecard.extract.sections.outreach import extract_outreach
from pledgecard.extract.sections.outreach_lines import from_lines
from pledgecard.extract.sections.outreach_rows import from_rows
from pledgecard.extract.sections.outreach_unnamed_rows import channel_rows
from tests.conftest import expected_scored, mutant_file


def _lines(*texts: str) -> list[Line]:
    return [
        Line(text=" ".join(t.split()), marker=None, indent=0, source=Source(line_start=i), printed=t)
        for i, t in enumerate(texts, start=1)
    ]


CHANNELS = ["구 분 횟수 비 고", "학부모 설명회 1 ", "설문조사 - ", "교육전문가 자문 1 ", "언론보도 142 "]


def test_a_nil_row_naming_no_channel_above_the_total_row_is_a_channel() -> None:
    """``교원 연수 -`` between the channels and ``계 144회``: a channel of none, the table read whole."""
    got = from_rows(_lines(*CHANNELS, "교원 연수 - ", "계 144회 "))
    assert got is not None and got["total"] == 144
    assert [(it["label"], it["category"], it["count"]) for it in got["items"]] == [
        ("학부모 설명회", "meetings", 1),
        ("설문조사", "survey", 0),
        ("교육전문가 자문", "experts", 1),
        ("언론보도", "media", 142),
        ("교원 연수", "other", 0),
    ]


def test_a_nil_row_after_the_total_row_is_no_channel() -> None:
    """The same row printed below the total row: no named row follows it, nothing proves it one of the table's."""
    rows = [["학부모 설명회", "1"], ["언론보도", "142"], ["계", "143회"], ["누적 참여인원", "-"]]
    assert channel_rows(rows) == rows[:3]
    inside = [["학부모 설명회", "1"], ["교원 연수", "-"], ["언론보도", "142"], ["계", "143회"]]
    assert channel_rows(inside) == inside
    # a measure's label (누적 참여인원) is no channel even there (review d, finding 2; tests/test_mendd_36.py)
    measure = [["학부모 설명회", "1"], ["누적 참여인원", "-"], ["언론보도", "142"], ["계", "143회"]]
    assert channel_rows(measure) == [measure[0], *measure[2:]]


def test_a_counted_row_naming_no_channel_still_needs_the_total() -> None:
    """A row naming no channel that adds a count the total does not sum: not a channel, as before."""
    rows = [["학부모 설명회", "1"], ["언론보도", "142"], ["누적 참여인원", "1,250"], ["계", "143회"]]
    assert channel_rows(rows) == [rows[0], rows[1], rows[3]]


CLOSED = [
    "구분 횟수 참고",
    "계 7회 ",
    "주민간담회·공청회 등 5 주민설명회",
    "만족도 조사 — ",
    "민간전문가 자문 — ",
    "언론·방송 — ",
    "기타 2 ",
]
RUNNING_HEAD = "가지군 민선8기 군수 공약 실천계획 관리번호 74"


def test_a_table_its_total_closes_is_read_without_the_running_head_after_it() -> None:
    res = extract_outreach(_lines(*CLOSED, RUNNING_HEAD))
    got = res.value["outreach"]
    assert got is not None and got["total"] == 7
    assert [it["count"] for it in got["items"]] == [5, 0, 0, 0, 2]
    assert [it.text for it in res.rest] == [RUNNING_HEAD]


def test_a_table_its_total_does_not_close_stays_unread() -> None:
    """The counts miss the total (8): the table is not proven whole above the line, nothing read."""
    lines = [t.replace("계 7회", "계 8회") for t in CLOSED]
    assert extract_outreach(_lines(*lines, RUNNING_HEAD)).value["outreach"] is None


def test_a_channel_row_after_a_stray_line_is_not_cut_off() -> None:
    """A channel's row among the closing lines: the table is not closed above them, nothing read."""
    lines = [t for t in CLOSED if not t.startswith("기타")]
    assert extract_outreach(_lines(*lines, RUNNING_HEAD, "기타 2 ")).value["outreach"] is None


HEAD = "계 학부모 설명회 설문조사 교육전문가 자문 언론보도 교원 연수"


def test_labels_across_with_an_unnamed_channel_and_blank_counts() -> None:
    """Blank counts a space more and a last channel no keyword names: five channels, the blanks none (the counts
    add up to the total)."""
    got = from_lines(_lines(HEAD, "95회 2   92 1"))
    assert got is not None and got["total"] == 95
    assert [(it["label"], it["count"]) for it in got["items"]] == [
        ("학부모 설명회", 2),
        ("설문조사", 0),
        ("교육전문가 자문", 0),
        ("언론보도", 92),
        ("교원 연수", 1),
    ]


def test_labels_across_fitted_to_blanks_not_adding_up_are_not_read() -> None:
    """The same row whose counts miss the total: which label is whose is not proven, nothing read."""
    assert from_lines(_lines(HEAD, "96회 2   92 1")) is None


def test_closing_spaces_of_a_spaced_row_are_blank_cells_in_an_unpadded_dump() -> None:
    toks = "5 949 947 3 235 643 2 714 304 605 544 2 248 831 381 268 1 757 803 956 501".split()
    text = "국 비 " + " ".join(toks) + "  "
    assert with_closing_blanks(toks, text, 10, pads=False) == [*toks, "", ""]
    assert with_closing_blanks(toks, text, 10, pads=True) == toks  # a padding dump: no cells
    assert (
        with_closing_blanks(toks[:9], text, 10, pads=False) == toks[:9]
    )  # tokens no more than cells: not here
    assert unpadded(_lines("확보 미확보 2022 2023", "국 비 1 2 "))
    assert not unpadded(_lines("확보 미확보 2022 2023 ", "국 비 1 2 "))


def test_blank_period_rows_place_a_blank_by_its_space() -> None:
    rows = blank_period_rows(
        _lines("2023년 14.5 25.6  25.6 18.1 -", "2024년 10.4 2.3  2.3 3.5 △42.0"), 5, [], derived=True
    )
    assert rows == [
        ["2023년", "14.5", "25.6", "0", "25.6", "18.1"],
        ["2024년", "10.4", "2.3", "0", "2.3", "3.5"],
    ]
    assert (
        blank_period_rows(_lines("2023년 14.5 25.6 0 25.6 18.1 -"), 5, [], derived=True) is None
    )  # no blank


GROUP = [
    "구 분 국 비 지 방 비 민 자 전년대비 증감",
    "소 계 도 비 군 비",
    "2023년 14.5 25.6  25.6 18.1 -",
    "2024년 10.4 2.3  2.3 3.5 △42.0",
    "2025년 16.5 27.4 22.9 4.5 5.8 33.5",
    "2026년 14.7 39.7 26.9 12.8 0.6 5.3",
]
E8 = 100_000_000


def test_a_group_head_table_printing_no_total_is_proven_by_the_budget() -> None:
    """Each source column totals its share of the overview's budget: read, 소계 dropped, the blanks zero; a budget
    the columns do not total proves nothing."""
    shares = (56.1, 49.8, 45.2, 28.0)
    budget = (tuple(round(s * E8) for s in shares), round(sum(shares) * E8))
    grid = transposed_grid_from_lines(_lines(*GROUP), budget, E8)
    assert grid[0][1:] == ["국비", "도비", "군비", "민자"]
    assert [row[0] for row in grid[1:]] == ["2023년", "2024년", "2025년", "2026년"]
    assert [row[2] for row in grid[1:]] == ["0", "0", "22.9", "26.9"]
    wrong = (tuple(round(s * E8) for s in (56.1, 49.8, 45.3, 27.9)), round(sum(shares) * E8))
    assert transposed_grid_from_lines(_lines(*GROUP), wrong, E8) == []
    assert transposed_grid_from_lines(_lines(*GROUP), None, E8) == []  # no total, no budget: no proof


@pytest.mark.parametrize(
    ("seed", "fact", "floor"),
    [
        (4545, "outreach", 0.999),
        (4582, "outreach", 0.98),
        (4557, "funding", 0.987),
        (4531, "funding", 0.999),
        (4535, "funding", 0.999),
        (4627, "outreach", 0.975),
    ],
)
def test_swept_txt_mutant_reads_its_table(seed: int, fact: str, floor: float, tmp_path: Path) -> None:
    """Mutants 4545 (0.972 -> 1.000), 4582 (0.963 -> 0.981), 4557 (0.861 -> 0.988), 4531 (0.921 -> 1.000) and
    4535 (0.949 -> 1.000), 4627 (0.954 -> 0.976) txt: the lost table read as printed, no figure wrong."""
    exp, got, score, wrong = expected_scored(mutant_file(seed, "txt", tmp_path))
    assert wrong == []
    assert got[fact] == exp[fact]
    assert score >= floor


def test_a_total_of_zero_over_counts_of_zero_proves_no_closed_table() -> None:
    """hanul-special 33002 pdf2txt: a quarter-by-channel table printed column by column, its dashes read as every
    channel's 0 under a total of 0: the vacuous sum proves nothing (the printed total was 26)."""
    from pledgecard.extract.sections.outreach_closed import summed_whole

    zeros = {"total": 0, "items": [{"count": 0}, {"count": 0}]}
    assert not summed_whole(zeros)
    assert summed_whole({"total": 5, "items": [{"count": 0}, {"count": 5}]})
