"""A funding header whose first level a dump printed a cell a line (``pdftotext -raw`` of
yunseul-city: ``구분 총사업비`` / ``연도별 투자계획`` / ``증감`` / ``확보율`` / ``(%)`` / the years):
the labels after the spanning heading stand right of its columns. They had been taken as the
columns before the years, every figure dealt two columns off (47 wrong figures in the two cards)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.sections.funding_header import header_order
from pledgecard.scoring import load_records

from conftest import shared_tools

REPO = Path(__file__).resolve().parents[1]
PDFS = sorted((REPO / "samples" / "families" / "yunseul-city").glob("*-pdf.pdf"))


def test_a_first_level_printed_over_lines_stands_around_the_headings_columns() -> None:
    lines = ["구분 총사업비", "연도별 투자계획", "증감", "확보율", "(%)", "2022년 2023년 2024년"]
    assert [t.strip() for t in header_order(lines)] == [
        "총사업비",
        "2022년",
        "2023년",
        "2024년",
        "증감",
        "확보율",
    ]
    # one line of first-level labels: as before
    assert [t.strip() for t in header_order(["구분 총사업비 연도별 투자계획 증감", "2022년 2023년"])] == [
        "총사업비",
        "2022년",
        "2023년",
        "증감",
    ]


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.name)
def test_the_raw_dump_reads_the_funding_table_whole(pdf: Path, tmp_path: Path) -> None:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext not found (poppler-utils is a test requirement)")
    out = tmp_path / f"{pdf.stem}-raw.txt"
    subprocess.run(
        [tool, "-raw", "-enc", "UTF-8", str(pdf), str(out)], check=True, capture_output=True, timeout=120
    )
    _, wf = shared_tools()
    [expected] = load_records(pdf.with_name(pdf.stem + ".expected.json"))
    [got] = extract_file(out)
    assert [n for _, n, e, g in wf.figures(expected, got) if g is not None and g != e] == []
    assert got["funding"] == expected["funding"]
