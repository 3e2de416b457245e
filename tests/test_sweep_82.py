"""The shapes of session 29's fresh sweep over the eighty-one families (mutated seeds 3180-3239 in PDF, HWPX and
HWP, 3840-3879 in the text dump; crossbred seeds 6223-6252 in all four formats): unit tests on each class fixed;
the cards pinned in tests/test_crossbreed.py SEEDS_82 and tests/test_mutate_tables.py PINNED_82."""

from __future__ import annotations

from tests.conftest import make_line


def test_a_tag_numbering_a_block_is_read_apart_from_its_title() -> None:
    """Crossbred 6245: gaji-county's blocks numbered by a tag (``[세부사업1] 기 추진실적``) and gureum-city's goals
    told as lines under a block heading of that numbering (``[세부사업3] 성과지표 달성 현황``)."""
    from pledgecard.extract.tagged_headings import numbered_tag, tagged_section

    assert numbered_tag("[세부사업3] 성과지표 달성 현황") == ("[세부사업3]", "성과지표 달성 현황")
    assert numbered_tag("〔과제 2〕 추진실적") == ("〔과제 2〕", "추진실적")
    assert tagged_section("[세부사업3] 성과지표 달성 현황") == "goals"
    assert tagged_section("<사업3> 향후계획") == "plans"
    # no number in the tag, no title after it, a long bracketed remark, a title of no section: no heading
    assert numbered_tag("[주요내용] 추진실적") is None and numbered_tag("[세부사업3]") is None
    assert numbered_tag("(2021. 12. 31. 현재까지의 누계 실적) 추진실적") is None
    assert tagged_section("[세부사업1] 돌봄센터 운영") is None
    assert tagged_section("[세부사업2] 2021. 12. 31. 현재") is None


def test_a_tag_numbered_section_title_heads_its_section_among_the_blocks() -> None:
    from pledgecard.extract.card_headings import heading_of

    assert heading_of(make_line("[세부사업3] 성과지표 달성 현황"), "achievements") == "goals"
    assert heading_of(make_line("[세부사업1] 기 추진실적 ('21. 3/4분기 누계)"), "achievements") is None
    assert heading_of(make_line("[세부사업3] 추진실적"), "achievements") is None  # the section it stands in


def test_a_tag_numbered_section_title_never_continues_the_item_above() -> None:
    """The text dump: the title line under an item's last line was joined to it as the item's wrapped rest."""
    from pledgecard.extract.textjoin_shapes import opens_heading

    assert opens_heading("[세부사업3] 성과지표 달성 현황")
    assert not opens_heading("[세부사업3] 돌봄센터 운영 지원")
