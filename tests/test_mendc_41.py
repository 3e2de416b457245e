"""Mends of what the review of h-crossworst found (session 41, task mendc); reproducers /tmp/rev-crossworst/cN.py.

- c2 header_value_rows._role_cell_split: ``(주관) 기술보급과 (협조) 기획예산과, 건설과 999-8728 중장기 추진`` (no contact
  name printed) read contact_name ``건설과`` (a department) and lost it from the helping departments, silently. A cut
  that leaves a department-shaped word in another field proves no person's name: the row stays unread as before the
  branch (split_value_row -> None; header lead_dept/contact_name null). Before: contact_name '건설과'.
- c4/c5 bare_headings._leaves_table / _goal_head_at: an unknown section after the goal table whose content opens with
  a dated block line over bulleted items (``<2025>`` / ``◦ 실시설계 용역 착수``) was read as goal cells: two invented goal
  rows (project '단계별 세부일정', years 2025 / 2026), no finding. The cell run now ends at a line over a dated block
  line that opens bulleted or unit lines (a goal row's year stands over bare cells); a goal head printed a cell a
  line must name the target and another goal column (``구분`` / ``내용`` head any table). c5 txt: goals 4 -> 2 (the two
  printed), the section's lines unparsed under its own heading.
- c6 card_sections._heading_glyph_again: ``□ 그간 추진실적 (2023년 3분기 기준 누계)`` under the unknown ``□ 사업 추진
  현황`` was taken as the next heading; every achievement's group became the date text. A same-glyph line is the next
  heading only when it names a known section and is no dated block heading. haneul-city 1 (achievements heading
  '사업 추진 현황', heading_format '□ {label}'), pdf and txt: groups {'2023년 3분기 기준 누계', …} -> {'그간 추진실적', …}
  as expected.
- c7 heading_cell_words.lone_cell: a bare heading of two status words (``계속 추진``) right over bulleted items was
  dropped as a cell, its items merged into the section above. Two status words are a cell only where no bulleted
  item follows (the 9003 header cell): '계속 추진' / '이행 완료' -> headings again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.bare_headings import bare_sibling_headings
from pledgecard.extract.document import Source
from pledgecard.extract.heading_cell_words import lone_cell
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.header_value_rows import split_value_row

FIELDS = ["lead_dept", "contact_name", "contact_phone", "target"]


def _line(text: str, marker: str | None = None) -> Line:
    return Line(text=text, marker=marker, indent=0, source=Source())


def _headings(texts: list[tuple[str, str | None]]) -> list[str]:
    lines = [(k, _line(t, m)) for k, (t, m) in enumerate(texts)]
    got = bare_sibling_headings(lines, set())
    return [it.text for k, it in lines if k in got]


def test_a_role_cell_cut_leaving_a_department_as_the_name_is_no_split() -> None:
    assert split_value_row(FIELDS, "(주관) 기술보급과 (협조) 기획예산과, 건설과 999-8728 중장기 추진") is None
    assert split_value_row(FIELDS, "(주관) 기술보급과 (협조) 농업정책과 축산과 999-8728 2026년 완료") is None
    # a person's name after the cell still splits (the branch's own case)
    got = split_value_row(FIELDS, "(주관) 농업기술센터 기술보급과 (협조) - 류동도 999-8728 중장기 추진")
    assert got is not None and got["contact_name"] == "류동도"


def _goal_card(opener: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    return [
        ("사업개요", None),
        ("◦ 재활용 선별장 구축", "◦"),
        ("연도별 성과목표", None),
        ("연도 세부사업 목표 실적 추진상황", None),
        ("2024 자원순환 인재양성 착공 행정절차 이행 추진중", None),
        ("단계별 세부일정", None),
        *opener,
        ("기대효과", None),
        ("▸ 자원순환 경쟁력 강화", "▸"),
    ]


def test_an_unknown_section_opening_with_a_dated_block_after_the_goals_is_a_heading() -> None:
    got = _headings(_goal_card([("<2025>", None), ("◦ 실시설계 용역 착수", "◦")]))
    assert "단계별 세부일정" in got


def test_a_goal_row_year_over_bare_cells_stays_in_the_goal_table() -> None:
    """Crossbred 9003's shape (the branch's pinned case): the year line over its row's bare cells is a goal cell."""
    texts = [
        ("사업개요", None),
        ("◦ 재활용 선별장 구축", "◦"),
        ("연도별 성과목표", None),
        ("주요사업", None),
        ("목표치", None),
        ("추진상황", None),
        ("자원순환 인재양성", None),
        ("<2024>", None),
        ("착공", None),
        ("추진중", None),
        ("향후 추진계획", None),
        ("▸ 공약사항 정비 및 이행계획 보완 : 2024년 중", "▸"),
        ("기대효과", None),
        ("▸ 자원순환 경쟁력 강화", "▸"),
    ]
    assert "자원순환 인재양성" not in _headings(texts)


C5_BODY = """사업개요

◦ 사업기간 : '22. 10. ~ '27. 6.

◦ 자원순환 기반 조성을 위한 재활용 선별장 구축

추진실적

◦ '24. 10월 그린센터 조성 실시설계 용역 완료

◦ '24. 11월 자원순환 공모사업 최종 선정

연도별 성과목표

주요사업

목표치

추진상황

자원순환 인재양성

<2024>

착공

추진중

<2025>

준공

미착수

단계별 세부일정

<2025>

◦ 실시설계 용역 착수 : 30억원

<2026>

◦ 선별장 준공 : 120톤/일

향후 추진계획

◦ 공약사항 정비 및 이행계획 보완 : '25.하반기

기대효과

◦ 자원순환 경쟁력 강화
"""

C5_HEAD = """가을군 민선8기 군수 공약사업 관리카드

공약명 청년농업 혁신밸리 조성

관리번호 4-2-4

"""


def test_a_text_dump_invents_no_goal_rows_from_a_dated_section_after_the_goals(tmp_path: Path) -> None:
    p = tmp_path / "c5.txt"
    p.write_text(C5_HEAD + C5_BODY, encoding="utf-8")
    rec = extract_file(p)[0]
    projects = {g["project"] for g in rec["goals"]}
    assert "단계별 세부일정" not in projects
    assert {(g["year"], g["target"]) for g in rec["goals"]} <= {(2024, "착공"), (2025, "준공")}


def test_a_dated_block_heading_in_the_sections_glyph_stays_a_block(tmp_path: Path) -> None:
    from conftest import family_card

    for fmt in ("pdf", "txt"):
        p, exp = family_card(
            tmp_path, "haneul-city", 1, fmt, achievements_heading="사업 추진 현황", heading_format="□ {label}"
        )
        exp = exp[0] if isinstance(exp, list) else exp
        rec = extract_file(p)[0]
        want = {a.get("group") for a in exp["achievements"]}
        assert {a.get("group") for a in rec["achievements"]} == want, fmt


@pytest.mark.parametrize("title", ["계속 추진", "이행 완료"])
def test_two_status_words_over_bulleted_items_title_a_section(title: str) -> None:
    texts = [
        ("사업개요", None),
        ("◦ 재활용 선별장 구축", "◦"),
        ("추진실적", None),
        ("◦ '24. 10월 실시설계 용역 완료", "◦"),
        (title, None),
        ("◦ 선별장 2단계 확장 : '26년 예산 120억원", "◦"),
        ("기대효과", None),
        ("▸ 자원순환 경쟁력 강화", "▸"),
    ]
    assert title in _headings(texts)
    # alone, over no item: a status cell as the branch read it
    assert lone_cell(title)
    assert not lone_cell(title, over_items=True)
