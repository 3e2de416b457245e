"""Scanned cards (session 35, scans), read by OCR at test time:

- a budget part's figure that OCR split at its thousands comma (``시비 8,867`` OCR'd ``시비 8, 867``): the part's
  amount ended at the comma and read 8 백만원, a figure nobody printed. A part's figure followed by a comma, a space
  and a piece of exactly three digits naming no source is one figure a space cut (``money_spaced.cut_group``): its
  digits are read only where every part then adds up to the total, else null with its printed text
  (dallae-city 84001 scan: 0.823 -> 0.827, wrong 1 -> 0).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import family_card_read

# --- a part's figure cut by a space at its comma --------------------------------------------------------------------


@pytest.mark.parametrize("rest, cut", [
    (", 867", ", 867"),
    (", 867, 민자 3", ", 867"),
    (",  867 ", ",  867"),
    (", 도비 3", None),  # the next part
    (", 8670", None),  # four digits: no thousands group
    (",867", None),  # no space: an amount as printed, read by the amount pattern
    (", 867억", None),  # a unit: another amount
    (", 867,123", None),  # a run of groups: not this shape
])
def test_a_comma_space_and_three_digits_alone_continue_the_figure(rest: str, cut: str | None) -> None:
    from pledgecard.normalize.money_spaced import cut_group

    assert cut_group(rest) == cut


def _parts(text: str) -> list[tuple[str, int | None, str | None]]:
    from pledgecard.normalize.money import parse_budget

    return [(p["label"], p["amount_krw"], p.get("raw")) for p in parse_budget(text)["parts"]]


def test_a_space_cut_part_is_read_by_its_digits_only_where_the_total_proves_them() -> None:
    m = 1_000_000
    assert _parts("30,512백만원(국비 11,426, 도비 10,219, 시비 8, 867)") == [
        ("국비", 11426 * m, None), ("도비", 10219 * m, None), ("시비", 8867 * m, None)]
    # the sum missed (a digit misread): null with its printed text, never 8 or 8,866
    assert _parts("30,512백만원(국비 11,426, 도비 10,219, 시비 8, 866)")[2] == ("시비", None, "8, 866")
    # the space-cut part in the middle of the list
    assert _parts("30,512백만원(국비 11,426, 시비 8, 867, 도비 10,219)")[1] == ("시비", 8867 * m, None)


def test_parts_printed_whole_are_read_as_before() -> None:
    m = 1_000_000
    assert _parts("30,512백만원(국비 11,426, 도비 10,219, 시비 8,867)")[2] == ("시비", 8867 * m, None)
    assert _parts("30백만원(국비 11, 도비 10, 시비 9)") == [("국비", 11 * m, None), ("도비", 10 * m, None),
                                                      ("시비", 9 * m, None)]


# --- the scanned cards -----------------------------------------------------------------------------------------------

def test_dallae_84001_scanned_reads_its_space_cut_budget_part(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "dallae-city", 84001, "scan")
    parts = {p["label"]: p["amount_krw"] for p in got["overview"]["budget"]["parts"]}
    assert parts["시비"] == 8_867_000_000  # OCR'd ``시비 8, 867``: read 8 백만원 before
    assert wrong == 0
    assert score >= 0.82  # 0.827 measured (0.823 before, one figure wrong)
