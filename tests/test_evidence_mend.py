"""Mends of the evidence / findings review (session 27): each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgecard.cli import main
from pledgecard.extract.document import Source, cell_address, cell_parts
from pledgecard.extract.readers.text import decode_text
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.source_position import source_of
from pledgecard.normalize.sanitize import clean_text
from pledgecard.validate.evidence import EvidenceFinder
from pledgecard.writers import read_jsonl


@pytest.mark.parametrize(
    "pos",
    [
        {"line": 3, "columns": ["a", 1]},
        {"line": 3, "columns": [None, 2]},
        {"line": 3, "columns": [True, 2]},
        {"line": 3, "columns": [1.5, "2"]},
        {"line": 3, "bbox": [True, 1, 2, 3]},
    ],
)
def test_a_malformed_position_reads_back_without_its_malformed_part(pos: dict[str, Any]) -> None:
    src = source_of(pos)
    assert src.columns is None and src.bbox is None and src.line_start == 3


@given(st.integers(1, 99), st.integers(0, 5000), st.integers(0, 2000))
def test_cell_parts_inverts_cell_address(table: int, row: int, col: int) -> None:
    assert cell_parts(cell_address(table, row, col)) == (table, row, col)
    assert isinstance(Source(cell=cell_address(table, row, col)).cell, str)


FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"


def _run(tmp: Path, name: str) -> Path:
    family = name.rsplit("-", 2)[0]
    out = tmp / "out"
    assert (
        main(
            [
                "run",
                str(FAMILIES / family / name),
                "-o",
                str(out),
                "--workers",
                "1",
                "--fail-on",
                "never",
                "--quiet",
            ]
        )
        == 0
    )
    return out


def test_a_dump_with_page_breaks_quotes_the_readers_own_lines(tmp_path: Path) -> None:
    """dalbit-county-49019-txt prints five form feeds: every line a finding quotes is the line the reader numbered
    so (a form feed ends no line)."""
    name = "dalbit-county-49019-txt.txt"
    data = (FAMILIES / "dalbit-county" / name).read_bytes()
    assert data.count(b"\f") >= 5
    reader: dict[int, str] = {}
    for line in split_lines(decode_text(data)):
        reader[line.number] = clean_text(line.text, one_line=True)[
            0
        ]  # after a form feed: the line's last part
    quoted = 0
    for f in read_jsonl(_run(tmp_path, name) / "findings.jsonl"):
        ev = f.get("evidence") or {}
        if ev.get("kind") != "lines":
            continue
        for k, text in enumerate(ev["lines"]):
            assert text == reader[ev["first_line"] + k], (f["code"], ev["first_line"] + k, text)
            quoted += 1
    assert quoted >= 10


def test_a_cells_columns_mark_its_text_on_a_line_with_tabs(tmp_path: Path) -> None:
    """The reader measures a cell's display columns on the line with its tabs expanded; the evidence quotes
    and marks that same text."""
    raw = "국비\t\t1,200\t3,400"
    path = tmp_path / "card.txt"
    path.write_text("제목\n" + raw + "\n끝\n", encoding="utf-8")
    line = split_lines(path.read_text(encoding="utf-8"))[1]
    seg = next(s for s in line.segs if s.text == "3,400")
    columns = [seg.x0, seg.x1]
    prov = {"locations": {"funding.rows[0]": {"line_start": 2, "line_end": 2, "columns": columns}}}
    finder = EvidenceFinder(tmp_path, tmp_path, [])
    try:
        ev = finder._text_evidence(path, {}, "funding.rows[0].amounts_krw[1]", prov, ["9,999"])
    finally:
        finder.shutdown()
    ((n, (a, b)),) = ev.marks.items()
    assert ev.lines[n - ev.lines[0][0]][1][a:b] == "3,400"


def test_a_card_on_pages_read_across_cites_its_own_first_lines_there() -> None:
    """Two pages read across (lines 1-85, 86-170), a card printed from line 90 to 140: its finding cites the card's
    first lines on page 2, not the whole page (nor page 1, which it does not print on)."""
    from pledgecard.extract.coverage import CITED_LINES, pages_interleaved
    from pledgecard.extract.layout import Line

    items = [
        Line(text=f"줄 {n}", marker=None, indent=0, source=Source(line_start=n, line_end=n))
        for n in (140, 90, 95, 101, 120)
    ]
    [found] = pages_interleaved([(1, 85), (86, 170), (171, 250)], items)
    assert found["observed"] == 1
    assert found["source_location"] == "line 90-101" and CITED_LINES == 3
    assert found["source_position"] == {"line": 90, "line_end": 101}
    assert pages_interleaved([(1, 85)], items) == []


@pytest.mark.parametrize(
    ("finding", "want"),
    [
        ({"code": "extract.pages_interleaved", "location": None, "observed": 1}, []),
        ({"code": "extract.low_coverage", "location": None, "observed": 0.62}, []),
        ({"code": "extract.text_before_card", "location": None, "observed": {"items": 4, "chars": 120}}, []),
        ({"code": "goal.year_order", "location": "goals[1].year", "observed": 2024}, []),
        ({"code": "outreach.count", "location": "outreach", "observed": [3, 4]}, []),
        (
            {"code": "funding.sum", "location": "funding.rows[0].amounts_krw[2]", "observed": 8500},
            ["8,500", "8500"],
        ),
        ({"code": "budget.total", "location": "budget.total_krw", "observed": 1200}, ["1,200", "1200"]),
        (
            {
                "code": "extract.amount_spans_periods",
                "location": "funding.rows[1]",
                "observed": {"amount": "4,077 (2년간)", "periods": ["2024", "2025"]},
            },
            ["4,077 (2년간)"],
        ),
    ],
)
def test_only_an_amount_or_a_value_is_a_finding_figure(finding: dict[str, Any], want: list[str]) -> None:
    from pledgecard.validate.evidence_figure import figures

    assert figures(finding) == want


def test_a_pdf_cells_crop_takes_its_table_with_the_head_not_its_row(tmp_path: Path) -> None:
    """gaji-county 91001's PDF: an amount printed once over two periods (T2!F11) is cropped within the funding
    table's box (its year heads above the row), not the box of the funding row holding the cell."""
    from pledgecard.validate.evidence import HEADER_REACH
    from pledgecard.validate.evidence_locate import located, pdf_region

    run = _run(tmp_path, "gaji-county-91001-pdf.pdf")
    (prov,) = read_jsonl(run / "provenance.jsonl")
    found = [
        f
        for f in read_jsonl(run / "findings.jsonl")
        if f["code"] == "extract.amount_spans_periods" and not f["success"]
    ]
    assert found
    funding = prov["locations"]["funding"]["bbox"]
    for f in found:
        where = located(f["location"], f["source_location"], prov, f["source_position"])
        page, mark, table = pdf_region(*where)  # type: ignore[misc]
        assert table == tuple(funding), (f["source_position"], table)
        assert mark is not None and mark[1] - table[1] <= HEADER_REACH  # the crop starts at the table's top
        row = prov["locations"]["funding.rows[0]"]["bbox"]
        assert table[1] < row[1]  # above the rows: the head


