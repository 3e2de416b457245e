"""Leftovers of the txt sweep in text dumps' money tables (session 30), pinned by seed and by shape.

- A figure typed in fullwidth mode whose thousands an ideographic space groups (``９８　６９６천원``): the dump's
  reader measures the ideographic space as two display spaces, which the funding reading of a row's gaps took
  for a blank cell; between two fullwidth digits it is one separator again (extract/sections/funding_fullwidth.py).
- A table drawn with rules in a text dump (box characters, an ASCII grid) read as the table it draws, its cells
  on their rows and columns with their spans, for any table (extract/readers/text_drawn_tables.py): printed a
  cell a line, a two-level funding head with a derived column beside its years (``증감``) lost which figure
  stood under which head. Tables whose cells print items, or one table's parts (a page break, its columns split
  with its row labels again) stay cells a line.
- A funding table printing no unit, a bare figure below one (``0.4`` of 억원) read as won rounds to no won: a zero
  only as won is a bare cell like any other the unit moves, null where no unit is proven, never a zero
  (extract/sections/funding_unit_proof.py; gureum-city 30003 with its figures' units deleted read 국비 2025 as 0).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Line
from pledgecard.extract.readers import read_path
from pledgecard.extract.readers.text import read as read_text
from pledgecard.extract.readers.text_drawn_tables import continued, drawn_table
from pledgecard.extract.readers.text_grids import drawn_cells
from pledgecard.extract.sections.funding_fullwidth import fullwidth_folded
from pledgecard.extract.sections.funding_unit_proof import bare_cells
from pledgecard.pipeline import card_results
from pledgecard.validate import validate_batch
from samples.unitless import variant

from conftest import REPO, make_line, pinned_families, shared_tools


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
    3844: (
        1.0,
        "geurim-city: a funding table drawn with box characters, its head two levels (연도별 투자 실적 및 "
        "계획 over the years), a derived column 증감 after them, a unit in the corner cell: printed a cell "
        "a line, every row one figure more than the columns, all null (0.896, money 0.167)",
    ),
    3862: (
        1.0,
        "hanmaru-county: fullwidth figures grouped by ideographic spaces, a unit in every cell "
        "(９８　６９６천원): every gap read as a blank cell, the funding null (0.900, money 0.143)",
    ),
}


@pytest.mark.parametrize("seed", sorted(PINNED_TXT))
def test_pinned_mutated_txt_card_reads(tmp_path: Path, seed: int) -> None:
    from samples.mutate import run_mutant

    (r,) = run_mutant(seed, ("txt",), tmp_path, families=pinned_families())
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= PINNED_TXT[seed][0], (r["score"], r["misses"], r["features"])


# ------------------------------------------------------------------------------ a fraction of the unit, no unit printed


def _table(*rows: list[float | None]) -> dict[str, object]:
    return {
        "columns": [{"label": str(2023 + k), "kind": "year", "year": 2023 + k} for k in range(len(rows[0]))],
        "rows": [{"label": f"r{i}", "source": "other", "amounts_krw": list(r)} for i, r in enumerate(rows)],
    }


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
    [unproven] = [
        f for f in findings if f["code"] == "extract.unit_unproven" and f.get("location") == "funding"
    ]
    assert [1, 3] in unproven["observed"]["cells"]  # 국비 2025: null, named
    assert score_card.score_record(expected, record).score() >= 0.85


# ------------------------------------------------------------------------------ drawn tables as tables

DRAWN = """\
┌────────┬──────────┬───────────────────┬──────┐
│ 구 분  │ 총사업비 │ 연도별 투자계획   │ 증감 │
│        │          ├─────────┬─────────┤      │
│        │          │ 2023년  │ 2024년  │      │
├────────┼──────────┼─────────┼─────────┼──────┤
│ 계     │ 300      │ 100     │ 200     │ △10  │
├────────┼──────────┼─────────┼─────────┼──────┤
│ 국 비  │ 300      │ 100     │ 200     │ 5    │
└────────┴──────────┴─────────┴─────────┴──────┘"""


def _grid(text: str) -> list[str]:
    return text.split("\n")


def test_a_drawn_tables_cells_stand_on_their_rows_and_columns_with_their_spans() -> None:
    lines = _grid(DRAWN)
    table = drawn_table(lines, drawn_cells(lines), 1)
    assert table is not None and (table.n_rows, table.n_cols) == (4, 5)
    at = {(c.row, c.col): (c.text, c.row_span, c.col_span) for c in table.cells}
    assert (
        at[(0, 0)] == ("구 분", 2, 1)
        and at[(0, 2)] == ("연도별 투자계획", 1, 2)
        and at[(0, 4)] == ("증감", 2, 1)
    )
    assert at[(1, 2)] == ("2023년", 1, 1) and at[(1, 3)] == ("2024년", 1, 1)
    assert [at[(2, k)][0] for k in range(5)] == ["계", "300", "100", "200", "△10"]
    assert [c.source.line_start for c in table.cells] == list(range(1, len(table.cells) + 1))


def test_a_drawn_table_is_read_as_a_table_block_with_its_cells_lines_the_dumps() -> None:
    text = "Ⅱ. 재원별 투자계획\n\n(단위: 백만원)\n\n" + DRAWN + "\n\nⅢ. 추진 실적\n"
    doc = read_text(text.encode("utf-8"))
    [table] = [b for b in doc.blocks if isinstance(b, Table)]
    assert (table.n_rows, table.n_cols) == (4, 5)
    first = {c.text: c.source.line_start for c in table.cells}
    assert first["구 분"] == 6 and first["계"] == 10 and first["국 비"] == 12  # the dump's own lines


def test_cells_printing_items_keep_the_table_a_cell_a_line() -> None:
    lines = _grid("""\
