"""A weak header label (``[header_weak]``) inside a line names no new card's header: areum-district's plans item
``∘ 공약사항 정비 및 이행계획 보완 : 2028. 하반기 예정`` under a page's running header (``… 관리카드 | 관리번호 1-32``)
started a second card once 공약사항 became a title label (session 27), its headings unknown (0.925 < 0.94)."""

from __future__ import annotations

from tests.conftest import make_line


def test_a_weak_label_opening_an_items_words_names_no_pledge() -> None:
    from pledgecard.extract.card_split import _names_pledge

    assert not _names_pledge(make_line("공약사항 정비 및 이행계획 보완 : 2028. 하반기 예정", "∘"))
    assert _names_pledge(
        make_line("공약사항 : 청년 창업공간 조성", "○")
    )  # a label: its value after a separator
    assert _names_pledge(make_line("공약명 청년 창업공간 조성"))  # a strong label needs no separator
    assert _names_pledge(make_line("관리번호 1-32"))


def test_a_running_header_over_a_weak_labelled_item_starts_no_card() -> None:
    from pledgecard.extract.card_split import _header_follows

    items = [
        make_line("아름구 민선8기 구청장 공약사업 추진상황 관리카드  |  관리번호 1-32"),
        make_line("공약사항 정비 및 이행계획 보완 : 2028. 하반기 예정", "∘"),
    ]
    assert not _header_follows(items, 0)
    items[1] = make_line("공약사항 : 청년 창업공간 조성", "○")
    assert _header_follows(items, 0)
