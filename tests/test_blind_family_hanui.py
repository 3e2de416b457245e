"""The template family designed blind in session 27 (samples/families.py: ``hanui-county``, a 군 card) and the
structure it brought in:

- a funding table with the years down and the sources across under a two-level head: ``구분``, ``계``, ``국비`` and
  ``민자`` spanning both head rows, ``지방비`` spanning ``소계 | 도비 | 군비`` (the group and its 소계 not in the
  record: the members are its rows), in 억원 with one decimal, beside a ``예산 집행현황`` side table in 백만원 on the
  same card (another unit: no funding figure of it);
- a dump prints the head's two rows as two lines, the lower one shorter: the group's cell is replaced by the
  members under it, its 소계 taken off where every row proves it their sum, the table kept where the totals
  prove it (extract/sections/funding_group_heads.py, funding_transposed._group_grid).

Blind figures (the extractor unchanged): PDF, HWPX, HWP 1.000, txt 0.859, 0 wrong figures (the dump's funding
unread). After: txt 1.000, 0 wrong.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_group_heads import group_spanned
from pledgecard.extract.sections.funding_transposed import transposed_grid_from_lines
from pledgecard.scoring import score_record

from conftest import family_cards, make_line

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "hanui-county"
FLOORS = {"pdf": 0.99, "hwp": 0.99, "hwpx": 0.99, "txt": 0.99}

HEAD = ["구분 계 국비 지방비 민자", "소계 도비 군비"]
ROWS = [
    "계 218.6 35.1 140.1 71.1 69.0 43.4",
    "2023년 31.5 - 31.5 17.7 13.8 -",
    "2024년 57.5 16.3 28.0 20.0 8.0 13.2",
    "2025년 129.6 18.8 80.6 33.4 47.2 30.2",
]


def _grid(lines: list[str]) -> list[list[str]]:
    return transposed_grid_from_lines([make_line(t) for t in lines])


def test_the_groups_cell_is_replaced_by_its_members_and_a_total_word_is_the_groups_own() -> None:
    assert group_spanned(["계", "국비", "지방비", "민자"], ["소계", "도비", "군비"]) == (
        ["계", "국비", "지방비", "도비", "군비", "민자"],
        2,
        [3, 4],
    )
    assert group_spanned(["계", "국비", "지방비", "민자"], ["도비", "군비"]) == (
        ["계", "국비", "도비", "군비", "민자"],
        None,
        [2, 3],
    )


def test_no_group_or_a_lower_line_of_others_is_no_spanned_head() -> None:
    assert group_spanned(["계", "국비", "도비", "군비"], ["소계", "도비", "군비"]) is None  # no group cell
    assert group_spanned(["계", "국비", "지방비", "민자"], ["국비", "민자"]) is None  # no member of the group
    assert group_spanned(["계", "국비", "지방비", "민자"], ["도비", "도비"]) is None  # a member twice
    assert group_spanned(["계", "국비", "지방비", "민자"], ["2023년", "31.5"]) is None  # a row, no head
    assert group_spanned(["계", "국비", "지방비", "민자"], []) is None


def test_a_dumps_two_line_head_reads_the_members_columns_without_the_subtotal() -> None:
    grid = _grid([*HEAD, *ROWS])
    assert grid[0] == ["", "계", "국비", "도비", "군비", "민자"]
    assert grid[1] == ["계", "218.6", "35.1", "71.1", "69.0", "43.4"]
    assert grid[3] == ["2024년", "57.5", "16.3", "20.0", "8.0", "13.2"]
    no_subtotal = [HEAD[0], "도비 군비", *(" ".join(r.split()[:3] + r.split()[4:]) for r in ROWS)]
    assert _grid(no_subtotal)[0] == ["", "계", "국비", "도비", "군비", "민자"]


def test_a_subtotal_or_total_the_sums_disprove_leaves_the_table_unread() -> None:
    bad_sub = [*HEAD, ROWS[0], "2023년 31.5 - 33.5 17.7 13.8 -", *ROWS[2:]]  # 소계 not 도비 + 군비
    assert _grid(bad_sub) == []
    bad_total = [*HEAD, ROWS[0], "2023년 33.9 - 31.5 17.7 13.8 -", *ROWS[2:]]  # 계 not the row's sum
    assert _grid(bad_total) == []


TABLE = [
    ["구분", "계", "국비", "지방비", "지방비", "지방비", "민자"],  # a table reader's grid: the span repeated
    ["구분", "계", "국비", "소계", "도비", "군비", "민자"],
    ["계", "218.6", "35.1", "140.1", "71.1", "69.0", "43.4"],
    ["2024년", "57.5", "16.3", "28.0", "20.0", "8.0", "13.2"],
    ["2025년", "161.1", "18.8", "112.1", "51.1", "61.0", "30.2"],
]


def test_a_subtotal_opening_a_groups_run_is_dropped_as_one_closing_it() -> None:
    for order in ([0, 1, 2, 3, 4, 5, 6], [0, 1, 2, 4, 5, 3, 6]):  # 소계 first under 지방비, or last
        _, rows = interpret_grid([[r[j] for j in order] for r in TABLE], 10**8)
        assert [(r["label"], r["source"]) for r in rows] == [
            ("계", "total"),
            ("국비", "national"),
            ("도비", "provincial"),
            ("군비", "municipal"),
            ("민자", "private"),
        ]
        assert rows[2]["amounts_krw"] == [7_110_000_000, 2_000_000_000, 5_110_000_000]


def test_family_cards_score_and_hold_no_wrong_figure() -> None:
    seen = set()
    for path, exp, got in family_cards(FAMILY, "hanui-county-*-*.*"):
        fmt = path.suffix.lstrip(".")
        seen.add(fmt)
        assert score_record(exp[0], got[0]).score() >= FLOORS[fmt], path.name
        f_exp, f_got = exp[0]["funding"], got[0]["funding"] or {"rows": [], "columns": []}
        assert {r["source"] for r in f_got["rows"]} <= {r["source"] for r in f_exp["rows"]}, (
            path.name
        )  # no 지방비
        for r in f_got["rows"]:
            e = next(x for x in f_exp["rows"] if x["source"] == r["source"])
            for v, w in zip(e["amounts_krw"], r["amounts_krw"], strict=True):
                assert w is None or w == v, (path.name, r["label"], e["amounts_krw"], r["amounts_krw"])
    assert seen == set(FLOORS)
