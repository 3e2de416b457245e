"""Review findings in the text and PDF readers mended (session 25): each on a small dump or page model that
failed before its mend."""

from __future__ import annotations

from pledgecard.extract.readers.text_lines import TLine, to_tline
from pledgecard.extract.readers.text_newspaper import newspaper_pages, sheet_gutter


def _page(rows: list[str], page: int = 1) -> list[TLine]:
    return [to_tline(k + 1, page, row) for k, row in enumerate(rows)]


def _ranking(last: str) -> list[str]:
    """A ranking table (rank, office, a wide gap, score) whose last row prints ``last``."""
    rows = [f"{k:>3}   {'모아시 부서' + str(k):<12}{' ' * 30}{100 - k:>5}" for k in range(1, 7)]
    return [*rows, last]


def test_a_ranking_tables_last_row_is_no_sheets_page_numbers() -> None:
    """Two short numbers apart on a page's last line (a ranking table's last row ``7 ... 105``) are no two
    pages' numbers: the page stays one; two consecutive page numbers over a free middle part a sheet."""
    ranking = _page(_ranking(f"{7:>3}{' ' * 45}{105:>5}"))
    assert sheet_gutter(ranking) is None
    assert len({ln.page for ln in newspaper_pages(ranking)}) == 1
    sheet = _page(_ranking(f"{'- 7 -':>5}{' ' * 40}{'- 8 -':>5}"))
    assert sheet_gutter(sheet) is not None
