"""Leftovers of the txt sweep in text dumps' money tables (session 30), pinned by seed and by shape.

- A figure typed in fullwidth mode whose thousands an ideographic space groups (``９８　６９６천원``): the dump's
  reader measures the ideographic space as two display spaces, which the funding reading of a row's gaps took
  for a blank cell; between two fullwidth digits it is one separator again (extract/sections/funding_fullwidth.py).
- A funding table printing no unit, a bare figure below one (``0.4`` of 억원) read as won rounds to no won: a zero
  only as won is a bare cell like any other the unit moves, null where no unit is proven, never a zero
  (extract/sections/funding_unit_proof.py; gureum-city 30003 with its figures' units deleted read 국비 2025 as 0).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import json

import pytest

from pledgecard.extract.layout import Line
from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.funding_unit_proof import bare_cells
from pledgecard.extract.sections.funding_fullwidth import fullwidth_folded

from pledgecard.pipeline import card_results
from samples.unitless import variant

from conftest import REPO, make_line, shared_tools


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


# ------------------------------------------------------------------------------ a fraction of the unit, no unit printed

def _table(*rows: list[float | None]) -> dict[str, object]:
    return {"columns": [{"label": str(2023 + k), "kind": "year", "year": 2023 + k} for k in range(len(rows[0]))],
            "rows": [{"label": f"r{i}", "source": "other", "amounts_krw": list(r)} for i, r in enumerate(rows)]}


def test_a_zero_only_as_won_is_a_bare_cell() -> None:
    # 0.4 read as won rounds to 0; read as thousands of won it is 400: the unit moves it, it is bare
    won = _table([37, 0, None], [28, 0, 5])
    probe = _table([37000, 400, None], [28000, 0, 5])
    bare, own = bare_cells(won, probe)
    assert bare == {(0, 0), (1, 0), (0, 1)}
    assert own == {(1, 2)}  # 5 under both readings: a cell printing its own unit
    # a dash (zero under both readings) is neither
    assert (1, 1) not in bare | own


@pytest.mark.parametrize("depth", ["figures", "all"])
def test_gureum_city_without_its_figures_units_reads_no_wrong_figure(tmp_path: Path, depth: str) -> None:
    # 국비 2025 printed 0.4 (억원) once its unit is deleted: read 0 where 40,000,000 is meant (1 wrong figure)
    score_card, wrong_figures = shared_tools()
    card = REPO / "samples" / "families" / "gureum-city" / "gureum-city-30003-txt.txt"
    path = variant(card, tmp_path, depth)
    assert path is not None
    expected = json.loads(path.with_name(path.name[: -len(".txt")] + ".expected.json").read_text("utf-8"))
    [(record, findings)] = [(c.record, f) for c, f in card_results(read_path(path), str(path))]
    wrong = [f for f in wrong_figures.figures(expected, record) if f[3] is not None and f[2] != f[3]]
    assert wrong == []
    [unproven] = [f for f in findings if f["code"] == "extract.unit_unproven" and f.get("location") == "funding"]
    assert [1, 3] in unproven["observed"]["cells"]  # 국비 2025: null, named
    assert score_card.score_record(expected, record).score() >= 0.85
