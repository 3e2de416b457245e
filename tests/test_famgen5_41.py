"""Session 41's pair of template families (``bada-city``, ``sansu-county``; samples/README.md "Two families of session
41", helper famgen5), measured blind on main's extractor, and the failure classes they showed, fixed by structure.

- ``bada-city`` (a 시 card): ``제1절`` headings, ``◎ ... 〈date〉`` blocks; the header a vertical label | value table
  with 공약번호 ``3-2-1`` and a 관련부서 list; the funding in 백만원 with one decimal, every period over ``계획 | 집행``
  sub-columns; goals with a year column and the FIRST target beside the revised one (``당초목표 | 변경목표 | 실적 |
  달성률 | 추진상황 | 추진내용``, the record's target the revised one: ``Style.goals_original``, a new axis); dates
  ``'24. 3월초``, ``2024.03월``, ``'24. 3Q``.
- ``sansu-county`` (a 군 card): ``[Ⅰ]`` headings, ``▪ ... : date`` blocks; a banded header; the funding transposed in
  억원 with one decimal; goals under year rows with a 추진율 column; the outreach the channels down and the years
  across (each channel's 계 last, a 합계 row last: ``Style.outreach_channel_years``, a new axis).

Measured BLIND (seeds 1-8, the first eight of ``family_seeds``; shared scorer, wrong figures by
shared/tools/wrong_figures.py and the year-aware goal check): bada-city PDF / HWPX / HWP 0.922 (min 0.862) with 28
wrong goal figures a format, SILENT (every goal's 당초목표 read as its target: the first head holding a target word
won), txt 0.909 (min 0.851, 0 wrong: the head's two target words named no table, the goals unread under a heading no
section word names); sansu-county 1.000 every format, 0 wrong.

Classes fixed (after: both families 1.000 every format, seeds 1-8, 0 wrong):

1. ``goal_original_column.superseded_columns`` (real tables): a head holding a ``[revisions]`` word (당초, 변경전,
   기존, 종전) and a target word beside a head naming the target in force is no field's column (as 최종목표 is).
2. ``goal_original_column.without_original_cells`` (text dumps): the head word and each row's first target (its
   figure and the words printing the target's shape again, or a worded target printed twice) leave the lines before
   the rows are read; a row showing a status whose first target is not told apart (a dash before the figures, a
   wrapped cell) leaves the table unread with ``extract.table_unrecovered``.
3. ``content_kinds.table_kind``: such a head (its other words a goal head) names a goal table under a heading no
   section word names (bada txt goals 0 -> read).
4. ``text_line_kinds.ordinal_heading``: a ``제n절`` heading (words after the ordinal, no figure) is never a plain cell
   of the layout dump's table under it (bada 106008 -layout 0.913 -> 0.994; 106006 0.846 -> 0.932).

Converter dumps of the committed seeds, measured when made (0 wrong): bada hwpx-text-extract 0.919, pdftotext 0.790,
-raw 0.947, pdf2txt 0.304, hwp5html 1.000, -layout 0.932 / 0.994, body-table layout 0.915; sansu 1.000, 0.913, 0.952,
0.800, 1.000, -layout 0.958 / 1.000, body-table 1.000. Seen, not fixed (no figure wrong): bada's wrapped worded targets
in layout dumps (the goal table unread), its 106006 pdf2txt dump (the vertical header's labels all before its values:
no title, 0.008), its hwpx-text-extract goal table a cell a line with the first-target column (unread); sansu 107002's
-layout goal table cut by a page break mid-row (0.958).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.readers.text_line_kinds import ordinal_heading
from pledgecard.extract.sections.goal_original_column import (
    superseded_columns,
    superseded_target,
    without_original_cells,
)
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import family_card, shared_score, wrong_figures_of

FAMILIES = Path(__file__).resolve().parent.parent / "samples" / "families"


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


@pytest.mark.parametrize(
    ("head", "old"),
    [
        ("당초목표", True),
        ("변경전 목표", True),
        ("당초 목표치", True),
        ("변경목표", False),
        ("목표", False),
        ("당초", False),  # no target word after it: the funding's 당초 row head, no goal column
        ("실적", False),
    ],
)
def test_a_head_naming_a_superseded_target(head: str, old: bool) -> None:
    assert superseded_target(head) is old


def test_the_first_target_column_is_left_out_only_beside_a_target_in_force() -> None:
    head = ["연도", "세부사업", "당초목표", "변경목표", "실적", "달성률", "추진상황"]
    assert superseded_columns(head) == {2}
    # a table printing only its first target: that is the one target it prints, read as the target
    assert superseded_columns(["연도", "세부사업", "당초목표", "실적", "추진상황"]) == set()


def test_a_dumps_rows_lose_their_first_target_of_any_shape() -> None:
    got = without_original_cells(
        _lines(
            "연도 세부사업 당초목표 변경목표 실적 달성률 추진상황 추진내용",
            "2023 관광안내센터 조성 8.7km 5.8km 4.5km 78% 완료 둘레길 운영",
            "2024 149호 공급 186호 공급 120호 공급 65% 추진중",
            "2025 공정률 42% 공정률 56% 공정률 30% 54% 추진중",
            "2026 착공 착공 - - 미착수",
        )
    )
    assert got is not None
    assert [ln.text for ln in got] == [
        "연도 세부사업 변경목표 실적 달성률 추진상황 추진내용",
        "2023 관광안내센터 조성 5.8km 4.5km 78% 완료 둘레길 운영",
        "2024 186호 공급 120호 공급 65% 추진중",
        "2025 공정률 56% 공정률 30% 54% 추진중",
        "2026 착공 - - 미착수",
    ]


def test_a_row_whose_first_target_is_not_told_apart_leaves_the_table_unread() -> None:
    # a first target printed as a dash (none): which figure is the target in force is not shown
    assert (
        without_original_cells(
            _lines("연도 세부사업 당초목표 변경목표 실적 추진상황", "2024 관광안내센터 - 5.8km 4.5km 추진중")
        )
        is None
    )
    # no first-target column: the lines as they are
    plain = _lines("연도 세부사업 목표 실적 추진상황", "2024 관광안내센터 5.8km 4.5km 추진중")
    assert without_original_cells(plain) == plain


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("제4절 성과목표 변경 및 달성 현황", True),
        ("제2장 사업의 개요", True),
        ("제1절", False),  # the ordinal alone: no title
        ("제3절 2024년 실적", False),  # a figure in its words: a cell as likely
        ("성과목표 변경 및 달성 현황", False),
    ],
)
def test_an_ordinal_heading_is_no_cell_of_the_table_under_it(text: str, heading: bool) -> None:
    assert ordinal_heading(text) is heading


@pytest.mark.parametrize(
    "name",
    [
        "bada-city/bada-city-106006-pdf.pdf",
        "bada-city/bada-city-106008-hwpx.hwpx",
        "bada-city/bada-city-106006-hwp.hwp",
        "bada-city/bada-city-106008-txt.txt",
        "sansu-county/sansu-county-107002-pdf.pdf",
        "sansu-county/sansu-county-107003-txt.txt",
    ],
)
def test_committed_cards_read_the_targets_in_force(name: str) -> None:
    src = FAMILIES / name
    [exp] = load_records(src.with_name(src.stem + ".expected.json"))
    [got] = extract_file(src)
    assert wrong_figures_of(exp, got) == []
    assert wrong_goal_figures(exp, got) == []
    # (a worded target wrapped in its narrow PDF cell, ``277호 공`` / ``급``, is joined with a space: compared without)
    assert [(g["target"].replace(" ", ""), g["target_value"]) for g in got["goals"]] == [
        (g["target"].replace(" ", ""), g["target_value"]) for g in exp["goals"]
    ]
    assert shared_score(exp, got) >= 0.98


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_the_blind_seeds_worst_card_reads_whole(fmt: str, tmp_path: Path) -> None:
    """bada-city 106022, blind 0.862 (PDF, 4 wrong goal figures: 223 for 233, an actual 231 never printed as one)
    and 0.851 (txt, its goals unread)."""
    path, exp = family_card(tmp_path, "bada-city", 106022, fmt)
    [got] = extract_file(path)
    assert wrong_figures_of(exp, got) == [] and wrong_goal_figures(exp, got) == []
    assert shared_score(exp, got) >= 0.99
