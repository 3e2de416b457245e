"""Interactions found when this session's branches met (tests/test_text_converters.py's floors): the outreach
head rules of one branch nulled counts another family's dumps print right.

- bitna-district's hwpx-text dump prints the counts' row label naming its counter (``실적(회)``) on the line right
  after the last channel: a cell of its own, no wrapped label's piece;
- dasan-edu's prints an unknown channel (``교원 연수``) last with a count printed for it: a column's own label;
- saenal-district's ``-raw`` dump prints a wrapped label after the others over counts all ``0``: whose is whose
  does not matter, every count is read."""

from __future__ import annotations

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.outreach_lines import from_lines
from pledgecard.extract.sections.outreach_unit import names_its_counter
from pledgecard.extract.sections.outreach_wrapped_head import wrapped_label_last


def _lines(texts: list[str]) -> list[Line]:
    from pledgecard.extract.document import Source

    return [Line(text=t, marker=None, indent=0, source=Source(line_start=k + 1)) for k, t in enumerate(texts)]


def test_a_row_label_naming_its_counter_is_its_own_cell() -> None:
    assert names_its_counter("실적(회)") and names_its_counter("실적 (건)")
    assert not names_its_counter("회등") and not names_its_counter("주민간담회(공청회)")
    parts = ["구분", "주민간담회, 공청회 등", "만족도 조사", "계", "언론·방송", "기타", "실적(회)"]
    assert not wrapped_label_last(parts, list(range(1, len(parts) + 1)))


def test_a_piece_holding_its_own_count_is_a_column_not_a_wrapped_label() -> None:
    parts = ["계", "학부모 설명회", "설문조사", "교육전문가 자문", "언론보도", "교원 연수"]
    starts: list[int | None] = list(range(1, len(parts) + 1))
    assert wrapped_label_last(parts, starts)  # the print alone does not tell
    assert not wrapped_label_last(parts, starts, counts=6)  # six counts under six cells: each its own
    assert wrapped_label_last(parts, starts, counts=5)  # one count short: the piece is a label's


def test_counts_all_the_same_are_read_under_a_label_printed_late() -> None:
    head = ["계", "만족도 조사", "민간전문가 자문", "언론 홍보", "기타", "주민간담회·공청", "회등"]
    got = from_lines(_lines([*head, "0회", "0", "-", "0", "0", "0"]))
    assert got is not None and got["total"] == 0
    assert [it["count"] for it in got["items"]] == [0] * 5
    got = from_lines(_lines([*head, "97회", "6", "-", "2", "88", "1"]))  # whose 88 is whose: not told
    assert got is not None and all(it["count"] is None for it in got["items"])
