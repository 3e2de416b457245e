"""One parser reads a header status into the statuses it prints (extract/status_parts.py), and both of its readers
agree on its shape: a bracket right after a status word qualifies that word (``추진중(지연)``: one status), so
``추진중(지연) 정상추진`` prints two status words, whether the card names a strikeout in a legend
(extract/superseded.py) or not (extract/status_twice.py)."""

from __future__ import annotations

from typing import Any

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.status_parts import statuses
from pledgecard.extract.status_twice import settle_two_statuses
from pledgecard.extract.superseded import settle
from pledgecard.extract.vocabulary import current

TWO = [
    ("추진중(지연) 정상추진", ["추진중(지연)", "정상추진"]),
    ("추진중 (지연) 정상추진", ["추진중(지연)", "정상추진"]),
    ("추진중 정상추진", ["추진중", "정상추진"]),
    ("부진 추진중(부진)", ["부진", "추진중(부진)"]),
    ("일부추진 → 정상추진", ["일부추진", "정상추진"]),
]
ONE = [
    "추진중(지연)",
    "추진중 (지연)",
    "정상추진",
    "지연(95%)",
    "완료 완료",
    "일부 지연",
    "정상 추진",
    "계속 추진",
]


@pytest.mark.parametrize(("status", "seen"), TWO)
def test_two_status_words_are_read_two_by_both_readers(status: str, seen: list[str]) -> None:
    assert statuses(status, current()) == seen
    header: dict[str, Any] = {"status": status, "status_code": "ongoing"}
    (found,) = settle_two_statuses(header, [], "txt")  # no legend
    assert header == {"status": None, "status_code": None}
    assert found["observed"] == [{"field": "header.status", "values": seen}]
    legend = Line(text="※ 취소선은 당초 계획", marker=None, indent=0, source=Source(line_start=3, line_end=3))
    header = {"status": status, "status_code": "ongoing"}
    (found,) = settle({}, header, [legend], "txt")  # a legend naming the strikeout
    assert header == {"status": None, "status_code": None}
    assert found["location"] == "header.status"
    assert found["observed"] == [{"field": "header.status", "values": seen}]


@pytest.mark.parametrize("status", ONE)
def test_one_status_is_left_as_read_by_both_readers(status: str) -> None:
    assert len(statuses(status, current())) <= 1
    header: dict[str, Any] = {"status": status, "status_code": "ongoing"}
    assert settle_two_statuses(header, [], "txt") == [] and header["status"] == status
    legend = Line(text="※ 취소선은 당초 계획", marker=None, indent=0, source=Source(line_start=3, line_end=3))
    assert settle({}, header, [legend], "txt") == [] and header["status"] == status


def test_formats_showing_the_strikeout_are_not_settled() -> None:
    for fmt in ("pdf", "hwpx", "hwp"):
        header = {"status": "추진중(지연) 정상추진"}
        assert settle_two_statuses(header, [], fmt) == [] and header["status"] == "추진중(지연) 정상추진"
        assert settle({}, header, [], fmt) == []
