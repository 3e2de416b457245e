"""Rules of the label-left body reader (extract/readers/text_regions.py) on small dumps:
section labels marked with a bullet glyph, and a card's header printed above its label column."""

from __future__ import annotations

import pytest

from pledgecard.extract.readers import text_regions
from pledgecard.extract.readers.text_lines import split_lines

# A card title, its header as a table (rows of cells at the left margin), then the body: labels
# marked with a bullet glyph (● 공약 개요) centred beside their content lines.
HEADER_TABLE = [
    "                 한울특별자치도 민선8기 도지사 공약 실천계획 관리카드",
    "",
    "과제번호          1-9          공약과제          도시숲 실천 나무심기",
    "",
    "소관부서       탄소중립담당관           담당        석소호         전화번호   423-2606",
    "",
    "협조부서       투자유치과            실천목표      임기 내 추진       이행상태   완료",
    "",
]
BODY = [
    "              ◦ 사업기간 : 2022. 7. ~ 2026. 2.",
    " ● 공약 개요      ◦ 주요내용",
    "              - 도시숲 기반 조성을 위한 구축",
    "",
    "              ◦ 그린센터 실시설계 및 착공 : 2025년",
    "● 향후 추진일정   ◦ 도시숲 추진계획 수립 : 2025년 상반기 예정",
    "              ◦ 도시숲 성과평가 : '25. 8월 예정",
    "",
    "              ◦ 양질의 일자리 창출로 청년인구 유출 방지",
    " ● 기대효과",
    "              ◦ 대외 인지도 확대",
]
# The same header as paragraphs (○ 공약명 : ...), single lines at the left margin.
HEADER_PARAGRAPHS = [
    "     아름구 민선8기 구청장 공약사업 추진상황 관리카드",
    "",
    "○ 공약명 : 다함께 공공돌봄 센터 확충",
    "",
    "○ 주관부서 : 아동청소년담당관",
    "",
    "○ 담당자 : 맹윤수 (☎ 267-9194)",
    "",
    "○ 협조부서 : 여성가족과",
    "",
    "○ 추진상황 : 일부추진",
    "",
]


@pytest.mark.parametrize(("text", "label"), [
    ("● 공약 개요", True),  # a bullet glyph over a section's name
    ("● 도민 소통 실적(분기", True),  # longer than a short label: the name with its remark, wrapped
    ("● 2024년 계획", False),  # a figure: no label
    ("● 주요내용", False),  # a bullet item: no section's name
    ("◦ 사업기간", False),
])
def test_a_bullet_glyph_over_a_section_name_is_a_label(text: str, label: bool) -> None:
    assert text_regions._label_shaped(text) is label


@pytest.mark.parametrize("header", [HEADER_TABLE, HEADER_PARAGRAPHS], ids=["table", "paragraphs"])
def test_a_header_above_the_body_does_not_hide_its_label_column(header: list[str]) -> None:
    lines = split_lines("\n".join(header + BODY) + "\n")
    [region] = text_regions.find(lines)
    assert region.col == 14
    assert [" ".join(s.text for s in c.label) for c in region.cells] == ["● 공약 개요", "● 향후 추진일정", "● 기대효과"]
    first = [" ".join(s.text for s in ln.segs) for ln in region.cells[0].lines if ln.segs]
    assert first == ["◦ 사업기간 : 2022. 7. ~ 2026. 2.", "◦ 주요내용", "- 도시숲 기반 조성을 위한 구축"]


def test_lines_above_the_column_count_without_a_card_title_over_them() -> None:
    """A page with no card title: the lines left of the column above its first line are
    content of a page of content (no header), and they still count against a label column."""
    lines = split_lines("\n".join(HEADER_PARAGRAPHS[2:] + BODY) + "\n")
    assert text_regions.find(lines) == []


def test_a_header_is_skipped_only_beside_a_label_that_opens_a_cell() -> None:
    """Below the header, labels without a marker or number (a goal table's project cell) do not
    make the lines above them a header: no label column."""
    body = [ln.replace("● ", "  ") for ln in BODY]
    lines = split_lines("\n".join(HEADER_PARAGRAPHS + body) + "\n")
    assert text_regions.find(lines) == []


def test_a_label_wrapped_far_down_its_tall_cell_is_completed() -> None:
    """A label whose lines a tall cell spreads apart (``<2> 연도별`` ... ``재원 투자계`` ... ``획``):
    the last piece joins it when only with it the label names a section."""
    from pledgecard.extract.readers.text_lines import Seg

    def seg(text: str) -> Seg:
        return Seg(text, 0, len(text), 0, len(text), 0)

    assert text_regions._completes([seg("<2> 연도별"), seg("재원 투자계")], seg("획"))
    assert not text_regions._completes([seg("<2> 재원투자")], seg("계획"))  # named already: a new label
    assert not text_regions._completes([seg("<2> 연도별")], seg("국비"))  # names nothing with it


@pytest.mark.parametrize(("cell", "label"), [
    ("시비 구비", None),  # two rows' labels run together on one line
    ("지방비 도비", "도비"),  # a group over its part
    ("국비", "국비"),
    ("합계 국비", "국비"),
])
def test_two_sources_run_together_name_no_row(cell: str, label: str | None) -> None:
    from pledgecard.extract.sections.funding import source_label

    assert source_label([cell]) == label
