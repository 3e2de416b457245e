"""Session 29's second read of session 28's code: reads made once, records unchanged.

- an unknown heading's section is told funding under the unit its heading prints (``사업비 현황 (단위: 천원)``):
  ``content_kinds.reads_as_funding`` is given the heading, and the probe read under a unit given for the probe
  alone is made only where nothing prints a unit;
- the goals read ahead for the achievements (``sections/goals_ahead.py``) stand for the goals section's own
  read where its items and the basis of its context (``goals.goals_basis``) are unchanged: the goals
  extractor reads a card's goals once;
- a funding table no unit is printed for whose cells print no unit of their own either
  (``funding_unit_words.cells_may_print_units``) is read once by ``funding_unit_proof.read_proven``: the second
  reading under a probe unit, which tells the cells moving with the unit from those printing theirs, is spared
  (every nonzero cell is bare), the result the same.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import pledgecard.extract.cards as cards
import pledgecard.extract.sections.funding as funding
import pledgecard.extract.sections.funding_unit_proof as unit_proof
from pledgecard import extract_file
from pledgecard.extract.content_kinds import reads_as_funding
from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.base import SectionContext
from pledgecard.extract.sections.funding_unit_words import cells_may_print_units
from pledgecard.extract.sections.goals import goals_basis
from pledgecard.extract.sections.registry import SECTIONS
from pledgecard.pipeline import card_results
from pledgecard.scoring import load_records
from tests.test_funding_unit_proof import CARD as UNIT_LESS_CARD

from conftest import make_line, make_table, shared_tools, wrong_figure_count

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"
_YEARS = [["구분", "계", "2024년", "2025년"], ["사업비", "2,300,000", "1,000,000", "1,300,000"]]
_SOURCES = [["구분", "계", "2024년", "2025년"], ["국비", "12", "5", "7"], ["시비", "8", "3", "5"]]


def _funding_reads(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The funding reads the unknown-heading test makes (their contexts), counted."""
    calls: list[Any] = []
    read = funding.extract_funding

    def counting(items: list[Any], ctx: Any = None) -> Any:
        calls.append(ctx)
        return read(items, ctx)

    monkeypatch.setattr(funding, "extract_funding", counting)
    return calls


# ------------------------------------------------------------------------------ (1) the heading's unit


def test_a_table_of_the_years_totals_under_a_heading_printing_its_unit_reads_as_funding() -> None:
    assert not reads_as_funding([make_table(_YEARS)])  # no unit printed: a totals-only table is no funding
    assert reads_as_funding([make_table(_YEARS)], "③ 사업비 현황 (단위: 천원)")  # the heading prints it
    assert reads_as_funding(
        [make_line("(단위: 천원)"), make_table(_YEARS)]
    )  # as a unit line in the section does
    assert not reads_as_funding([make_table(_YEARS[:1])], "③ 사업비 현황 (단위: 천원)")  # a head, no row


