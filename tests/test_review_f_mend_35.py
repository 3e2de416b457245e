"""Session 35, review f mended: glued goal rows of a layout dump's year-pair table (extract/readers/
text_year_pair_heads).

F1. A row's figures glued into one segment were placed wherever any two figures on one side summed to any figure
right of the years, a glued year figure could land under the final target (pushing the final into the rate's cell)
and one surviving placing was taken unproven. A cumulative final (공정률: the final the last year's target) with
its rate cell blank read 2024 target 10 (printed 25) and 2026 target 35 (printed 55) with the as-of year's status:
silent wrong figures. Now a placing is proven only where the final target is the sum of ALL the year targets, or,
the targets never falling, the last year's own, and a printed rate agrees (the actuals' sum, or the latest, over the
final); a glued figure never goes under a rate; several placings or none leave the glued figures unplaced (null and
a finding). gaeul-county 64001 layout with that row (review f's c3): 0.911 with 2 wrong goal figures -> 0.959, 0
wrong; gaeul-county 64008 layout 0.860 -> 0.990 (the other layout seeds measured unchanged, 0 wrong).
F2. Figures printed between a year's two sub-columns were placed by a coincidental sum: now only beside the two
sub-columns they lie between, a row's actuals a run from its first year, every year's target printed, and only where
the final proves one placing; else unplaced. Review f's random rows (search2/3/4, 14,000 rows): 0 wrong.
Performance: the placings are searched once a row, in order with the slots left, and the search is capped
(``MAX_PLACINGS``): a capped row reads nothing; a
block build_table read is not read again for its unplaced figures (text_layout: read twice a card before)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_year_pair_heads import MAX_PLACINGS, year_pair_table

from conftest import expected_scored, family_card

HEAD = (
    "                             2023년            2024년           2025년            2026년                     달성\n"
    "                  단                                                                          최종목\n"
    "     지표명                                                                                                  률\n"
    "                  위      목표         실적       목표      실적     목표        실적     목표      실적       표\n"
    "                                                                                                         (%)\n"
    "\n"
)
CUMULATIVE = (
    "공정률               %   10 10 25 25 35 추진중 55                                                  55\n"
)


def _row(row: str) -> tuple[list[str], list[str]]:
    got = year_pair_table(split_lines(HEAD + row))
    assert got is not None
    return got.table.grid()[2][2:], [s.text for s in got.unplaced]


def test_a_cumulative_final_with_a_blank_rate_places_the_years_it_proves() -> None:
    cells, unplaced = _row(CUMULATIVE)
    assert cells == ["10", "10", "25", "25", "35", "추진중", "55", "", "55", ""] and not unplaced


def test_a_final_neither_the_sum_nor_the_last_target_leaves_the_glued_figures_unplaced() -> None:
    # 10+10+35 = 55 on one side, but the final 55 is neither every year's targets' sum nor the last year's target
    cells, unplaced = _row(CUMULATIVE.replace("25 25 35 추진중 55", "25 25 35 추진중 45"))
    assert cells[:8] == [""] * 8 and "10" in unplaced and "45" in unplaced
    # targets falling: no cumulative final
    cells, unplaced = _row(CUMULATIVE.replace("10 10 25 25 35", "10 10 65 25 35"))
    assert cells[:8] == [""] * 8 and "65" in unplaced


def test_a_printed_rate_must_agree_with_the_proven_final() -> None:
    agree = CUMULATIVE.rstrip("\n") + "          45.5\n"  # the latest actual 25 over the final 55
    cells, unplaced = _row(agree)
    assert cells == ["10", "10", "25", "25", "35", "추진중", "55", "", "55", "45.5"] and not unplaced
    cells, unplaced = _row(agree.replace("45.5", "63.6"))  # 35 / 55: a rate the proof's actuals do not give
    assert cells[:8] == [""] * 8 and "55" in unplaced


def test_an_annual_final_and_its_rate_prove_the_placing() -> None:
    row = (
        "녹지 조성 면적          ㎡   1,910 1,818 7,620 8,166 8,399 추진중 5,727                              23,656        42.2"
        + "\n"
    )
    cells, unplaced = _row(row)
    assert cells == ["1,910", "1,818", "7,620", "8,166", "8,399", "추진중", "5,727", "", "23,656", "42.2"]
    assert not unplaced


BETWEEN = (
    "                                2023년                   2024년         최종목표\n"
    "     성과지표            단위\n"
    "                          목표           실적          목표       실적\n"
    "\n"
    "센터 조성                개소        5   5           10                     10\n"
)


GLUED_BETWEEN = BETWEEN.replace(
    "5   5           10                     10", "5 추진중 10                          11"
)


def test_figures_between_sub_columns_stay_unplaced_unless_the_final_proves_them() -> None:
    # glued, and no final proves a placing (11: neither the targets' sum nor the last one): unplaced
    got = year_pair_table(split_lines(GLUED_BETWEEN))
    assert got is not None
    assert got.table.grid()[2][2:6] == ["", "", "", ""]
    assert [s.text for s in got.unplaced] == ["5", "추진중", "10"]
    # the final 10 the last target of rising targets, each figure only beside the sub-columns it lies between, the
    # actuals a run from the first year: one placing, the one printed (2023 5 / 5, 2024 target 10; review f read
    # 2024 target 5 and actual 10)
    got = year_pair_table(split_lines(BETWEEN))
    assert got is not None and not got.unplaced
    assert got.table.grid()[2][2:] == ["5", "5", "10", "", "10"]


def _years_row(n: int, pairs: int) -> str:
    """A table of ``n`` years over target / actual pairs and a final target, and one row glued into one segment:
    rising targets, the first ``pairs`` years with an actual, the next year's a status word, the later ones none."""
    years, width = range(2011, 2011 + n), 9
    head = (
        " " * 24
        + "".join(f"{y}년".center(2 * width) for y in years)
        + "  최종목표\n"
        + "   지표명   단위\n"
        + " " * 24
        + "".join(w.center(width) for _ in years for w in ("목표", "실적"))
        + "\n\n"
    )
    vals = [10 * (k + 1) for k in range(n)]
    glued = " ".join(
        x
        for k, t in enumerate(vals)
        for x in ((str(t), str(t)) if k < pairs else (str(t), "추진중") if k == pairs else (str(t),))
    )
    row = "지표 하나   개" + " " * 16 + glued
    return head + row + " " * (24 + 2 * width * n + 3 - len(row)) + str(sum(vals)) + "\n"


