"""Mending what the review of branch h-crossworst3 found (session 43, task mendcw3).

1. effect_tables._glued_glyph_pieces parted a kinds table's row before any glyph glued to a word after a space: an
   arrow inside one effect (``교통혼잡 해소 →통행시간 단축``) and a unit sign (``500 ㎾h규모``, category So) cut the
   effect (``500`` / ``h규모 확대``). Now a row parts only before a glyph the section's own lines open with; an arrow
   or a unit sign no line opens stays the text's. Left: crossbred 9098 txt (``◯ A ⇨B``, ⇨ opening no line of the
   card) reads its two effects as one again, as the base read them (0.989; tests/test_crossworst3_43.py's pin
   lowered to that).
2. heading_unknown_sections.sibling_headings took any undated opener behind the glyph of an unnumbered unknown
   heading for its sibling, so an undated block heading behind that glyph (``ㅁ 주요 추진실적`` under ``ㅁ 그간의
   노력``; sup-district heads sections and blocks with one □) lost its group (None). Now only an opener naming a
   section other than achievements is the sibling (crossbred 9082's ``ㅁ 향후 추진일정``, plans, still is).
3. funding_apart.funding_printed_after kept the next section's lines wherever the funding held four figure-only
   lines: one row's cells (``계`` then four amounts) kept the 국비 / 도비 rows printed under the next heading from the
   funding. Now it keeps them only where the funding holds figure cells of two rows or more.
4. tests/test_crossworst3_43.py's funding_printed_after case passed on the base: the case below carries mutant 9050
   txt's funding and outreach lines as its reader hands them (the base moved the outreach rows into the funding).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from pledgecard import extract_file
from pledgecard.extract.card_results import Section
from pledgecard.extract.document import Source
from pledgecard.extract.heading_unknown_sections import sibling_headings
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.effect_tables import effect_rows
from pledgecard.extract.sections.funding_apart import figure_cell_rows, funding_printed_after

from conftest import drawn_file, make_line


def _lines(texts: list[str], start: int = 0) -> list[Line]:
    return [
        Line(text=t, marker=None, indent=0, source=Source(line_start=start + k, line_end=start + k))
        for k, t in enumerate(texts)
    ]


# 1 --------------------------------------------------------------------------------------------------------------


def test_a_kinds_row_keeps_an_arrow_and_a_unit_sign_glued_to_its_word() -> None:
    """``◯ 교통혼잡 해소 →통행시간 단축 ◯ 신재생에너지 생산 500 ㎾h규모 확대``: before ``교통혼잡 해소`` /
    ``통행시간 단축`` / ``신재생에너지 생산 500`` / ``h규모 확대`` -> after the two effects as printed."""
    items = [
        make_line("정량적 효과 정성적 효과"),
        make_line("교통혼잡 해소 →통행시간 단축 ◯ 신재생에너지 생산 500 ㎾h규모 확대", marker="◯"),
        make_line("대기질 개선 ℃저감 ㎡당 비용 절감", marker="◯"),
    ]
    assert [(it.marker, it.text) for it in effect_rows(items)] == [
        ("◯", "교통혼잡 해소 →통행시간 단축"),
        ("◯", "신재생에너지 생산 500 ㎾h규모 확대"),
        ("◯", "대기질 개선 ℃저감 ㎡당 비용 절감"),
    ]


def test_a_kinds_row_parts_before_a_glyph_the_sections_lines_open_with() -> None:
    """A glyph that opens lines of the section, glued to a word amid a row (``◯ A ◦B`` with ◦ bulleting lines):
    the next cell's effect, before and after."""
    items = [
        make_line("정량적 효과 정성적 효과"),
        make_line("일자리 창출 ◦주민 만족도 제고", marker="◯"),
        make_line("관광객 증가", marker="◦"),
    ]
    assert [(it.marker, it.text) for it in effect_rows(items)] == [
        ("◯", "일자리 창출"),
        ("◦", "주민 만족도 제고"),
        ("◦", "관광객 증가"),
    ]


def test_card_with_an_arrow_and_a_unit_glued_in_its_effects_row_reads_them_whole(tmp_path: Path) -> None:
    """Crossbred 9098 txt, its effects row reworded (the reviewer's c1): before ``['교통혼잡 해소', '통행시간 단축',
    '신재생에너지 생산 500', 'h규모 확대']`` -> after the two effects as printed."""
    p = drawn_file("crossbreed", 9098, "txt", tmp_path)
    src = p.read_text(encoding="utf-8")
    old = "◯ 시민 삶의 질 향상 및 생활 만족도 제고 ⇨민관 협력체계 구축을 통한 지속가능한 성장 기반 마련"
    assert old in src
    p.write_text(
        src.replace(old, "◯ 교통혼잡 해소 →통행시간 단축 ◯ 신재생에너지 생산 500 ㎾h규모 확대"),
        encoding="utf-8",
    )
    (rec,) = extract_file(str(p))
    assert rec["effects"] == ["교통혼잡 해소 →통행시간 단축", "신재생에너지 생산 500 ㎾h규모 확대"]


# 2 --------------------------------------------------------------------------------------------------------------


def test_an_undated_block_heading_behind_the_unknown_headings_glyph_is_no_sibling() -> None:
    """``ㅁ 그간의 노력`` then ``ㅁ 주요 추진실적`` (achievements): before a sibling heading -> after a block of the
    section; ``ㅁ 향후 추진일정`` (plans) stays the sibling, a line naming no section is none."""
    heading = SimpleNamespace(heading="ㅁ 그간의 노력")
    block = SimpleNamespace(opener=make_line("주요 추진실적", marker="ㅁ"), name="achievements")
    assert not sibling_headings(heading, block)
    plans = SimpleNamespace(opener=make_line("향후 추진일정", marker="ㅁ"), name="plans")
    assert sibling_headings(SimpleNamespace(heading="ㅁ 군민 소통 및 참여 실적"), plans)
    assert not sibling_headings(
        heading, SimpleNamespace(opener=make_line("관계기관 협의", marker="ㅁ"), name=None)
    )


