"""Session 42 (helper leftovers3): wrong or lost facts session 41's reviews left.

1. SILENT wrong as_of: a dated block naming achievements inside a known section other than the achievements opened
   achievements of its own. Under the overview (``◎ 추진경과 ('25. 6. 기준)`` under ``나. 사업개요``, the card heading
   ``다. 추진실적`` below) the block was read as the achievements' heading (card_sections: a dated block heading of
   another section starts it), the real heading became an item; under the plans (``◎ 2025년 하반기 추진실적 목표
   ('25. 6. 기준)`` under ``다. 향후계획``) blocks_apart.achievements_printed_before moved the block into the
   achievements (a pdftotext block printed above its heading). Now a dated block behind a glyph (no numbering) stays
   in the known section it stands in where a heading below, numbered as that section's, names the section the block
   names (card_sections._block_of_known_section), and no block moves into achievements that open with a dated block
   of their own (blocks_apart, as achievement_blocks_before already asked). Review inputs
   /tmp/rev-pdfminer/v_plans_before.txt, v_overview_before.txt: as_of 2025-06 -> 2024-Q4 on both, achievements 4 / 5
   (the plans' items, the overview's schedule and the heading ``추진실적`` among them) -> the card's own 2, the plans
   keep their block, the overview its schedule.
2. The column planner's second witness (text_col_fit.nearer_under_same_heads) took the other measure where it spanned
   a cell over the empty cell beside it (the drift it compares counts one-column cells only): the empty cell read as
   its neighbour's text (hypothesis, ``['A-1', '총사업비', '']`` read ``'총사업비'`` twice). A cell spanning more
   columns in one measure than in the other is no witness; the falsifying input is an @example of
   tests/test_reader_text_layout.py's property test (3000 examples of the shape drawn: 1 failing -> 0).
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.readers.text_columns import build_table
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.sections.goal_short_row import carry_proven

_HEAD = """다솜광역시 해솔구청장 공약사업 관리카드

공약명 사계절 해양레저 축제 육성 관리번호 Ⅵ-4

추진부서 관광진흥과

"""
_FUND = """{n} 재원투자

(단위 : 백만원)

구분 연도별 투자 실적 및 계획 계

2024 2025 2026 임기 후

계 21,042 7,409 7,517 10,931 46,899

국비 21,042 7,409 7,517 10,931 46,899

"""
_ACH = """{n} 추진실적

◎ 2024년 4분기 현재

· 해양레저 용역 완료 : 2024. 1.

· 국제 해양레저 박람회 참가 : 2024년 3월

