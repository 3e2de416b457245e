"""Mends of the review of h-leftovers3 (session 42, mendl3); inputs from the review's reproducers
(/tmp/rev-leftovers3/cN.py), cut down to the goal table / card text.

1. c3 (silent wrong figure): goal_text_mark_rows.packed_row took any bracket after a figure's cell as the row's
   actual (``<2024> 추진 중`` / ``30개소 (신규 10개소)`` -> actual 10, no finding). The bracket must now be a figure's
   cell of the target's unit led by no words but the target's own; else the row is unread with
   ``extract.mark_row_unread``: actual 10 (silent) -> row unread with the finding.
2. c2 / c4 (silent wrong project): goal_text_mark_rows.next_mark_opening took the words opening any mark's line as
   the project of the rows from that mark on. Now only where the head names a project column, the row above ends
   its line at its status / actual (no 추진내용 words open on it: ``정류장 운영 및`` / ``주민 지원 <2024>`` is a
   wrapped detail) and the years under the words rise (rise_under: a project printed on its group's middle row
   sees them fall). c4: project ``주민 지원`` for 2024/2025 -> 차고지 조성 (base's reading); c2: 차고지 조성's 2023
   row under 대중교통 인재양성 -> every project null (base's reading: the words in the detail).
"""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.sections.goal_text_mark_findings import marks_findings
from pledgecard.extract.sections.goal_text_mark_rows import next_mark_opening, packed_row, rise_under
from pledgecard.extract.sections.goal_text_marks import read_marks

_HEAD = "주요사업 목표치 추진상황 추진내용\n"


def _rows(text: str) -> list[tuple]:
    return [(g["project"], g["year"], g["target"], g["actual"]) for g in read_marks(text).goals]


def test_a_bracketed_note_after_a_packed_target_is_no_actual() -> None:
    """c3: the note ``(신규 10개소)`` was read as the actual (10, silent); now the row is unread, reported."""
    text = (
        _HEAD
        + "차고지 조성 <2023> 12개소 완료 (12개소) 정류장 운영 및 주민 지원\n<2024> 추진 중\n30개소 (신규 10개소)"
    )
    got = read_marks(text)
    assert all(g["actual"] != "신규 10개소" for g in got.goals)
    assert [(g["year"], g["actual"]) for g in got.goals] == [(2023, "12개소")]
    assert got.unread == [2024]
    assert [f["code"] for f in marks_findings(got, Source(line_start=1))] == ["extract.mark_row_unread"]


def test_packed_row_asks_the_bracket_for_the_targets_unit_and_words() -> None:
    assert packed_row("\n30개소 (신규 10개소)") is None
    assert packed_row("\n5.3km (5.2%)") is None  # another unit
    assert packed_row("\n5.3km (5.2km)") == ("5.3km", "5.2km")
    assert packed_row("\n공정률 70% (공정률 42%)") == ("공정률 70%", "공정률 42%")
    assert packed_row("\n공정률 70% (42%)") == ("공정률 70%", "42%")


def test_a_wrapped_detail_before_the_next_mark_is_no_project() -> None:
    """c4: ``주민 지원`` (the tail of ``정류장 운영 및``) was 2024/2025's project; now 차고지 조성's, in the detail."""
    text = (
        _HEAD
        + "차고지 조성 <2023> 1.2km 완료 (0.7km) 정류장 운영 및\n주민 지원 <2024> 5.3km 추진중 (5.2km)\n<2025> 8.0km 미착수"
    )
    got = read_marks(text)
    assert {g["project"] for g in got.goals} == {"차고지 조성"}
    assert got.goals[0]["detail"] == "정류장 운영 및 주민 지원"


def test_a_project_printed_on_its_groups_middle_row_gives_no_row_to_the_wrong_project() -> None:
    """c2: 차고지 조성's 2023 row (1.2km / 0.7km) was 대중교통 인재양성's; the years under it fall, so no project."""
    text = _HEAD + (
        "<2024> 공정률 70% 추진중 (공정률 42%) 정류장 운영\n대중교통 인재양성 <2025> 75호 공급 미착수\n"
        "<2026> 공정률 80% 미착수\n<2023> 1.2km 완료 (0.7km) 주민 지원\n차고지 조성 <2024> 5.3km 추진중 (5.2km)\n"
        "<2025> 8.0km 미착수"
    )
    rows = _rows(text)
    assert ("대중교통 인재양성", 2023, "1.2km", "0.7km") not in rows
    assert [r[1:] for r in rows][3] == (2023, "1.2km", "0.7km")
    assert all(r[0] is None for r in rows)


def test_next_mark_opening_and_rise_under() -> None:
    assert next_mark_opening("\n차고지 조성 ", last=False) == "차고지 조성 "
    assert next_mark_opening(" 정류장 운영 및\n주민 지원 ", last=False) == ""
    assert next_mark_opening("\n차고지 조성 ", last=False, proven=False) == ""
    assert rise_under([2024, 2025, 2026, 2023, 2024], 3, {3})
    assert not rise_under([2024, 2025, 2026, 2023, 2024], 1, {1, 4})
