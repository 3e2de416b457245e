"""The PDF reader sets a watermark turned across a sheet aside in one place, where the sheet loads
(extract/readers/pdf.py ``_load``): every page it reads is that sheet or a half of it (a 2-up sheet parted by
the planner, a searchable scan's characters levelled with its image), so no character reaches the page reader
without that load having judged it, and the page reader finds no oblique run left to set aside."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import pdf
from pledgecard.extract.readers.pdf_oblique import oblique_runs

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"
LOADED = "_loaded_by_test"  # a key the wrapped load sets on every character it lets through


@pytest.mark.parametrize(
    ("name", "watermarked"),
    [
        ("angae-county/angae-county-95001-pdf.pdf", True),  # a watermark turned across its pages
        ("moa-city/moa-city-88001-pdf.pdf", False),  # sheets of two pages side by side, read as their halves
        (
            "saenal-district/saenal-district-90001-pdf.pdf",
            False,
        ),  # a searchable scan, levelled with its image
    ],
)
def test_every_page_read_came_through_the_load(
    name: str, watermarked: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    load, read_page = pdf.without_oblique, pdf._read_page
    pages: list[tuple[int, bool, bool]] = []  # per page read: its number, all loaded, no oblique run left
    found: list[bool] = []  # per sheet loaded: whether it drew an oblique run

    def loaded(page: Any) -> Any:
        found.append(bool(oblique_runs([c for c in page.chars if c.get("text")])))
        page = load(page)
        for c in page.chars:
            c[LOADED] = True
        return page

    def reading(page: Any, *args: Any, **kwargs: Any) -> Any:
        # (recorded, not asserted here: the reader notes a page that raises and reads on without it)
        pages.append(
            (
                page.number,
                all(c.get(LOADED) for c in page.chars),
                not oblique_runs([c for c in page.chars if c.get("text")]),
            )
        )
        return read_page(page, *args, **kwargs)

    monkeypatch.setattr(pdf, "without_oblique", loaded)
    monkeypatch.setattr(pdf, "_read_page", reading)
    path = FAMILIES / name
    doc = pdf.read(path.read_bytes(), path=path.name, limits=Limits(ocr="never"))
    assert pages and doc.blocks and all("unreadable" not in n for n in doc.notes)
    assert all(through and clean for _, through, clean in pages), pages
    assert any(found) is watermarked
