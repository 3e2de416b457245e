"""Structures the sweep of crossbred and mutated cards of the seventy-six families brought in (session 27, seeds
2980-3079 in PDF, HWPX and HWP, 3740-3789 in the text dump; the cards are pinned in tests/test_crossbreed.py SEEDS_76
and tests/test_mutate_tables.py PINNED_76), on small inputs:

- a block heading naming its reporting point by a date alone, after a bracketed label (``[세부사업2] 2026년 3월 31일``,
  gaji-county's labelled blocks over noeul-city's dated ones: crossbred 2981) or wholly in one bracket pair
  (``( 2026년 3월 31일 )``: mutant 2981): the line was no block heading (a labelled name must hold a word; a
  bracketed date has no reporting word), so the second block's items kept the first block's reporting point
  (0.960 / 0.954 in PDF, HWPX and HWP; ``labelled_blocks.later_point_block``). A bracketed date alone heads a block
  only when later than the reporting point of the block above: an item of that block happened by then, so such a
  date is no item's wrapped date.
- a goal table whose head a PDF reader cut wrongly (an open-sided table, no vertical rules): the heading spanning
  the years, ``연도별 목표 및 실적``, cut into pieces over the year cells (``연도별 목표 2023 2024`` | ``및 실적 2025``):
  the pieces were read as the target and actual columns, a year's target paired with another year's figure (crossbred
  3028 PDF: 2 wrong figures). A head where several cells hold different years has its years across: a field word in
  a cell holding a year names no column (``goal_table_rows._years_across_pieces``); the table is left unparsed.
- a bulleted line naming the section it stands in (``□ 주요 추진실적``) right under a bulleted dated block heading
  (``◈ 기 추진실적 〈21. 4/4분기 누계〉``) in a section another glyph opened (``▷ Ⅲ. 추진경과``): read as the section's
  heading again, the section cut there and its blocks' reporting point lost (crossbred 3772 txt: 0.586;
  ``card_sections._under_own_block``).
- a dot glyph heading the sections (``∙ 사업개요``), some of its titles closing on a colon (``∙ 재원 투자계획 :``):
  the glyph counted as a heading glyph only before titles, the colon made those no title, so no section was read
  (mutant 3043: 0.537 in PDF, HWPX and HWP; ``heading_levels._heading_bullets``).
- gaji-county's sub-project blocks numbered by a mutation (``1. 문화관광 기반 구축`` over ``► ...`` items, no date):
  read as items, every item a level down (mutant 3038: 0.865 in PDF, HWPX and HWP). A marked line naming, whole
  and undated, a sub-project the card's goals name (read before the achievements), over an item of another
  marker, heads that sub-project's block (``achievements._project_block``).
"""

from __future__ import annotations

from tests.conftest import make_line


def _line(text: str) -> object:
    from pledgecard.extract.markers import split_marker

    marker, rest = split_marker(text)
    return make_line(rest, marker)


def _blocks(lines: list[str]) -> list[tuple[str, int, str | None]]:
    from pledgecard.extract.sections.achievements import extract_achievements

    got = extract_achievements([_line(t) for t in lines]).value["achievements"]  # type: ignore[arg-type]
    return [(a["text"], a["level"], (a["group_as_of"] or {}).get("label")) for a in got]


def test_a_labelled_block_named_by_a_date_alone_heads_that_points_block() -> None:
    """Crossbred 2981: ``[세부사업2] 2026년 3월 31일`` under a first block as of 2025-Q4 (0.960)."""
    lines = [
        "[세부사업1] 기 추진실적 ('25년 4/4분기 기준)",
        "❍ 전문가 자문회의 개최(총 4회) : '24.7월",
        "- 주민 60명(1차 35, 2차 25)",
        "[세부사업2] 2026년 3월 31일",
        "❍ 공모 선정 : '26.3월",
        "- 참여기관 : 다온문화재단",
    ]
    assert _blocks(lines) == [
        ("전문가 자문회의 개최(총 4회)", 1, "2025-Q4"),
        ("주민 60명(1차 35, 2차 25)", 2, "2025-Q4"),
        ("공모 선정", 1, "2026-03-31"),
        ("참여기관 : 다온문화재단", 2, "2026-03-31"),
    ]


