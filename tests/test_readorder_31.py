"""Read order in two-column and landscape dumps, and ``+`` inside drawn text tables (session 31).

- A ``+`` inside a drawn table's cell (a rise signed ``+618`` in a ``증감`` column, ``A+B`` in a cell's text) was
  taken for an ASCII grid's junction: it parted its cell in two (the sign lost, the text split over two columns),
  made the table a column wider than its rules draw and a page break's two parts of one table unequal in their
  columns. A junction is told by the rules meeting it: a rule's stroke beside it on its line, or a bar above or
  below it (extract/readers/text_grids.py ``junction``). A funding row holding a rise-signed derived cell is a row
  of amounts (extract/sections/funding_cells.py): its figures read, the signed cell's value never.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pledgecard.extract.document import Table
from pledgecard.extract.readers import read_path
from pledgecard.extract.readers.text import read as read_text
from pledgecard.extract.readers.text_drawn_tables import continued, drawn_table
from pledgecard.extract.readers.text_grids import bar_columns, drawn_cells
from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.pipeline import card_results

from conftest import pinned_families, shared_tools

ASCII = str.maketrans("┌┬┐├┼┤└┴┘─│", "+++++++++-|")

SIGNED = """\
┌────────┬──────────┬───────────────────┬──────┐
│ 구 분  │ 총사업비 │ 연도별 투자계획   │ 증감 │
│        │          ├─────────┬─────────┤      │
│        │          │ 2023년  │ 2024년  │      │
├────────┼──────────┼─────────┼─────────┼──────┤
│ 계     │ 300      │ 100     │ 200     │ +5.0 │
├────────┼──────────┼─────────┼─────────┼──────┤
│ 국 비  │ 300      │ 100     │ 200     │ +5   │
└────────┴──────────┴─────────┴─────────┴──────┘"""


@pytest.mark.parametrize("style", ["box", "ascii"])
def test_a_plus_inside_a_cell_is_no_junction(style: str) -> None:
    text = SIGNED if style == "box" else SIGNED.translate(ASCII)
    lines = text.split("\n")
    table = drawn_table(lines, drawn_cells(lines), 1)
    assert table is not None and (table.n_rows, table.n_cols) == (4, 5)
    at = {(c.row, c.col): (c.text, c.row_span, c.col_span) for c in table.cells}
    assert [at[(2, k)][0] for k in range(5)] == ["계", "300", "100", "200", "+5.0"]
    assert at[(3, 4)] == ("+5", 1, 1)
    assert at[(0, 2)] == (
        "연도별 투자계획",
        1,
        2,
    )  # the ASCII junction inside the head's rule still parts its years
    assert len(bar_columns(lines)) == 6


def test_a_plus_in_a_cells_text_keeps_the_cell_whole() -> None:
    lines = """\
