"""A label spaced out wider than a cell gap in a text dump (``사　업　명`` with ideographic spaces,
``담  당  자`` with two) is one cell, not one cell a syllable (samples/mutate.py's label spacing).

The dump reader parts a line into cells at every gap of two spaces or more; a gap inside a word
the vocabulary knows as a label when its syllables are joined is no cell break. Syllables that join
into no label stay apart (a row of one-syllable cells).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.vocabulary import current, key
from samples.mutate import SPACES, run_mutant
from tests.test_crossbreed import DRAWN_FROM

_WORD = re.compile("[가-힣]{2,4}")
GAPS = [g for g in SPACES if g != " "]  # the gaps wider than a one-space cell join


def _cells(text: str) -> list[str]:
    return [key(s.text) for s in to_tline(1, 1, text).segs]


def _labels(table: str) -> list[str]:
    return sorted({key(w) for ws in current().table(table).values() for w in ws if _WORD.fullmatch(key(w))})


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_labels("header") + _labels("overview")), st.sampled_from(GAPS))
def test_a_spaced_label_is_one_cell_beside_its_value(label: str, gap: str) -> None:
    spaced = gap.join(label)
    # a header row of cells two spaces apart, and one whose cells a dump joins with one space
    assert _cells(f"{spaced}  12-3  {spaced}  값") == [label, "12-3", label, "값"]
    one = to_tline(1, 1, f"관리 3-16 {spaced} 수요 응답")
    assert len(one.segs) == 1 and key(one.segs[0].text) == f"관리3-16{label}수요응답"


@pytest.mark.parametrize("gap", GAPS)
def test_a_spaced_label_with_a_colon(gap: str) -> None:
    label = _labels("overview")[0]
    assert _cells(f"{gap.join(label)}:  2022. 1. ~ 2026. 12.")[0] == f"{label}:"


def test_syllables_that_join_into_no_label_stay_cells() -> None:
    # one-syllable cells of a table row (a source's abbreviation, a mark) two spaces apart
    words = [
        w
        for w in ("국", "도", "시", "가", "나")
        if w + w not in {*_labels("header"), *_labels("funding_sources")}
    ]
    line = "  ".join(words)
    assert _cells(line) == words
    # a label's syllables followed by a cell that would join into a longer non-label stay the label
    label = _labels("header")[0]
    assert _cells("  ".join([*label, "값"]))[0] == label


def test_positions_are_kept() -> None:
    text = "담　당　자  홍길동"
    segs = to_tline(1, 1, text).segs
    assert [s.c0 for s in segs] == [0, 9]  # U+3000 read as two spaces and segs[1].text == "홍길동"
    assert segs[1].x0 == 2 * 3 + 2 * 2 + 2  # three wide syllables, two ideographic spaces, the gap


@pytest.mark.parametrize("seed", [2, 14])
def test_mutated_dumps_with_ideographic_label_spacing_read_their_header(tmp_path: Path, seed: int) -> None:
    """Mutated cards whose header labels print with U+3000 between syllables (before: header 0.6, the
    card 0.980 / 0.984)."""
    (r,) = run_mutant(seed, ("txt",), tmp_path, families=DRAWN_FROM, tables=False)
    assert "\\u3000" in r["features"]
    assert r["wrong"] == [] and "header" not in r["low_groups"], r["misses"]
    assert r["score"] >= 0.99, r["misses"]
