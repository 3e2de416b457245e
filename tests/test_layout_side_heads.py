"""Two sections side by side under a head row naming both (``그간 추진실적 | 향후 추진계획``, repeated at
every page's top) in a pdftotext -layout dump: read column by column, the right cell's few items (after a
left item on its line, or alone far right) under the right head, their wrapped ends joined to them."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_side_heads import headed_side_by_side
from pledgecard.scoring import load_records, score_record

from conftest import committed_records

REPO = Path(__file__).resolve().parents[1]
FAMILY = REPO / "samples" / "layout" / "families"

DUMP = """\
▦ 4. 추진실적 및 향후계획

              그간 추진실적                                          향후 추진계획

❑ 세부 추진실적
· 시민활동가 대상 자원순환 설명회 개최(371명 참       ❑ 자원순환 추진계획 수립 및 예산 확보 : ’25년 하반
석) : 2024년 1월                       기 예정
  연번       분야      대상시설    추진상황
   1      인력양성     그린센터      완료
                                     ❑ 그린센터 운영 활성화 방안 마련 : 2025. 4.
↳ 자원순환 워크숍 개최 : 2024. 12월
[주민 소통]
※ 만족도조사 2회
"""


def _texts(lines: list) -> list[str]:
    return [" ".join(ln.text.split()) for ln in lines if ln.segs]


def test_the_right_cells_items_come_after_the_left_cells() -> None:
    got = _texts(headed_side_by_side(split_lines(DUMP)))
    assert got == [
        "▦ 4. 추진실적 및 향후계획",
        "그간 추진실적",
        "❑ 세부 추진실적",
        "· 시민활동가 대상 자원순환 설명회 개최(371명 참",
        "석) : 2024년 1월",
        "연번 분야 대상시설 추진상황",
        "1 인력양성 그린센터 완료",  # a table row of the left cell stays whole
        "↳ 자원순환 워크숍 개최 : 2024. 12월",
        "향후 추진계획",
        "❑ 자원순환 추진계획 수립 및 예산 확보 : ’25년 하반 기 예정",  # (glued as textjoin glues a wrap)
        "❑ 그린센터 운영 활성화 방안 마련 : 2025. 4.",
        "[주민 소통]",
        "※ 만족도조사 2회",  # a section neither head names ends the zone
    ]


def test_lines_without_a_head_naming_two_sections_are_left_as_they_are() -> None:
    plain = DUMP.replace("향후 추진계획", "비고")
    assert _texts(headed_side_by_side(split_lines(plain))) == _texts(split_lines(plain))


@pytest.mark.parametrize(
    ("card", "floor"), [("neulpum-district-66008", 1.0), ("neulpum-district-66011", 0.96)]
)
def test_the_plans_beside_the_achievements_are_read(card: str, floor: float) -> None:
    path = FAMILY / f"{card}-layout.txt"
    [expected] = load_records(path.with_name(path.stem + ".expected.json"))
    [got] = committed_records(path)
    assert [p["text"] for p in got["plans"]] == [p["text"] for p in expected["plans"]]
    assert score_record(expected, got).score() >= floor