def _reworded_9082(tmp_path: Path, subs: list[tuple[str, str]]) -> dict:
    p = drawn_file("crossbreed", 9082, "txt", tmp_path)
    src = p.read_text(encoding="utf-8")
    for a, b in subs:
        assert a in src, a
        src = src.replace(a, b)
    p.write_text(src, encoding="utf-8")
    (rec,) = extract_file(str(p))
    return rec


def test_card_with_an_undated_block_heading_under_an_unknown_heading_keeps_its_group(tmp_path: Path) -> None:
    """Crossbred 9082 txt, ``ㅁ 추진경과`` -> ``ㅁ 그간의 노력`` and its first block heading -> ``ㅁ 주요 추진실적``
    (the reviewer's c2): the first block's achievements' group before None -> after ``주요 추진실적``."""
    rec = _reworded_9082(
        tmp_path,
        [("ㅁ 추진경과", "ㅁ 그간의 노력"), ("▣ 기 추진실적 〈'23년 1분기 기준〉", "ㅁ 주요 추진실적")],
    )
    groups = [a["group"] for a in rec["achievements"]]
    assert groups[:3] == ["주요 추진실적"] * 3, groups
    assert None not in groups, groups


def test_card_with_an_undated_second_block_heading_keeps_its_group(tmp_path: Path) -> None:
    """Crossbred 9082 txt, ``ㅁ 추진경과`` -> ``ㅁ 그간의 노력`` and its dated second block heading -> ``ㅁ 주요
    추진실적`` (the reviewer's c2b): that block's group before None -> after ``주요 추진실적``."""
    rec = _reworded_9082(
        tmp_path, [("ㅁ 추진경과", "ㅁ 그간의 노력"), ("▣ '23년 2분기 현재", "ㅁ 주요 추진실적")]
    )
    groups = [a["group"] for a in rec["achievements"]]
    assert groups[:3] == ["기 추진실적"] * 3, groups
    assert groups[3:] and set(groups[3:]) == {"주요 추진실적"}, groups


# 3 --------------------------------------------------------------------------------------------------------------


def test_one_rows_cells_under_the_funding_heading_take_the_rest_back() -> None:
    """The head and the 계 row's cells a line under the funding heading, the 국비 / 도비 rows' cells under the next
    heading (the reviewer's c3): before the rows left in the achievements -> after moved back to the funding."""
    funding = [
        "(단위: 백만원)",
        "구분",
        "총사업비",
        "2023년",
        "2024년",
        "2025년",
        "계",
        "600",
        "100",
        "200",
        "300",
    ]
    after = ["국비", "300", "-", "100", "200", "도비", "300", "100", "100", "100"]
    bullet = Line(
        text="실시설계 용역 완료 : '24.2.", marker="◆", indent=0, source=Source(line_start=90, line_end=90)
    )
    sections = [
        Section(name=None, heading=None, items=[]),
        Section(name="funding", heading="2. 재원 투자계획", items=_lines(funding)),
        Section(name="achievements", heading="3. 추진실적", items=[*_lines(after, 50), bullet]),
    ]
    assert figure_cell_rows(sections[1].items) == 1
    funding_printed_after(sections)
    assert [it.text for it in sections[1].items] == funding + after
    assert sections[2].items == [bullet]


# 4 --------------------------------------------------------------------------------------------------------------

FUNDING_9050 = [
    "구 분 연도별 투자 실적 및 계획 계 비고",
    "2019년 2020년 2021년 2022년 2023년 2024년",
    "계",
    "1 080 026",
    "915 045",
    "1,103,902",
    "1 242 130",
    "1,137,939",
    "1 174 111",
    "1 382 803",
    "2 157 268",
    "7,776,983",
    "7 951 383",
    "국 비",
    "241 761",
    "125 745",
    "554,316",
    "692 544",
    "656,300",
    "741 954",
    "853 078",
    "878 515",
    "3,309,715",
    "3 533 597",
    "'21 1회 추경 반영",
    "도 비 34 150 302 562 549 586 112 668 43 443 825 810 1 868 219",
    "군 비",
    "804 115",
    "486 738",
    "",
    "368,971",
    "319 489",
    "486 282",
    "452 943",
    "2,599,049",
    "2 549 567",
    "5건 불용",
    "⟪단위 : 천원⟫",
    "취소선은 당초 계획, 붉은 글씨는 변경 내용(추경 반영)",
]
OUTREACH_9050 = [
    "구 분 횟수 특이사항",
    "주민간담회·공청회 등 2",
    "만족도조사 －",
    "민간전문가 자문 4",
    "언론·방송 －",
    "기타 1",
    "계 7회",
]


def test_a_funding_holding_rows_of_cells_keeps_the_next_sections_rows() -> None:
    """Mutant 9050 txt's funding (cells a line, rows 계 / 국 비 / 군 비) and outreach lines as the reader hands them:
    on the base the outreach rows moved into the funding (outreach lost); kept after (crossworst3's rule, kept)."""
    sections = [
        Section(name="funding", heading="연차별 재원 투자계획(수정)", items=_lines(FUNDING_9050)),
        Section(name="outreach", heading="군민 소통 실적", items=_lines(OUTREACH_9050, 100)),
    ]
    assert figure_cell_rows(sections[0].items) >= 2
    funding_printed_after(sections)
    assert [it.text for it in sections[1].items] == OUTREACH_9050
    assert [it.text for it in sections[0].items] == FUNDING_9050
