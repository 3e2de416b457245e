"""Session 42 (helper mendpm2): the review of h-pdfminer2 (merged) found four SILENT wrong figures on hand-built
inputs; each now reads null (as the base read it) or with a finding, pinned here on document-model / text inputs.

1. goal_word_runs paired each 실적 run with the 목표 run printed before it: a card printing 실적 | 목표 (2023's actuals
   empty, no cell printed) gave 2024's actuals to 2023; an empty 실적 head word printed too gave both runs to 2023.
   Now the actuals are placed only where every year prints 목표 then 실적, each with its cells; else every actual
   is null with ``extract.actual_unplaced`` and the targets (one 목표 run a year) are read. Before -> after: 2023
   actual 84 / 70 (wrong year) -> null with the finding. Cost: dodam-district 12 pdf2txt 0.815 -> 0.800, 13 0.895
   -> 0.884 (their one 실적 run's year is not printed), 0 wrong.
2. A closing 누적실적 column (row_field reads it as an actual) became the last year's actual (357 / 70 as 2026's):
   a run whose head word carries a running-total word (vocabulary [goals_running_totals]) leaves the table unread.
3. funding_print_boxes.placed_by_print_order over the section's print order (the reader's deal no run of it): a
   print order breaking the box order placed a table with a year of dashes in one wrong way (4 cases -> null).
4. heads_after_years moved a 합계 truly first after the years (2 cases -> null).
   3: a placement over the section's own print order holding a row or a column of dashes alone (the sums hold
   wherever such a line stands) is not taken. 4: the 합계 moved after the years is tried only where the reader's
   deal is the print order (over a print order of the section's own, a 합계 truly first printed bottom-up or its 계
   row last fits the moved order in one wrong way, dash or none). The reviewer's sweeps re-run on this tree:
   6125 total-first grids x 5 print orders 1120 wrong -> 0 (408 placed right); single-dash grids x 4 orders
   0 wrong. Kept (pdf2txt, scores as h-pdfminer2 gave): dallae-city 12 / 13 0.939 / 0.995, iseul-county 13 0.941,
   saetbyeol-county 13 0.951, neulbit-county 12 0.830, narae-city 13 0.773, dasol-province 12 0.486, haneum-county
   12 / 13 0.837 / 0.873, gangmul-city 12 / 13 0.882 / 0.989, all 0 wrong. Lowered: the unit pin of a grid both
   dealt otherwise than printed and its 합계 head first (test_pdfminer2_42) now null.
"""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.base import SectionResult
from pledgecard.extract.sections.funding_print_boxes import placed_by_print_order
from pledgecard.extract.sections.goal_word_runs import goal_word_run_lines

_HEAD = ["성과지표", "일자리 창출", "공정률", "단위", "명", "%", "2023년", "2024년", "2025년", "2026년"]


def _goals(runs: str, tail: tuple[str, ...] = ()) -> tuple[list[tuple], bool] | None:
    got = goal_word_run_lines(_HEAD + runs.split() + list(tail))
    if got is None:
        return None
    return [(g.project, g.year, g.target, g.actual) for g in got.goals], got.actuals_unplaced


def test_an_actuals_run_between_two_targets_is_no_proven_year() -> None:
    # the card prints 실적 | 목표: 2023's actuals empty, 2024's 84 / 70 (c1); was read as 2023's
    got = _goals("목표 391 40 실적 84 70 목표 120 70 목표 348 80 목표 302 100")
    assert got is not None
    goals, unplaced = got
    assert [g[2] for g in goals] == ["391", "120", "348", "302", "40", "70", "80", "100"]
    assert all(g[3] is None for g in goals) and unplaced
    # an empty 실적 head word printed too (c1b): was both runs given to 2023
    got = _goals("목표 391 40 실적 실적 84 70 목표 120 70 목표 348 80 목표 302 100")
    assert got is not None and all(g[3] is None for g in got[0]) and got[1]


def test_every_year_printing_target_then_actual_places_the_actuals() -> None:
    got = _goals("목표 391 40 실적 273 40 목표 120 70 실적 84 70 목표 348 80 실적 - - 목표 302 100 실적 - -")
    assert got is not None
    goals, unplaced = got
    assert not unplaced
    assert goals[:2] == [("일자리 창출", 2023, "391", "273"), ("일자리 창출", 2024, "120", "84")]
    assert goals[5] == ("공정률", 2024, "70", "70")


def test_a_running_total_actuals_column_leaves_the_table_unread() -> None:
    # c2: targets 2023..2026 then 누적실적 357 / 70, was read as 2026's actuals
    assert _goals("목표 391 40 목표 120 70 목표 348 80 목표 302 100 누적실적 357 70") is None
    assert _goals("목표 391 40 목표 120 70 목표 348 80 목표 302 100", ("누적 실적", "357", "70")) is None


