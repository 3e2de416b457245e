"""Session 41 helper mend5: the review of h-famgen5's text-dump rule (``goal_original_column``), mended by structure.

A dump's goal table printing a first target (당초목표) beside the target in force (변경목표) loses the first
target's cell from each row before the rows are read. The review found these classes, each a SILENT wrong target or
a lost goal; measured on its reproducers (/tmp/rev-famgen5), before -> after:

1. The head's ORDER decides which figure is the superseded one (``변경목표 당초목표 실적 ...``, bada-city 106006
   with ``goals_order=(target, original, ...)``): txt 2 wrong targets -> 0 (score 1.000); pdftotext -raw 1 wrong
   -> 0 (that dump's goals unread, with a finding).
2. A row whose figure cells are fewer than the head's figure columns (a blank 당초목표 cell, ``2025 277호 공급 120호
   공급 43% 추진 중``) or whose rate column holds no percent does not show which figure is whose: target 120 and
   actual ``공급`` read silently -> the table unread with ``extract.table_unrecovered``.
3. Dashes are no worded target printed twice (``2026 실시설계 착공 - - 미착수``): the superseded ``실시설계`` read as the
   target -> unread with the finding.
4. The pair is taken at the head's two target columns only (``2025 1식 3개소 2개소 67% 추진 중``, the unit changed
   at the revision): the old ``1식`` kept as target -> unread with the finding.
5. A row printing two figures or more whose first target is not found unreads the table even with no status
   column (``연도 세부사업 당초목표 변경목표 실적 달성률 비고``, ``2025 관광안내센터 - 277호 120호 43% 신규``): kept as it
   was, the superseded cell in it -> unread (review c4; c3's ``착공 공정률 30% 공정률 10% 33%`` too: class 2).
6. The head is a words-only line: a row's 추진내용 or a prose line quoting ``당초목표 2.5km ... 변경목표 3.4km`` is
   no head (later rows lost their targets -> every row read as printed).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_original_column import without_original_cells
from pledgecard.scoring import wrong_goal_figures

from conftest import family_card, shared_score, wrong_figures_of

HEAD = "연도 세부사업 당초목표 변경목표 실적 달성률 추진상황 추진내용"
FIRST = "2024 문화관광 지원사업 2.5km 3.4km 2.7km 79% 추진 중 캠핑장 운영"


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


def _texts(lines: list[Line] | None) -> list[str] | None:
    return None if lines is None else [ln.text for ln in lines]


def test_the_heads_order_decides_which_figure_is_superseded() -> None:
    # 변경목표 printed before 당초목표: the SECOND of the two figures is the first target (before: the first dropped)
    got = without_original_cells(
        _lines(
            "연도 세부사업 변경목표 당초목표 실적 달성률 추진상황 추진내용",
            "2024 문화관광 지원사업 3.4km 2.5km 2.7km 79% 추진 중 캠핑장 운영",
            "2025 277호 공급 208호 공급 120호 공급 43% 추진 중",
            "2026 3.7km 2.2km - - 미착수",
        )
    )
    assert _texts(got) == [
        "연도 세부사업 변경목표 실적 달성률 추진상황 추진내용",
        "2024 문화관광 지원사업 3.4km 2.7km 79% 추진 중 캠핑장 운영",
        "2025 277호 공급 120호 공급 43% 추진 중",
        "2026 3.7km - - 미착수",
    ]


def test_the_first_target_first_still_reads() -> None:
    got = without_original_cells(_lines(HEAD, FIRST, "2025 208호 공급 277호 공급 120호 공급 43% 추진 중"))
    assert _texts(got) == [
        "연도 세부사업 변경목표 실적 달성률 추진상황 추진내용",
        "2024 문화관광 지원사업 3.4km 2.7km 79% 추진 중 캠핑장 운영",
        "2025 277호 공급 120호 공급 43% 추진 중",
    ]


@pytest.mark.parametrize(
    "row",
    [
        "2025 277호 공급 120호 공급 43% 추진 중",  # a blank 당초목표 cell (before: target 120, actual 공급)
        "2025 277호 공급 120호 공급 - 추진 중 2개동 착공",  # the same, a figure in 추진내용 making the count
        "2026 실시설계 착공 - - 미착수",  # dashes are no worded target printed twice (before: 실시설계 kept)
        "2025 1식 3개소 2개소 67% 추진 중",  # the unit changed at the revision (before: 1식 kept as target)
        "2025 2개소 3개소 2개소 1개소 추진 중",  # the rate column holds no percent: columns not shown
    ],
)
def test_a_row_not_proving_its_first_target_leaves_the_table_unread(row: str) -> None:
    assert without_original_cells(_lines(HEAD, FIRST, row)) is None


def test_a_wrapped_rows_rest_of_dashes_is_kept_for_the_rows_reader() -> None:
    # pdftotext -raw wraps a row's cells onto lines (2025 / 208호 공 / 급 / 277호 공 / 급 / - - 미착수): the rest
    # opening with dashes prints no target, kept as it is (main read bada 106006 -raw 2 of 3 goals, the wrapped
    # one unrecovered with a finding; unreading the whole table for it lost both: 0.947 -> 0.919)
    got = without_original_cells(
        _lines(HEAD, FIRST, "2025", "208호 공", "급", "277호 공", "급", "- - 미착수")
    )
    assert _texts(got) is not None
    assert _texts(got)[-1] == "- - 미착수"


def test_a_row_of_figures_not_proving_its_first_target_unreads_a_table_without_status() -> None:
    # no status column: a row printing a target and an actual whose first target is not shown (a dash) was kept
    # as it was, the superseded cell in it (review c4)
    head = "연도 세부사업 당초목표 변경목표 실적 달성률 비고"
    got = _lines(
        head,
        "2024 문화관광 지원사업 2.5km 3.4km 2.7km 79% 캠핑장 운영",
        "2025 관광안내센터 - 277호 120호 43% 신규",
    )
    assert without_original_cells(got) is None


@pytest.mark.parametrize(
    "lines",
    [
        # a row's 추진내용 quoting the words (before: that row taken for the head, later targets dropped)
        (
            "연도 세부사업 목표 실적 달성률 추진상황 추진내용",
            "2024 문화관광 지원사업 3.4km 2.7km 79% 추진 중 당초목표 2.5km에서 변경목표 3.4km로 상향",
            "2025 277호 공급 120호 공급 43% 추진 중 관광객 지원",
        ),
        # a prose line above the table quoting them
        (
            "성과목표 조정 : 당초목표 2.5km → 변경목표 3.4km (2024.3월)",
            "연도 세부사업 목표 실적 달성률 추진상황 추진내용",
            "2025 277호 공급 120호 공급 43% 추진 중 관광객 지원",
        ),
    ],
)
def test_a_line_quoting_the_head_words_is_no_head(lines: tuple[str, ...]) -> None:
    got = _lines(*lines)
    assert without_original_cells(got) == got


def test_bada_city_printing_the_target_in_force_first_reads_its_targets(tmp_path: Path) -> None:
    """bada-city 106006 with 변경목표 before 당초목표, a text dump (review c7): 2 wrong targets (the superseded ones)
    -> every goal read, none wrong."""
    path, exp = family_card(
        tmp_path, "bada-city", 106006, "txt", goals_order=("target", "original", "actual", "rate", "status")
    )
    exp = exp[0] if isinstance(exp, list) else exp
    got = extract_file(path)[0]
    assert wrong_figures_of(exp, got) == []
    assert wrong_goal_figures(exp, got) == []
    assert len(got["goals"]) == len(exp["goals"])
    assert [g["target"] for g in got["goals"]] == [g["target"] for g in exp["goals"]]
    assert shared_score(exp, got) >= 0.99
