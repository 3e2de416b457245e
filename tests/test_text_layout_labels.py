"""Rules of the layout-dump readers on small dumps (issue 11, session 10): section labels numbered
as ordinals wrapped in a narrow label column (``제1장 사업`` / ``의 개요``)."""

from __future__ import annotations

import pytest

from pledgecard.extract.labels import section_of
from pledgecard.extract.readers import text_regions
from pledgecard.extract.readers.text_lines import split_lines

# A label column nine characters wide: each label numbered as an ordinal wraps after its first
# word; the first is glued one space apart to its cell's first content line.
ORDINAL_BODY = [
    "         ▢ 사업기간 : '22. 10. ~ '28. 12.",
    "",
    "제1장 사업 ▢ 주요내용",
    "",
    "의 개요     - 반도체 소재 기반 조성을 위한 실증센터 구축",
    "",
    "         * 산업단지: 관련 시설 및 장비를 갖춘 거점 공간",
    "",
    "",
    "         ▢ 재직자 대상 만족도 조사 실시 : 2027년 하반기",
    "제2장 향후",
    "         ▢ 재직자 정주여건 개선 및 지역 정착 유도",
    "추진계획",
    "",
    "",
    "         ▢ 반도체 소재 분야 선도 지역으로서 위상 강화",
    "제3장 기대",
    "         ▢ 양질의 일자리 창출로 청년인구 유출 방지",
    " 효과",
]


@pytest.mark.parametrize(("text", "label", "opens"), [
    ("제1장 사업", True, True),  # an ordinal over a title's first word
    ("제 2 장 향후", True, True),  # spaced as some templates print it
    ("의 개요", True, False),  # the wrapped rest of a label: no cell of its own
    ("제1장", False, False),  # a number with no title
    ("제2장 2024년", False, False),  # a figure: no label
])
def test_a_label_numbered_as_an_ordinal_opens_a_cell(text: str, label: bool, opens: bool) -> None:
    assert text_regions._label_shaped(text) is label
    assert (label and text_regions._opens(text)) is opens


def test_ordinal_labels_wrapped_in_their_column_are_joined_and_own_their_lines() -> None:
    lines = split_lines("\n".join(ORDINAL_BODY) + "\n")
    [region] = text_regions.find(lines)
    assert region.col == 9
    labels = [" ".join(s.text for s in c.label) for c in region.cells]
    assert labels == ["제1장 사업 의 개요", "제2장 향후 추진계획", "제3장 기대 효과"]
    assert [section_of(t) for t in labels] == ["overview", "plans", "effects"]
    first = [" ".join(s.text for s in ln.segs) for ln in region.cells[0].lines if ln.segs]
    assert first == ["▢ 사업기간 : '22. 10. ~ '28. 12.", "▢ 주요내용", "- 반도체 소재 기반 조성을 위한 실증센터 구축",
                     "* 산업단지: 관련 시설 및 장비를 갖춘 거점 공간"]
    assert len(region.cells[1].lines) - sum(1 for ln in region.cells[1].lines if not ln.segs) == 2
