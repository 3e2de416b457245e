"""Bounded searches (extract/search_budget.py, session 30): every combinatorial search of the extractor counts its
tries against a budget and gives up past it (its figures null, an ``extract.table_unrecovered`` finding naming the
search and its bound), and the common case is cheap: a short row alone under a total row is solved by the sums,
not searched (extract/sections/funding_spaced.py).

The cards: mutant 3909's text dump with the unit every funding cell prints deleted (samples/bare_figures.py; the
sweep's v3909, which took the CLI past its 120 s timeout), and its funding table redrawn over 12-20 year columns
of bare figures with one to three rows printing no gap for their blanks. Counted, never timed: the tries of every
search stay within its bound, and the figures are right or null (0 wrong)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pledgecard.extract.cards import extract_card_results
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import read_bytes
from pledgecard.extract.search_budget import Search, SearchGivenUp, bounded, given_up_findings, searches
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_spaced import GROUPING_STEPS, groupings
from pledgecard.extract.vocabulary import use_vocabulary
from pledgecard.normalize.money import unit_multiplier
from samples.bare_figures import mutant_card, unit_stripped, widened
from tests.conftest import make_line, pinned_families, score_with_shared_scorer, shared_tools


@pytest.fixture(scope="module")
def mutant() -> tuple[str, dict[str, Any]]:
    return mutant_card(3909, families=pinned_families())


def _read(text: str, tmp: Path, name: str) -> tuple[dict[str, Any], list[dict[str, Any]], list[Search]]:
    """The card's record, its findings and every search its sections opened."""
    path = tmp / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    limits = Limits()
    with use_vocabulary(limits.vocabulary), searches() as log:
        cards = extract_card_results(
            read_bytes(path.read_bytes(), path=str(path), limits=limits), file_name=str(path)
        )
    assert len(cards) == 1
    return cards[0].record, cards[0].findings, log


def _figures(expected: dict[str, Any], record: dict[str, Any]) -> tuple[int, int, int]:
    """(wrong figures anywhere, funding figures right, funding figures null) by the shared counter."""
    _, wrong_figures = shared_tools()
    figs = wrong_figures.figures(expected, record)
    wrong = sum(1 for _, _, e, g in figs if g is not None and g != e)
    right = sum(1 for part, _, e, g in figs if part == "funding" and g is not None and g == e)
    null = sum(1 for part, _, e, g in figs if part == "funding" and g is None and e is not None)
    return wrong, right, null


# ------------------------------------------------------------------------------ the budget itself


def test_a_search_counts_its_tries_and_gives_up_past_its_bound() -> None:
    with searches() as log:
        s = bounded("test.search", 5)
        s.take(3)
        assert s.room(2) and not s.given_up
        with pytest.raises(SearchGivenUp):
            s.take(3)
    assert log == [s] and s.given_up and s.tries == 5  # never counted past its bound
    assert given_up_findings(log, "funding")[0]["observed"] == {"search": "test.search", "bound": 5}
    with searches() as outer:
        with searches() as inner:
            bounded("test.inner", 1)
        assert len(inner) == 1
    assert [x.name for x in outer] == ["test.inner"]  # a nested block's searches logged outside it too


def test_the_groupings_of_a_long_row_of_three_digit_groups_are_bounded() -> None:
    """60 tokens of three digits into 20 cells: astronomically many groupings; the walk stops at its bound."""
    row = [f"{100 + k * 7 % 900}" for k in range(60)]
    s = bounded("test.groupings", GROUPING_STEPS)
    with pytest.raises(SearchGivenUp):
        for _ in groupings(row, 20, 0, s):
            pass
    assert s.tries == GROUPING_STEPS


# ------------------------------------------------------------------------------ the sweep's card (v3909)


