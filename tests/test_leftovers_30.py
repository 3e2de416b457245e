"""Leftovers of the txt sweep in text dumps' money tables (session 30), pinned by seed and by shape.

- A figure typed in fullwidth mode whose thousands an ideographic space groups (``９８　６９６천원``): the dump's
  reader measures the ideographic space as two display spaces, which the funding reading of a row's gaps took
  for a blank cell; between two fullwidth digits it is one separator again (extract/sections/funding_fullwidth.py).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_fullwidth import fullwidth_folded

from conftest import make_line


def _printed_line(text: str, printed: str) -> Line:
    line = make_line(text)
    return replace(line, printed=printed)


# ------------------------------------------------------------------------------ fullwidth groups, an ideographic space

def test_an_ideographic_space_between_fullwidth_digits_is_one_separator() -> None:
    # the dump's reader prints the ideographic space as two spaces (its display columns)
    line = _printed_line("計 ９８ ６９６천원 １８９ ２８９천원", "計 ９８  ６９６천원 １８９  ２８９천원")
    (folded,) = fullwidth_folded([line])
    assert isinstance(folded, Line)
    assert folded.printed == "計 98 696천원 189 289천원"
    assert folded.text == "計 98 696천원 189 289천원"


def test_two_spaces_beside_half_width_digits_stay_a_blank_cell() -> None:
    # a half-width row's gap of two spaces is a blank cell, fullwidth figures elsewhere on the line or not
    line = _printed_line("국 비 １２ 311 2 810", "국 비 １２ 311  2 810")
    (folded,) = fullwidth_folded([line])
    assert isinstance(folded, Line) and folded.printed == "국 비 12 311  2 810"
    # a fullwidth digit beside a half-width one: no ideographic space proven
    line = _printed_line("국 비 １２ 3", "국 비 １２  3")
    (folded,) = fullwidth_folded([line])
    assert isinstance(folded, Line) and folded.printed == "국 비 12  3"


# ------------------------------------------------------------------------------ pinned mutants (txt)

# seed: (floor, what it showed)
PINNED_TXT = {
    3862: (1.0, "hanmaru-county: fullwidth figures grouped by ideographic spaces, a unit in every cell "
                "(９８　６９６천원): every gap read as a blank cell, the funding null (0.900, money 0.143)"),
}


@pytest.mark.parametrize("seed", sorted(PINNED_TXT))
def test_pinned_mutated_txt_card_reads(tmp_path: Path, seed: int) -> None:
    from samples.mutate import run_mutant

    (r,) = run_mutant(seed, ("txt",), tmp_path)
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= PINNED_TXT[seed][0], (r["score"], r["misses"], r["features"])
