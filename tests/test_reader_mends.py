"""Review findings in the text and PDF readers mended (session 25): each on a small dump or page model that
failed before its mend."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from pledgecard.extract.limits import Limits
from pledgecard.extract.readers.text_lines import TLine, to_tline
from pledgecard.extract.readers.text_newspaper import newspaper_pages, sheet_gutter
from samples.render_sheets import SHEET_PT, impose, sheet_of

ROOT = Path(__file__).resolve().parent.parent


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


def test_a_split_documents_struck_runs_and_page_notes_name_its_sheets(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF printed two pages a sheet: its struck runs' sources and its notes on pages without text or unreadable
    name the sheets they were printed on, as its blocks' sources do, not the logical pages read from them."""
    from pledgecard.extract.readers import pdf

    src = ROOT / "samples" / "families" / "dasi-county" / "dasi-county-87001-pdf.pdf"
    writer = PdfWriter()
    for _ in range(3):  # the card three times: a struck run on every other page
        writer.append(PdfReader(src))
    out = io.BytesIO()
    writer.write(out)
    one_up = pdf.read(out.getvalue(), path=src.name, limits=Limits())
    data = impose(out.getvalue())
    load = pdf._load
    sheets = -(-one_up.n_pages // 2)

    def broken_last(get: object) -> object:
        broken_last.calls += 1  # type: ignore[attr-defined]
        return (None, ValueError("bad sheet")) if broken_last.calls == sheets else load(get)  # type: ignore[attr-defined]

    broken_last.calls = 0  # type: ignore[attr-defined]
    monkeypatch.setattr(pdf, "_load", broken_last)
    doc = pdf.read(data, path=src.name, limits=Limits())
    assert doc.n_pages == sheets and doc.struck
    one = [(t, s.page) for t, s in one_up.struck if s.page is not None and sheet_of(s.page) < sheets]
    assert one and [(t, s.page) for t, s in doc.struck] == [(t, sheet_of(p)) for t, p in one]
    assert all(s.bbox is None or s.bbox[2] <= SHEET_PT[0] for _, s in doc.struck)
    assert f"unreadable pages skipped: page {sheets}: ValueError: bad sheet" in doc.notes
    assert f"pages without text (scanned?): {sheets}" in doc.notes
