"""No guessed reconstruction (issue 12 item 3): when a text dump's table cannot be mapped to rows
and columns without guessing, its cells are null, its printed text stays in the record
(``unparsed`` with the section, or ``amounts_raw``), and ``extract.table_unrecovered`` is raised
at its lines; validation adds it to findings.jsonl. Every case edits a real card of the corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledgecard.cli import main as cli_main
from pledgecard.pipeline import process_file
from pledgecard.scoring import load_records

CARD = Path(__file__).resolve().parents[1] / "samples" / "corpus" / "card-00102-txt.txt"
TEXT = CARD.read_text(encoding="utf-8")
LINES = TEXT.splitlines()
# the card's funding table, printed a row a line: header lines, then 계 / 국비 / 도비 / 시군비 / 기타
FIRST = next(i for i, ln in enumerate(LINES) if ln.startswith("구  분 계"))
LAST = next(i for i, ln in enumerate(LINES) if ln.startswith("기  타 685"))
ROWS = [i for i in range(FIRST, LAST + 1) if re.match(r"^[가-힣 ]+( [\d,]+){5}$", LINES[i])]
CLEAN = process_file(CARD).records[0]


def _card(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _read(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    res = process_file(path)
    (rec,) = res.records
    (prov,) = res.provenance
    return rec, prov["findings"]


def _unrecovered(findings: list[dict[str, Any]]) -> list[str]:
    """Where the card prints each table_unrecovered finding's rows; each is located at the funding, the
    record part these cards' tables are."""
    found = [f for f in findings if f["code"] == "extract.table_unrecovered"]
    assert [f["location"] for f in found] == ["funding"] * len(found)
    return [f["source_location"] for f in found]


def _figures(rec: dict[str, Any]) -> dict[tuple[str, int], int | None]:
    return {(r["label"], c): v for r in rec["funding"]["rows"] for c, v in enumerate(r["amounts_krw"])}


def test_the_clean_card_reads_every_cell_and_raises_nothing() -> None:
    assert len(ROWS) == 5 and all(v is not None for v in _figures(CLEAN).values())
    assert _unrecovered(process_file(CARD).provenance[0]["findings"]) == []


def test_an_aligned_block_with_a_cell_between_two_columns(tmp_path: Path) -> None:
    """The reader cannot tell 50's column (it stands between 2023년 and 2024년): the block is kept
    as text, the row's cells are null (it was read as 50 in 2023 before), its line is unparsed."""
    block = [
        "구분      2023년      2024년      2025년",
        "국비      100         200         300",
        "도비             50",
    ]
    path = _card(tmp_path, "between.txt", LINES[:FIRST] + block + LINES[LAST + 1 :])
    rec, findings = _read(path)
    rows = {r["label"]: r["amounts_krw"] for r in rec["funding"]["rows"]}
    assert rows == {"국비": [100 * 10**8, 200 * 10**8, 300 * 10**8], "도비": [None, None, None]}
    a = FIRST + 1
    assert _unrecovered(findings) == [f"line {a}-{a + 2}"]
    assert {"section": "재원투자 실적 및 계획", "text": "도비 50", "location": f"line {a + 2}"} in rec[
        "unparsed"
    ]
    # the same block with 도비's cells under their columns is a table: read, nothing raised
    aligned = block[:2] + ["도비      50          60          70"]
    rec, findings = _read(_card(tmp_path, "aligned.txt", LINES[:FIRST] + aligned + LINES[LAST + 1 :]))
    assert rec["funding"]["rows"][1]["amounts_krw"] == [50 * 10**8, 60 * 10**8, 70 * 10**8]
    assert _unrecovered(findings) == []


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.sampled_from(ROWS), st.data())
def test_property_a_row_missing_a_cell_is_null_never_shifted(
    tmp_path_factory: Any, row: int, data: st.DataObject
) -> None:
    """A dump drops a cell: the row has fewer cells than the table has columns. Which one is missing
    is a guess unless the sums prove it (a dropped zero: the row's total and the total row leave one
    place for a blank, session 23), so the row's cells are null, its text unparsed, the finding at its
    line; or, where a zero was dropped, every cell read right and no finding. No cell is ever shifted
    and no other cell of the table changes (before, the table was re-read with shifted columns)."""
    cells = LINES[row].split()
    first = next(k for k, c in enumerate(cells) if c[0].isdigit())
    drop = data.draw(st.integers(first, len(cells) - 1), label="dropped cell")
    lines = list(LINES)
    lines[row] = " ".join(cells[:drop] + cells[drop + 1 :])
    rec, findings = _read(_card(tmp_path_factory.mktemp("card"), "short.txt", lines))
    label = "".join(cells[:first])
    before, after = _figures(CLEAN), _figures(rec)
    assert after.keys() == before.keys()
    placed = cells[drop] == "0" and all(v is not None for (lab, _), v in after.items() if lab == label)
    for (lab, c), v in after.items():
        assert v == (None if lab == label and not placed else before[(lab, c)]), (lab, c)
    if placed:  # a blank zero the sums place: the row read whole, nothing left unread
        assert _unrecovered(findings) == []
        return
    assert _unrecovered(findings) == [f"line {row + 1}"]
    assert [u["text"] for u in rec["unparsed"] if u["location"] == f"line {row + 1}"] == [
        " ".join(lines[row].split())
    ]


