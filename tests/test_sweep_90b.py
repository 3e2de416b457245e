"""The classes session 34's fresh sweep found and left (mutated seeds 3480-3539 in PDF, HWPX and HWP, 4320-4359 in
the text dump): unit tests on each shape fixed; the cards pinned in tests/test_mutate_tables.py PINNED_90b."""

from __future__ import annotations

from tests.conftest import make_line


def test_an_attachment_list_closing_the_card_is_no_last_section_item() -> None:
    """Mutant 3488 (every format): ``[붙임] 1. 사업 위치도 1부.`` / ``2. 세부 추진계획서 1부.  끝.`` after the effects,
    read as two more effects, the first run into the last effect by the PDF and text readers (0.994, text 0.893)."""
    from pledgecard.extract.card_attachments import attachments_apart, is_list_item, list_start

    assert list_start("[붙임] 1. 사업 위치도 1부.") == 0
    assert list_start("붙임 : 공약사업 관리카드 1부. 끝.") == 0  # a memo's attachment line: as before
    assert list_start("인지도 확대 [붙임] 1. 사업 위치도 1부.") == 7
    assert list_start("붙임 자료를 참고하여 추진") is None  # no count of copies: a sentence
    assert list_start("자료 1부 제출") is None
    assert is_list_item("2. 세부 추진계획서 1부.  끝.")
    assert is_list_item("끝.")
    assert not is_list_item("세부 추진계획서 제출")
    assert not is_list_item("2. 관광객 1,000명 유치")

    effects = [make_line("해양레저 분야 선도 지역으로서 위상 강화", "➬"),
               make_line("다솔구 브랜드 가치 제고 [붙임] 1. 사업 위치도 1부.", "⇨"),
               make_line("세부 추진계획서 1부. 끝.", "2.")]
    kept, apart = attachments_apart(effects)
    assert [ln.full_text for ln in kept] == ["➬ 해양레저 분야 선도 지역으로서 위상 강화", "⇨ 다솔구 브랜드 가치 제고"]
    assert [ln.full_text for ln in apart] == ["[붙임] 1. 사업 위치도 1부.", "2. 세부 추진계획서 1부. 끝."]

    own_lines = [make_line("지역경제 활성화", "➬"), make_line("[붙임] 1. 사업 위치도 1부."),
                 make_line("세부 추진계획서 1부.", "2."), make_line("끝.")]
    kept, apart = attachments_apart(own_lines)
    assert len(kept) == 1 and len(apart) == 3

    numbered = [make_line("지역경제 활성화", "➬"), make_line("관계기관 협의 1부 제출", "2.")]  # no attachment word
    assert attachments_apart(numbered) == (numbered, [])
    amid = [make_line("[붙임] 1. 사업 위치도 1부."), make_line("지역경제 활성화", "➬")]  # not closing the card
    assert attachments_apart(amid) == (amid, [])