def _line(k: int, text: str) -> Line:
    return Line(text=text, marker=None, indent=0, source=Source(line_start=k + 1))


def _placed(
    heads: list[str], kinds: list[tuple[str, str, int | None]], grid: list[list[str]], order: list[int]
):
    labels = ["계", "국비", "도비"]
    flat = [v for r in grid for v in r]
    items: list[Item] = [
        _line(k, t)
        for k, t in enumerate(["(단위 : 백만원)", "구분", *heads, *labels, *[flat[k] for k in order]])
    ]
    cols = [{"label": lb, "kind": kd, "year": y} for lb, kd, y in kinds]
    rows = [
        {"label": lb, "source": s, "amounts_krw": [None] * 3, "amounts_raw": list(r)}
        for lb, s, r in zip(labels, ["total", "national", "provincial"], grid, strict=True)
    ]
    out = placed_by_print_order(
        SectionResult({"funding": {"unit": "백만원", "columns": cols, "rows": rows}}), items, {}
    )
    f = out.value["funding"]
    return [c["label"] for c in f["columns"]], [r["amounts_krw"] for r in f["rows"]]


_YEARS_FIRST = [("2023", "year", 2023), ("2024", "year", 2024), ("합계", "total", None)]
_TOTAL_FIRST = [("합계", "total", None), ("2023", "year", 2023), ("2024", "year", 2024)]


def test_a_print_order_breaking_the_box_order_places_no_grid_with_a_line_of_dashes() -> None:
    heads = ["2023년", "2024년", "합계"]
    cases = [
        (
            [["90", "-", "90"], ["60", "-", "60"], ["30", "-", "30"]],
            [3, 4, 5, 6, 7, 8, 0, 1, 2],
        ),  # 계 row last
        (
            [["-", "105", "105"], ["-", "80", "80"], ["-", "25", "25"]],
            [2, 5, 8, 0, 3, 6, 1, 4, 7],
        ),  # 합계 first
        (
            [["110", "-", "110"], ["20", "-", "20"], ["90", "-", "90"]],
            [6, 7, 8, 3, 4, 5, 0, 1, 2],
        ),  # bottom-up
    ]
    for (
        grid,
        order,
    ) in cases:  # each was placed in one wrong way (a source row of zeros, 2024's money as 2023's)
        cols, amounts = _placed(heads, _YEARS_FIRST, grid, order)
        assert cols == ["2023", "2024", "합계"]
        assert all(v is None for r in amounts for v in r)


def test_a_total_column_truly_first_is_not_moved_after_the_years() -> None:
    heads = ["합계", "2023년", "2024년"]
    grid = [["30", "-", "30"], ["10", "-", "10"], ["20", "-", "20"]]
    for order in (
        [3, 4, 5, 6, 7, 8, 0, 1, 2],
        [6, 7, 8, 3, 4, 5, 0, 1, 2],
    ):  # was relabelled 2023 | 2024 | 합계
        cols, amounts = _placed(heads, _TOTAL_FIRST, grid, order)
        assert cols == ["합계", "2023", "2024"]
        assert all(v is None for r in amounts for v in r)


def test_a_total_first_grid_of_no_dash_printed_bottom_up_is_not_moved() -> None:
    # 합계 | 2023 | 2024 with no dash, its rows printed bottom-up: was placed as 2023 90 / 2024 160 (years swapped)
    heads = ["합계", "2023년", "2024년"]
    grid = [["250", "160", "90"], ["160", "80", "80"], ["90", "80", "10"]]
    cols, amounts = _placed(heads, _TOTAL_FIRST, grid, [6, 7, 8, 3, 4, 5, 0, 1, 2])
    assert cols == ["합계", "2023", "2024"]
    assert all(v is None for r in amounts for v in r)


def test_a_grid_dealt_as_printed_keeps_the_total_heads_moved_after_the_years() -> None:
    # the class h-pdfminer2 fixed (iseul 13): 2023 | 2024 | 합계 printed row by row, the 합계 head printed first
    heads = ["합계", "2023년", "2024년"]
    grid = [["60", "100", "160"], ["40", "30", "70"], ["20", "70", "90"]]
    cols, amounts = _placed(heads, _TOTAL_FIRST, grid, list(range(9)))
    m = 1_000_000
    assert cols == ["2023", "2024", "합계"]
    assert amounts == [[60 * m, 100 * m, 160 * m], [40 * m, 30 * m, 70 * m], [20 * m, 70 * m, 90 * m]]
