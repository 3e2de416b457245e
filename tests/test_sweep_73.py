"""Structures the sweep of crossbred and mutated cards of the seventy-three families brought in (session 26, seeds
2880-2979 in PDF, HWPX and HWP, 3690-3739 in the text dump; the cards are pinned in tests/test_crossbreed.py SEEDS_73
and tests/test_mutate_tables.py PINNED_73), on small inputs:

- a numbered block heading naming its reporting point by a date alone (``2. 2023. 9. 30.`` after ``1. 기 추진실적
  〈2023.2/4분기 누계〉``): a number before a figure was no numbering, the line an item of the block above, its items
  one level down and the second block's as-of lost (mutant 2951: 0.872 in PDF, HWPX and HWP;
  ``markers._NUMBER_DATED_SRC``).
- a PDF printed two pages a sheet (moa-city's 모아찍기) whose pages a mutation turned landscape: the landscape page
  overran its half, the left page cut off the sheet, nothing of it readable (mutant 2916: 0.493 in PDF); a generator
  fault, such a draw redrawn (``crossbreed.problems``).
"""

from __future__ import annotations

import dataclasses

from tests.conftest import make_line


def test_a_number_before_a_date_opening_the_text_is_a_numbering() -> None:
    from pledgecard.extract.markers import split_marker

    assert split_marker("2. 2023. 9. 30.") == ("2.", "2023. 9. 30.")
    assert split_marker("1. '23. 4. 착공") == ("1.", "'23. 4. 착공")
    assert split_marker("3. ’24. 12. 31. 기준")[0] == "3."
    # a number before another figure, a bare year or a date with no space after its year: no numbering, as before
    for text in ("3. 1,234", "12. 2023", "2. 2023.5", "2. 20231. 5.", "123. 2023. 1."):
        assert split_marker(text)[0] is None, text


def test_a_numbered_block_named_by_its_reporting_date_alone_heads_its_items() -> None:
    """Mutant 2951 (PDF, HWPX, HWP): ``1. 기 추진실적 〈2023.2/4분기 누계〉`` over its items, then ``2. 2023. 9. 30.``
    over the reporting point's: read as an item of the first block, its items under it (0.872)."""
    from pledgecard.extract.markers import split_marker
    from pledgecard.extract.sections.achievements import extract_achievements

    def line(text: str) -> object:
        marker, rest = split_marker(text)
        return make_line(rest, marker)

    items = [
        line("1. 기 추진실적 〈2023.2/4분기 누계〉"),
        line("☞ 설명회 개최(274명 참석) : 2023-03-15"),
        line("2. 2023. 9. 30."),
        line("☞ 업무협약 체결 : 2023-08-26"),
        line("☊ 참여기관 협의 : 2023.3/4분기"),
    ]
    got = extract_achievements(items).value["achievements"]  # type: ignore[arg-type]
    assert [(a["text"], a["level"], (a["group_as_of"] or {}).get("label")) for a in got] == [
        ("설명회 개최(274명 참석)", 1, "2023-Q2"),
        ("업무협약 체결", 1, "2023-09-30"),
        ("참여기관 협의", 2, "2023-09-30"),
    ]


def test_pages_printed_two_a_sheet_are_portrait() -> None:
    """Mutant 2916 (PDF): moa-city's pages turned landscape and printed two a sheet, the left page cut off (0.493)."""
    from samples.crossbreed import problems
    from samples.families import BY_NAME

    moa = BY_NAME["moa-city"]
    assert moa.style.sheet_up == 2 and not any("sheet" in p for p in problems(moa))
    turned = dataclasses.replace(moa, style=dataclasses.replace(moa.style, landscape=True))
    assert any("sheet" in p for p in problems(turned))
    # a landscape page printed one a sheet: no such problem
    one = dataclasses.replace(turned, style=dataclasses.replace(turned.style, sheet_up=1))
    assert not any("sheet" in p for p in problems(one))


def test_a_mutant_of_a_family_printed_two_a_sheet_stays_portrait() -> None:
    from samples.families import FAMILIES
    from samples.mutate import mutate

    fam, _ = mutate(2916, FAMILIES[:73])  # moa-city's draw had turned its pages landscape
    assert "moa-city" in fam.about and fam.style.sheet_up == 2 and not fam.style.landscape
