"""Achievement levels come from the order in which distinct marker glyphs first appear: ``ㆍ`` under
``·`` is a level of its own (it is not folded into ``·`` before levels are given), and the record
keeps the glyph as printed."""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.achievements import extract_achievements


def _levels(items: list[tuple[str, str]]) -> list[tuple[int, int | None, str | None]]:
    lines = [Line(text=t, marker=m, indent=0, source=Source(line_start=k + 1)) for k, (m, t) in enumerate(items)]
    result = extract_achievements(lines)
    return [(a["level"], a["parent"], a["marker"]) for a in result.value["achievements"]]


def test_a_jamo_dot_under_a_middle_dot_is_one_level_down() -> None:
    got = _levels([("·", "수소 아카데미 운영 : '24. 3."), ("-", "교육 과정 개설"), ("ㆍ", "수료생 40명"),
                   ("·", "업무협약 체결 : '24. 5.")])
    assert got == [(1, None, "·"), (2, 0, "-"), (3, 1, "ㆍ"), (1, None, "·")]


def test_two_circles_printed_as_two_glyphs_are_two_levels() -> None:
    got = _levels([("○", "기반 조성"), ("◦", "조례 제정 : '23. 4."), ("○", "시범 운영")])
    assert [lv for lv, _, _ in got] == [1, 2, 1]