@pytest.mark.parametrize(
    ("name", "head"),
    [
        (
            "jinsol-county-34015-hwpx.hwpx",
            1,
        ),  # a key/value header table, a cell spanning columns in every row
        (
            "haram-district-25018-hwpx.hwpx",
            1,
        ),  # a funding table whose first head spans two columns, no second level
        ("gaji-county-91001-hwpx.hwpx", 2),  # a two-level head: 연차별 투자계획 over its years
    ],
)
def test_a_quoted_row_stands_under_its_tables_head_only(name: str, head: int) -> None:
    """The quoted HWPX row stands under the table's first row, and under its second only where the two make a
    head of two levels: never under every row above it."""
    from pledgecard.extract.formats import reader_for
    from pledgecard.extract.limits import Limits
    from pledgecard.validate.table_rows import RowFinder, _tables, two_level_head

    path = next(FAMILIES.glob(f"*/{name}"))
    doc = reader_for("hwpx")(path.read_bytes(), path=str(path), limits=Limits())
    finder = RowFinder()
    checked = 0
    for table in _tables(list(doc.blocks)):
        grid = table.cell_grid()
        cells = [c for c in table.cells if c.source.cell and c.row >= 3]
        if not cells or two_level_head(grid) != (head == 2) or len(grid) < 4:
            continue
        cell = cells[-1]
        quoted, highlight = finder.row(path, "hwpx", cell.source.cell)  # type: ignore[misc]
        assert len(quoted) == head + 1, (cell.source.cell, quoted)
        assert quoted[-1] == [" ".join(c.text.split()) if c else "" for c in grid[cell.row]]
        checked += 1
    assert checked


