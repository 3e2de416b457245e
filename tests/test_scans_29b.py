"""Scanned cards (session 29, second helper):

- a 1-up landscape searchable scan taken for sheets of two pages side by side (``pdf_sheets.same_print``): a 16:9
  slide deck (dallae-city) prints one footer a side of each page, the city's name at its left corner and its
  page number at its right; with a white band down the middle of a slide (three figures in columns over a table,
  ``민간전문가 | 언론,방송 | 기타``) the two foot rows stood level and apart from the print over them, as two pages'
  numbers do, and 6 of its 8 sheets were split ("sheets of two pages side by side read as 14 pages"). Two halves'
  foot rows are now the same furniture only when they print the same but for their digits (``- 1 -`` / ``- 2 -``,
  ``달래시 1`` / ``달래시 2``, numbers alone at the outer corners), and on an image (a scan with no text layer,
  ``pdf_scan_gutter.same_width``) when they are as wide as each other but for a digit or two: dallae-city 101 1-up
  searchable scan 0.637 -> 1.000, no figure wrong; its 2-up print and moa-city (2-up) still split.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest


def _searchable_scan(tmp_path: Path, family: str, seed: int, **style: object) -> tuple[Path, dict]:
    """``family``'s card ``seed`` printed as a searchable scan (``style`` over the family's), its expected record."""
    from pledgecard.scoring import load_records
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME[family]
    path = write_file(tmp_path, f"{family}-{seed}", "pdf", family_records(fam, seed),
                      replace(fam.style, pdf_sandwich=True, **style))
    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    return path, exp


@pytest.mark.parametrize(("left", "right", "same"), [
    ("- 1 -", "- 2 -", True), ("달래시 1", "달래시 2", True), ("9", "10", True),
    ("모아시 공약사업 관리카드 · 3", "모아시 공약사업 관리카드 · 4", True),
    ("달래시", "2", False), ("사업기간", "- 2 -", False),
])
def test_two_halves_foot_rows_are_one_furniture_when_they_print_the_same_but_their_numbers(
        left: str, right: str, same: bool) -> None:
    from pledgecard.extract.readers.pdf_sheets import same_print

    assert same_print(left, right) is same


@pytest.mark.parametrize(("left", "right", "same"), [
    (((100, 112), (200, 230)), ((100, 112), (620, 652)), True),  # - 9 - / - 10 -
    (((100, 112), (40, 90)), ((100, 112), (790, 798)), False),  # a name at the left corner, a number at the right
])
def test_an_images_foot_rows_are_one_furniture_when_as_wide_but_for_a_digit(left: tuple, right: tuple,
                                                                             same: bool) -> None:
    from pledgecard.extract.readers.pdf_scan_gutter import same_width

    assert same_width(left, right) is same


def _split_note(path: Path) -> list[str]:
    from pledgecard.extract.limits import Limits
    from pledgecard.extract.readers import pdf

    doc = pdf.read(path.read_bytes(), path=path.name, limits=Limits())
    return [n for n in doc.notes if "two pages side by side" in n]


def test_a_1up_landscape_searchable_scan_is_read_one_page_a_sheet(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """dallae-city 101 (16:9 slides, 8 sheets) printed one page a sheet as a searchable scan: 0.637 -> 1.000."""
    from pledgecard import extract_file
    from pledgecard.extract.readers import pdf_sheets
    from pledgecard.scoring import score_record
    from tests.conftest import wrong_figure_count

    path, exp = _searchable_scan(tmp_path, "dallae-city", 101, sheet_up=1)
    assert _split_note(path) == []
    [got] = extract_file(path)
    assert score_record(exp, got).score() >= 0.95 and wrong_figure_count(exp, got) == 0
    monkeypatch.setattr(pdf_sheets, "same_print", lambda a, b: True)  # any two level feet: the old evidence
    assert _split_note(path) == ["sheets of two pages side by side read as 14 pages"]
    [split] = extract_file(path)
    assert score_record(exp, split).score() < 0.7 and wrong_figure_count(exp, split) == 0


@pytest.mark.parametrize(("family", "seed", "style", "read"), [
    ("dallae-city", 101, {"sheet_up": 2}, 8), ("moa-city", 101, {}, 2)])
def test_a_2up_searchable_scan_is_still_split(family: str, seed: int, style: dict, read: int,
                                              tmp_path: Path) -> None:
    path, _ = _searchable_scan(tmp_path, family, seed, **style)
    assert _split_note(path) == [f"sheets of two pages side by side read as {read} pages"]