def test_mutant_3909_without_units_reads_right_and_its_short_row_is_solved_not_searched(
    mutant: tuple[str, dict[str, Any]], tmp_path: Path
) -> None:
    text, expected = mutant
    bare = unit_stripped(text, expected)
    assert bare != text and "  657 815 65" in bare  # (the sweep's v3909: a blank opening 도비's row)
    record, findings, log = _read(bare, tmp_path, "v3909")
    assert record["funding"] == expected["funding"]
    assert _figures(expected, record)[0] == 0
    out = tmp_path / "v3909.json"
    out.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    exp = tmp_path / "v3909.expected.json"
    exp.write_text(json.dumps(expected, ensure_ascii=False), encoding="utf-8")
    assert score_with_shared_scorer(exp, out)["score"] == 1.0
    assert all(s.tries <= s.limit and not s.given_up for s in log)
    # the common case cheap: the one short row's cells read off the sums, no placement of its blanks listed
    assert not any(s.name == "funding_spaced.blank_places" for s in log)
    assert not any(
        (f.get("observed") or {}).get("search") for f in findings if isinstance(f.get("observed"), dict)
    )


# ------------------------------------------------------------------------------ wider tables of bare figures


@pytest.mark.parametrize(("years", "short"), [(12, 1), (12, 2), (16, 2), (20, 1), (20, 3)])
def test_wide_bare_figure_tables_stay_within_the_budget_right_or_null(
    mutant: tuple[str, dict[str, Any]], tmp_path: Path, years: int, short: int
) -> None:
    text, expected = mutant
    card, want = widened(text, expected, years, short)
    record, findings, log = _read(card, tmp_path, f"bare-{years}-{short}")
    assert log and all(s.tries <= s.limit for s in log)
    wrong, right, null = _figures(want, record)
    assert wrong == 0  # right or null
    assert right + null == len(want["funding"]["rows"]) * years
    given_up = {s.name: s.limit for s in log if s.given_up}
    said = {
        f["observed"]["search"]: f["observed"]["bound"]
        for f in findings
        if f["code"] == "extract.table_unrecovered"
        and isinstance(f.get("observed"), dict)
        and "search" in f["observed"]
    }
    assert said == given_up  # every search given up said so, naming its bound


def test_a_short_row_alone_is_placed_by_the_sums_whatever_the_width(
    mutant: tuple[str, dict[str, Any]],
) -> None:
    """Unit test of the shape: a table of 20 bare-figure columns (the card's unit line, head and labels) whose
    second row prints no gap for its blanks, the others printing theirs as wider gaps, the total row's figures
    comma-grouped: read right, the one search opened for the short row (the choices of the other rows'
    readings) making one try, no placement of its blanks listed."""
    text, expected = mutant
    lines = text.split("\n")
    head = next(k for k, ln in enumerate(lines) if ln.startswith("'"))
    unit_line = next(ln for ln in reversed(lines[:head]) if expected["funding"]["unit"] in ln)
    labels = [r["label"] for r in expected["funding"]["rows"]]  # three sources, then the total
    values = [
        [414, 364, 0, 686, 794, 91, 149, 399, 88, 571, 856, 884, 120, 0, 305, 777, 10, 402, 0, 655],
        [0, 657, 815, 65, 510, 214, 501, 690, 343, 112, 689, 0, 200, 300, 0, 999, 101, 0, 88, 0],
        [17, 657, 431, 532, 534, 0, 78, 464, 0, 242, 426, 64, 0, 815, 815, 110, 0, 0, 230, 41],
    ]
    values.append([sum(col) for col in zip(*values, strict=True)])

    def printed(k: int) -> str:
        cells = [f"{v:,}" if v else "" for v in values[k]]
        return " ".join(c for c in cells if c) if k == 1 else " ".join(cells)

    table = [
        unit_line,
        " ".join(f"'{y:02d}" for y in range(19, 39)),
        *(f"{lb} {printed(k)}" for k, lb in enumerate(labels)),
    ]
    with searches() as log:
        got = extract_funding([make_line(t) for t in table]).value["funding"]
    assert got is not None
    mult = unit_multiplier(expected["funding"]["unit"])
    assert [r["amounts_krw"] for r in got["rows"]] == [[v * mult for v in row] for row in values]
    solved = [s for s in log if s.name == "funding_spaced.short_row_solved"]
    assert solved and all(s.tries == 1 for s in solved)
    assert not any(s.name == "funding_spaced.blank_places" for s in log)
