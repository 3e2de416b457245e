"""The style sweep's generator faults (issue 11, session 12), on small records and grids: every goal
layout a combo draws prints a truthful card (its expected record holds what the table prints and
nothing it does not), and every combo renders.

- a quarterly goal table prints one year: its records hold one goal a project, the as-of year's
  (it once printed the first goal's year over goals of several years);
- an indicator table (``indicators``: years down, indicators across; ``years_split``: an indicator a
  row, the years over 목표 | 실적) prints no status and no 추진내용, ``years_split`` no actual from the
  as-of year on; its unit once only when the indicator's goals share it (else each cell names its own);
- a year-group row printed ``'24년`` (it raised KeyError 'yy');
- one funding row a source (an issuer whose own rows name 국비 under a table adding 국비 printed it twice);
- an HWPX table with a column no cell starts in (python-hwpx drops it mid-merge).
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from samples.families import BY_NAME, Family, family_records
from samples.layout import Grid, goals_grid, shared_unit
from samples.render_dump import blocks_text
from samples.render_hwpx import _compact, _fill_grid


def _with(layout: str, **style: object) -> Family:
    fam = BY_NAME["gaon-city"]
    return dataclasses.replace(
        fam,
        name=f"t-{layout}",
        goal_values=True,
        style=dataclasses.replace(fam.style, goals_layout=layout, **style),
    )


def _cards(fam: Family, n: int = 30) -> list[dict]:
    return [r for seed in range(11001, 11001 + n) for r in family_records(fam, seed) if r["goals"]]


def test_a_quarterly_goal_table_holds_one_goal_a_project_for_the_as_of_year() -> None:
    fam = _with("quarters", goals_year="{y}년 분기별 목표")
    cards = _cards(fam)
    assert cards
    for rec in cards:
        year = int(rec["as_of"]["end"][:4])
        assert {g["year"] for g in rec["goals"]} == {year}
        assert len({g["project"] for g in rec["goals"]}) == len(rec["goals"])
        assert all(g["detail"] is None for g in rec["goals"])
        assert f"{year}년 분기별 목표" in blocks_text(rec, fam.style)


@pytest.mark.parametrize("layout", ["indicators", "years_split"])
def test_an_indicator_table_s_records_hold_only_what_it_prints(layout: str) -> None:
    fam = _with(layout)
    several = 0
    for rec in _cards(fam):
        as_of_year = int(rec["as_of"]["end"][:4])
        for g in rec["goals"]:
            assert g["status"] is None and g["detail"] is None
            if layout == "years_split" and g["year"] >= as_of_year:
                assert g["actual"] is None and g["actual_value"] is None
        grid = goals_grid(rec, fam.style)
        texts = [c.content[0] for c in grid.cells if c.content and isinstance(c.content[0], str)]
        for project in {g["project"] for g in rec["goals"]}:
            goals = [g for g in rec["goals"] if g["project"] == project]
            units = {g["target_unit"] for g in goals if g["target_unit"]}
            several += len(units) > 1
            assert shared_unit(goals) == (next(iter(units)) if len(units) == 1 else "")
        assert not any("None" in t for t in texts)  # no unit printed as None
    assert several  # the goals drawn do not all share their units: the case the unit column must tell


def test_a_year_group_row_printed_with_a_two_figure_year_renders() -> None:
    fam = _with("year_group", goals_year="'{yy}년")
    rec = _cards(fam, 5)[0]
    text = blocks_text(rec, fam.style)
    for year in {g["year"] for g in rec["goals"]}:
        assert re.search(rf"^'{year % 100:02d}년$", text, re.M)


def test_one_funding_row_a_source_when_the_issuer_names_the_national_row() -> None:
    fam = dataclasses.replace(
        BY_NAME["gaon-city"], name="t-issuer", government=BY_NAME["daon-special-city"].government
    )
    for seed in range(11001, 11041):
        sources = [r["source"] for r in family_records(fam, seed)[0]["funding"]["rows"]]
        assert len(sources) == len(set(sources)), seed


def test_an_hwpx_table_with_a_column_no_cell_starts_in_is_written_without_it(tmp_path: Path) -> None:
    from hwpx import HwpxDocument

    g = Grid(3, 4, widths=[1.0, 1.0, 2.0, 1.0])
    for r, (label, value) in enumerate(
        [("공약사업명", "창업 3개 창출"), ("관리번호", "3-1-5"), ("실천목표", "중장기")]
    ):
        g.put(r, 0, label, cs=2)
        g.put(r, 2, value, cs=2 if r != 1 else 1)
    g.put(1, 3, "미착수")
    small = _compact(g)
    assert (small.n_cols, small.widths) == (3, [2.0, 2.0, 1.0])
    assert sorted((c.row, c.col, c.col_span, c.content[0]) for c in small.cells) == [
        (0, 0, 1, "공약사업명"),
        (0, 1, 2, "창업 3개 창출"),
        (1, 0, 1, "관리번호"),
        (1, 1, 1, "3-1-5"),
        (1, 2, 1, "미착수"),
        (2, 0, 1, "실천목표"),
        (2, 1, 2, "중장기"),
    ]
    doc = HwpxDocument.new()
    table = doc.add_table(small.n_rows, small.n_cols, width=42000)
    _fill_grid(table, small)
    assert table.cell(1, 2).text == "미착수"
    assert _compact(small) is small  # every column starts a cell: the grid as it is
