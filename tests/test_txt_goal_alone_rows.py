"""A goal row a text dump prints with one word between its year and a dash or figure actual, on a line
printed with single spaces (a blank cell prints as a run of spaces: none is blank here), holds one cell:
its target; its project cell is merged with the row above, whose project it carries (``2024 착공 -
미착수`` under ``2023 지역인재 기반 구축 지역인재 협약 체결(50건) 60건 완료``; extract/sections/goal_rows.py
``_alone_rows``). A line printing a run of spaces inside, or one whose print is not kept, proves nothing:
the row stays unread. (Crossbred card 3425's text dump: tests/test_crossbreed.py.)
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.sections.goal_rows import goal_rows

_HEAD = "연도 주요사업 목표 실적 추진상황"
_ROWS = (
    "2023 지역인재 기반 구축 지역인재 협약 체결(50건) 60건 완료",
    "2024 착공 - 미착수",
    "2025 지역인재 협약 체결(10건) - 미착수",
)


def _read(single: frozenset[str]) -> tuple[list[tuple[str | None, int | None, str]], list[int]]:
    got = goal_rows([_HEAD, *_ROWS], "", single=single)
    assert got is not None
    return [(g.project, g.year, g.target) for g in got[0]], got[1]


def test_one_word_on_a_single_spaced_line_is_the_target_under_the_project_above() -> None:
    goals, unread = _read(frozenset(_ROWS))
    assert goals == [
        ("지역인재 기반 구축", 2023, "지역인재 협약 체결(50건)"),
        ("지역인재 기반 구축", 2024, "착공"),
        ("지역인재 기반 구축", 2025, "지역인재 협약 체결(10건)"),
    ]
    assert unread == []


def test_without_the_print_the_row_stays_unread_and_the_row_under_it_has_no_project() -> None:
    goals, unread = _read(frozenset(r for r in _ROWS if "착공" not in r))
    assert goals == [
        ("지역인재 기반 구축", 2023, "지역인재 협약 체결(50건)"),
        (None, 2025, "지역인재 협약 체결(10건)"),
    ]
    assert unread == [2]


def test_a_worded_row_of_two_words_is_no_such_row() -> None:
    rows = (_ROWS[0], "2024 착공 완료 완료")  # target and actual both worded: the words hold two cells
    got = goal_rows([_HEAD, *rows], "", single=frozenset(rows))
    assert got is not None and [g.target for g in got[0]] == ["지역인재 협약 체결(50건)"]


def _dump(row: str) -> str:
    return (
        "\n\n".join(
            (
                "해밀도 민선8기 도지사 공약 이행관리카드",
                "공약명 지역인재 육성 관리번호 2-7",
                "□ 성과 목표 및 실적",
                _HEAD,
                _ROWS[0],
                row,
                _ROWS[2],
                "□ 향후 추진계획",
                "○ 지역인재 추진계획 수립 : 2024. 하반기",
            )
        )
        + "\n"
    )


def test_a_dump_reads_the_row_only_where_its_line_prints_no_gap(tmp_path: Path) -> None:
    path = tmp_path / "single.txt"
    path.write_text(_dump(_ROWS[1]), encoding="utf-8")
    (rec,) = extract_file(path)
    assert [(g["project"], g["target"]) for g in rec["goals"]] == [
        ("지역인재 기반 구축", "지역인재 협약 체결(50건)"),
        ("지역인재 기반 구축", "착공"),
        ("지역인재 기반 구축", "지역인재 협약 체결(10건)"),
    ]
    path.write_text(_dump("2024 착공  - 미착수"), encoding="utf-8")  # a blank cell: which one, not shown
    (rec,) = extract_file(path)
    assert [(g["project"], g["target"]) for g in rec["goals"]] == [
        ("지역인재 기반 구축", "지역인재 협약 체결(50건)"),
        (None, "지역인재 협약 체결(10건)"),
    ]
