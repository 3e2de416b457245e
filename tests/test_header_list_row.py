"""A header printed as a pledge list's row in a text dump (samples/families dajim-district): a line of labels, a
rate's among them closing on its unit in brackets (이행률(%)), over a line of values, the rate's a percent: the
labels found, the values split by their kinds, the percent no field's."""

from __future__ import annotations

from pledgecard.extract.labels import find_labels
from pledgecard.extract.sections.header_value_rows import split_value_row

HEADS = "관리 번호 공약사항 추진 상황 이행률(%) 추진부서"
FIELDS = ["mgmt_no", "title", "status", "progress", "lead_dept"]


def test_a_rate_label_closing_on_its_unit_is_a_label() -> None:
    assert [f for f, _, _ in find_labels(HEADS)] == FIELDS
    assert find_labels("진행률(%) 65%") == [("progress", 0, 6)]
    assert (
        find_labels("추진부서(%)") == []
    )  # only a rate's unit, and only where the label is one: no other word
    assert [f for f, _, _ in find_labels("이행률(명) 추진부서")] == ["lead_dept"]  # another unit: no label


def test_the_values_row_under_it_splits_by_kinds_the_percent_the_rates() -> None:
    row = split_value_row(FIELDS, "2-71 수소산업 특화단지 지정 추진 완료(계속) 100% 산업입지담당관")
    assert row == {
        "mgmt_no": "2-71",
        "title": "수소산업 특화단지 지정 추진",
        "status": "완료(계속)",
        "progress": "100%",
        "lead_dept": "산업입지담당관",
    }
    # no percent where the rate's value stands: no split (the words are not told apart)
    assert split_value_row(FIELDS, "2-71 수소산업 특화단지 지정 추진 정상 산업입지담당관") is None
