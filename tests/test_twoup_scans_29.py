"""2-up scans (session 29), on files the generator writes at test time from a family's records:

- a searchable scan printed two pages a sheet: a word whose strokes the faint ink joins (a line of Hangul
  whose bars run on) closes boxes of its own; a "grid" whose inner rules run through the middle of the
  characters printed there is the word, not a table (``pdf_scan_layer.glyph_grids``): it took the word from its
  cell (gippeum 77003 0.952 / 0.989 as the test names it, a goal's target and an achievement's heading losing their first word; after 1.0).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers import pdf
from pledgecard.extract.readers.pdf_grids import Grid
from pledgecard.extract.readers.pdf_scan_layer import glyph_grids
from pledgecard.scoring import load_records, score_record
from samples.families import BY_NAME, family_records
from samples.generate import write_file


def _wrong(exp: dict, got: dict) -> int:
    """Figures produced and different from the expected (the shared wrong-figure counter's)."""
    from conftest import shared_tools

    _, wf = shared_tools()
    return sum(1 for _, _, e, g in wf.figures(exp, got) if g is not None and g != e)


def _char(text: str, x0: float, top: float, size: float = 8.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + size, "top": top, "bottom": top + size, "size": size, "fontname": "F"}


def test_a_grid_whose_rules_cut_its_words_is_their_strokes() -> None:
    word = [_char("가", 100.0 + 8 * k, 100.0) for k in range(4)]
    strokes = Grid((100.0, 99.0, 132.0, 109.0), [(100.0, 99.0, 122.0, 104.0), (122.0, 99.0, 132.0, 104.0),
                                                 (100.0, 104.0, 132.0, 109.0)])
    assert glyph_grids([strokes], word) == []
    # a table holding the same word whole in a row, its rules between the rows: kept
    table = Grid((90.0, 90.0, 200.0, 130.0), [(90.0, 90.0, 140.0, 110.0), (140.0, 90.0, 200.0, 110.0),
                                              (90.0, 110.0, 140.0, 130.0), (140.0, 110.0, 200.0, 130.0)])
    assert glyph_grids([table], word) == [table]
    # one rule through the text, another clear of it: a table (its rows are not all cut)
    mixed = Grid((90.0, 90.0, 200.0, 130.0), [(90.0, 90.0, 200.0, 104.0), (90.0, 104.0, 200.0, 120.0),
                                              (90.0, 120.0, 200.0, 130.0)])
    assert glyph_grids([mixed], word) == [mixed]
    assert glyph_grids([strokes], []) == [strokes]  # no text there: nothing to judge by


@pytest.mark.parametrize("seed", [77003])
def test_a_two_up_searchable_scans_words_are_not_tables(seed: int, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    fam = BY_NAME["gippeum-county"]
    path = write_file(tmp_path, f"gippeum-county-{seed}", "pdf", family_records(fam, seed),
                      replace(fam.style, sheet_up=2, pdf_sandwich=True))
    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    [got] = extract_file(path)
    assert score_record(exp, got).score() >= 0.99 and _wrong(exp, got) == 0
    monkeypatch.setattr(pdf, "glyph_grids", lambda grids, chars: grids)
    [kept] = extract_file(path)
    assert score_record(exp, kept).score() <= score_record(exp, got).score() - 0.005
