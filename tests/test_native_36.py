"""Unseen native-format family cards (session 36): the 17th to 20th seeds of every template family
(samples/families.py, ``family_seeds(fam, 20)[16:20]``) written as PDF, HWPX and HWP and read blind.

Blind: 335 cards a format (81 families, four seeds each, booklets and two-quarter files counted by card), 43,377
figures: HWPX / HWP every card 1.000; PDF mean 1.000, min 0.993, none below 0.97, no wrong figure. Two losses:

- a class fixed here: two figures too wide for equal year cells, each run on from its cell's padding, the left one's
  last digit drawn where the right one's first (the same digit) was: the PDF engine keeps one copy of a glyph drawn
  twice at one place, so the right figure read a digit short and both were marked unsure (areum-district 26279,
  ``2,182,057,629`` then ``944,225,947`` in 원: the 합계 row's 2018 and 2019 null, 0.993). The drawing proves the
  glyph both figures' (pdf_collisions._shared_at_inset): 1.000 after.
- left: an open-sided slide table (no vertical rule) whose total row's 계 spans the three label columns, centred on
  them, which is where the middle column's centre is (dallae-city 84019, 0.994: ``["", "계", "", "41"]`` read where
  the record spans it ``["계", "계", "계", "41"]``); without a rule the span is not in the drawing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pledgecard.extract.readers.pdf_collisions import mark_collisions
from pledgecard.extract.readers.pdf_lines import LOST, chars_to_lines

from conftest import expected_scored, family_card

SIZE, W = 10.0, 6.25  # font size, glyph advance (digits and commas alike)
XS = [50.0, 100.0, 150.0, 200.0]  # three cells of one row, 50 pt each
OWNERS = [[0, 1, 2]]
INSET = 2.0  # a cell's padding: a text too wide for its cell starts this far past its left rule


def _chars(text: str, x0: float, top: float = 100.0) -> list[dict[str, Any]]:
    return [
        {
            "text": ch,
            "x0": x0 + k * W,
            "x1": x0 + (k + 1) * W,
            "top": top,
            "bottom": top + SIZE,
            "size": SIZE,
            "fontname": "F",
            "upright": True,
        }
        for k, ch in enumerate(text)
    ]


def _texts(cells: list[list[dict[str, Any]]]) -> list[str]:
    return [" ".join(line.text for line in chars_to_lines(c, page=1)) for c in cells]


def test_two_overrunning_figures_sharing_one_glyph_are_read_whole() -> None:
    # 1,234,569 runs on from its padding to end on a 9 drawn at the next cell's padding, where 98,765,432 (too wide
    # for its cell, so run on from there too) drew its own 9: one copy kept, the right figure read from its 8
    left = _chars("1,234,569", XS[0] + INSET)
    assert left[-1]["x0"] == XS[1] + INSET
    right = _chars("98,765,432", XS[1] + INSET)[1:]
    cells = [left, right, _chars("463", 180.0)]
    mark_collisions(XS, OWNERS, cells)
    assert _texts(cells) == ["1,234,569", "98,765,432", "463"]


def test_an_overprint_the_drawing_does_not_prove_shared_stays_unsure() -> None:
    # the right text short enough to be set right in its cell: where it starts proves no glyph lost
    cells = [_chars("1,234,569", XS[0] + INSET), _chars("98,7", XS[1] + INSET)[1:], _chars("463", 180.0)]
    mark_collisions(XS, OWNERS, cells)
    assert [LOST in t for t in _texts(cells)] == [True, True, False]
    # the right figure's first glyph not one advance past the padding the left one's last glyph stands at (a hair
    # after it, still touching): not one glyph's two copies
    cells = [
        _chars("1,234,569", XS[0] + INSET),
        _chars("98,765,432", XS[1] + INSET + 0.8)[1:],
        _chars("463", 180.0),
    ]
    mark_collisions(XS, OWNERS, cells)
    assert [LOST in t for t in _texts(cells)] == [True, True, False]
    # a glyph of the left figure other than its last standing at the padding: no copy of it is the right one's
    cells = [
        _chars("1,234,5698", XS[0] + INSET),
        _chars("98,765,432", XS[1] + INSET + W)[1:],
        _chars("463", 180.0),
    ]
    mark_collisions(XS, OWNERS, cells)
    assert [LOST in t for t in _texts(cells)] == [True, True, False]


def test_a_won_funding_table_whose_overrunning_figures_share_a_digit(tmp_path: Path) -> None:
    # areum-district 26279 PDF (its family's 20th seed): 합계 2018 / 2019 null before (0.993), read after (1.000)
    path, _ = family_card(tmp_path, "areum-district", 26279, "pdf")
    exp, got, score, wrong = expected_scored(path)
    [total] = [r for r in got["funding"]["rows"] if r["source"] == "total"]
    [want] = [r for r in exp["funding"]["rows"] if r["source"] == "total"]
    assert total["amounts_krw"] == want["amounts_krw"]
    assert wrong == []
    assert score >= 1.0