def _margin_table(head: list[str], body: list[str]) -> Any:
    from pledgecard.extract.document import Cell, Table

    cells = [
        Cell(r, k, text, source=Source(cell=cell_address(2, r, k)))
        for r, row in enumerate((head, body))
        for k, text in enumerate(row)
    ]
    return Table(cells=cells, n_rows=2, n_cols=len(head))


def test_a_table_of_the_sources_totals_is_refused_unless_its_head_is_whole_and_its_sources_once() -> None:
    from pledgecard.extract.sections.funding_margins import source_margin

    body = ["총 계", "300", "100", "200", ""]
    assert source_margin(_margin_table(["구 분", "계", "국비", "시비", "비고"], body), 1) is not None
    assert (
        source_margin(_margin_table(["사업명", "계", "국비", "시비", "비고"], body), 1) is None
    )  # no label head
    assert (
        source_margin(
            _margin_table(["구 분", "계", "국비", "국비", "시비"], ["총 계", "300", "100", "100", "200"]), 1
        )
        is None
    )  # 국비 twice (one of them summing to the total with 시비): refused


def test_unprinted_periods_of_the_sources_are_one_finding_not_unread_amounts(tmp_path: Path) -> None:
    """dajim-district 93001 (HWPX) prints its funding as two margins: the periods' totals and the sources' totals.
    The sources' period cells are not printed: one extract finding says so, no cell 'could not be read'; each
    source row's total is cited at its own cell of the sources' table."""
    run = _run(tmp_path, "dajim-district-93001-hwpx.hwpx")
    failing = [f for f in read_jsonl(run / "findings.jsonl") if not f["success"]]
    assert not [f for f in failing if f["code"] == "normalize.unreadable_amount"]
    [found] = [f for f in failing if f["code"] == "extract.periods_unprinted"]
    (rec,) = read_jsonl(run / "records.jsonl")
    rows = rec["funding"]["rows"]
    assert found["observed"]["rows"] == list(range(1, len(rows))) and len(rows) >= 3
    for r in found["observed"]["rows"]:
        assert all(rows[r]["amounts_krw"][c] is None for c in found["observed"]["columns"])
    (prov,) = read_jsonl(run / "provenance.jsonl")
    total = next(k for k, c in enumerate(rec["funding"]["columns"]) if c["kind"] == "total")
    cells = [
        prov["locations"][f"funding.rows[{r}].amounts_krw[{total}]"]["cell"] for r in range(1, len(rows))
    ]
    assert len(set(cells)) == len(cells) and all(c.startswith("T2!") for c in cells)


@pytest.mark.parametrize("fmt", ["hwp", "hwpx", "pdf", "txt"])
def test_amounts_over_several_periods_are_explained_not_unread(tmp_path: Path, fmt: str) -> None:
    """gaji-county 91001 prints amounts once over two periods (merged cells): the cells they cover are null, and
    the extract finding saying so (``observed.columns``, the record's) is all validation reports of them, no
    cell 'could not be read'."""
    name = f"gaji-county-91001-{fmt}.{fmt}"
    out = tmp_path / "out"
    assert (
        main(["extract", str(FAMILIES / "gaji-county" / name), "-o", str(out), "--workers", "1", "--quiet"])
        == 0
    )
    assert main(["validate", str(out), "--no-report", "--fail-on", "never"]) == 0
    failing = [f for f in read_jsonl(out / "findings.jsonl") if not f["success"]]
    spans = [f for f in failing if f["code"] == "extract.amount_spans_periods"]
    assert spans
    (rec,) = read_jsonl(out / "records.jsonl")
    for f in spans:
        row = rec["funding"]["rows"][int(f["location"].removeprefix("funding.rows[").rstrip("]"))]
        assert len(f["observed"]["columns"]) >= 2
        assert all(row["amounts_krw"][c] is None for c in f["observed"]["columns"])
    assert not [f for f in failing if f["code"] == "normalize.unreadable_amount"]


def test_a_null_amount_of_the_margins_generator_is_printed_blank_not_zero() -> None:
    from samples.layout_marginals import _cell
    from samples.style import Style

    style = Style()
    assert _cell(None, 1_000_000, style) == ""
    assert (
        _cell(0, 1_000_000, style) != "" and _cell(1_200_000_000, 1_000_000, style).replace(",", "") == "1200"
    )
