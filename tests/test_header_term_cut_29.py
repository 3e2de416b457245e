"""A header band whose row of values prints the 실천목표 right after the 공약명, no typed value between the two
free texts (session 29; mutant 3825 in the text dump, pinned in tests/test_mutate_tables.py PINNED_79): the
target begins at the one word of the term it opens with (vocabulary ``[header_values] target_terms``); before,
the row was refused and title and target read null (header 0.8)."""

from __future__ import annotations

from pledgecard.extract.sections.header_term_cut import target_start
from pledgecard.extract.sections.header_value_rows import split_value_row
from pledgecard.extract.vocabulary import current


def test_the_target_begins_at_the_term_it_opens_with() -> None:
    assert split_value_row(["title", "target"], "이차전지 특화단지 지정 추진 임기 후 계속") == {
        "title": "이차전지 특화단지 지정 추진",
        "target": "임기 후 계속",
    }
    # the term printed unspaced, a typed value after the target
    assert split_value_row(["title", "target", "status"], "청년 일자리 창출 임기내 완료 정상추진") == {
        "title": "청년 일자리 창출",
        "target": "임기내 완료",
        "status": "정상추진",
    }


def test_no_cut_where_the_term_does_not_show_one() -> None:
    # the term twice (the title restating it), or opening the title: where the title ends is not shown
    assert split_value_row(["title", "target"], "임기 내 청년주택 공급 임기 내 추진") is None
    assert target_start("임기 내 청년주택 공급 단계별 추진".split()) is None
    # a target not opening with the term: no cut
    assert split_value_row(["title", "target"], "이차전지 특화단지 지정 추진 2026년 완료") is None
    # the target first: its end is not shown (review A s34: nor by a status word after the term,
    # tests/test_review_a_mend_34.py)
    assert split_value_row(["target", "title"], "임기 내 도시숲 선도도시 조성") is None
    assert split_value_row(["target", "title"], "임기 내 추진 도시숲 선도도시 조성") is None
    assert split_value_row(["target", "title"], "임기 내 추진 완료 도시숲 선도도시 조성") is None


def test_the_terms_are_vocabulary_data() -> None:
    terms = current().words("header_values", "target_terms")
    assert terms and all(target_start(["공약", *t.split(), "추진"]) == 1 for t in terms)