┌────────────┬──────────────────────┐
│ 추진일자   │ 추진내용             │
├────────────┼──────────────────────┤
│ 2024. 3.   │ - 설명회 개최        │
│            │ - 자문회의 2회       │
└────────────┴──────────────────────┘""")
    assert drawn_table(lines, drawn_cells(lines), 1) is None
    signed = _grid(DRAWN.replace("△10 ", "-   "))  # a dash or a sign before a figure is no item
    assert drawn_table(signed, drawn_cells(signed), 1) is not None


def test_one_tables_parts_are_told_by_their_columns_or_their_row_labels() -> None:
    part = _grid(DRAWN)
    after = _grid(
        DRAWN.replace("국 비 ", "도 비 ").replace(
            "│ 계     │ 300      │ 100     │ 200     │ △10  │",
            "│ 시 비  │ 300      │ 100     │ 200     │ 5    │",
        )
    )
    lines = [*part, "", "- 3 -", "", *after]  # its head again after the page break over other rows: one table
    assert continued(lines, 0, len(part), len(part) + 3, len(lines))
    # the same head over the same row labels: two tables of one shape (stacked, a table a period, session 37)
    lines = [*part, "", "- 3 -", "", *part]
    assert not continued(lines, 0, len(part), len(part) + 3, 2 * len(part) + 3)
    other = _grid("""\
┌────────┬─────────┐
│ 구분   │ 2025년  │
├────────┼─────────┤
│ 계     │ 9       │
└────────┴─────────┘""")
    lines = [*part, "", *other]
    assert not continued(lines, 0, len(part), len(part) + 1, len(lines))
    # the same row labels again before the columns going on: one table split by its columns
    labels = _grid("""\
┌────────┬─────────┐
│ 구 분  │ 2025년  │
├────────┼─────────┤
│ 계     │ 9       │
├────────┼─────────┤
│ 국 비  │ 9       │
└────────┴─────────┘""")
    lines = [*part, "", *labels]
    assert continued(lines, 0, len(part), len(part) + 1, len(lines))
    # far apart (a section's text between): two tables
    lines = [*part, *(["◦ 내용"] * 8), *part]
    assert not continued(lines, 0, len(part), len(part) + 8, len(lines))


# ------------------------------------------------------------------------------ a crossbred PDF, figures over narrow cells


def test_crossbred_dorae_table_whose_figures_overflow_their_cells_reads_no_wrong_figure(
    tmp_path: Path,
) -> None:
    # crossbred 6247: a 17-column dorae funding table (plan / secured / spent under every term year) whose figures
    # overflow their narrow cells and run together (5,3222,7512,654...), one cut short by a lost glyph (13,518�):
    # those cells null, each named (normalize.unreadable_amount), never a figure parted by guess
    from samples.crossbreed import run_cross

    (r,) = run_cross(6247, ("pdf",), tmp_path, keep=True, families=pinned_families())
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= 0.95, (r["score"], r["misses"])
    [pdf] = list(tmp_path.rglob("*.pdf"))
    [(record, findings)] = [(c.record, f) for c, f in card_results(read_path(pdf), str(pdf))]
    rows = record["funding"]["rows"]
    nulls = {
        f"funding.rows[{i}].amounts_krw[{j}]"
        for i, row in enumerate(rows)
        for j, a in enumerate(row["amounts_krw"])
        if a is None
    }
    named = {
        f["location"]
        for f in [*findings, *validate_batch([record])]
        if f.get("code") == "normalize.unreadable_amount" and not f.get("success", False)
    }
    assert nulls and nulls <= named


# ------------------------------------------------------------------------------ superseded figures side by side (txt)


def test_dasi_superseded_figures_side_by_side_in_a_dump_are_null_and_named(tmp_path: Path) -> None:
    # mutant 3866 (dasi-county): a revised card's dump prints the struck figure and the one in force side by side
    # (620,874 29,063 2,122,690 2,106,323 ...), no markup left: the rows print more figures than the columns, and
    # both the old plan and the new one hold every sum, so the table's own sums cannot tell which is in force; the
    # overview's budget, printed once (no struck figure beside it), proves the new plan (session 34,
    # extract/struck_funding.py): every row read, no wrong figure; any cell left null is named
    from samples.mutate import run_mutant

    (r,) = run_mutant(3866, ("txt",), tmp_path, keep=True, families=pinned_families())
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    [txt] = [p for p in tmp_path.rglob("*.txt")]
    [(record, findings)] = [(c.record, f) for c, f in card_results(read_path(txt), str(txt))]
    rows = record["funding"]["rows"]
    assert any(all(a is not None for a in row["amounts_krw"]) for row in rows)
    nulls = {
        f"funding.rows[{i}].amounts_krw[{j}]"
        for i, row in enumerate(rows)
        for j, a in enumerate(row["amounts_krw"])
        if a is None
    }
    named = {
        f["location"]
        for f in [*findings, *validate_batch([record])]
        if f.get("code") == "normalize.unreadable_amount" and not f.get("success", False)
    }
    assert not nulls and all(a is not None for row in rows for a in row["amounts_krw"])
    assert nulls <= named
