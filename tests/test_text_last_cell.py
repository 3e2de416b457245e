"""A bare figure closing a page: a page number, or the last cell of a table a dump printed a cell a line
(extract/readers/text_last_cell.py). yeonbit-county's hwpx-text-extract dump ends with its outreach table
a cell a line, its last count a bare ``3``: dropped as the page number before, the table then unread."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers.text_lines import furniture, split_lines
from pledgecard.scoring import load_records

from conftest import shared_tools

REPO = Path(__file__).resolve().parents[1]
YEONBIT = REPO / "samples" / "families" / "yeonbit-county"

HEAD = ["ㅂ. 소통실적", "계", "간담회", "조사", "자문", "홍보", "기타"]


def _dropped(text: str) -> set[str]:
    lines = split_lines(text)
    return {lines[k].text.strip() for k in furniture(lines)}


def test_a_rows_last_count_closing_the_dump_is_its_cell() -> None:
    # 계 first: 8 = 5 + 0 + 0 + 0 + 3 with the closing figure, not without it
    assert "3" not in _dropped("\n".join([*HEAD, "8회", "5(현장)", "-", "-", "-", "3"]) + "\n")
    # 계 last: 9 = 5 + 2 + 1 + 1
    assert "9" not in _dropped(
        "\n".join(["구분", "간담회", "조사", "자문", "기타", "계", "5회", "2", "1", "1", "9"]) + "\n"
    )


def test_a_page_number_after_a_blank_or_where_the_row_does_not_sum_is_dropped() -> None:
    row = [*HEAD, "8회", "5(현장)", "-", "-", "-"]
    # 9 is no sum of the row with 3 (nor 3 of the cells before it): the page number
    assert "3" in _dropped("\n".join([*HEAD, "9회", "5(현장)", "-", "-", "-"]) + "\n3\n")
    assert "3" in _dropped("\n".join([*row, "3", "", "3"]) + "\n")  # set off by a blank: the page's number
    # a figure closing a page where the dump numbers its pages (2, then 3 on the next): the page number
    pages = "\n".join(["본문", "둘째 줄", "2"]) + "\n\f" + "\n".join([*row, "3"]) + "\n"
    lines = split_lines(pages)
    assert {lines[k].text for k in furniture(lines)} >= {"2", "3"}


def _tool(name: str) -> str:
    path = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(path).exists():
        pytest.fail(f"{name} not found (python-hwpx is a test requirement)")
    return path


def test_yeonbit_outreach_closing_the_hwpx_dump_is_read(tmp_path: Path) -> None:
    sc, _ = shared_tools()
    for src in sorted(YEONBIT.glob("*-hwpx.hwpx")):
        out = tmp_path / f"{src.stem}.txt"
        subprocess.run(
            [_tool("hwpx-text-extract"), "--include-tables", str(src), "-o", str(out)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        assert out.read_text(encoding="utf-8").split("\n")[-1].strip().isdigit()  # a bare figure last
        expected = load_records(src.with_name(src.stem + ".expected.json"))
        got = extract_file(out)
        for exp, rec in zip(expected, got, strict=True):
            assert rec["outreach"] == exp["outreach"], src.name


@pytest.mark.parametrize("cell", ["10.5", "10/20", "1,234.5"])
def test_a_cell_read_only_in_part_proves_no_row(cell: str) -> None:
    # the closing 2 sums the row only with ``cell`` read as its first digit (5 = 2 + 1 + 2): a decimal or a
    # ratio is no count, so no row proves the figure a cell and it is the page's number
    assert "2" in _dropped("\n".join([*HEAD, "5회", "2", cell, "2"]) + "\n")
