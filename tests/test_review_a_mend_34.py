"""Review A (session 34) mended: each of its repros read back (tests/../notes review-a-report.md).

1-2. A header band whose value row runs the 실천목표 and the 공약명 together with no typed value between them, the
target printed first (``4-11 중장기 추진 (2030년) 도담구 …``) or a year and a status word closing the free words
(``… 도입 2025년 착공 2026년 완료``): nothing in the row's words shows where one ends and the other begins (a target
says more of its term, a milestone word may be the title's or the target's), so title and target stay null with
the ``required.missing`` finding; before the mend they were cut at the first status word and read wrong, silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

# mutant seed, the value row as generated, the row as the review rewrote it
_HEADER_ROWS = {
    "h1-target-paren": (4266, "중장기 추진 도담구", "중장기 추진 (2030년) 도담구"),
    "h2-target-and": (4266, "중장기 추진 도담구", "임기 내 추진 및 완료 도담구"),
    "h3-target-4ph": (4266, "중장기 추진 도담구", "중장기 추진 1단계 2026년 도담구"),
    "h4-two-years": (4244, "도입 2026년 완료", "도입 2025년 착공 2026년 완료"),
    "h5-1stage": (4244, "도입 2026년 완료", "도입 1단계 2026년 완료"),
}


def _mutant_txt(seed: int, folder: Path) -> tuple[Path, dict]:
    """Mutant ``seed`` of SWEPT_89 rendered as a text dump, and its expected record."""
    from pledgecard.scoring import load_records
    from samples.generate import write_file
    from samples.mutate import mutate
    from samples.style_sweep import family_records
    from tests.test_mutate_tables import SWEPT_89

    fam, card_seed = mutate(seed, SWEPT_89)
    path = write_file(folder, fam.name, "txt", family_records(fam, card_seed), fam.style)
    (exp,) = load_records(path.with_name(path.stem + ".expected.json"))
    return path, exp


@pytest.mark.parametrize("name", sorted(_HEADER_ROWS))
def test_a_target_and_title_run_together_whose_cut_is_not_shown_stay_null(tmp_path: Path, name: str) -> None:
    from pledgecard import extract_file

    from conftest import shared_tools

    seed, old, new = _HEADER_ROWS[name]
    path, exp = _mutant_txt(seed, tmp_path)
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, name
    card = tmp_path / f"{name}.txt"
    card.write_text(text.replace(old, new), encoding="utf-8")
    (got,) = extract_file(card)
    assert (got["header"].get("title"), got["header"].get("target")) == (None, None)
    _, wrong_figures = shared_tools()
    assert [f for f in wrong_figures.figures(exp, got) if f[3] is not None and f[2] != f[3]] == []


def test_the_rows_the_rules_were_made_for_read_null_too() -> None:
    """The rows of mutants 4266 and 4244 themselves: their shape is the repros' (no column nor second band in a
    text dump proves the cut), so they are not read either (review A s34 findings 1-2)."""
    from pledgecard.extract.sections.header_value_rows import split_value_row

    assert split_value_row(["mgmt_no", "target", "title"], "4-11 중장기 추진 도담구 창업 지원센터 건립") is None
    assert split_value_row(["title", "target", "contact_name", "coop_depts"],
                           "새봄군형 공공돌봄 서비스 도입 2026년 완료 옥미혜 여성가족과") is None
    # the cut the term shows is still read (tests/test_header_term_cut_29.py)
    assert split_value_row(["title", "target"], "이차전지 특화단지 지정 추진 임기 후 계속") == {
        "title": "이차전지 특화단지 지정 추진", "target": "임기 후 계속"}


def _spaced(v: int) -> str:
    return f"{v:,}".replace(",", " ")


def test_change_rows_group_as_funding_spaced_does() -> None:
    """3-4. funding_change_rows parts a line with funding_spaced.groupings (one rule): no amount opens with a zero
    group (``1 012 345``: never 1 | 012 345), so a change fitting only that reading proves nothing."""
    from pledgecard.extract.sections.funding_change_rows import change_rows

    # the change fits 1 | 12 345 -> 2 | 500 600 only (a reading with a group 012 opening an amount): unread
    assert change_rows([["1", "012", "345", "-"], "2 500 600 488 256".split()], 2, 1) is None
    # the change fits 1 012 | 345 -> 2 500 | 600: read
    assert change_rows([["1", "012", "345", "-"], "2 500 600 1 743".split()], 2, 1) == [[1012, 345], [2500, 600]]


def test_change_rows_of_many_readings_a_line_are_proved_through_the_sums() -> None:
    """3. Six sources of six-digit amounts over ten years (hundreds of readings a line, review A's perf3): each
    line's readings meet the line above's through their sums; the one grouping every change proves is read."""
    from pledgecard.extract.sections.funding_change_rows import change_rows

    base = [123456, 234567, 345678, 456789, 567891, 678912]
    years = [[v + y * 1111 for v in base] for y in range(10)]
    rows = [" ".join(_spaced(v) for v in vals) + " " + (_spaced(sum(vals) - sum(years[y - 1])) if y else "-")
            for y, vals in enumerate(years)]
    assert change_rows([r.split() for r in rows], 6, 1) == years


def test_an_amount_and_its_glued_unit_read_one_way() -> None:
    """4. funding_cells_unit and funding_spaced.unit_closed read an amount with its unit glued after it with one
    helper (normalize.money_glued), its signs SIGNS: the unit a table's cells print, and where a space-grouped
    amount ends (cells_unit scored on mutant 4248 in tests/test_txtdumps_34.py)."""
    from pledgecard.extract.sections.funding_spaced import unit_closed
    from pledgecard.normalize.money import unit_for
    from pledgecard.normalize.money_glued import glued_unit

    unit = unit_for(10**6)
    assert unit
    got, loose = glued_unit(f"△5,270{unit}"), glued_unit(f"12,34{unit}")
    assert got is not None and (got.figure, got.unit, got.exact) == ("△5,270", unit, True)
    assert loose is not None and not loose.exact  # commas group in threes only
    assert unit_closed(["1", "720", f"190{unit}", f"2,770{unit}", "5"], 10**6) == (
        ["1", "720", "190", "2,770", "5"], frozenset({2, 3}))
    assert unit_closed(["1", "720", f"190{unit}"], 1000) == (["1", "720", f"190{unit}"], frozenset())
