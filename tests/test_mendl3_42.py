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
3. c1 / c6 (facts lost; c6 silent): blocks_apart.achievements_printed_before kept a block printed above the
   achievements (``◎ 기 추진실적 (2024년 3분기 누계)`` closing the funding / the overview) where the achievements
   open with a dated block of their own (``◎ 2024년 4분기 현재``). Now a block whose reporting point ends at or
   before the achievements' own block's still moves (a past / cumulative report); one dated after it (a later
   half's target, test_leftovers3_42's v_plans / v_overview) or naming none stays. c1 / c6: achievements 2 -> 4,
   the overview's contents 2 achievement items -> none.
4. c5 (facts lost): goal_short_row.carry_proven with no rate column asked figure_cell of the row's first cell,
   false for ``누적 300호`` / ``교육 30회`` / ``정류장 12개소``: now also a cell closing on a figure of the unit the
   row above prints in that column (the words before it no digits). c5: 2026 unread -> 300 / 178 under 거점센터 조성.

Sweeps, seeds 1-30, main before -> after (identical): hansol-district hwp5html 0.9746 (8 wrong, seeds 3 and 23,
present before h-leftovers3 too: not fixed here), hansol-district pdftotext 0.9194 (0), neulbit-county pdftotext
0.8984 (0), neulbit-county hwp5html 0.9749 (0).
"""

from __future__ import annotations

from pathlib import Path

from test_leftovers3_42 import _FUND
from test_leftovers3_42 import _HEAD as _CARD

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.sections.goal_short_row import carry_proven
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


_PAST = "◎ 기 추진실적 (2024년 3분기 누계)\n\n· 해양레저 기본계획 수립 : 2023. 5.\n\n· 타당성 조사 완료 : 2024. 2.\n\n"
_OWN = (
    "다. 추진실적\n\n◎ 2024년 4분기 현재\n\n· 해양레저 용역 완료 : 2024. 11.\n\n"
    "· 국제 해양레저 박람회 참가 : 2024년 12월\n\n라. 향후계획\n\n- 체험관 5개소 준공 : 2025. 9.\n\n"
)
_ALL = ["해양레저 기본계획 수립", "타당성 조사 완료", "해양레저 용역 완료", "국제 해양레저 박람회 참가"]


def _card(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "card.txt"
    p.write_text(_CARD + text, encoding="utf-8")
    [rec] = extract_file(p)
    return rec


def test_a_cumulative_block_printed_above_the_achievements_under_the_funding_is_theirs(
    tmp_path: Path,
) -> None:
    """c1: the achievements opening with their own later block kept the cumulative one in the funding: 4 -> 2."""
    rec = _card(
        tmp_path, "가. 사업개요\n\n· 사업기간 : 2023.1.~2026.6.\n\n" + _FUND.format(n="나.") + _PAST + _OWN
    )
    assert rec["as_of"]["label"] == "2024-Q4"
    assert [a["text"] for a in rec["achievements"]] == _ALL


def test_a_cumulative_block_printed_above_the_achievements_under_the_overview_is_theirs(
    tmp_path: Path,
) -> None:
    """c6: the block stayed in the overview, its items overview contents (silent) and lost to the achievements."""
    rec = _card(
        tmp_path, _FUND.format(n="가.") + "나. 사업개요\n\n· 사업기간 : 2023.1.~2026.6.\n\n" + _PAST + _OWN
    )
    assert rec["as_of"]["label"] == "2024-Q4"
    assert [a["text"] for a in rec["achievements"]] == _ALL
    assert not any("기본계획 수립" in c for c in rec["overview"].get("contents") or [])


def test_a_short_row_carried_where_its_first_cell_prints_the_columns_unit() -> None:
    """c5: ``누적 300호`` | ``누적 178호`` under 250호 | 71호 (no rate column): base carried 거점센터 조성 (right),
    leftovers3 left the row unread; a cell closing on a figure of the column's unit above is proven."""
    kinds = ["target", "actual"]
    assert carry_proven(
        ["누적 300호", "누적 178호"], {"target": "250호", "actual": "71호"}, kinds, in_order=True
    )
    assert carry_proven(
        ["교육 30회", "교육 12회"], {"target": "프로그램 운영(50회)", "actual": "71회"}, kinds, in_order=True
    )
    assert carry_proven(
        ["정류장 12개소", "정류장 9개소"], {"target": "10개", "actual": "7개"}, kinds, in_order=True
    )
    # closing on words, or another unit: maybe the row's own project
    assert not carry_proven(
        ["도시숲 2개소 조성", "도시숲 3개소 조성"],
        {"target": "프로그램 운영(50회)", "actual": "71회"},
        kinds,
        in_order=True,
    )
    assert not carry_proven(
        ["도시숲 2개소", "도시숲 3개소"], {"target": "50회", "actual": "71회"}, kinds, in_order=True
    )


def test_a_cumulative_short_row_is_carried_in_a_card(tmp_path: Path) -> None:
    """c5 through the card: 2026 read 300 / 178 under 거점센터 조성 again (unread with table_unrecovered before)."""
    from test_leftovers2_41 import _goals
    from test_mendf_39 import _swapped

    head = ["연도", "세부사업", "목표", "실적", "추진상황", "추진내용"]
    r2025 = ["2025", "거점센터 조성", "250호", "71호", "완료", "센터 운영"]
    row = ["2026", "누적 300호", "누적 178호", "추진중", "부지 선정"]
    section = "▲ Ⅳ. 연도별 성과목표\n\n" + "\n".join(head + r2025 + row) + "\n\n"
    goals, codes = _goals(_swapped(tmp_path, "a", section, ("▲ Ⅳ.", "▲ Ⅴ.")))
    assert goals == [("거점센터 조성", 2025, 250, 71), ("거점센터 조성", 2026, 300, 178)], goals