def test_a_long_glued_row_past_the_cap_reads_nothing() -> None:
    got = year_pair_table(split_lines(_years_row(6, 2)))  # few years: the one placing the final proves
    assert got is not None and not got.unplaced
    assert got.table.grid()[2][2:] == [
        "10",
        "10",
        "20",
        "20",
        "30",
        "추진중",
        "40",
        "",
        "50",
        "",
        "60",
        "",
        "210",
    ]
    got = year_pair_table(split_lines(_years_row(14, 6)))  # 28 cells for 21 glued words: past MAX_PLACINGS
    assert got is not None and MAX_PLACINGS < 28 * 27 * 26 * 25 * 24 * 23 * 22 // 5040
    assert all(c == "" for c in got.table.grid()[2][2:-1])  # searched no further: read by nothing
    assert len(got.unplaced) == 21  # every glued word handed back (a finding, no guess)


def test_gaeul_64001_layout_with_a_cumulative_glued_row_reads_no_wrong_goal(tmp_path: Path) -> None:
    from pledgecard.scoring import load_records, wrong_goal_figures

    path, _ = family_card(tmp_path, "gaeul-county", 64001, "layout")
    lines = path.read_text(encoding="utf-8").split("\n")
    k = next(i for i, ln in enumerate(lines) if ln.startswith("공정률"))
    lines[k] = CUMULATIVE.rstrip("\n")
    path.write_text("\n".join(lines), encoding="utf-8")
    exp_path = path.with_name(path.stem + ".expected.json")
    [exp] = load_records(exp_path)
    printed = dict(
        zip((2023, 2024, 2025, 2026), (("10", "10"), ("25", "25"), ("35", None), ("55", None)), strict=True)
    )
    for g in exp["goals"]:
        if g["project"] == "공정률":
            g["target"], g["target_value"] = printed[g["year"]][0], int(printed[g["year"]][0])
            if printed[g["year"]][1] is not None:
                g["actual"], g["actual_value"] = printed[g["year"]][1], int(printed[g["year"]][1])
    import json

    exp_path.write_text(json.dumps(exp, ensure_ascii=False), encoding="utf-8")
    exp, got, score, wrong = expected_scored(path)
    assert not wrong and not wrong_goal_figures(exp, got)
    assert len(got["goals"]) == len(exp["goals"])
    assert score >= 0.95  # measured 0.911 (2 wrong goal figures) -> 0.959


def test_a_block_build_table_read_is_not_read_again_for_its_unplaced_figures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pledgecard.extract.readers import text_year_pair_heads as pairs
    from pledgecard.extract.readers.text_columns import build_table

    lines = split_lines(GLUED_BETWEEN)
    reads = []
    read = pairs._read
    monkeypatch.setattr(pairs, "_read", lambda ls: reads.append(1) or read(ls))
    assert build_table(lines) is not None
    out = pairs.unplaced_lines(lines, 0)
    assert len(reads) == 1  # the table's read handed its unplaced figures on (review f: read twice a card)
    assert [ln.text for ln in out] == ["5 추진중 10"]
    other = split_lines(GLUED_BETWEEN.replace("센터 조성", "센터 건립"))
    assert [ln.text for ln in pairs.unplaced_lines(other, 0)] == ["5 추진중 10"] and len(
        reads
    ) == 2  # another block
