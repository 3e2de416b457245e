"""A wide funding table whose last columns pdftotext's default mode printed past the page's footer,
their year labels and their cells under the next section (ieum-county): the amount lines right after
the stray year labels are the table's, placed only where the sums prove one grid; a figure that breaks
the sums leaves every cell null."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.scoring import load_records

from conftest import make_line

CARD = (
    Path(__file__).resolve().parents[1] / "samples" / "families" / "ieum-county" / "ieum-county-75001-pdf.pdf"
)


def test_the_amount_lines_after_the_stray_year_labels_are_the_tables() -> None:
    from pledgecard.extract.sections.funding_strays import stray_period_amounts

    lines = [
        make_line(t)
        for t in (
            "○ 경로당 운영",
            "-1-",
            "2028년",
            "1,155,000,000원 838,000,000원",
            "-",
            "6,475,000,000원",
            "- 이용 아동 대상 설명회 개최 : 2025년 9월중",
            "-",
        )
    ]
    assert [ln.full_text for ln in stray_period_amounts(lines)] == [
        "1,155,000,000원 838,000,000원",
        "-",
        "6,475,000,000원",
    ]
    # amounts without their year labels, or bare numbers (a page number), are no table's
    assert stray_period_amounts([make_line("1,155,000,000원"), make_line("2028년")]) == ()
    assert stray_period_amounts([make_line("2028년"), make_line("3")]) == ()


def _dump(tmp_path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext not found (poppler-utils is a test requirement)")
    out = tmp_path / "card.txt"
    subprocess.run([tool, "-enc", "UTF-8", str(CARD), str(out)], check=True, capture_output=True, timeout=120)
    return out.read_text(encoding="utf-8")


def test_the_columns_printed_past_the_footer_are_placed_by_the_sums(tmp_path: Path) -> None:
    text = _dump(tmp_path)
    assert "\n2028년\n" in text.split("◇ 3.")[1]  # the head's last year printed past the table
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    expected = load_records(CARD.with_name(CARD.stem + ".expected.json"))[0]["funding"]
    assert extract_file(tmp_path / "a.txt")[0]["funding"] == expected
    # one stray cell changed: no grid fits every sum, no figure is placed
    assert "633,000,000원" in text
    (tmp_path / "b.txt").write_text(text.replace("633,000,000원", "634,000,000원"), encoding="utf-8")
    rows = extract_file(tmp_path / "b.txt")[0]["funding"]["rows"]
    assert rows and all(v is None for r in rows for v in r["amounts_krw"])