"""
_OWN = ["해양레저 용역 완료", "국제 해양레저 박람회 참가"]


def _read(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "card.txt"
    p.write_text(text, encoding="utf-8")
    [rec] = extract_file(p)
    return rec


def test_a_dated_block_naming_achievements_under_the_plans_stays_there(tmp_path: Path) -> None:
    """v_plans_before: as_of 2025-06 (the plans block's) and the plans' items as achievements before."""
    text = (
        _HEAD
        + "가. 사업개요\n\n· 사업기간 : 2023.1.~2026.6.\n\n"
        + _FUND.format(n="나.")
        + "다. 향후계획\n\n◎ 2025년 하반기 추진실적 목표 ('25. 6. 기준)\n\n- 체험관 5개소 준공 : 2025. 9.\n\n"
        + "- 체험관 운영 개시 : 2025. 12.\n\n"
        + _ACH.format(n="라.")
    )
    rec = _read(tmp_path, text)
    assert rec["as_of"]["label"] == "2024-Q4"
    assert [a["text"] for a in rec["achievements"]] == _OWN
    assert {"체험관 5개소 준공", "체험관 운영 개시"} <= {p.get("text") for p in rec["plans"]}


def test_a_dated_block_naming_achievements_under_the_overview_is_no_heading(tmp_path: Path) -> None:
    """v_overview_before: the block read as the achievements' heading, ``다. 추진실적`` an item, as_of 2025-06."""
    text = (
        _HEAD
        + _FUND.format(n="가.")
        + "나. 사업개요\n\n· 사업기간 : 2023.1.~2026.6.\n\n◎ 추진경과 ('25. 6. 기준)\n\n"
        + "- 기본계획 수립 : 2023. 3.\n\n- 실시설계 착수 : 2024. 2.\n\n"
        + _ACH.format(n="다.")
    )
    rec = _read(tmp_path, text)
    assert rec["as_of"]["label"] == "2024-Q4"
    assert [a["text"] for a in rec["achievements"]] == _OWN
    assert any("기본계획 수립" in c for c in rec["overview"]["contents"])


def test_a_dated_block_heading_with_no_heading_below_still_opens_its_section(tmp_path: Path) -> None:
    """The rule needs the heading below: a card whose achievements ARE headed by a dated block under the overview
    (no numbered 추진실적 heading after it) still reads them there."""
    text = (
        _HEAD
        + _FUND.format(n="가.")
        + "나. 사업개요\n\n· 사업기간 : 2023.1.~2026.6.\n\n◎ 추진실적 (2024년 4분기 현재)\n\n"
        + "· 해양레저 용역 완료 : 2024. 1.\n\n· 국제 해양레저 박람회 참가 : 2024년 3월\n\n"
    )
    rec = _read(tmp_path, text)
    assert rec["as_of"]["label"] == "2024-Q4"
    assert [a["text"] for a in rec["achievements"]] == _OWN


def test_an_empty_cell_is_not_read_as_its_neighbours_text() -> None:
    """The hypothesis counterexample: ``총사업비`` over the empty third column in one measure."""
    text = "계    계        -\nA-1   총사업비\n국비  계        국비"
    t = build_table(split_lines(text), "")
    assert t is None or t.grid() == [["계", "계", "-"], ["A-1", "총사업비", ""], ["국비", "계", "국비"]]


def test_a_short_row_with_no_rate_column_is_carried_only_where_its_first_cell_is_no_project() -> None:
    """No rate column: the merged reading (the row above's project carried) is proven only by a first cell of a
    figure's kind; a cell of words may be the row's own project over a blank actual."""
    above = {"target": "프로그램 운영(50회)", "actual": "71회"}
    kinds = ["target", "actual"]
    assert not carry_proven(["도시숲 2개소 조성", "도시숲 3개소 조성"], above, kinds, in_order=True)
    # the families' real merged rows (byeolbit-district 14003, sup-district 47002, yeoreum-city 50002 hwpx dumps)
    assert carry_proven(
        ["공정률 100%", "공정률 54%"], {"target": "300호 공급", "actual": "178호"}, kinds, in_order=True
    )
    assert carry_proven(
        ["공정률 80%", "공정률 59%"], {"target": "3.2km", "actual": "2.6km"}, kinds, in_order=True
    )


def test_a_project_worded_like_its_target_over_a_blank_actual_with_no_rate_column_is_unread(
    tmp_path: Path,
) -> None:
    """goalnull c4's shape with no 달성률 column: 2026 was read as 거점센터 조성's, target 2 and actual 3 (silent);
    now unread with ``extract.table_unrecovered``; the row above read as before."""
    from test_leftovers2_41 import _goals
    from test_mendf_39 import _swapped

    head = ["연도", "세부사업", "목표", "실적", "추진상황", "추진내용"]
    r2025 = ["2025", "거점센터 조성", "프로그램 운영(50회)", "71회", "완료", "센터 운영"]
    row = ["2026", "도시숲 2개소 조성", "도시숲 3개소 조성", "추진중", "부지 선정"]
    section = "▲ Ⅳ. 연도별 성과목표\n\n" + "\n".join(head + r2025 + row) + "\n\n"
    goals, codes = _goals(_swapped(tmp_path, "a", section, ("▲ Ⅳ.", "▲ Ⅴ.")))
    assert goals == [("거점센터 조성", 2025, 50, 71)], goals
    assert "extract.table_unrecovered" in codes, codes
