"""Achievement levels come from the order in which distinct marker glyphs first appear: ``ㆍ`` under
``·`` is a level of its own (it is not folded into ``·`` before levels are given), and the record
keeps the glyph as printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.achievements import extract_achievements
from pledgecard.scoring import score_record


def _levels(items: list[tuple[str, str]]) -> list[tuple[int, int | None, str | None]]:
    lines = [
        Line(text=t, marker=m, indent=0, source=Source(line_start=k + 1)) for k, (m, t) in enumerate(items)
    ]
    result = extract_achievements(lines)
    return [(a["level"], a["parent"], a["marker"]) for a in result.value["achievements"]]


def test_a_jamo_dot_under_a_middle_dot_is_one_level_down() -> None:
    got = _levels(
        [
            ("·", "수소 아카데미 운영 : '24. 3."),
            ("-", "교육 과정 개설"),
            ("ㆍ", "수료생 40명"),
            ("·", "업무협약 체결 : '24. 5."),
        ]
    )
    assert got == [(1, None, "·"), (2, 0, "-"), (3, 1, "ㆍ"), (1, None, "·")]


def test_two_circles_printed_as_two_glyphs_are_two_levels() -> None:
    got = _levels([("○", "기반 조성"), ("◦", "조례 제정 : '23. 4."), ("○", "시범 운영")])
    assert [lv for lv, _, _ in got] == [1, 2, 1]


@pytest.mark.parametrize("fmt", ["txt", "pdf", "hwpx"])
def test_a_generated_card_reads_its_jamo_dot_items_one_level_down(tmp_path: Path, fmt: str) -> None:
    """dasom-district 16007 prints ``ㆍ`` items under ``-`` items under ``·`` items (was 0.991: the
    ``ㆍ`` item read at the level of ``·``)."""
    from samples.families import BY_NAME, family_records
    from samples.generate import render

    fam = BY_NAME["dasom-district"]
    recs = family_records(fam, 16007)
    path = tmp_path / f"{fam.name}-16007.{fmt}"
    render(fmt, recs, path, fam.style)
    [got] = extract_file(path)
    jamo = [a for a in recs[0]["achievements"] if a["marker"] == "ㆍ"]
    assert jamo and all(a["level"] == 3 for a in jamo)  # the shape is real
    assert [(a["level"], a["parent"], a["marker"]) for a in got["achievements"]] == [
        (a["level"], a["parent"], a["marker"]) for a in recs[0]["achievements"]
    ]
    assert score_record(recs[0], got).score() == 1.0
