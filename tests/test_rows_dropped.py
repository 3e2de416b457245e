"""A funding row the reader saw and left out whole - a cell of it cannot be read - is not left out silently
(extract/sections/rows_dropped.py, finding ``extract.row_unread``): the finding names the section, the row's
label and its source position, and the record stays what it was (no figure guessed)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from pledgecard.extract.cards import extract_card_results
from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.extract.sections.funding_column_heads import is_period_head
from pledgecard.extract.sections.funding_source_labels import source_label
from pledgecard.extract.sections.rows_dropped import dropped_lines, dropped_rows
from pledgecard.validate.checks.reported import reported

REPO = Path(__file__).resolve().parents[1]
CARD = REPO / "samples" / "corpus" / "card-00101"
CODE = "extract.row_unread"


def _results(path: Path) -> list:  # type: ignore[type-arg]
    return extract_card_results(read_path(path), file_name=path.name)


def _hwpx_cell_after(src: Path, label: str, k: int, new: str, dst: Path) -> Path:
    """The HWPX with the text of the ``k``-th text run after the run ``label`` replaced by ``new``."""
    out = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "Contents/section0.xml":
                s = data.decode()
                runs = list(re.finditer(r"<hp:t>([^<]*)</hp:t>", s))
                at = runs[next(n for n, m in enumerate(runs) if m.group(1) == label) + k]
                data = (s[: at.start(1)] + new + s[at.end(1) :]).encode()
            zout.writestr(info, data)
    dst.write_bytes(out.getvalue())
    return dst


def _unread(results: list) -> list[dict]:  # type: ignore[type-arg]
    return [f for r in results for f in r.findings if f["code"] == CODE]


@pytest.mark.parametrize("cell", ["6#", "확인중"])
def test_hwpx_row_with_an_unreadable_cell_is_named(tmp_path: Path, cell: str) -> None:
    src = CARD.with_name(CARD.name + "-hwpx.hwpx")
    whole = _results(src)[0]
    assert _unread([whole]) == []  # read fully: no row reported
    assert "국비" in [r["label"] for r in whole.record["funding"]["rows"]]
    cut = _results(_hwpx_cell_after(src, "국비", 5, cell, tmp_path / "m.hwpx"))[0]
    # the reading is unchanged: the 국비 row is left out (no figure guessed), every other row as before
    assert [r for r in whole.record["funding"]["rows"] if r["label"] != "국비"] == cut.record["funding"][
        "rows"
    ]
    (f,) = _unread([cut])
    assert f["observed"] == {"section": "funding", "label": "국비", "cells": [cell]}
    assert f["location"] == "funding"  # the row is in no record row: its section
    label_cell = re.search(r"cell (T\d+!A\d+)", f["source_location"] or "")
    assert label_cell is not None  # the label cell's address, a reviewer can look it up
    assert "'국비'" in f["message"] and "투자계획" in f["message"]
    assert f["severity"] == reported(CODE).severity


def test_text_dump_row_with_an_unreadable_cell_is_named(tmp_path: Path) -> None:
    src = CARD.with_name(CARD.name + "-txt.txt")
    text = src.read_text(encoding="utf-8")
    n = next(i for i, ln in enumerate(text.splitlines(), 1) if ln.startswith("국비 ") and len(ln.split()) > 5)
    assert _unread(_results(src)) == []
    lines = text.splitlines()
    words = lines[n - 1].split()
    words[5] = words[5] + "#"
    lines[n - 1] = " ".join(words)
    dst = tmp_path / "m.txt"
    dst.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = _results(dst)
    assert "국비" not in [r["label"] for r in results[0].record["funding"]["rows"]]
    (f,) = _unread(results)
    assert (
        f["location"] == "funding"
        and f["source_location"] == f"line {n}"
        and f["observed"]["label"] == "국비"
    )
    assert f["observed"]["cells"] == [words[5]]


def _table(grid: list[list[str]]) -> Table:
    cells = [
        Cell(r, c, t, source=Source(cell=f"T1!{chr(65 + c)}{r + 1}"))
        for r, row in enumerate(grid)
        for c, t in enumerate(row)
    ]
    return Table(cells=cells, n_rows=len(grid), n_cols=len(grid[0]))


GRID = [
    ["구분", "계", "2024년", "2025년"],
    ["국비", "30", "10", "2O#"],
    ["시비", "6", "3", "3"],
    ["계", "36", "13", "23"],
]


def _rows(grid: list[list[str]], read: set[str]) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (d.label, d.source.describe(), d.unread)
        for d in dropped_rows([_table(grid)], read, source_label, is_amount_cell, is_period_head)
    ]


def test_unit_a_row_left_out_is_found_at_its_label_cell() -> None:
    assert _rows(GRID, {"시비", "계"}) == [("국비", "cell T1!A2", ("2O#",))]


def test_unit_a_row_read_or_a_head_row_is_not_reported() -> None:
    assert _rows(GRID, {"국비", "시비", "계"}) == []  # its label is in the record: read
    head = [["구분", "총사업비", "2024년", "2025년"], ["국비", "3", "1", "2"]]
    assert _rows(head, {"국비"}) == []  # a head row of period labels holds no figure
    # head rows whose period labels hold figures (the shapes of nalgae-city, saemmul-province, multi-00109)
    assert (
        _rows([["구분", "총사업비", "2023", "2024", "임기이후"], ["국비", "3", "1", "1", "1"]], {"국비"})
        == []
    )
    assert (
        _rows([["구분", "총계", "'22까지", "2023", "2027 이후"], ["국비", "3", "1", "1", "1"]], {"국비"})
        == []
    )
    words = [["구분", "계", "비고"], ["국비", "3", "국고보조"]]
    assert _rows(words, {"국비"}) == []  # a note cell beside a row read


def test_unit_a_table_turned_is_looked_at_by_its_columns() -> None:
    turned = [list(col) for col in zip(*GRID, strict=True)]
    assert _rows(turned, {"시비", "계"}) == [("국비", "cell T1!B1", ("2O#",))]


def test_unit_a_cell_between_label_and_first_figure() -> None:
    grid = [["구분", "2024년", "2025년"], ["국비", "1#0", "20"]]
    assert _rows(grid, set()) == [("국비", "cell T1!A2", ("1#0",))]


def test_unit_lines() -> None:
    found = dropped_lines(
        [_line("국비 10 2O# 30", 7), _line("시비 1 2 3", 8), _line("(단위 : 백만원)", 6)],
        {"시비"},
        source_label,
        is_amount_cell,
        is_period_head,
    )
    assert [(d.label, d.source.describe(), d.unread) for d in found] == [("국비", "line 7", ("2O#",))]
    # a row opening with a dash (nothing in its first period): the label is the words before it
    found = dropped_lines(
        [_line("국비 - 222,709 436,649# 229,897", 3)], set(), source_label, is_amount_cell, is_period_head
    )
    assert [(d.label, d.unread) for d in found] == [("국비", ("436,649#",))]
    # a sentence naming the sources with their amounts (nodeul-county) is no row left out
    prose = _line("▢ 국비 13억 8천만원, 도비 26억 8천만원, 군비 14억 3천만원 (총", 9)
    assert dropped_lines([prose], set(), source_label, is_amount_cell, is_period_head) == []


def _line(text: str, n: int) -> Line:
    return Line(text=text, marker=None, indent=0, source=Source(line_start=n))


def _first_source_cell(results: list, labels: set[str]) -> tuple[Cell, str] | None:  # type: ignore[type-arg]
    """The second figure of the first funding table row naming a source the record read."""
    tables = [
        it
        for t in results[0].sections
        if t.reader == "funding"
        for it in t.section.items
        if isinstance(it, Table)
    ]
    for t in tables:
        rows: dict[int, list[Cell]] = {}
        for c in t.cells:
            rows.setdefault(c.row, []).append(c)
        for _, cells in sorted(rows.items()):
            cells.sort(key=lambda c: c.col)
            label = source_label([cells[0].text])
            figures = [c for c in cells[1:] if is_amount_cell(c.text) and re.search(r"\d", c.text)]
            if label in labels - {"계", "합계"} and len(figures) >= 2:
                return figures[1], label
    return None


@pytest.mark.parametrize("family", ["areum-district", "binnae-city", "nalgae-city", "saemmul-province"])
def test_a_corrupted_funding_cell_never_loses_its_row_silently(family: str) -> None:
    path = sorted((REPO / "samples" / "families" / family).glob("*-hwpx.hwpx"))[0]
    doc = read_path(path)
    whole = extract_card_results(doc, file_name=path.name)
    assert _unread(whole) == []  # read fully: no false alarm (nalgae / saemmul print periods as figures)
    labels = {re.sub(r"\s+", "", r["label"]) for r in whole[0].record["funding"]["rows"]}
    found = _first_source_cell(whole, labels)
    assert found is not None
    cell, label = found
    cell.text = "6#"
    cut = extract_card_results(doc, file_name=path.name)
    kept = {re.sub(r"\s+", "", r["label"]) for r in cut[0].record["funding"]["rows"]}
    assert label in kept or [f["observed"]["label"] for f in _unread(cut)] == [label]