+--------+--------------+
| 구분   | 내용         |
+--------+--------------+
| 1      | R&D+사업화   |
+--------+--------------+""".split("\n")
    table = drawn_table(lines, drawn_cells(lines), 1)
    assert table is not None and table.n_cols == 2
    assert [c.text for c in table.cells if c.row == 1] == ["1", "R&D+사업화"]


def test_one_tables_parts_with_and_without_a_signed_cell_are_one_table() -> None:
    part = SIGNED.translate(ASCII).split("\n")
    # the rows going on after a page break: other labels, no signed cell
    plain = (
        SIGNED.replace("+5.0", " 5.0")
        .replace("+5  ", " 5  ")
        .replace("계    ", "시 비 ")
        .replace("국 비", "민 자")
        .translate(ASCII)
        .split("\n")
    )
    lines = [*part, "", "- 3 -", "", *plain]
    assert continued(lines, 0, len(part), len(part) + 3, len(lines))


def test_a_rise_signed_cell_is_a_cell_of_amounts() -> None:
    assert is_amount_cell("+618") and is_amount_cell("+5.0") and is_amount_cell("△618")
    assert not is_amount_cell("+") and not is_amount_cell("+기타")


def _signed_changes(text: str) -> str:
    """The dump with its funding table's 증감 cells (the last column) that rise signed ``+``."""
    out, inside = [], False
    for line in text.split("\n"):
        if re.search(r"증감\s*│$", line):
            inside = True
        elif line.startswith("└"):
            inside = False
        elif inside:
            line = re.sub(r"│ (\d[\d,.]*) ( *)│$", r"│ +\1\2│", line)
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize("style", ["box", "ascii"])
def test_mutant_3844_with_a_rise_signed_change_column_reads_its_funding(tmp_path: Path, style: str) -> None:
    # geurim-city's mutant 3844: a funding table drawn with box characters, a derived 증감 column last; its rises
    # signed ``+`` (and, ASCII, its rules drawn with ``+``/``-``/``|``): the ``+`` parted the 증감 cell (6 columns
    # drawn, 7 read); read as the cell's sign, the row of amounts holding it was dropped (국비 null, money 19/24)
    from samples.mutate import run_mutant

    (r,) = run_mutant(3844, ("txt",), tmp_path, keep=True, families=pinned_families())
    assert r["wrong"] == [] and "error" not in r
    [src] = sorted(tmp_path.rglob("*-txt.txt"))
    text = _signed_changes(src.read_text("utf-8"))
    assert text.count("│ +") >= 1
    if style == "ascii":
        text = text.translate(ASCII)
    path = tmp_path / f"signed-{style}.txt"
    path.write_text(text, "utf-8")
    [table] = [
        b
        for b in read_text(text.encode("utf-8")).blocks
        if isinstance(b, Table) and any(c.text == "증감" for c in b.cells)
    ]
    assert table.n_cols == 7 and any(c.text.startswith("+") and c.col == 6 for c in table.cells)
    expected = json.loads(src.with_name(src.name[: -len(".txt")] + ".expected.json").read_text("utf-8"))
    [record] = [c.record for c, _ in card_results(read_path(path), str(path))]
    score_card, wrong_figures = shared_tools()
    assert [f for f in wrong_figures.figures(expected, record) if f[3] is not None and f[2] != f[3]] == []
    money = score_card.score_record(expected, record).groups["money"]
    assert money[0] == money[1], money[2]


# ------------------------------------------------------------------------------ a title printed once amid the body


def test_a_title_printed_once_amid_the_body_is_the_cards_kind() -> None:
    from pledgecard.extract.title_amid import title_amid

    from conftest import make_line

    title = "새벽시 민선8기 시장 공약사업 관리카드"
    body = [
        make_line(t)
        for t in ("공약명", "도시숲 조성", "▩ 2. 재원 투자계획", "기본현황", title, "(단위: 백만원)")
    ]
    header: dict[str, object] = {"kind": None}
    prov: dict[str, object] = {}
    title_amid(header, prov, body)
    assert header["kind"] == title and "header.kind" in prov
    # printed twice (a running header at a page's edge): no title proven
    header = {"kind": None}
    title_amid(header, {}, [*body, make_line("- 2 -"), make_line(title)])
    assert header["kind"] is None
    # a kind the header read stays
    header = {"kind": "다른 카드"}
    title_amid(header, {}, body)
    assert header["kind"] == "다른 카드"


@pytest.mark.parametrize("seed", [67003, 67005])
def test_binnae_pdftotext_reads_the_title_set_over_the_left_column(tmp_path: Path, seed: int) -> None:
    # pdftotext's default order prints the title amid the section headings stacked beside it; the card split
    # dropped it as a page header: the kind null (67003 0.897 -> 0.902, 67005 0.705 -> 0.709)
    import shutil
    import subprocess

    from pledgecard import extract_file
    from pledgecard.scoring import load_records

    from conftest import REPO

    src = REPO / "samples" / "families" / "binnae-city" / f"binnae-city-{seed}-pdf.pdf"
    out = tmp_path / f"{src.stem}.txt"
    subprocess.run(
        [shutil.which("pdftotext") or "pdftotext", "-enc", "UTF-8", str(src), str(out)], check=True
    )
    [expected] = load_records(src.with_name(src.stem + ".expected.json"))
    [record] = extract_file(out)
    assert record["header"]["kind"] == expected["header"]["kind"]
    score_card, wrong_figures = shared_tools()
    assert [f for f in wrong_figures.figures(expected, record) if f[3] is not None and f[2] != f[3]] == []