def _bumped(cells: list[str]) -> list[str]:
    return [f"{int(cells[0].replace(',', '')) + 1:,}", *cells[1:]]


def test_a_cell_stream_whose_total_column_cannot_be_placed(tmp_path: Path) -> None:
    """The table printed cell by cell, the spanning heading first and the total label before the
    periods: the total column may be the first or the last. The rows' sums place it when every
    row adds up at one end and none at the other (the card's own figures); when no row adds up,
    the cells are null, their text kept in amounts_raw, and one finding says the table could not
    be ordered."""
    head = ["연도별 투자 실적 및 계획", "구  분", "계", "기투자", "2024", "2025", "2026"]
    stream, broken = list(head), list(head)
    for i in ROWS:
        label, cells = " ".join(LINES[i].split()[:-5]), LINES[i].split()[-5:]
        stream.extend([label, *cells])
        broken.extend([label, *_bumped(cells)])
    rec, findings = _read(_card(tmp_path, "stream.txt", LINES[:FIRST] + stream + LINES[LAST + 1 :]))
    assert [r["amounts_krw"] for r in rec["funding"]["rows"]] == [
        r["amounts_krw"] for r in CLEAN["funding"]["rows"]
    ]
    assert _unrecovered(findings) == []
    rec, findings = _read(_card(tmp_path, "broken.txt", LINES[:FIRST] + broken + LINES[LAST + 1 :]))
    rows = rec["funding"]["rows"]
    assert all(v is None for r in rows for v in r["amounts_krw"])
    assert [r["amounts_raw"] for r in rows] == [_bumped(LINES[i].split()[-5:]) for i in ROWS]
    assert _unrecovered(findings) == [f"line {FIRST + 1}"]


def test_the_finding_reaches_findings_jsonl(tmp_path: Path) -> None:
    lines = list(LINES)
    cells = lines[ROWS[1]].split()  # a figure, not a zero, dropped: no sum proves where a cell is missing
    lines[ROWS[1]] = " ".join(cells[:-2] + cells[-1:])
    path = _card(tmp_path, "card.txt", lines)
    out = tmp_path / "out"
    assert (
        cli_main(["run", str(path), "-o", str(out), "--workers", "1", "--quiet", "--fail-on", "never"]) == 0
    )
    found = [json.loads(x) for x in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    [f] = [f for f in found if f["code"] == "extract.table_unrecovered"]
    assert (f["severity"], f["success"], f["location"]) == ("warning", False, "funding")
    assert f["source_location"] == f"line {ROWS[1] + 1}"
    # the report's evidence shows the printed line its source_location names (the record path names a part)
    ev = f["evidence"]
    assert ev["kind"] == "lines" and ev["highlight"] == [ROWS[1] + 1]
    assert ev["lines"][ROWS[1] + 1 - ev["first_line"]] == lines[ROWS[1]]


@pytest.mark.parametrize(
    "name",
    [
        "card-00103-layout.txt",
        "card-00104-layout.txt",
        "multi-00209-layout.txt",
        "families/haneul-city-18001-layout.txt",
        "families/nuri-province-15004-layout.txt",
    ],
)
def test_blocks_left_as_text_that_a_section_read_raise_nothing(name: str) -> None:
    """The layout corpus has aligned blocks the reader kept as text rows; their sections read
    every row from the lines (a row a line, all cells there), so nothing is unrecovered."""
    path = CARD.parent.parent / "layout" / name
    res = process_file(path)
    if name == "card-00103-layout.txt":  # its funding block placed in columns since session 19 (text_columns:
        # the span head printed beside the wrapped 총사업 / 구분 / 비, over two year heads and nothing else, is a
        # header row of its own): read cell for cell, the record the same as its lines gave
        [exp] = load_records(path.with_name(path.stem + ".expected.json"))
        assert not any("not placed in columns with certainty" in n for n in res.notes)
        assert res.records[0]["funding"] == exp["funding"]
    elif name != "card-00104-layout.txt":  # its block placed in columns since session 15 (text_layout: a head
        # cell between two free columns of a row one cell short spans both); still nothing unrecovered
        assert any("not placed in columns with certainty" in n for n in res.notes)
    assert all(_unrecovered(p["findings"]) == [] for p in res.provenance)
