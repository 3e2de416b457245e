"""The shapes of session 28's sweep of crossbred and mutated cards over the seventy-nine families (seeds 3080-3179
in PDF, HWPX and HWP, 3790-3839 in the text dump): unit tests on each class fixed; the cards pinned in
tests/test_crossbreed.py SEEDS_79b and tests/test_mutate_tables.py PINNED_79b."""

from __future__ import annotations

from tests.conftest import make_line, make_table


def test_a_weak_title_label_in_a_row_of_header_labels_starts_a_card() -> None:
    """Crossbred 3082: gaji-county's title printed without a suffix (… 공약 실천계획) over dajim-district's header
    row (관리 번호 | 공약사항 | 추진 상황 | 이행률(%) | 추진부서): 공약사항 a weak label, no card found (0.004 in PDF,
    HWPX and HWP)."""
    from pledgecard.extract.card_split import _starts_with_name_label

    head = [["관리 번호", "공약사항", "추진 상황", "이행률(%)", "추진부서"], ["9-52", "수소산업 특화단지", "부진", "90%", "과"]]
    assert _starts_with_name_label(make_table(head))
    assert _starts_with_name_label(make_line("관리 번호 공약사항 추진 상황 이행률(%) 추진부서"))
    # a weak label with 번호 alone (a sub-projects' table), or opening a line of words, names no pledge
    assert not _starts_with_name_label(make_table([["번호", "사업명", "사업비"], ["1", "청년센터", "100"]]))
    assert not _starts_with_name_label(make_line("공약사항 정비 및 이행계획 보완 : 2028. 하반기 예정"))
    assert not _starts_with_name_label(make_table([["공약사항", "추진 상황", "추진부서"], ["수소", "부진", "과"]]))


def test_a_suffixless_title_over_a_weak_header_row_is_a_card() -> None:
    """The same card read whole from its lines: a title line with no suffix, then the header row."""
    from pledgecard.extract.card_split import split_cards

    items = [make_line("가지군 민선8기 군수 공약 실천계획"),
             make_table([["관리 번호", "공약사항", "추진 상황", "추진부서"], ["9-52", "수소산업 특화단지", "부진", "과"]]),
             make_line("사업개요", "▷")]
    cards = split_cards(items)
    assert len(cards) == 1 and cards[0][-1] is items[-1]
