"""A header status printed with its progress rate in brackets (yunseul-city seeds 40172, 40190: ``추진상황 이행후
계속추진(30%)`` on the line of ``사업기간``): the status's length is its words', the rate left out; a status of
one word with its rate (``지연(65%)``) was read, one of two words was not (and the period took the rest of the
line). A long phrase stays no status, rate or not."""

from __future__ import annotations

from pledgecard.extract.sections.header_value_kinds import value_kind


def test_a_two_word_status_with_its_rate_is_a_status() -> None:
    assert value_kind("이행후 계속추진(30%)") == "status"
    assert value_kind("이행후 계속추진 (20 %)") == "status"
    assert value_kind("지연(65%)") == "status"


def test_a_long_phrase_or_a_bracket_of_words_is_still_none() -> None:
    assert value_kind("공약사업 이행계획 수립 보고서 작성(20%)") is None
    assert value_kind("이행후 계속추진(관계기관 협의 지속)") is None