def test_a_bracketed_date_alone_later_than_the_block_above_heads_a_block() -> None:
    """Mutant 2981: ``( 2026년 3월 31일 )`` after ``( 기 추진실적 : 2025.4/4분기 기준 )`` (0.954)."""
    lines = [
        "( 기 추진실적 : 2025.4/4분기 기준 )",
        "가. 투자협약 체결 : 2025.4월",
        "나. 아카데미 운영 : 2022.3/4분기",
        "( 2026년 3월 31일 )",
        "가. 현장 건의 검토 : 2026.2월",
        "나. 관광 착공 : 2026.2월",
    ]
    assert [(t, a) for t, _, a in _blocks(lines)] == [
        ("투자협약 체결", "2025-Q4"),
        ("아카데미 운영", "2025-Q4"),
        ("현장 건의 검토", "2026-03-31"),
        ("관광 착공", "2026-03-31"),
    ]


def test_a_date_alone_no_later_than_the_block_above_heads_nothing() -> None:
    """A bracketed date alone not after the block's reporting point may be an item's date on its own line: it
    heads no block, the items after it keep the block's point."""
    from pledgecard.extract.sections.labelled_blocks import later_point_block
    from pledgecard.normalize.dates import parse_date

    q4 = parse_date("2025.4/4분기")
    assert later_point_block("( 2026년 3월 31일 )", q4) == ("2026년 3월 31일", parse_date("2026년 3월 31일"))
    assert later_point_block("( 2025년 11월 3일 )", q4) is None  # within the block's quarter
    assert later_point_block("( 2024. 3. 5. )", q4) is None
    assert later_point_block("( 2026년 3월 31일 )", None) is None  # no block above: nothing proves it later
    assert later_point_block("( 2026년 3월 31일 착공 )", q4) is None  # a date and words: no date alone
    assert later_point_block("[세부사업2] 2026년 3월 31일", None)[1]["label"] == "2026-03-31"  # type: ignore[index]
    assert later_point_block("[세부사업2] 기반 조성", None) is None  # a name: labelled_block's
    lines = [
        "( 기 추진실적 : 2025.4/4분기 기준 )",
        "가. 투자협약 체결",
        "( 2025. 11. 3. )",
        "나. 아카데미 운영 : 2025.12월",
    ]
    assert {a for _, _, a in _blocks(lines)} == {"2025-Q4"}


def test_a_years_heading_cut_over_the_year_cells_names_no_target_or_actual_column() -> None:
    """Crossbred 3028 (PDF): 목표 12 read with 11 as its actual (2 wrong figures); now no goal from such a head."""
    from pledgecard.extract.sections.goal_table_rows import goal_rows
    from tests.conftest import make_table

    cut = make_table(
        [
            ["구분 2022", "연도별 목표 2023 2024", "연도별 목표 2023 2024", "및 실적 2025", "2026"],
            ["목표 시설 설치(개소) 실적", "12", "10", "11", "10"],
            ["목표 시설 설치(개소) 실적", "12", "6", "11", "-"],
        ]
    )
    assert goal_rows(cut) == []
    # a head of fields with one year's word in a cell, or no year at all: read as before
    plain = make_table(
        [["세부사업", "2025 목표", "실적", "추진상황"], ["시설 설치", "12개소", "10개소", "추진중"]]
    )
    ((goal, row, columns),) = goal_rows(plain)
    assert (goal["project"], goal["target"], goal["actual"], row) == ("시설 설치", "12개소", "10개소", 1)
    assert columns["target"] == 1 and columns["actual"] == 2
    # a year's own cells (2023년 목표 | 실적 | 2024년 목표 | 실적: one year a cell): no heading cut, not left out here
    from pledgecard.extract.sections.goal_table_rows import _years_across_pieces

    assert _years_across_pieces(["성과지표", "단위", "2023년 목표", "실적", "2024년 목표", "실적"]) == set()
    assert _years_across_pieces(["구분 2022", "연도별 목표 2023 2024", "및 실적 2025", "2026"]) == {
        0,
        1,
        2,
        3,
    }