def test_the_heading_proving_the_unit_spares_the_probe_read(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _funding_reads(monkeypatch)
    assert reads_as_funding([make_table(_SOURCES)], "③ 재원 현황 (단위: 억원)")
    assert len(calls) == 1 and calls[0].heading == "③ 재원 현황 (단위: 억원)" and calls[0].card_unit is None
    calls.clear()
    # nothing prints a unit: the bare amounts read null, so the shape is read again under the probe's unit
    assert reads_as_funding([make_table(_SOURCES)], "③ 재원 현황")
    assert len(calls) == 2 and calls[1].card_unit is not None and calls[1].heading == "③ 재원 현황"


def test_a_unit_line_in_the_section_spares_the_probe_read(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _funding_reads(monkeypatch)
    assert reads_as_funding([make_line("(단위: 백만원)"), make_table(_SOURCES)])
    assert len(calls) == 1


# ------------------------------------------------------------------------------ (2) the goals read once


def _goals_reads(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    calls: list[Any] = []
    spec = SECTIONS["goals"]

    def counting(items: list[Any], ctx: Any) -> Any:
        calls.append(ctx)
        return spec.extract(items, ctx)

    monkeypatch.setitem(SECTIONS, "goals", replace(spec, extract=counting))
    return calls


@pytest.mark.parametrize(
    "card", ["sora-city/sora-city-20004-txt.txt", "nodeul-county/nodeul-county-39005-hwpx.hwpx"]
)
def test_the_goals_read_ahead_stand_for_the_goals_section_s_read(
    card: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = FAMILIES / card
    expected = load_records(path.with_name(path.stem + ".expected.json"))
    calls = _goals_reads(monkeypatch)
    once = extract_file(path)
    reads_once = len(calls)
    calls.clear()
    with monkeypatch.context() as m:
        m.setattr(cards, "goals_read_ahead", lambda *_a, **_k: None)  # the section read again, as before
        twice = extract_file(path)
    assert reads_once == len(once) and len(calls) == 2 * len(once)  # a goals section a card, read ahead
    assert once == twice  # the records are the same
    score_card, _ = shared_tools()
    assert [score_card.score_record(e, g).score() for e, g in zip(expected, once, strict=True)] == [
        score_card.score_record(e, g).score() for e, g in zip(expected, twice, strict=True)
    ]
    assert sum(wrong_figure_count(e, g) for e, g in zip(expected, once, strict=True)) == 0


def test_a_context_of_another_basis_is_read_again() -> None:
    ctx = SectionContext(lexicon="x", header_dates=(), dates=({"start": "2024-07-01", "end": "2024-09-30"},))
    assert goals_basis(ctx) == goals_basis(
        replace(ctx, heading="성과지표", card_unit="원", record={"funding": None})
    )
    assert goals_basis(ctx) != goals_basis(
        replace(ctx, dates=({"start": "2025-07-01", "end": "2025-09-30"},))
    )
    assert goals_basis(ctx) != goals_basis(replace(ctx, record={"header": {"title": "청년 일자리 확대"}}))
    assert goals_basis(ctx) != goals_basis(replace(ctx, page_starts=(40,)))


# ------------------------------------------------------------------------------ (3) the probe reading spared

CARD = UNIT_LESS_CARD  # the unit-less funding card of tests/test_funding_unit_proof.py


def _read_counted(
    tmp_path: Path, row: str, monkeypatch: pytest.MonkeyPatch, spare: bool = True
) -> tuple[Any, int]:
    """The card with its funding row ``row`` read, and the readings read_proven made of the table (``spare``
    False: the probe reading always made, as before)."""
    path = tmp_path / "card.txt"
    path.write_text(CARD + row + "\n", encoding="utf-8")
    proven = unit_proof.read_proven
    readings: list[Any] = []

    def counting(read: Any, units_printed: bool = True) -> Any:
        def counted(unit: Any) -> Any:
            readings.append(unit)
            return read(unit)

        return proven(counted, units_printed if spare else True)

    monkeypatch.setattr(funding, "read_proven", counting)
    [(card, findings)] = card_results(read_path(path), str(path))
    return (card.record, findings), len(readings)


@pytest.mark.parametrize(
    ("row", "spared", "readings"),
    [
        ("계\t10\t3\t7", 1, 1),  # no cell prints a unit: read once, every cell null (no sum proves one)
        ("계\t10억\t3\t7", 3, 3),  # a cell prints its own: probed, then read under the unit the sum proves
        ("계\t10억\t3\t4", 2, 2),  # probed, no unit proven: the bare cells null
    ],
)
def test_the_probe_reading_is_spared_where_no_cell_prints_a_unit(
    row: str, spared: int, readings: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    got, n = _read_counted(tmp_path, row, monkeypatch)
    before, m = _read_counted(tmp_path, row, monkeypatch, spare=False)
    assert n == spared and m == max(readings, 2) and got == before
    unproven = [f for f in got[1] if f["code"] == "extract.unit_unproven"]
    assert bool(unproven) == (readings != 3)


def test_a_cell_a_unit_word_or_a_budget_keeps_the_probe() -> None:
    ctx = SectionContext()
    assert not cells_may_print_units(
        [make_line("계 10 3 7"), make_table([["구분", "2023"], ["국비", "3"]])], ctx
    )
    assert cells_may_print_units(
        [make_table([["구분", "2023"], ["국비", "5천"]])], ctx
    )  # a small numeral closing
    assert cells_may_print_units([make_line("계 10억 3 7")], ctx)
    assert cells_may_print_units([make_line("계 10 5천 5천")], ctx)  # a word closing on a small numeral
    assert cells_may_print_units([make_line("계 10 억 3 7")], ctx)  # a figure, a space, its unit
    assert cells_may_print_units([make_table([["계", "10", "억원"]])], ctx)  # a cell wholly a unit
    assert not cells_may_print_units(
        [make_line("재원투자 계획 10 3 7")], ctx
    )  # 재원 holds a unit's letter only
    assert cells_may_print_units([make_line("계 10 3 7")], replace(ctx, heading="재원 (억원)"))
    assert cells_may_print_units([make_line("계 10 3 7")], replace(ctx, stray_periods=("2025년 1,000원",)))
    assert cells_may_print_units(
        [make_line("계 10 3 7")], replace(ctx, record={"overview": {"budget": {"total_krw": 10**9}}})
    )