def _sections(lines: list[str]) -> list[tuple[str | None, int]]:
    from pledgecard.extract.card_sections import split_sections

    return [(sec.name, len(sec.items)) for sec in split_sections([_line(t) for t in lines])]  # type: ignore[misc]


def test_a_bulleted_line_naming_its_section_under_a_dated_block_is_an_item() -> None:
    """Crossbred 3772 (txt): ``□ 주요 추진실적`` right under ``◈ 기 추진실적 〈21. 4/4분기 누계〉``."""
    block = [
        "▷ Ⅲ. 추진경과",
        "◈ 기 추진실적 〈21. 4/4분기 누계〉",
        "□ 주요 추진실적",
        "→ 실시설계 용역 완료 : 20.4.",
        "□ 친환경농업 분야",
        "→ 공동브랜드 출시 : 21. 6.",
    ]
    assert _sections(block) == [(None, 0), ("achievements", 5)]
    # with no dated block above it, the same line under the section's heading restates it (as before)
    got = _sections(["▷ Ⅲ. 추진경과", "□ 주요 추진실적", "→ 실시설계 용역 완료 : 20.4."])
    assert [name for name, _ in got if name] in (["achievements"], ["achievements", "achievements"])


def test_a_dot_glyph_heads_sections_whose_titles_close_on_a_colon() -> None:
    """Mutant 3043: ``∙ 사업개요`` ... ``∙ 재원 투자계획 :`` ... ``∙ 추진실적 :``."""
    lines = [
        "∙ 사업개요",
        "❊ 사업기간 : 2023년 ~ 2027년",
        "∙ 기대효과",
        "❊ 지역경제 활성화",
        "∙ 문제점 및 대책",
        "❊ (문제점) 보상 협의 장기화",
        "∙ 향후계획 :",
        "❊ 추진계획 수립 : '24. 상반기 예정",
        "∙ 추진실적 :",
        "⏀ 그간 추진실적 - '23. 2/4분기 기준",
        "❊ 실시설계 용역 완료 : '23. 2. 18.",
    ]
    assert [name for name, _ in _sections(lines)] == [
        None,
        "overview",
        "effects",
        "issues",
        "plans",
        "achievements",
    ]


def test_a_numbered_line_naming_a_goals_sub_project_heads_its_block() -> None:
    """Mutant 3038: ``1. 문화관광 기반 구축`` over ``► ...`` items, the goals naming 문화관광 기반 구축."""
    from pledgecard.extract.sections.achievements import extract_achievements
    from pledgecard.extract.sections.base import SectionContext

    lines = [
        "1. 문화관광 기반 구축",
        "► 현장 건의 40건 검토 : 2024-3-18",
        "‧ 방문객 35명",
        "2. 문화관광 인재양성",
        "► 관광 착공 : 2024. 6.",
    ]
    ctx = SectionContext(
        record={"goals": [{"project": "문화관광 기반 구축"}, {"project": "문화관광 인재양성"}]}
    )
    got = extract_achievements([_line(t) for t in lines], ctx).value["achievements"]  # type: ignore[arg-type]
    assert [(a["group"], a["level"], a["text"]) for a in got] == [
        ("문화관광 기반 구축", 1, "현장 건의 40건 검토"),
        ("문화관광 기반 구축", 2, "방문객 35명"),
        ("문화관광 인재양성", 1, "관광 착공"),
    ]
    # no goal naming them: items over their sub-items, as before
    plain = extract_achievements([_line(t) for t in lines], SectionContext()).value["achievements"]  # type: ignore[arg-type]
    assert [(a["level"], a["text"]) for a in plain][:2] == [
        (1, "문화관광 기반 구축"),
        (2, "현장 건의 40건 검토"),
    ]
